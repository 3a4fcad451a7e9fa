import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackupRepository } from '../../src/db/backup-repository';
import { finishAttempt } from '../../src/domain/attempt';
import { HistoryPage } from '../../src/features/history/HistoryPage';
import { withTestDatabase } from '../support/database';
import { fixedClock, makeAttempt, makeResponse, T0 } from '../support/factories';
import type { StorageState } from '../../src/lib/persistent-storage';

const database = withTestDatabase();

beforeEach(async () => {
  const rows = [
    makeAttempt({ id: 'cpc-mock', startedAt: T0 }),
    makeAttempt({
      id: 'cpc-drill',
      mode: 'drill',
      conditions: 'practice',
      deadlineAt: null,
      startedAt: T0 + 1000,
    }),
    makeAttempt({ id: 'cca-mock', certification: 'CCA', startedAt: T0 + 2000 }),
  ];
  for (const a of rows) {
    await database.attempts.create(a);
    await database.attempts.finish(finishAttempt(a, [], 'submitted', a.startedAt + 60_000));
  }
});

function renderHistory(requestStorage = () => Promise.resolve<StorageState>('persistent')) {
  return render(
    <HistoryPage
      attempts={database.attempts}
      backup={createBackupRepository(database.db)}
      clock={fixedClock()}
      requestStorage={requestStorage}
    />,
  );
}

/** A finished CPC mock where the first `right` questions (alpha-1, alpha-2, beta-1…) were right. */
async function finishedMock(id: string, startedAt: number, right: number) {
  const attempt = makeAttempt({ id, startedAt });
  await database.attempts.create(attempt);
  const responses = attempt.questions.map((q, i) =>
    makeResponse({
      attemptId: id,
      questionId: q.id,
      answer: i < right ? 'B' : 'A',
      timeSpentMs: 90_000,
    }),
  );
  for (const r of responses) await database.attempts.saveResponse(r);
  await database.attempts.finish(
    finishAttempt(attempt, responses, 'submitted', startedAt + 10 * 60_000),
  );
}

describe('History', () => {
  it('lists every attempt newest first and filters by certification and mode', async () => {
    const user = userEvent.setup();
    renderHistory();
    const table = await screen.findByRole('table', { name: 'Past attempts' });
    const cells = () =>
      within(screen.getByRole('table', { name: 'Past attempts' }))
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .slice(1, 3)
            .map((c) => c.textContent)
            .join(' '),
        );
    expect(cells()).toEqual(['CCA Mock exam', 'CPC Drill', 'CPC Mock exam']);
    expect(within(table).getAllByRole('link', { name: /^Open/ })).toHaveLength(3);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Certification' }), 'CPC');
    expect(cells()).toEqual(['CPC Drill', 'CPC Mock exam']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mode' }), 'drill');
    expect(cells()).toEqual(['CPC Drill']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Certification' }), 'CCS');
    expect(screen.getByText('No attempts match these filters.')).toBeInTheDocument();
  });

  it('charts the score trend with the passing line and gives the same figures as text', async () => {
    await finishedMock('m2', T0 + 86_400_000, 2);
    await finishedMock('m3', T0 + 2 * 86_400_000, 5);
    renderHistory();
    const chart = await screen.findByRole('img', { name: /^Score trend, CPC/ });
    // cpc-mock (0%), m2 (40%), m3 (100%), oldest first.
    expect(chart).toHaveAccessibleName(
      'Score trend, CPC mock exams: 3 exams, from 0% on Jan 5, 2026 to 100% on Jan 7, 2026; passing mark 70%.',
    );
    const figures = chart.closest('figure')!.querySelectorAll('li');
    expect([...figures].map((li) => li.textContent)).toEqual([
      'Jan 5, 2026: 0%, not passed',
      'Jan 6, 2026: 40%, not passed',
      'Jan 7, 2026: 100%, passed',
    ]);
    expect(screen.getByRole('img', { name: /^Score trend, CCA/ })).toBeInTheDocument();
  });

  it('shows the weakest domains, readiness in plain words, and pacing by quarter', async () => {
    await finishedMock('m2', T0 + 86_400_000, 2); // alpha 2 of 2, beta 0 of 3
    renderHistory();
    const weakest = await screen.findByRole('table', { name: 'Weakest domains' });
    const rows = within(weakest)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent).join(' | '));
    // beta: 0 of 3 (m2) + 0 of 3 (cpc-mock) + 0 of 3 (cpc drill) = 0 of 9.
    expect(rows[0]).toBe('CPC | Domain beta | 0 | 9 | 0%');
    const cpc = screen.getByRole('article', { name: 'CPC' });
    expect(within(cpc).getByRole('heading', { name: /^Readiness: / })).toHaveTextContent(
      'Readiness: Not enough data yet',
    );
    // These fixtures use made-up domains, none of them in the CPC blueprint.
    expect(
      within(cpc).getByText(/^No answers yet in the CPC exam’s domains\./),
    ).toBeInTheDocument();
    expect(within(cpc).getByText(/Your answers cover 0% of the exam/)).toBeInTheDocument();
    expect(
      within(cpc).getByText(/weighted by how many questions the real exam gives it/),
    ).toBeInTheDocument();
    const quarters = within(cpc).getByRole('table', { name: /^Accuracy by quarter/ });
    expect(within(quarters).getAllByRole('row')).toHaveLength(5);
    // 60 s for 5 questions and 10 min for 5: 66 s a question on average, CPC pace 144 s.
    const pace = [...cpc.querySelectorAll('p')].find((p) =>
      p.textContent?.startsWith('Time per question'),
    );
    expect(pace).toHaveTextContent(
      'Time per question: 1 min 6 s on average over your last 2 mock exams, against the CPC pace of 2 min 24 s: within the exam’s pace.',
    );
  });

  it('shows a thousand attempts a page at a time', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      makeAttempt({ id: `extra-${i}`, mode: 'drill', startedAt: T0 - (i + 1) * 60_000 }),
    );
    for (const a of many) await database.attempts.create(a);
    const user = userEvent.setup();
    renderHistory();
    const table = await screen.findByRole('table', { name: 'Past attempts' });
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText('Attempts 1–25 of 63 (page 1 of 3)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('Attempts 51–63 of 63 (page 3 of 3)')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Past attempts' })).getAllByRole('row'),
    ).toHaveLength(14);
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();
  });

  it('says whether the browser keeps the data', async () => {
    renderHistory(() => Promise.resolve('not-persistent'));
    expect(await screen.findByText(/^Storage: not persistent\./)).toBeInTheDocument();
  });
});
