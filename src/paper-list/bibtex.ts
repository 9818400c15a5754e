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
 * TeX math as titles carry it from OpenReview ("Gradient $\ell_1$ Regularization") stays math, braced so styles keep
 * its case: see {@link mathSpans} for what counts as math.
 */
export function bibtexTitle(title: string): string {
  // (A title that holds private-use characters itself keeps every `$` as text; past 6,400 formulas, the number of
  // private-use characters, the rest are text too.)
  const math = /[\ue000-\uf8ff]/.test(title) ? [] : mathSpans(title).slice(0, 0x1900);
  // Each formula stands in the text as one private-use character while the rest is escaped and split into words.
  let text = '';
  let at = 0;
  math.forEach(([start, end], i) => {
    text += `${title.slice(at, start)}${String.fromCharCode(0xe000 + i)}`;
    at = end;
  });
  text += title.slice(at);
  const escaped = escapeLatex(text)
    .split(' ')
    .map((word) => (capitalAfterFirstLetter(stripCommands(word)) ? `{${word}}` : word))
    .join(' ');
  return math.length
    ? escaped.replace(/[\ue000-\uf8ff]/g, (c) => `{${title.slice(...math[c.charCodeAt(0) - 0xe000])}}`)
    : escaped;
}

/** Math commands a formula in a title may use: letters, relations, operators, fonts and accents; nothing that reads files, defines or writes. */
const MATH_COMMANDS = new Set(
  (
    'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi varpi rho varrho ' +
    'sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega ' +
    'ell hbar partial nabla infty emptyset varnothing aleph Re Im wp forall exists neg lnot top bot ' +
    'leq le geq ge neq ne approx sim simeq cong equiv propto ll gg prec succ preceq succeq in notin ni subset subseteq ' +
    'supset supseteq cup cap setminus to rightarrow leftarrow leftrightarrow Rightarrow Leftarrow Leftrightarrow ' +
    'mapsto gets implies iff times cdot cdots ldots dots vdots ddots pm mp circ star ast div mid nmid parallel perp ' +
    'wedge vee oplus otimes odot bullet langle rangle lfloor rfloor lceil rceil vert Vert lvert rvert lVert rVert ' +
    'log ln exp min max sup inf arg argmax argmin lim limsup liminf sum prod int oint sin cos tan det dim ker Pr ' +
    'deg gcd mod bmod pmod sqrt frac tfrac dfrac binom left right big Big bigg Bigg mathcal mathbb mathbf mathrm ' +
    'mathit mathsf mathtt mathfrak mathscr boldsymbol bm operatorname hat widehat tilde widetilde bar overline ' +
    'underline vec dot ddot prime text textrm textit textbf quad qquad'
  ).split(' '),
);

/**
 * Where a title holds TeX math, as [start, end) of each `$…$`. Read as Pandoc reads it, so a price is no formula
 * ("from $5 to $10"): the opening `$` has no space after it, the closing one no space before it and no digit after
 * it. A formula is kept only when everything in it is harmless in a reader's LaTeX: letters, digits, spaces, the
 * math punctuation below, paired braces, and the commands of MATH_COMMANDS (or `\,` `\;` `\!` `\{` `\}` `\|`);
 * anything else (`\input`, `%`, `#`, `&`) and the `$` are escaped as text.
 */
export function mathSpans(title: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /\$(?!\$)(\S(?:[^$]*?\S)?)\$(?!\d)/g;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    if (title[m.index - 1] === '\\' || !harmlessMath(m[1])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

function harmlessMath(tex: string): boolean {
  let commands = true;
  // Commands out first (a `\{` is no brace), each checked; then the rest, character by character.
  const rest = tex.replace(/\\([A-Za-z]+|[,;!{}| ]?)/g, (_, name: string) => {
    if (!(/^[A-Za-z]/.test(name) ? MATH_COMMANDS.has(name) : name)) commands = false;
    return ' ';
  });
  if (!commands || !/^[\p{L}\p{N}\s_^{}()[\]+\-=<>,.;:|/'!*?]*$/u.test(rest)) return false;
  let depth = 0;
  for (const c of rest) {
    if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
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
