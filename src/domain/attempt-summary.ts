/**
 * What History needs to know about an attempt, without its question snapshot: a few hundred
 * bytes instead of a hundred questions, so a thousand attempts load and chart quickly.
 */
import { answersOf, type Attempt, type AttemptStatus, type Response } from './attempt';
import type { Certification } from './certification';
import { isCorrect, type Score } from './scoring';

/** One quarter of a sitting, by question position: how many were right and the time they took. */
export interface QuarterStat {
  correct: number;
  total: number;
  timeSpentMs: number;
}

export interface AttemptSummary {
  attemptId: string;
  certification: Certification;
  mode: Attempt['mode'];
  conditions: Attempt['conditions'];
  status: AttemptStatus;
  startedAt: number;
  submittedAt: number | null;
  questionCount: number;
  score: Score | null;
  /** Clock time from start to submission, pauses left out. */
  timeUsedMs: number | null;
  /** Time spent on the scored questions (recorded per question on leaving it). */
  questionTimeMs: number;
  /** Accuracy and time by quarter of the sitting (scored questions in exam order). */
  quarters: QuarterStat[];
  /** A mock's questions, so the next mock can prefer unseen ones without loading snapshots. */
  questionIds?: string[];
}

export function summariseAttempt(attempt: Attempt, responses: Iterable<Response>): AttemptSummary {
  const list = [...responses];
  const answers = answersOf(list);
  const timeSpent = new Map(list.map((r) => [r.questionId, r.timeSpentMs]));
  const unscored = new Set(attempt.pretestIds ?? []);
  const scored = attempt.questions.filter((q) => !unscored.has(q.id));
  const finished = attempt.status !== 'in-progress';
  const quarters: QuarterStat[] = [0, 1, 2, 3].map((quarter) => {
    const slice = scored.slice(
      Math.floor((scored.length * quarter) / 4),
      Math.floor((scored.length * (quarter + 1)) / 4),
    );
    return {
      correct: finished ? slice.filter((q) => isCorrect(q, answers[q.id])).length : 0,
      total: slice.length,
      timeSpentMs: slice.reduce((sum, q) => sum + (timeSpent.get(q.id) ?? 0), 0),
    };
  });
  return {
    attemptId: attempt.id,
    certification: attempt.certification,
    mode: attempt.mode,
    conditions: attempt.conditions,
    status: attempt.status,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    questionCount: attempt.questions.length,
    score: attempt.score,
    timeUsedMs:
      attempt.submittedAt === null
        ? null
        : Math.max(0, attempt.submittedAt - attempt.startedAt - attempt.pausedTotalMs),
    questionTimeMs: quarters.reduce((sum, q) => sum + q.timeSpentMs, 0),
    quarters,
    ...(attempt.mode === 'mock' ? { questionIds: attempt.questions.map((q) => q.id) } : {}),
  };
}

/** Summaries of many attempts at once, each with its own responses. */
export function summariesOf(
  attempts: readonly Attempt[],
  responses: readonly Response[],
): AttemptSummary[] {
  const byAttempt = new Map<string, Response[]>();
  for (const r of responses) {
    const list = byAttempt.get(r.attemptId) ?? [];
    list.push(r);
    byAttempt.set(r.attemptId, list);
  }
  return attempts.map((a) => summariseAttempt(a, byAttempt.get(a.id) ?? []));
}
