/**
 * "Did you mean …?" for a name the organizer mistyped: the nearest known name by edit distance
 * (optimal string alignment: a swap of two neighbours is one edit), compared without case, spaces,
 * `_` or `-`. Hand-written: twenty lines, and no dependency for the elements' package.
 */

const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

/** Edit distance between `a` and `b`, stopping early once it exceeds `max` (returns `max + 1`). */
export function distance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/**
 * The known name nearest to `wanted`, if it is near enough to be a typo: at most 1 edit for names up to 4
 * letters, 2 up to 10, 3 beyond. The same name in another case (or with `_` for spaces) is always near.
 */
export function nearest(wanted: string, known: Iterable<string>): string | undefined {
  const w = fold(wanted);
  if (!w) return undefined;
  const max = w.length <= 4 ? 1 : w.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const name of known) {
    const d = distance(w, fold(name), bestDistance - 1);
    if (d < bestDistance) [best, bestDistance] = [name, d];
    if (d === 0) break;
  }
  return best;
}

/**
 * Field names organizers use for the same thing in another element or another tool (a date's `title` is its
 * `label`): not near by spelling, so {@link nearest} cannot find them. Checked in this order.
 */
const SYNONYMS: Record<string, readonly string[]> = {
  title: ['label', 'name'],
  label: ['title', 'name'],
  name: ['title', 'label'],
  author: ['authors'],
  speaker: ['speakers'],
  href: ['url'],
  link: ['url', 'links'],
  website: ['url'],
  homepage: ['url'],
  image: ['photo', 'logo'],
  picture: ['photo'],
  deadline: ['date'],
  day: ['date'],
  begin: ['start'],
  from: ['start'],
  to: ['end'],
  until: ['end'],
  finish: ['end'],
};

/** The known field meant by `wanted`: a synonym (`title` for `label`) first, else the nearest by spelling. */
export function suggestField(wanted: string, known: ReadonlySet<string>): string | undefined {
  const synonym = SYNONYMS[fold(wanted)]?.find((name) => known.has(name));
  return synonym ?? nearest(wanted, known);
}
