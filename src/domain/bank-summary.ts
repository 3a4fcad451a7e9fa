import type { QuestionBank } from './question';

/** What Home needs to know about a bank without loading its questions. */
export interface BankSummary {
  /** Where the bank file is served from. */
  file: string;
  id: string;
  certification: string;
  title: string;
  version: string;
  questionCount: number;
  domainCounts: Record<string, number>;
}

export function countByDomain(bank: {
  questions: readonly Pick<QuestionBank['questions'][number], 'domain'>[];
}): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const question of bank.questions) {
    counts[question.domain] = (counts[question.domain] ?? 0) + 1;
  }
  return counts;
}
