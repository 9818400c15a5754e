/**
 * One paper's `<article>`, built and updated with DOM calls. Lit's nested templates (the title link, each badge,
 * link and author is one) made the first render of 5,000 papers about twice as slow, and a paper changes in only
 * a few known ways: new search highlights, affiliations shown, BibTeX copied or shown. Those are patched in place,
 * so an open abstract stays open and focus stays on its button.
 * Text only ever goes into text nodes (never HTML); URLs come validated from `validate.ts`.
 */
import { externalRel } from '../internal/render.js';
import { plainText, richNodes } from '../internal/rich-text.js';
import { highlight, markedRanges } from './search.js';
import { LINKS, type PaperData } from './model.js';
import { createElement } from '../internal/page.js';
import { internalId } from '../internal/ids.js';
import type { PaperTerm } from './terms.js';

/** The words a row writes, in the page's language: one object per language, which keys the skeletons' cache. */
export interface RowWords {
  bibtex: string;
  bibtexCopied: string;
  abstract: string;
  /** The links' labels, in the order of `LINKS`. */
  links: string[];
  bibtexOf(title: string): string;
}

export function rowWords(t: PaperTerm): RowWords {
  return {
    bibtex: t('bibtex'),
    bibtexCopied: t('bibtexCopied'),
    abstract: t('abstract'),
    links: LINKS.map(([, term]) => t(term)),
    bibtexOf: (title) => t('bibtexOf', { title }),
  };
}

export interface RowOptions {
  words: RowWords;
  /** Heading level of the title (1–6). */
  level: number;
  /** Search terms to highlight (folded). */
  terms: string[];
  /** Show authors' affiliations. */
  affiliations: boolean;
  /** The BibTeX entry, when it is shown below the paper (the clipboard was refused). */
  bibtex?: string;
  /** The entry was just copied: the button says so. */
  copied: boolean;
}

type Child = Node | string;

function el(tag: string, attrs: Record<string, string> | null, ...children: Child[]): HTMLElement {
  const e = createElement(tag);
  if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]);
  e.append(...children);
  return e;
}

/** A link that opens safely: external ones get `rel="noopener noreferrer"`. */
function anchor(href: string, ...children: Child[]): HTMLElement {
  const rel = externalRel(href);
  return el('a', rel ? { href, rel } : { href }, ...children);
}

/** Text with the search terms in `<mark part="mark">`, as text nodes. */
function marked(text: string, terms: string[]): Child[] {
  if (!terms.length) return [text];
  return highlight(text, terms).map((s) => (s.mark ? el('mark', { part: 'mark' }, s.text) : s.text));
}

const isBadgeType = (type?: string) => type !== undefined && /^(oral|spotlight)$/i.test(type);

/** Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms: names that need bidi isolation. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** Whether the author line can be one text node: no links, no affiliations shown, no right-to-left name. */
function plainAuthors(p: PaperData, o: Pick<RowOptions, 'affiliations'>): boolean {
  return !p.authors.some((a) => a.url || (o.affiliations && a.affiliations.length) || RTL.test(a.name));
}

/** The author line's content: one text node in the common case, else names with links and affiliations. */
function authors(p: PaperData, o: RowOptions): Child[] {
  const hl = (text: string) => marked(text, o.terms);
  if (plainAuthors(p, o)) return hl(p.authors.map((a) => a.name).join(', '));
  return p.authors.flatMap((a, i) => [
    ...(i ? [', '] : []),
    el(
      'span',
      // dir="auto" isolates each name, so a right-to-left one keeps the commas around it in place.
      { class: 'author', dir: 'auto' },
      ...(a.url ? [anchor(a.url, ...hl(a.name))] : hl(a.name)),
      ...(o.affiliations && a.affiliations.length
        ? [' ', el('span', { part: 'affiliation' }, '(', ...hl(a.affiliations.join('; ')), ')')]
        : []),
    ),
  ]);
}

