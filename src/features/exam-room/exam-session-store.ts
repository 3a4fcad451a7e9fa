/**
 * The exam in progress: the attempt, the candidate's responses and where they are.
 * Actions update the state, then write through the repository at once, so a reload or
 * a crash loses nothing already shown as saved.
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
  /** When the current question was opened, for time spent per question. */
  viewStartedAt: number;

  load(attemptId: string): Promise<void>;
  answer(answer: Answer): Promise<void>;
  toggleFlag(): Promise<void>;
  toggleStrike(choiceId: string): Promise<void>;
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
    function currentQuestionId(): string | null {
      const { attempt, currentIndex } = get();
      return attempt?.questions[currentIndex]?.id ?? null;
    }

    async function writeResponse(questionId: string, change: (r: Response) => Partial<Response>) {
      const { attempt, responses } = get();
      if (!attempt || get().phase !== 'ready') return;
      const now = clock.now();
      const previous = responses[questionId] ?? emptyResponse(attempt.id, questionId, now);
      const updated: Response = { ...previous, ...change(previous), updatedAt: now };
      set({ responses: { ...get().responses, [questionId]: updated } });
      try {
        await repository.saveResponse(updated);
      } catch (error) {
        set({ error: `Your last change could not be saved: ${String(error)}` });
      }
    }

    /** Adds the time spent on the current question before leaving it. */
    async function recordTimeOnCurrent() {
      const questionId = currentQuestionId();
      const now = clock.now();
      const elapsed = Math.max(0, now - get().viewStartedAt);
      set({ viewStartedAt: now });
      if (questionId && elapsed > 0) {
        await writeResponse(questionId, (r) => ({ timeSpentMs: r.timeSpentMs + elapsed }));
      }
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

      async answer(answer) {
        const questionId = currentQuestionId();
        if (questionId) await writeResponse(questionId, () => ({ answer }));
      },

      async toggleFlag() {
        const questionId = currentQuestionId();
        if (questionId) await writeResponse(questionId, (r) => ({ flagged: !r.flagged }));
      },

      async toggleStrike(choiceId) {
        const questionId = currentQuestionId();
        if (!questionId) return;
        await writeResponse(questionId, (r) => ({
          struck: r.struck.includes(choiceId)
            ? r.struck.filter((id) => id !== choiceId)
            : [...r.struck, choiceId],
        }));
      },

      async goTo(index) {
        const { attempt, currentIndex } = get();
        if (!attempt || index < 0 || index >= attempt.questions.length) return;
        if (index === currentIndex) {
          set({ view: 'question' });
          return;
        }
        const leaving = recordTimeOnCurrent();
        set({ currentIndex: index, view: 'question' });
        await leaving;
        try {
          await repository.savePosition(attempt.id, index);
        } catch (error) {
          set({ error: `Your place in the exam could not be saved: ${String(error)}` });
        }
      },

      next: () => get().goTo(get().currentIndex + 1),
      previous: () => get().goTo(get().currentIndex - 1),
      openReview: () => set({ view: 'review' }),
      closeReview: () => set({ view: 'question' }),
      setReviewFilter: (reviewFilter) => set({ reviewFilter }),

      async submit(status) {
        const { attempt, phase } = get();
        if (!attempt || phase !== 'ready') return;
        await recordTimeOnCurrent();
        set({ phase: 'loading' });
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
