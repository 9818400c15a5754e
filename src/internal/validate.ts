/**
 * Validation and normalisation of organizer data: pure functions, no DOM beyond URL resolution.
 *
 * Hand-written rather than a JSON Schema validator at run time: the issue keeps `lit` as the only
 * runtime dependency, and we need more than pass/fail: skip the bad item, keep the rest, and name
 * every dropped field. The JSON Schemas in `schemas/` are checked against the same fixtures with ajv.
 */
import { capProblems, isSummary, listedProblems, type Problem } from './problem-cap.js';
import { suggestField } from './suggest.js';
import { describe, readUrl, type UrlKind } from './url.js';

export type { Problem } from './problem-cap.js';

const LABEL_LENGTH = 40;

/** The title, name or section heading of an entry as written, shortened, for warnings. */
export function entryLabel(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const text = ['title', 'name', 'section']
    .map((key) => own(value, key))
    .find((t) => typeof t === 'string' && t.trim());
  if (typeof text !== 'string') return undefined;
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= LABEL_LENGTH) return t;
  // Cut at a word when there is one to cut at.
  const cut = t.slice(0, LABEL_LENGTH);
  // eslint-disable-next-line regexp/no-super-linear-move -- `cut` is at most LABEL_LENGTH characters
  return `${cut.replace(/(?<=.{10})\s+\S*$/, '').trimEnd()}…`;
}

/** Marks the problems from `from` on (those of one entry) with the entry's label. */
export function labelProblems(problems: Problem[], from: number, value: unknown): void {
  // Most entries have no problem: their label (a regular expression over the title) is not worth making.
  if (problems.length === from) return;
  const label = entryLabel(value);
  if (label === undefined) return;
  for (let i = from; i < problems.length; i++) problems[i].entry ??= label;
}

/**
 * `obj[key]` when `obj` has it as its own property: a field another script put on `Object.prototype` (a polluted
 * `url`) is not the organizer's data, and must not add a link to every entry.
 */
export function own(obj: object, key: string): unknown {
  return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

/** Thrown when the data as a whole is unusable (not an array, not an object): the element shows it. */
export class DataError extends Error {}

/** A labelled link, after validation. */
export interface Link {
  label: string;
  url: string;
}

/** The outcome of validating a list or an object: what renders, and what did not. */
export interface Validated<T> {
  data: T;
  problems: Problem[];
}

/**
 * Reads the fields of one object, records a {@link Problem} for each unusable one and, at the end,
 * for each key nobody read (a typo like `titel` must not vanish silently).
 */
export class Fields {
  private readonly seen = new Set<string>();

  constructor(
    readonly obj: Record<string, unknown>,
    readonly path: string,
    readonly problems: Problem[],
  ) {}

  /** The raw value, marked as read. */
  raw(key: string): unknown {
    this.seen.add(key);
    return own(this.obj, key);
  }

  has(key: string): boolean {
    const v = own(this.obj, key);
    return v !== undefined && v !== null;
  }

  warn(key: string, message: string): void {
    this.problems.push({ path: key ? `${this.path}.${key}` : this.path, message });
  }

  /** Optional text. Numbers are accepted as text, since YAML reads `2019` or `1.0` as numbers. */
  text(key: string): string | undefined {
    const v = this.raw(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    this.warn(key, `expected a string, got ${describe(v)}`);
    return undefined;
  }

  /** Text that must be present and non-empty; `undefined` means the caller skips the item. */
  requiredText(key: string, what: string): string | undefined {
    const had = this.has(key);
    const v = this.text(key);
    if (v !== undefined && v.trim() !== '') return v;
    if (!had) this.warn(key, `missing (${what} skipped)`);
    else if (v !== undefined) this.warn(key, `empty (${what} skipped)`);
    else this.problems[this.problems.length - 1].message += ` (${what} skipped)`;
    return undefined;
  }

  /** A string or a list of strings, as a list. */
  textList(key: string): string[] | undefined {
    const v = this.raw(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim() ? [v] : [];
    // A number is text here as in `text` (YAML reads `affiliation: 42` or `keywords: 2019` as one).
    if (typeof v === 'number' && Number.isFinite(v)) return [String(v)];
    if (!Array.isArray(v)) {
      this.warn(key, `expected a string or a list of strings, got ${describe(v)}`);
      return undefined;
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item))) out.push(String(item));
      else
        this.problems.push({ path: `${this.path}.${key}[${i}]`, message: `expected a string, got ${describe(item)}` });
    });
    return out;
  }

  /** A URL that passed the safe-URL gate, absolute; unsafe ones are reported and dropped. */
  url(key: string, kind: UrlKind = 'link'): string | undefined {
    const v = this.raw(key);
    if (v === undefined || v === null || v === '') return undefined;
    // One parse for the usual, valid URL (5,000 papers have 10,000 links), with the reason when refused.
    const { url, problem, note } = readUrl(v, kind);
    if (url === undefined) this.warn(key, problem ?? 'refused URL');
    else if (note) this.warn(key, note);
    return url;
  }

  /** `true`/`false`, also from the strings "true"/"false". */
  bool(key: string): boolean | undefined {
    const v = this.raw(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    this.warn(key, `expected true or false, got ${describe(v)}`);
    return undefined;
  }

  /** `[{ "label": "Slides", "url": "…" }]`; a bad entry is skipped with a warning, the rest kept. */
  links(key: string): Link[] | undefined {
    const v = this.raw(key);
    if (v === undefined || v === null) return undefined;
    return listOf(v, `${this.path}.${key}`, this.problems, (item, path) => {
      const f = fieldsOf(item, path, this.problems, 'link');
      if (!f) return undefined;
      const label = f.requiredText('label', 'link');
      const hadUrl = f.has('url');
      const url = f.url('url');
      f.done();
      if (label === undefined) return undefined;
      if (url === undefined) {
        if (hadUrl) this.problems[this.problems.length - 1].message += ' (link skipped)';
        else f.warn('url', 'missing (link skipped)');
        return undefined;
      }
      return { label, url };
    });
  }

  /** Reports every key that nothing read, with the known field it is nearest to. Call once, after reading the known fields. */
  done(): void {
    for (const key of Object.keys(this.obj)) {
      if (this.seen.has(key)) continue;
      const near = suggestField(key, this.seen);
      this.warn(key, `unknown field, ignored${near ? ` (did you mean "${near}"?)` : ''}`);
    }
  }
}

