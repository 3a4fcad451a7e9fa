// Code that runs inside the page (Playwright serialises each function, so each stands alone).
// Timings are taken in the page, from the event's own timestamp to the DOM change or the next
// animation frame, so the driver's round trips are not counted.

/**
 * Init script: records when each watched element first appears (enabled) and the animation
 * frame after that, in ms since navigation start, into window.__benchMarks.
 * @param {{ mark: string, selector: string, name: string }[]} watches
 */
export function installLoadWatch(watches) {
  const marks = {};
  window.__benchMarks = marks;
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const by = el.getAttribute('aria-labelledby');
    if (by)
      return by
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    return (el.textContent ?? '').trim();
  };
  const check = () => {
    for (const watch of watches) {
      if (marks[watch.mark]) continue;
      for (const el of document.querySelectorAll(watch.selector)) {
        if (el.disabled || el.querySelector('input:disabled') || nameOf(el) !== watch.name)
          continue;
        const mark = { seen: performance.now(), painted: null };
        marks[watch.mark] = mark;
        requestAnimationFrame(() => (mark.painted = performance.now()));
        break;
      }
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
}

/** Reads the marks once every watched one has painted (or fails naming those missing). */
export function readLoadMarks(names) {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + 5000;
    const poll = () => {
      const marks = window.__benchMarks ?? {};
      const missing = names.filter((n) => marks[n]?.painted == null);
      if (missing.length === 0) {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        resolve({ ...marks, firstContentfulPaint: fcp ? fcp.startTime : null });
      } else if (performance.now() > deadline)
        reject(new Error(`the page never showed: ${missing.join(', ')}`));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

/**
 * Installs window.__bench: probes armed before an action, whose result is the time from the
 * action's event (keydown or click, capture phase) to what it must bring about.
 */
export function installProbes() {
  const TIMEOUT = 15_000;
  let pending = null;

  function arm(eventType, accept, settle, what) {
    let t0 = null;
    let observer = null;
    let timer = null;
    const cleanup = () => {
      window.removeEventListener(eventType, onEvent, true);
      observer?.disconnect();
      clearTimeout(timer);
    };
    const promise = new Promise((resolve, reject) => {
      timer = setTimeout(() => {
        cleanup();
        reject(new Error(`${what}: not seen within ${TIMEOUT} ms (event seen: ${t0 !== null})`));
      }, TIMEOUT);
      const check = () => {
        if (t0 === null) return;
        settle((at) => {
          cleanup();
          resolve(at - t0);
        });
      };
      observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    function onEvent(event) {
      if (t0 === null && accept(event)) t0 = event.timeStamp;
    }
    window.addEventListener(eventType, onEvent, true);
    pending = promise;
    // Unhandled until read: keep the rejection for result().
    promise.catch(() => {});
  }

  /** Moves: key N to the animation frame after the heading reads `expected`. */
  function armMove(expected) {
    let done = false;
    arm(
      'keydown',
      (e) => e.key.toLowerCase() === 'n',
      (finish) => {
        if (done) return;
        const heading = [...document.querySelectorAll('h2')].find(
          (h) => h.textContent.trim() === expected,
        );
        if (!heading) return;
        done = true;
        requestAnimationFrame(() => finish(performance.now()));
      },
      `heading "${expected}" after N`,
    );
  }

  /** Saves: click to the exam bar's status going from "Saving…" back to "All answers saved". */
  function armSave() {
    const SAVED = 'All answers saved';
    const SAVING = 'Saving\u2026';
    const find = () =>
      document.evaluate(
        `//*[normalize-space(text())='${SAVED}' or normalize-space(text())='${SAVING}']`,
        document.body,
        null,
        XPathResult.FIRST_ORDERED_NODE_TYPE,
        null,
      ).singleNodeValue;
    let status = find();
    if (status?.textContent.trim() !== SAVED)
      throw new Error(`the exam bar does not say "${SAVED}" before the click`);
    let sawSaving = false;
    arm(
      'click',
      () => true,
      (finish) => {
        if (!status?.isConnected) status = find();
        const text = status?.textContent.trim();
        if (text === SAVING) sawSaving = true;
        else if (text === SAVED && sawSaving) finish(performance.now());
      },
      `"${SAVING}" then "${SAVED}" after a click`,
    );
  }

  /** History: click to the frame after "Past attempts" shows a link starting "Open". */
  function armHistory() {
    let done = false;
    arm(
      'click',
      () => true,
      (finish) => {
        if (done) return;
        const table = [...document.querySelectorAll('table')].find(
          (t) =>
            (t.getAttribute('aria-label') ?? t.caption?.textContent ?? '').trim() ===
            'Past attempts',
        );
        const open =
          table &&
          [...table.querySelectorAll('a')].find((a) => a.textContent.trim().startsWith('Open'));
        if (!open) return;
        done = true;
        requestAnimationFrame(() => finish(performance.now()));
      },
      'the "Past attempts" table with an Open link after a click',
    );
  }

  let rawDb = null;
  /** The reference: one raw IndexedDB put of a response-sized record, until its transaction completes. */
  async function rawPut(n) {
    rawDb ??= await new Promise((resolve, reject) => {
      const request = indexedDB.open('bench-raw-put', 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore('responses', { keyPath: ['attemptId', 'questionId'] });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const record = {
      attemptId: 'bench',
      questionId: `q${n}`,
      answer: 'B',
      flagged: false,
      struck: [],
      timeSpentMs: 61_000 + n,
      updatedAt: Date.now(),
    };
    const t0 = performance.now();
    await new Promise((resolve, reject) => {
      const tx = rawDb.transaction('responses', 'readwrite');
      tx.objectStore('responses').put(record);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return performance.now() - t0;
  }

  window.__bench = {
    armMove,
    armSave,
    armHistory,
    rawPut,
    result: () => pending,
  };
}
