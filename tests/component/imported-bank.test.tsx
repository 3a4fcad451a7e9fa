// A candidate who imports a full CPC bank can sit a mock, and drill, from it, beside the
// built-in bank.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBankRepository, type BankRepository } from '../../src/db/bank-repository';
import { readBankFile } from '../../src/domain/bank-file';
import type { BankSummary } from '../../src/domain/bank-summary';
import { EXAM_SPECS } from '../../src/domain/exam-spec';
import type { QuestionBank } from '../../src/domain/question';
import { ExamRulesPage } from '../../src/features/catalog/ExamRulesPage';
import { startMockExam } from '../../src/features/catalog/start-mock-exam';
import { DrillSetupPage } from '../../src/features/drill/DrillSetupPage';
import { bankCatalog, builtInBanksFor, createBankLoader } from '../../src/lib/bank-files';
import { withTestDatabase } from '../support/database';
import { fixedClock } from '../support/factories';

const database = withTestDatabase();
let banks: BankRepository;
let catalog: BankSummary[];

/** The shipped CPC bank under another id and title, as a user might import a bank of their own. */
function myCpcBank(): QuestionBank {
  const json = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../question-banks/cpc.json'), 'utf8'),
  ) as Record<string, unknown>;
  const bytes = new TextEncoder().encode(
    JSON.stringify({ ...json, id: 'my-cpc', title: 'My CPC bank', version: '3.0.0' }),
  );
  const result = readBankFile(bytes, 'my-cpc.json');
  if (!result.ok) throw new Error('the bank should import');
  return result.bank;
}

beforeEach(async () => {
  banks = createBankRepository(database.db, fixedClock(), new Set(bankCatalog.map((b) => b.id)));
  await banks.install(myCpcBank());
  catalog = [...builtInBanksFor('CPC'), ...(await banks.summaries())];
});

describe('an imported bank', () => {
  it('fills a CPC mock: the rules page lets the candidate choose it, and the exam is drawn from it', async () => {
    const user = userEvent.setup();
    const clock = fixedClock();
    let started: Awaited<ReturnType<typeof startMockExam>> | undefined;
    render(
      <ExamRulesPage
        certification="CPC"
        attempts={database.attempts}
        banks={catalog}
        begin={async (bank) => {
          started = await startMockExam(EXAM_SPECS.CPC, bank, {
            repository: database.attempts,
            clock,
            loadBank: createBankLoader(banks),
            newId: () => 'from-my-bank',
            newSeed: () => 5,
          });
          return started;
        }}
        openExam={vi.fn()}
      />,
    );
    const builtIn = screen.getByRole('radio', { name: /^CPC core question bank .*built-in/ });
    expect(builtIn).toBeChecked();
    await user.click(
      screen.getByRole('radio', {
        name: 'My CPC bank (version 3.0.0, imported) — 417 questions',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Begin exam' }));
    await vi.waitFor(() => expect(started).toBeDefined());
    expect(started).toMatchObject({ bankId: 'my-cpc', bankVersion: '3.0.0' });
    expect(started?.questions).toHaveLength(100);
    expect((await database.attempts.get('from-my-bank'))?.bankId).toBe('my-cpc');
  });

  it('can be chosen for a drill', async () => {
    const user = userEvent.setup();
    const begin = vi.fn(() => Promise.resolve());
    render(
      <DrillSetupPage
        certification="CPC"
        banksFor={() => catalog}
        onCertification={vi.fn()}
        begin={begin}
      />,
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Question bank' }),
      'My CPC bank (version 3.0.0, imported)',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Anesthesia' }));
    await user.click(screen.getByRole('button', { name: 'Start drill' }));
    expect(begin).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'my-cpc', origin: 'installed' }),
      expect.objectContaining({ domainIds: ['anesthesia'] }),
    );
  });
});
