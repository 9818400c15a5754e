// The shape of src/ that STYLE.md asks for: no source file over 500 lines, and no import cycle.
// Cycles are found by a small walker over the import statements rather than madge or dpdm: every import in src/ is
// a static ESM specifier ending in `.js` (TypeScript's rule for NodeNext), so a regular expression reads them
// exactly, and the walker is lighter than a tool with its own TypeScript resolver and dependency tree.
// Type-only imports count too: a cycle of types is still two modules that cannot be read one without the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MAX_LINES = 500;
const files = readdirSync('src', { recursive: true })
  .map((f) => path.join('src', f))
  .filter((f) => f.endsWith('.ts'));

/** The relative modules a file imports or re-exports, as paths of .ts files. */
export function importsOf(file, text) {
  const out = [];
  const specifier = /(?:^|\n)\s*(?:import|export)\b[^'"]*?(?:\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const [, spec] of text.matchAll(specifier))
    out.push(path.join(path.dirname(file), spec.replace(/\.js$/, '.ts')));
  return out;
}

/** Every cycle in a graph (file → imported files), each as the list of files around it. */
export function cycles(graph) {
  const found = [];
  const state = new Map(); // 1: on the current path, 2: done
  const stack = [];
  const visit = (file) => {
    state.set(file, 1);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 1) found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 2);
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

test(`no source file in src/ is over ${MAX_LINES} lines`, () => {
  const long = files
    .map((f) => [f, readFileSync(f, 'utf8').split('\n').length - 1])
    .filter(([, n]) => n > MAX_LINES)
    .map(([f, n]) => `${f}: ${n} lines`);
  assert.deepEqual(long, []);
});

test('src/ has no import cycle', () => {
  const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
  for (const [file, imports] of graph)
    for (const target of imports) assert.ok(graph.has(target), `${file} imports ${target}, which does not exist`);
  assert.deepEqual(
    cycles(graph).map((c) => c.join(' → ')),
    [],
  );
});

test('the cycle finder finds a cycle, also through type-only imports and re-exports', () => {
  const text = {
    'src/a.ts': "import { b } from './b.js';\nexport const a = 1;",
    'src/b.ts': "import type { C } from './c.js';\nexport const b = 2;",
    'src/c.ts': "export { a } from './a.js';\nexport interface C {}",
    'src/d.ts': "import { a } from './a.js';",
  };
  const graph = new Map(Object.entries(text).map(([f, t]) => [f, importsOf(f, t)]));
  assert.deepEqual(cycles(graph), [['src/a.ts', 'src/b.ts', 'src/c.ts', 'src/a.ts']]);
  graph.set('src/c.ts', []);
  assert.deepEqual(cycles(graph), []);
});
