// Storage full mid-exam: the origin's quota is cut with the DevTools protocol and filled by
// another database, as other data would fill a disk. The answer that cannot be stored is
// named in an alert with what to do, nothing stored before is lost, and the exam carries on
// once there is room again (the filler deleted).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectNoAxeViolations, screenshot, withPreview } from './harness.mjs';

// No service worker: its background precache (about 2 MB) would compete for the tiny quota.
const app = withPreview({ serviceWorkers: 'block' });

const heading = (page, n) => page.getByRole('heading', { level: 2, name: `Question ${n} of 100` });
const radio = (page, letter, checked) =>
  page.getByRole('radiogroup', { name: 'Answer choices' }).getByRole('radio', {
    name: new RegExp(`^${letter}\\. `),
    ...(checked === undefined ? {} : { checked }),
  });

/** Runs in the page: stores filler data until IndexedDB refuses it for lack of space. */
function fillStorage() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('filler', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('s', { autoIncrement: true });
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const put = (size) =>
        new Promise((done) => {
          const tx = open.result.transaction('s', 'readwrite');
          tx.objectStore('s').put('x'.repeat(size));
          tx.oncomplete = () => done(true);
          tx.onabort = () =>
            done(tx.error?.name === 'QuotaExceededError' ? false : reject(tx.error));
          tx.onerror = (event) => event.preventDefault();
        });
      let stored = 0;
      for (const size of [100_000, 10_000, 1_000, 100]) while (await put(size)) stored += size;
      open.result.close();
      resolve(stored);
    };
  });
}

const freeStorage = () =>
  new Promise((resolve, reject) => {
    const deletion = indexedDB.deleteDatabase('filler');
    deletion.onsuccess = resolve;
    deletion.onerror = () => reject(deletion.error);
  });

test('storage full: the alert names the answer not saved; Try saving again carries on', async () => {
  const page = app.browser.context.pages()[0] ?? (await app.browser.context.newPage());
  const origin = app.server.url;
  // Chromium reads an origin's quota when its IndexedDB first opens: cut it before that.
  const cdp = await app.browser.context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2_000_000 });
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
  await page.getByRole('button', { name: 'Begin exam' }).click();
  await heading(page, 1).waitFor();
  await radio(page, 'B').click();
  await radio(page, 'B', true).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await heading(page, 2).waitFor();

  const filled = await page.evaluate(fillStorage);

  await radio(page, 'C').click();
  const alert = page.getByRole('alert').filter({ hasText: 'Storage is full' });
  await alert.waitFor();
  const text = await alert.textContent();
  assert.match(text, /Storage is full: your answer to question 2 was not saved\./);
  assert.match(text, /Everything saved before is kept\./);
  assert.match(text, /Free up space on this device/);
  assert.match(text, /Export data on the History page/);
  assert.equal(await radio(page, 'C').isChecked(), false, 'not shown as given');
  assert.equal(await page.locator('.save-state').textContent(), 'Not saved');
  await expectNoAxeViolations(page, 'exam room with storage full');
  await screenshot(page, 'exam-storage-full');

  // A move waits behind the answer that could not be stored.
  await page.getByRole('button', { name: 'Next' }).click();
  await new Promise((r) => setTimeout(r, 300));
  await heading(page, 2).waitFor();

  await page.evaluate(freeStorage); // room again
  await alert.getByRole('button', { name: 'Try saving again' }).click();
  await heading(page, 3).waitFor();
  await page.getByText('All answers saved').waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);

  await page.reload();
  await heading(page, 3).waitFor();
  const navigator = page.getByRole('navigation', { name: 'Question navigator' });
  await navigator.getByRole('button', { name: 'Question 1, answered', exact: true }).waitFor();
  await navigator.getByRole('button', { name: 'Question 2, answered', exact: true }).click();
  await radio(page, 'C', true).waitFor();
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  console.log(
    `storage full: filled with ${filled} bytes of other data; the answer refused, then stored on retry; 0 answers lost`,
  );
});
