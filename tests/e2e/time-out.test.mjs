// Lets the 4 hours of a CPC mock run out with Playwright's clock: once with the page open
// (warnings, then auto-submit) and once with it closed (submitted as timed out on return).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  expectNoAxeViolations,
  launchBrowser,
  loadCpcBank,
  screenshot,
  withPreview,
} from './harness.mjs';

const app = withPreview({ browser: false });

const byStem = new Map(loadCpcBank().questions.map((q) => [q.stem, q]));

async function beginCpcMock(page) {
  await page.goto(`${app.server.url}/`);
  await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
  await page.getByRole('button', { name: 'Begin exam' }).click();
  await page.getByRole('heading', { level: 2, name: 'Question 1 of 100' }).waitFor();
}

/** Answers the first `count` questions correctly. */
async function answerCorrectly(page, count) {
  for (let n = 1; n <= count; n++) {
    await page.getByRole('heading', { level: 2, name: `Question ${n} of 100` }).waitFor();
    const question = byStem.get(await page.locator('.stem').textContent());
    assert.ok(question);
    await page
      .getByRole('radiogroup', { name: 'Answer choices' })
      .getByRole('radio', { name: new RegExp(`^${question.answer}\\. `) })
      .click();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByRole('heading', { level: 2, name: `Question ${count + 1} of 100` }).waitFor();
}

test('with the page open: warnings at 30 and 5 minutes, then submitted as timed out at zero', async () => {
  const browser = await launchBrowser();
  try {
    await browser.context.clock.install();
    const page = await browser.context.newPage();
    await beginCpcMock(page);
    await answerCorrectly(page, 3);
    const warning = page.getByRole('status').filter({ hasText: 'minutes remaining' });

    await page.clock.fastForward('03:30:00');
    await warning.filter({ hasText: '30 minutes remaining' }).waitFor();
    await screenshot(page, 'exam-room-30-minute-warning');
    await expectNoAxeViolations(page, 'exam room with a time warning');
    await page.clock.fastForward('00:25:00');
    await warning.filter({ hasText: '5 minutes remaining' }).waitFor();
    const clock = await page.getByRole('timer', { name: 'Time remaining' }).textContent();
    assert.match(clock, /^0:0[45]:\d\d$/);

    await page.clock.fastForward('00:05:30');
    await page.getByRole('heading', { level: 1, name: 'CPC mock exam results' }).waitFor();
    await page.getByText('(3 of 100 correct)').waitFor();
    await page.getByText(/Time ran out; the exam was submitted automatically/).waitFor();
    await page.getByText('Not passed', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'timed-out results');
  } finally {
    await browser.close();
  }
});

test('with the app closed: the attempt is submitted as timed out on the next start, answers kept', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await beginCpcMock(page);
    await answerCorrectly(page, 2);
    await page.close();

    // Come back four hours and a minute later.
    await browser.context.clock.install({ time: Date.now() + 4 * 3_600_000 + 60_000 });
    const later = await browser.context.newPage();
    await later.goto(`${app.server.url}/`);
    await later.getByRole('button', { name: 'Start CPC mock exam' }).waitFor();
    assert.equal(await later.getByRole('button', { name: 'Resume CPC exam' }).count(), 0);

    await later
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'History' })
      .click();
    const row = later.getByRole('table', { name: 'Past attempts' }).getByRole('row').nth(1);
    assert.match(await row.textContent(), /Not passed \(time ran out\)/);
    await row.getByRole('link', { name: /^Open/ }).click();
    await later.getByRole('heading', { level: 1, name: 'CPC mock exam results' }).waitFor();
    await later.getByText('(2 of 100 correct)').waitFor();
    await later.getByText(/98 unanswered/).waitFor();
    await later.getByRole('button', { name: 'Review answers' }).click();
    await later.getByRole('button', { name: 'Unanswered' }).click();
    await later.getByText('Showing 98 of 100 questions.').waitFor();
  } finally {
    await browser.close();
  }
});
