import type { QuestionBank } from './question';

/** What Home needs to know about a bank without loading its questions. */
export interface BankFacts {
  id: string;
  certification: string;
  title: string;
  version: string;
  questionCount: number;
  domainCounts: Record<string, number>;
}

/** A bank shipped with the app, summarised at build time. */
export interface BuiltInBankSummary extends BankFacts {
  origin: 'built-in';
  /** Where the bank file is served from. */
  file: string;
}

/** A bank the user imported, kept in this browser. */
export interface InstalledBankSummary extends BankFacts {
  origin: 'installed';
  installedAt: number;
}

export type BankSummary = BuiltInBankSummary | InstalledBankSummary;

export function countByDomain(bank: {
  questions: readonly Pick<QuestionBank['questions'][number], 'domain'>[];
}): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const question of bank.questions) {
    counts[question.domain] = (counts[question.domain] ?? 0) + 1;
  }
  return counts;
}

export function bankFacts(bank: QuestionBank): BankFacts {
  return {
    id: bank.id,
    certification: bank.certification,
    title: bank.title,
    version: bank.version,
    questionCount: bank.questions.length,
    domainCounts: countByDomain(bank),
  };
}

/** How a bank is named where a candidate picks one: title, version, and where it came from. */
export function bankLabel(bank: BankSummary): string {
  return `${bank.title} (version ${bank.version}, ${bank.origin === 'built-in' ? 'built-in' : 'imported'})`;
}
