// The spaced-review queue in Chromium: it grows after a mock with wrong answers and shrinks
// as the due cards are answered right, and it survives a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  expectNoAxeViolations,
  loadCpcBank,
  screenshot,
  submitAndOpenResults,
  withPreview,
} from './harness.mjs';

const app = withPreview();
const byStem = new Map(loadCpcBank().questions.map((q) => [q.stem, q]));
const other = (q) => ['A', 'B', 'C', 'D'].find((l) => l !== q.answer);

async function choose(page, letter) {
  await page
    .getByRole('radiogroup', { name: 'Answer choices' })
    .getByRole('radio', { name: new RegExp(`^${letter}\\. `) })
    .click();
}

test('the due queue grows after a mock with wrong answers and shrinks as cards are reviewed', async () => {
  // Midday, so a card due a minute after a miss is still due "today" (found at 23:59).
  await app.browser.context.clock.install({ time: new Date('2026-11-24T12:00:00') });
  const page = await app.browser.context.newPage();
  await page.goto(`${app.server.url}/`);
  await page.getByRole('region', { name: 'Review due' }).getByText('Nothing due today.').waitFor();

  await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
  await page.getByRole('button', { name: 'Begin exam' }).click();
  for (let n = 1; n <= 4; n++) {
    await page.getByRole('heading', { level: 2, name: `Question ${n} of 100` }).waitFor();
    const q = byStem.get(await page.locator('.stem').textContent());
    await choose(page, n <= 3 ? other(q) : q.answer);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await submitAndOpenResults(page, 'CPC mock exam results');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const start = page.getByRole('button', { name: 'Review due: CPC (3)' });
  await start.waitFor();
  await page.reload();
  await start.waitFor();
  await expectNoAxeViolations(page, 'Home with reviews due');
  await screenshot(page, 'home-review-due', { fullPage: false });
  await start.click();

  // Answer two of the three due cards right and one wrong.
  for (let n = 1; n <= 3; n++) {
    await page.getByRole('heading', { level: 2, name: `Question ${n} of 3` }).waitFor();
    const q = byStem.get(await page.locator('.stem').textContent());
    await choose(page, n === 2 ? other(q) : q.answer);
    await page.getByRole('button', { name: 'Check answer' }).click();
    await page.getByRole('heading', { name: 'Rationale' }).waitFor();
    if (n < 3) await page.getByRole('button', { name: 'Next' }).click();
  }
  await submitAndOpenResults(page, 'CPC drill results');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await page.getByRole('button', { name: 'Review due: CPC (1)' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Review due: CPC \(3\)/ }).count(), 0);

  // The one still answered wrongly is in the drill of every question missed and not right since.
  await page.getByRole('link', { name: 'Drill CPC by topic' }).click();
  await page.getByRole('button', { name: 'Drill every missed question (1)' }).click();
  await page.getByRole('heading', { level: 2, name: 'Question 1 of 1' }).waitFor();
});