/**
 * Papers come in few shapes (which links, badges and parts they have). Each shape is built once and cloned per
 * paper, one native call for its ~25 nodes, and then its text and links are filled in.
 */
const skeletons = new WeakMap<RowWords, Map<number, HTMLElement>>();

function shapeOf(p: PaperData): number {
  let shape = 0;
  const bits = [
    !!(p.pdf ?? p.url),
    !!p.award,
    isBadgeType(p.type),
    p.authors.length > 0,
    !!p.abstract,
    p.keywords.length > 0,
    ...LINKS.map(([k]) => !!p[k]),
  ];
  bits.forEach((b, i) => (shape |= b ? 1 << i : 0));
  return shape;
}

function skeleton(p: PaperData, shape: number, words: RowWords): HTMLElement {
  let cache = skeletons.get(words);
  if (!cache) skeletons.set(words, (cache = new Map()));
  let s = cache.get(shape);
  if (!s) {
    const links = LINKS.map((l, i) => [l[0], words.links[i]] as const).filter(([k]) => p[k]);
    const badges = [
      p.award ? el('span', { part: 'badge award' }, '') : undefined,
      isBadgeType(p.type) ? el('span', null, '') : undefined,
    ].filter((b) => b !== undefined);
    s = el(
      'article',
      { part: 'paper' },
      el('div', { part: 'title heading', role: 'heading' }, (p.pdf ?? p.url) ? el('a', { dir: 'auto' }, '') : ''),
      ...(badges.length ? [el('div', { class: 'badges' }, ...badges)] : []),
      ...(p.authors.length ? [el('p', { part: 'authors' }, '')] : []),
      // Keywords with the rest of the paper's description, above its links and buttons.
      ...(p.keywords.length ? [el('p', { class: 'keywords' }, '')] : []),
      el(
        'div',
        { class: 'actions' },
        ...(links.length
          ? [el('ul', { part: 'links' }, ...links.map(([, label]) => el('li', null, el('a', null, label))))]
          : []),
        el('button', { part: 'bibtex-button', type: 'button' }, words.bibtex),
      ),
      ...(p.abstract
        ? [el('details', { part: 'abstract' }, el('summary', null, words.abstract), el('p', null, ''))]
        : []),
    );
    cache.set(shape, s);
  }
  return s.cloneNode(true) as HTMLElement;
}

/**
 * The abstract's safe rich text (see internal/rich-text.ts), with the search terms marked in the text a visitor
 * reads: found across the markup (`<em>deep</em>learning` for "deeplearning"), a mark is cut at each element
 * boundary so the markup stays as written.
 */
function abstract(text: string, terms: string[]): Child[] {
  const ranges = terms.length ? markedRanges(plainText(text), terms) : [];
  return richNodes(
    text,
    (t, at) => cut(t, at, ranges),
    (href) => anchor(href),
  );
}

/** A run of text starting at `at`, with the parts inside `ranges` in `<mark part="mark">`. */
function cut(text: string, at: number, ranges: [number, number][]): Child[] {
  const out: Child[] = [];
  let pos = 0;
  for (const [start, end] of ranges) {
    const s = Math.max(start - at, pos);
    const e = Math.min(end - at, text.length);
    if (e <= s) continue;
    if (s > pos) out.push(text.slice(pos, s));
    out.push(el('mark', { part: 'mark' }, text.slice(s, e)));
    pos = e;
  }
  if (pos < text.length) out.push(text.slice(pos));
  return out;
}

/** Puts text into a part: into its text node when nothing is highlighted, else as text and `<mark>` nodes. */
function fill(part: Element, text: string, terms: string[]): void {
  if (terms.length) part.replaceChildren(...marked(text, terms));
  else (part.firstChild as Text).data = text;
}

function setHref(a: Element, href: string): void {
  a.setAttribute('href', href);
  const rel = externalRel(href);
  if (rel) a.setAttribute('rel', rel);
}

