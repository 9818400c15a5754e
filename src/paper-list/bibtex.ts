/**
 * BibTeX for accepted papers: readable stable keys, LaTeX special characters escaped, capitals protected.
 * Hand-written (no runtime dependency beyond lit): generating entries is string escaping; the tests
 * check every generated entry with a real BibTeX parser from npm.
 */
import { familyName, firstWord, toAscii, type PaperData } from './model.js';

export { paperSlug, toAscii } from './model.js';

/** The BibTeX key: the organizer's id when given (characters BibTeX refuses removed), else `davis2019modelling`. */
export function bibtexKey(paper: Pick<PaperData, 'id' | 'givenId' | 'authors' | 'title'>, year?: string): string {
  if (paper.givenId) return toAscii(paper.id).replace(/[^A-Za-z0-9_:.\-+/]/g, '') || 'paper';
  return familyName(paper.authors[0]?.name) + (year ?? '').replace(/\D/g, '') + firstWord(paper.title) || 'paper';
}

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // In LaTeX's default (OT1) text font a bare < and > print as ¡ and ¿.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/**
 * BibTeX counts every brace, escaped or not: an unpaired `\}` would close the field early (and let the rest of a
 * title start an entry of its own), an unpaired `\{` would leave it open and swallow the entries after it. Paired
 * braces stay `\{ \}` (balanced as BibTeX counts them); an unpaired one becomes a command that prints it and holds
 * only a balanced pair.
 */
const UNPAIRED: Record<string, string> = { '{': '\\textbraceleft{}', '}': '\\textbraceright{}' };

/** The positions of the braces in `text` that pair up (each `}` with the nearest open `{` before it). */
function pairedBraces(text: string): Set<number> {
  const paired = new Set<number>();
  const open: number[] = [];
  if (!/[{}]/.test(text)) return paired;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') open.push(i);
    else if (text[i] === '}' && open.length) {
      paired.add(open.pop()!);
      paired.add(i);
    }
  }
  return paired;
}

