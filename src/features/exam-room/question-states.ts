import type { Response } from '../../domain/attempt';
import { isAnswered } from '../../domain/scoring';

/** How the navigator and review screen name a question: `Question 3, answered, flagged`. */
export function questionLabel(number: number, response: Response | undefined): string {
  const parts = [`Question ${number}`, isAnswered(response?.answer) ? 'answered' : 'unanswered'];
  if (response?.flagged) parts.push('flagged');
  return parts.join(', ');
}
