/**
 * The exam in progress: the attempt, the candidate's responses and where they are.
 *
 * Every change goes through one ordered write queue. `responses` holds only what is stored,
 * and the screen shows choices, flags and strike-outs from it, so nothing appears given
 * before it is on disk; `unsaved` holds changes on their way (typed codes show from there,
 * with 'Saving…'). A move to another question is itself queued behind earlier writes and
 * shown once stored. One tab at a time may write (attempt-lock.ts and the holder id).
 */
import { createStore } from 'zustand/vanilla';
import {
  emptyResponse,
  finishAttempt,
  lastSeenAt,
  type Attempt,
  type Response,
} from '../../domain/attempt';
import { isExpired } from '../../domain/clock';
import type { Answer } from '../../domain/question';
import {
  AttemptNotInProgressError,
  AttemptTakenOverError,
  type AttemptRepository,
  type WriteStamp,
} from '../../db/attempt-repository';
import { notBefore, type Clock } from '../../lib/system-clock';
import { createAttemptLock, type LockManagerLike } from './attempt-lock';
import { describeSaveFailure, type SaveFailure } from './save-failure';
import { createWriteQueue, type QueuedWrite } from './write-queue';

export type ExamView = 'question' | 'review';
export type ExamReviewFilter = 'all' | 'unanswered' | 'flagged';
export type ExamPhase =
  | 'idle'
  | 'loading'
  | 'ready'
  /** Another tab has the attempt open; this one may take it over. */
  | 'open-elsewhere'
  /** Another tab took the attempt over; this one shows it but writes nothing. */
  | 'taken-over'
  | 'submitting'
  | 'finished'
  | 'error';

export interface ExamSessionState {
  phase: ExamPhase;
  attempt: Attempt | null;
  /** Responses as stored. */
  responses: Record<string, Response>;
  /** The latest change to a question while it is not yet stored. */
  unsaved: Record<string, Response>;
  currentIndex: number;
  view: ExamView;
  reviewFilter: ExamReviewFilter;
  error: string | null;
  /** Writes started but not yet stored; 0 means every answer is on disk. */
  pendingWrites: number;
  /** The write the queue is stuck on (storage full, say) until it is retried. */
  saveFailure: SaveFailure | null;
  /** When the current question was opened, for time spent per question. */
  viewStartedAt: number;
  /** The exam's clock: never earlier than the last time the attempt recorded. */
  clock: Clock;

  load(attemptId: string): Promise<void>;
  /** Leaves the exam: lets another tab have it once this tab's writes are stored. */
  close(): void;
  /** Takes the attempt from the tab that has it open, and carries on here. */
  takeOver(): Promise<void>;
  retrySaving(): void;
  /** Records the exam-clock time (every half minute and when the page is hidden). */
  markTime(): void;
  answer(answer: Answer): Promise<void>;
  /** Picks or unpicks one choice of a multiple-response question. */
  toggleChoice(choiceId: string): Promise<void>;
  toggleFlag(): Promise<void>;
  toggleStrike(choiceId: string): Promise<void>;
  /** Tutor mode: locks the current answer and reveals the key and rationale. */
  checkAnswer(): Promise<void>;
  /** Practice conditions only: stops and restarts the clock. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  goTo(index: number): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  openReview(): void;
  closeReview(): void;
  setReviewFilter(filter: ExamReviewFilter): void;
  submit(status: 'submitted' | 'timed-out'): Promise<void>;
}

export interface ExamSessionDeps {
  clock: Clock;
  repository: AttemptRepository;
  /** navigator.locks where the browser has it; null to rely on the holder id alone. */
  locks?: LockManagerLike | null;
  newHolderId?: () => string;
}

