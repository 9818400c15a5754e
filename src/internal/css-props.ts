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
  private set = new Set<string>();

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
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      next.add(name);
    }
    for (const name of this.set) if (!next.has(name)) style.removeProperty(name);
    this.set = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
