import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import { finishAttempt, type Attempt } from '../../src/domain/attempt';
import type { CodeEntryQuestion, MultipleResponseQuestion } from '../../src/domain/question';
import { ExamRoomPage } from '../../src/features/exam-room/ExamRoomPage';
import { createExamSessionStore } from '../../src/features/exam-room/exam-session-store';
import { ResultsPage } from '../../src/features/results/ResultsPage';
import { withTestDatabase } from '../support/database';
import { fixedClock, makeAttempt, makeQuestion, T0 } from '../support/factories';

const record =
  'History: 58-year-old man with right lower quadrant pain.\n\nOperative report: laparoscopic appendectomy.';
const multiple: MultipleResponseQuestion = {
  ...makeQuestion({ id: 'multi', domain: 'alpha', stem: 'Which two codes apply? (Select two.)' }),
  type: 'multiple',
  answer: ['A', 'C'],
};
const { choices: _unused, ...base } = makeQuestion({
  id: 'codes',
  domain: 'beta',
  stem: 'Code this admission.',
});
void _unused;
const codeEntry: CodeEntryQuestion = {
  ...base,
  type: 'code-entry',
  scenario: record,
  answer: ['K35.80', '0DTJ4ZZ'],
  sequencingMatters: true,
};
const pretest = makeQuestion({ id: 'pre', domain: 'beta' });

const database = withTestDatabase();
let repository: AttemptRepository;
let attempt: Attempt;

beforeEach(async () => {
  repository = database.attempts;
  attempt = makeAttempt({
    certification: 'CCS',
    questions: [multiple, codeEntry, pretest],
    pretestIds: ['pre'],
  });
  await repository.create(attempt);
});

async function renderExam() {
  const clock = fixedClock();
  const store = createExamSessionStore({ clock, repository });
  const user = userEvent.setup();
  render(<ExamRoomPage attemptId="attempt-1" store={store} onFinished={vi.fn()} />);
  await screen.findByRole('heading', { level: 2, name: 'Question 1 of 3' });
  return user;
}

describe('multiple response and code entry in the exam room', () => {
  it('multiple response: checkboxes in a group named Answer choices, toggled by click and key', async () => {
    const user = await renderExam();
    const group = screen.getByRole('group', { name: 'Answer choices' });
    expect(group).toHaveAccessibleDescription(/Choose 2/);
    await user.click(within(group).getByRole('checkbox', { name: /^A\. / }));
    await user.keyboard('c');
    await user.keyboard('d');
    await user.keyboard('d');
    expect(within(group).getByRole('checkbox', { name: /^A\. / })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: /^C\. / })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: /^D\. / })).not.toBeChecked();
    await waitFor(async () =>
      expect((await repository.responses('attempt-1'))[0]?.answer).toEqual(['A', 'C']),
    );
  });

  it('code entry: a textbox named Your codes beside a scrollable case record; typed letters are not shortcuts', async () => {
    const user = await renderExam();
    await user.keyboard('n');
    await screen.findByRole('heading', { level: 2, name: 'Question 2 of 3' });
    const recordRegion = screen.getByRole('region', { name: 'Case record' });
    expect(recordRegion).toHaveTextContent('Operative report: laparoscopic appendectomy.');
    expect(recordRegion).toHaveAttribute('tabindex', '0');
    const box = screen.getByRole('textbox', { name: 'Your codes' });
    expect(box).toHaveAccessibleDescription(/Order is scored/);
    await user.type(box, 'k35.80, 0dtj4zz');
    expect(screen.getByRole('heading', { level: 2, name: 'Question 2 of 3' })).toBeInTheDocument();
    await waitFor(async () =>
      expect(
        (await repository.responses('attempt-1')).find((r) => r.questionId === 'codes')?.answer,
      ).toBe('k35.80, 0dtj4zz'),
    );
  });
});

describe('results for every type, with the pretest item left out', () => {
  it('scores only scored items and shows per-choice and per-code detail', async () => {
    const responses = [
      { questionId: 'multi', answer: ['A', 'D'] },
      { questionId: 'codes', answer: 'K35.80 0DTJ4ZZ I10' },
      { questionId: 'pre', answer: 'B' },
    ].map((r) => ({
      attemptId: 'attempt-1',
      flagged: false,
      struck: [],
      timeSpentMs: 0,
      updatedAt: T0,
      ...r,
    }));
    for (const r of responses) await repository.saveResponse(r);
    await repository.finish(finishAttempt(attempt, responses, 'submitted', T0 + 60_000));
    const user = userEvent.setup();
    render(
      <ResultsPage
        attemptId="attempt-1"
        attempts={repository}
        openExam={() => {}}
        retakeMissed={vi.fn()}
      />,
    );
    await screen.findByRole('heading', { level: 1, name: 'CCS mock exam results' });
    expect(screen.getByText('(0 of 2 correct)')).toBeInTheDocument();
    expect(screen.getByText(/scaled score/)).toBeInTheDocument();
    expect(screen.getByText(/1 unscored pretest items/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    const choices = screen.getByRole('list', { name: 'Choices' });
    expect(
      within(choices)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Your pick, right A. 10060',
      ' B. 10061',
      'Missed C. 10080',
      'Your pick, wrong D. 10081',
    ]);
    const codes = screen.getByRole('list', { name: 'Codes' });
    expect(
      within(codes)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Right K35.80', 'Right 0DTJ4ZZ', 'Extra I10']);
    expect(screen.getByText('Unscored pretest item')).toBeInTheDocument();
  });
});
