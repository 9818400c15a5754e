// Every private custom property an element's styles read (`var(--_…)`) is set somewhere it can see: in its own
// styles, the shared ones (src/internal/), or by its code through `cssProps({ '--_we-…': … })`. A read of a name no
// one sets is invalid at computed-value time, so the declaration silently falls back to nothing: <important-dates>
// kept the shared tokens' old names (`--_border`, `--_accent`…) after they became `--_we-*`, and lost every border,
// its buttons' outlines, its countdown badge and its timeline's dots and line (found in the host-page trial).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const tsIn = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');

/** Private names a text reads with `var(--_name` and names it sets (`--_name:` in CSS, `'--_name'` in cssProps). */
export function privateProperties(text) {
  const read = new Set([...text.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]));
  const set = new Set([
    ...[...text.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]),
    ...[...text.matchAll(/['"`](--_[\w-]+)['"`]/g)].map((m) => m[1]),
  ]);
  return { read, set };
}

test('privateProperties tells a read from a definition', () => {
  const { read, set } = privateProperties(`:host { --_we-a: red; } p { color: var(--_we-a); border: var(--_b, 0) }
    \${cssProps({ '--_we-c': '1' })} q { width: var(--_we-c) }`);
  assert.deepEqual([...read], ['--_we-a', '--_b', '--_we-c']);
  assert.deepEqual([...set], ['--_we-a', '--_we-c']);
});

const shared = privateProperties(tsIn('src/internal'));
const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.includes('-'))
  .map((d) => d.name);

test('there are elements to check', () => {
  assert.ok(elements.includes('important-dates') && elements.includes('workshop-schedule'), elements.join());
});

for (const element of elements)
  test(`<${element}> reads no private custom property that nothing sets`, () => {
    const own = privateProperties(tsIn(path.join('src', element)));
    const unset = [...own.read, ...shared.read].filter((name) => !own.set.has(name) && !shared.set.has(name));
    assert.deepEqual([...new Set(unset)], []);
  });
