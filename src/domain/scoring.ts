/** Scoring: correct over scored questions, overall and by domain; unanswered is wrong. */
import type { Answer, Domain, Question } from './question';

export interface DomainScore {
  domainId: string;
  name: string;
  correct: number;
  total: number;
  percent: number;
}

export interface Score {
  correct: number;
  total: number;
  /** Whole percent, rounded down so a displayed 70% never hides a fail. */
  percent: number;
  passingPercent: number;
  passed: boolean;
  unanswered: number;
  byDomain: DomainScore[];
}

/** Codes typed by a candidate: upper case, no dots or spaces, split on commas, spaces or semicolons. */
export function normaliseCodes(text: string): string[] {
  return text
    .toUpperCase()
    .split(/[\s,;]+/)
    .map((code) => code.replace(/\./g, ''))
    .filter((code) => code.length > 0);
}

export function isAnswered(answer: Answer | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  if (Array.isArray(answer)) return answer.length > 0;
  return answer.trim().length > 0;
}

export function isCorrect(question: Question, answer: Answer | undefined): boolean {
  if (!isAnswered(answer)) return false;
  switch (question.type) {
    case 'single':
      return answer === question.answer;
    case 'multiple': {
      const picked = Array.isArray(answer) ? answer : [];
      return (
        picked.length === question.answer.length &&
        question.answer.every((id) => picked.includes(id))
      );
    }
    case 'code-entry': {
      const given = normaliseCodes(typeof answer === 'string' ? answer : '');
      const keyed = question.answer.flatMap(normaliseCodes);
      if (given.length !== keyed.length) return false;
      if (question.sequencingMatters) return keyed.every((code, i) => given[i] === code);
      return new Set(given).size === given.length && keyed.every((code) => given.includes(code));
    }
  }
}

function percentOf(correct: number, total: number): number {
  return total === 0 ? 0 : Math.floor((correct * 100) / total);
}

/**
 * @param unscoredIds pretest items: shown, but left out of the score.
 * @example scoreAttempt(questions, { q1: 'B' }, domains, 70).passed
 */
export function scoreAttempt(
  questions: readonly Question[],
  answers: Readonly<Record<string, Answer | undefined>>,
  domains: readonly Domain[],
  passingPercent: number,
  unscoredIds: ReadonlySet<string> = new Set(),
): Score {
  const scored = questions.filter((q) => !unscoredIds.has(q.id));
  const domainOrder = [...new Set(scored.map((q) => q.domain))];
  const byDomain = domainOrder.map((domainId): DomainScore => {
    const inDomain = scored.filter((q) => q.domain === domainId);
    const correct = inDomain.filter((q) => isCorrect(q, answers[q.id])).length;
    return {
      domainId,
      name: domains.find((d) => d.id === domainId)?.name ?? domainId,
      correct,
      total: inDomain.length,
      percent: percentOf(correct, inDomain.length),
    };
  });
  const correct = byDomain.reduce((sum, d) => sum + d.correct, 0);
  const total = scored.length;
  return {
    correct,
    total,
    percent: percentOf(correct, total),
    passingPercent,
    // Compared exactly, not on the rounded figure.
    passed: total > 0 && correct * 100 >= passingPercent * total,
    unanswered: scored.filter((q) => !isAnswered(answers[q.id])).length,
    byDomain,
  };
}
