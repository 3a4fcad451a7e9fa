/**
 * The official formats of the four exams, each figure with where it came from. A
 * candidate must know which figures are the certifying body's and which are ours.
 */
import type { Certification } from './certification';
import type { QuestionType } from './question';

/** official: the certifying body's own page; third-party: prep sites quoting it; estimate: ours. */
export type Confidence = 'official' | 'third-party' | 'estimate';

export interface Sourced<T> {
  value: T;
  confidence: Confidence;
  source: string;
}

export interface BlueprintDomain {
  domainId: string;
  name: string;
  count: number;
  confidence: Confidence;
}

export interface ExamSpec {
  certification: Certification;
  name: string;
  body: 'AAPC' | 'AHIMA';
  /** Items shown, scored and unscored pretest together. */
  questionCount: Sourced<number>;
  scoredCount: number;
  pretestCount: number;
  timeLimitMs: Sourced<number>;
  passingPercent: Sourced<number>;
  /** Said on results when the real pass mark is not a percentage. */
  passingNote?: string;
  questionTypes: QuestionType[];
  order: 'by-section' | 'shuffled';
  warningsBeforeEndMs: number[];
  paceSecondsPerQuestion: number;
  books: string[];
  blueprint: BlueprintDomain[];
}

const HOUR = 3_600_000;
const MINUTE = 60_000;
const WARNINGS = [30 * MINUTE, 5 * MINUTE];
const AAPC_CPC = 'AAPC, CPC exam page (November 2026)';
const AHIMA_NOTE =
  'AHIMA’s pass mark is a scaled score (300 on a 100–400 scale) with no published percentage equivalent; the 70% shown here is this app’s practice mark, not AHIMA’s.';

function domains(confidence: Confidence, rows: [string, string, number][]): BlueprintDomain[] {
  return rows.map(([domainId, name, count]) => ({ domainId, name, count, confidence }));
}

const CPC: ExamSpec = {
  certification: 'CPC',
  name: 'Certified Professional Coder',
  body: 'AAPC',
  questionCount: { value: 100, confidence: 'official', source: AAPC_CPC },
  scoredCount: 100,
  pretestCount: 0,
  timeLimitMs: { value: 4 * HOUR, confidence: 'official', source: AAPC_CPC },
  passingPercent: { value: 70, confidence: 'official', source: AAPC_CPC },
  questionTypes: ['single'],
  order: 'by-section',
  warningsBeforeEndMs: WARNINGS,
  paceSecondsPerQuestion: 144,
  books: ['AMA CPT Professional', 'ICD-10-CM', 'HCPCS Level II'],
  blueprint: [
    ...domains('official', [
      ['surgery-integumentary', 'Surgery: integumentary system (10000 series)', 6],
      ['surgery-musculoskeletal', 'Surgery: musculoskeletal system (20000 series)', 6],
      [
        'surgery-respiratory-cardiovascular',
        'Surgery: respiratory, cardiovascular, hemic and lymphatic (30000 series)',
        6,
      ],
      ['surgery-digestive', 'Surgery: digestive system (40000 series)', 6],
      [
        'surgery-urinary-genital-endocrine',
        'Surgery: urinary, genital, maternity and endocrine (50000 series)',
        6,
      ],
      ['surgery-nervous-eye-ear', 'Surgery: nervous system, eye and ear (60000 series)', 6],
      ['evaluation-management', 'Evaluation and management', 6],
      ['anesthesia', 'Anesthesia', 4],
      ['radiology', 'Radiology', 6],
      ['laboratory-pathology', 'Laboratory and pathology', 6],
      ['medicine', 'Medicine', 6],
      ['medical-terminology', 'Medical terminology', 4],
      ['anatomy', 'Anatomy', 4],
    ]),
    ...domains('estimate', [
      ['icd-10-cm', 'ICD-10-CM', 10],
      ['hcpcs-level-ii', 'HCPCS Level II', 6],
      ['coding-guidelines', 'Coding guidelines', 6],
      ['compliance-regulatory', 'Compliance and regulatory', 6],
    ]),
  ],
};

