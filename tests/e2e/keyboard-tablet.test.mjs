// A candidate on a 768-px tablet who uses only the keyboard: start, answer, flag, review,
// submit, and read the results, without a mouse.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations, screenshot, withPreview } from './harness.mjs';

const app = withPreview();

/** Presses Tab until the focused element has the given role and name. */
async function tabTo(page, role, name, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
        tag: el?.tagName,
      };
    });
    if (focused.text === name && (role !== 'button' || focused.tag === 'BUTTON')) return;
  }
  throw new Error(`could not reach ${role} "${name}" with Tab`);
}

test('keyboard only, at tablet width', async () => {
  const page = app.browser.context.pages()[0] ?? (await app.browser.context.newPage());
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`${app.server.url}/`);
  await page.getByRole('heading', { level: 1, name: /Coding Exam Simulator/ }).waitFor();
  await screenshot(page, 'tablet-home');
  await tabTo(page, 'button', 'Start CPC mock exam');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Begin exam' }).waitFor();
  await tabTo(page, 'button', 'Begin exam');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Question 1 of 100' }).waitFor();

  await page.keyboard.press('c');
  await page.keyboard.press('f');
  await page.keyboard.press('n');
  await page.getByRole('heading', { level: 2, name: 'Question 2 of 100' }).waitFor();
  await page.keyboard.press('2');
  await screenshot(page, 'tablet-exam-room');
  await expectNoAxeViolations(page, 'exam room at tablet width');

  // Strike out choice A with Tab and Space, then pick D with the arrow keys in the radio group.
  await tabTo(page, 'button', 'Strike out choice A');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Strike out choice A', pressed: true }).waitFor();

  await tabTo(page, 'button', 'Review answers');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: 'Review answers' }).waitFor();
  await tabTo(page, 'button', 'Flagged');
  await page.keyboard.press('Enter');
  await tabTo(page, 'link', 'Question 1, answered, flagged');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Question 1 of 100' }).waitFor();

  await tabTo(page, 'button', 'Submit exam');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Submit exam?' });
  await dialog.waitFor();
  // Focus starts on the safe choice and stays inside the dialog.
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Keep working');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Keep working');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await tabTo(page, 'button', 'Submit exam');
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { level: 1, name: 'CPC mock exam results' }).waitFor();
  await page.getByText('of 100 correct)', { exact: false }).waitFor();
  await tabTo(page, 'button', 'Review answers');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Rationale' }).first().waitFor();
  await screenshot(page, 'tablet-results');
  await expectNoAxeViolations(page, 'results at tablet width');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 768, `page is ${width}px wide at a 768px viewport`);
});
