// Shared set-up for the browser tests: `vite preview` of the built app on 127.0.0.1 and
// Debian's Chromium driven by playwright-core. Every server started here is stopped by pid.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const screenshotDir = path.join(root, 'test-results', 'screenshots');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Serves dist/ with vite preview; resolves once it answers. */
export async function startPreview() {
  const port = await freePort();
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${output}`);
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`vite preview did not start on ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) process.kill(child.pid, 'SIGKILL');
    },
  };
}

/**
 * Chromium on a fresh profile, or on `userDataDir` to reopen one (after `killBrowser`, say);
 * `close()` ends the browser and removes the profile.
 */
export async function launchBrowser({
  userDataDir = mkdtempSync(path.join(tmpdir(), 'ces-chromium-')),
  // 'block' for tests the service worker's background precaching would disturb.
  serviceWorkers = 'allow',
} = {}) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    serviceWorkers,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    userDataDir,
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Pid and parent pid of every process, from /proc (Linux). */
function processTable() {
  const table = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The fields after the command name, which may itself hold spaces and parentheses.
      const [, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.push({ pid: Number(entry), ppid: Number(ppid), cmdline });
    } catch {
      // gone while we looked
    }
  }
  return table;
}

/** Every process started for this profile: those naming its directory, and their children. */
export function profileProcesses(userDataDir) {
  const table = processTable();
  const pids = new Set(table.filter((p) => p.cmdline.includes(userDataDir)).map((p) => p.pid));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of table) {
      if (pids.has(p.ppid) && !pids.has(p.pid)) {
        pids.add(p.pid);
        grew = true;
      }
    }
  }
  return [...pids];
}

/**
 * Readies a kill of the browser as a crash of the app would: the returned function sends
 * SIGKILL to every process of its profile (browser, renderers, the storage service) at once,
 * with no chance to flush or clean up. The pids are collected now, so that a kill right after
 * a click is not delayed by reading /proc. The profile stays, to reopen with
 * `launchBrowser({ userDataDir })`. The function resolves to how many processes died.
 */
export function armKill(browser) {
  const closed = new Promise((resolve) => browser.context.once('close', resolve));
  const pids = profileProcesses(browser.userDataDir);
  if (pids.length === 0) throw new Error(`no Chromium process uses ${browser.userDataDir}`);
  const killAll = (list) => {
    for (const pid of list) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone with its parent
      }
    }
  };
  return async () => {
    killAll(pids);
    const deadline = Date.now() + 10_000;
    for (let left = profileProcesses(browser.userDataDir); left.length > 0;) {
      if (Date.now() > deadline) throw new Error('Chromium processes survived SIGKILL');
      killAll(left); // any started since the kill was armed
      await new Promise((r) => setTimeout(r, 50));
      left = profileProcesses(browser.userDataDir);
    }
    await Promise.race([closed, new Promise((r) => setTimeout(r, 5000))]);
    return pids.length;
  };
}

/** Kills the browser at once (see `armKill`). */
export function killBrowser(browser) {
  return armKill(browser)();
}

/** Runs axe (WCAG 2.1 A and AA) on the page and fails with every violation listed. */
export async function expectNoAxeViolations(page, label) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  );
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join('\n    ')}`,
  );
  if (violations.length > 0)
    throw new Error(`axe found problems on ${label}:\n  ${violations.join('\n  ')}`);
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage });
}

/** A shipped bank (cpc, cic, ccs, cca), to know each question's key and domain from its stem. */
export function loadBank(name) {
  return JSON.parse(readFileSync(path.join(root, 'question-banks', `${name}.json`), 'utf8'));
}

export function loadCpcBank() {
  return loadBank('cpc');
}

/**
 * Registers this file's hooks: one preview server and, unless `browser: false`, one browser,
 * both stopped after the file's tests. Read `app.server` and `app.browser` inside tests.
 */
export function withPreview({ browser = true, serviceWorkers = 'allow' } = {}) {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await startPreview();
    if (browser) app.browser = await launchBrowser({ serviceWorkers });
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}

/** Submits the attempt open in the exam room through the dialog, and waits for its results. */
export async function submitAndOpenResults(page, resultsHeading) {
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await page
    .getByRole('dialog', { name: 'Submit exam?' })
    .getByRole('button', { name: 'Submit now' })
    .click();
  await page.getByRole('heading', { level: 1, name: resultsHeading }).waitFor();
}

/**
 * The attempt as stored in IndexedDB, read without the app: the question it is on and, by
 * question number, each stored answer and flag.
 */
export function readStoredAttempt(page, attemptId) {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('coding-exam-simulator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['attempts', 'responses'], 'readonly');
          const attempt = tx.objectStore('attempts').get(id);
          const responses = tx.objectStore('responses').index('attemptId').getAll(id);
          tx.oncomplete = () => {
            const order = attempt.result.questions.map((q) => q.id);
            const byNumber = {};
            for (const r of responses.result)
              byNumber[order.indexOf(r.questionId) + 1] = { answer: r.answer, flagged: r.flagged };
            db.close();
            resolve({ currentNumber: attempt.result.currentIndex + 1, byNumber });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    attemptId,
  );
}
