import { afterEach, beforeEach } from 'vitest';
import { createAttemptRepository, type AttemptRepository } from '../../src/db/attempt-repository';
import { ExamDatabase } from '../../src/db/database';

/**
 * A fresh fake-indexeddb database for each test, deleted after it. Read `db` and
 * `attempts` inside tests or hooks, not at module load.
 */
export function withTestDatabase() {
  const handle = {} as { db: ExamDatabase; attempts: AttemptRepository };
  beforeEach(() => {
    handle.db = new ExamDatabase(`test-${crypto.randomUUID()}`);
    handle.attempts = createAttemptRepository(handle.db);
  });
  afterEach(async () => {
    await handle.db.delete();
  });
  return handle;
}
