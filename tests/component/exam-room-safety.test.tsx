// What the exam room says when an answer cannot be saved or the exam is open in another tab.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import type { LockManagerLike } from '../../src/features/exam-room/attempt-lock';
import { ExamRoomPage } from '../../src/features/exam-room/ExamRoomPage';
import { createExamSessionStore } from '../../src/features/exam-room/exam-session-store';
import { createFakeLocks } from '../support/fake-locks';
import { fixedClock, makeAttempt } from '../support/factories';
import { withTestDatabase } from '../support/database';

const database = withTestDatabase();
let repository: AttemptRepository;

beforeEach(async () => {
  repository = database.attempts;
  await repository.create(makeAttempt());
});

function renderTab(repo: AttemptRepository, locks: LockManagerLike | null = null) {
  const store = createExamSessionStore({ clock: fixedClock(), repository: repo, locks });
  const view = render(<ExamRoomPage attemptId="attempt-1" store={store} onFinished={vi.fn()} />);
  return { store, view, user: userEvent.setup() };
}

const choices = (view: Pick<typeof screen, 'getByRole'> = screen) =>
  view.getByRole('radiogroup', { name: 'Answer choices' });

describe('storage full', () => {
  it('says storage is full, which answer was not saved and what to do; Try saving again carries on', async () => {
    let full = false;
    const repo: AttemptRepository = {
      ...repository,
      async saveResponse(...args) {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        await repository.saveResponse(...args);
      },
    };
    const { user } = renderTab(repo);
    await screen.findByRole('heading', { level: 2, name: 'Question 1 of 5' });
    await user.keyboard('b');
    await waitFor(() =>
      expect(within(choices()).getByRole('radio', { name: /^B\./ })).toBeChecked(),
    );

    full = true;
    await user.keyboard('c');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Storage is full: your answer to question 1 was not saved.');
    expect(alert).toHaveTextContent(/Everything saved before is kept/);
    expect(alert).toHaveTextContent(/Free up space on this device/);
    expect(alert).toHaveTextContent(/Export data on the History page/);
    expect(screen.getByText('Not saved', { selector: '.save-state' })).toBeInTheDocument();
    // Shown as it is stored: B, with C marked as not saved.
    expect(within(choices()).getByRole('radio', { name: /^B\./ })).toBeChecked();
    const choiceC = within(choices()).getByRole('radio', { name: /^C\./ });
    expect(choiceC).not.toBeChecked();
    expect(choiceC.closest('.choice')).toHaveTextContent('Not saved');

    full = false;
    await user.click(within(alert).getByRole('button', { name: 'Try saving again' }));
    await waitFor(() =>
      expect(within(choices()).getByRole('radio', { name: /^C\./ })).toBeChecked(),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect((await repository.responses('attempt-1'))[0]?.answer).toBe('C');
  });
});

describe('the same exam in two tabs', () => {
  it('the second tab offers to take over; the first then says so and switches its controls off', async () => {
    const locks = createFakeLocks();
    const first = renderTab(repository, locks);
    const firstView = within(first.view.container);
    await firstView.findByRole('heading', { level: 2, name: 'Question 1 of 5' });

    const second = renderTab(repository, locks);
    const secondView = within(second.view.container);
    const elsewhere = await secondView.findByRole('alert');
    expect(elsewhere).toHaveTextContent('This exam is open in another tab or window.');
    expect(secondView.queryByRole('radiogroup')).not.toBeInTheDocument();

    await second.user.click(within(elsewhere).getByRole('button', { name: 'Take over here' }));
    await secondView.findByRole('heading', { level: 2, name: 'Question 1 of 5' });
    const takenOver = await firstView.findByRole('alert');
    expect(takenOver).toHaveTextContent('This exam was taken over by another tab or window.');
    expect(takenOver).toHaveTextContent(/no longer saves anything/);
    expect(firstView.getByText('Not saving in this tab')).toBeInTheDocument();
    expect(within(choices(firstView)).getByRole('radio', { name: /^A\./ })).toBeDisabled();
    for (const name of ['Next', 'Flag for review', 'Submit exam', 'Review answers'])
      expect(firstView.getByRole('button', { name })).toBeDisabled();

    await second.user.click(within(choices(secondView)).getByRole('radio', { name: /^D\./ }));
    await waitFor(async () =>
      expect((await repository.responses('attempt-1'))[0]?.answer).toBe('D'),
    );
  });
});
