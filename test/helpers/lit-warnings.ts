/**
 * Fail tests on Lit dev-mode warnings.
 *
 * The test runner serves Lit in development mode (export condition "development"), in which Lit reports
 * mistakes such as "change-in-update" (an update scheduled from `updated()`) or
 * "reactive-property-without-getter" through `console.warn`. This module is loaded by the page that runs
 * each test file (see `testRunnerHtml` in web-test-runner.config.mjs), after the mocha script and before
 * the test file, and
 *
 * - silences the one benign warning, "Lit is in dev mode", using Lit's own switch: a warning code in
 *   `globalThis.litIssuedWarnings` is never issued;
 * - wraps `console.warn` and records every Lit warning (text with `lit.dev/msg/`, plus Lit's two
 *   dev-mode `console.warn` calls that have no code);
 * - adds a root `afterEach` hook to mocha that marks the test that just ran as failed when a Lit warning
 *   was recorded during it (the following tests still run), and a root `after` hook that fails the file
 *   for warnings issued after its last test; both forget Lit's "already issued" list, so the same mistake
 *   in a later test is reported again (Lit issues each warning only once per page).
 *
 * A test that provokes a warning on purpose can take it with `takeLitWarnings()`:
 *
 *   import { takeLitWarnings } from './helpers/lit-warnings.js';
 *   expect(takeLitWarnings().some((w) => w.includes('change-in-update'))).to.be.true;
 */

interface LitWarningState {
  warnings: string[];
  installed: boolean;
}

const BENIGN_CODES = ['dev-mode'];
const LIT_WARNING = [
  /lit\.dev\/msg\//,
  /^Some template strings are undefined/,
  /^Attempted to render the template host/,
];

const g = globalThis as typeof globalThis & {
  litIssuedWarnings?: Set<string | undefined>;
  __litWarningState?: LitWarningState;
};

// Shared through globalThis: the page may load this file under more than one URL (.ts and .js).
const state: LitWarningState = (g.__litWarningState ??= { warnings: [], installed: false });

/** Whether console arguments are a Lit dev-mode warning (console.ts passes these on while it captures). */
export function isLitWarning(args: unknown[]): boolean {
  const text = args.map(String).join(' ');
  return LIT_WARNING.some((re) => re.test(text));
}

/** Returns the Lit warnings recorded since the last call (or the last test) and forgets them. */
export function takeLitWarnings(): string[] {
  const taken = state.warnings;
  state.warnings = [];
  return taken;
}

/** Lets Lit issue warnings again that it already issued in this page, except the benign ones. */
function resetLitIssuedWarnings(): void {
  g.litIssuedWarnings = new Set(BENIGN_CODES);
}

function litWarningsError(where: string): Error | undefined {
  const warnings = takeLitWarnings();
  resetLitIssuedWarnings();
  if (warnings.length === 0) return undefined;
  return new Error(`Lit dev-mode warning${warnings.length > 1 ? 's' : ''} ${where}:\n- ${warnings.join('\n- ')}`);
}

if (!state.installed) {
  state.installed = true;
  // Lit keeps `??=`: this set must exist before Lit loads, which it does (Lit comes with the test file).
  g.litIssuedWarnings ??= new Set();
  for (const code of BENIGN_CODES) g.litIssuedWarnings.add(code);

  const originalWarn = console.warn;
  console.warn = function (...args: unknown[]) {
    if (isLitWarning(args)) state.warnings.push(args.map(String).join(' '));
    return originalWarn.apply(this, args);
  };

  // `mocha` is defined by the test framework script, which the test page loads before this module.
  const suite = (g as { mocha?: BrowserMocha }).mocha?.suite;
  if (!suite) {
    throw new Error('lit-warnings.ts must be loaded after the mocha test framework script');
  }
  suite.afterEach('no Lit dev-mode warnings', function (this: Mocha.Context) {
    const error = litWarningsError(`during "${this.currentTest?.fullTitle() ?? 'this test'}"`);
    // A hook's `error(err)` makes mocha fail the current test instead of the hook; a thrown error would
    // be a hook failure, which skips the rest of the file.
    if (error) (this.test as Mocha.Hook).error(error);
  });
  suite.afterAll('no Lit dev-mode warnings after the last test', () => {
    const error = litWarningsError('after the last test of this file');
    if (error) throw error;
  });
}
