import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import type { AttemptRepository } from '../../src/db/attempt-repository';
import { validateBank } from '../../src/domain/bank-schema';
import { EXAM_SPECS } from '../../src/domain/exam-spec';
import type { QuestionBank } from '../../src/domain/question';
import { startMockExam } from '../../src/features/catalog/start-mock-exam';
import { createExamSessionStore } from '../../src/features/exam-room/exam-session-store';
import { fixedClock, T0 } from '../support/factories';
import { withTestDatabase } from '../support/database';

const file = path.resolve(__dirname, '../../question-banks/cpc.json');
const validation = validateBank(JSON.parse(readFileSync(file, 'utf8')));
if (!validation.ok) throw new Error('the shipped CPC bank is invalid');
const cpc: QuestionBank = validation.bank;
const summary = {
  origin: 'built-in' as const,
  file: '/question-banks/cpc.json',
  id: cpc.id,
  certification: 'CPC',
  title: cpc.title,
  version: cpc.version,
  questionCount: cpc.questions.length,
  domainCounts: {},
};

const database = withTestDatabase();
let repository: AttemptRepository;

beforeEach(() => {
  repository = database.attempts;
});

it('four CPC mocks in a row, sat through the store, repeat no question', async () => {
  const clock = fixedClock();
  const seen: string[] = [];
  for (let sitting = 1; sitting <= 4; sitting++) {
    clock.set(T0 + sitting * 86_400_000);
    const attempt = await startMockExam(EXAM_SPECS.CPC, summary, {
      repository,
      clock,
      loadBank: () => Promise.resolve(cpc),
      newId: () => `mock-${sitting}`,
      // The same seed each time: only the freshness rule can keep the draws apart.
      newSeed: () => 7,
    });
    const store = createExamSessionStore({ clock, repository });
    await store.getState().load(attempt.id);
    await store.getState().answer('A');
    await store.getState().next();
    await store.getState().answer('B');
    await store.getState().submit('submitted');
    expect((await repository.get(attempt.id))?.status).toBe('submitted');
    seen.push(...attempt.questions.map((q) => q.id));
  }
  expect(seen).toHaveLength(400);
  expect(new Set(seen).size).toBe(400);
});
