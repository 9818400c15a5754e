// The README carries each element's reference from docs/<element>.md; this fails when one was edited and not the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ELEMENTS, generated } from '../../scripts/readme-docs.mjs';

test('README.md has the element references of docs/*.md (run node scripts/readme-docs.mjs)', () => {
  assert.ok(readFileSync('README.md', 'utf8').includes(generated()));
});

test('README names every element and the two Quick start commands', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const element of ELEMENTS) assert.ok(readme.includes(`<${element}>`), element);
  assert.ok(readme.includes('npm ci && npm start'));
  assert.ok(readme.includes('npm ci && npm test'));
});

test('.ci/run runs exactly the README test command', () => {
  assert.match(readFileSync('.ci/run', 'utf8'), /^npm ci && npm test$/m);
});
