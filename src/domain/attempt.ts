/** An attempt at an exam and the candidate's responses, as stored. */
import type { Certification } from './certification';
import { expiredAt, type ClockState } from './clock';
import type { ExamSpec } from './exam-spec';
import type { AssembledExam } from './assembly';
import type { Answer, Domain, Question, QuestionBank } from './question';
import { scoreAttempt, type Score } from './scoring';

export type AttemptStatus = 'in-progress' | 'submitted' | 'timed-out' | 'abandoned';

export interface Attempt extends ClockState {
  id: string;
  certification: Certification;
  bankId: string;
  bankVersion: string;
  mode: 'mock' | 'drill';
  conditions: 'exam' | 'practice';
  /** Drills: show the answer after each question (tutor) or only at the end. */
  feedback?: 'after-each' | 'at-end';
  seed: number;
  /** A snapshot, so an old attempt still reviews correctly after the bank changes. */
  questions: Question[];
  domains: Domain[];
  /** Unscored pretest items: shown like any other, left out of the score, named in review. */
  pretestIds?: string[];
  passingPercent: number;
  warningsBeforeEndMs: number[];
  startedAt: number;
  status: AttemptStatus;
  submittedAt: number | null;
  score: Score | null;
  /** The question the candidate was on, to resume there. */
  currentIndex: number;
  /** The browser tab that has the attempt open; only that tab may write to it. */
  holderId?: string;
  /** The latest exam-clock time the attempt has recorded; its clock never reads earlier. */
  seenAt?: number;
}

export interface Response {
  attemptId: string;
  questionId: string;
  answer: Answer;
  flagged: boolean;
  /** Choice ids the candidate struck out. */
  struck: string[];
  /** Tutor mode: the answer was checked and is locked. */
  checked?: boolean;
  timeSpentMs: number;
  updatedAt: number;
}

export interface NewMockInput {
  id: string;
  spec: ExamSpec;
  bank: QuestionBank;
  exam: AssembledExam;
  seed: number;
  now: number;
}

/** What every new attempt shares: in progress from `now`, unpaused, unscored, at question 1. */
export function newAttempt(
  fields: Pick<
    Attempt,
    'id' | 'mode' | 'conditions' | 'seed' | 'questions' | 'warningsBeforeEndMs' | 'deadlineAt'
  > &
    Partial<Pick<Attempt, 'pretestIds' | 'feedback'>>,
  spec: ExamSpec,
  bank: Pick<QuestionBank, 'id' | 'version' | 'domains'>,
  now: number,
): Attempt {
  const used = new Set(fields.questions.map((q) => q.domain));
  return {
    ...fields,
    certification: spec.certification,
    bankId: bank.id,
    bankVersion: bank.version,
    domains: bank.domains.filter((d) => used.has(d.id)),
    passingPercent: spec.passingPercent.value,
    startedAt: now,
    pausedAt: null,
    pausedTotalMs: 0,
    status: 'in-progress',
    submittedAt: null,
    score: null,
    currentIndex: 0,
  };
}

/** A mock exam under exam conditions: no pause, the deadline fixed at the start. */
export function createMockAttempt({ id, spec, bank, exam, seed, now }: NewMockInput): Attempt {
  return newAttempt(
    {
      id,
      mode: 'mock',
      conditions: 'exam',
      seed,
      questions: exam.questions,
      pretestIds: exam.pretestIds,
      warningsBeforeEndMs: spec.warningsBeforeEndMs,
      deadlineAt: now + spec.timeLimitMs.value,
    },
    spec,
    bank,
    now,
  );
}

export function emptyResponse(attemptId: string, questionId: string, now: number): Response {
  return {
    attemptId,
    questionId,
    answer: null,
    flagged: false,
    struck: [],
    timeSpentMs: 0,
    updatedAt: now,
  };
}

/**
 * The latest exam-clock time stored with an attempt and its responses: reopened after the
 * wall clock was set back, the exam carries on from here rather than getting time back.
 *
 * @example
 * lastSeenAt(attempt, [{ ...response, updatedAt: attempt.startedAt + 60_000 }]); // startedAt + 1 min
 */
export function lastSeenAt(attempt: Attempt, responses: Iterable<Response>): number {
  let latest = Math.max(attempt.startedAt, attempt.seenAt ?? 0, attempt.pausedAt ?? 0);
  for (const response of responses) latest = Math.max(latest, response.updatedAt);
  return latest;
}

export function answersOf(responses: Iterable<Response>): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const response of responses) answers[response.questionId] = response.answer;
  return answers;
}

/**
 * Ends an attempt with its score. A timed-out attempt is dated when its time ran out,
 * even if the app was closed then.
 */
export function finishAttempt(
  attempt: Attempt,
  responses: Iterable<Response>,
  status: 'submitted' | 'timed-out',
  now: number,
): Attempt {
  const score = scoreAttempt(
    attempt.questions,
    answersOf(responses),
    attempt.domains,
    attempt.passingPercent,
    new Set(attempt.pretestIds ?? []),
  );
  const submittedAt = status === 'timed-out' ? Math.min(now, expiredAt(attempt) ?? now) : now;
  return { ...attempt, status, submittedAt, score, pausedAt: null };
}
