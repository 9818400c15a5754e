/**
 * A session's own `date` (`date: 2019-12-14`, or `December 14, 2019`), the way organizers type a multi-day program
 * by hand: the day of a `start` (and `end`) written as a time alone. Pure.
 */
import { readDate } from '../internal/dates.js';
import type { Fields } from '../internal/validate.js';

/** `start` placed on the session's `date`, when it has one and `start` has no day of its own. */
export function onSessionDate<T extends { kind: 'instant' | 'wall'; date?: string }>(
  f: Fields,
  start: T | undefined | null,
): T | undefined | null {
  const raw = f.text('date')?.trim();
  if (!raw) return start;
  const read = readDate(raw);
  if (!('date' in read)) {
    f.warn('date', `${read.error} (the session is shown on the schedule's date)`);
    return start;
  }
  if (read.date !== raw) f.warn('date', `"${raw}" is read as ${read.date}; write it so`);
  if (!start) return start;
  if (start.kind === 'wall' && start.date === undefined) return { ...start, date: read.date };
  if (start.kind === 'instant' || start.date !== read.date) f.warn('date', `ignored: "start" gives its own day`);
  return start;
}