export function paperRow(p: PaperData, o: RowOptions): HTMLElement {
  const article = skeleton(p, shapeOf(p), o.words);
  article.id = p.id;
  // Not derived from the organizer's id: an IDREF cannot hold spaces, and "x y--title" would name another paper.
  const titleId = internalId(`title-${p.index}`);
  article.setAttribute('aria-labelledby', titleId);
  let part = article.firstElementChild!;
  part.id = titleId;
  part.setAttribute('aria-level', String(o.level));
  const href = p.pdf ?? p.url;
  if (href) setHref(part.firstElementChild!, href);
  fill(part.firstElementChild ?? part, p.title, o.terms);

  part = part.nextElementSibling!;
  if (part.className === 'badges') {
    let badge = part.firstElementChild!;
    if (p.award) {
      (badge.firstChild as Text).data = p.award;
      badge = badge.nextElementSibling!;
    }
    if (badge) {
      badge.setAttribute('part', `badge ${p.type!.toLowerCase()}`);
      (badge.firstChild as Text).data = p.type!;
    }
    part = part.nextElementSibling!;
  }
  if (p.authors.length) {
    if (!o.terms.length && plainAuthors(p, o)) (part.firstChild as Text).data = p.authors.map((a) => a.name).join(', ');
    else part.replaceChildren(...authors(p, o));
    part = part.nextElementSibling!;
  }
  if (p.keywords.length) {
    fill(part, p.keywords.join(' · '), o.terms);
    part = part.nextElementSibling!;
  }
  const links = part.firstElementChild!;
  if (links.localName === 'ul') {
    let li = links.firstElementChild;
    for (const [k] of LINKS) {
      if (!p[k]) continue;
      setHref(li!.firstElementChild!, p[k]!);
      li = li!.nextElementSibling;
    }
  }
  part = part.nextElementSibling!;
  if (p.abstract) part.lastElementChild!.replaceChildren(...abstract(p.abstract, o.terms));

  if (o.bibtex !== undefined || o.copied) setBibtex(article, p, o);
  return article;
}

/** Updates the highlighted text in place: the title, authors and keywords (`text`) and the abstract. */
export function setText(
  article: HTMLElement,
  p: PaperData,
  o: RowOptions,
  which: { text: boolean; abstract: boolean },
): void {
  const hl = (text: string) => marked(text, o.terms);
  if (which.text) {
    const title = article.querySelector('[part~="title"]')!;
    const titleLink = title.firstElementChild?.localName === 'a' ? title.firstElementChild : title;
    titleLink.replaceChildren(...hl(p.title));
    setAuthors(article, p, o);
    article.querySelector('.keywords')?.replaceChildren(...hl(p.keywords.join(' · ')));
  }
  if (which.abstract)
    article.querySelector('[part="abstract"] > p')?.replaceChildren(...abstract(p.abstract ?? '', o.terms));
}

/** Updates the author line (highlights, affiliations shown or not) in place. */
export function setAuthors(article: HTMLElement, p: PaperData, o: RowOptions): void {
  article.querySelector('[part="authors"]')?.replaceChildren(...authors(p, o));
}

/** Updates the BibTeX button (copied, expanded) and the entry shown below the paper, in place. */
export function setBibtex(
  article: HTMLElement,
  p: PaperData,
  o: Pick<RowOptions, 'bibtex' | 'copied' | 'words'>,
): void {
  const button = article.querySelector('[part="bibtex-button"]')!;
  const label = o.copied ? o.words.bibtexCopied : o.words.bibtex;
  if (button.textContent !== label) button.textContent = label;
  const pre = article.querySelector('[part="bibtex"]');
  if (o.bibtex === undefined) {
    button.removeAttribute('aria-expanded');
    pre?.remove();
  } else {
    button.setAttribute('aria-expanded', 'true');
    if (!pre)
      article.append(el('pre', { part: 'bibtex', tabindex: '0', 'aria-label': o.words.bibtexOf(p.title) }, o.bibtex));
  }
}
