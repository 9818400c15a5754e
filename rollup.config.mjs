// The CDN bundle only: one minified ES module with lit inside, for static pages without a bundler. The languages
// next to it (cdn/translations/de.js …) are bundled by esbuild in `npm run build:cdn`: each file stands alone and
// registers its terms with the bundle's registry, which they share through globalThis.
// The npm build (dist/) is plain `tsc` and never bundles lit.
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

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

const [minifyTemplates, minifyScript] = minifyPlugins();

export default {
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
