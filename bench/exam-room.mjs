// The exam room, driven as a candidate does through a full CPC mock: 100 answers saved
// (each beside a raw IndexedDB put in the same page, at rest), 100 moves with the N key;
// then the same page's floor for both (a key the app ignores to the next frame; a raw put
// started by a click); then submit and read the JS heap with the results shown.
import { submitAndOpenResults } from '../tests/e2e/harness.mjs';
import { firstPage, heapUsedAfterGc, launchBrowser, settle } from './browser.mjs';
import { installProbes } from './in-page.mjs';

const QUESTIONS = 100;
const REFERENCE_SAMPLES = 50;
const title = (n) => `Question ${n} of ${QUESTIONS}`;

export async function measureExamRoom({ url }) {
  const browser = await launchBrowser();
  try {
    const page = await firstPage(browser);
    await page.goto(`${url}/`);
    await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
    await page.getByRole('button', { name: 'Begin exam' }).click();
    const heading = (n) => page.getByRole('heading', { level: 2, name: title(n) });
    await heading(1).waitFor();
    await page.evaluate(installProbes);
    await settle(page);

    const result = () => page.evaluate(() => window.__bench.result());
    /** Key N to the next question in the DOM (dom) and painted (frame). */
    async function timedMove(to) {
      await page.evaluate((expected) => window.__bench.armMove(expected), title(to));
      await page.keyboard.press('n');
      return result();
    }

    const choices = page.getByRole('radiogroup', { name: 'Answer choices' });
    const savedStatus = page.getByText('All answers saved', { exact: true });
    const saveMs = [];
    const rawPutMs = [];
    const moveMs = [];
    const moveDomMs = [];
    const moveFramesMissed = [];
    const recordMove = ({ dom, frame, framesMissed }) => {
      moveDomMs.push(dom);
      moveMs.push(frame);
      moveFramesMissed.push(framesMissed);
    };
    for (let n = 1; n <= QUESTIONS; n++) {
      await heading(n).waitFor();
      const radio = choices.getByRole('radio').nth((n - 1) % 4);
      await radio.waitFor();
      // Start from rest: the write of the move here (if still going) is done.
      await savedStatus.waitFor();
      await page.evaluate(() => window.__bench.armSave());
      await radio.click();
      saveMs.push((await result()).dom);
      rawPutMs.push(await page.evaluate((i) => window.__bench.rawPut(i), n));
      if (n < QUESTIONS) recordMove(await timedMove(n + 1));
    }
    // The 100th move: back to question 99 by the navigator (not timed), then N again.
    await page
      .getByRole('navigation', { name: 'Question navigator' })
      .getByRole('button', { name: /^Question 99\b/ })
      .click();
    await heading(QUESTIONS - 1).waitFor();
    recordMove(await timedMove(QUESTIONS));

    // References in the same page: what a key press and a click cost with no app work.
    const idleKeyMs = [];
    const clickPutMs = [];
    for (let i = 0; i < REFERENCE_SAMPLES; i++) {
      await page.evaluate(() => window.__bench.armIdleKey('Shift'));
      await page.keyboard.press('Shift');
      idleKeyMs.push((await result()).frame);
      await page.evaluate((n) => window.__bench.armClickPut(n), QUESTIONS + i);
      await heading(QUESTIONS).click();
      clickPutMs.push((await result()).dom);
    }

    await submitAndOpenResults(page, 'CPC mock exam results');
    await settle(page);
    const heapBytes = await heapUsedAfterGc(browser, page);
    return {
      saveMs,
      rawPutMs,
      clickPutMs,
      moveMs,
      moveDomMs,
      moveFramesMissed,
      idleKeyMs,
      heapBytes,
    };
  } finally {
    await browser.close();
  }
}
