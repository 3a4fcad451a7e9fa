/**
 * Writes a backup file (the format of src/domain/backup.ts) holding a long history: 1,000
 * finished attempts over the four certifications, mostly drills with a mock now and then,
 * built with the app's own engine from the shipped banks' questions, with the responses and
 * the review cards those answers leave. Seeded: the same file every run.
 * Usage: tsx bench/history-backup.ts <out.json> [attempts]
 */
import { writeFileSync } from 'node:fs';
import { assembleExam } from '../src/domain/assembly';
import {
  createMockAttempt,
  finishAttempt,
  type Attempt,
  type Response,
} from '../src/domain/attempt';
import { buildBackup } from '../src/domain/backup';
import { validateBackup } from '../src/domain/backup-schema';
import type { Certification } from '../src/domain/certification';
import { createDrillAttempt, drillableCounts, selectDrillQuestions } from '../src/domain/drill';
import { EXAM_SPECS } from '../src/domain/exam-spec';
import type { Answer, Question, QuestionBank } from '../src/domain/question';
import { seededRandom, shuffled, type Random } from '../src/domain/random';
import { cardsAfterAttempt, type ReviewCard } from '../src/domain/review-cards';
import { loadShippedBank } from './shipped-banks';

const HOUR = 3_600_000;
/** The history ends here; attempts go back about 18 months, oldest first. */
const END = Date.UTC(2026, 10, 20, 18);
const SPACING = 13 * HOUR;
/** Share of attempts per certification (CPC candidates are the most numerous). */
const CERT_WEIGHTS: [Certification, number][] = [
  ['CPC', 0.4],
  ['CCA', 0.25],
  ['CCS', 0.2],
  ['CIC', 0.15],
];
const MOCK_SHARE = 0.25;
const DRILL_SIZES = [10, 15, 20, 20, 25, 30, 40];

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pickCertification(random: Random): Certification {
  let r = random();
  for (const [cert, weight] of CERT_WEIGHTS) if ((r -= weight) < 0) return cert;
  return 'CPC';
}

function uuid(random: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (Math.floor(random() * 4) + 8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A right answer, or a plausible wrong one. */
function answerFor(question: Question, right: boolean, random: Random): Answer {
  switch (question.type) {
    case 'single':
      return right
        ? question.answer
        : pick(
            question.choices.map((c) => c.id).filter((id) => id !== question.answer),
            random,
          );
    case 'multiple':
      return right ? question.answer : question.answer.slice(0, -1);
    case 'code-entry':
      return right ? question.answer.join(', ') : question.answer.slice(0, 1).join(', ');
  }
}

/** Answers like a candidate who improves over time, with a few skipped and flagged. */
function sit(
  attempt: Attempt,
  skill: number,
  random: Random,
): { responses: Response[]; end: number } {
  let at = attempt.startedAt;
  const responses: Response[] = [];
  for (const question of attempt.questions) {
    const timeSpentMs = Math.round((40 + random() * 160) * 1000);
    at += timeSpentMs;
    if (random() < 0.03) continue;
    responses.push({
      attemptId: attempt.id,
      questionId: question.id,
      answer: answerFor(question, random() < skill, random),
      flagged: random() < 0.05,
      struck: [],
      timeSpentMs,
      updatedAt: at,
    });
  }
  return { responses, end: at };
}

function newDrill(
  cert: Certification,
  bank: QuestionBank,
  id: string,
  seed: number,
  now: number,
  random: Random,
) {
  const spec = EXAM_SPECS[cert];
  const counts = drillableCounts(spec, bank);
  const domains = shuffled(Object.keys(counts), random).slice(0, 1 + Math.floor(random() * 3));
  const available = domains.reduce((sum, d) => sum + (counts[d] ?? 0), 0);
  const count = Math.min(pick(DRILL_SIZES, random), available);
  const settings = {
    domainIds: domains,
    count,
    timed: random() < 0.5,
    feedback: random() < 0.5 ? ('after-each' as const) : ('at-end' as const),
  };
  const questions = selectDrillQuestions(spec, bank, settings, seed);
  return createDrillAttempt({ id, spec, bank, questions, settings, seed, now });
}

function generateHistory(attemptCount: number, seed = 20261120) {
  const random = seededRandom(seed);
  const banks = Object.fromEntries(
    CERT_WEIGHTS.map(([cert]) => [cert, loadShippedBank(cert)]),
  ) as Record<Certification, QuestionBank>;
  const attempts: Attempt[] = [];
  const responses: Response[] = [];
  const cards = new Map<string, ReviewCard>();

  for (let i = 0; i < attemptCount; i++) {
    const cert = pickCertification(random);
    const bank = banks[cert];
    const spec = EXAM_SPECS[cert];
    const startedAt = END - (attemptCount - i) * SPACING + Math.floor(random() * HOUR);
    const attemptSeed = Math.floor(random() * 2 ** 32);
    const id = uuid(random);
    const started =
      random() < MOCK_SHARE
        ? createMockAttempt({
            id,
            spec,
            bank,
            exam: assembleExam({ spec, bank, seed: attemptSeed }),
            seed: attemptSeed,
            now: startedAt,
          })
        : newDrill(cert, bank, id, attemptSeed, startedAt, random);
    const skill = 0.55 + 0.25 * (i / attemptCount);
    const sat = sit(started, skill, random);
    const timedOut = started.mode === 'mock' && random() < 0.03;
    const finished = finishAttempt(
      started,
      sat.responses,
      timedOut ? 'timed-out' : 'submitted',
      sat.end,
    );
    attempts.push(finished);
    responses.push(...sat.responses);
    for (const card of cardsAfterAttempt(
      finished,
      sat.responses,
      cards,
      finished.submittedAt ?? sat.end,
    ))
      cards.set(card.questionId, card);
  }
  const backup = buildBackup(
    { attempts, responses, reviewCards: [...cards.values()], banks: [] },
    END,
  );
  // The app refuses a file it cannot read: check here, so a format change fails loudly.
  const check = validateBackup(JSON.parse(JSON.stringify(backup)));
  if (!check.ok) {
    const first = check.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`The generated backup does not pass validateBackup:\n${first.join('\n')}`);
  }
  return backup;
}

const [out, count = '1000'] = process.argv.slice(2);
if (!out) {
  console.error('Usage: tsx bench/history-backup.ts <out.json> [attempts]');
  process.exit(2);
}
const backup = generateHistory(Number(count));
const text = JSON.stringify(backup);
writeFileSync(out, text);
console.log(
  JSON.stringify({
    attempts: backup.attempts.length,
    mocks: backup.attempts.filter((a) => a.mode === 'mock').length,
    drills: backup.attempts.filter((a) => a.mode === 'drill').length,
    questionSnapshots: backup.attempts.reduce((sum, a) => sum + a.questions.length, 0),
    responses: backup.responses.length,
    reviewCards: backup.reviewCards.length,
    bytes: Buffer.byteLength(text),
  }),
);
