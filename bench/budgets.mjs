// The figures the benchmark reports, each with its reference, ratio and budget, and the table.
import { summarize } from './stats.mjs';

const KB = 1000;
const MB = 1000 * 1000;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/**
 * A figure: `budget` is { below } (strictly), { max } or { min } on the value, or { maxRatio }
 * on value / reference;
 * figures without a budget are printed for information.
 */
function figure(id, label, { value, reference = null, budget = null, format }) {
  const ratio = reference ? value / reference : null;
  let pass = null;
  if (budget?.maxRatio !== undefined) pass = ratio !== null && ratio <= budget.maxRatio;
  else if (budget?.below !== undefined) pass = value < budget.below;
  else if (budget?.max !== undefined) pass = value <= budget.max;
  else if (budget?.min !== undefined) pass = value >= budget.min;
  return { id, label, value, reference, ratio, budget, pass, format };
}

export function figuresFrom({ firstLoad, exam, history, assembly, lighthouse }) {
  const app = firstLoad.app;
  const ref = firstLoad.reference;
  const save = summarize(exam.saveMs);
  const put = summarize(exam.rawPutMs);
  const move = summarize(exam.moveMs);
  const moveDom = summarize(exam.moveDomMs);
  const idleKey = summarize(exam.idleKeyMs);
  const framesMissed = summarize(exam.moveFramesMissed);
  const clickPut = summarize(exam.clickPutMs);
  const open = summarize(history.openMs);
  const total = summarize(assembly.totalMs);
  const figures = [
    figure('first-load-js-gzip', 'First load of Home: JS, gzip', {
      value: app.js.gzip,
      reference: ref.js.gzip,
      budget: { maxRatio: 1.6 },
      format: kb,
    }),
    figure('first-load-js-raw', 'First load of Home: JS, raw', {
      value: app.js.raw,
      reference: ref.js.raw,
      format: kb,
    }),
    figure('first-load-css-gzip', 'First load of Home: CSS, gzip', {
      value: app.css.gzip,
      reference: ref.css.gzip || null,
      format: kb,
    }),
    figure('first-load-css-raw', 'First load of Home: CSS, raw', {
      value: app.css.raw,
      reference: ref.css.raw || null,
      format: kb,
    }),
    figure('first-load-bank-chunks', 'Question banks in the first load', {
      value: app.bankChunks.length,
      budget: { max: 0 },
      format: (n) => `${n} files`,
    }),
    figure('home-shown', 'Home shown (median, cold)', {
      value: app.homeShownMs,
      reference: ref.shownMs,
      format: ms,
    }),
    figure('first-question-interactive', 'First CPC question interactive (median)', {
      value: app.firstQuestionMs,
      reference: ref.shownMs,
      format: ms,
    }),
    figure('next-question-dom-p95', 'Next question (N key), in the DOM, p95', {
      value: moveDom.p95,
      format: ms,
    }),
    figure('next-question-frames-missed-p95', 'Next question: frames shown before it, p95', {
      value: framesMissed.p95,
      format: (n) => `${n} frames`,
    }),
    figure('next-question-p50', 'Next question, painted, p50 (ref: idle key)', {
      value: move.p50,
      reference: idleKey.p50,
      format: ms,
    }),
    figure('next-question-p95', 'Next question, painted, p95 (ref: idle key)', {
      value: move.p95,
      reference: idleKey.p95,
      budget: { below: 16 },
      format: ms,
    }),
    figure('answer-save-p50', 'Answer saved, p50 (ref: raw put, page idle)', {
      value: save.p50,
      reference: put.p50,
      format: ms,
    }),
    figure('answer-save-p95', 'Answer saved, p95 (ref: raw put, page idle)', {
      value: save.p95,
      reference: put.p95,
      format: ms,
    }),
    // The budget compares like with like: the app's save starts from a click, and Chromium
    // holds IndexedDB results after input until the next frame, so the reference is a raw put
    // started by a click in the same page (the idle put above is printed for comparison).
    figure('answer-save-p95-vs-click-put', 'Answer saved, p95 (ref: raw put from a click)', {
      value: save.p95,
      reference: clickPut.p95,
      budget: { maxRatio: 3 },
      format: ms,
    }),
    figure(
      'history-1000-open',
      `History, ${history.rows.toLocaleString('en-US')} attempts, open (median)`,
      {
        value: open.p50,
        budget: { below: 300 },
        format: ms,
      },
    ),
    figure(
      'history-1000-open-max',
      `History, ${history.rows.toLocaleString('en-US')} attempts, open (slowest)`,
      {
        value: open.max,
        format: ms,
      },
    ),
    figure('assembly-p50', 'Assemble + score, 20,000 bank, p50', { value: total.p50, format: ms }),
    figure('assembly-p95', 'Assemble + score, 20,000 bank, p95', {
      value: total.p95,
      budget: { below: 20 },
      format: ms,
    }),
    figure('heap-after-mock', 'JS heap after a full CPC mock', {
      value: exam.heapBytes,
      reference: ref.heapBytes,
      budget: { below: 60 * MB },
      format: mb,
    }),
    figure(
      'heap-after-history',
      `JS heap, History with ${history.rows.toLocaleString('en-US')} attempts`,
      {
        value: history.heapBytes,
        reference: ref.heapBytes,
        budget: { below: 60 * MB },
        format: mb,
      },
    ),
  ];
  for (const run of lighthouse) {
    if (run.error) continue;
    figures.push(
      figure(`lighthouse-${run.preset}-performance`, `Lighthouse ${run.preset}: performance`, {
        value: run.performance,
        format: String,
      }),
      // Accessibility must be perfect: a score under 100 is a missed budget.
      figure(`lighthouse-${run.preset}-accessibility`, `Lighthouse ${run.preset}: accessibility`, {
        value: run.accessibility,
        budget: { min: 100 },
        format: String,
      }),
    );
  }
  return figures;
}

function budgetText(f) {
  if (!f.budget) return '—';
  if (f.budget.maxRatio !== undefined) return `≤ ${f.budget.maxRatio}× ref`;
  if (f.budget.min !== undefined) return `≥ ${f.format(f.budget.min)}`;
  if (f.budget.below !== undefined) return `< ${f.format(f.budget.below)}`;
  return f.budget.max === 0 ? '= 0' : `≤ ${f.format(f.budget.max)}`;
}

/** The table, one line per figure. */
export function tableOf(figures) {
  const rows = [
    ['figure', 'value', 'reference', 'ratio', 'budget', 'result'],
    ...figures.map((f) => [
      f.label,
      f.format(f.value),
      f.reference === null ? '—' : f.format(f.reference),
      f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`,
      budgetText(f),
      f.pass === null ? 'info' : f.pass ? 'PASS' : 'FAIL',
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [
    line(rows[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}
