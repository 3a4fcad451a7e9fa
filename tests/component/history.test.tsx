import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackupRepository } from '../../src/db/backup-repository';
import { finishAttempt } from '../../src/domain/attempt';
import { HistoryPage } from '../../src/features/history/HistoryPage';
import { withTestDatabase } from '../support/database';
import { fixedClock, makeAttempt, T0 } from '../support/factories';

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

describe('History', () => {
  it('lists every attempt newest first and filters by certification and mode', async () => {
    const user = userEvent.setup();
    render(
      <HistoryPage
        attempts={database.attempts}
        backup={createBackupRepository(database.db)}
        clock={fixedClock()}
      />,
    );
    const table = await screen.findByRole('table', { name: 'Past attempts' });
    const cells = () =>
      within(table)
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
});
