import type { ItemValidator } from '../internal/data-lists.js';
import { UniqueIds } from '../internal/unique-ids.js';
import { describe } from '../internal/url.js';
import { fieldsOf, listOf, topLevelList, type Fields, type Problem, type Validated } from '../internal/validate.js';
import { isOneBibtexEntry } from './bibtex.js';
import { LINKS, paperSlug, type AuthorData, type PaperData } from './model.js';

export type { AuthorData, LinkKey, PaperData } from './model.js';
export { LINKS } from './model.js';

/** Text of only spaces is no text: an abstract of spaces would show an empty disclosure. */
const blankAsNone = (text: string | undefined) => (text?.trim() ? text : undefined);

/**
 * The names in one string of authors: "A, B and C", "Smith, J.; Doe, A." (with a semicolon, names may hold
 * commas), or BibTeX's "Smith, J. and Doe, A.". A suffix after a comma stays with its name ("Martin Luther King, Jr."); "&" never splits ("R&D Team").
 */
export function splitAuthors(raw: string): string[] {
  const bibtex = bibtexNames(raw);
  if (bibtex) return bibtex;
  const semicolons = raw.includes(';');
  const names: string[] = [];
  // After a separator, a leading "and" is the serial comma's ("A, B, and C"), not part of the name.
  const pieces = raw.split(semicolons ? ';' : ',').map((p, i) => (i ? p.replace(/^\s*and\s+/i, '') : p));
  for (const part of pieces.flatMap(splitAtAnd)) {
    if (names.length && SUFFIX.test(part)) names[names.length - 1] += `, ${part}`;
    else names.push(semicolons ? firstLast(part) : part);
  }
  return names;
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/**
 * BibTeX's own form, "Davis, Christopher and Bulat, Luana" (as copied from a .bib file): names joined by "and", each
 * "Last, First". Read so only when every part between the "and"s holds one comma; in a list written "A, B and C" the
 * part after the last "and" has none.
 */
function bibtexNames(raw: string): string[] | undefined {
  if (raw.includes(';')) return undefined;
  const parts = splitAtAnd(raw);
  if (parts.length < 2) return undefined;
  const names = parts.map((part) => {
    const pieces = part.split(',');
    return pieces.length === 2 && pieces[1].trim() && !SUFFIX.test(pieces[1].trim()) ? firstLast(part) : undefined;
  });
  return names.every((n) => n !== undefined) ? names : undefined;
}

/**
 * "A and B" → ["A", "B"]: splits at each word "and" between two words, trimmed, without empty parts. Words rather
 * than a pattern like `/\s+and\s+/`, which retries every space of a long run of spaces (quadratic time).
 */
function splitAtAnd(part: string): string[] {
  const words = part.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let name: string[] = [];
  words.forEach((word, i) => {
    if (name.length && i < words.length - 1 && word.toLowerCase() === 'and') {
      out.push(name.join(' '));
      name = [];
    } else name.push(word);
  });
  if (name.length) out.push(name.join(' '));
  return out;
}

/** "Davis, Christopher" → "Christopher Davis" (the form BibTeX keys and citations read); "King, Jr." stays. */
function firstLast(name: string): string {
  const comma = name.indexOf(',');
  if (comma === -1 || name.includes(',', comma + 1)) return name;
  const last = name.slice(0, comma).trim();
  const first = name.slice(comma + 1).trim();
  return last && first && !SUFFIX.test(first) ? `${first} ${last}` : name;
}

/**
 * When a comma-only string looks like "Last, First" pairs ("Davis, Christopher, Bulat, Luana": an even number of
 * one-word parts), a sentence showing how it was split and how to write it; otherwise undefined.
 */
export function ambiguousAuthors(raw: string): string | undefined {
  if (raw.includes(';') || /\band\b/i.test(raw)) return undefined;
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length < 2 || parts.length % 2 || parts.some((p) => !p || /\s/.test(p) || SUFFIX.test(p))) return undefined;
  const pairs = parts.flatMap((p, i) => (i % 2 ? [] : [`${p}, ${parts[i + 1]}`]));
  return `"${raw}" is read as ${parts.length} authors (${parts.join(' | ')}); if these are "Last, First" pairs, separate the authors with semicolons: "${pairs.join('; ')}"`;
}