export function createExamSessionStore({
  clock,
  repository,
  locks = null,
  newHolderId = () => crypto.randomUUID(),
}: ExamSessionDeps) {
  return createStore<ExamSessionState>()((set, get) => {
    const lock = createAttemptLock(locks);
    /** Bumped by every load, take-over and close; async steps of an older one stop. */
    let session = 0;
    let holderId = '';
    let examClock: Clock = clock;
    /** Where a move already under way will land, so N pressed twice moves twice. */
    let target: number | null = null;
    /** Moves shown before they were stored, whose writes are still queued. */
    let movesInFlight = 0;

    const queue = createWriteQueue({
      onChange: (pendingWrites, failure) =>
        set({ pendingWrites, saveFailure: failure ? describeSaveFailure(failure) : null }),
      isFinal: (error) =>
        error instanceof AttemptTakenOverError || error instanceof AttemptNotInProgressError,
      onFinal: (error) => {
        const attemptId = get().attempt?.id;
        if (error instanceof AttemptTakenOverError) lose(session);
        else if (attemptId) void showFinished(session, attemptId);
      },
    });

    const stamp = (): WriteStamp => ({ holderId, at: examClock.now() });

    /**
     * Queues a write of this session. Once the session is over (the exam was left or reopened)
     * its result no longer touches the screen, and its failure no longer halts the queue.
     */
    function write(entry: QueuedWrite): Promise<boolean> {
      const mine = session;
      return queue.push({
        ...entry,
        run: async () => {
          try {
            await entry.run();
          } catch (error) {
            if (mine === session) throw error;
          }
        },
        onStored: () => {
          if (mine === session) entry.onStored?.();
        },
      });
    }

    function stored(response: Response) {
      const { responses, unsaved } = get();
      const rest = { ...unsaved };
      if (rest[response.questionId] === response) delete rest[response.questionId];
      set({ responses: { ...responses, [response.questionId]: response }, unsaved: rest });
    }

    function saveResponse(response: Response, what: string): Promise<boolean> {
      return write({
        what,
        run: () => repository.saveResponse(response, stamp()),
        onStored: () => stored(response),
      });
    }

    function lose(mine: number) {
      if (mine !== session || get().phase === 'finished') return;
      queue.clear();
      target = null;
      set({ phase: 'taken-over', unsaved: {} });
    }

    /** The attempt was finished elsewhere (another tab, or its time ran out there). */
    async function showFinished(mine: number, attemptId: string) {
      const stored = await repository.get(attemptId);
      if (mine !== session || !stored) return;
      set({ attempt: stored, phase: 'finished', unsaved: {} });
    }

    const latest = (questionId: string): Response | undefined =>
      get().unsaved[questionId] ?? get().responses[questionId];

    function changed(
      questionId: string,
      change: (r: Response) => Partial<Response>,
    ): Response | null {
      const { attempt, phase, unsaved } = get();
      if (!attempt || phase !== 'ready') return null;
      const now = examClock.now();
      const previous = latest(questionId) ?? emptyResponse(attempt.id, questionId, now);
      const updated: Response = { ...previous, ...change(previous), updatedAt: now };
      set({ unsaved: { ...unsaved, [questionId]: updated } });
      return updated;
    }

    async function updateCurrent(change: (r: Response) => Partial<Response>, what: string) {
      const { attempt, currentIndex, phase } = get();
      const questionId = attempt?.questions[currentIndex]?.id;
      if (!questionId || phase !== 'ready') return;
      // A checked (tutor) answer is locked; a paused drill takes no answers.
      if (latest(questionId)?.checked || attempt?.pausedAt != null) return;
      const updated = changed(questionId, change);
      if (updated) await saveResponse(updated, `${what} question ${currentIndex + 1}`);
    }

    /** The current question's response with the time since it was opened added. */
    function withTimeSpent(): Response | null {
      const { attempt, currentIndex, viewStartedAt } = get();
      const questionId = attempt?.questions[currentIndex]?.id;
      const now = examClock.now();
      const elapsed = Math.max(0, now - viewStartedAt);
      set({ viewStartedAt: now });
      if (!questionId || elapsed === 0) return null;
      return changed(questionId, (r) => ({ timeSpentMs: r.timeSpentMs + elapsed }));
    }

    function saveTimeSpent() {
      const leaving = withTimeSpent();
      if (leaving)
        void saveResponse(leaving, `the time spent on question ${get().currentIndex + 1}`);
    }

    /** Claims the attempt for this tab, then shows it as stored. */
    async function open(mine: number, attemptId: string) {
      const id = newHolderId();
      let claimed: Attempt;
      try {
        claimed = await repository.claim(attemptId, id);
      } catch (error) {
        if (!(error instanceof AttemptNotInProgressError)) throw error;
        await showFinished(mine, attemptId);
        return;
      }
      const responses = await repository.responses(attemptId);
      if (mine !== session) return;
      holderId = id;
      examClock = notBefore(clock, lastSeenAt(claimed, responses));
      const now = examClock.now();
      set({
        attempt: claimed,
        responses: Object.fromEntries(responses.map((r) => [r.questionId, r])),
        unsaved: {},
        currentIndex: Math.min(claimed.currentIndex, claimed.questions.length - 1),
        viewStartedAt: now,
        phase: 'ready',
      });
      if (isExpired(claimed, now)) await get().submit('timed-out');
    }

    function failed(mine: number, what: string, error: unknown) {
      if (mine !== session) return;
      set({ phase: 'error', error: `${what}: ${String(error)}` });
    }

    return {
      phase: 'idle',
      attempt: null,
      responses: {},
      unsaved: {},
      currentIndex: 0,
      view: 'question',
      reviewFilter: 'all',
      error: null,
      pendingWrites: 0,
      saveFailure: null,
      viewStartedAt: 0,
      clock: { now: () => examClock.now() },

      async load(attemptId) {
        const mine = ++session;
        lock.release();
        target = null;
        set({
          phase: 'loading',
          error: null,
          attempt: null,
          responses: {},
          unsaved: {},
          view: 'question',
          reviewFilter: 'all',
        });
        try {
          // Writes left from before (this exam left and reopened) are stored first, or, if
          // stuck, given up: they were shown as not saved.
          await queue.idle();
          if (mine !== session) return;
          queue.clear();
          const attempt = await repository.get(attemptId);
          if (mine !== session) return;
          if (!attempt) {
            set({ phase: 'error', error: `No exam attempt with id ${attemptId} was found.` });
            return;
          }
          if (attempt.status !== 'in-progress') {
            set({ phase: 'finished', attempt });
            return;
          }
          const lost = () => lose(mine);
          if (!(await lock.acquire(attemptId, 'if-free', lost))) {
            if (mine !== session) return;
            set({ phase: 'open-elsewhere', attempt });
            // Carry on here by itself once the other tab closes the exam.
            void lock
              .acquire(attemptId, 'when-free', lost)
              .then((held) => (held && mine === session ? open(mine, attemptId) : undefined))
              .catch((error: unknown) => failed(mine, 'The exam could not be opened', error));
            return;
          }
          await open(mine, attemptId);
        } catch (error) {
          failed(mine, 'The exam could not be opened', error);
        }
      },

      close() {
        const mine = ++session;
        // Writes already queued go through first, under the holder id of this tab.
        void queue.idle().then(() => {
          if (mine === session) lock.release();
        });
      },

      async takeOver() {
        const { attempt, phase } = get();
        if (!attempt || (phase !== 'open-elsewhere' && phase !== 'taken-over')) return;
        const mine = ++session;
        queue.clear();
        set({ phase: 'loading', error: null });
        try {
          await lock.acquire(attempt.id, 'take-over', () => lose(mine));
          if (mine === session) await open(mine, attempt.id);
        } catch (error) {
          failed(mine, 'The exam could not be taken over', error);
        }
      },

      retrySaving: () => queue.retry(),

      markTime() {
        const { attempt, phase } = get();
        if (!attempt || phase !== 'ready') return;
        void write({
          what: 'the exam clock',
          quiet: true,
          run: () => repository.markTime(attempt.id, stamp()),
        });
      },

      answer: (answer) => updateCurrent(() => ({ answer }), 'your answer to'),
      toggleChoice: (choiceId) =>
        updateCurrent((r) => {
          const picked = Array.isArray(r.answer) ? r.answer : [];
          return {
            answer: picked.includes(choiceId)
              ? picked.filter((id) => id !== choiceId)
              : [...picked, choiceId].sort(),
          };
        }, 'your answer to'),
      toggleFlag: () => updateCurrent((r) => ({ flagged: !r.flagged }), 'the flag on'),
      toggleStrike: (choiceId) =>
        updateCurrent(
          (r) => ({
            struck: r.struck.includes(choiceId)
              ? r.struck.filter((id) => id !== choiceId)
              : [...r.struck, choiceId],
          }),
          'the strike-out on',
        ),

      async checkAnswer() {
        await updateCurrent(() => ({ checked: true }), 'your checked answer to');
      },

      async pause() {
        const { attempt, phase } = get();
        if (!attempt || phase !== 'ready') return;
        if (attempt.conditions !== 'practice' || attempt.pausedAt !== null) return;
        saveTimeSpent();
        const paused = { ...attempt, pausedAt: examClock.now() };
        set({ attempt: paused });
        await write({
          what: 'the pause',
          run: () =>
            repository.savePause(paused.id, paused.pausedAt, paused.pausedTotalMs, stamp()),
        });
      },

      async resume() {
        const { attempt, phase } = get();
        if (!attempt || phase !== 'ready' || attempt.pausedAt === null) return;
        const now = examClock.now();
        const resumed = {
          ...attempt,
          pausedAt: null,
          pausedTotalMs: attempt.pausedTotalMs + (now - attempt.pausedAt),
        };
        set({ attempt: resumed, viewStartedAt: now });
        await write({
          what: 'the end of the pause',
          run: () => repository.savePause(resumed.id, null, resumed.pausedTotalMs, stamp()),
        });
      },

      async goTo(index) {
        const { attempt, currentIndex, phase } = get();
        if (!attempt || phase !== 'ready' || index < 0 || index >= attempt.questions.length) return;
        if (index === currentIndex && target === null) {
          set({ view: 'question' });
          return;
        }
        const leaving = withTimeSpent();
        if (get().pendingWrites === movesInFlight && target === null) {
          // Every answer is already stored (only earlier moves may be on their way), so the
          // next question shows at once, within the frame of the key press; the move itself is
          // stored behind, in order.
          set({ currentIndex: index, view: 'question', viewStartedAt: examClock.now() });
          movesInFlight += 1;
          try {
            await write({
              what: `your move to question ${index + 1}`,
              run: () => repository.saveNavigation(attempt.id, index, leaving, stamp()),
              onStored: () => leaving && stored(leaving),
            });
          } finally {
            movesInFlight -= 1;
          }
          return;
        }
        // Answers still being saved: the move waits behind them, so nothing shown is unsaved.
        target = index;
        const moved = await write({
          what: `your move to question ${index + 1}`,
          run: () => repository.saveNavigation(attempt.id, index, leaving, stamp()),
          onStored: () => leaving && stored(leaving),
        });
        if (!moved || target !== index) return; // a later move overtook this one
        target = null;
        set({ currentIndex: index, view: 'question', viewStartedAt: examClock.now() });
      },

      next: () => get().goTo((target ?? get().currentIndex) + 1),
      previous: () => get().goTo((target ?? get().currentIndex) - 1),
      openReview: () => set({ view: 'review' }),
      closeReview: () => set({ view: 'question' }),
      setReviewFilter: (reviewFilter) => set({ reviewFilter }),

      async submit(status) {
        const { attempt, phase } = get();
        if (!attempt || phase !== 'ready') return;
        saveTimeSpent();
        set({ phase: 'submitting' });
        let finished: Attempt = attempt;
        // Queued like any write: it runs after every answer before it is stored.
        await write({
          what: 'your submission',
          run: async () => {
            const current = get().attempt ?? attempt;
            const responses = await repository.responses(current.id);
            finished = await repository.finish(
              finishAttempt(current, responses, status, examClock.now()),
            );
          },
          onStored: () => set({ attempt: finished, phase: 'finished', unsaved: {} }),
        });
      },
    };
  });
}

export type ExamSessionStore = ReturnType<typeof createExamSessionStore>;
