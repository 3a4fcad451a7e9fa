import type { Certification } from './certification';

/** Difficulty: 1 recall, 2 application, 3 multi-step case. */
export type Difficulty = 1 | 2 | 3;

export interface Choice {
  id: string;
  text: string;
}

interface QuestionBase {
  id: string;
  domain: string;
  stem: string;
  /** A longer record (note, operative report) shown with the question. */
  scenario?: string;
  rationale: string;
  difficulty: Difficulty;
  codeSetYear: number;
  tags?: string[];
  /** Distractor codes that are invalid on purpose; the rationale says why. */
  deliberatelyInvalidCodes?: string[];
  /** Questions sharing one record (the scenario), kept together and in part order. */
  series?: { id: string; part: number };
}

export interface SingleAnswerQuestion extends QuestionBase {
  type: 'single';
  choices: Choice[];
  answer: string;
}

export interface MultipleResponseQuestion extends QuestionBase {
  type: 'multiple';
  choices: Choice[];
  answer: string[];
}

export interface CodeEntryQuestion extends QuestionBase {
  type: 'code-entry';
  answer: string[];
  /** When true the codes must be given in this order (principal diagnosis first). */
  sequencingMatters: boolean;
}

export type Question = SingleAnswerQuestion | MultipleResponseQuestion | CodeEntryQuestion;
export type QuestionType = Question['type'];

export interface Domain {
  id: string;
  name: string;
}

export interface QuestionBank {
  schemaVersion: 1;
  id: string;
  certification: Certification;
  title: string;
  version: string;
  codeSetYear: number;
  domains: Domain[];
  questions: Question[];
}

/**
 * What a candidate gave: a choice id (single), choice ids (multiple) or the text typed
 * (code entry); null when unanswered.
 */
export type Answer = string | string[] | null;
