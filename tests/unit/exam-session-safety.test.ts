// Crash and concurrency safety of the exam session (issue 7): nothing shown as given before
// it is stored, a full storage, two tabs on one attempt, a wall clock moved mid-exam.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import { remainingMs } from '../../src/domain/clock';
import {
  createExamSessionStore,
  type ExamSessionStore,
} from '../../src/features/exam-room/exam-session-store';
import type { LockManagerLike } from '../../src/features/exam-room/attempt-lock';
import type { Clock } from '../../src/lib/system-clock';
import { createFakeLocks } from '../support/fake-locks';
import { fixedClock, makeAttempt, T0 } from '../support/factories';
import { withTestDatabase } from '../support/database';

const database = withTestDatabase();
let repository: AttemptRepository;

beforeEach(async () => {
  repository = database.attempts;
  await repository.create(makeAttempt());
});

let tabs = 0;
async function openTab(
  options: { clock?: Clock; locks?: LockManagerLike | null; repo?: AttemptRepository } = {},
) {
  const store = createExamSessionStore({
    clock: options.clock ?? fixedClock(),
    repository: options.repo ?? repository,
    locks: options.locks ?? null,
    newHolderId: () => `tab-${++tabs}`,
  });
  await store.getState().load('attempt-1');
  return store;
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const storedAnswer = async (questionId: string) =>
  (await repository.responses('attempt-1')).find((r) => r.questionId === questionId)?.answer;

/** A repository whose response writes wait until released, to look inside a write. */
function gatedRepository() {
  const gates: (() => void)[] = [];
  const gated: AttemptRepository = {
    ...repository,
    async saveResponse(...args) {
      await new Promise<void>((open) => gates.push(open));
      await repository.saveResponse(...args);
    },
  };
  return { gated, release: () => gates.shift()?.() };
}

/** A repository that refuses writes for lack of space while `full` is true. */
function fullStorageRepository() {
  const state = { full: false };
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const repo: AttemptRepository = {
    ...repository,
    async saveResponse(...args) {
      if (state.full) throw quota();
      await repository.saveResponse(...args);
    },
    async saveNavigation(...args) {
      if (state.full) throw quota();
      await repository.saveNavigation(...args);
    },
  };
  return { repo, state };
}

describe('an answer is shown as given only once stored', () => {
  it('keeps a change in `unsaved` until its write is stored, then in `responses`', async () => {
    const { gated, release } = gatedRepository();
    const store = await openTab({ repo: gated });
    const answering = store.getState().answer('C');
    await settle();
    expect(store.getState().responses['alpha-1']).toBeUndefined();
    expect(store.getState().unsaved['alpha-1']?.answer).toBe('C');
    expect(store.getState().pendingWrites).toBe(1);
    release();
    await answering;
    expect(store.getState().responses['alpha-1']?.answer).toBe('C');
    expect(store.getState().unsaved).toEqual({});
    expect(await storedAnswer('alpha-1')).toBe('C');
  });

  it('moves to another question only after the answers before the move are stored', async () => {
    const { gated, release } = gatedRepository();
    const store = await openTab({ repo: gated });
    void store.getState().answer('C');
    const moving = store.getState().next();
    await settle();
    expect(store.getState().currentIndex).toBe(0);
    expect((await repository.get('attempt-1'))?.currentIndex).toBe(0);
    release();
    await moving;
    expect(store.getState().currentIndex).toBe(1);
    expect(await storedAnswer('alpha-1')).toBe('C');
  });
});

describe('an attempt finished elsewhere', () => {
  it('opened just as another tab submits it, it shows as finished', async () => {
    const finishing: AttemptRepository = {
      ...repository,
      async claim(attemptId, holderId) {
        const attempt = await repository.get(attemptId);
        if (attempt) await repository.finish({ ...attempt, status: 'submitted', submittedAt: T0 });
        return repository.claim(attemptId, holderId);
      },
    };
    const store = await openTab({ repo: finishing });
    expect(store.getState().phase).toBe('finished');
    expect(store.getState().attempt?.status).toBe('submitted');
  });

  it('a write to it ends the exam here as finished, not as an error', async () => {
    const store = await openTab();
    const attempt = await repository.get('attempt-1');
    await repository.finish({ ...attempt!, status: 'submitted', submittedAt: T0 });
    await store.getState().answer('A');
    await expect.poll(() => store.getState().phase).toBe('finished');
    expect(store.getState().saveFailure).toBeNull();
  });
});

describe('storage full', () => {
  it('says which answer was not saved, keeps what was, and carries on once there is room', async () => {
    const { repo, state } = fullStorageRepository();
    const store = await openTab({ repo });
    await store.getState().answer('B');
    await store.getState().next();

    state.full = true;
    void store.getState().answer('D');
    await settle();
    expect(store.getState().saveFailure).toEqual({
      what: 'your answer to question 2',
      storageFull: true,
      detail: expect.stringContaining('quota') as unknown,
    });
    expect(store.getState().responses['alpha-2']).toBeUndefined();
    expect(await storedAnswer('alpha-1')).toBe('B');

    // A move waits behind the answer that could not be saved.
    const moving = store.getState().next();
    await settle();
    expect(store.getState().currentIndex).toBe(1);

    state.full = false;
    store.getState().retrySaving();
    await moving;
    expect(store.getState().saveFailure).toBeNull();
    expect(store.getState().currentIndex).toBe(2);
    expect(store.getState().responses['alpha-2']?.answer).toBe('D');
    expect(await storedAnswer('alpha-2')).toBe('D');
    expect((await repository.get('attempt-1'))?.currentIndex).toBe(2);
  });

  it('names any other failure with what the browser said', async () => {
    const store = await openTab({
      repo: {
        ...repository,
        saveResponse: () => Promise.reject(new Error('disk on fire')),
      },
    });
    void store.getState().toggleFlag();
    await settle();
    expect(store.getState().saveFailure).toEqual({
      what: 'the flag on question 1',
      storageFull: false,
      detail: 'Error: disk on fire',
    });
  });
});

describe('the same attempt in two tabs', () => {
  let locks: ReturnType<typeof createFakeLocks>;
  beforeEach(() => {
    locks = createFakeLocks();
  });

  it('the second tab finds it open elsewhere and writes nothing', async () => {
    const first = await openTab({ locks });
    const second = await openTab({ locks });
    expect(first.getState().phase).toBe('ready');
    expect(second.getState().phase).toBe('open-elsewhere');
    await second.getState().answer('A');
    await second.getState().goTo(3);
    expect(await repository.responses('attempt-1')).toEqual([]);
    expect((await repository.get('attempt-1'))?.currentIndex).toBe(0);
  });

  it('taking over stops the first tab; the second carries on from what is stored', async () => {
    const first = await openTab({ locks });
    await first.getState().answer('B');
    const second = await openTab({ locks });
    await second.getState().takeOver();
    await settle();
    expect(second.getState().phase).toBe('ready');
    expect(second.getState().responses['alpha-1']?.answer).toBe('B');
    expect(first.getState().phase).toBe('taken-over');

    await first.getState().answer('D');
    await first.getState().next();
    await second.getState().next();
    await second.getState().answer('C');
    expect(await storedAnswer('alpha-1')).toBe('B');
    expect(await storedAnswer('alpha-2')).toBe('C');
    expect((await repository.get('attempt-1'))?.currentIndex).toBe(1);
  });

  it('the first tab can take it back, and the second then stops', async () => {
    const first = await openTab({ locks });
    const second = await openTab({ locks });
    await second.getState().takeOver();
    await settle();
    await first.getState().takeOver();
    await settle();
    expect(first.getState().phase).toBe('ready');
    expect(second.getState().phase).toBe('taken-over');
  });

  it('the second tab carries on by itself once the first closes the exam', async () => {
    const first = await openTab({ locks });
    const second = await openTab({ locks });
    first.getState().close();
    await expect.poll(() => second.getState().phase).toBe('ready');
  });

  it('a write already queued in a tab that is taken over is refused by the database', async () => {
    const first = await openTab({ locks });
    // The second tab claims the attempt in the database without the first hearing of it
    // yet (as when Web Locks are missing): the holder id alone must refuse the first's write.
    const second = await openTab();
    expect(second.getState().phase).toBe('ready');
    await first.getState().answer('A');
    expect(first.getState().phase).toBe('taken-over');
    expect(first.getState().responses['alpha-1']).toBeUndefined();
    expect(await storedAnswer('alpha-1')).toBeUndefined();
  });

  it('without Web Locks the tab opened last takes over, and the other stops at its next write', async () => {
    const first = await openTab();
    await first.getState().answer('B');
    const second = await openTab();
    await second.getState().answer('C');
    await first.getState().toggleFlag();
    expect(first.getState().phase).toBe('taken-over');
    const [stored] = await repository.responses('attempt-1');
    expect(stored).toMatchObject({ answer: 'C', flagged: false });
  });
});

describe('a wall clock moved during the exam', () => {
  const remaining = (store: ExamSessionStore) => {
    const { attempt, clock } = store.getState();
    return attempt ? remainingMs(attempt, clock.now()) : NaN;
  };

  it('set back before the exam is reopened, gives no time back', async () => {
    const clock = fixedClock(T0);
    const first = await openTab({ clock });
    clock.set(T0 + 20 * 60_000);
    await first.getState().answer('B');
    first.getState().markTime();
    clock.set(T0 + 25 * 60_000);
    await first.getState().next();
    const before = remaining(first);

    clock.set(T0 - 3_600_000); // set back an hour before reopening
    const reopened = await openTab({ clock });
    expect(remaining(reopened)).toBeLessThanOrEqual(before);
    clock.advance(60_000);
    expect(remaining(reopened)).toBe(before - 60_000);
  });

  it('records the exam-clock time with markTime', async () => {
    const clock = fixedClock(T0);
    const store = await openTab({ clock });
    clock.set(T0 + 7 * 60_000);
    store.getState().markTime();
    await expect
      .poll(async () => (await repository.get('attempt-1'))?.seenAt)
      .toBe(T0 + 7 * 60_000);
  });
});
