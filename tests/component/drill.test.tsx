import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import type { BankSummary } from '../../src/domain/bank-summary';
import { EXAM_SPECS } from '../../src/domain/exam-spec';
import { DrillSetupPage } from '../../src/features/drill/DrillSetupPage';
import { ExamRoomPage } from '../../src/features/exam-room/ExamRoomPage';
import { createExamSessionStore } from '../../src/features/exam-room/exam-session-store';
import { withTestDatabase } from '../support/database';
import { fixedClock, makeAttempt } from '../support/factories';

const cpcBank: BankSummary = {
  origin: 'built-in' as const,
  file: '/question-banks/cpc.json',
  id: 'cpc',
  certification: 'CPC',
  title: 'CPC',
  version: '1.0.0',
  questionCount: 417,
  domainCounts: { anesthesia: 17, radiology: 25 },
};

describe('drill setup', () => {
  it('offers each domain by name with its count, and starts with the chosen settings', async () => {
    const begin = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    render(
      <DrillSetupPage
        certification="CPC"
        banksFor={() => [cpcBank]}
        onCertification={vi.fn()}
        begin={begin}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Drill' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Certification' })).toHaveValue('CPC');
    expect(screen.getAllByRole('checkbox', { name: /./ }).length).toBe(
      EXAM_SPECS.CPC.blueprint.length + 1,
    );
    const anesthesia = screen.getByRole('checkbox', { name: 'Anesthesia' });
    expect(anesthesia).toHaveAccessibleDescription('17 questions');
    await user.click(anesthesia);
    await user.click(screen.getByRole('checkbox', { name: 'Radiology' }));
    const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
    await user.clear(count);
    await user.type(count, '12');
    await user.click(screen.getByRole('checkbox', { name: 'Timed' }));
    await user.click(screen.getByRole('radio', { name: 'Show answers at the end' }));
    await user.click(screen.getByRole('button', { name: 'Start drill' }));
    expect(begin).toHaveBeenCalledWith(cpcBank, {
      domainIds: ['anesthesia', 'radiology'],
      count: 12,
      timed: true,
      feedback: 'at-end',
    });
  });

  it('offers a drill of every question missed and not answered right since', async () => {
    const drillMissed = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    render(
      <DrillSetupPage
        certification="CPC"
        banksFor={() => [cpcBank]}
        onCertification={vi.fn()}
        begin={vi.fn()}
        stillMissed={3}
        drillMissed={drillMissed}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Drill every missed question (3)' }));
    expect(drillMissed).toHaveBeenCalled();
  });

  it('says in an alert when the chosen domains hold fewer questions than asked, and does not start', async () => {
    const begin = vi.fn(() => Promise.resolve());
    const user = userEvent.setup();
    render(
      <DrillSetupPage
        certification="CPC"
        banksFor={() => [cpcBank]}
        onCertification={vi.fn()}
        begin={begin}
      />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Anesthesia' }));
    const count = screen.getByRole('spinbutton', { name: 'Number of questions' });
    await user.clear(count);
    await user.type(count, '20');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The chosen domains hold 17 questions; you asked for 20.',
    );
    await user.click(screen.getByRole('button', { name: 'Start drill' }));
    expect(begin).not.toHaveBeenCalled();
  });
});

describe('tutor mode in the exam room', () => {
  const database = withTestDatabase();
  let repository: AttemptRepository;
  beforeEach(async () => {
    repository = database.attempts;
    await repository.create(
      makeAttempt({
        mode: 'drill',
        conditions: 'practice',
        feedback: 'after-each',
        deadlineAt: null,
      }),
    );
  });

  it('Check answer locks the answer and shows Correct or Incorrect, the key and the rationale', async () => {
    const clock = fixedClock();
    const store = createExamSessionStore({ clock, repository });
    const user = userEvent.setup();
    render(<ExamRoomPage attemptId="attempt-1" store={store} onFinished={vi.fn()} />);
    await screen.findByRole('heading', { level: 2, name: 'Question 1 of 5' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('CPC drill');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check answer' })).toBeDisabled();
    await user.keyboard('a');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Incorrect\. The answer is B\. 10061\./,
    );
    expect(screen.getByRole('heading', { name: 'Rationale' })).toBeInTheDocument();
    const choices = screen.getByRole('radiogroup', { name: 'Answer choices' });
    expect(within(choices).getByRole('radio', { name: /^B\./ })).toBeDisabled();

    await user.keyboard('n');
    await screen.findByRole('heading', { level: 2, name: 'Question 2 of 5' });
    await user.keyboard('b');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Correct/);

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('heading', { name: 'Paused' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Question 2 of 5' }),
    ).toBeInTheDocument();
  });
});
