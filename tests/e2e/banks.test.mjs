// Question banks in Chromium: bad files are refused with an alert that says where, and the
// table stays as it was; a valid bank imports (from the keyboard), is refused a second time,
// and is replaced by a newer version after confirmation; an imported full CPC bank fills a mock.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { expectNoAxeViolations, loadCpcBank, screenshot, withPreview } from './harness.mjs';

const app = withPreview();
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const badBank = (name) => path.join(fixtures, 'bad-banks', name);
const sample = JSON.parse(readFileSync(path.join(fixtures, 'sample-bank.json'), 'utf8'));

/** [fixture, what the alert must say] for a sample of the bad banks. */
const BAD = [
  [
    'script-in-stem.json',
    'at $.questions[0].stem (question ccs-sample-001): contains HTML markup ("<script>")',
  ],
  [
    'img-onerror-in-choice.json',
    'at $.questions[0].choices[1].text (question ccs-sample-001): contains HTML markup',
  ],
  ['truncated.json', 'at $: is not valid JSON at line 64, column 7'],
  ['utf16le-bom.json', 'save it as UTF-8'],
  ['invalid-utf8.json', 'byte 85 (0xff) is not valid UTF-8'],
  ['deeply-nested.json', 'nested more than 32 levels deep'],
  [
    'answer-not-among-choices.json',
    'at $.questions[4].answer (question ccs-sample-005): answer "E" names no choice',
  ],
  ['missing-blueprint-domain.json', 'lacks the CCS blueprint domain "provider-queries"'],
  ['empty.json', 'the file is empty'],
];

async function tableRows(page) {
  return page
    .getByRole('table', { name: 'Installed banks' })
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.cells]
          .slice(0, 4)
          .map((td) => td.textContent)
          .join(' | '),
      ),
    );
}

test('import bad files, a valid bank, the same again, and a newer version', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ces-banks-'));
  const page = app.browser.context.pages()[0] ?? (await app.browser.context.newPage());
  await page.goto(`${app.server.url}/`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Question banks' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Question banks' }).waitFor();
  await page.getByRole('table', { name: 'Installed banks' }).waitFor();
  const builtIn = await tableRows(page);
  assert.equal(builtIn.length, 4);
  await expectNoAxeViolations(page, 'Question banks');

  const input = page.getByLabel('Import question bank');
  const alert = page.getByRole('alert');
  for (const [name, says] of BAD) {
    await input.setInputFiles(badBank(name));
    await alert.filter({ hasText: `${name} could not be imported; nothing was stored.` }).waitFor();
    assert.ok((await alert.textContent()).includes(says), `${name}: ${await alert.textContent()}`);
    assert.deepEqual(await tableRows(page), builtIn, `${name} changed the table`);
  }
  assert.equal(await page.locator('main script, main img').count(), 0);
  await expectNoAxeViolations(page, 'Question banks with an error');
  await screenshot(page, 'banks-refused');

  // The valid sample, chosen from the keyboard: Tab to the file input and press Space.
  const samplePath = path.join(dir, 'ccs-sample.json');
  writeFileSync(samplePath, JSON.stringify(sample));
  await input.focus();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.keyboard.press('Space'),
  ]);
  await chooser.setFiles(samplePath);
  await page
    .getByRole('status')
    .filter({
      hasText: 'Installed "CCS sample bank" version 1.0.0 (CCS, 6 questions) from ccs-sample.json.',
    })
    .waitFor();
  await page.getByRole('cell', { name: 'CCS sample bank' }).waitFor();
  assert.deepEqual(await tableRows(page), [...builtIn, 'CCS | CCS sample bank | 1.0.0 | 6']);

  await input.setInputFiles(samplePath);
  await alert.filter({ hasText: 'version 1.0.0 (id "ccs-sample") is already installed' }).waitFor();

  const newerPath = path.join(dir, 'ccs-sample-1.1.json');
  writeFileSync(newerPath, JSON.stringify({ ...sample, version: '1.1.0' }));
  await input.setInputFiles(newerPath);
  const dialog = page.getByRole('dialog', { name: 'Replace question bank?' });
  await dialog.waitFor();
  await expectNoAxeViolations(page, 'Replace question bank dialog');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent),
    'Replace bank',
    'focus moves into the dialog',
  );
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: 'version 1.1.0' }).waitFor();
  assert.deepEqual(await tableRows(page), [...builtIn, 'CCS | CCS sample bank | 1.1.0 | 6']);

  await page.reload();
  await page.getByRole('cell', { name: 'CCS sample bank' }).waitFor();
  assert.deepEqual(await tableRows(page), [...builtIn, 'CCS | CCS sample bank | 1.1.0 | 6']);
  await screenshot(page, 'banks-installed');
});

test('an imported full CPC bank can be chosen for a mock exam', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ces-banks-'));
  const page = app.browser.context.pages()[0] ?? (await app.browser.context.newPage());
  const mine = { ...loadCpcBank(), id: 'my-cpc', title: 'My CPC bank', version: '2.0.0' };
  const file = path.join(dir, 'my-cpc.json');
  writeFileSync(file, JSON.stringify(mine));
  await page.goto(`${app.server.url}/banks`);
  await page.getByLabel('Import question bank').setInputFiles(file);
  await page.getByRole('status').filter({ hasText: 'Installed "My CPC bank"' }).waitFor();

  await page.goto(`${app.server.url}/mock/CPC`);
  await page
    .getByRole('radio', { name: 'My CPC bank (version 2.0.0, imported) — 417 questions' })
    .check();
  await expectNoAxeViolations(page, 'exam rules with a choice of bank');
  await page.getByRole('button', { name: 'Begin exam' }).click();
  await page.getByRole('heading', { level: 2, name: 'Question 1 of 100' }).waitFor();
  const attempt = await page.evaluate(async () => {
    const id = location.pathname.split('/').pop();
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open('coding-exam-simulator');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    return new Promise((resolve) => {
      const get = db.transaction('attempts').objectStore('attempts').get(id);
      get.onsuccess = () =>
        resolve({ bankId: get.result.bankId, count: get.result.questions.length });
    });
  });
  assert.deepEqual(attempt, { bankId: 'my-cpc', count: 100 });
});
