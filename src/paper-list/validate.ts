import type { ItemValidator } from '../internal/data.js';
import { describe } from '../internal/url.js';
import { fieldsOf, listOf, topLevelList, type Fields, type Problem, type Validated } from '../internal/validate.js';
import { LINKS, paperSlug, type AuthorData, type PaperData } from './model.js';

export type { AuthorData, LinkKey, PaperData } from './model.js';
export { LINKS } from './model.js';

/** Text of only spaces is no text: an abstract of spaces would show an empty disclosure. */
const blankAsNone = (text: string | undefined) => (text?.trim() ? text : undefined);

/**
 * The names in one string of authors: "A, B and C", or "Smith, J.; Doe, A." (with a semicolon, names may hold
 * commas). A suffix after a comma stays with its name ("Martin Luther King, Jr."); "&" never splits ("R&D Team").
 */
export function splitAuthors(raw: string): string[] {
  const semicolons = raw.includes(';');
  const parts = raw.split(semicolons ? /\s*;\s*|\s+and\s+/i : /\s*,\s*|\s+and\s+/i);
  const names: string[] = [];
  for (const part of parts.map((s) => s.trim()).filter(Boolean)) {
    if (names.length && SUFFIX.test(part)) names[names.length - 1] += `, ${part}`;
    else names.push(semicolons ? firstLast(part) : part);
  }
  return names;
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** "Davis, Christopher" → "Christopher Davis" (the form BibTeX keys and citations read); "King, Jr." stays. */
function firstLast(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  return m && !SUFFIX.test(m[2].trim()) ? `${m[2].trim()} ${m[1].trim()}` : name;
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
    return splitAuthors(raw).map((name) => ({ name, affiliations: [] }));
  }
  if (!Array.isArray(raw)) {
    f.warn('authors', `expected a list of names or { name, affiliation, url }, got ${describe(raw)}`);
    return [];
  }
  return listOf(raw, `${f.path}.authors`, f.problems, (item, path) => {
    if (typeof item === 'string') return item.trim() ? { name: item, affiliations: [] } : undefined;
    if (typeof item === 'number' && Number.isFinite(item)) return { name: String(item), affiliations: [] };
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
  const seen = new Map<string, string>();
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
    f.done();
    let id = given ?? paperSlug(paper.authors[0]?.name, title);
    if (seen.has(id)) {
      let n = 2;
      while (seen.has(`${id}-${n}`)) n++;
      const renamed = `${id}-${n}`;
      if (given !== undefined) f.warn('id', `duplicate id "${id}" (also ${seen.get(id)}); renamed to "${renamed}"`);
      id = renamed;
    }
    seen.set(id, path);
    paper.id = id;
    return paper;
  };
}
