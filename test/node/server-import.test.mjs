// Server-side rendering (Next.js, Astro, SvelteKit, Nuxt, Vite SSR) and `node --test` import component modules in
// Node. Importing any entry of the package there must define no element, create no DOM, leave no handle open (a
// MessageChannel or timer would keep the process alive) and so let the process exit by itself, at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const TAGS = ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip'];

/** Every JavaScript entry of package.json, by the name a consumer imports (patterns expanded from dist/). */
const entries = Object.entries(pkg.exports).flatMap(([subpath, target]) => {
  if (typeof target === 'string' || target === null) return []; // JSON files, schemas; null: not exported
  const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  if (!subpath.includes('*')) return [name];
  const [dir, suffix] = target.default.split('*');
  return readdirSync(dir)
    .filter((file) => file.endsWith(suffix) && !file.endsWith('.d.ts') && !file.endsWith('.map'))
    .map((file) => name.replace('*', file.slice(0, -suffix.length)))
    .filter((entry) => pkg.exports[`./${entry.slice(pkg.name.length + 1)}`] !== null);
});

// Runs in the child: imports the entry, then reports what the import left behind. With \`domino\` it first puts
// DOM classes without accessors on globalThis, as Angular's server rendering does (\`@angular/platform-server/init\`
// assigns domino's classes: \`Document\`, \`Node\`, \`HTMLElement\`…, whose prototypes lack \`baseURI\` and friends).
const child = `
const [entry, mode] = process.argv.slice(1);
if (mode === 'domino') {
  class Node extends EventTarget {}
  class Element extends Node {}
  class HTMLElement extends Element {}
  class Document extends Node {}
  Object.assign(globalThis, { Node, Element, HTMLElement, Document });
}
await import(entry);
console.log(JSON.stringify({
  defined: ${JSON.stringify(TAGS)}.filter((tag) => globalThis.customElements?.get(tag)),
  dom: ['window', 'document', 'navigator.userAgentData'].filter((name) => name in globalThis),
}));
`;

/** Imports `entry` in a fresh Node process; resolves with its report and the ms from the report to its exit. */
function importInNode(entry, mode = 'bare') {
  return new Promise((resolve, reject) => {
    const node = spawn(process.execPath, ['--input-type=module', '-e', child, entry, mode], { timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    let imported;
    node.stdout.on('data', (chunk) => {
      stdout += chunk;
      imported ??= performance.now();
    });
    node.stderr.on('data', (chunk) => (stderr += chunk));
    node.on('error', reject);
    node.on('exit', (code, signal) => {
      if (code !== 0) return reject(new Error(`import('${entry}') exited with ${code ?? signal}: ${stderr}`));
      resolve({ report: JSON.parse(stdout), exitMs: performance.now() - imported });
    });
  });
}

test('the package has entries for the elements, the React wrappers and the framework typings', () => {
  for (const entry of ['', '/paper-list.js', '/react', '/react/paper-list.js', '/react-jsx', '/vue', '/svelte'])
    assert.ok(entries.includes(pkg.name + entry), entry);
});

for (const entry of entries) {
  test(`import('${entry}') in Node defines nothing, touches no DOM and exits within a second`, async () => {
    const { report, exitMs } = await importInNode(entry);
    assert.deepEqual(report.defined, []);
    assert.deepEqual(report.dom, []);
    assert.ok(exitMs < 1000, `the process lived ${Math.round(exitMs)} ms after the import`);
  });
}

test('every entry imports on a server whose globals hold DOM classes without their accessors (Angular SSR)', async () => {
  // In one process per entry, like the tests above; the elements' entries only (the others touch no DOM at all).
  const elementEntries = entries.filter((name) => !name.includes('/translations/'));
  const reports = await Promise.all(elementEntries.map((entry) => importInNode(entry, 'domino')));
  reports.forEach(({ report }, i) => assert.deepEqual(report.defined, [], elementEntries[i]));
});

test('the React wrappers are client modules for React Server Components (Next.js App Router)', () => {
  // A server component that imports them renders them as client components only when the module starts with the
  // directive; without it Next.js calls @lit/react's hooks on the server and the build stops ("useRef is not a
  // function").
  const wrappers = readdirSync('dist/react').filter((file) => file.endsWith('.js') && file !== 'events.js');
  assert.ok(wrappers.length >= 6, wrappers.join());
  for (const file of wrappers)
    assert.match(readFileSync(`dist/react/${file}`, 'utf8'), /^'use client';\n/, `dist/react/${file}`);
});
