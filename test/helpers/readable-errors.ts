/**
 * Makes failing assertions about DOM nodes fail instead of stalling the run.
 *
 * The test runner sends each failure's `actual` and `expected` to Node with `structuredClone`, which throws for
 * a DOM node (`expect(el.querySelector('mark')).to.equal(null)` failing): the result never arrives and the file
 * times out minutes later without saying which assertion failed (modernweb-dev/web#2967). A root `afterEach`
 * hook, loaded by the test page like lit-warnings.ts, replaces such values with a short text description.
 */

/** The root hook's title, so a test can find it. */
export const HOOK_TITLE = 'failures the runner can report';

const g = globalThis as typeof globalThis & { __readableErrorsInstalled?: boolean };

/** A value the runner can send as it is, or a text description of it. */
export function sendable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    if (value instanceof Element) return `<${value.localName}> ${value.outerHTML.slice(0, 300)}`;
    if (value instanceof Node) return `${value.nodeName} ${String(value.textContent).slice(0, 300)}`;
    return String(value);
  }
}

if (!g.__readableErrorsInstalled) {
  g.__readableErrorsInstalled = true;
  const suite = (g as { mocha?: BrowserMocha }).mocha?.suite;
  if (!suite) throw new Error('readable-errors.ts must be loaded after the mocha test framework script');
  suite.afterEach(HOOK_TITLE, function (this: Mocha.Context) {
    const err = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
    if (!err) return;
    if ('actual' in err) err.actual = sendable(err.actual);
    if ('expected' in err) err.expected = sendable(err.expected);
  });
}