function authorsOf(f: Fields): AuthorData[] {
  const raw = f.raw('authors');
  if (raw === undefined || raw === null) return [];
  // One string is a list as people write one (a CSV column, a YAML line): "A, B and C" is three authors.
  if (typeof raw === 'string') {
    const ambiguous = ambiguousAuthors(raw);
    if (ambiguous) f.warn('authors', ambiguous);
    return splitAuthors(raw).map((name) => ({ name, affiliations: [], url: undefined }));
  }
  if (!Array.isArray(raw)) {
    f.warn('authors', `expected a list of names or { name, affiliation, url }, got ${describe(raw)}`);
    return [];
  }
  return listOf(raw, `${f.path}.authors`, f.problems, (item, path) => {
    // Every optional field set (see `own` in internal/validate.ts): an absent one would be read from Object.prototype.
    if (typeof item === 'string') return item.trim() ? { name: item, affiliations: [], url: undefined } : undefined;
    if (typeof item === 'number' && Number.isFinite(item))
      return { name: String(item), affiliations: [], url: undefined };
    const a = fieldsOf(item, path, f.problems, 'author');
    if (!a) return undefined;
    const name = a.requiredText('name', 'author');
    const author: AuthorData = { name: name ?? '', affiliations: a.textList('affiliation') ?? [], url: a.url('url') };
    a.done();
    return name === undefined ? undefined : author;
  });
}

/** A paper without a usable title is shown as "Untitled", as a session without one is "TBA": never dropped. */
function untitled(f: Fields): string {
  const had = f.has('title');
  const v = f.text('title');
  if (v !== undefined && v.trim() !== '') return v;
  if (!had) f.warn('title', 'missing (shown as "Untitled")');
  else if (v !== undefined) f.warn('title', 'empty (shown as "Untitled")');
  else f.problems[f.problems.length - 1].message += ' (shown as "Untitled")';
  return 'Untitled';
}

/** Validates `<paper-list>` data: papers without a title are "Untitled", drops bad fields, renames duplicate ids. */
export function validatePapers(raw: unknown): Validated<PaperData[]> {
  return topLevelList(raw, 'papers', paperValidator());
}

/** Validates one paper at a time (ids stay unique across the calls), for papers that stream in from `src`. */
export function paperValidator(): ItemValidator<PaperData> {
  const ids = new UniqueIds();
  /** Where each id was first used, for the warning about a duplicate. */
  const firstAt = new Map<string, string>();
  return (value, path, index, problems: Problem[]) => {
    const f = fieldsOf(value, path, problems, 'paper');
    if (!f) return undefined;
    const title = untitled(f);
    const given = f.text('id')?.trim() || undefined;
    const paper: PaperData = {
      id: '',
      givenId: given !== undefined,
      title,
      authors: authorsOf(f),
      abstract: blankAsNone(f.text('abstract')),
      keywords: f.textList('keywords') ?? [],
      type: f.text('type')?.trim() || undefined,
      award: f.text('award')?.trim() || undefined,
      session: f.text('session')?.trim() || undefined,
      bibtex: f.text('bibtex')?.trim() || undefined,
      index,
    };
    for (const [key] of LINKS) paper[key] = f.url(key);
    if (paper.bibtex && !isOneBibtexEntry(paper.bibtex)) {
      f.warn(
        'bibtex',
        'is not one complete BibTeX entry (its braces do not pair up, or it holds more than one entry); the generated entry is used instead',
      );
      paper.bibtex = undefined;
    }
    f.done();
    const wanted = given ?? paperSlug(paper.authors[0]?.name, title);
    const id = ids.take(wanted);
    if (id !== wanted && given !== undefined)
      f.warn('id', `duplicate id "${wanted}" (also ${firstAt.get(wanted)}); renamed to "${id}"`);
    if (!firstAt.has(id)) firstAt.set(id, path);
    paper.id = id;
    return paper;
  };
}
