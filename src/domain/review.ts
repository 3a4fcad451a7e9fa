/** Filters for reviewing an attempt's questions. */
import type { Answer, Question } from './question';
import { isAnswered, isCorrect } from './scoring';

export type ReviewFilter = 'all' | 'incorrect' | 'flagged' | 'unanswered';

export interface ReviewItem {
  number: number;
  question: Question;
  answer: Answer;
  flagged: boolean;
}

export function filterReview(
  items: readonly ReviewItem[],
  filter: ReviewFilter,
  domainId: string | null = null,
): ReviewItem[] {
  return items.filter((item) => {
    if (domainId !== null && item.question.domain !== domainId) return false;
    switch (filter) {
      case 'all':
        return true;
      case 'incorrect':
        return !isCorrect(item.question, item.answer);
      case 'flagged':
        return item.flagged;
      case 'unanswered':
        return !isAnswered(item.answer);
    }
  });
}
