import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import { ExamRoomPage } from '../../src/features/exam-room/ExamRoomPage';
import { createExamSessionStore } from '../../src/features/exam-room/exam-session-store';
import { fixedClock, makeAttempt, T0 } from '../support/factories';
import { withTestDatabase } from '../support/database';

const database = withTestDatabase();
let repository: AttemptRepository;

beforeEach(async () => {
  repository = database.attempts;
  await repository.create(makeAttempt());
});

async function renderExam(clock = fixedClock()) {
  const store = createExamSessionStore({ clock, repository });
  const onFinished = vi.fn();
  const user = userEvent.setup();
  render(<ExamRoomPage attemptId="attempt-1" store={store} onFinished={onFinished} />);
  await screen.findByRole('heading', { level: 2, name: 'Question 1 of 5' });
  return { store, clock, onFinished, user };
}

const choices = () => screen.getByRole('radiogroup', { name: 'Answer choices' });
const navigator = () => screen.getByRole('navigation', { name: 'Question navigator' });

describe('exam room', () => {
  it('shows the clock, the question and its lettered choices', async () => {
    await renderExam();
    expect(screen.getByRole('timer', { name: 'Time remaining' })).toHaveTextContent('1:00:00');
    const radios = within(choices()).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('value'))).toEqual(['A', 'B', 'C', 'D']);
    expect(within(choices()).getByRole('radio', { name: /^B\. 10061/ })).not.toBeChecked();
  });

  it('answers, flags, strikes out and moves, and the navigator says so', async () => {
    const { user } = await renderExam();
    await user.click(within(choices()).getByRole('radio', { name: /^C\./ }));
    await user.click(screen.getByRole('button', { name: 'Strike out choice A' }));
    await user.click(screen.getByRole('button', { name: 'Flag for review' }));
    // Shown as given once stored: wait for the writes rather than race them.
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Strike out choice A' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(screen.getByRole('button', { name: 'Flag for review' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Question 2 of 5' }),
    ).toBeInTheDocument();
    const first = within(navigator()).getByRole('button', {
      name: 'Question 1, answered, flagged',
    });
    expect(first).not.toHaveAttribute('aria-current');
    expect(
      within(navigator()).getByRole('button', { name: 'Question 2, unanswered' }),
    ).toHaveAttribute('aria-current', 'step');
    await user.click(first);
    await screen.findByRole('heading', { level: 2, name: 'Question 1 of 5' });
    expect(within(choices()).getByRole('radio', { name: /^C\./ })).toBeChecked();
    await waitFor(async () =>
      expect((await repository.responses('attempt-1'))[0]).toMatchObject({
        answer: 'C',
        flagged: true,
        struck: ['A'],
      }),
    );
  });

  it('shows a choice as given only once it is stored, and Saving… until then', async () => {
    const { user } = await renderExam();
    expect(screen.getByText('All answers saved')).toBeInTheDocument();
    let release: () => void = () => {};
    const original = repository.saveResponse.bind(repository);
    repository.saveResponse = async (...args) => {
      await new Promise<void>((resolve) => (release = resolve));
      await original(...args);
    };
    await user.keyboard('b');
    const saveState = await screen.findByText('Saving…', { selector: '.save-state' });
    const choiceB = within(choices()).getByRole('radio', { name: /^B\./ });
    expect(choiceB).not.toBeChecked();
    expect(choiceB.closest('.choice')).toHaveClass('saving');
    release();
    await waitFor(() => expect(choiceB).toBeChecked());
    expect(saveState).toHaveTextContent('All answers saved');
    expect(choiceB.closest('.choice')).not.toHaveClass('saving');
  });

  it('works from the keyboard: N, P, F, letters and digits', async () => {
    const { user } = await renderExam();
    await user.keyboard('b');
    await waitFor(() =>
      expect(within(choices()).getByRole('radio', { name: /^B\./ })).toBeChecked(),
    );
    await user.keyboard('n');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: 'Question 2 of 5' })).toHaveFocus(),
    );
    await user.keyboard('4f');
    await waitFor(() => {
      expect(within(choices()).getByRole('radio', { name: /^D\./ })).toBeChecked();
      expect(screen.getByRole('button', { name: 'Flag for review' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    });
    await user.keyboard('p');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Question 1 of 5' }),
    ).toBeInTheDocument();
    // Ctrl+N is the browser's, not ours: only the plain N that follows moves, to question 2.
    await user.keyboard('{Control>}n{/Control}n');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Question 2 of 5' }),
    ).toBeInTheDocument();
  });

  it('reviews answers with Unanswered and Flagged filters and returns to a question', async () => {
    const { user } = await renderExam();
    await user.keyboard('a');
    await user.keyboard('n');
    await user.keyboard('f');
    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    const review = screen.getByRole('region', { name: 'Review answers' });
    expect(within(review).getAllByRole('link', { name: /^Question \d/ })).toHaveLength(5);
    await user.click(within(review).getByRole('button', { name: 'Unanswered' }));
    expect(
      within(review)
        .getAllByRole('link', { name: /^Question \d/ })
        .map((b) => b.textContent),
    ).toEqual([
      'Question 2, unanswered, flagged',
      'Question 3, unanswered',
      'Question 4, unanswered',
      'Question 5, unanswered',
    ]);
    await user.click(within(review).getByRole('button', { name: 'Flagged' }));
    await user.click(within(review).getByRole('link', { name: 'Question 2, unanswered, flagged' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Question 2 of 5' }),
    ).toBeInTheDocument();
  });

  it('asks before submitting, saying what is unanswered and flagged', async () => {
    const { user, onFinished } = await renderExam();
    await user.keyboard('bf');
    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    const dialog = screen.getByRole('dialog', { name: 'Submit exam?' });
    expect(dialog).toHaveTextContent('4 unanswered questions and 1 flagged question');
    await user.click(within(dialog).getByRole('button', { name: 'Keep working' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit exam' }));
    await user.click(screen.getByRole('button', { name: 'Submit now' }));
    await waitFor(() => expect(onFinished).toHaveBeenCalledWith('attempt-1'));
    expect(await repository.get('attempt-1')).toMatchObject({
      status: 'submitted',
      score: { correct: 1 },
    });
  });

  it('warns at 30 and 5 minutes and submits by itself at zero', async () => {
    // Only the redraw interval is faked: IndexedDB (fake-indexeddb) needs real timeouts.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const clock = fixedClock();
      const { onFinished } = await renderExam(clock);
      expect(screen.getByRole('status')).toHaveTextContent('');
      act(() => {
        clock.set(T0 + 30 * 60_000);
        vi.advanceTimersByTime(300);
      });
      expect(screen.getByRole('status')).toHaveTextContent('30 minutes remaining');
      act(() => {
        clock.set(T0 + 55 * 60_000 + 1);
        vi.advanceTimersByTime(300);
      });
      expect(screen.getByRole('status')).toHaveTextContent('5 minutes remaining');
      expect(screen.getByRole('timer', { name: 'Time remaining' })).toHaveTextContent('0:05:00');
      act(() => {
        clock.set(T0 + 60 * 60_000);
        vi.advanceTimersByTime(300);
      });
      await waitFor(() => expect(onFinished).toHaveBeenCalledWith('attempt-1'));
      expect((await repository.get('attempt-1'))?.status).toBe('timed-out');
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers no pause under exam conditions', async () => {
    await renderExam();
    expect(screen.queryByRole('button', { name: 'Pause' })).not.toBeInTheDocument();
  });
});
