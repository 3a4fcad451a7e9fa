import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import type { BankSummary } from '../../src/domain/bank-summary';
import type { Certification } from '../../src/domain/certification';
import { EXAM_SPECS } from '../../src/domain/exam-spec';
import { HomePage } from '../../src/features/catalog/HomePage';
import { makeAttempt } from '../support/factories';
import { withTestDatabase } from '../support/database';

const database = withTestDatabase();
let attempts: AttemptRepository;

beforeEach(() => {
  attempts = database.attempts;
});

const fullCpc: BankSummary = {
  origin: 'built-in' as const,
  file: '/question-banks/cpc.json',
  id: 'cpc',
  certification: 'CPC',
  title: 'CPC',
  version: '1.0.0',
  questionCount: 100,
  domainCounts: Object.fromEntries(EXAM_SPECS.CPC.blueprint.map((d) => [d.domainId, d.count])),
};
const partialCca: BankSummary = {
  ...fullCpc,
  certification: 'CCA',
  questionCount: 43,
  domainCounts: { 'clinical-classification': 40, reimbursement: 3 },
};
const banksFor = (cert: Certification) =>
  [fullCpc, partialCca].filter((b) => b.certification === cert);

describe('Home', () => {
  it('shows the four certifications with their formats', async () => {
    render(<HomePage attempts={attempts} banksFor={banksFor} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Coding Exam Simulator');
    for (const cert of ['CPC', 'CIC', 'CCS', 'CCA']) {
      expect(screen.getByRole('article', { name: new RegExp(`^${cert} — `) })).toBeInTheDocument();
    }
    const cpc = screen.getByRole('article', { name: /^CPC/ });
    expect(cpc).toHaveTextContent('100 questions');
    expect(cpc).toHaveTextContent('4 h');
    expect(cpc).toHaveTextContent('70%');
    expect(screen.getByRole('article', { name: /^CCA/ })).toHaveTextContent('2 h');
    expect(await within(cpc).findByRole('button', { name: 'Start CPC mock exam' })).toBeEnabled();
  });

  it('says plainly when a bank cannot fill an exam, with how many it has of how many it needs', () => {
    render(<HomePage attempts={attempts} banksFor={banksFor} />);
    const cca = screen.getByRole('article', { name: /^CCA/ });
    // 31 clinical classification (capped at the blueprint) + 3 reimbursement.
    expect(cca).toHaveTextContent('holds 34 of the 105 questions this exam needs');
    expect(within(cca).queryByRole('button', { name: /Start/ })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: /^CIC/ })).toHaveTextContent(
      'holds 0 of the 47 questions',
    );
  });

  it('offers to resume an exam in progress instead of starting another', async () => {
    await attempts.create(makeAttempt());
    render(<HomePage attempts={attempts} banksFor={banksFor} />);
    const cpc = screen.getByRole('article', { name: /^CPC/ });
    expect(await within(cpc).findByRole('button', { name: 'Resume CPC exam' })).toBeInTheDocument();
    expect(
      within(cpc).queryByRole('button', { name: 'Start CPC mock exam' }),
    ).not.toBeInTheDocument();
  });
});
