import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import { finishAttempt } from '../../src/domain/attempt';
import { ResultsPage } from '../../src/features/results/ResultsPage';
import { makeAttempt, makeResponse, T0 } from '../support/factories';
import { withTestDatabase } from '../support/database';

const database = withTestDatabase();
let attempts: AttemptRepository;

beforeEach(async () => {
  attempts = database.attempts;
  const attempt = makeAttempt();
  await attempts.create(attempt);
  const responses = [
    makeResponse({ questionId: 'alpha-1', answer: 'B', timeSpentMs: 65_000 }),
    makeResponse({ questionId: 'alpha-2', answer: 'A', flagged: true }),
    makeResponse({ questionId: 'beta-1', answer: 'B' }),
    makeResponse({ questionId: 'beta-2', answer: 'B' }),
  ];
  for (const r of responses) await attempts.saveResponse(r);
  await attempts.finish(finishAttempt(attempt, responses, 'submitted', T0 + 40 * 60_000));
});

describe('Results', () => {
  it('shows score, result and the score by domain', async () => {
    render(
      <ResultsPage
        attemptId="attempt-1"
        attempts={attempts}
        openExam={() => {}}
        retakeMissed={vi.fn()}
      />,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'CPC mock exam results' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Score 60%')).toBeInTheDocument();
    expect(screen.getByText('(3 of 5 correct)')).toBeInTheDocument();
    expect(screen.getByText('Not passed')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Score by domain' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['Domain alpha1250%', 'Domain beta2366%']);
  });

  it('retakes the missed questions (wrong or unanswered) as a drill', async () => {
    const retakeMissed = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    render(
      <ResultsPage
        attemptId="attempt-1"
        attempts={attempts}
        openExam={() => {}}
        retakeMissed={retakeMissed}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Retake missed questions' }));
    const [, missed] = retakeMissed.mock.calls[0] as unknown as [unknown, { id: string }[]];
    expect(missed.map((q) => q.id)).toEqual(['alpha-2', 'beta-3']);
  });

  it('reviews every question with answer, key and rationale, and filters them', async () => {
    const user = userEvent.setup();
    render(
      <ResultsPage
        attemptId="attempt-1"
        attempts={attempts}
        openExam={() => {}}
        retakeMissed={vi.fn()}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Review answers' }));
    expect(screen.getAllByRole('heading', { name: 'Rationale' })).toHaveLength(5);
    expect(screen.getAllByText('Your answer:')).toHaveLength(5);
    const second = screen
      .getByRole('heading', { name: /^Question 2/ })
      .closest('li') as HTMLElement;
    expect(second).toHaveTextContent('Your answer: A. 10060');
    expect(second).toHaveTextContent('Correct answer: B. 10061');
    expect(second).toHaveTextContent('time spent 0:00');

    await user.click(screen.getByRole('button', { name: 'Incorrect' }));
    expect(
      screen.getAllByRole('heading', { name: /^Question \d/ }).map((h) => h.textContent),
    ).toEqual(['Question 2 IncorrectFlagged', 'Question 5 Unanswered']);
    await user.click(screen.getByRole('button', { name: 'Flagged' }));
    expect(screen.getAllByRole('heading', { name: /^Question \d/ })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Unanswered' }));
    expect(screen.getByRole('heading', { name: /^Question 5/ })).toHaveTextContent('Unanswered');
    await user.click(screen.getByRole('button', { name: 'All' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Domain' }), 'alpha');
    expect(screen.getAllByRole('heading', { name: /^Question \d/ })).toHaveLength(2);
  });
});
