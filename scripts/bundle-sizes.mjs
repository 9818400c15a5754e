// What each entry of the package costs in an app's bundle: esbuild bundles and minifies `import '<entry>'` (lit
// included, as an app that uses nothing else from lit pays it) and the result is gzipped. The README's table
// "Bundle cost" is this output; test/consumers/packed.test.mjs measures the packed package and fails when the
// table is off by more than TOLERANCE.
//
// Usage: node scripts/bundle-sizes.mjs --write   (after npm run build; measures dist/ through the package's exports)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const REGISTRY = 'dist/internal/localize.js';
export const ENTRIES = [
  ['lit', 'lit alone (the floor every element shares)'],
  ['workshop-elements/workshop-schedule.js', '`<workshop-schedule>`'],
  ['workshop-elements/speaker-card.js', '`<speaker-card>`'],
  ['workshop-elements/paper-list.js', '`<paper-list>`'],
  ['workshop-elements/sponsor-strip.js', '`<sponsor-strip>`'],
  ['workshop-elements/important-dates.js', '`<important-dates>`'],
  ['workshop-elements', 'all five (`workshop-elements`)'],
  // Not an entry of its own: what every element above pays for its words, the registry's code with all it exports.
  [REGISTRY, 'the term registry (`internal/localize.ts`, inside each element above)'],
  ['workshop-elements/translations/de.js', 'one more language (`translations/de.js`)'],
];
const START = '<!-- BUNDLE-SIZES: node scripts/bundle-sizes.mjs --write -->';
const END = '<!-- /BUNDLE-SIZES -->';
/** KB the README may be off by before the test fails: a little, so unrelated small edits need no new table. */
export const TOLERANCE = 0.5;

/** Bundles `import '<entry>'` as resolved from `dir`; returns the minified code. */
export async function bundle(entry, dir) {
  let contents = `import ${JSON.stringify(entry)};`;
  if (entry === REGISTRY) {
    const installed = path.join(dir, 'node_modules/workshop-elements', REGISTRY);
    contents = `export * from ${JSON.stringify(existsSync(installed) ? installed : path.join(dir, REGISTRY))};`;
  }
  const result = await build({
    stdin: { contents, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const kb = (bytes) => Math.round(bytes / 102.4) / 10;

/** [entry, label, minified KB, gzipped KB] for every entry, resolved from `dir`. */
export async function measure(dir) {
  const rows = [];
  for (const [entry, label] of ENTRIES) {
    const code = await bundle(entry, dir);
    rows.push([entry, label, kb(Buffer.byteLength(code)), kb(gzipSync(code, { level: 9 }).length)]);
  }
  return rows;
}

export const table = (rows) =>
  [
    START,
    '| Import | Minified | Minified + gzip |',
    '| --- | --: | --: |',
    ...rows.map(([, label, min, gz]) => `| ${label} | ${min.toFixed(1)} KB | ${gz.toFixed(1)} KB |`),
    END,
  ].join('\n');

/** The rows of the README's table: label → gzipped KB. */
export function readmeSizes(readme) {
  const block = readme.slice(readme.indexOf(START), readme.indexOf(END));
  return new Map([...block.matchAll(/^\| (.+?) \| ([\d.]+) KB \| ([\d.]+) KB \|$/gm)].map((m) => [m[1], Number(m[3])]));
}

if (process.argv.includes('--write')) {
  const rows = await measure(process.cwd());
  const readme = readFileSync('README.md', 'utf8');
  if (!readme.includes(START)) throw new Error(`README.md has no ${START} marker`);
  writeFileSync(
    'README.md',
    readme.slice(0, readme.indexOf(START)) + table(rows) + readme.slice(readme.indexOf(END) + END.length),
  );
  console.log(table(rows));
}
