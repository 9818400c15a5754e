/**
 * Safe rich text for bios and abstracts: the small inline subset organizers paste from their pages
 * (`<a href>`, `em`, `strong`, `i`, `b`, `code`, `sub`, `sup`, `br`, character references). A string with anything
 * else (another tag, an attribute, an unsafe URL, a comment) is shown entirely as text, exactly as written, so
 * `Vec<T>` and every hostile string read as typed.
 *
 * Hand-written rather than a sanitizer library: the elements keep `lit` as their only runtime dependency, and an
 * allow-list this small is easier to audit than a sanitizer's configuration. The string is parsed inert (a
 * `<template>`'s content: nothing loads or runs) and only *read*: the output is built from fresh, allowed
 * elements — Lit templates or `document.createElement` — with text copied as text and an `href` that passed
 * `safeUrl`. No parsed node or attribute is ever adopted, so mutation-XSS (markup that changes meaning when
 * serialized and parsed again) has nothing to work with: nothing is serialized.
 */
import { html, type TemplateResult } from 'lit';
import { link } from './render.js';
import { safeUrl } from './url.js';
import { createElement } from './page.js';

type Tag = 'em' | 'strong' | 'i' | 'b' | 'code' | 'sub' | 'sup' | 'br' | 'a';
/** A parsed rich string: text, or an allowed element with its children. */
export type RichNode = string | { tag: Tag; href?: string; children: RichNode[] };

const INLINE = new Set<Tag>(['em', 'strong', 'i', 'b', 'code', 'sub', 'sup', 'br', 'a']);
/** Attributes an organizer's link may carry that are read and dropped (the element sets `rel` itself). */
const IGNORED_LINK_ATTRIBUTES = new Set(['href', 'target', 'rel', 'title']);

interface HtmlPolicy {
  createHTML(text: string): unknown;
}
let policy: HtmlPolicy | null | undefined;

/**
 * The string as the `innerHTML` of an inert `<template>` will take it. Where Trusted Types are enforced
 * (`require-trusted-types-for 'script'`) that is a TrustedHTML from our own policy, `workshop-elements`: it passes
 * the string through unchanged, which is safe only because the template's content is inert and merely read (see
 * above). Where the page's `trusted-types` list leaves that policy out, `undefined`: the string is shown as text.
 */
function trustedHtml(text: string): unknown {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): HtmlPolicy } })
    .trustedTypes;
  if (!factory) return text;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('workshop-elements', { createHTML: (html: string) => html });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createHTML(text) : undefined;
}

const cache = new Map<string, RichNode[] | undefined>();
const CACHE_MAX = 2000;

/**
 * The string as rich nodes, or `undefined` when it must be shown as plain text (no markup, or markup outside
 * the subset).
 */
export function parseRich(text: string): RichNode[] | undefined {
  // No "<" and no "&": nothing to parse, the common case.
  if (!/[<&]/.test(text)) return undefined;
  if (cache.has(text)) return cache.get(text);
  const markup = trustedHtml(text);
  if (markup === undefined) return undefined;
  const template = createElement('template');
  template.innerHTML = markup as string;
  let nodes = read(template.content.childNodes);
  // The parser forgives: a stray "</b>" vanishes, an unclosed "<b>" is closed. Every "<" written must be a tag
  // we keep (two for an element, one for <br>) or a "<" in the text, else the string is shown as written.
  if (nodes && count(text) + escapedAngles(text) !== nodes.reduce((n, node) => n + angles(node), 0)) nodes = undefined;
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, nodes);
  return nodes;
}

const count = (text: string) => text.split('<').length - 1;
/** "&lt;" and its numeric forms: a "<" in the parsed text that was not one in the string. */
const escapedAngles = (text: string) => text.match(/&(?:lt;?|#0*60;?|#x0*3c;?)/gi)?.length ?? 0;

/** The "<" a node stands for when written: its tags and the ones in its text. */
function angles(node: RichNode): number {
  if (typeof node === 'string') return count(node);
  return (node.tag === 'br' ? 1 : 2) + node.children.reduce((n, c) => n + angles(c), 0);
}

function read(list: NodeListOf<ChildNode>): RichNode[] | undefined {
  const out: RichNode[] = [];
  for (const node of list) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return undefined; // a comment, a processing instruction…
    const e = node as Element;
    // Only HTML elements: an <svg> or <math> child named "a" or "b" is another element.
    if (e.namespaceURI !== 'http://www.w3.org/1999/xhtml') return undefined;
    const tag = e.localName as Tag;
    if (!INLINE.has(tag)) return undefined;
    let href: string | undefined;
    for (const attribute of Array.from(e.attributes)) {
      if (tag !== 'a' || !IGNORED_LINK_ATTRIBUTES.has(attribute.name)) return undefined;
    }
    if (tag === 'a') {
      href = safeUrl(e.getAttribute('href') ?? undefined);
      if (!href) return undefined;
    }
    const children = read(e.childNodes);
    if (!children || (tag === 'br' && children.length)) return undefined;
    out.push({ tag, href, children });
  }
  return out;
}

const TEMPLATES: Record<Exclude<Tag, 'a' | 'br'>, (c: unknown) => TemplateResult> = {
  em: (c) => html`<em>${c}</em>`,
  strong: (c) => html`<strong>${c}</strong>`,
  i: (c) => html`<i>${c}</i>`,
  b: (c) => html`<b>${c}</b>`,
  code: (c) => html`<code>${c}</code>`,
  sub: (c) => html`<sub>${c}</sub>`,
  sup: (c) => html`<sup>${c}</sup>`,
};

function template(node: RichNode): unknown {
  if (typeof node === 'string') return node;
  const children = node.children.map(template);
  if (node.tag === 'br') return html`<br />`;
  if (node.tag === 'a') return link(node.href!, children);
  return TEMPLATES[node.tag](children);
}

/** Rich text for a Lit template: the allowed markup as elements, or the string as text. */
export function richText(text: string): unknown {
  const nodes = parseRich(text);
  return nodes ? nodes.map(template) : text;
}

/** The text a rich string shows (for a calendar file, a search, an accessible name). */
export function plainText(text: string): string {
  const nodes = parseRich(text);
  if (!nodes) return text;
  const flat = (n: RichNode): string =>
    typeof n === 'string' ? n : n.tag === 'br' ? '\n' : n.children.map(flat).join('');
  return nodes.map(flat).join('');
}

/**
 * Rich text as fresh DOM nodes, for code that builds DOM by hand; `textNodes` turns each run of text into nodes
 * (e.g. with search terms marked). `at` is where the run starts in `plainText(text)`, so marks found in the
 * visible text can be cut to the runs they span.
 */
export function richNodes(
  text: string,
  textNodes: (text: string, at: number) => (Node | string)[],
  anchor: (href: string) => HTMLElement,
): (Node | string)[] {
  const nodes = parseRich(text);
  if (!nodes) return textNodes(text, 0);
  let at = 0;
  const build = (n: RichNode): (Node | string)[] => {
    if (typeof n === 'string') {
      at += n.length;
      return textNodes(n, at - n.length);
    }
    if (n.tag === 'br') at += 1; // "\n" in plainText
    const e = n.tag === 'a' ? anchor(n.href!) : createElement(n.tag);
    e.append(...n.children.flatMap(build));
    return [e];
  };
  return nodes.flatMap(build);
}
