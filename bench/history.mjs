// History with a long record: a generated backup of 1,000 attempts restored through
// `Import data file`, then History opened from Home several times, then the JS heap.
import { firstPage, heapUsedAfterGc, launchBrowser, settle } from './browser.mjs';
import { installProbes } from './in-page.mjs';

export async function measureHistory({ url, backupFile, opens }) {
  const browser = await launchBrowser();
  try {
    const page = await firstPage(browser);
    await page.goto(`${url}/history`);
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    const importStarted = Date.now();
    await page.getByLabel('Import data file').setInputFiles(backupFile);
    const imported = page.getByRole('status').filter({ hasText: /^Imported / });
    const refused = page.getByRole('alert');
    await imported.or(refused).first().waitFor({ timeout: 600_000 });
    if (await refused.isVisible())
      throw new Error(`The generated backup was refused:\n${await refused.textContent()}`);
    const importMs = Date.now() - importStarted;
    const table = page.getByRole('table', { name: 'Past attempts' });
    await table.getByRole('link', { name: /^Open/ }).first().waitFor();
    // History shows a page of rows; the figure is about every attempt stored.
    const report = (await imported.textContent()) ?? '';
    const rows = Number(/([\d,]+) attempts/.exec(report)?.[1]?.replace(/,/g, '') ?? NaN);
    if (!Number.isFinite(rows) || rows === 0)
      throw new Error(`Could not read how many attempts were imported from: ${report}`);

    const nav = page.getByRole('navigation', { name: 'Main' });
    const openMs = [];
    const openDomMs = [];
    for (let i = 0; i < opens; i++) {
      await nav.getByRole('link', { name: 'Home' }).click();
      await page.getByRole('heading', { level: 1, name: /Coding Exam Simulator/ }).waitFor();
      await settle(page);
      await page.evaluate(installProbes);
      await page.evaluate(() => window.__bench.armHistory());
      await nav.getByRole('link', { name: 'History' }).click();
      const { dom, frame } = await page.evaluate(() => window.__bench.result());
      openDomMs.push(dom);
      openMs.push(frame);
      await table.getByRole('link', { name: /^Open/ }).first().waitFor();
    }
    await settle(page);
    const heapBytes = await heapUsedAfterGc(browser, page);
    return { rows, importMs, openMs, openDomMs, heapBytes };
  } finally {
    await browser.close();
  }
}
