import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBankRepository, type BankRepository } from '../../src/db/bank-repository';
import type { BuiltInBankSummary } from '../../src/domain/bank-summary';
import { BanksPage } from '../../src/features/banks/BanksPage';
import { withTestDatabase } from '../support/database';
import { fixedClock } from '../support/factories';
import { sampleBankJson } from '../support/sample-bank';

const builtIn: BuiltInBankSummary[] = [
  {
    origin: 'built-in',
    file: '/question-banks/ccs.json',
    id: 'ccs-core',
    certification: 'CCS',
    title: 'CCS core question bank',
    version: '1.0.0',
    questionCount: 214,
    domainCounts: {},
  },
];

const database = withTestDatabase();
let banks: BankRepository;

beforeEach(() => {
  banks = createBankRepository(database.db, fixedClock(), new Set(['ccs-core']));
});

const fileOf = (name: string, content: unknown) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });

async function renderPage() {
  const user = userEvent.setup();
  render(<BanksPage banks={banks} builtIn={builtIn} />);
  const table = await screen.findByRole('table', { name: 'Installed banks' });
  const rows = () =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(0, 4)
          .map((c) => c.textContent)
          .join(' | '),
      );
  const importFile = (file: File) =>
    user.upload(screen.getByLabelText('Import question bank'), file);
  return { user, table, rows, importFile };
}

describe('Question banks', () => {
  it('lists the built-in banks, marked built-in', async () => {
    const { table, rows } = await renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Question banks' })).toBeInTheDocument();
    expect(rows()).toEqual(['CCS | CCS core question bank | 1.0.0 | 214']);
    expect(within(table).getByRole('cell', { name: 'Built-in' })).toBeInTheDocument();
  });

  it('imports a valid bank, then refuses it a second time', async () => {
    const { rows, importFile } = await renderPage();
    await importFile(fileOf('sample.json', sampleBankJson()));
    expect(
      await screen.findByText(
        'Installed "CCS sample bank" version 1.0.0 (CCS, 6 questions) from sample.json.',
      ),
    ).toHaveRole('status');
    expect(await screen.findByRole('cell', { name: 'CCS sample bank' })).toBeInTheDocument();
    expect(rows()).toHaveLength(2);

    await importFile(fileOf('sample.json', sampleBankJson()));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'sample.json could not be imported; nothing was stored. 1 problem:sample.json at $.id: "CCS sample bank" version 1.0.0 (id "ccs-sample") is already installed; nothing was changed',
    );
    expect(rows()).toHaveLength(2);
  });

  it('refuses a bank with a script payload, saying where, and stores nothing', async () => {
    const { rows, importFile } = await renderPage();
    const bank = sampleBankJson();
    bank.questions[0]!.stem = '<script>alert(1)</script>';
    await importFile(fileOf('payload.json', bank));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'payload.json at $.questions[0].stem (question ccs-sample-001): contains HTML markup ("<script>"); bank text must be plain text',
    ]);
    expect(document.querySelector('script')).toBeNull();
    expect(rows()).toHaveLength(1);
    expect(await database.db.banks.count()).toBe(0);
  });

  it('shows the first 20 problems of a badly broken file and says how many more', async () => {
    const { importFile } = await renderPage();
    const bank = sampleBankJson();
    bank.questions = Array.from({ length: 25 }, (_, i) => ({ id: `q${i}` }));
    await importFile(fileOf('broken.json', bank));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(alert).toHaveTextContent(/…and \d+ more problems\./);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { importFile } = await renderPage();
    const file = fileOf('huge.json', '{}');
    Object.defineProperty(file, 'size', { value: 50 * 1024 * 1024 });
    file.arrayBuffer = () => Promise.reject(new Error('read a file it should have refused'));
    await importFile(file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'huge.json at $: the file is 50.0 MB (52,428,800 bytes); the largest bank this app imports is 20 MB',
    );
  });

  it('replaces an installed bank with a newer version only after confirmation', async () => {
    const { user, rows, importFile } = await renderPage();
    await importFile(fileOf('v1.json', sampleBankJson()));
    await screen.findByRole('cell', { name: 'CCS sample bank' });
    const newer = { ...sampleBankJson(), version: '1.1.0' };

    await importFile(fileOf('v1.1.json', newer));
    let dialog = await screen.findByRole('dialog', { name: 'Replace question bank?' });
    expect(dialog).toHaveTextContent('version 1.0.0 (6 questions) is installed');
    await user.click(within(dialog).getByRole('button', { name: 'Keep installed version' }));
    expect(rows()[1]).toBe('CCS | CCS sample bank | 1.0.0 | 6');

    await importFile(fileOf('v1.1.json', newer));
    dialog = await screen.findByRole('dialog', { name: 'Replace question bank?' });
    await user.click(within(dialog).getByRole('button', { name: 'Replace bank' }));
    expect(await screen.findByRole('cell', { name: '1.1.0' })).toBeInTheDocument();
    expect(rows()).toHaveLength(2);
  });
});
