// First load: the JS and CSS that Home fetches (raw and gzip), Home shown, and the first CPC
// question interactive; beside the bare React page loaded in the same browser.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstPage, heapUsedAfterGc, launchBrowser } from './browser.mjs';
import { installLoadWatch, readLoadMarks } from './in-page.mjs';
import { root } from './servers.mjs';

const APP_WATCHES = [
  { mark: 'home', selector: 'button', name: 'Start CPC mock exam' },
  { mark: 'question', selector: '[role="radiogroup"]', name: 'Answer choices' },
];
const REFERENCE_WATCHES = [{ mark: 'shown', selector: 'h1', name: 'Bare React page' }];

/** Every script and stylesheet the page fetched from its own server. */
function recordAssets(page, origin) {
  const fetched = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const url = new URL(response.url());
    if ((type === 'script' || type === 'stylesheet') && url.origin === origin)
      fetched.push({ type, path: url.pathname });
  });
  return fetched;
}

/** Sizes of the fetched files as built: raw bytes and gzip (zlib default level, as Vite reports). */
function sizesOf(assets, distDir) {
  const totals = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, files: [] };
  const unique = [...new Map(assets.map((a) => [a.path, a])).values()];
  for (const asset of unique) {
    const file = path.join(distDir, decodeURIComponent(asset.path));
    let bytes;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new Error(`Home fetched ${asset.path}, which is not in ${distDir}`);
    }
    const size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    const kind = asset.type === 'script' ? totals.js : totals.css;
    kind.raw += size.raw;
    kind.gzip += size.gzip;
    totals.files.push({ path: asset.path, ...size });
  }
  return totals;
}

/** Chunks built from question-banks/*.json (named after their bank file by Vite). */
function bankChunkPattern() {
  const names = readdirSync(path.join(root, 'question-banks'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, '').replace(/[^\w-]/g, ''));
  return new RegExp(`/assets/(${names.join('|')})-[\\w-]+\\.js$`);
}

async function loadApp(url, distDir) {
  const browser = await launchBrowser();
  try {
    const page = await firstPage(browser);
    await page.addInitScript(installLoadWatch, APP_WATCHES);
    const fetched = recordAssets(page, url);
    await page.goto(`${url}/`);
    await page.getByRole('button', { name: 'Start CPC mock exam' }).waitFor();
    await page.waitForLoadState('networkidle');
    const firstLoad = sizesOf(fetched, distDir);
    await page.getByRole('button', { name: 'Start CPC mock exam' }).click();
    await page.getByRole('button', { name: 'Begin exam' }).click();
    const choices = page.getByRole('radiogroup', { name: 'Answer choices' });
    await choices.waitFor();
    await choices.getByRole('radio').first().waitFor();
    if (!(await choices.getByRole('radio').first().isEnabled()))
      throw new Error('the first question’s choices are disabled');
    const marks = await page.evaluate(readLoadMarks, ['home', 'question']);
    return {
      firstLoad,
      homeShownMs: marks.home.painted,
      firstQuestionMs: marks.question.painted,
      firstContentfulPaintMs: marks.firstContentfulPaint,
    };
  } finally {
    await browser.close();
  }
}

async function loadReference(url, distDir) {
  const browser = await launchBrowser();
  try {
    const page = await firstPage(browser);
    await page.addInitScript(installLoadWatch, REFERENCE_WATCHES);
    const fetched = recordAssets(page, url);
    await page.goto(`${url}/`);
    await page.getByRole('heading', { level: 1, name: 'Bare React page' }).waitFor();
    await page.waitForLoadState('networkidle');
    const marks = await page.evaluate(readLoadMarks, ['shown']);
    return {
      firstLoad: sizesOf(fetched, distDir),
      shownMs: marks.shown.painted,
      firstContentfulPaintMs: marks.firstContentfulPaint,
      heapBytes: await heapUsedAfterGc(browser, page),
    };
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** Cold loads (fresh profile each), app and reference alternating; times are medians. */
export async function measureFirstLoad({ app, reference, samples }) {
  const apps = [];
  const references = [];
  for (let i = 0; i < samples; i++) {
    apps.push(await loadApp(app.url, app.distDir));
    references.push(await loadReference(reference.url, reference.distDir));
  }
  const firstApp = apps[0].firstLoad;
  const changing = apps.find((s) => s.firstLoad.js.raw !== firstApp.js.raw);
  if (changing) throw new Error('Home fetched different scripts on different loads');
  const banks = bankChunkPattern();
  return {
    samples,
    app: {
      ...firstApp,
      bankChunks: firstApp.files.filter((f) => banks.test(f.path)).map((f) => f.path),
      homeShownMs: median(apps.map((s) => s.homeShownMs)),
      firstQuestionMs: median(apps.map((s) => s.firstQuestionMs)),
      firstContentfulPaintMs: median(apps.map((s) => s.firstContentfulPaintMs)),
      samplesMs: apps.map(({ homeShownMs, firstQuestionMs }) => ({ homeShownMs, firstQuestionMs })),
    },
    reference: {
      ...references[0].firstLoad,
      shownMs: median(references.map((s) => s.shownMs)),
      firstContentfulPaintMs: median(references.map((s) => s.firstContentfulPaintMs)),
      heapBytes: median(references.map((s) => s.heapBytes)),
      samplesMs: references.map((s) => s.shownMs),
    },
  };
}
