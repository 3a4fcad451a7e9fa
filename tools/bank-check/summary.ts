/** The per-bank summary the checker prints: coverage, exams it can fill, balance. */
import { countByDomain } from '../../src/domain/bank-summary';
import { EXAM_SPECS } from '../../src/domain/exam-spec';
import type { QuestionBank } from '../../src/domain/question';

export interface BankSummaryReport {
  perDomain: { domainId: string; name: string; count: number; perExam: number }[];
  /** Complete exams the bank can fill without reusing a question. */
  disjointExams: number;
  answerPositions: Record<string, number>;
  difficulty: Record<1 | 2 | 3, number>;
  total: number;
}

export function summariseBank(bank: QuestionBank): BankSummaryReport {
  const spec = EXAM_SPECS[bank.certification];
  const usable = { questions: bank.questions.filter((q) => spec.questionTypes.includes(q.type)) };
  const counts = countByDomain(usable);
  const perDomain = bank.domains.map((d) => ({
    domainId: d.id,
    name: d.name,
    count: countByDomain(bank)[d.id] ?? 0,
    perExam: spec.blueprint.find((b) => b.domainId === d.id)?.count ?? 0,
  }));
  // Each exam also draws its pretest items from whatever the blueprint leaves over.
  const disjointExams = Math.min(
    ...spec.blueprint.map((b) => Math.floor((counts[b.domainId] ?? 0) / b.count)),
    Math.floor(usable.questions.length / spec.questionCount.value),
  );
  const answerPositions: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const q of bank.questions) {
    if (q.type === 'single') answerPositions[q.answer] = (answerPositions[q.answer] ?? 0) + 1;
  }
  const difficulty = { 1: 0, 2: 0, 3: 0 };
  for (const q of bank.questions) difficulty[q.difficulty] += 1;
  return { perDomain, disjointExams, answerPositions, difficulty, total: bank.questions.length };
}

export function formatSummary(name: string, bank: QuestionBank, report: BankSummaryReport): string {
  const pct = (n: number) => `${Math.round((n * 100) / Math.max(1, report.total))}%`;
  const width = Math.max(...report.perDomain.map((d) => d.name.length), 6);
  const rows = report.perDomain.map(
    (d) =>
      `  ${d.name.padEnd(width)}  ${String(d.count).padStart(5)}  ${String(d.perExam).padStart(8)}`,
  );
  return [
    `${name} — ${bank.certification} "${bank.title}" v${bank.version}: ${report.total} questions`,
    `  ${'domain'.padEnd(width)}  ${'count'.padStart(5)}  ${'per exam'.padStart(8)}`,
    ...rows,
    `  full exams without reusing a question: ${report.disjointExams}`,
    `  answer positions: ${Object.entries(report.answerPositions)
      .map(([letter, n]) => `${letter} ${n} (${pct(n)})`)
      .join(', ')}`,
    `  difficulty: recall ${report.difficulty[1]} (${pct(report.difficulty[1])}), application ${report.difficulty[2]} (${pct(report.difficulty[2])}), multi-step case ${report.difficulty[3]} (${pct(report.difficulty[3])})`,
  ].join('\n');
}
