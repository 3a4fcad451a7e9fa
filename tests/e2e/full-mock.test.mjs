// Sits a full 100-question CPC mock in Chromium: answers, flags, strike-outs, the navigator
// and the review screen, a reload mid-exam, then checks the score domain by domain.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations, loadCpcBank, screenshot, withPreview } from './harness.mjs';

const app = withPreview();

const bank = loadCpcBank();
const byStem = new Map(bank.questions.map((q) => [q.stem, q]));
const LETTERS = ['A', 'B', 'C', 'D'];

/** What the test does at question n (1-based): a fixed plan, so the score is known. */
function planFor(n) {
  return {
    skip: n % 10 === 7,
    wrong: n % 4 === 0,
    flag: n % 9 === 0,
    strike: n % 11 === 0,
    byKeyboard: n % 2 === 0,
  };
}

const seconds = (clock) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);

test('a full CPC mock: answer, flag, strike out, navigate, review, reload, submit, score by domain', async () => {
  const page = app.browser.context.pages()[0] ?? (await app.browser.context.newPage());
  const given = new Map(); // question id -> { answer, flagged, struck }
  const order = [];

  await page.goto(`${app.server.url}/`);
  await page.getByRole('heading', { level: 1, name: /Coding Exam Simulator/ }).waitFor();
  await expectNoAxeViolations(page, 'Home');
  await screenshot(page, 'home');
  await page.getByRole('button', { name: 'Start CPC mock exam' }).click();

  await page.getByRole('button', { name: 'Begin exam' }).waitFor();
  await expectNoAxeViolations(page, 'exam rules');
  await screenshot(page, 'rules');
  await page.getByRole('button', { name: 'Begin exam' }).click();

  const heading = page.getByRole('heading', { level: 2, name: /^Question \d+ of 100$/ });
  const choices = page.getByRole('radiogroup', { name: 'Answer choices' });
  const navigator = page.getByRole('navigation', { name: 'Question navigator' });
  const timer = page.getByRole('timer', { name: 'Time remaining' });

  async function answerQuestion(n) {
    await page.getByRole('heading', { level: 2, name: `Question ${n} of 100` }).waitFor();
    const stem = await page.locator('.stem').textContent();
    const question = byStem.get(stem);
    assert.ok(question, `question ${n} is not in the shipped bank: ${stem}`);
    order[n - 1] = question;
    const plan = planFor(n);
    const record = { answer: null, flagged: false, struck: [] };
    if (plan.strike) {
      const wrongLetter = LETTERS.find((l) => l !== question.answer);
      await page.getByRole('button', { name: `Strike out choice ${wrongLetter}` }).click();
      record.struck.push(wrongLetter);
    }
    if (!plan.skip) {
      const letter = plan.wrong
        ? LETTERS[(LETTERS.indexOf(question.answer) + 1) % 4]
        : question.answer;
      if (plan.byKeyboard) await page.keyboard.press(letter.toLowerCase());
      else await choices.getByRole('radio', { name: new RegExp(`^${letter}\\. `) }).click();
      record.answer = letter;
      // Shown as chosen once it is stored.
      await choices
        .getByRole('radio', { name: new RegExp(`^${letter}\\. `), checked: true })
        .waitFor();
    }
    if (plan.flag) {
      if (plan.byKeyboard) await page.keyboard.press('f');
      else await page.getByRole('button', { name: 'Flag for review' }).click();
      record.flagged = true;
    }
    given.set(question.id, record);
    if (n === 1) {
      await expectNoAxeViolations(page, 'exam room');
      await screenshot(page, 'exam-room');
    }
    if (n < 100) {
      if (plan.byKeyboard) await page.keyboard.press('n');
      else await page.getByRole('button', { name: 'Next' }).click();
    }
  }

  for (let n = 1; n <= 50; n++) await answerQuestion(n);
  await heading.filter({ hasText: 'Question 51 of 100' }).waitFor();

  // Go back with the navigator, then reload in the middle of the exam.
  await navigator.getByRole('button', { name: /^Question 44,/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Question 44 of 100' }).waitFor();
  const clockBefore = seconds(await timer.textContent());
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Question 44 of 100' }).waitFor();
  const clockAfter = seconds(await timer.textContent());
  assert.ok(
    clockAfter <= clockBefore && clockBefore - clockAfter < 60,
    `clock ${clockBefore}s -> ${clockAfter}s`,
  );
  assert.ok(clockAfter > 4 * 3600 - 600, 'the clock still counts from the stored deadline');
  assert.equal(
    await page
      .getByRole('button', { name: 'Strike out choice ' + given.get(order[43].id).struck[0] })
      .getAttribute('aria-pressed'),
    'true',
  );
  for (let n = 1; n <= 50; n++) {
    const record = given.get(order[n - 1].id);
    const name = `Question ${n}, ${record.answer ? 'answered' : 'unanswered'}${record.flagged ? ', flagged' : ''}`;
    assert.equal(
      await navigator.getByRole('button', { name, exact: true }).count(),
      1,
      `after reload: ${name}`,
    );
  }
  await navigator.getByRole('button', { name: /^Question 33,/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Question 33 of 100' }).waitFor();
  const q33 = given.get(order[32].id);
  assert.ok(
    await choices.getByRole('radio', { name: new RegExp(`^${q33.answer}\\. `) }).isChecked(),
    'answer kept',
  );

  await navigator.getByRole('button', { name: /^Question 51,/ }).click();
  for (let n = 51; n <= 100; n++) await answerQuestion(n);

  // The review screen, with its filters.
  const answered = [...given.values()].filter((r) => r.answer).length;
  const flagged = [...given.values()].filter((r) => r.flagged).length;
  await page.getByRole('button', { name: 'Review answers' }).click();
  const review = page.getByRole('region', { name: 'Review answers' });
  await review.waitFor();
  await expectNoAxeViolations(page, 'review screen');
  await screenshot(page, 'review-screen');
  await review.getByRole('button', { name: 'Unanswered' }).click();
  assert.equal(
    await review.getByRole('link', { name: /^Question \d+, unanswered/ }).count(),
    100 - answered,
  );
  await review.getByRole('button', { name: 'Flagged' }).click();
  assert.equal(await review.getByRole('link', { name: /^Question \d+, / }).count(), flagged);
  await review.getByRole('link', { name: /^Question 9,/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Question 9 of 100' }).waitFor();

  // Submit.
  await page.getByRole('button', { name: 'Submit exam' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit exam?' });
  await dialog.waitFor();
  const dialogText = await dialog.textContent();
  assert.match(
    dialogText,
    new RegExp(`${100 - answered} unanswered questions and ${flagged} flagged questions`),
  );
  await expectNoAxeViolations(page, 'submit dialog');
  await screenshot(page, 'submit-dialog');
  await dialog.getByRole('button', { name: 'Submit now' }).click();

  // Results: overall and domain by domain, from the answers given.
  await page.getByRole('heading', { level: 1, name: 'CPC mock exam results' }).waitFor();
  assert.match(page.url(), /\/attempts\/[\w-]+$/);
  const expected = new Map();
  for (const question of order) {
    const row = expected.get(question.domain) ?? { correct: 0, total: 0 };
    row.total += 1;
    if (given.get(question.id).answer === question.answer) row.correct += 1;
    expected.set(question.domain, row);
  }
  const correct = [...expected.values()].reduce((s, r) => s + r.correct, 0);
  await page.getByText(`Score ${correct}%`).waitFor();
  await page.getByText(`(${correct} of 100 correct)`).waitFor();
  await page.getByText(correct >= 70 ? 'Passed' : 'Not passed', { exact: true }).waitFor();
  const table = page.getByRole('table', { name: 'Score by domain' });
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim())));
  const domainName = new Map(bank.domains.map((d) => [d.id, d.name]));
  assert.deepEqual(
    rows,
    [...expected].map(([id, r]) => [
      domainName.get(id),
      String(r.correct),
      String(r.total),
      `${Math.floor((r.correct * 100) / r.total)}%`,
    ]),
  );
  await expectNoAxeViolations(page, 'results');
  await screenshot(page, 'results');

  await page.getByRole('button', { name: 'Review answers' }).click();
  await page.getByRole('button', { name: 'Incorrect' }).click();
  const wrongOrBlank = [...given.entries()].filter(
    ([id, r]) => r.answer !== order.find((q) => q.id === id).answer,
  );
  await page.getByText(`Showing ${wrongOrBlank.length} of 100 questions.`).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Rationale' }).count(), wrongOrBlank.length);
  await expectNoAxeViolations(page, 'answer review');
  await page.getByRole('heading', { name: 'Your answers' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'results-review', { fullPage: false });

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'History' })
    .click();
  const history = page.getByRole('table', { name: 'Past attempts' });
  await history.waitFor();
  assert.match(await history.textContent(), new RegExp(`${correct}%`));
  await expectNoAxeViolations(page, 'history');
  await screenshot(page, 'history');
});
