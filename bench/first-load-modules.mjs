// What the first-load chunk is made of: builds the app in memory (Vite's JS API, with source
// maps) and attributes each byte of the minified entry chunk to the source it came from,
// grouped by package or src/ folder, largest first.
// Usage: node bench/first-load-modules.mjs [how many rows per list]
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { root } from './servers.mjs';

const limit = Number(process.argv[2] ?? 20);
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one line of source-map mappings into [generatedColumn, sourceIndex] pairs. */
function* segmentsOf(line, state) {
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.column += fields[0];
    if (fields.length > 1) state.source += fields[1];
    yield [state.column, fields.length > 1 ? state.source : -1];
  }
}

/** Bytes of generated code per source file (unmapped code counted as "(no source)"). */
function bytesBySource(code, map) {
  const sizes = new Map();
  const add = (name, n) => sizes.set(name, (sizes.get(name) ?? 0) + n);
  const lines = code.split('\n');
  const state = { source: 0, column: 0 };
  map.mappings.split(';').forEach((mapping, i) => {
    const text = lines[i] ?? '';
    state.column = 0;
    const segments = [...segmentsOf(mapping, state)];
    if (segments.length === 0 || segments[0][0] > 0)
      add('(no source)', segments[0]?.[0] ?? text.length);
    segments.forEach(([column, source], k) => {
      const end = segments[k + 1]?.[0] ?? text.length;
      add(
        source < 0 ? '(no source)' : map.sources[source],
        Buffer.byteLength(text.slice(column, end)),
      );
    });
  });
  return sizes;
}

function groupOf(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1];
  return source.includes('/') ? source.replace(/^(\.\.\/)+/, '').replace(/\/[^/]+$/, '/') : source;
}

const output = await build({
  root,
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: 'error',
  build: { write: false, sourcemap: true },
});
const files = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
const entry = files.find((f) => f.type === 'chunk' && f.isEntry);
if (!entry?.map) throw new Error('The build has no entry chunk with a source map');
const statics = entry.imports.map((name) => files.find((f) => f.fileName === name));

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
for (const chunk of [entry, ...statics]) {
  const sizes = bytesBySource(chunk.code, chunk.map);
  const groups = new Map();
  for (const [source, n] of sizes)
    groups.set(groupOf(source), (groups.get(groupOf(source)) ?? 0) + n);
  console.log(
    `\n${chunk.fileName}: ${kb(Buffer.byteLength(chunk.code))} minified, ${kb(gzipSync(chunk.code).length)} gzip`,
  );
  console.log('  by package or src/ folder (minified bytes):');
  for (const [group, n] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, limit))
    console.log(`    ${kb(n).padStart(9)}  ${group}`);
  console.log('  largest source files:');
  for (const [source, n] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, limit))
    console.log(`    ${kb(n).padStart(9)}  ${source.replace(/^(\.\.\/)+/, '')}`);
}
