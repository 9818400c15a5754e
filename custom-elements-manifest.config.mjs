// Read by `custom-elements-manifest analyze` (npm run build:manifest).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/**', 'src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
