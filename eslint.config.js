// ESLint flat config: JavaScript and TypeScript recommended rules, plus Lit, web-component and Lit
// accessibility rules. Formatting is Prettier's job (`prettier --check .` in `npm run lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'cdn/',
      'custom-elements.json',
      'test/fixtures/',
      'demo/data/',
      'examples/jekyll/_site/',
      'examples/jekyll/assets/',
      'examples/jekyll/.jekyll-cache/',
      'examples/jekyll/_site-pages/',
      'jekyll/assets/',
      'test/hosts/jekyll-hostile/_site/',
      'test/hosts/jekyll-hostile/assets/',
      'coverage/',
      '.tmp/',
      'examples/*/node_modules/',
      'examples/*/dist/',
      'examples/react/dist-server/',
      'cli/test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: {
      // Data from organizers is cleaned of control characters on purpose (ICS, BibTeX, search text).
      'no-control-regex': 'off',
    },
  },
  {
    // Organizer data reaches the regular expressions in src/: none may take super-linear time on any input
    // (a 200,000-character title once froze the BibTeX button for 29 s).
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Node scripts and configs.
    files: ['**/*.mjs', '**/*.cjs', '*.config.js', 'scripts/**', 'test/node/**', 'cli/**/*.js'],
    languageOptions: {
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // mocha globals (describe, it, ...) come from @types/mocha; chai's `expect(x).to.be.true` is an expression.
    files: ['test/**/*.ts'],
    languageOptions: {
      globals: { ...globals.mocha },
    },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
