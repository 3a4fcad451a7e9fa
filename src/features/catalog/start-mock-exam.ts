/** Starting a mock: load the bank, draw the exam fresh-first, store the new attempt. */
import { assembleExam } from '../../domain/assembly';
import { createMockAttempt, type Attempt } from '../../domain/attempt';
import type { BankSummary } from '../../domain/bank-summary';
import type { ExamSpec } from '../../domain/exam-spec';
import type { QuestionBank } from '../../domain/question';
import type { AttemptRepository } from '../../db/attempt-repository';
import type { Clock } from '../../lib/system-clock';

export interface StartMockDeps {
  repository: AttemptRepository;
  clock: Clock;
  loadBank: (summary: BankSummary) => Promise<QuestionBank>;
  newId: () => string;
  newSeed: () => number;
}

export async function startMockExam(
  spec: ExamSpec,
  summary: BankSummary,
  deps: StartMockDeps,
): Promise<Attempt> {
  const bank = await deps.loadBank(summary);
  const earlier = (await deps.repository.all()).filter(
    (a) => a.mode === 'mock' && a.certification === spec.certification,
  );
  const seenQuestionIds = new Set(earlier.flatMap((a) => a.questions.map((q) => q.id)));
  const seed = deps.newSeed();
  const exam = assembleExam({ spec, bank, seed, seenQuestionIds });
  const attempt = createMockAttempt({
    id: deps.newId(),
    spec,
    bank,
    exam,
    seed,
    now: deps.clock.now(),
  });
  await deps.repository.create(attempt);
  return attempt;
}