const CIC: ExamSpec = {
  certification: 'CIC',
  name: 'Certified Inpatient Coder',
  body: 'AAPC',
  questionCount: {
    value: 47,
    confidence: 'official',
    source: 'AAPC, CIC exam page (November 2026): 40 multiple choice + 7 inpatient cases',
  },
  scoredCount: 47,
  pretestCount: 0,
  timeLimitMs: {
    value: 4 * HOUR,
    confidence: 'official',
    source: 'AAPC, CIC exam page (November 2026)',
  },
  passingPercent: { value: 70, confidence: 'estimate', source: 'Assumed, as for other AAPC exams' },
  questionTypes: ['single', 'code-entry'],
  order: 'by-section',
  warningsBeforeEndMs: WARNINGS,
  paceSecondsPerQuestion: 306,
  books: ['ICD-10-CM', 'ICD-10-PCS'],
  blueprint: domains('estimate', [
    ['icd-10-cm-diagnosis', 'ICD-10-CM diagnosis coding', 12],
    ['icd-10-pcs-procedure', 'ICD-10-PCS procedure coding', 10],
    ['inpatient-guidelines-drg', 'Inpatient guidelines, MS-DRG and POA', 8],
    ['anatomy-terminology-pathophysiology', 'Anatomy, terminology and pathophysiology', 6],
    ['compliance', 'Compliance', 4],
    ['inpatient-cases', 'Inpatient cases (code entry)', 7],
  ]),
};

const CCS: ExamSpec = {
  certification: 'CCS',
  name: 'Certified Coding Specialist',
  body: 'AHIMA',
  questionCount: {
    value: 107,
    confidence: 'third-party',
    source: 'Prep sites quoting AHIMA (November 2026): 97 scored + 10 pretest',
  },
  scoredCount: 97,
  pretestCount: 10,
  timeLimitMs: {
    value: 4 * HOUR,
    confidence: 'third-party',
    source: 'Prep sites quoting AHIMA: 4 h, no breaks',
  },
  passingPercent: { value: 70, confidence: 'estimate', source: 'This app’s practice mark' },
  passingNote: AHIMA_NOTE,
  questionTypes: ['single', 'multiple', 'code-entry'],
  order: 'shuffled',
  warningsBeforeEndMs: WARNINGS,
  paceSecondsPerQuestion: 132,
  books: ['ICD-10-CM', 'ICD-10-PCS', 'CPT'],
  blueprint: domains('third-party', [
    ['coding-knowledge', 'Coding knowledge and skills', 39],
    ['coding-documentation', 'Coding documentation', 19],
    ['provider-queries', 'Provider queries', 10],
    ['regulatory-compliance', 'Regulatory and compliance', 19],
    ['information-technology', 'Information technology', 10],
  ]),
};

const CCA: ExamSpec = {
  certification: 'CCA',
  name: 'Certified Coding Associate',
  body: 'AHIMA',
  questionCount: {
    value: 105,
    confidence: 'third-party',
    source: 'Prep sites quoting AHIMA (November 2026): 90 scored + 15 pretest; AHIMA says 90–115',
  },
  scoredCount: 90,
  pretestCount: 15,
  timeLimitMs: {
    value: 2 * HOUR,
    confidence: 'official',
    source: 'AHIMA, CCA exam page (November 2026)',
  },
  passingPercent: { value: 70, confidence: 'estimate', source: 'This app’s practice mark' },
  passingNote: AHIMA_NOTE,
  questionTypes: ['single', 'multiple'],
  order: 'shuffled',
  warningsBeforeEndMs: WARNINGS,
  paceSecondsPerQuestion: 69,
  books: ['ICD-10-CM', 'ICD-10-PCS', 'CPT'],
  blueprint: domains('third-party', [
    ['clinical-classification', 'Clinical classification systems', 31],
    ['reimbursement', 'Reimbursement methodologies', 16],
    ['health-records-data', 'Health records and data content', 17],
    ['compliance', 'Compliance', 12],
    ['information-technology', 'Information technologies', 7],
    ['privacy', 'Confidentiality and privacy', 7],
  ]),
};

export const EXAM_SPECS: Record<Certification, ExamSpec> = { CPC, CIC, CCS, CCA };

/** Questions the blueprint draws from the bank: the scored ones plus pretest items. */
export function blueprintTotal(spec: ExamSpec): number {
  return spec.blueprint.reduce((sum, domain) => sum + domain.count, 0);
}
