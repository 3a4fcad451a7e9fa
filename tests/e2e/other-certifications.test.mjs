// Sits a full CIC, CCS and CCA mock in Chromium, answering every question type through the
// UI (single, multiple response, code entry, series), reloading in the middle, and checks
// the score domain by domain, with the unscored pretest items left out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations, loadBank, screenshot, withPreview } from './harness.mjs';

const app = withPreview();

const FORMATS = { CIC: 47, CCS: 107, CCA: 105 };

/** Right for most questions, wrong for every fourth, blank for every eleventh. */
const planFor = (n) => (n % 11 === 5 ? 'blank' : n % 4 === 0 ? 'wrong' : 'right');

async function answer(page, question, plan) {
  if (plan === 'blank') return null;
  if (question.type === 'code-entry') {
    const codes = plan === 'right' ? question.answer : question.answer.slice(0, 1);
    // Typed the way candidates type: lower case, some without dots, spaces and commas.
    const typed = codes
      .map((c, i) => (i % 2 ? c.toLowerCase().replace('.', '') : c.toLowerCase()))
      .join(', ');
    await page.getByRole('textbox', { name: 'Your codes' }).fill(typed);
    return typed;
  }
  const group =
    question.type === 'single'
      ? page.getByRole('radiogroup', { name: 'Answer choices' })
      : page.getByRole('group', { name: 'Answer choices' });
  const keyed = question.type === 'single' ? [question.answer] : question.answer;
  const wrongLetter = question.choices.map((c) => c.id).find((id) => !keyed.includes(id));
  const picks =
    plan === 'right' ? keyed : question.type === 'single' ? [wrongLetter] : [keyed[0], wrongLetter];
  for (const letter of picks) {
    const role = question.type === 'single' ? 'radio' : 'checkbox';
    await group.getByRole(role, { name: new RegExp(`^${letter}\\. `) }).click();
  }
  return picks;
}

for (const [cert, count] of Object.entries(FORMATS)) {
  test(`a full ${cert} mock: every question type through the UI, a reload, and the score by domain`, async () => {
    const bank = loadBank(cert.toLowerCase());
    const byStem = new Map(bank.questions.map((q) => [q.stem, q]));
    const page = await app.browser.context.newPage();
    await page.goto(`${app.server.url}/`);
    await page.getByRole('button', { name: `Start ${cert} mock exam` }).click();
    await page.getByRole('button', { name: 'Begin exam' }).click();

    const order = [];
    const given = new Map();
    const seen = new Set();
    for (let n = 1; n <= count; n++) {
      await page.getByRole('heading', { level: 2, name: `Question ${n} of ${count}` }).waitFor();
      const question = byStem.get(await page.locator('.stem').textContent());
      assert.ok(question, `${cert} question ${n} is not in the shipped bank`);
      order.push(question);
      seen.add(question.type);
      given.set(question.id, { plan: planFor(n), value: await answer(page, question, planFor(n)) });
      if (question.type !== 'single' && !seen.has(`shot-${question.type}`)) {
        seen.add(`shot-${question.type}`);
        await screenshot(page, `${cert.toLowerCase()}-${question.type}`);
        await expectNoAxeViolations(page, `${cert} ${question.type} question`);
      }
      if (n === Math.floor(count / 2)) {
        // Reload as soon as the screen says the answer is stored.
        await page.getByText('All answers saved', { exact: true }).waitFor();
        await page.reload();
        await page.getByRole('heading', { level: 2, name: `Question ${n} of ${count}` }).waitFor();
        const kept = given.get(question.id);
        if (question.type === 'code-entry' && kept.value) {
          assert.equal(
            await page.getByRole('textbox', { name: 'Your codes' }).inputValue(),
            kept.value,
          );
        }
        const answered = await page
          .getByRole('navigation', { name: 'Question navigator' })
          .getByRole('button', { name: /, answered/ })
          .count();
        assert.equal(
          answered,
          [...given.values()].filter((g) => g.value).length,
          'answers kept across the reload',
        );
      }
      if (n < count) await page.getByRole('button', { name: 'Next' }).click();
    }
    for (const type of ['single', 'multiple', 'code-entry']) {
      if (cert === 'CCA' && type === 'code-entry') continue;
      if (cert === 'CIC' && type === 'multiple') continue;
      assert.ok(seen.has(type), `${cert} mock had no ${type} question`);
    }

    await page.getByRole('button', { name: 'Submit exam' }).click();
    await page
      .getByRole('dialog', { name: 'Submit exam?' })
      .getByRole('button', { name: 'Submit now' })
      .click();
    await page.getByRole('heading', { level: 1, name: `${cert} mock exam results` }).waitFor();

    // Pretest items are not identified during the exam, only in the review afterwards.
    await page.getByRole('button', { name: 'Review answers' }).click();
    const pretestNumbers = await page
      .getByRole('heading', { level: 3 })
      .filter({ hasText: 'Unscored pretest item' })
      .evaluateAll((hs) => hs.map((h) => Number(/Question (\d+)/.exec(h.textContent)[1])));
    const expectedPretest = { CIC: 0, CCS: 10, CCA: 15 }[cert];
    assert.equal(pretestNumbers.length, expectedPretest);

    const expected = new Map();
    order.forEach((question, i) => {
      if (pretestNumbers.includes(i + 1)) return;
      const row = expected.get(question.domain) ?? { correct: 0, total: 0 };
      row.total += 1;
      if (given.get(question.id).plan === 'right') row.correct += 1;
      expected.set(question.domain, row);
    });
    const correct = [...expected.values()].reduce((s, r) => s + r.correct, 0);
    const scored = count - expectedPretest;
    await page.getByText(`(${correct} of ${scored} correct)`).waitFor();
    const rows = await page
      .getByRole('table', { name: 'Score by domain' })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    const names = new Map(bank.domains.map((d) => [d.id, d.name]));
    assert.deepEqual(
      [...rows].sort(),
      [...expected]
        .map(([id, r]) => [
          names.get(id),
          String(r.correct),
          String(r.total),
          `${Math.floor((r.correct * 100) / r.total)}%`,
        ])
        .sort(),
    );
    if (cert !== 'CIC')
      await page
        .getByText(/scaled score/)
        .first()
        .waitFor();
    await expectNoAxeViolations(page, `${cert} results with review`);
    await screenshot(page, `${cert.toLowerCase()}-results`);
    await page.close();
  });
}
