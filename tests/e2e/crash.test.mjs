// Kills Chromium (SIGKILL to every process of its profile) in the middle of a CPC mock, five
// times, at rest and right after clicks and key presses, and reopens the same profile each
// time: every answer, flag and move the page showed as given before a kill must be there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { armKill, launchBrowser, readStoredAttempt, withPreview } from './harness.mjs';

const app = withPreview({ browser: false });
const LETTERS = ['A', 'B', 'C', 'D'];

/**
 * Runs in the page before the app (Dexie binds IndexedDB's functions when it opens the
 * database): once `window.stallWrites` is set, no read-write transaction commits, as with a
 * stalled disk. Each is kept open by a chain of small reads (a transaction commits only when
 * no request is left, or on commit(), made a no-op), so its writes are never stored.
 */
function installWriteStall() {
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = transaction.call(this, stores, mode, options);
    if (mode === 'readwrite' && window.stallWrites) {
      const store = tx.objectStore(tx.objectStoreNames[0]);
      const keepOpen = () => (store.count().onsuccess = keepOpen);
      keepOpen();
      tx.commit = () => {};
    }
    return tx;
  };
}

test('six SIGKILLs of Chromium mid-exam: every answer shown as saved is there after a restart', async (t) => {
  let browser = await launchBrowser();
  const { userDataDir } = browser;
  /** Question number -> what the page showed as stored before the kills so far. */
  const shown = new Map();
  let shownNumber = 1;
  const figures = {
    kills: 0,
    processesKilled: 0,
    /** Answers the test gave and saw shown as given. */
    answersGiven: 0,
    /** Answers and flags shown as saved, summed over the kills, each checked after restart. */
    checked: 0,
    lost: 0,
    inFlight: 0,
    inFlightStored: 0,
  };
  let page;
  let attemptId;

  const choices = () => page.getByRole('radiogroup', { name: 'Answer choices' });
  const radio = (letter, checked) =>
    choices().getByRole('radio', {
      name: new RegExp(`^${letter}\\. `),
      ...(checked === undefined ? {} : { checked }),
    });
  const heading = (n) => page.getByRole('heading', { level: 2, name: `Question ${n} of 100` });
  const record = (n, change) =>
    shown.set(n, { answer: null, flagged: false, ...shown.get(n), ...change });

  /** Answers (and flags) the current question, waiting until the page shows it as given. */
  async function answerShown(n, letter, { flag = false } = {}) {
    await radio(letter).click();
    await radio(letter, true).waitFor();
    record(n, { answer: letter });
    figures.answersGiven += 1;
    if (flag) {
      await page.getByRole('button', { name: 'Flag for review' }).click();
      await page.getByRole('button', { name: 'Flag for review', pressed: true }).waitFor();
      record(n, { flagged: true });
    }
  }

  async function nextShown(n) {
    await page.getByRole('button', { name: 'Next' }).click();
    await heading(n + 1).waitFor();
    shownNumber = n + 1;
  }

  /**
   * Kills the browser, reopens the profile, resumes the exam; returns the stored attempt.
   * `inFlight`: question number -> an answer given but not yet shown, which may also be kept.
   */
  async function crashAndResume(label, inFlight = {}, kill = armKill(browser)) {
    figures.processesKilled += await kill();
    figures.kills += 1;
    browser = await launchBrowser({ userDataDir });
    await browser.context.addInitScript(installWriteStall);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${app.server.url}/`);
    await page.getByRole('button', { name: 'Resume CPC exam' }).click();
    await page.getByRole('heading', { level: 2, name: /^Question \d+ of 100$/ }).waitFor();
    const stored = await readStoredAttempt(page, attemptId);
    for (const [n, given] of shown) {
      const kept = stored.byNumber[n];
      figures.checked += Number(Boolean(given.answer)) + Number(given.flagged);
      if (given.answer && kept?.answer !== given.answer && kept?.answer !== inFlight[n]) {
        figures.lost += 1;
        t.diagnostic(`${label}: answer ${given.answer} to question ${n} lost (${kept?.answer})`);
      }
      if (given.flagged && !kept?.flagged) {
        figures.lost += 1;
        t.diagnostic(`${label}: flag on question ${n} lost`);
      }
    }
    // The screen agrees with the database: the question and the navigator.
    await heading(stored.currentNumber).waitFor();
    const labels = await page
      .getByRole('navigation', { name: 'Question navigator' })
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    for (const [n, { answer, flagged }] of Object.entries(stored.byNumber)) {
      const expected = `Question ${n}, ${answer ? 'answered' : 'unanswered'}${flagged ? ', flagged' : ''}`;
      assert.equal(labels[n - 1], expected, `${label}: navigator after restart`);
    }
    // From here the page shows what is stored.
    shown.clear();
    for (const [n, kept] of Object.entries(stored.byNumber)) shown.set(Number(n), { ...kept });
    shownNumber = stored.currentNumber;
    return stored;
  }

  try {
    await browser.context.addInitScript(installWriteStall);
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${app.server.url}/`);
    await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
    await page.getByRole('button', { name: 'Begin exam' }).click();
    await heading(1).waitFor();
    attemptId = new URL(page.url()).pathname.split('/').pop();

    // 1. At rest: six questions answered, two flagged, on question 7, all shown as saved.
    for (let n = 1; n <= 6; n++) {
      await answerShown(n, LETTERS[n % 4], { flag: n % 3 === 0 });
      await nextShown(n);
    }
    await page.getByText('All answers saved').waitFor();
    let stored = await crashAndResume('kill 1 (at rest)');
    assert.equal(stored.currentNumber, shownNumber, 'kill 1: the question the candidate was on');

    // 2. Right after a click on a choice, without waiting for anything.
    await answerShown(7, 'B');
    await nextShown(7);
    let kill = armKill(browser);
    await radio('C').click();
    figures.inFlight += 1;
    stored = await crashAndResume('kill 2 (right after a click)', { 8: 'C' }, kill);
    assert.equal(stored.currentNumber, 8);
    assert.ok([undefined, 'C'].includes(stored.byNumber[8]?.answer), 'kill 2: C or nothing');
    if (stored.byNumber[8]?.answer === 'C') figures.inFlightStored += 1;

    // 3. Right after keys that answer, flag and move on: what is stored is the first k of
    // those three changes, in order; never a later one without an earlier one.
    await answerShown(8, 'D');
    kill = armKill(browser);
    await page.keyboard.press('a');
    await page.keyboard.press('f');
    await page.keyboard.press('n');
    figures.inFlight += 3;
    stored = await crashAndResume('kill 3 (right after A, F, N)', { 8: 'A' }, kill);
    const q8 = stored.byNumber[8];
    const k = [q8.answer === 'A', q8.flagged, stored.currentNumber === 9];
    const steps = k.filter(Boolean).length;
    assert.deepEqual(
      k,
      [true, true, true].map((_, i) => i < steps),
      `kill 3: in order (${k})`,
    );
    assert.ok(q8.answer === 'A' || q8.answer === 'D', 'kill 3: the earlier answer or the new one');
    figures.inFlightStored += steps;

    // 4. As soon as the page shows a choice as given: it must be stored already.
    let at = stored.currentNumber;
    await page.getByText('All answers saved').waitFor();
    kill = armKill(browser);
    await radio('B').click();
    while (!(await radio('B').isChecked())) await new Promise((r) => setTimeout(r, 1));
    record(at, { answer: 'B' });
    figures.answersGiven += 1;
    stored = await crashAndResume('kill 4 (as soon as shown)', {}, kill);
    assert.equal(stored.currentNumber, at);

    // 5. With the disk stalled (no IndexedDB write can commit), a click cannot be stored, so
    // the page must not show it as given; then the kill.
    at = stored.currentNumber;
    await page.evaluate(() => (window.stallWrites = true));
    kill = armKill(browser);
    await radio('C').click();
    await new Promise((r) => setTimeout(r, 300));
    const shownStalled = await radio('C').isChecked();
    if (shownStalled) {
      record(at, { answer: 'C' });
      figures.answersGiven += 1;
    } else {
      assert.equal(await page.locator('.save-state').textContent(), 'Saving…');
      figures.inFlight += 1;
    }
    stored = await crashAndResume('kill 5 (disk stalled)', shownStalled ? {} : { [at]: 'C' }, kill);
    if (!shownStalled && stored.byNumber[at]?.answer === 'C') figures.inFlightStored += 1;

    // 6. Right after Next was clicked: the move is stored or not, the answers are.
    await nextShown(at);
    await answerShown(at + 1, 'A', { flag: true });
    kill = armKill(browser);
    await page.getByRole('button', { name: 'Next' }).click();
    figures.inFlight += 1;
    stored = await crashAndResume('kill 6 (right after Next)', {}, kill);
    assert.ok([at + 1, at + 2].includes(stored.currentNumber), 'kill 6: one question or the next');
    if (stored.currentNumber === at + 2) figures.inFlightStored += 1;
  } finally {
    await browser.close();
  }

  const summary =
    `kills: ${figures.kills} (${figures.processesKilled} Chromium processes SIGKILLed); ` +
    `answers given and shown as saved: ${figures.answersGiven}; answers and flags checked ` +
    `after the restarts: ${figures.checked}; lost: ${figures.lost}; changes in flight at a ` +
    `kill: ${figures.inFlight}, of which stored: ${figures.inFlightStored}`;
  t.diagnostic(summary);
  console.log(`crash test: ${summary}`);
  assert.ok(figures.kills >= 3);
  assert.equal(figures.lost, 0, 'answers or flags shown as saved were lost');
});
