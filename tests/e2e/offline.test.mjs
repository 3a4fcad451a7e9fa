// Offline: after one visit the service worker has the app and the banks; with the server
// stopped the app still opens, runs a full CPC mock to its results, and shows it in History.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  expectNoAxeViolations,
  launchBrowser,
  screenshot,
  startPreview,
  submitAndOpenResults,
} from './harness.mjs';

test('after one visit the app opens, runs a mock and shows history with the server stopped', async () => {
  const server = await startPreview();
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: /Coding Exam Simulator/ }).waitFor();

    // Installable: a manifest with a name, a start URL and 192 and 512 px icons that load.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel="manifest"]')?.getAttribute('href');
      return href ? (await fetch(href)).json() : null;
    });
    assert.equal(manifest?.name, 'Coding Exam Simulator');
    assert.equal(manifest.start_url, '/');
    assert.equal(manifest.display, 'standalone');
    const sizes = manifest.icons.map((icon) => icon.sizes);
    assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), sizes.join(', '));
    for (const icon of manifest.icons) {
      const response = await page.request.get(`${server.url}${icon.src}`);
      assert.equal(response.headers()['content-type'], 'image/png', icon.src);
    }

    // The service worker has installed (precache complete) and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await server.stop();
    const offline = await page.request.get(`${server.url}/`).catch((error) => error);
    assert.ok(offline instanceof Error, 'the server is really stopped');

    await page.reload();
    await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
    await page.getByRole('button', { name: 'Begin exam' }).click();
    await page.getByRole('heading', { level: 2, name: 'Question 1 of 100' }).waitFor();
    for (let n = 1; n <= 100; n += 1) {
      await page.getByRole('heading', { level: 2, name: `Question ${n} of 100` }).waitFor();
      await page.keyboard.press('a');
      if (n < 100) await page.keyboard.press('n');
    }
    await submitAndOpenResults(page, 'CPC mock exam results');
    assert.match(await page.locator('main').textContent(), /\(\d+ of 100 correct\)/);

    await page.reload(); // a reload offline lands on the results again
    await page.getByRole('heading', { level: 1, name: 'CPC mock exam results' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'History' })
      .click();
    const rows = page.getByRole('table', { name: 'Past attempts' }).locator('tbody tr');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1);
    assert.match(await rows.first().textContent(), /CPCMock exam\d+%(Not passed|Passed)/);
    await page.getByRole('img', { name: /^Score trend, CPC mock exams: 1 exam/ }).waitFor();
    await expectNoAxeViolations(page, 'history offline');
    await screenshot(page, 'history-offline');
  } finally {
    await browser.close();
    await server.stop();
  }
});
