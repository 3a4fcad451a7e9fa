/**
 * A linear, non-recursive scan of JSON text that finds the first syntax error or the first
 * place nested deeper than a limit, with its line and column. It runs before JSON.parse so a
 * hostile file can neither overflow a stack nor leave a user with an engine's vague message
 * (Safari's JSON.parse says no position at all).
 */

export interface JsonScanProblem {
  kind: 'syntax' | 'depth';
  /** UTF-16 offset into the text. */
  offset: number;
  message: string;
}

/** 1-based line and column of an offset into the text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Returns the first problem, or null when the text is one well-formed JSON value no deeper
 * than `maxDepth` objects and arrays.
 * @example scanJson('{"a": [1,]}', 32) // { kind: 'syntax', offset: 9, message: 'expected a value but found "]" (a comma too many?)' }
 */
export function scanJson(text: string, maxDepth: number): JsonScanProblem | null {
  const open: ('{' | '[')[] = [];
  let i = 0;
  const syntax = (message: string, offset = i): JsonScanProblem => ({
    kind: 'syntax',
    offset,
    message,
  });
  const found = () =>
    i >= text.length ? 'the end of the file (is it cut short?)' : JSON.stringify(text[i]);
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i += 1;
    }
  };
  /** Moves past the string that starts at i. */
  const readString = (): JsonScanProblem | null => {
    const start = i;
    i += 1;
    for (;;) {
      if (i >= text.length)
        return syntax('a string is not closed (the file ends inside it)', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return null;
      }
      if (c < 0x20) return syntax('a string holds a raw control character (write \\n or \\t)');
      if (c !== 0x5c) {
        i += 1;
        continue;
      }
      const next = text[i + 1] ?? '';
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (ESCAPES.has(next)) i += 2;
      else return syntax(`\\${next} is not a JSON escape (write \\\\ for a backslash)`);
    }
  };
  /** A string, number, true, false or null at i. */
  const readScalar = (): JsonScanProblem | null => {
    const c = text[i];
    if (c === '"') return readString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return null;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return null;
    }
    const hint =
      c === ']' || c === '}' || c === ','
        ? ' (a comma too many?)'
        : c === "'"
          ? ' (JSON strings use double quotes)'
          : '';
    return syntax(`expected a value but found ${found()}${hint}`);
  };
  /** In an object, after `{` or `,`: a property name in double quotes and a colon. */
  const readKey = (): JsonScanProblem | null => {
    skipSpace();
    if (text[i] !== '"') {
      const hint = text[i] === '}' || text[i] === ',' ? ' (a comma too many?)' : '';
      return syntax(`expected a property name in double quotes but found ${found()}${hint}`);
    }
    const problem = readString();
    if (problem) return problem;
    skipSpace();
    if (text[i] !== ':') return syntax(`expected ":" after a property name but found ${found()}`);
    i += 1;
    return null;
  };

  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        open.push(c);
        if (open.length > maxDepth) {
          return {
            kind: 'depth',
            offset: i,
            message: `objects and arrays are nested more than ${maxDepth} levels deep (a question bank needs no more than 5)`,
          };
        }
        i += 1;
        skipSpace();
        const close = c === '{' ? '}' : ']';
        if (text[i] === close) {
          open.pop();
          i += 1;
          expectValue = false;
          continue;
        }
        const problem = c === '{' ? readKey() : null;
        if (problem) return problem;
        continue;
      }
      const problem = readScalar();
      if (problem) return problem;
      expectValue = false;
      continue;
    }
    const top = open[open.length - 1];
    if (!top) {
      return i < text.length
        ? syntax(`expected the end of the file after the JSON value but found ${found()}`)
        : null;
    }
    const close = top === '{' ? '}' : ']';
    if (text[i] === close) {
      open.pop();
      i += 1;
      continue;
    }
    if (text[i] === ',') {
      i += 1;
      const problem = top === '{' ? readKey() : null;
      if (problem) return problem;
      expectValue = true;
      continue;
    }
    const after = top === '{' ? 'a property value' : 'an array item';
    return syntax(`expected "," or "${close}" after ${after} but found ${found()}`);
  }
}
