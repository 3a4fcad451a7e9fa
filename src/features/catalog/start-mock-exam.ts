/** Starting a mock: load the bank, draw the exam fresh-first, store the new attempt. */
import { assembleExam } from '../../domain/assembly';
import { createMockAttempt, type Attempt } from '../../domain/attempt';
import type { BankSummary } from '../../domain/bank-summary';
import type { ExamSpec } from '../../domain/exam-spec';
import type { StartAttemptDeps } from '../../lib/start-attempt-deps';

export async function startMockExam(
  spec: ExamSpec,
  summary: BankSummary,
  deps: StartAttemptDeps,
): Promise<Attempt> {
  const bank = await deps.loadBank(summary);
  const seenQuestionIds = await deps.repository.seenInMocks(spec.certification);
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
