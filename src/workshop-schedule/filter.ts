/** Search and filters for a big program: pure functions over sessions. */
import type { Session } from './program.js';

export interface Filter {
  /** Words to find in titles, speakers, affiliations, abstracts, rooms and tracks (all must match). */
  query: string;
  /** Only this track ('' = all). */
  track: string;
  /** Only this room ('' = all). */
  room: string;
  /** Only these ids ("My program"), or undefined for all. */
  only?: ReadonlySet<string>;
}

/** Above this many sessions the search box appears without the `filterable` attribute. */
export const AUTO_FILTERABLE = 40;

/** Lower case without accents, so "gödel" finds "Godel" and the other way round. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const haystacks = new WeakMap<Session, string>();

function haystack(s: Session): string {
  let h = haystacks.get(s);
  if (h === undefined) {
    const talks = [s, ...s.items];
    h = fold(
      [
        ...talks.flatMap((t) => [
          t.title,
          t.abstract ?? '',
          ...t.speakers.flatMap((p) => [p.name, p.affiliation ?? '']),
        ]),
        s.room ?? '',
        s.track ?? '',
      ].join('\n'),
    );
    haystacks.set(s, h);
  }
  return h;
}

export function matches(s: Session, filter: Filter): boolean {
  if (filter.only && !filter.only.has(s.id)) return false;
  if (filter.track && s.track !== filter.track) return false;
  if (filter.room && s.room !== filter.room) return false;
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const h = haystack(s);
  return words.every((w) => h.includes(w));
}
