// The CDN build only, for static pages without a bundler: minified ES modules with lit inside.
// - cdn/workshop-elements.js: all five elements in one file (organizers without Node copy one file; the Jekyll kit
//   pins it with Subresource Integrity).
// - cdn/<element>.js (workshop-schedule, speaker-card, paper-list, sponsor-strip, important-dates): one element
//   each, for a page that uses only some of them. Each stands alone (lit inside, no shared chunk: one file to copy,
//   one hash to pin), defines only its own tag, and leaves a tag already defined alone, so two of them, or one and
//   the full bundle, can share a page (test/hosts/cdn-files.test.ts); their shared state (the term registry, the
//   `#fragment` claim) lives on `globalThis` under `Symbol.for` keys. Each has its own lit, whose Trusted Types
//   policy `lit-html` a page with a `trusted-types` list must then allow twice ('allow-duplicates', README).
// The languages next to them (cdn/translations/de.js …) are bundled by esbuild in `npm run build:cdn`: each file
// stands alone and registers its terms with the registry the bundles share through globalThis.
// The npm build (dist/) is plain `tsc` and never bundles lit.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import ts from 'typescript';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The elements that have a file of their own in cdn/ (each is also an entry of the npm package). */
export const ELEMENTS = ['workshop-schedule', 'speaker-card', 'paper-list', 'sponsor-strip', 'important-dates'];

/**
 * What makes the bundle small, shared with the benchmark's per-element bundles (bench/bundle.mjs): the HTML and CSS
 * inside `html` and `css` template literals minified (html-minifier-next and lightningcss), then the JavaScript.
 * `conservativeCollapse` keeps one space wherever the templates had whitespace: the browser renders a run of spaces
 * as one, so nothing visible changes, also between inline elements and around expressions.
 */
export const minifyPlugins = () => [
  minifyHTML({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true } } }),
  // Three compress passes: 0.5 KB less gzipped for the package's index than one. Measured and left out (bench/bundle.mjs,
  // docs/performance.md): `ecma: 2022` (no smaller: the code is ES2021), the unsafe options and `pure_getters`
  // (under 0.1 KB, and lit reads getters for their side effects), mangled property names (would break the public API).
  terser({ ecma: 2021, module: true, compress: { passes: 3 }, format: { comments: false } }),
];

const compilerOptions = JSON.parse(readFileSync(new URL('tsconfig.json', import.meta.url), 'utf8')).compilerOptions;
const { options: tsOptions } = ts.convertCompilerOptionsFromJson({ ...compilerOptions, plugins: undefined }, root);

/**
 * .ts → .js one file at a time (`transpileModule`: the project sets isolatedModules, so the output is tsc's), for
 * the per-element files and the benchmark: @rollup/plugin-typescript type-checks the whole project once per bundle
 * (over a minute each on a busy 2-core machine); the full bundle's build type-checks once for all of them.
 * importHelpers, as @rollup/plugin-typescript sets it: one `__decorate` from tslib per bundle, not one per module.
 */
export const transpile = ({ sourceMap = false } = {}) => ({
  name: 'transpile',
  resolveId(source, importer) {
    // The sources import './x.js' for './x.ts'.
    if (importer?.startsWith(`${root}src/`) && source.startsWith('.') && source.endsWith('.js'))
      return fileURLToPath(new URL(source.replace(/\.js$/, '.ts'), `file://${importer}`));
    return null;
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = ts.transpileModule(code, {
      compilerOptions: { ...tsOptions, sourceMap, inlineSources: sourceMap, importHelpers: true },
      fileName: id,
    });
    return {
      code: out.outputText.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
      map: out.sourceMapText ? JSON.parse(out.sourceMapText) : null,
    };
  },
});

const ELEMENT_ENTRY = '\0element:';
/**
 * The entry of cdn/<element>.js: the element (importing it defines its tag) and `registerTranslation`, as
 * `workshop-elements/<element>.js` and `workshop-elements/localize.js` give them to an app.
 */
export const elementEntries = () => ({
  name: 'element-entries',
  resolveId: (id) => (id.startsWith(ELEMENT_ENTRY) ? id : null),
  load: (id) =>
    id.startsWith(ELEMENT_ENTRY)
      ? [
          `export * from '${root}src/${id.slice(ELEMENT_ENTRY.length)}/${id.slice(ELEMENT_ENTRY.length)}.ts';`,
          `export * from '${root}src/localize.ts';`,
        ].join('\n')
      : null,
});
export const elementEntry = (element) => ELEMENT_ENTRY + element;

const [minifyTemplates, minifyScript] = minifyPlugins();

/** The full bundle: type-checked by @rollup/plugin-typescript (scripts/build-kit.mjs builds it again for the kit). */
export const full = {
  input: 'src/index.ts',
  output: { file: 'cdn/workshop-elements.js', format: 'es', sourcemap: true },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    // Before TypeScript, which would otherwise turn the templates into helper calls it cannot read.
    minifyTemplates,
    typescript({
      tsconfig: 'tsconfig.build.json',
      declaration: false,
      declarationMap: false,
      outDir: 'cdn',
      sourceMap: true,
    }),
    minifyScript,
  ],
};

/** cdn/<element>.js, the same plugins with TypeScript file by file (the full bundle's build has type-checked). */
export const single = (element) => {
  const [templates, script] = minifyPlugins();
  return {
    input: elementEntry(element),
    output: { file: `cdn/${element}.js`, format: 'es', sourcemap: true },
    plugins: [
      elementEntries(),
      resolve({ exportConditions: ['production'] }),
      templates,
      transpile({ sourceMap: true }),
      script,
    ],
    onwarn: (w, warn) => (w.code === 'THIS_IS_UNDEFINED' ? undefined : warn(w)),
  };
};

export default [full, ...ELEMENTS.map(single)];
