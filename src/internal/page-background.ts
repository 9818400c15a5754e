import { documentBody, documentElement, documentHead } from './page.js';

/**
 * The colour a sticky heading must paint to hide what scrolls under it: the first opaque background behind the
 * element (its ancestors, across shadow roots), as the page's own styles set it. A page with dark styles but no
 * `color-scheme` has a dark background while `Canvas` stays white, which left light text on white headings.
 *
 * Hand-written: reading computed styles up the tree is a few lines, and no library does it.
 */
export function pageBackground(el: Element): string | undefined {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    const color = getComputedStyle(node).backgroundColor;
    if (opaque(color)) return color;
  }
  return undefined;
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Whether a computed colour (`rgb(…)`, `rgba(…)`, `color(srgb … / a)`) covers what is behind it. */
export function opaque(color: string): boolean {
  if (!color || color === 'transparent') return false;
  const inner = color.endsWith(')') ? color.slice(color.lastIndexOf('(') + 1, -1) : '';
  const inside = color.lastIndexOf('(') === -1 || inner.includes(')') ? '' : inner;
  // The alpha is after a slash, or the fourth of four comma-separated values (rgba(0, 0, 0, 0.5)).
  const slash = inside.split('/');
  const commas = inside.split(',');
  const alpha = slash.length === 2 ? slash[1] : commas.length === 4 ? commas[3] : undefined;
  if (alpha === undefined) return true;
  const a = alpha.trim();
  return a.endsWith('%') ? parseFloat(a) >= 100 : parseFloat(a) >= 1;
}

/**
 * Keeps `--_we-page-bg` on an element's host up to date with {@link pageBackground}, through a stylesheet of its own
 * in the shadow root (so the host's `style` attribute, which frameworks own, is never touched). Call `update()`
 * once rendered; it re-reads when the visitor's colour scheme changes, and when the page switches its own theme
 * (a class, style or data-theme attribute on <html> or <body>, or a stylesheet added to <head>).
 */
export class PageBackground {
  private sheet?: CSSStyleSheet;
  /** The rule the sheet holds. */
  private written?: string;
  private readonly media = matchMedia('(prefers-color-scheme: dark)');

  constructor(private readonly host: HTMLElement) {}

  /**
   * A site's own theme switch: a class, style or data attribute changed on <html> or <body>, or a stylesheet added to
   * or removed from <head> (a dark theme's <style>, or its <link> once loaded).
   */
  private readonly observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if ((node as Element).localName === 'link') node.addEventListener('load', this.update, { once: true });
    this.update();
  });

  connect(): void {
    this.media.addEventListener('change', this.update);
    const options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-bs-theme'] };
    const doc = this.host.ownerDocument;
    const html = documentElement(doc);
    const body = documentBody(doc);
    if (html) this.observer.observe(html, options);
    if (body) this.observer.observe(body, options);
    const head = documentHead(doc);
    if (head) this.observer.observe(head, { childList: true });
  }

  disconnect(): void {
    this.media.removeEventListener('change', this.update);
    this.observer.disconnect();
  }

  update = (): void => {
    const root = this.host.shadowRoot;
    if (!root || !('adoptedStyleSheets' in root)) return;
    const color = pageBackground(this.host);
    // A sheet made by the host's own window, adopted again when the element moved to another document (restyle).
    const view = this.host.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (!view) return;
    const text = color ? `:host { --_we-page-bg: ${color}; }` : '';
    if (!this.sheet || !(this.sheet instanceof view.CSSStyleSheet) || !root.adoptedStyleSheets.includes(this.sheet)) {
      this.sheet = new view.CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } else if (text === this.written) return; // any <head> change calls this: restyle the shadow tree only on a change
    this.sheet.replaceSync(text);
    this.written = text;
  };
}
