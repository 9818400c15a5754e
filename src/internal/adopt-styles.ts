/**
 * Styles that follow an element into another document. Lit adopts its constructed stylesheets into the shadow root
 * once; a constructed stylesheet belongs to the document whose window made it, and a shadow root moved into another
 * document (an iframe, a Document Picture-in-Picture window) stops applying it, for good. Called from each element's
 * `adoptedCallback`: the element's styles are adopted again, as sheets made by the new document's window (one copy
 * per style and document, shared by every element there), or as `<style>` elements in a document without a window.
 */
import { CSSResult, type CSSResultOrNative, type ReactiveElement } from 'lit';
import { createElement } from './page.js';

const copies = new WeakMap<CSSResultOrNative, WeakMap<Window, CSSStyleSheet>>();

const cssText = (style: CSSResultOrNative): string =>
  style instanceof CSSResult ? style.cssText : Array.from(style.cssRules, (rule) => rule.cssText).join('\n');

/** The stylesheet for `style` that `view`'s document can adopt. */
function sheetIn(style: CSSResultOrNative, view: Window & typeof globalThis): CSSStyleSheet {
  const own = style instanceof CSSResult ? style.styleSheet : style;
  if (own instanceof view.CSSStyleSheet) return own;
  let perWindow = copies.get(style);
  if (!perWindow) copies.set(style, (perWindow = new WeakMap()));
  let sheet = perWindow.get(view);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(cssText(style));
    perWindow.set(view, sheet);
  }
  return sheet;
}

/**
 * Applies `host`'s static styles again in the document it is in now (from `adoptedCallback`: the element moved to
 * another document), then calls `then` (the element's own sheets, such as the schedule's page background, follow).
 */
export function restyle(host: ReactiveElement, then?: () => void): void {
  const root = host.shadowRoot;
  if (!root) return; // not rendered yet: Lit adopts the styles when it first connects
  restyleRoot(host, root);
  then?.();
}

function restyleRoot(host: ReactiveElement, root: ShadowRoot): void {
  const styles = (host.constructor as typeof ReactiveElement).elementStyles;
  const view = host.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const old = root.querySelectorAll(':scope > style[data-we-adopted]');
  old.forEach((style) => style.remove());
  if (view && 'adoptedStyleSheets' in root && 'replaceSync' in view.CSSStyleSheet.prototype) {
    root.adoptedStyleSheets = styles.map((style) => sheetIn(style, view));
    return;
  }
  // No window to make sheets with (a document from DOMParser): <style> elements, which move with the shadow root.
  for (const style of styles) {
    const element = createElement('style', host.ownerDocument);
    element.dataset.weAdopted = '';
    element.textContent = cssText(style);
    root.prepend(element);
  }
}
