import { isLitWarning } from './lit-warnings.js';

/**
 * Records console.warn / console.error calls while a test runs, without printing them. Lit's dev-mode warnings
 * are passed on, so lit-warnings.ts still fails the test for them.
 */
export function captureConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const warn = console.warn;
  const error = console.error;
  console.warn = (...args: unknown[]) => {
    if (isLitWarning(args)) warn.apply(console, args);
    else warnings.push(args.map(String).join(' '));
  };
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}
