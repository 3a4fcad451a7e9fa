// Backup in Chromium: export, clear the site's data, import, and find every
// attempt identical; a second import changes nothing; a bad file stores nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  expectNoAxeViolations,
  launchBrowser,
  screenshot,
  submitAndOpenResults,
  withPreview,
} from './harness.mjs';

const app = withPreview({ browser: false });

async function historyRows(page) {
  const table = page.getByRole('table', { name: 'Past attempts' });
  await table.getByRole('row').nth(2).waitFor();
  return table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
}

test('export, clear the site data, import: every attempt comes back identical, once', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ces-backup-'));
  const first = await launchBrowser();
  let file;
  let before;
  try {
    const page = await first.context.newPage();
    await page.goto(`${app.server.url}/`);
    await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
    await page.getByRole('button', { name: 'Begin exam' }).click();
    await page.getByRole('heading', { level: 2, name: 'Question 1 of 100' }).waitFor();
    await page.keyboard.press('a');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'Question 2 of 100' }).waitFor();
    await page.keyboard.press('b');
    await submitAndOpenResults(page, 'CPC mock exam results');
    await page.goto(`${app.server.url}/drill/CCA`);
    await page.getByRole('checkbox', { name: 'Confidentiality and privacy' }).check();
    await page.getByRole('spinbutton', { name: 'Number of questions' }).fill('2');
    await page.getByRole('button', { name: 'Start drill' }).click();
    await page.getByRole('heading', { level: 2, name: 'Question 1 of 2' }).waitFor();
    await submitAndOpenResults(page, 'CCA drill results');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'History' })
      .click();
    before = await historyRows(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export data' }).click(),
    ]);
    file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole('status').filter({ hasText: 'Exported 2 attempts' }).waitFor();

    // Clear the site's data (IndexedDB, caches, service worker), as the browser's settings do.
    await page.goto(`${app.server.url}/`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', {
      origin: app.server.url,
      storageTypes: 'all',
    });
    await page.goto(`${app.server.url}/history`);
    await page.getByText('No attempts yet.').waitFor();

    const bad = path.join(dir, 'not-a-backup.json');
    writeFileSync(bad, JSON.stringify({ format: 'something-else', attempts: 'none' }));
    await page.getByLabel('Import data file').setInputFiles(bad);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(
      await alert.textContent(),
      /not-a-backup\.json could not be imported; nothing was stored\.\n\$\.format/,
    );
    await page.getByText('No attempts yet.').waitFor();

    await page.getByLabel('Import data file').setInputFiles(file);
    await page
      .getByRole('status')
      .filter({ hasText: /Imported .*: 2 attempts/ })
      .waitFor();
    assert.deepEqual(await historyRows(page), before);
    // The progress views come back with the data.
    await page.getByRole('img', { name: /^Score trend, CPC mock exams: 1 exam, / }).waitFor();
    await page.getByRole('table', { name: 'Weakest domains' }).waitFor();
    await page
      .getByRole('heading', { name: /^Readiness: / })
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'history with data');
    await screenshot(page, 'history-backup');

    await page.getByLabel('Import data file').setInputFiles(file);
    await page
      .getByRole('status')
      .filter({ hasText: /0 attempts, 0 responses and 0 review cards added/ })
      .waitFor();
    assert.deepEqual(await historyRows(page), before);
  } finally {
    await first.close();
  }
});
