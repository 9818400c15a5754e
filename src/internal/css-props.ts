/**
 * `<div ${cssProps({ 'grid-row': '2/3', '--_we-rooms': '3' })}>`: inline style properties set through the CSSOM
 * (`element.style.setProperty`), which a strict Content Security Policy (`style-src 'self'`, no `'unsafe-inline'`)
 * allows. Lit's `styleMap` writes a `style="…"` attribute on first render, which such a policy blocks (silently, in
 * Chromium: the element is still disconnected then, and no `securitypolicyviolation` event reaches the page).
 * Hand-written: Lit has no CSSOM-only directive, and this one is a dozen lines.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Record<string, string | undefined>;

class CssPropsDirective extends Directive {
  /** What this directive last wrote. */
  private written = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps goes on an element: <div ${cssProps({…})}>');
  }

  /** Only `update` writes (to the CSSOM); `render`'s parameter gives the directive its argument type. */
  render(props: Props): typeof noChange {
    void props;
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const next = new Map<string, string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      // Only what changed: writing a custom property again, even the same value, restyles every descendant that
      // inherits it (each step of a long schedule restyled every day already shown).
      if (this.written.get(name) !== value) style.setProperty(name, value);
      next.set(name, value);
    }
    for (const name of this.written.keys()) if (!next.has(name)) style.removeProperty(name);
    this.written = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
