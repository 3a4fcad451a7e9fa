// The browser for the benchmark: the browser tests' Chromium set-up (fresh profile, same
// flags), plus the JS heap read through the DevTools protocol.
import { launchBrowser } from '../tests/e2e/harness.mjs';

export { launchBrowser };

export async function firstPage(browser) {
  return browser.context.pages()[0] ?? (await browser.context.newPage());
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapUsedAfterGc(browser, page) {
  const cdp = await browser.context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
    if (!used) throw new Error('Performance.getMetrics gave no JSHeapUsedSize');
    return used.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Waits until the page has been idle (no task for a while), so a measure starts from rest. */
export async function settle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestIdleCallback(() => requestIdleCallback(resolve, { timeout: 2000 }), {
          timeout: 2000,
        }),
      ),
  );
}
