// The computer's clock moved during a CPC mock (Playwright's clock: setSystemTime moves the
// wall clock only, as a user or the system would): set back or forward, with the page open or
// across a reload, the Time remaining timer never goes up.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchBrowser, withPreview } from './harness.mjs';

const app = withPreview({ browser: false });
const HOUR = 3_600_000;

const seconds = (clock) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);

test('a wall clock set back or forward mid-exam never makes the timer go up', async () => {
  const browser = await launchBrowser();
  try {
    await browser.context.clock.install();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const timer = page.getByRole('timer', { name: 'Time remaining' });
    const remaining = async () => seconds(await timer.textContent());
    const heading = (n) => page.getByRole('heading', { level: 2, name: `Question ${n} of 100` });

    /** Reads the timer for a while; it must never read more than before. */
    async function watch(label, start) {
      let last = start;
      for (let i = 0; i < 8; i++) {
        await new Promise((r) => setTimeout(r, 250));
        const now = await remaining();
        assert.ok(now <= last, `${label}: the timer went up from ${last}s to ${now}s`);
        last = now;
      }
      return last;
    }

    await page.goto(`${app.server.url}/`);
    await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
    await page.getByRole('button', { name: 'Begin exam' }).click();
    await heading(1).waitFor();
    const start = await remaining();
    assert.ok(start > 4 * 3600 - 5, `a fresh CPC mock has 4 h (${start}s)`);

    const wall = () => page.evaluate(() => Date.now());
    await page.clock.setSystemTime((await wall()) - 2 * HOUR);
    const afterBack = await watch('set back 2 h', start);
    assert.ok(start - afterBack < 10, 'setting the clock back neither adds nor removes time');

    // Forward: indistinguishable from the device sleeping, so it counts; it never adds.
    await page.clock.setSystemTime((await wall()) + HOUR);
    const afterForward = await watch('set forward 1 h', afterBack);

    // Set back by 3 h, then reload: the exam carries on from the last time it stored.
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(2).waitFor();
    const beforeReload = await remaining();
    await page.clock.setSystemTime((await wall()) - 3 * HOUR);
    await page.reload();
    await heading(2).waitFor();
    const afterReload = await remaining();
    assert.ok(
      afterReload <= beforeReload + 1,
      `set back 3 h and reloaded: ${beforeReload}s before, ${afterReload}s after`,
    );
    await watch('after the reload', afterReload);
    console.log(
      `clock moved: start ${start}s; set back 2 h -> ${afterBack}s; forward 1 h -> ` +
        `${afterForward}s; set back 3 h and reloaded -> ${beforeReload}s, then ${afterReload}s`,
    );
  } finally {
    await browser.close();
  }
});
