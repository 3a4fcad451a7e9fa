/** The app's dependencies, built once and handed down, so tests can swap the clock and database. */
import { createContext, useContext, type ReactNode } from 'react';
import { createAttemptRepository, type AttemptRepository } from '../db/attempt-repository';
import { createBackupRepository, type BackupRepository } from '../db/backup-repository';
import { createBankRepository, type BankRepository } from '../db/bank-repository';
import { ExamDatabase } from '../db/database';
import {
  createReviewCardRepository,
  type ReviewCardRepository,
} from '../db/review-card-repository';
import {
  createExamSessionStore,
  type ExamSessionStore,
} from '../features/exam-room/exam-session-store';
import { builtInBankIds, createBankLoader } from '../lib/bank-files';
import { systemClock, type Clock } from '../lib/system-clock';
import type { BankSummary } from '../domain/bank-summary';
import type { QuestionBank } from '../domain/question';

export interface Services {
  clock: Clock;
  db: ExamDatabase;
  attempts: AttemptRepository;
  reviewCards: ReviewCardRepository;
  backup: BackupRepository;
  /** Imported question banks. */
  banks: BankRepository;
  /** Loads a shipped or an imported bank for an exam or a drill. */
  loadBank: (summary: BankSummary) => Promise<QuestionBank>;
  examSession: ExamSessionStore;
}

export function createServices(
  clock: Clock = systemClock,
  db: ExamDatabase = new ExamDatabase(),
): Services {
  const attempts = createAttemptRepository(db);
  const banks = createBankRepository(db, clock, builtInBankIds);
  return {
    clock,
    db,
    attempts,
    reviewCards: createReviewCardRepository(db),
    backup: createBackupRepository(db, builtInBankIds),
    banks,
    loadBank: createBankLoader(banks),
    examSession: createExamSessionStore({ clock, repository: attempts }),
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
