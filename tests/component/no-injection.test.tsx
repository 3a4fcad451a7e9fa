// A bank's text is shown as text: a script or HTML payload in any field creates no element
// and runs nothing. (Import refuses such banks; this holds even for one that got in another way.)
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { finishAttempt } from '../../src/domain/attempt';
import type { InstalledBankSummary } from '../../src/domain/bank-summary';
import type { Question } from '../../src/domain/question';
import { createBankRepository } from '../../src/db/bank-repository';
import { BanksPage } from '../../src/features/banks/BanksPage';
import { QuestionView } from '../../src/features/exam-room/QuestionView';
import { TutorFeedback } from '../../src/features/exam-room/TutorFeedback';
import { ResultsPage } from '../../src/features/results/ResultsPage';
import { withTestDatabase } from '../support/database';
import { fixedClock, makeAttempt, makeQuestion, makeResponse, T0 } from '../support/factories';

declare global {
  interface Window {
    injected?: string;
  }
}

/** A different payload per field, so each can be found on its own. */
const payload = (field: string) =>
  `${field}: <script>window.injected = '${field}'</script><img src=x onerror="window.injected = '${field}'"><a href="javascript:window.injected='${field}'">link</a>`;

const single: Question = makeQuestion({
  id: 'evil-1',
  domain: 'evil',
  stem: payload('stem'),
  scenario: payload('scenario'),
  rationale: payload('rationale'),
  choices: ['A', 'B', 'C', 'D'].map((id) => ({ id, text: payload(`choice ${id}`) })),
  answer: 'B',
});
const multiple: Question = {
  ...makeQuestion({ id: 'evil-2', domain: 'evil', stem: payload('multiple stem') }),
  type: 'multiple',
  choices: ['A', 'B', 'C'].map((id) => ({ id, text: payload(`multiple choice ${id}`) })),
  answer: ['A', 'C'],
};
const codeEntry: Question = {
  id: 'evil-3',
  domain: 'evil',
  type: 'code-entry',
  stem: payload('code stem'),
  rationale: payload('code rationale'),
  answer: ['E11.9'],
  sequencingMatters: false,
  difficulty: 1,
  codeSetYear: 2026,
};

function expectInert(container: HTMLElement) {
  expect(container.querySelectorAll('script, img, iframe, a[href^="javascript"]')).toHaveLength(0);
  expect(window.injected).toBeUndefined();
}

afterEach(() => {
  delete window.injected;
});

describe('no injection through bank text', () => {
  const database = withTestDatabase();

  it('the exam room shows stem, scenario and choices as literal text', () => {
    for (const question of [single, multiple, codeEntry]) {
      const { container, unmount } = render(
        <QuestionView
          question={question}
          number={1}
          total={3}
          seriesPosition={null}
          response={undefined}
          onAnswer={() => {}}
          onToggleChoice={() => {}}
          onToggleStrike={() => {}}
        />,
      );
      const texts = [
        question.stem,
        ...(question.scenario ? [question.scenario] : []),
        ...(question.type === 'code-entry' ? [] : question.choices.map((c) => c.text)),
      ];
      for (const text of texts) expect(screen.getByText(text)).toBeInTheDocument();
      expectInert(container);
      unmount();
    }
  });

  it('tutor feedback shows the rationale as literal text', () => {
    const { container } = render(
      <TutorFeedback question={single} answer="A" checked onCheck={() => {}} />,
    );
    expect(screen.getByText(single.rationale)).toBeInTheDocument();
    expectInert(container);
  });

  it('the results review shows every field, domain names included, as literal text', async () => {
    const attempt = makeAttempt({
      questions: [single, multiple, codeEntry],
      domains: [{ id: 'evil', name: payload('domain name') }],
    });
    await database.attempts.create(attempt);
    const responses = [makeResponse({ questionId: 'evil-1', answer: 'A' })];
    await database.attempts.saveResponse(responses[0]!);
    await database.attempts.finish(finishAttempt(attempt, responses, 'submitted', T0 + 1000));
    const user = userEvent.setup();
    const { container } = render(
      <ResultsPage
        attemptId={attempt.id}
        attempts={database.attempts}
        openExam={() => {}}
        retakeMissed={() => Promise.resolve()}
      />,
    );
    const byDomain = await screen.findByRole('table', { name: 'Score by domain' });
    expect(within(byDomain).getByText(payload('domain name'))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    for (const text of [
      single.stem,
      single.scenario!,
      single.rationale,
      multiple.stem,
      codeEntry.stem,
      codeEntry.rationale,
    ]) {
      expect(screen.getAllByText(text).length).toBeGreaterThan(0);
    }
    expect(screen.getAllByText(/^Your answer:/)[0]?.parentElement).toHaveTextContent(
      `Your answer: A. ${payload('choice A')}`,
    );
    const choices = within(screen.getByRole('list', { name: 'Choices' })).getAllByRole('listitem');
    expect(choices[0]).toHaveTextContent(`Missed A. ${payload('multiple choice A')}`);
    expectInert(container);
  });

  it('the bank list shows a title as literal text', async () => {
    const title = payload('bank title');
    const summary: InstalledBankSummary = {
      origin: 'installed',
      id: 'evil',
      certification: 'CCS',
      title,
      version: '1.0.0',
      questionCount: 1,
      domainCounts: {},
      installedAt: T0,
    };
    await database.db.banks.put(summary);
    const banks = createBankRepository(database.db, fixedClock(), new Set());
    const { container } = render(<BanksPage banks={banks} builtIn={[]} />);
    expect(await screen.findByRole('cell', { name: title })).toBeInTheDocument();
    expectInert(container);
  });
});
