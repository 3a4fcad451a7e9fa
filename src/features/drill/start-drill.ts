/** Starting a drill: load the bank, draw the questions from the chosen domains, store the attempt. */
import type { Attempt } from '../../domain/attempt';
import type { BankSummary } from '../../domain/bank-summary';
import { createDrillAttempt, selectDrillQuestions, type DrillSettings } from '../../domain/drill';
import type { ExamSpec } from '../../domain/exam-spec';
import type { StartAttemptDeps } from '../../lib/start-attempt-deps';

export async function startDrill(
  spec: ExamSpec,
  summary: BankSummary,
  settings: DrillSettings,
  deps: StartAttemptDeps,
): Promise<Attempt> {
  const bank = await deps.loadBank(summary);
  const seed = deps.newSeed();
  const questions = selectDrillQuestions(spec, bank, settings, seed);
  const attempt = createDrillAttempt({
    id: deps.newId(),
    spec,
    bank,
    questions,
    settings,
    seed,
    now: deps.clock.now(),
  });
  await deps.repository.create(attempt);
  return attempt;
}
