/**
 * What a bank must meet to be imported, beyond the schema: plain text only (question text is
 * rendered as text, never as HTML, and a file that carries markup is refused rather than
 * shown with its tags), every domain of its certification's blueprint declared, and only the
 * question types that certification's exam uses.
 */
import { questionIdAt, toJsonPath, type BankProblem } from './bank-schema';
import { EXAM_SPECS } from './exam-spec';
import type { QuestionBank } from './question';

/**
 * Markup: a whole tag (`<b>`, `</p>`, `<img src=x onerror=…>`), the start of a dangerous one
 * even unclosed (`<script`, `<a href=`), a comment or declaration (`<!`) or a processing
 * instruction (`<?`). Prose keeps its comparisons: "BMI < 18.5", "<5 mm", "x<y", "a -> b".
 */
const MARKUP =
  /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>|<(?:script|style|iframe|frame|img|svg|math|object|embed|link|meta|base|form|body)\b|<a\s+href|<[!?]/i;

/** Every string in the parsed file that carries HTML markup, with its path and question id. */
export function markupProblems(input: unknown): BankProblem[] {
  const problems: BankProblem[] = [];
  // An explicit stack: the input may come from a backup file, whose depth nobody checked.
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      const at = value.search(MARKUP);
      if (at === -1) continue;
      const tag = value.slice(at, at + 40).split('>')[0] ?? '';
      const problem: BankProblem = {
        path: toJsonPath(path),
        message: `contains HTML markup (${JSON.stringify(tag + (tag.length < 40 ? '>' : '…'))}); bank text must be plain text`,
      };
      const questionId = questionIdAt(input, path);
      if (questionId !== undefined) problem.questionId = questionId;
      problems.push(problem);
    } else if (Array.isArray(value)) {
      for (let k = value.length - 1; k >= 0; k -= 1)
        pending.push({ value: value[k] as unknown, path: [...path, k] });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let k = entries.length - 1; k >= 0; k -= 1) {
        const [key, child] = entries[k] ?? ['', undefined];
        pending.push({ value: child, path: [...path, key] });
      }
    }
  }
  return problems;
}

/** Blueprint domains the bank does not declare, and question types its exam does not use. */
export function certificationProblems(bank: QuestionBank): BankProblem[] {
  const spec = EXAM_SPECS[bank.certification];
  const declared = new Set(bank.domains.map((d) => d.id));
  const problems: BankProblem[] = spec.blueprint
    .filter((domain) => !declared.has(domain.domainId))
    .map((domain) => ({
      path: '$.domains',
      message: `lacks the ${bank.certification} blueprint domain "${domain.domainId}" (${domain.name}); declare it in domains`,
    }));
  bank.questions.forEach((question, index) => {
    if (spec.questionTypes.includes(question.type)) return;
    problems.push({
      path: `$.questions[${index}].type`,
      questionId: question.id,
      message: `type "${question.type}" is not used in the ${bank.certification} exam (it uses ${spec.questionTypes.join(', ')})`,
    });
  });
  return problems;
}
