// Text from a bank reaches the page only through React's text rendering: no code in src/ may
// write HTML from a string. A regression here would let a bank's text run as markup.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const src = path.resolve(__dirname, '../../src');
const SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc|\beval\(|new Function\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

it('src/ never writes HTML from a string (dangerouslySetInnerHTML, innerHTML, eval…)', () => {
  const files = sourceFiles(src);
  expect(files.length).toBeGreaterThan(40);
  const hits = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${path.relative(src, file)}:${i + 1}` }))
      .filter(({ line }) => SINKS.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
  expect(hits).toEqual([]);
});

it('the pattern catches each sink it names', () => {
  for (const line of [
    '<p dangerouslySetInnerHTML={{ __html: stem }} />',
    'el.innerHTML = stem;',
    'el.insertAdjacentHTML("beforeend", stem)',
  ])
    expect(SINKS.test(line)).toBe(true);
});
