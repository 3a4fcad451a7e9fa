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

  function arm(eventType, accept, settle, what, onStart = () => {}) {
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
        settle((times, counts = {}) => {
          cleanup();
          const since = Object.entries(times).map(([k, at]) => [k, at - t0]);
          resolve({ ...Object.fromEntries(since), ...counts });
        });
      };
      observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    function onEvent(event) {
      if (t0 !== null || !accept(event)) return;
      t0 = event.timeStamp;
      onStart();
    }
    window.addEventListener(eventType, onEvent, true);
    pending = promise;
    // Unhandled until read: keep the rejection for result().
    promise.catch(() => {});
  }

  /**
   * Moves: key N to the heading reading `expected` (dom), to the animation frame after (frame),
   * and how many frames ran in between without it (framesMissed: 0 means the first frame after
   * the key press showed the new question).
   */
  function armMove(expected) {
    let done = false;
    let framesMissed = 0;
    const countFrames = () => {
      if (done) return;
      framesMissed += 1;
      requestAnimationFrame(countFrames);
    };
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
        const dom = performance.now();
        requestAnimationFrame(() => finish({ dom, frame: performance.now() }, { framesMissed }));
      },
      `heading "${expected}" after N`,
      () => requestAnimationFrame(countFrames),
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
        else if (text === SAVED && sawSaving) finish({ dom: performance.now() });
      },
      `"${SAVING}" then "${SAVED}" after a click`,
    );
  }

  /** History: click to "Past attempts" showing a link starting "Open" (dom), and the frame after. */
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
        const dom = performance.now();
        requestAnimationFrame(() => finish({ dom, frame: performance.now() }));
      },
      'the "Past attempts" table with an Open link after a click',
    );
  }

  let rawDb = null;
  async function openRawDb() {
    rawDb ??= await new Promise((resolve, reject) => {
      const request = indexedDB.open('bench-raw-put', 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore('responses', { keyPath: ['attemptId', 'questionId'] });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return rawDb;
  }

  /** One raw IndexedDB put of a response-sized record (own database), until its transaction completes. */
  function putRecord(db, n) {
    const record = {
      attemptId: 'bench',
      questionId: `q${n}`,
      answer: 'B',
      flagged: false,
      struck: [],
      timeSpentMs: 61_000 + n,
      updatedAt: Date.now(),
    };
    return new Promise((resolve, reject) => {
      const tx = db.transaction('responses', 'readwrite');
      tx.objectStore('responses').put(record);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  }

  /** The reference for saving: a raw put started with the page at rest. */
  async function rawPut(n) {
    const db = await openRawDb();
    const t0 = performance.now();
    await putRecord(db, n);
    return performance.now() - t0;
  }

  /** A probe resolved by the first `eventType` event: `onEvent(event, resolve)` takes it from there. */
  function armEvent(eventType, accept, onEvent, what) {
    pending = new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        window.removeEventListener(eventType, listener, true);
        reject(new Error(`${what}: no event within ${TIMEOUT} ms`));
      }, TIMEOUT);
      function listener(event) {
        if (!accept(event)) return;
        window.removeEventListener(eventType, listener, true);
        clearTimeout(timer);
        onEvent(event, resolve, reject);
      }
      window.addEventListener(eventType, listener, true);
    });
    pending.catch(() => {});
  }

  /** Reference for moves: a key the app ignores, to the next animation frame (no work at all). */
  function armIdleKey(key) {
    armEvent(
      'keydown',
      (e) => e.key === key,
      (e, resolve) =>
        requestAnimationFrame(() => resolve({ frame: performance.now() - e.timeStamp })),
      `keydown ${key}`,
    );
  }

  /** Reference for saves: a raw put started by a click, to its transaction complete. */
  async function armClickPut(n) {
    const db = await openRawDb();
    armEvent(
      'click',
      () => true,
      (e, resolve, reject) =>
        putRecord(db, n).then(() => resolve({ dom: performance.now() - e.timeStamp }), reject),
      'click for a raw put',
    );
  }

  window.__bench = {
    armMove,
    armSave,
    armHistory,
    armIdleKey,
    armClickPut,
    rawPut,
    result: () => pending,
  };
}
