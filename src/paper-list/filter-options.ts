/**
 * The filter menus' options of `<paper-list>`, kept up to date while papers stream in from `src`: the filters show
 * from the first papers, and options are added as papers arrive, so the controls bar has its final shape early
 * instead of growing (and pushing the list down) when the last paper is in. No DOM here.
 */
import { FILTER_KEYS } from './list-engine.js';
import type { PaperData } from './model.js';
import { fold, type Filters } from './search.js';
import type { PAPER_TERMS } from './terms.js';

type Term = keyof typeof PAPER_TERMS;
type FilterKey = (typeof FILTER_KEYS)[number];

export interface FilterOptions {
  /** Per filter: the term of its "All …" option, and the values. */
  options: Record<FilterKey, [Term, string[]]>;
  affiliations: boolean;
}

const ALL: Record<FilterKey, Term> = {
  type: 'allTypes',
  award: 'allAwards',
  session: 'allSessions',
  keyword: 'allKeywords',
};

/** Alphabetical order, as `localeCompare` sorts, many times faster on hundreds of keywords. */
const collator = new Intl.Collator();

/** Keyword filter: the most used keywords only (ICLR 2020 has over 2,000 distinct ones). */
const MAX_KEYWORDS = 300;

/** The filter menus' options ("All …" first) and whether any author has an affiliation, for all papers at once. */
export function filterOptions(all: PaperData[]): FilterOptions {
  const tracker = new OptionsTracker();
  return tracker.update(all, false, undefined);
}

/**
 * Counts the papers' values as they arrive (each paper once), and gives the options for the papers so far.
 *
 * - Type, award and session offer every value, in the order first seen (values that differ only in case or
 *   accents, "oral" and "ORAL", are one option, spelled as first seen): a new value is appended, so the options a
 *   visitor is looking at keep their places.
 * - Keywords offer those used by at least two papers (all of them under 20 papers), the most used, alphabetically.
 *   Which ones those are changes as counts grow, so while papers arrive an offered keyword stays offered; once
 *   all are in, the menu offers exactly the final choice.
 * - A filter's current value is always offered (a filter chosen, or brought by the URL, stays shown as chosen).
 *
 * `update` returns the same object while nothing changed, so the controls re-render only when options change.
 */
export class OptionsTracker {
  private papers?: PaperData[];
  private counted = 0;
  private values = {
    type: new Map<string, string>(),
    award: new Map<string, string>(),
    session: new Map<string, string>(),
  };
  private keywordCounts = new Map<string, { keyword: string; n: number }>();
  /** Keywords offered while loading (folded → as shown). */
  private offered = new Map<string, string>();
  private affiliations = false;
  private last?: FilterOptions;
  /** The keyword options, for the papers counted and the phase they were chosen for. */
  private keywordCache?: { counted: number; partial: boolean; keywords: string[] };

  update(all: PaperData[], partial: boolean, filters: Filters | undefined): FilterOptions {
    // Streamed papers arrive as longer copies of the same array; anything else is other data: count anew.
    const prefix =
      this.papers !== undefined &&
      this.counted <= all.length &&
      (this.counted === 0 || (all[0] === this.papers[0] && all[this.counted - 1] === this.papers[this.counted - 1]));
    if (!prefix) this.reset();
    this.papers = all;
    for (let i = this.counted; i < all.length; i++) this.count(all[i]);
    this.counted = all.length;

    // Choosing keywords sorts them all: while papers arrive, that is done again once their number has grown by a
    // quarter (about 30 times for 5,000 papers, instead of at every step).
    const cache = this.keywordCache;
    const fresh =
      cache?.partial === partial && (partial ? all.length < cache.counted * 1.25 : cache.counted === all.length);
    if (!fresh) this.keywordCache = { counted: all.length, partial, keywords: this.keywords(all.length, partial) };
    const keywords = this.keywordCache!.keywords;
    const next: FilterOptions = {
      options: {
        type: [ALL.type, withCurrent([...this.values.type.values()], filters?.type)],
        award: [ALL.award, withCurrent([...this.values.award.values()], filters?.award)],
        session: [ALL.session, withCurrent([...this.values.session.values()], filters?.session)],
        keyword: [ALL.keyword, withCurrent(keywords, filters?.keyword)],
      },
      affiliations: this.affiliations,
    };
    if (this.last && same(this.last, next)) return this.last;
    return (this.last = next);
  }

  private reset(): void {
    this.counted = 0;
    for (const m of Object.values(this.values)) m.clear();
    this.keywordCounts.clear();
    this.offered.clear();
    this.affiliations = false;
    this.keywordCache = undefined;
  }

  private count(p: PaperData): void {
    for (const key of ['type', 'award', 'session'] as const) {
      const v = p[key];
      if (!v) continue;
      const folded = fold(v);
      if (!this.values[key].has(folded)) this.values[key].set(folded, v);
    }
    // Counted as the filter matches them ("Deep Learning" is "deep learning"), spelled as first seen.
    for (const k of p.keywords) {
      const key = fold(k);
      const c = this.keywordCounts.get(key);
      if (c) c.n++;
      else this.keywordCounts.set(key, { keyword: k, n: 1 });
    }
    this.affiliations ||= p.authors.some((a) => a.affiliations.length > 0);
  }

  /** Keywords used by at least two papers, the most used ones, alphabetically (while loading: and those offered). */
  private keywords(total: number, partial: boolean): string[] {
    const useful = [...this.keywordCounts.entries()].filter(([, { n }]) => n > 1 || total < 20);
    const chosen = useful.sort((a, b) => b[1].n - a[1].n).slice(0, MAX_KEYWORDS);
    if (!partial) {
      this.offered.clear();
      return chosen.map(([, { keyword }]) => keyword).sort(collator.compare);
    }
    for (const [key, { keyword }] of chosen) if (!this.offered.has(key)) this.offered.set(key, keyword);
    return [...this.offered.values()].sort(collator.compare);
  }
}

/** The values, with the filter's current value added at the end when it is not among them (compared folded). */
function withCurrent(values: string[], current: string | undefined): string[] {
  if (!current) return values;
  const folded = fold(current);
  return values.some((v) => fold(v) === folded) ? values : [...values, current];
}

function same(a: FilterOptions, b: FilterOptions): boolean {
  return (
    a.affiliations === b.affiliations &&
    FILTER_KEYS.every((k) => {
      const x = a.options[k][1];
      const y = b.options[k][1];
      return x.length === y.length && x.every((v, i) => v === y[i]);
    })
  );
}
