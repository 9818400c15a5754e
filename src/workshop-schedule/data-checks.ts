/**
 * Checks of the program as a whole that no single entry shows: two sessions with one `id`. Pure; reads the data as
 * written (nested talks included), so the paths are the organizer's even where an entry was skipped.
 */
import { entryLabel, type Problem } from '../internal/validate.js';

/** One problem per session or nested talk whose `id` an earlier one already has: links to `#id` reach only the first. */
export function duplicateIds(raw: unknown): Problem[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  const check = (item: unknown, path: string): void => {
    if (!item || typeof item !== 'object') return;
    const { id, items } = item as { id?: unknown; items?: unknown };
    const text = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
    if (text) {
      const first = seen.get(text);
      if (first)
        problems.push({
          path: `${path}.id`,
          entry: entryLabel(item),
          message: `duplicate id "${text}" (also ${first}): links to #${text} reach only the first; give each session its own id`,
        });
      else seen.set(text, path);
    }
    if (Array.isArray(items)) items.forEach((n, j) => check(n, `${path}.items[${j}]`));
  };
  raw.forEach((item, i) => check(item, `items[${i}]`));
  return problems;
}
