// Summarises question-banks/*.json at build time so Home can say which exams each
// certification can fill without downloading any bank (banks load lazily per exam).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { countByDomain } from '../src/domain/bank-summary.ts';

const VIRTUAL_ID = 'virtual:bank-catalog';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

interface BankFile {
  id: string;
  certification: string;
  title: string;
  version: string;
  questions: { domain: string }[];
}

export function bankCatalogPlugin(banksDir: string): Plugin {
  return {
    name: 'bank-catalog',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readdirSync(banksDir)
        .filter((name) => name.endsWith('.json'))
        .sort();
      const entries = files.map((name) => {
        const file = path.join(banksDir, name);
        this.addWatchFile(file);
        let bank: BankFile;
        try {
          bank = JSON.parse(readFileSync(file, 'utf8')) as BankFile;
        } catch (error) {
          throw new Error(`question-banks/${name}: not valid JSON (${String(error)})`, {
            cause: error,
          });
        }
        return {
          origin: 'built-in',
          file: `/question-banks/${name}`,
          id: bank.id,
          certification: bank.certification,
          title: bank.title,
          version: bank.version,
          questionCount: bank.questions.length,
          domainCounts: countByDomain(bank),
        };
      });
      return `export default ${JSON.stringify(entries)};`;
    },
  };
}
