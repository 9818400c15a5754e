import { isLitWarning } from './lit-warnings.js';

/**
 * Records console.warn / console.error calls while a test runs, without printing them. Lit's dev-mode warnings
 * are passed on, so lit-warnings.ts still fails the test for them.
 *
 * The console must be clean: `restore()` throws when something was logged that the test never read (through
 * `warnings` or `errors`). A test that expects a message asserts on it; any other message fails the test.
 */
export function captureConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  let read = { warnings: false, errors: false };
  const warn = console.warn;
  const error = console.error;
  console.warn = (...args: unknown[]) => {
    if (isLitWarning(args)) warn.apply(console, args);
    else warnings.push(args.map(String).join(' '));
  };
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  return {
    /** The warnings so far; reading them says the test checks them. */
    get warnings() {
      read.warnings = true;
      return warnings;
    },
    get errors() {
      read.errors = true;
      return errors;
    },
    restore() {
      console.warn = warn;
      console.error = error;
      const unread = [...(read.warnings ? [] : warnings), ...(read.errors ? [] : errors)];
      read = { warnings: true, errors: true };
      if (unread.length) throw new Error(`the console was not clean:\n${unread.join('\n')}`);
    },
  };
}
