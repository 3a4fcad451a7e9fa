/**
 * The exam in progress: the attempt, the candidate's responses and where they are.
 * Every change is written at once through one ordered queue; moving to another question
 * waits for the queue, so what the screen shows as done is already on disk.
 */
import { createStore } from 'zustand/vanilla';
import { emptyResponse, finishAttempt, type Attempt, type Response } from '../../domain/attempt';
import { isExpired } from '../../domain/clock';
import type { Answer } from '../../domain/question';
import type { AttemptRepository } from '../../db/attempt-repository';
import type { Clock } from '../../lib/system-clock';

export type ExamView = 'question' | 'review';
export type ExamReviewFilter = 'all' | 'unanswered' | 'flagged';

export interface ExamSessionState {
  phase: 'idle' | 'loading' | 'ready' | 'finished' | 'error';
  attempt: Attempt | null;
  responses: Record<string, Response>;
  currentIndex: number;
  view: ExamView;
  reviewFilter: ExamReviewFilter;
  error: string | null;
  /** Writes started but not yet stored; 0 means every answer is on disk. */
  pendingWrites: number;
  /** When the current question was opened, for time spent per question. */
  viewStartedAt: number;

  load(attemptId: string): Promise<void>;
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
}

export function createExamSessionStore({ clock, repository }: ExamSessionDeps) {
  return createStore<ExamSessionState>()((set, get) => {
    let writes: Promise<unknown> = Promise.resolve();
    /** Where a move already under way will land, so N pressed twice moves twice. */
    let target: number | null = null;

    /** Runs writes one after another, in the order the candidate made the changes. */
    function enqueue(write: () => Promise<void>, failure: string): Promise<void> {
      set({ pendingWrites: get().pendingWrites + 1 });
      const next = writes
        .then(write)
        .catch((error: unknown) => set({ error: `${failure}: ${String(error)}` }))
        .finally(() => set({ pendingWrites: get().pendingWrites - 1 }));
      writes = next;
      return next;
    }

    function changed(
      questionId: string,
      change: (r: Response) => Partial<Response>,
    ): Response | null {
      const { attempt, responses, phase } = get();
      if (!attempt || phase !== 'ready') return null;
      const now = clock.now();
      const previous = responses[questionId] ?? emptyResponse(attempt.id, questionId, now);
      const updated: Response = { ...previous, ...change(previous), updatedAt: now };
      set({ responses: { ...responses, [questionId]: updated } });
      return updated;
    }

    async function updateCurrent(change: (r: Response) => Partial<Response>) {
      const { attempt, currentIndex, responses } = get();
      const questionId = attempt?.questions[currentIndex]?.id;
      // A checked (tutor) answer is locked; a paused drill takes no answers.
      if (questionId && (responses[questionId]?.checked || attempt?.pausedAt != null)) return;
      const updated = questionId ? changed(questionId, change) : null;
      if (updated)
        await enqueue(
          () => repository.saveResponse(updated),
          'Your last change could not be saved',
        );
    }

    /** The current question's response with the time since it was opened added. */
    function withTimeSpent(): Response | null {
      const { attempt, currentIndex, viewStartedAt } = get();
      const questionId = attempt?.questions[currentIndex]?.id;
      const now = clock.now();
      const elapsed = Math.max(0, now - viewStartedAt);
      set({ viewStartedAt: now });
      if (!questionId || elapsed === 0) return null;
      return changed(questionId, (r) => ({ timeSpentMs: r.timeSpentMs + elapsed }));
    }

    async function finish(attempt: Attempt, status: 'submitted' | 'timed-out') {
      const responses = await repository.responses(attempt.id);
      const stored = await repository.finish(
        finishAttempt(attempt, responses, status, clock.now()),
      );
      set({ attempt: stored, phase: 'finished' });
    }

    return {
      phase: 'idle',
      attempt: null,
      responses: {},
      currentIndex: 0,
      view: 'question',
      reviewFilter: 'all',
      error: null,
      pendingWrites: 0,
      viewStartedAt: 0,

      async load(attemptId) {
        set({
          phase: 'loading',
          error: null,
          attempt: null,
          responses: {},
          view: 'question',
          reviewFilter: 'all',
        });
        target = null;
        try {
          const attempt = await repository.get(attemptId);
          if (!attempt) {
            set({ phase: 'error', error: `No exam attempt with id ${attemptId} was found.` });
            return;
          }
          if (attempt.status !== 'in-progress') {
            set({ phase: 'finished', attempt });
            return;
          }
          if (isExpired(attempt, clock.now())) {
            await finish(attempt, 'timed-out');
            return;
          }
          const responses = Object.fromEntries(
            (await repository.responses(attemptId)).map((r) => [r.questionId, r]),
          );
          set({
            phase: 'ready',
            attempt,
            responses,
            currentIndex: Math.min(attempt.currentIndex, attempt.questions.length - 1),
            viewStartedAt: clock.now(),
          });
        } catch (error) {
          set({ phase: 'error', error: `The exam could not be opened: ${String(error)}` });
        }
      },

      answer: (answer) => updateCurrent(() => ({ answer })),
      toggleChoice: (choiceId) =>
        updateCurrent((r) => {
          const picked = Array.isArray(r.answer) ? r.answer : [];
          return {
            answer: picked.includes(choiceId)
              ? picked.filter((id) => id !== choiceId)
              : [...picked, choiceId].sort(),
          };
        }),
      toggleFlag: () => updateCurrent((r) => ({ flagged: !r.flagged })),
      toggleStrike: (choiceId) =>
        updateCurrent((r) => ({
          struck: r.struck.includes(choiceId)
            ? r.struck.filter((id) => id !== choiceId)
            : [...r.struck, choiceId],
        })),

      async checkAnswer() {
        await updateCurrent(() => ({ checked: true }));
      },

      async pause() {
        const { attempt } = get();
        if (!attempt || attempt.conditions !== 'practice' || attempt.pausedAt !== null) return;
        const leaving = withTimeSpent();
        if (leaving)
          void enqueue(
            () => repository.saveResponse(leaving),
            'Your last change could not be saved',
          );
        const paused = { ...attempt, pausedAt: clock.now() };
        set({ attempt: paused });
        await enqueue(
          () => repository.savePause(paused.id, paused.pausedAt, paused.pausedTotalMs),
          'The pause could not be saved',
        );
      },

      async resume() {
        const { attempt } = get();
        if (!attempt || attempt.pausedAt === null) return;
        const now = clock.now();
        const resumed = {
          ...attempt,
          pausedAt: null,
          pausedTotalMs: attempt.pausedTotalMs + (now - attempt.pausedAt),
        };
        set({ attempt: resumed, viewStartedAt: now });
        await enqueue(
          () => repository.savePause(resumed.id, null, resumed.pausedTotalMs),
          'The resume could not be saved',
        );
      },

      async goTo(index) {
        const { attempt, currentIndex, phase } = get();
        if (!attempt || phase !== 'ready' || index < 0 || index >= attempt.questions.length) return;
        if (index === currentIndex && target === null) {
          set({ view: 'question' });
          return;
        }
        target = index;
        const leaving = withTimeSpent();
        await enqueue(
          () => repository.saveNavigation(attempt.id, index, leaving),
          'Your place in the exam could not be saved',
        );
        if (target !== index) return; // a later move overtook this one
        target = null;
        set({ currentIndex: index, view: 'question', viewStartedAt: clock.now() });
      },

      next: () => get().goTo((target ?? get().currentIndex) + 1),
      previous: () => get().goTo((target ?? get().currentIndex) - 1),
      openReview: () => set({ view: 'review' }),
      closeReview: () => set({ view: 'question' }),
      setReviewFilter: (reviewFilter) => set({ reviewFilter }),

      async submit(status) {
        const { attempt, phase } = get();
        if (!attempt || phase !== 'ready') return;
        const leaving = withTimeSpent();
        if (leaving)
          void enqueue(
            () => repository.saveResponse(leaving),
            'Your last change could not be saved',
          );
        set({ phase: 'loading' });
        await writes;
        try {
          await finish(attempt, status);
        } catch (error) {
          set({ phase: 'ready', error: `The exam could not be submitted: ${String(error)}` });
        }
      },
    };
  });
}

export type ExamSessionStore = ReturnType<typeof createExamSessionStore>;
