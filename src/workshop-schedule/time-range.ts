/**
 * A session's start and end typed in one field, as a hurried organizer does (`start: "9:00-9:30"`,
 * `"1:40pm – 2:10pm"`, `"9:00 to 9:30"`): both halves must be times the schedule reads on their own. Pure.
 */
import { readClockText } from '../internal/dates.js';

const SEPARATOR = /[-–—]|\bto\b/giu;

/** The two clock times of a range written in one string, or undefined when it is not one. */
export function readTimeRange(value: unknown): { start: string; end: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  // "12:00 noon – 12:30 p.m." is 24 characters: a longer string is no range, and is never split (a hostile one would
  // cost a parse per dash).
  if (text.length > 40) return undefined;
  for (const m of text.matchAll(SEPARATOR)) {
    const start = text.slice(0, m.index).trim();
    const end = text.slice(m.index + m[0].length).trim();
    if (start && end && readClockText(start) && readClockText(end)) return { start, end };
  }
  return undefined;
}
