// The validators reach the command through `workshop-elements/validate.js`: one implementation, run in Node. That
// entry must define no element and load neither lit nor the browser task queue (a MessageChannel keeps Node alive).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

test('workshop-elements/validate.js imports no element, no lit and no tasks.ts, all the way down', () => {
  const entry = createRequire(import.meta.url).resolve('workshop-elements/validate.js');
  const seen = new Set();
  const bare = new Set();
  const walk = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // tsc writes each import and re-export as a statement at the start of a line.
    for (const [, from, side] of text.matchAll(
      /^(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm,
    )) {
      const spec = from ?? side;
      if (spec.startsWith('.')) walk(join(dirname(file), spec));
      else bare.add(spec);
    }
  };
  walk(entry);
  assert.deepEqual([...bare], []);
  const files = [...seen].map((f) => f.slice(dirname(entry).length + 1));
  assert.ok(files.includes('paper-list/validate.js'));
  for (const f of files)
    assert.doesNotMatch(
      f,
      /tasks\.js$|paper-list\.js$|workshop-schedule\.js$|speaker-card\.js$|sponsor-strip\.js$|index\.js$/,
    );
});
