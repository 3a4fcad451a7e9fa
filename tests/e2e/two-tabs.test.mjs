// The same CPC mock open in two tabs of one browser: the second offers to take over, the
// first then says so and cannot write; the answers given in the tab that took over persist.
// Then the same without the Web Locks API, where the holder id in the database decides.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  expectNoAxeViolations,
  launchBrowser,
  readStoredAttempt,
  screenshot,
  withPreview,
} from './harness.mjs';

const app = withPreview({ browser: false });

const heading = (page, n) => page.getByRole('heading', { level: 2, name: `Question ${n} of 100` });
const radio = (page, letter, checked) =>
  page.getByRole('radiogroup', { name: 'Answer choices' }).getByRole('radio', {
    name: new RegExp(`^${letter}\\. `),
    ...(checked === undefined ? {} : { checked }),
  });

async function beginCpcMock(page) {
  await page.goto(`${app.server.url}/`);
  await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
  await page.getByRole('button', { name: 'Begin exam' }).click();
  await heading(page, 1).waitFor();
}

async function answerShown(page, letter) {
  await radio(page, letter).click();
  await radio(page, letter, true).waitFor();
}

/** The stored answers by question number (`C flagged`), and the question the attempt is on. */
async function readStored(page, attemptId) {
  const { currentNumber, byNumber } = await readStoredAttempt(page, attemptId);
  const answers = Object.fromEntries(
    Object.entries(byNumber).map(([n, r]) => [n, `${r.answer}${r.flagged ? ' flagged' : ''}`]),
  );
  return { currentNumber, answers };
}

/** Tries to answer from a tab that may not write, going around its switched-off controls. */
async function forceAnswer(page, letter) {
  await page.evaluate(() =>
    document.querySelector('fieldset.exam-controls')?.removeAttribute('disabled'),
  );
  await radio(page, letter).click();
  await page.keyboard.press('n');
  await new Promise((r) => setTimeout(r, 300));
}

test('two tabs with Web Locks: the second takes over, the first says so and cannot write', async () => {
  const browser = await launchBrowser();
  try {
    const first = browser.context.pages()[0] ?? (await browser.context.newPage());
    await beginCpcMock(first);
    const examUrl = first.url();
    const attemptId = new URL(examUrl).pathname.split('/').pop();
    await answerShown(first, 'A');

    const second = await browser.context.newPage();
    await second.goto(examUrl);
    const elsewhere = second.getByRole('alert').filter({ hasText: 'open in another tab' });
    await elsewhere.waitFor();
    assert.match(await elsewhere.textContent(), /This exam is open in another tab or window\./);
    assert.equal(await second.getByRole('radiogroup').count(), 0, 'no controls while elsewhere');
    await expectNoAxeViolations(second, 'exam open in another tab');
    await screenshot(second, 'exam-open-in-another-tab');

    await elsewhere.getByRole('button', { name: 'Take over here' }).click();
    await heading(second, 1).waitFor();
    await radio(second, 'A', true).waitFor(); // what the first tab stored

    const takenOver = first.getByRole('alert').filter({ hasText: 'taken over' });
    await takenOver.waitFor();
    assert.match(
      await takenOver.textContent(),
      /This exam was taken over by another tab or window\..*no longer saves anything/,
    );
    for (const name of ['Next', 'Flag for review', 'Submit exam'])
      assert.ok(await first.getByRole('button', { name }).isDisabled(), `${name} is off`);
    assert.ok(await radio(first, 'B').isDisabled());
    await expectNoAxeViolations(first, 'exam taken over by another tab');
    await screenshot(first, 'exam-taken-over');

    await answerShown(second, 'C');
    await second.getByRole('button', { name: 'Flag for review' }).click();
    await second.getByRole('button', { name: 'Flag for review', pressed: true }).waitFor();
    await second.getByRole('button', { name: 'Next' }).click();
    await heading(second, 2).waitFor();
    await answerShown(second, 'D');

    await forceAnswer(first, 'B');
    await heading(first, 1).waitFor(); // it did not move either

    const stored = await readStored(second, attemptId);
    assert.deepEqual(stored, { currentNumber: 2, answers: { 1: 'C flagged', 2: 'D' } });
    await second.reload();
    await heading(second, 2).waitFor();
    await radio(second, 'D', true).waitFor();
    console.log('two tabs (Web Locks): 2 tabs, 3 answers given, 0 lost, 1 forced write refused');
  } finally {
    await browser.close();
  }
});

test('two tabs without Web Locks: the tab opened last wins, the other stops at its next write', async () => {
  const browser = await launchBrowser();
  try {
    await browser.context.addInitScript(() => {
      delete Navigator.prototype.locks;
    });
    const first = browser.context.pages()[0] ?? (await browser.context.newPage());
    await beginCpcMock(first);
    assert.equal(await first.evaluate(() => 'locks' in navigator), false);
    const examUrl = first.url();
    const attemptId = new URL(examUrl).pathname.split('/').pop();
    await answerShown(first, 'A');

    const second = await browser.context.newPage();
    await second.goto(examUrl);
    await radio(second, 'A', true).waitFor();
    await answerShown(second, 'C');

    await radio(first, 'B').click();
    await first.getByRole('alert').filter({ hasText: 'taken over' }).waitFor();
    assert.equal(await radio(first, 'B').isChecked(), false, 'the refused answer is not shown');
    assert.deepEqual(await readStored(second, attemptId), {
      currentNumber: 1,
      answers: { 1: 'C' },
    });
  } finally {
    await browser.close();
  }
});
