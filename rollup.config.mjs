// The CDN bundle only: one minified ES module with lit inside, for static pages without a bundler.
// The npm build (dist/) is plain `tsc` and never bundles lit.
import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

export default {
  input: 'src/index.ts',
  output: { file: 'cdn/workshop-elements.js', format: 'es', sourcemap: true },
  plugins: [
    resolve({ exportConditions: ['production'] }),
    typescript({
      tsconfig: 'tsconfig.build.json',
      declaration: false,
      declarationMap: false,
      outDir: 'cdn',
      sourceMap: true,
    }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
  ],
};
