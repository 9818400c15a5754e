import { DataError, Fields, fieldsOf, type Link, type Problem, type Validated } from '../internal/validate.js';
import { describe, safeUrl, urlProblem } from '../internal/url.js';
import { affiliationInName } from './name-string.js';

/** A speaker after validation: what the card renders. Every URL has passed `safeUrl`. */
export interface SpeakerData {
  /** Empty when the organizer gave none: the card says "This card has no name". */
  name: string;
  affiliations: string[];
  photo?: string;
  url?: string;
  role?: string;
  bio?: string;
  talk?: { title: string; href?: string };
  links: Link[];
}

/** The `speaker` JSON (attribute, property, `src` or script child): an object with a `name`, or the name alone. */
export function validateSpeaker(raw: unknown): Validated<SpeakerData> {
  // `- Weinan E` in a speakers.yml: a person written by name alone, as the schedule's `speakers` take them.
  let affiliation: string | undefined;
  if (typeof raw === 'string' && raw.trim()) {
    // "Jane Doe, MIT" stays one name, with a warning (name-string.ts says why).
    affiliation = affiliationInName(raw);
    raw = { name: raw };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new DataError(`"speaker" must be an object, got ${describe(raw)}`);
  const problems: Problem[] = [];
  const f = new Fields(raw as Record<string, unknown>, 'speaker', problems);
  // Without a name the card still shows what it has (photo, bio, links), with "This card has no name" on it.
  const name = f.requiredText('name', 'speaker') ?? '';
  if (!name)
    problems[problems.length - 1].message = problems[problems.length - 1].message.replace(
      / \(speaker skipped\)$/,
      ' (the card says "This card has no name")',
    );
  const data: SpeakerData = {
    name,
    affiliations: nonEmpty(f.textList('affiliation')),
    photo: f.url('photo', 'image'),
    url: f.url('url'),
    role: blankToUndefined(f.text('role')),
    bio: blankToUndefined(f.text('bio')),
    talk: talkOf(f),
    links: f.links('links') ?? [],
  };
  f.done();
  if (affiliation !== undefined)
    problems.push({
      path: 'speaker',
      message: `"${name}" is shown as one name; if "${affiliation}" is the affiliation, write { "name": "${name.slice(0, name.lastIndexOf(',')).trim()}", "affiliation": "${affiliation}" } (in YAML: name: and affiliation: on their own lines)`,
    });
  // A page has several cards: each warning says whose.
  for (const p of problems) p.entry ??= name || undefined;
  return { data, problems };
}

/** The plain attributes of hand-written HTML. Problems name the attribute, e.g. `href attribute`. */
export interface SpeakerAttributes {
  name?: string | null;
  affiliation?: string | null;
  photo?: string | null;
  href?: string | null;
  role?: string | null;
  talk?: string | null;
  talkHref?: string | null;
}

/**
 * The speaker written as plain attributes (`name`, `affiliation`, `photo`, `href`, `speaker-role`, `talk`, `talk-href`). Returns
 * `undefined` when none is set (the card is empty). Without `name`, the rest still shows.
 */
export function speakerFromAttributes(a: SpeakerAttributes): Validated<SpeakerData> | undefined {
  const given = (v: string | null | undefined) => (v == null || v.trim() === '' ? undefined : v);
  if (![a.name, a.affiliation, a.photo, a.href, a.role, a.talk, a.talkHref].some(given)) return undefined;
  const name = given(a.name) ?? '';
  const problems: Problem[] = [];
  if (!name)
    problems.push({
      path: 'name attribute',
      message: 'missing (or give the speaker as JSON); the card says "This card has no name"',
    });
  const url = (attr: 'photo' | 'href' | 'talkHref', kind: 'image' | 'link') => {
    const v = given(a[attr]);
    if (v === undefined) return undefined;
    const problem = urlProblem(v, kind);
    if (problem) problems.push({ path: `${attr === 'talkHref' ? 'talk-href' : attr} attribute`, message: problem });
    return safeUrl(v, kind);
  };
  const talkHref = url('talkHref', 'link');
  if (given(a.talkHref) && !given(a.talk))
    problems.push({ path: 'talk-href attribute', message: 'needs a talk="…" title (ignored)' });
  return {
    data: {
      name,
      affiliations: given(a.affiliation) ? [a.affiliation!] : [],
      photo: url('photo', 'image'),
      url: url('href', 'link'),
      role: given(a.role),
      talk: given(a.talk) ? { title: a.talk!, href: talkHref } : undefined,
      links: [],
    },
    problems,
  };
}

function talkOf(f: Fields): SpeakerData['talk'] {
  const raw = f.raw('talk');
  if (raw === undefined || raw === null) return undefined;
  // A bare string is the title: what an organizer writes first.
  if (typeof raw === 'string') return raw.trim() ? { title: raw, href: undefined } : undefined;
  const t = fieldsOf(raw, `${f.path}.talk`, f.problems, 'talk');
  if (!t) return undefined;
  const title = t.requiredText('title', 'talk');
  const href = t.url('href');
  t.done();
  return title === undefined ? undefined : { title, href };
}

const blankToUndefined = (s: string | undefined) => (s === undefined || s.trim() === '' ? undefined : s);
const nonEmpty = (list: string[] | undefined) => (list ?? []).filter((s) => s.trim() !== '');
