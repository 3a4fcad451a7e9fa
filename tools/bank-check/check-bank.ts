/**
 * Content checks for a question bank, beyond the schema: the faults that would let a wrong
 * or weak question ship. Pure: the bank's JSON and the code tables come in as arguments.
 */
import { validateBank } from '../../src/domain/bank-schema';
import type { Choice, Question, QuestionBank } from '../../src/domain/question';
import type { CodeTables } from './code-tables';
import {
  CPT_MODIFIERS,
  isAmbulanceModifier,
  scanAnswerCodes,
  scanChoice,
  type CodeMention,
} from './codes';

export interface BankFault {
  bank: string;
  questionId?: string;
  reason: string;
}

export interface CheckedBank {
  bank: QuestionBank | null;
  faults: BankFault[];
}

/** Word-set overlap at or above which two stems count as near-duplicates. */
export const NEAR_DUPLICATE_OVERLAP = 0.7;

export function normaliseStem(stem: string): string {
  return stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Whether the text names the code on its own, not as part of a longer code (E11 in E11.65). */
export function mentionsCode(text: string, code: string): boolean {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9.])${escaped}(?![A-Za-z0-9]|\\.[A-Za-z0-9])`, 'i').test(text);
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];

/** Whether a stem tells the candidate to choose `count`, e.g. "(Select two.)", "Choose 3". */
function statesHowMany(stem: string, count: number): boolean {
  const number = `(?:${count}|${NUMBER_WORDS[count] ?? count})`;
  return new RegExp(`\\b(?:select|choose|pick|mark)\\s+(?:the\\s+)?${number}\\b`, 'i').test(stem);
}

function sentences(text: string): number {
  return text.split(/[.!?](?:\s|$)/).filter((part) => part.trim().length > 0).length;
}

function keyedChoices(question: Question): Choice[] {
  if (question.type === 'code-entry') return [];
  const keyed = question.type === 'single' ? [question.answer] : question.answer;
  return question.choices.filter((choice) => keyed.includes(choice.id));
}

/** Share of a prose choice's content words that the rationale restates, to count as naming it. */
export const RESTATEMENT_SHARE = 0.7;

function contentWords(text: string): Set<string> {
  return new Set(
    normaliseStem(text)
      .split(' ')
      .filter((word) => word.length > 3),
  );
}

/** Whether the rationale restates a prose choice: most of its content words appear in it. */
function restates(rationale: string, choiceText: string): boolean {
  const said = contentWords(rationale);
  const words = [...contentWords(choiceText)];
  return (
    words.length > 0 && words.filter((w) => said.has(w)).length / words.length >= RESTATEMENT_SHARE
  );
}

/** Does the rationale name the keyed answer: all its codes, its letter, or a restatement of it? */
function rationaleMentionsKey(question: Question): boolean {
  const rationale = question.rationale;
  if (question.type === 'code-entry') {
    return question.answer.every((code) => mentionsCode(rationale, code));
  }
  return keyedChoices(question).every((choice) => {
    const { codes } = scanChoice(choice.text);
    if (codes.length > 0) return codes.every((c) => mentionsCode(rationale, c.code));
    const letter = choice.id;
    const byLetter = new RegExp(
      `\\b(?:choice|option|answer)\\s+${letter}\\b|\\(${letter}\\)|^${letter}\\b|\\b${letter}\\s+(?:is|\\()`,
      'm',
    );
    return (
      byLetter.test(rationale) ||
      normaliseStem(rationale).includes(normaliseStem(choice.text)) ||
      restates(rationale, choice.text)
    );
  });
}

function checkCode(
  mention: CodeMention,
  question: Question,
  keyed: boolean,
  tables: CodeTables,
  fault: (reason: string) => void,
) {
  const year = question.codeSetYear;
  const deliberate = question.deliberatelyInvalidCodes?.includes(mention.code) ?? false;
  const role = keyed ? 'keyed answer' : 'distractor';

  const invalid = (why: string) => {
    if (keyed) return fault(`${role} ${mention.code} ${why}`);
    if (!deliberate) {
      return fault(
        `${role} ${mention.code} ${why}; if that is on purpose, list it in deliberatelyInvalidCodes and say why in the rationale`,
      );
    }
    if (!mentionsCode(question.rationale, mention.code)) {
      fault(
        `distractor ${mention.code} is marked deliberately invalid but the rationale does not say why`,
      );
    }
  };

  if (mention.kind === 'icd10cm') {
    const table = tables.icd10cm.get(year);
    if (!table)
      return fault(
        `no official ICD-10-CM table for code-set year ${year} in question-banks/codesets`,
      );
    const bare = mention.code.replace('.', '');
    if (!table.has(bare)) {
      const isHeader = [...table].some((code) => code.startsWith(bare));
      invalid(
        isHeader
          ? `is an ICD-10-CM category or subcategory, not a reportable code, in FY${year}`
          : `is not a valid ICD-10-CM code in FY${year}`,
      );
    }
  } else if (mention.kind === 'hcpcs') {
    const table = tables.hcpcs.get(year);
    if (!table)
      return fault(
        `no official HCPCS Level II table for code-set year ${year} in question-banks/codesets`,
      );
    if (!table.has(mention.code)) invalid(`is not in the ${year} HCPCS Level II table`);
  }
  const modifiers = tables.hcpcsModifiers.get(year);
  for (const modifier of mention.modifiers) {
    const known = /^\d\d$/.test(modifier)
      ? CPT_MODIFIERS.has(modifier)
      : (modifiers?.has(modifier) ?? false) || isAmbulanceModifier(modifier);
    if (!known)
      fault(
        `modifier ${modifier} on ${mention.code} is not a CPT or ${year} HCPCS Level II modifier`,
      );
  }
}

/** Runs the schema, then every content check, on one bank file's JSON. */
export function checkBank(bankName: string, json: unknown, tables: CodeTables): CheckedBank {
  const faults: BankFault[] = [];
  const validation = validateBank(json);
  if (!validation.ok) {
    for (const problem of validation.problems) {
      const fault: BankFault = {
        bank: bankName,
        reason: `schema: ${problem.path}: ${problem.message}`,
      };
      if (problem.questionId) fault.questionId = problem.questionId;
      faults.push(fault);
    }
    return { bank: null, faults };
  }
  const { bank } = validation;
  const seenStems = new Map<string, string>();
  const stemWords: [string, Set<string>][] = [];

  for (const question of bank.questions) {
    const reasons = new Set<string>();
    const fault = (reason: string) => {
      if (reasons.has(reason)) return; // e.g. a missing table, met once per code
      reasons.add(reason);
      faults.push({ bank: bankName, questionId: question.id, reason });
    };

    const stem = normaliseStem(question.stem);
    const twin = seenStems.get(stem);
    if (twin) fault(`duplicate stem: same text as ${twin}`);
    seenStems.set(stem, question.id);
    const words = new Set(stem.split(' ').filter((w) => w.length > 2));
    for (const [otherId, otherWords] of stemWords) {
      if (!twin && overlap(words, otherWords) >= NEAR_DUPLICATE_OVERLAP)
        fault(`near-duplicate stem of ${otherId}`);
    }
    stemWords.push([question.id, words]);

    if (question.type === 'multiple' && !statesHowMany(question.stem, question.answer.length)) {
      fault(`multiple-response stem must say how many to choose (${question.answer.length})`);
    }
    if (question.type === 'single' && question.choices.length < 4) {
      fault(`single-answer question has ${question.choices.length} choices; it needs at least 4`);
    }
    if (sentences(question.rationale) < 2 || question.rationale.length < 100) {
      fault(
        'rationale is a single line: explain why the key is right and why each other choice is wrong',
      );
    }
    if (!rationaleMentionsKey(question)) fault('rationale does not mention the keyed answer');

    const keyed = new Set(keyedChoices(question).map((c) => c.id));
    const scans =
      question.type === 'code-entry'
        ? [{ keyed: true, scan: scanAnswerCodes(question.answer) }]
        : question.choices.map((choice) => ({
            keyed: keyed.has(choice.id),
            scan: scanChoice(choice.text),
          }));
    for (const { keyed: isKeyed, scan } of scans) {
      for (const reason of scan.malformed)
        fault(`${isKeyed ? 'keyed answer' : 'distractor'}: ${reason}`);
      for (const mention of scan.codes) checkCode(mention, question, isKeyed, tables, fault);
    }
  }
  return { bank, faults };
}

/** Question ids used by more than one bank (attempts keep questions by id). */
export function crossBankDuplicateIds(banks: { name: string; bank: QuestionBank }[]): BankFault[] {
  const owner = new Map<string, string>();
  const faults: BankFault[] = [];
  for (const { name, bank } of banks) {
    for (const question of bank.questions) {
      const first = owner.get(question.id);
      if (first && first !== name) {
        faults.push({
          bank: name,
          questionId: question.id,
          reason: `duplicate id: also used in ${first}`,
        });
      }
      owner.set(question.id, first ?? name);
    }
  }
  return faults;
}
