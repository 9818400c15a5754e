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

/** Whether a computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`) covers what is behind it. */
function opaque(color: string): boolean {
  if (!color || color === 'transparent') return false;
  const alpha = /[,/]\s*([\d.]+%?)\s*\)$/.exec(color)?.[1];
  if (alpha === undefined) return true;
  return alpha.endsWith('%') ? parseFloat(alpha) >= 100 : parseFloat(alpha) >= 1;
}

/**
 * Keeps `--_page-bg` on an element's host up to date with {@link pageBackground}, through a stylesheet of its own
 * in the shadow root (so the host's `style` attribute, which frameworks own, is never touched). Call `update()`
 * once rendered; it re-reads when the visitor's colour scheme changes.
 */
export class PageBackground {
  private sheet?: CSSStyleSheet;
  private readonly media = matchMedia('(prefers-color-scheme: dark)');

  constructor(private readonly host: HTMLElement) {}

  connect(): void {
    this.media.addEventListener('change', this.update);
  }

  disconnect(): void {
    this.media.removeEventListener('change', this.update);
  }

  update = (): void => {
    const root = this.host.shadowRoot;
    if (!root || !('adoptedStyleSheets' in root)) return;
    const color = pageBackground(this.host);
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    }
    this.sheet.replaceSync(color ? `:host { --_page-bg: ${color}; }` : '');
  };
}