/** Wraps an item as {@link Fields}, or records why it is not an object and returns undefined. */
export function fieldsOf(raw: unknown, path: string, problems: Problem[], what: string): Fields | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path, message: `expected an object, got ${describe(raw)} (${what} skipped)` });
    return undefined;
  }
  return new Fields(raw as Record<string, unknown>, path, problems);
}

/**
 * Maps each item of an array through `item`, keeping the ones it returns. A non-array is recorded
 * as a problem (nested lists) — top-level lists use {@link topLevelList}, which throws instead.
 */
export function listOf<T>(
  raw: unknown,
  path: string,
  problems: Problem[],
  item: (value: unknown, path: string, index: number) => T | undefined,
): T[] {
  if (!Array.isArray(raw)) {
    problems.push({ path, message: `expected a list, got ${describe(raw)}` });
    return [];
  }
  const out: T[] = [];
  raw.forEach((value, i) => {
    const result = item(value, `${path}[${i}]`, i);
    if (result !== undefined) out.push(result);
  });
  return out;
}

/** The top-level array of an element's data; anything else is a {@link DataError}. */
export function topLevelList<T>(
  raw: unknown,
  name: string,
  item: (value: unknown, path: string, index: number, problems: Problem[]) => T | undefined,
): Validated<T[]> {
  const list = listReader(raw, name, item);
  list.read(Infinity);
  return { data: list.data, problems: list.problems };
}

/**
 * {@link topLevelList} a part at a time: `read(end)` validates the items before index `end` not read yet, in order,
 * so a list read in parts gives what one pass gives (the schedule reads its first day first: first-day.ts).
 */
export function listReader<T>(
  raw: unknown,
  name: string,
  item: (value: unknown, path: string, index: number, problems: Problem[]) => T | undefined,
): Validated<T[]> & { read(end: number): void } {
  if (!Array.isArray(raw)) throw new DataError(`"${name}" must be a list (JSON array), got ${describe(raw)}`);
  const problems: Problem[] = [];
  const data: T[] = [];
  let i = 0;
  return {
    data,
    problems,
    read(end) {
      for (; i < end && i < raw.length; i++) {
        if (!(i in raw)) continue; // a hole in a sparse array, which forEach skipped too
        const value: unknown = raw[i];
        const before = problems.length;
        const result = item(value, `${name}[${i}]`, i, problems);
        labelProblems(problems, before, value);
        capProblems(problems);
        if (result !== undefined) data.push(result);
      }
    },
  };
}

/** One line per problem, for the console warning: `  items[5].start ("DGM: A deep learning…"): …`. */
export function formatProblems(problems: Problem[]): string {
  return listedProblems(problems)
    .map((p) =>
      isSummary(p) ? `  ${p.message}` : `  ${p.path}${p.entry ? ` (${JSON.stringify(p.entry)})` : ''}: ${p.message}`,
    )
    .join('\n');
}
