// `npm run bench`: builds the app and a bare React page, serves both with `vite preview`,
// measures what a candidate feels in Chromium and the exam engine in Node, prints every
// figure beside its reference and budget, writes bench-results/latest.json, and exits 1
// when a budget is missed (`--no-fail`: print only). `--no-lighthouse` skips Lighthouse.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { figuresFrom, tableOf } from './budgets.mjs';
import { measureExamRoom } from './exam-room.mjs';
import { measureFirstLoad } from './first-load.mjs';
import { measureHistory } from './history.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { referenceConfig, root, runNode, startPreview, viteBuild } from './servers.mjs';
import { summarize } from './stats.mjs';

const KNOWN_FLAGS = ['--no-fail', '--no-lighthouse'];
const flags = process.argv.slice(2);
const unknown = flags.filter((f) => !KNOWN_FLAGS.includes(f));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}; known: ${KNOWN_FLAGS.join(', ')}`);
  process.exit(2);
}
const noFail = flags.includes('--no-fail');
const chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const LOAD_SAMPLES = 5;
const HISTORY_OPENS = 5;
const ASSEMBLY_RUNS = 50;
const HISTORY_ATTEMPTS = 1000;

const step = (text) => console.log(`== ${text}`);

function chromiumVersion() {
  try {
    accessSync(chromePath, constants.X_OK);
  } catch {
    throw new Error(
      `No Chromium at ${chromePath}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return execFileSync(chromePath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

const servers = [];
const work = mkdtempSync(path.join(os.tmpdir(), 'ces-bench-'));
async function cleanUp() {
  await Promise.all(servers.map((s) => s.stop().catch(() => {})));
  rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

async function main() {
  const chromium = chromiumVersion();
  const loadAtStart = os.loadavg()[0];

  step(
    `assembling and scoring a CPC exam from a 20,000-question bank (${ASSEMBLY_RUNS} runs, Node)`,
  );
  const assembly = JSON.parse(
    await runNode([tsx, 'bench/assembly.ts', String(ASSEMBLY_RUNS)], {
      label: 'bench/assembly.ts',
    }),
  );

  step(`generating a backup with ${HISTORY_ATTEMPTS} attempts`);
  const backupFile = path.join(work, 'history-backup.json');
  const backup = JSON.parse(
    await runNode([tsx, 'bench/history-backup.ts', backupFile, String(HISTORY_ATTEMPTS)], {
      label: 'bench/history-backup.ts',
    }),
  );

  step('building the app (vite build) and the bare React page');
  const referenceDist = path.join(work, 'reference-dist');
  await viteBuild();
  await viteBuild({ config: referenceConfig, outDir: referenceDist });
  const app = { ...(await startPreview()), distDir: path.join(root, 'dist') };
  servers.push(app);
  const reference = {
    ...(await startPreview({ config: referenceConfig, outDir: referenceDist })),
    distDir: referenceDist,
  };
  servers.push(reference);

  step(`first load: ${LOAD_SAMPLES} cold loads each of Home (then a CPC mock) and the bare page`);
  const firstLoad = await measureFirstLoad({ app, reference, samples: LOAD_SAMPLES });
  step('exam room: a full CPC mock (100 saves, 100 moves), then the heap');
  const exam = await measureExamRoom({ url: app.url });
  step(`History: importing ${backup.attempts} attempts, then opening it ${HISTORY_OPENS} times`);
  const history = await measureHistory({ url: app.url, backupFile, opens: HISTORY_OPENS });

  const lighthouse = [];
  if (!flags.includes('--no-lighthouse')) {
    for (const preset of ['mobile', 'desktop']) {
      step(`Lighthouse (${preset}) on Home`);
      try {
        lighthouse.push(await runLighthouse(`${app.url}/`, { preset, chromePath }));
      } catch (error) {
        console.error(String(error));
        lighthouse.push({ preset, error: String(error) });
      }
    }
  }

  const figures = figuresFrom({ firstLoad, exam, history, assembly, lighthouse });
  console.log(`\n${tableOf(figures)}\n`);
  for (const run of lighthouse) {
    if (run.error) console.log(`Lighthouse ${run.preset} did not run: ${run.error.split('\n')[0]}`);
    else if (run.accessibilityFailures.length > 0)
      console.log(
        `Lighthouse ${run.preset} accessibility audits failing: ` +
          run.accessibilityFailures.map((a) => `${a.id} (${a.title})`).join('; '),
      );
  }
  if (firstLoad.app.bankChunks.length > 0)
    console.log(`Question banks fetched by Home: ${firstLoad.app.bankChunks.join(', ')}`);

  const results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    environment: {
      node: process.version,
      chromium,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryBytes: os.totalmem(),
      // Other work on the machine skews timings: the 1-minute load average at start and end.
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
    },
    figures: figures.map(({ format, ...f }) => ({ ...f, display: format(f.value) })),
    details: {
      firstLoad,
      examRoom: {
        next: summarize(exam.moveMs),
        nextInDom: summarize(exam.moveDomMs),
        nextFramesMissed: summarize(exam.moveFramesMissed),
        save: summarize(exam.saveMs),
        rawPut: summarize(exam.rawPutMs),
        rawPutFromClick: summarize(exam.clickPutMs),
        idleKeyToFrame: summarize(exam.idleKeyMs),
        heapBytes: exam.heapBytes,
        samplesMs: {
          moves: exam.moveMs,
          movesInDom: exam.moveDomMs,
          movesFramesMissed: exam.moveFramesMissed,
          saves: exam.saveMs,
          rawPuts: exam.rawPutMs,
          rawPutsFromClick: exam.clickPutMs,
          idleKeysToFrame: exam.idleKeyMs,
        },
      },
      history: {
        backup,
        ...history,
        open: summarize(history.openMs),
        openInDom: summarize(history.openDomMs),
      },
      assembly: {
        ...assembly,
        total: summarize(assembly.totalMs),
        assemble: summarize(assembly.assembleMs),
        score: summarize(assembly.scoreMs),
      },
      lighthouse,
    },
  };
  const outDir = path.join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Results written to bench-results/latest.json');

  const busiest = Math.max(loadAtStart, os.loadavg()[0]);
  if (busiest > os.cpus().length)
    console.log(
      `Note: the machine was busy (load average up to ${busiest.toFixed(1)} on ${os.cpus().length} CPUs); timings may be high.`,
    );
  const missed = figures.filter((f) => f.pass === false);
  if (missed.length > 0) {
    console.log(`${missed.length} budget(s) missed: ${missed.map((f) => f.label).join('; ')}`);
    return noFail ? 0 : 1;
  }
  console.log('Every budget is met.');
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(
    `The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
} finally {
  await cleanUp();
}
process.exit(code);
