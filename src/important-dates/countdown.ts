/**
 * The countdown to a deadline as text ("2 days 4 h left"), in elapsed time: a day is 24 hours, whatever clock
 * changes happen on the way, as a stopwatch would count.
 */
import type { DatesTerm } from './terms.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 days 4 h left", "4 h 12 min left", "12 min left", "less than a minute left" (in `t`'s language); rounded down. */
export function countdownText(remaining: number, t: DatesTerm): string {
  if (remaining < MINUTE) return t('leftUnderMinute');
  const n = Math.floor(remaining / DAY);
  const h = Math.floor((remaining % DAY) / HOUR);
  const m = Math.floor((remaining % HOUR) / MINUTE);
  if (n > 0) return h ? t('leftDaysHours', { n, h }) : t('leftDays', { n });
  if (h > 0) return m ? t('leftHoursMinutes', { h, m }) : t('leftHours', { h });
  return t('leftMinutes', { m });
}

/** Milliseconds until {@link countdownText} of a deadline at `at` next changes, seen at `now`. */
export function untilTextChanges(at: number, now: number): number {
  const remaining = at - now;
  if (remaining <= 0) return Infinity;
  if (remaining < MINUTE) return remaining;
  const step = remaining >= DAY ? HOUR : MINUTE;
  // The text changes when `remaining` crosses the next multiple of `step` below it (+1 so it has crossed).
  return (remaining % step || step) + 1;
}

/** What the live region says: the new text, unless the last announcement is less than `gap` old. */
export interface Announcement {
  text: string;
  at: number;
}

export function nextAnnouncement(
  previous: Announcement | undefined,
  text: string,
  now: number,
  gap = MINUTE,
): Announcement {
  if (previous && (previous.text === text || (now >= previous.at && now - previous.at < gap))) return previous;
  return { text, at: now };
}
