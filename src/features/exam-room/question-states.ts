import type { Response } from '../../domain/attempt';
import type { Question } from '../../domain/question';
import { isAnswered } from '../../domain/scoring';

/** How the navigator and review screen name a question: `Question 3, answered, flagged`. */
export function questionLabel(number: number, response: Response | undefined): string {
  const parts = [`Question ${number}`, isAnswered(response?.answer) ? 'answered' : 'unanswered'];
  if (response?.flagged) parts.push('flagged');
  return parts.join(', ');
}

/** Part k of n, when the question at `index` belongs to a series sharing one record. */
export function seriesPositionOf(
  questions: readonly Question[],
  index: number,
): { part: number; of: number } | null {
  const series = questions[index]?.series;
  if (!series) return null;
  const members = questions.filter((q) => q.series?.id === series.id);
  return { part: members.findIndex((q) => q === questions[index]) + 1, of: members.length };
}
