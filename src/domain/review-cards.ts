/**
 * Spaced repetition: every question answered wrongly becomes a review card, scheduled with
 * FSRS (ts-fsrs). Answering it again reschedules it: Good when right, Again when wrong.
 * Times are epoch ms passed in; nothing here reads the clock.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from 'ts-fsrs';
import type { Attempt, Response } from './attempt';
import type { Certification } from './certification';
import type { Domain, Question } from './question';
import { isAnswered, isCorrect } from './scoring';

export interface ReviewCard {
  questionId: string;
  certification: Certification;
  /** A snapshot, so the card still reviews correctly after the bank changes. */
  question: Question;
  domain: Domain;
  /** When the card is next due (epoch ms). */
  due: number;
  /** Whether the latest answer to this question was right: false means missed and not right since. */
  lastAnswerRight: boolean;
  /** FSRS state, with times as epoch ms. */
  fsrs: Omit<Card, 'due' | 'last_review'> & { lastReview: number | null };
}

// No fuzz: the same answers at the same times give the same schedule. One short learning
// step: a miss comes back within the session's day; a right answer graduates it to days.
const scheduler = fsrs(
  generatorParameters({ enable_fuzz: false, learning_steps: ['1m'], relearning_steps: ['1m'] }),
);

function toFsrsCard(card: ReviewCard): Card {
  const { lastReview, ...state } = card.fsrs;
  return {
    ...state,
    due: new Date(card.due),
    ...(lastReview === null ? {} : { last_review: new Date(lastReview) }),
  };
}

/**
 * The card after this answer: a new card for a first miss, a rescheduled one otherwise;
 * undefined for a right answer to a question that has no card.
 * @example scheduleReview(undefined, question, 'CPC', domain, false, now).due // a minute after now
 */
export function scheduleReview(
  existing: ReviewCard | undefined,
  question: Question,
  certification: Certification,
  domain: Domain,
  correct: boolean,
  now: number,
): ReviewCard | undefined {
  if (!existing && correct) return undefined;
  const base = existing ? toFsrsCard(existing) : createEmptyCard(new Date(now));
  const { due, last_review, ...state } = scheduler.next(
    base,
    new Date(now),
    correct ? Rating.Good : Rating.Again,
  ).card;
  return {
    questionId: question.id,
    certification,
    question,
    domain,
    due: due.getTime(),
    lastAnswerRight: correct,
    fsrs: { ...state, lastReview: last_review ? last_review.getTime() : null },
  };
}

/**
 * Cards to store after a finished attempt: wrong answers add or move back a card, right answers
 * move an existing card on; unanswered questions and pretest items change nothing.
 */
export function cardsAfterAttempt(
  attempt: Attempt,
  responses: Iterable<Response>,
  existing: ReadonlyMap<string, ReviewCard>,
  now: number,
): ReviewCard[] {
  const answers = new Map([...responses].map((r) => [r.questionId, r.answer]));
  const pretest = new Set(attempt.pretestIds ?? []);
  return attempt.questions
    .filter((q) => !pretest.has(q.id) && isAnswered(answers.get(q.id)))
    .map((q) => {
      const domain = attempt.domains.find((d) => d.id === q.domain) ?? {
        id: q.domain,
        name: q.domain,
      };
      return scheduleReview(
        existing.get(q.id),
        q,
        attempt.certification,
        domain,
        isCorrect(q, answers.get(q.id)),
        now,
      );
    })
    .filter((card): card is ReviewCard => card !== undefined);
}
