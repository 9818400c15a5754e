import { emulateMedia } from '@web/test-runner-commands';

type Emulation = Parameters<typeof emulateMedia>[0];

/**
 * Emulates print media or reduced motion through the browser's driver, checked with matchMedia. Resolves false where
 * the driver cannot (WebKit's WebDriver has no media emulation): the caller then checks the rule instead.
 */
export async function emulate(options: Emulation, query: string): Promise<boolean> {
  try {
    await emulateMedia(options);
  } catch {
    return false;
  }
  return matchMedia(query).matches;
}

/** Back to screen media without reduced motion. */
export async function resetMedia(): Promise<void> {
  try {
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  } catch {
    /* not emulated in this engine */
  }
}

/**
 * The style rules inside an element's `@media print` rules, read from its shadow root's own style sheets (adopted,
 * or `<style>` where adoption is not supported): not every test browser can emulate print.
 */
export function printRules(el: Element): CSSStyleRule[] {
  return mediaRules(el, /\bprint\b/);
}

/** The style rules inside an element's `@media` rules whose condition matches `condition` (see {@link printRules}). */
export function mediaRules(el: Element, condition: RegExp): CSSStyleRule[] {
  const shadow = el.shadowRoot!;
  const sheets = shadow.adoptedStyleSheets.length
    ? shadow.adoptedStyleSheets
    : [...shadow.querySelectorAll('style')].map((s) => s.sheet!);
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && condition.test(r.conditionText))
    .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
}
