/** The app's dependencies, built once and handed down, so tests can swap the clock and database. */
import { createContext, useContext, type ReactNode } from 'react';
import { createAttemptRepository, type AttemptRepository } from '../db/attempt-repository';
import { createBackupRepository, type BackupRepository } from '../db/backup-repository';
import { ExamDatabase } from '../db/database';
import {
  createReviewCardRepository,
  type ReviewCardRepository,
} from '../db/review-card-repository';
import {
  createExamSessionStore,
  type ExamSessionStore,
} from '../features/exam-room/exam-session-store';
import { systemClock, type Clock } from '../lib/system-clock';

export interface Services {
  clock: Clock;
  db: ExamDatabase;
  attempts: AttemptRepository;
  reviewCards: ReviewCardRepository;
  backup: BackupRepository;
  examSession: ExamSessionStore;
}

export function createServices(
  clock: Clock = systemClock,
  db: ExamDatabase = new ExamDatabase(),
): Services {
  const attempts = createAttemptRepository(db);
  return {
    clock,
    db,
    attempts,
    reviewCards: createReviewCardRepository(db),
    backup: createBackupRepository(db),
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
