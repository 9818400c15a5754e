/**
 * Times of day and calendar dates as people write them, read without guessing: what can only mean one thing is
 * accepted, what could mean two is refused with the form to write. Pure, no DOM.
 *
 * Hand-written: the forms are few and English-only, and `Date.parse` accepts far more than it should
 * ("13/12/2019" is an Invalid Date in one engine and December 13 in another).
 */

/** A time of day read from what the organizer wrote. */
export interface ClockReading {
  /** Seconds after midnight (up to 86 400, "24:00"). */
  seconds: number;
  /** Set when the value was read, but not as written: a sentence on how to write it. */
  warning?: string;
}

const H24 = /^(\d{1,2})(?:[:.h](\d{2})(?::(\d{2}))?|h)?$/i;
const H12 = /^(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*([ap])\.?\s*m\.?$/i;
const NOON = /^(?:12(?:[:.]00)?\s*)?noon$/i;
const MIDNIGHT = /^(?:12(?:[:.]00)?\s*)?midnight$/i;

function seconds(h: number, m: number, s: number): number | undefined {
  const total = h * 3600 + m * 60 + s;
  return m > 59 || s > 59 || total > 86_400 ? undefined : total;
}

const hhmm = (total: number) =>
  `${String(Math.floor(total / 3600)).padStart(2, '0')}:${String(Math.floor(total / 60) % 60).padStart(2, '0')}`;

/**
 * A time of day written as text: `13:40`, `13:40:00`, `1:40 PM`, `01:40pm`, `9 AM`, `9 a.m.`, `13h40`, `13.40`,
 * `12:00 noon`, `noon`, `midnight`. A bare `13` is not a time (it is refused; see {@link readClockNumber} for numbers).
 * `undefined` when the text is none of these.
 */
export function readClockText(text: string): ClockReading | undefined {
  const t = text.trim();
  if (NOON.test(t)) return { seconds: 12 * 3600 };
  if (MIDNIGHT.test(t)) return { seconds: 0 };
  let m = H12.exec(t);
  if (m) {
    const h = +m[1];
    if (h < 1 || h > 12) return undefined;
    const total = seconds((h % 12) + (m[4].toLowerCase() === 'p' ? 12 : 0), +(m[2] ?? 0), +(m[3] ?? 0));
    return total === undefined ? undefined : { seconds: total };
  }
  m = H24.exec(t);
  // "13" alone is a number, not a time: only with minutes, or as "13h".
  if (!m || (m[2] === undefined && !/h$/i.test(t))) return undefined;
  const total = seconds(+m[1], +(m[2] ?? 0), +(m[3] ?? 0));
  return total === undefined ? undefined : { seconds: total };
}

/**
 * A time of day that YAML turned into a number:
 * - an unquoted `09:30` is sexagesimal to YAML 1.1 (Ruby's Psych, so Jekyll): 34 200 seconds after midnight.
 *   A whole number of minutes up to 86 400 is read so, silently.
 * - `16` (an hour alone) cannot be that: 16 seconds after midnight is no one's meaning. It is read as 16:00,
 *   with a warning that says to write `"16:00"`.
 * - `13.40` is the number 13.4 to YAML: read as 13:40 (hour, then two digits of minutes), with a warning.
 * - anything else (seconds that are not whole minutes, negative, fractional beyond minutes, past a day) is refused.
 */
export function readClockNumber(value: number): ClockReading | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  if (Number.isInteger(value)) {
    if (value >= 1 && value <= 24)
      return {
        seconds: value * 3600,
        warning: `the number ${value} is read as ${hhmm(value * 3600)}; write the time in quotes, "${hhmm(value * 3600)}"`,
      };
    if (value % 60 === 0 && value <= 86_400) return { seconds: value };
    return undefined;
  }
  const hours = Math.floor(value);
  const minutes = Math.round((value - hours) * 100);
  // Only two decimals are a time: 13.4 (13.40) or 13.05, not 13.456.
  if (Math.abs(hours + minutes / 100 - value) > 1e-9 || hours > 23 || minutes > 59) return undefined;
  const total = hours * 3600 + minutes * 60;
  return {
    seconds: total,
    warning: `YAML read ${hours}.${String(minutes).padStart(2, '0')} as the number ${value}; read as ${hhmm(total)}, write it in quotes, "${hhmm(total)}"`,
  };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function month(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(n) || (n === 'sept' && m === 'september'));
  return i < 0 ? undefined : i + 1;
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** True for a real calendar date. */
function real(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A date read from what the organizer wrote: `YYYY-MM-DD`, or why not (a sentence that shows the ISO form). */
export type DateReading = { date: string; warning?: string } | { error: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const MONTH_FIRST = new RegExp(String.raw`^([a-z]+\.?)\s+${DAY}(?:,?\s+(\d{4}))?$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^${DAY}\s+(?:of\s+)?([a-z]+\.?),?(?:\s+(\d{4}))?$`, 'i');
const SLASHED = /^(\d{1,4})[/.](\d{1,2})[/.](\d{1,4})$/;

/**
 * The `date` setting: `2019-12-13`, `December 13, 2019`, `Dec 13, 2019`, `13 Dec 2019`, `Friday, 13th December 2019`.
 * A date without a year is refused (the year cannot be guessed), and so is a numeric slashed date that could be two
 * days (`05/06/2019`): the error shows both ISO forms. One that can be only one day (`13/12/2019`, `12/13/2019`) is
 * read as that day, with a warning that shows the ISO form.
 */
export function readDate(text: string): DateReading {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = ISO.exec(t);
  if (m) return real(+m[1], +m[2], +m[3]) ? { date: t } : { error: `"${text}" is not a day of the calendar` };
  const words = t.replace(WEEKDAY, '');
  let y: number | undefined, mo: number | undefined, d: number | undefined;
  if ((m = MONTH_FIRST.exec(words))) [mo, d, y] = [month(m[1]), +m[2], m[3] ? +m[3] : undefined];
  else if ((m = DAY_FIRST.exec(words))) [d, mo, y] = [+m[1], month(m[2]), m[3] ? +m[3] : undefined];
  if (mo !== undefined && d !== undefined) {
    if (y === undefined) return { error: `"${text}" has no year; write the date as "YYYY-MM-DD", e.g. "2019-12-13"` };
    if (!real(y, mo, d)) return { error: `"${text}" is not a day of the calendar` };
    return { date: iso(y, mo, d) };
  }
  m = SLASHED.exec(t);
  if (m) {
    const [a, b, c] = [+m[1], +m[2], +m[3]];
    if (m[1].length === 4 && real(a, b, c))
      return { error: `"${text}" is ambiguous to browsers; write "${iso(a, b, c)}"` };
    if (m[3].length === 4) {
      const dayFirst = real(c, b, a) ? iso(c, b, a) : undefined;
      const monthFirst = real(c, a, b) ? iso(c, a, b) : undefined;
      if (dayFirst && monthFirst && dayFirst !== monthFirst)
        return {
          error: `"${text}" could be ${dayFirst} (day first) or ${monthFirst} (month first); write the one you mean as "YYYY-MM-DD"`,
        };
      // "13/12/2019": one reading only (there is no month 13), so it is that day, with the form to write.
      const only = dayFirst ?? monthFirst;
      if (only) return { date: only, warning: `"${text}" is read as ${only} (the one day it can be); write it so` };
    }
  }
  return { error: `"${text}" is not a date like "2019-12-13" or "December 13, 2019"` };
}

/** True for a real calendar date `YYYY-MM-DD`. */
export function isDate(text: string): boolean {
  const r = readDate(text);
  return 'date' in r && r.date === text.trim();
}
