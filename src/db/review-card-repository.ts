/** Reads the spaced-repetition review cards (they are written when an attempt finishes). */
import type { Certification } from '../domain/certification';
import type { ReviewCard } from '../domain/review-cards';
import type { ExamDatabase } from './database';

export interface ReviewCardRepository {
  /** Cards due at or before `until`, soonest first. */
  due(until: number, certification?: Certification): Promise<ReviewCard[]>;
  all(): Promise<ReviewCard[]>;
  /** Every question ever missed and not answered right since (however far off its due date). */
  stillMissed(certification: Certification): Promise<ReviewCard[]>;
}

export function createReviewCardRepository(db: ExamDatabase): ReviewCardRepository {
  return {
    async due(until, certification) {
      const cards = await db.reviewCards.where('due').belowOrEqual(until).sortBy('due');
      return certification ? cards.filter((c) => c.certification === certification) : cards;
    },
    all: () => db.reviewCards.toArray(),
    async stillMissed(certification) {
      const cards = await db.reviewCards.where('certification').equals(certification).toArray();
      return cards.filter((card) => !card.lastAnswerRight);
    },
  };
}
