/**
 * In Node: assembles a 100-question CPC exam from a generated 20,000-question bank and
 * scores it, as the app does when a mock starts and ends. Prints every run's timings as JSON
 * (bench/run.mjs summarises them).
 * Usage: tsx bench/assembly.ts [runs]
 */
import { performance } from 'node:perf_hooks';
import { assembleExam } from '../src/domain/assembly';
import type { Answer, Question, QuestionBank } from '../src/domain/question';
import { EXAM_SPECS } from '../src/domain/exam-spec';
import { seededRandom, shuffled } from '../src/domain/random';
import { scoreAttempt } from '../src/domain/scoring';
import { loadShippedBank } from './shipped-banks';

const BANK_SIZE = 20_000;
const SEEN = 2_000;
const WARM_UP = 5;
const spec = EXAM_SPECS.CPC;

/** The CPC bank's questions copied (new ids) until each domain holds its blueprint share of 20,000. */
function generatedBank(): QuestionBank {
  const shipped = loadShippedBank('CPC');
  const total = spec.blueprint.reduce((sum, d) => sum + d.count, 0);
  const questions: Question[] = [];
  for (const domain of spec.blueprint) {
    const pool = shipped.questions.filter((q) => q.domain === domain.domainId);
    if (pool.length === 0) throw new Error(`The CPC bank has no question in ${domain.domainId}`);
    const want = Math.round((BANK_SIZE * domain.count) / total);
    for (let i = 0; i < want; i++) {
      const q = pool[i % pool.length] as Question;
      const copy = Math.floor(i / pool.length);
      questions.push({
        ...q,
        id: `${q.id}-g${copy}`,
        ...(q.series ? { series: { ...q.series, id: `${q.series.id}-g${copy}` } } : {}),
      });
    }
  }
  return { ...shipped, id: 'cpc-generated', questions };
}

const runs = Number(process.argv[2] ?? 50);
const bank = generatedBank();
const random = seededRandom(7);
const seen = new Set(
  shuffled(bank.questions, random)
    .slice(0, SEEN)
    .map((q) => q.id),
);
const assembleMs: number[] = [];
const scoreMs: number[] = [];
const totalMs: number[] = [];

for (let run = 0; run < WARM_UP + runs; run++) {
  const t0 = performance.now();
  const exam = assembleExam({ spec, bank, seed: run + 1, seenQuestionIds: seen });
  const t1 = performance.now();
  // The candidate's answers are not the app's work: made outside the timed part.
  const answers: Record<string, Answer> = {};
  for (const q of exam.questions)
    if (q.type === 'single') answers[q.id] = random() < 0.7 ? q.answer : 'A';
  const t2 = performance.now();
  const score = scoreAttempt(exam.questions, answers, bank.domains, spec.passingPercent.value);
  const t3 = performance.now();
  if (exam.questions.length !== spec.questionCount.value || score.total !== spec.scoredCount)
    throw new Error(`Assembled ${exam.questions.length} questions, scored ${score.total}`);
  if (run < WARM_UP) continue;
  assembleMs.push(t1 - t0);
  scoreMs.push(t3 - t2);
  totalMs.push(t1 - t0 + (t3 - t2));
}

console.log(
  JSON.stringify({
    bankQuestions: bank.questions.length,
    seenQuestions: seen.size,
    warmUpRuns: WARM_UP,
    totalMs,
    assembleMs,
    scoreMs,
  }),
);
