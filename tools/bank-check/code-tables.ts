/** The official code tables in question-banks/codesets, by code-set year. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface CodeTables {
  /** Reportable ICD-10-CM codes without dots, by fiscal year. */
  icd10cm: Map<number, Set<string>>;
  hcpcs: Map<number, Set<string>>;
  hcpcsModifiers: Map<number, Set<string>>;
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[0]?.trim() ?? '')
    .filter(Boolean);
}

export function loadCodeTables(dir: string): CodeTables {
  const tables: CodeTables = { icd10cm: new Map(), hcpcs: new Map(), hcpcsModifiers: new Map() };
  if (!existsSync(dir)) return tables;
  for (const name of readdirSync(dir)) {
    const match = /^(icd10cm|hcpcs|hcpcs-modifiers)-(\d{4})[-.]/.exec(name);
    if (!match) continue;
    const [, kind, year] = match;
    const target =
      kind === 'icd10cm' ? tables.icd10cm : kind === 'hcpcs' ? tables.hcpcs : tables.hcpcsModifiers;
    target.set(Number(year), new Set(lines(path.join(dir, name))));
  }
  return tables;
}
