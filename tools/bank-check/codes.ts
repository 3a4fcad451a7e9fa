/**
 * Finds the codes in a question's choices and answers, and says what kind each is.
 * A choice made only of code-like tokens ("99214-25, 20610") is a code list: every token
 * must be a recognisable code. In prose choices, only unmistakable codes are picked out.
 */
export type CodeKind = 'icd10cm' | 'icd10pcs' | 'hcpcs' | 'cpt';

export interface CodeMention {
  /** As written, with modifiers: `99214-25`. */
  raw: string;
  kind: CodeKind;
  /** Without modifiers; ICD-10-CM keeps its dot: `E11.9`. */
  code: string;
  modifiers: string[];
}

export interface CodeScan {
  codes: CodeMention[];
  /** Tokens in a code list that are no recognisable code, with the reason. */
  malformed: string[];
}

const TOKEN = /^[A-Z0-9][A-Z0-9.]{2,7}(?:-[A-Z0-9]{2})*$/;
const SEPARATORS = /\s*(?:,|;|\band\b|\bwith\b|\bplus\b)\s*/;
const PCS_CHARACTERS = /^[0-9A-HJ-NP-Z]{7}$/;
/** Every code starts with a digit or a letter and a digit, or is 7 characters (PCS); "ICD-10-CM" and "HL7" do not. */
const CODE_START = /^(?:\d|[A-Z]\d|[0-9A-Z]{7}$)/;

/** What a bare code (no modifiers) is, or why it is none. */
export function classifyCode(code: string): CodeKind | { error: string } {
  if (/^\d{4}[0-9FTU]$/.test(code)) return 'cpt';
  // Seven characters is ICD-10-PCS, even when only the last is a letter (027034Z).
  if (code.length === 7 && /^[0-9A-Z]+$/.test(code)) {
    return PCS_CHARACTERS.test(code)
      ? 'icd10pcs'
      : { error: `"${code}" is not an ICD-10-PCS code: PCS uses 0–9 and A–Z without I and O` };
  }
  if (/^\d+[A-Z]?$/.test(code))
    return { error: `"${code}" is not a CPT code shape (NNNNN, or NNNNF/NNNNT/NNNNU)` };
  if (/^[A-Z]\d{4}$/.test(code)) return 'hcpcs';
  if (/^[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/.test(code)) return 'icd10cm';
  if (/^[A-Z]\d[0-9A-Z]{2,4}$/.test(code) && code.length < 7) {
    return { error: `"${code}" looks like an ICD-10-CM code written without its dot` };
  }
  return { error: `"${code}" is not a recognisable code` };
}

function mention(raw: string): CodeMention | { error: string } {
  const [code = '', ...modifiers] = raw.split('-');
  const kind = classifyCode(code);
  return typeof kind === 'string' ? { raw, kind, code, modifiers } : kind;
}

/** The codes in one choice's text. */
export function scanChoice(text: string): CodeScan {
  const tokens = text
    .trim()
    .split(SEPARATORS)
    .map((t) => t.trim())
    .filter(Boolean);
  const isCodeList =
    tokens.length > 0 &&
    tokens.every((t) => TOKEN.test(t) && CODE_START.test(t.split('-')[0] ?? ''));
  if (isCodeList) {
    const codes: CodeMention[] = [];
    const malformed: string[] = [];
    for (const token of tokens) {
      const found = mention(token);
      if ('error' in found) malformed.push(found.error);
      else codes.push(found);
    }
    return { codes, malformed };
  }
  // Prose: dotted ICD-10-CM codes, HCPCS Level II and CPT numbers, each with its modifiers.
  const codes: CodeMention[] = [];
  for (const match of text.matchAll(
    /\b([A-Z]\d[0-9A-Z]\.[0-9A-Z]{1,4}|[A-V]\d{4}|\d{4}[0-9FTU])((?:-[A-Z0-9]{2})*)(?![\w.])/g,
  )) {
    const found = mention(`${match[1]}${match[2] ?? ''}`);
    if (!('error' in found)) codes.push(found);
  }
  return { codes, malformed: [] };
}

/** The codes of a code-entry answer: every entry must be a code. */
export function scanAnswerCodes(answer: readonly string[]): CodeScan {
  const codes: CodeMention[] = [];
  const malformed: string[] = [];
  for (const raw of answer) {
    const found = mention(raw.trim().toUpperCase());
    if ('error' in found) malformed.push(found.error);
    else codes.push(found);
  }
  return { codes, malformed };
}

/** CPT modifier numbers (the numbers only; their descriptors are AMA copyright). */
export const CPT_MODIFIERS = new Set(
  '22 23 24 25 26 27 32 33 47 50 51 52 53 54 55 56 57 58 59 62 63 66 73 74 76 77 78 79 80 81 82 90 91 92 93 95 96 97 99'.split(
    ' ',
  ),
);

/** Ambulance origin/destination modifiers pair two of these letters (e.g. RH). */
const AMBULANCE_ENDS = new Set('DEGHIJNPRSX'.split(''));

export function isAmbulanceModifier(modifier: string): boolean {
  return modifier.length === 2 && [...modifier].every((letter) => AMBULANCE_ENDS.has(letter));
}
