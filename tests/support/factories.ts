import type { Attempt, Response } from '../../src/domain/attempt';
import type { ExamSpec } from '../../src/domain/exam-spec';
import type { QuestionBank, SingleAnswerQuestion } from '../../src/domain/question';

let sequence = 0;

export function makeQuestion(overrides: Partial<SingleAnswerQuestion> = {}): SingleAnswerQuestion {
  sequence += 1;
  return {
    id: `q-${sequence}`,
    domain: 'alpha',
    type: 'single',
    stem: `Which code is right for case ${sequence}?`,
    choices: [
      { id: 'A', text: '10060' },
      { id: 'B', text: '10061' },
      { id: 'C', text: '10080' },
      { id: 'D', text: '10081' },
    ],
    answer: 'B',
    rationale: 'B is right because of the reason; A, C and D are wrong for other reasons.',
    difficulty: 1,
    codeSetYear: 2026,
    ...overrides,
  };
}

/** A bank with `perDomain` questions in each of the given domains. */
export function makeBank(
  perDomain: Record<string, number>,
  overrides: Partial<QuestionBank> = {},
): QuestionBank {
  const questions = Object.entries(perDomain).flatMap(([domain, count]) =>
    Array.from({ length: count }, (_, i) => makeQuestion({ id: `${domain}-${i + 1}`, domain })),
  );
  return {
    schemaVersion: 1,
    id: 'test-bank',
    certification: 'CPC',
    title: 'Test bank',
    version: '1.0.0',
    codeSetYear: 2026,
    domains: Object.keys(perDomain).map((id) => ({ id, name: `Domain ${id}` })),
    questions,
    ...overrides,
  };
}

/** A small spec: 2 from alpha, 3 from beta; one hour; 70%. */
export function makeSpec(overrides: Partial<ExamSpec> = {}): ExamSpec {
  return {
    certification: 'CPC',
    name: 'Test exam',
    body: 'AAPC',
    questionCount: { value: 5, confidence: 'official', source: 'test' },
    scoredCount: 5,
    pretestCount: 0,
    timeLimitMs: { value: 3_600_000, confidence: 'official', source: 'test' },
    passingPercent: { value: 70, confidence: 'official', source: 'test' },
    questionTypes: ['single'],
    order: 'by-section',
    warningsBeforeEndMs: [30 * 60_000, 5 * 60_000],
    paceSecondsPerQuestion: 60,
    books: [],
    blueprint: [
      { domainId: 'alpha', name: 'Domain alpha', count: 2, confidence: 'official' },
      { domainId: 'beta', name: 'Domain beta', count: 3, confidence: 'official' },
    ],
    ...overrides,
  };
}

export const T0 = Date.UTC(2026, 0, 5, 9);

export function makeAttempt(overrides: Partial<Attempt> = {}): Attempt {
  const bank = makeBank({ alpha: 2, beta: 3 });
  return {
    id: 'attempt-1',
    certification: 'CPC',
    bankId: bank.id,
    bankVersion: bank.version,
    mode: 'mock',
    conditions: 'exam',
    seed: 1,
    questions: bank.questions,
    domains: bank.domains,
    passingPercent: 70,
    warningsBeforeEndMs: [30 * 60_000, 5 * 60_000],
    startedAt: T0,
    deadlineAt: T0 + 3_600_000,
    pausedAt: null,
    pausedTotalMs: 0,
    status: 'in-progress',
    submittedAt: null,
    score: null,
    currentIndex: 0,
    ...overrides,
  };
}

export function makeResponse(
  overrides: Partial<Response> & Pick<Response, 'questionId'>,
): Response {
  return {
    attemptId: 'attempt-1',
    answer: null,
    flagged: false,
    struck: [],
    timeSpentMs: 0,
    updatedAt: T0,
    ...overrides,
  };
}

export function fixedClock(start = T0) {
  let now = start;
  return {
    now: () => now,
    set: (t: number) => {
      now = t;
    },
    advance: (ms: number) => {
      now += ms;
    },
  };
}
