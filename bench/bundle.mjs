// Bundle sizes for `npm run bench` (also alone: `node bench/bundle.mjs`): the four elements together, each element
// alone, and lit alone, each bundled and minified as the CDN bundle is (rollup.config.mjs: the same minify plugins),
// gzipped at level 9; and what each module costs in the bundle of all four.
//
// TypeScript is turned into JavaScript file by file, as for the CDN's per-element files (`transpile` in
// rollup.config.mjs): @rollup/plugin-typescript type-checks the whole project for each bundle.
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { elementEntries, elementEntry, minifyPlugins, transpile } from '../rollup.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const LIT_ONLY = '\0lit-only';
const FOUR = '\0four';
const litOnly = () => ({
  name: 'lit-only',
  resolveId: (id) => (id === LIT_ONLY || id === FOUR ? id : null),
  // What the elements take from lit: the base class, templates, styles and the decorators; and the four elements of
  // issue 17's target (the package's index also has <important-dates>).
  load: (id) =>
    id === LIT_ONLY
      ? "export { LitElement, html, css, nothing } from 'lit'; export { property, state } from 'lit/decorators.js';"
      : id === FOUR
        ? ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip']
            .map((e) => `export * from '${root}src/${e}/${e}.ts';`)
            .join('\n')
        : null,
});

export const ENTRIES = {
  'all four': FOUR,
  'index (all five)': 'src/index.ts',
  // What the CDN's per-element files hold (cdn/<element>.js: the element and `registerTranslation`).
  'important-dates': elementEntry('important-dates'),
  'workshop-schedule': elementEntry('workshop-schedule'),
  'speaker-card': elementEntry('speaker-card'),
  'paper-list': elementEntry('paper-list'),
  'sponsor-strip': elementEntry('sponsor-strip'),
  'lit alone': LIT_ONLY,
};

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** One bundle as the CDN build makes it; `minified: false` keeps names readable (for profiles: bench/profile.mjs). */
export async function build(input, { minified = true } = {}) {
  const [minifyTemplates, minifyScript] = minifyPlugins();
  const bundle = await rollup({
    input,
    plugins: [
      litOnly(),
      elementEntries(),
      resolve({ exportConditions: ['production'] }),
      ...(minified ? [minifyTemplates, transpile(), minifyScript] : [transpile()]),
    ],
    onwarn: (w, warn) => (w.code === 'THIS_IS_UNDEFINED' ? undefined : warn(w)),
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0];
}

/** The name a module is reported under: a source file, or lit's package and file. */
const moduleName = (id) => {
  const path = relative(root, id.replace(/^\0/, ''));
  return path.replace(/^node_modules\//, '').replace(/\/development\//, '/');
};

/** Which group a module belongs to, for the summary: lit, the shared internals, or an element's folder. */
const groupOf = (name) =>
  name.startsWith('src/')
    ? name.split('/').slice(0, 2).join('/')
    : name.startsWith('lit') || name.startsWith('@lit')
      ? 'lit'
      : name;

/**
 * Sizes of every bundle, and per module of the bundle of all four: its code as rollup rendered it (after tree
 * shaking), minified alone and gzipped alone. Gzipped alone over-counts (a module shares words with the others), so
 * `share` also gives each module's part of the real bundle, in proportion to its minified size. `code` is the bundle of
 * all four, for the benchmark's pages.
 */
export async function bundleSizes({ only } = {}) {
  const bundles = {};
  let modules = [];
  let code = '';
  for (const [name, input] of Object.entries(ENTRIES)) {
    if (only && name !== only) continue;
    const chunk = await build(input);
    bundles[name] = { min: Buffer.byteLength(chunk.code), gzip: gzip(chunk.code), brotli: brotli(chunk.code) };
    if (name !== 'all four') continue;
    code = chunk.code;
    for (const [id, m] of Object.entries(chunk.modules)) {
      if (!m.code || id === LIT_ONLY || id === FOUR) continue;
      // Alone, nothing in a module is used: keep its unused declarations (they are used in the bundle).
      const min = (
        await minify(m.code, { ecma: 2021, module: true, compress: { unused: false }, format: { comments: false } })
      ).code;
      modules.push({ module: moduleName(id), min: Buffer.byteLength(min), gzip: gzip(min) });
    }
  }
  const totalMin = modules.reduce((s, m) => s + m.min, 0);
  const all = bundles['all four'].gzip;
  modules = modules.map((m) => ({ ...m, share: Math.round((m.min / totalMin) * all) })).sort((a, b) => b.min - a.min);
  const groups = {};
  for (const m of modules) {
    const g = (groups[groupOf(m.module)] ??= { min: 0, share: 0 });
    g.min += m.min;
    g.share += m.share;
  }
  return { bundles, modules, groups, code };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The bundle tables, as `npm run bench` prints them. */
export function printBundles({ bundles, modules, groups }, limit = 25) {
  const targets = { 'all four': 30 * 1024, 'lit alone': undefined, 'index (all five)': undefined };
  const rows = [['bundle (lit included)', 'minified', 'gzip', 'brotli', 'target (gzip)', '']];
  for (const [name, b] of Object.entries(bundles)) {
    const target = name in targets ? targets[name] : 14 * 1024;
    rows.push([
      name,
      kb(b.min),
      kb(b.gzip),
      kb(b.brotli),
      target ? `≤ ${kb(target)}` : '',
      target ? (b.gzip <= target ? 'met' : 'MISSED') : '',
    ]);
  }
  table(rows);
  console.log('\nwhat each part costs in the bundle of all four (minified; gzip share in proportion):');
  table([
    ['part', 'minified', '≈ gzip share'],
    ...Object.entries(groups)
      .sort((a, b) => b[1].min - a[1].min)
      .map(([g, s]) => [g, kb(s.min), kb(s.share)]),
  ]);
  console.log(`\nthe ${limit} largest modules (minified alone; gzipped alone; ≈ share of the real gzip):`);
  table([
    ['module', 'minified', 'gzip alone', '≈ share'],
    ...modules.slice(0, limit).map((m) => [m.module, kb(m.min), kb(m.gzip), kb(m.share)]),
  ]);
}

export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  for (const r of rows)
    console.log(
      r
        .map((c, i) => String(c ?? '').padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await bundleSizes();
  printBundles(sizes, Number(process.argv.find((a) => a.startsWith('--top='))?.split('=')[1] ?? 40));
}
