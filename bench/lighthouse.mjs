// Lighthouse (performance and accessibility) on the built Home, in Debian's Chromium: the
// lighthouse CLI launches the browser named by CHROME_PATH and never downloads one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, runNode } from './servers.mjs';

const cli = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');

/** Audits of a category that did not pass, with what they say. */
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
    .map((a) => ({ id: a.id, title: a.title, score: a.score }));
}

/** One Lighthouse run; `preset` is 'mobile' (Lighthouse's default) or 'desktop'. */
export async function runLighthouse(url, { preset, chromePath }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'ces-lighthouse-'));
  const report = path.join(dir, 'report.json');
  try {
    const args = [
      cli,
      url,
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${report}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      '--no-enable-error-reporting',
      '--quiet',
    ];
    if (preset === 'desktop') args.push('--preset=desktop');
    await runNode(args, {
      label: `lighthouse (${preset})`,
      env: { ...process.env, CHROME_PATH: chromePath },
    });
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const metric = (id) => lhr.audits[id]?.numericValue ?? null;
    return {
      preset,
      lighthouseVersion: lhr.lighthouseVersion,
      browser: lhr.environment?.hostUserAgent ?? null,
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      metricsMs: {
        firstContentfulPaint: metric('first-contentful-paint'),
        largestContentfulPaint: metric('largest-contentful-paint'),
        totalBlockingTime: metric('total-blocking-time'),
        speedIndex: metric('speed-index'),
      },
      cumulativeLayoutShift: metric('cumulative-layout-shift'),
      performanceShortfalls: failingAudits(lhr, 'performance'),
      accessibilityFailures: failingAudits(lhr, 'accessibility'),
      runWarnings: lhr.runWarnings,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