/** Escapes LaTeX's special characters; non-ASCII letters stay UTF-8 (BibTeX 0.99d+, biber and every manager read it). */
export function escapeLatex(text: string): string {
  const paired = pairedBraces(text);
  return (
    text
      .replace(/[\\{}&%$#_~^<>]/g, (c, at: number) => (paired.has(at) ? SPECIAL[c] : (UNPAIRED[c] ?? SPECIAL[c])))
      // TeX ligatures would turn -- into a dash, `` '' into quotes and (T1 fonts) ,, into a low quote: break them up.
      .replace(/-(?=-)/g, '-{}')
      .replace(/([`',])(?=\1)/g, '$1{}')
      .replace(/([?!])`/g, '$1{}`')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Escapes a title and protects capitals that bibliography styles would otherwise lower-case:
 * every word with a capital after its first letter (GANs, ImageNet, BERT, Q-learning's Q is first) is
 * wrapped in braces, as DBLP does; words written in Title Case stay unprotected so styles may sentence-case them.
 */
export function bibtexTitle(title: string): string {
  return escapeLatex(title)
    .split(' ')
    .map((word) => (capitalAfterFirstLetter(stripCommands(word)) ? `{${word}}` : word))
    .join(' ');
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/**
 * Whether a capital follows the word's first letter ("GANs", "iPhone", "Q-Learning" but not "Learning"). One pass
 * over the characters: the pattern it replaces, /^\P{Lu}*\p{L}.*\p{Lu}/u, took quadratic time on long words.
 */
function capitalAfterFirstLetter(word: string): boolean {
  let letterSeen = false;
  for (const c of word) {
    if (UPPER.test(c)) {
      if (letterSeen) return true;
      letterSeen = true;
    } else if (LETTER.test(c)) letterSeen = true;
  }
  return false;
}

// `\&` and friends are not letters of the word.
const stripCommands = (word: string) => word.replace(/\\[a-z]+\{\}|\\./g, '');

/** One author for `author = {A and B}`: names with a comma or a lone "and" are braced so they stay one name. */
export function bibtexAuthor(name: string): string {
  const escaped = escapeLatex(name);
  return /,|\sand\s/i.test(escaped) ? `{${escaped}}` : escaped;
}

/** Options from the element: the venue and year of the `@inproceedings`. */
export interface BibtexContext {
  venue?: string;
  year?: string;
}

/**
 * The BibTeX entry of one paper: the organizer's `bibtex` as given, else a generated `@inproceedings` keyed `key`
 * (see {@link bibtexKeys} for keys unique in a list).
 */
export function bibtexEntry(
  paper: PaperData,
  context: BibtexContext = {},
  key = bibtexKey(paper, context.year),
): string {
  if (paper.bibtex) return paper.bibtex;
  const fields: [string, string][] = [['title', `{${bibtexTitle(paper.title)}}`]];
  if (paper.authors.length)
    fields.push(['author', `{${paper.authors.map((a) => bibtexAuthor(a.name)).join(' and ')}}`]);
  if (context.venue) fields.push(['booktitle', `{${escapeLatex(context.venue)}}`]);
  if (context.year) fields.push(['year', `{${escapeLatex(context.year)}}`]);
  const url = paper.url ?? paper.pdf;
  // URLs are verbatim in biblatex and `url.sty`; braces and the escape character would break the entry, and a lone
  // `$` makes reference managers (Zotero's Better BibTeX) refuse it as an unclosed formula. Percent-encoded, the
  // URL still leads to the same page.
  if (url) fields.push(['url', `{${url.replace(/[{}\\$]/g, (c) => encodeURIComponent(c))}}`]);
  const body = fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n');
  return `@inproceedings{${key},\n${body}\n}`;
}

/** 1 → a, 26 → z, 27 → aa: suffixes without end. */
function suffix(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The key of every paper of a list, unique ignoring case (as BibTeX compares keys). Keys of entries given as
 * `bibtex` are kept and taken first, then the organizer's ids, then generated keys; a key already taken gets a, b,
 * … z, aa, … in the list's order. Worked out over the whole list, so a paper has one key: in its BibTeX button, in
 * a download of a filtered view and in the full one.
 */
export function bibtexKeys(papers: PaperData[], year?: string): Map<PaperData, string> {
  const keys = new Map<PaperData, string>();
  const taken = new Set<string>();
  for (const p of papers) {
    const given = p.bibtex && /^\s*@\w+\s*[{(]\s*([^,\s]+)\s*,/.exec(p.bibtex)?.[1];
    if (given) taken.add(given.toLowerCase());
  }
  // The next suffix to try for each base key: thousands of papers can share one (CJK titles all give `2019`).
  const next = new Map<string, number>();
  const claim = (p: PaperData) => {
    const base = bibtexKey(p, year);
    let n = next.get(base.toLowerCase()) ?? 0;
    let key = n ? base + suffix(n) : base;
    while (taken.has(key.toLowerCase())) key = base + suffix(++n);
    next.set(base.toLowerCase(), n + 1);
    taken.add(key.toLowerCase());
    keys.set(p, key);
  };
  for (const p of papers) if (!p.bibtex && p.givenId) claim(p);
  for (const p of papers) if (!p.bibtex && !p.givenId) claim(p);
  return keys;
}

/** A .bib file of several papers, keyed by `keys` (by default {@link bibtexKeys} of these papers). */
export function bibtexFile(
  papers: PaperData[],
  context: BibtexContext = {},
  keys: Map<PaperData, string> = bibtexKeys(papers, context.year),
): string {
  return papers.map((p) => bibtexEntry(p, context, keys.get(p))).join('\n\n') + '\n';
}

/**
 * Whether an organizer's `bibtex` is exactly one entry as BibTeX reads it: `@type{…}` or `@type(…)`, every brace
 * inside closed (BibTeX counts every brace, escaped or not), and nothing after its end. Anything else could swallow
 * the entries after it in a `.bib` file, or add one of its own (also through BibTeX's error recovery, which reads on from
 * any `@` between fields). A linear scan, no regular expression on the body.
 */
export function isOneBibtexEntry(text: string): boolean {
  const open = /^@[a-z]+\s*[{(]/i.exec(text);
  if (!open) return false;
  const close = open[0].endsWith('{') ? '}' : ')';
  let depth = 0;
  let quoted = false; // inside a "…" value at brace depth 0, where `)` does not end the entry
  for (let i = open[0].length; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    else if (c === '"' && depth === 0) quoted = !quoted;
    // Between fields BibTeX takes a stray `@` as a syntax error and, recovering, reads on from it as a new entry.
    else if (c === '@' && depth === 0 && !quoted) return false;
    else if (c === close && depth === 0 && !quoted) return text.slice(i + 1).trim() === '';
    else if (c === '}') return false;
  }
  return false;
}
