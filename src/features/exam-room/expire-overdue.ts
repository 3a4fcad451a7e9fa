/** On start-up: an attempt whose time ran out while the app was closed is submitted as timed out. */
import { finishAttempt } from '../../domain/attempt';
import { isExpired } from '../../domain/clock';
import type { AttemptRepository } from '../../db/attempt-repository';
import type { Clock } from '../../lib/system-clock';

export async function expireOverdueAttempts(
  repository: AttemptRepository,
  clock: Clock,
): Promise<number> {
  const now = clock.now();
  const overdue = (await repository.inProgress()).filter((attempt) => isExpired(attempt, now));
  for (const attempt of overdue) {
    const responses = await repository.responses(attempt.id);
    await repository.finish(finishAttempt(attempt, responses, 'timed-out', now));
  }
  return overdue.length;
}
