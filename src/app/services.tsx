/** The app's dependencies, built once and handed down, so tests can swap the clock and database. */
import { createContext, useContext, type ReactNode } from 'react';
import type { AttemptRepository } from '../db/attempt-repository';
import type { BackupRepository } from '../db/backup-repository';
import type { BankRepository } from '../db/bank-repository';
import { createQuickReads, type HomeReads } from '../db/quick-read';
import type { Repositories } from '../db/repositories';
import type { ReviewCardRepository } from '../db/review-card-repository';
import {
  createExamSessionStore,
  type ExamSessionStore,
} from '../features/exam-room/exam-session-store';
import { builtInBankIds, createBankLoader } from '../lib/bank-files';
import { lazyObject } from '../lib/lazy-object';
import { systemClock, type Clock } from '../lib/system-clock';
import type { BankSummary } from '../domain/bank-summary';
import type { QuestionBank } from '../domain/question';

export interface Services {
  clock: Clock;
  /** What Home shows, read without loading Dexie. */
  home: HomeReads;
  attempts: AttemptRepository;
  reviewCards: ReviewCardRepository;
  backup: BackupRepository;
  /** Imported question banks. */
  banks: BankRepository;
  /** Loads a shipped or an imported bank for an exam or a drill. */
  loadBank: (summary: BankSummary) => Promise<QuestionBank>;
  examSession: ExamSessionStore;
}

/** The app's services; Dexie and the repositories load on the first call to any of them. */
export function createServices(clock: Clock = systemClock): Services {
  let repositories: Promise<Repositories> | undefined;
  const open = () =>
    (repositories ??= import('../db/repositories').then((m) =>
      m.openRepositories(clock, builtInBankIds),
    ));
  const attempts = lazyObject(() => open().then((r) => r.attempts));
  const banks = lazyObject(() => open().then((r) => r.banks));
  return {
    clock,
    home: createQuickReads(),
    attempts,
    reviewCards: lazyObject(() => open().then((r) => r.reviewCards)),
    backup: lazyObject(() => open().then((r) => r.backup)),
    banks,
    loadBank: createBankLoader(banks),
    examSession: createExamSessionStore({
      clock,
      repository: attempts,
      locks: typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null,
    }),
  };
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({
  services,
  children,
}: {
  services: Services;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside ServicesProvider');
  return services;
}
