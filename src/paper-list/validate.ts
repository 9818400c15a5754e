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
  const parts = raw.split(raw.includes(';') ? /\s*;\s*|\s+and\s+/i : /\s*,\s*|\s+and\s+/i);
  const names: string[] = [];
  for (const part of parts.map((s) => s.trim()).filter(Boolean)) {
    if (names.length && /^(?:jr|sr|ii|iii|iv)\.?$/i.test(part)) names[names.length - 1] += `, ${part}`;
    else names.push(part);
  }
  return names;
}

function authorsOf(f: Fields): AuthorData[] {
  const raw = f.raw('authors');
  if (raw === undefined || raw === null) return [];
  // One string is a list as people write one (a CSV column, a YAML line): "A, B and C" is three authors.
  if (typeof raw === 'string') return splitAuthors(raw).map((name) => ({ name, affiliations: [] }));
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

/** Validates `<paper-list>` data: skips papers without a title, drops bad fields, renames duplicate ids. */
export function validatePapers(raw: unknown): Validated<PaperData[]> {
  return topLevelList(raw, 'papers', paperValidator());
}

/** Validates one paper at a time (ids stay unique across the calls), for papers that stream in from `src`. */
export function paperValidator(): ItemValidator<PaperData> {
  const seen = new Map<string, string>();
  return (value, path, index, problems: Problem[]) => {
    const f = fieldsOf(value, path, problems, 'paper');
    if (!f) return undefined;
    const title = f.requiredText('title', 'paper');
    const given = f.text('id')?.trim() || undefined;
    const paper: PaperData = {
      id: '',
      givenId: given !== undefined,
      title: title ?? '',
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
    if (title === undefined) return undefined;
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
