/**
 * Search over papers: case- and accent-insensitive ("scholkopf" finds "Schölkopf"), every word must match,
 * and the matched ranges in the original text for highlighting. Pure functions, no DOM.
 */
import { toAscii, type PaperData } from './model.js';

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds text for matching: lower case, accents stripped, ł→l, ß→ss. Greek final sigma is σ: lower-casing a word
 * gives ς at its end but σ for the letter alone, and highlighting folds letter by letter.
 */
export function fold(text: string): string {
  return ASCII.test(text) ? text.toLowerCase() : toAscii(text).toLowerCase().replace(/ς/g, 'σ');
}

/** The words of a query, folded, without duplicates. */
export function queryTerms(query: string): string[] {
  return [...new Set(fold(query).split(/\s+/).filter(Boolean))];
}

/**
 * The folded text a paper is searched in: title, authors and affiliations, abstract, keywords. `abstractText` is
 * the abstract as a visitor reads it (its rich-text markup removed, see internal/rich-text.ts `plainText`), so
 * `<em>deep</em> learning` is found by "deep learning" and never by "em".
 */
export function haystack(p: PaperData, abstractText = p.abstract): string {
  return fold(
    [
      p.title,
      ...p.authors.map((a) => `${a.name} ${a.affiliations.join(' ')}`),
      abstractText ?? '',
      p.keywords.join(' '),
    ].join('\n'),
  );
}

/** Whether every term occurs in the haystack. */
export function matches(hay: string, terms: string[]): boolean {
  return terms.every((t) => hay.includes(t));
}

/** A piece of text, marked when it matched a term. */
export interface Segment {
  text: string;
  mark: boolean;
}

const foldCache = new Map<string, string>();
const foldChar = (c: string) => {
  let f = foldCache.get(c);
  if (f === undefined) foldCache.set(c, (f = fold(c)));
  return f;
};

/** The folded text and, for each folded UTF-16 unit, the index of the original character it came from. */
function foldWithMap(text: string): { folded: string; map?: number[] } {
  if (ASCII.test(text)) return { folded: text.toLowerCase() };
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    folded += f;
    for (let k = 0; k < f.length; k++) map.push(i);
    i += c.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** Splits `text` into segments, marking every occurrence of any term (overlaps merged). */
export function highlight(text: string, terms: string[]): Segment[] {
  if (!terms.length || !text) return [{ text, mark: false }];
  const { folded, map } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const t of terms) {
    for (let at = folded.indexOf(t); at !== -1; at = folded.indexOf(t, at + t.length)) ranges.push([at, at + t.length]);
  }
  if (!ranges.length) return [{ text, mark: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const toOriginal = (n: number) => (map ? map[n] : n);
  const out: Segment[] = [];
  let pos = 0;
  let [start, end] = ranges[0];
  const flush = () => {
    const s = toOriginal(start);
    const e = toOriginal(end);
    if (s > pos) out.push({ text: text.slice(pos, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    pos = e;
  };
  for (const [s, e] of ranges.slice(1)) {
    if (s <= end) end = Math.max(end, e);
    else {
      flush();
      [start, end] = [s, e];
    }
  }
  flush();
  if (pos < text.length) out.push({ text: text.slice(pos), mark: false });
  return out;
}

/** The marked ranges of `highlight(text, terms)` as [start, end) offsets in `text`. */
export function markedRanges(text: string, terms: string[]): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const s of highlight(text, terms)) {
    if (s.mark) out.push([at, at + s.text.length]);
    at += s.text.length;
  }
  return out;
}

/** What the visitor chose: the search text and the filters. */
export interface Filters {
  q: string;
  type: string;
  award: string;
  session: string;
  keyword: string;
}

export type SortOrder = 'given' | 'title' | 'author';

const intl = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
// Folded first: an engine without locale data (WebKit's MiniBrowser) then still sorts "alpha" before "Zeta".
const collator = { compare: (a: string, b: string) => intl.compare(fold(a), fold(b)) };
const lastWord = (name = '') => name.trim().split(/\s+/).pop() ?? '';

/** Whether a paper passes the filters and matches every search term; `hay(p)` gives its haystack. */
export function matcher(filters: Filters, hay: (p: PaperData) => string): (p: PaperData) => boolean {
  const terms = queryTerms(filters.q);
  // Values compare as their filter options were made (see filter-options.ts): "ORAL" is the option "oral".
  const type = fold(filters.type);
  const award = fold(filters.award);
  const session = fold(filters.session);
  const keyword = fold(filters.keyword);
  return (p) => {
    if (filters.type || filters.award || filters.session || filters.keyword) {
      const f = foldedFields(p);
      if (filters.type && f.type !== type) return false;
      if (filters.award && f.award !== award) return false;
      if (filters.session && f.session !== session) return false;
      if (filters.keyword && !f.keywords.includes(keyword)) return false;
    }
    return !terms.length || matches(hay(p), terms);
  };
}

/** A paper's filterable values, folded once (a keystroke runs the filters over every paper). */
const foldedCache = new WeakMap<PaperData, { type?: string; award?: string; session?: string; keywords: string[] }>();
function foldedFields(p: PaperData) {
  let f = foldedCache.get(p);
  if (!f) {
    const opt = (v?: string) => (v === undefined ? undefined : fold(v));
    f = { type: opt(p.type), award: opt(p.award), session: opt(p.session), keywords: p.keywords.map(fold) };
    foldedCache.set(p, f);
  }
  return f;
}

/** The papers in an order: as given, by title, or by first author's family name. */
export function ordered(papers: PaperData[], sort: SortOrder): PaperData[] {
  const out = [...papers];
  if (sort === 'title') out.sort((a, b) => collator.compare(a.title, b.title) || a.index - b.index);
  if (sort === 'author')
    out.sort(
      (a, b) =>
        collator.compare(lastWord(a.authors[0]?.name), lastWord(b.authors[0]?.name)) ||
        collator.compare(a.authors[0]?.name ?? '', b.authors[0]?.name ?? '') ||
        a.index - b.index,
    );
  return out;
}

/** The papers to show, in order. `hay(p)` gives the haystack of a paper (built lazily by the caller). */
export function select(
  papers: PaperData[],
  filters: Filters,
  sort: SortOrder,
  hay: (p: PaperData) => string,
): PaperData[] {
  return ordered(papers.filter(matcher(filters, hay)), sort);
}

/**
 * Groups papers under headings by a field, groups in first-seen order (values compared as in `distinct`); papers
 * without it come last, or join a group the organizer named "Other", which is what their heading says.
 */
export function groupBy(
  papers: PaperData[],
  key: 'session' | 'type',
): { label: string | undefined; papers: PaperData[] }[] {
  const groups = new Map<string | undefined, { label: string | undefined; papers: PaperData[] }>();
  for (const p of papers) {
    const label = p[key];
    const k = label === undefined ? undefined : fold(label);
    let group = groups.get(k);
    if (!group) groups.set(k, (group = { label, papers: [] }));
    group.papers.push(p);
  }
  const none = groups.get(undefined);
  groups.delete(undefined);
  const other = groups.get(OTHER);
  if (none && other) other.papers.push(...none.papers);
  return [...groups.values(), ...(none && !other ? [none] : [])];
}

/** The heading of papers without a session or type. */
export const OTHER_LABEL = 'Other';
const OTHER = fold(OTHER_LABEL);
