// A tutor drill of two CPC domains in Chromium: feedback and rationale after each question,
// results as a drill, then a retake of the missed questions.
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
const bank = loadCpcBank();
const byStem = new Map(bank.questions.map((q) => [q.stem, q]));
const wrongLetter = (q) => ['A', 'B', 'C', 'D'].find((l) => l !== q.answer);

/** Answers each question (wrong where `wrong(n)`), checks it, and verifies the feedback. */
async function sitTutorDrill(page, count, wrong) {
  const seen = [];
  for (let n = 1; n <= count; n++) {
    await page.getByRole('heading', { level: 2, name: `Question ${n} of ${count}` }).waitFor();
    const question = byStem.get(await page.locator('.stem').textContent());
    assert.ok(question);
    seen.push(question);
    const letter = wrong(n) ? wrongLetter(question) : question.answer;
    await page
      .getByRole('radiogroup', { name: 'Answer choices' })
      .getByRole('radio', { name: new RegExp(`^${letter}\\. `) })
      .click();
    await page.getByRole('button', { name: 'Check answer' }).click();
    const status = page.getByRole('status').filter({ hasText: /^(Correct|Incorrect)/ });
    await status.waitFor();
    assert.match(await status.textContent(), wrong(n) ? /^Incorrect\. The answer is / : /^Correct/);
    await page.getByRole('heading', { name: 'Rationale' }).waitFor();
    assert.equal(await page.locator('.tutor .rationale').textContent(), question.rationale);
    if (n === 1) {
      await expectNoAxeViolations(page, 'tutor feedback');
      await screenshot(page, 'drill-tutor-feedback', { fullPage: false });
    }
    if (n < count) await page.getByRole('button', { name: 'Next' }).click();
  }
  await submitAndOpenResults(page, 'CPC drill results');
  return seen;
}

test('a tutor drill of two domains, then a retake of the missed questions', async () => {
  const page = await app.browser.context.newPage();
  await page.goto(`${app.server.url}/`);
  await page.getByRole('link', { name: 'Drill CPC by topic' }).click();
  await page.getByRole('heading', { level: 1, name: 'Drill' }).waitFor();
  await page.getByRole('checkbox', { name: 'Anesthesia' }).check();
  await page.getByRole('checkbox', { name: 'Radiology' }).check();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('50');
  await page
    .getByRole('alert')
    .filter({ hasText: 'The chosen domains hold 42 questions; you asked for 50.' })
    .waitFor();
  await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('6');
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.getByRole('radio', { name: 'Show answer after each question' }).check();
  await expectNoAxeViolations(page, 'drill setup');
  await screenshot(page, 'drill-setup');
  await page.getByRole('button', { name: 'Start drill' }).click();

  assert.equal(await page.getByRole('timer').count(), 0, 'an untimed drill shows no clock');
  const drilled = await sitTutorDrill(page, 6, (n) => n % 2 === 0);
  assert.ok(drilled.every((q) => q.domain === 'anesthesia' || q.domain === 'radiology'));
  await page.getByText('(3 of 6 correct)').waitFor();
  assert.equal(await page.getByText('Passed', { exact: true }).count(), 0);
  assert.equal(await page.getByText('Not passed', { exact: true }).count(), 0);
  await expectNoAxeViolations(page, 'drill results');

  await page.getByRole('button', { name: 'Retake missed questions' }).click();
  const retaken = await sitTutorDrill(page, 3, () => false);
  assert.deepEqual(
    retaken.map((q) => q.id).sort(),
    drilled
      .filter((_, i) => (i + 1) % 2 === 0)
      .map((q) => q.id)
      .sort(),
  );
  await page.getByText('(3 of 3 correct)').waitFor();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'History' })
    .click();
  const drills = page
    .getByRole('table', { name: 'Past attempts' })
    .getByRole('row')
    .filter({ hasText: 'Drill' });
  await drills.nth(1).waitFor();
  assert.equal(await drills.count(), 2);
});
