/** Filters for reviewing an attempt's questions. */
import type { Answer, CodeEntryQuestion, Question } from './question';
import { isAnswered, isCorrect, normaliseCodes } from './scoring';

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

export type ChoiceMark = 'picked-right' | 'picked-wrong' | 'missed' | 'not-picked';

/** For each choice of a choice question: picked and keyed, picked wrongly, keyed but missed. */
export function choiceMarks(question: Question, answer: Answer): Record<string, ChoiceMark> {
  if (question.type === 'code-entry') return {};
  const keyed = question.type === 'single' ? [question.answer] : question.answer;
  const picked = Array.isArray(answer) ? answer : answer ? [answer] : [];
  return Object.fromEntries(
    question.choices.map((choice) => {
      const isKeyed = keyed.includes(choice.id);
      const isPicked = picked.includes(choice.id);
      const mark: ChoiceMark = isPicked
        ? isKeyed
          ? 'picked-right'
          : 'picked-wrong'
        : isKeyed
          ? 'missed'
          : 'not-picked';
      return [choice.id, mark];
    }),
  );
}

export interface CodeVerdict {
  /** As keyed (with its dot) for right and missing codes; as typed for extra ones. */
  code: string;
  status: 'right' | 'missing' | 'extra';
}

export interface CodeEntryReview {
  codes: CodeVerdict[];
  /** Whether the order was right, where the question scores order; null where it does not. */
  orderRight: boolean | null;
}

/** Per code: given and keyed (right), keyed but not given (missing), given but not keyed (extra). */
export function codeEntryReview(question: CodeEntryQuestion, answer: Answer): CodeEntryReview {
  const typed =
    typeof answer === 'string'
      ? answer
          .toUpperCase()
          .split(/[\s,;]+/)
          .filter(Boolean)
      : [];
  const given = typed.map((code) => normaliseCodes(code)[0] ?? '');
  const keyed = question.answer.map((code) => normaliseCodes(code)[0] ?? '');
  const codes: CodeVerdict[] = [
    ...question.answer.map((code, i): CodeVerdict => ({
      code,
      status: given.includes(keyed[i] ?? '') ? 'right' : 'missing',
    })),
    ...typed
      .filter((_, i) => !keyed.includes(given[i] ?? ''))
      .map((code): CodeVerdict => ({ code, status: 'extra' })),
  ];
  const orderRight = question.sequencingMatters
    ? keyed.length === given.length && keyed.every((code, i) => given[i] === code)
    : null;
  return { codes, orderRight };
}

/** Choices by id in words: `B. 10061; D. 10081`. */
function describeChoices(question: Question, ids: readonly string[]): string {
  if (question.type === 'code-entry') return ids.join(', ');
  return ids
    .map((id) => `${id}. ${question.choices.find((c) => c.id === id)?.text ?? ''}`)
    .join('; ');
}

/** The keyed answer in words: `B. 10061`, or the codes of a code-entry question. */
export function describeKey(question: Question): string {
  return describeChoices(
    question,
    Array.isArray(question.answer) ? question.answer : [question.answer],
  );
}

/** The candidate's answer in words, as typed for code entry. */
export function describeAnswer(question: Question, answer: Answer): string {
  if (!isAnswered(answer)) return 'none (unanswered)';
  if (question.type === 'code-entry') return String(answer);
  return describeChoices(question, Array.isArray(answer) ? answer : [answer ?? '']);
}
