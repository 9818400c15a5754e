/**
 * Organizer data → dates as written (not yet placed in time: that needs the element's `timezone`, see dates.ts).
 * Pure; every dropped or doubtful field becomes a Problem that names it.
 */
import { readClockText, readDate } from '../internal/dates.js';
import { describe } from '../internal/url.js';
import { fieldsOf, topLevelList, type Fields, type Validated } from '../internal/validate.js';
import { isDate } from '../internal/dates.js';
import type { DateKind } from './types.js';
import { readDateZone } from './zone.js';

export const DATE_KINDS: readonly DateKind[] = ['deadline', 'notification', 'event', 'camera-ready'];

/** A day and, when given, a time on it (seconds after midnight), as written. */
export interface WrittenDate {
  date: string;
  seconds?: number;
}

export interface DateData extends WrittenDate {
  /** As written; the element makes ids unique and derives missing ones from the label. */
  id?: string;
  label: string;
  /** An IANA zone name or `AoE`, as read by {@link readDateZone}; undefined: the element's `timezone`. */
  zone?: string;
  note?: string;
  url?: string;
  extendedFrom?: WrittenDate;
  kind: DateKind;
  /** Where it came from, e.g. `dates[3]`, for later warnings. */
  path: string;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DATE_AND_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2})?))?$/;

/** Seconds after midnight of `"23:59"`, `"23:59:59"` or a number of seconds (YAML's unquoted `23:59`); up to 24:00. */
export function parseTimeOfDay(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 && raw <= 86_400 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const m = TIME.exec(raw.trim());
  if (!m) return undefined;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (min > 59 || s > 59 || h > 24 || (h === 24 && (min || s))) return undefined;
  return h * 3600 + min * 60 + s;
}

/** `"2019-09-13"` or `"2019-09-13T23:59"` (no offset: the zone is the `timezone` field). */
export function parseWrittenDate(raw: string): WrittenDate | undefined {
  const m = DATE_AND_TIME.exec(raw.trim());
  if (!m || !isDate(m[1])) return undefined;
  if (m[2] === undefined) return { date: m[1] };
  const seconds = parseTimeOfDay(m[2]);
  return seconds === undefined ? undefined : { date: m[1], seconds };
}

const DATE_FORMS = 'a date like "2019-09-13" (the time goes in "time", the zone in "timezone")';

/** Validates `dates`: a date without a usable label, date, time or zone is skipped, since it would show wrongly. */
export function validateDates(raw: unknown): Validated<DateData[]> {
  return topLevelList(raw, 'dates', (value, path, _i, problems) => {
    const f = fieldsOf(value, path, problems, 'date');
    if (!f) return undefined;
    const id = f.text('id')?.trim() || undefined;
    const label = f.requiredText('label', 'date')?.trim();
    const written = dateField(f);
    const seconds = timeField(f, written);
    const zone = zoneField(f);
    const note = f.text('note')?.trim() || undefined;
    const url = f.url('url');
    const kind = kindField(f);
    const extendedFrom = extendedField(f, written?.seconds ?? seconds ?? undefined);
    f.done();
    if (label === undefined || !written || seconds === null || zone === null) return undefined;
    return {
      id,
      label,
      date: written.date,
      seconds: written.seconds ?? seconds,
      zone,
      note,
      url,
      extendedFrom,
      kind,
      path,
    };
  });
}

function dateField(f: Fields): WrittenDate | undefined {
  const raw = f.raw('date');
  if (raw === undefined || raw === null) {
    f.warn('date', 'missing (date skipped)');
    return undefined;
  }
  const written = typeof raw === 'string' ? parseWrittenDate(raw) : undefined;
  if (written || typeof raw !== 'string') {
    if (!written) f.warn('date', `expected ${DATE_FORMS}, got ${describe(raw)} (date skipped)`);
    return written;
  }
  // "September 13, 2019", as <workshop-schedule date> reads it: the day is certain, so it is shown, with the form
  // to write; a date without a year or with slashes gets the reason it cannot be read.
  const read = readDate(raw);
  if ('date' in read) {
    f.warn('date', `"${raw}" is read as ${read.date}; write it so`);
    return { date: read.date };
  }
  f.warn('date', `${read.error} (date skipped)`);
  return undefined;
}

/** The time in seconds; undefined when there is none (a whole day); null when it is unreadable (date skipped). */
function timeField(f: Fields, written: WrittenDate | undefined): number | undefined | null {
  const raw = f.raw('time');
  if (raw === undefined || raw === null || raw === '') return undefined;
  // "11:59 PM", "noon", "23h59": the forms <workshop-schedule> reads, so the same organizer's data works in both.
  const seconds = parseTimeOfDay(raw) ?? (typeof raw === 'string' ? readClockText(raw)?.seconds : undefined);
  if (seconds === undefined) {
    f.warn('time', `expected a time like "23:59" or "11:59 PM", got ${describe(raw)} (date skipped)`);
    return null;
  }
  if (written?.seconds !== undefined && written.seconds !== seconds) {
    f.warn('time', `differs from the time in "date" (date skipped: which one is meant?)`);
    return null;
  }
  return seconds;
}

/** The zone; undefined when not given; null when unknown (date skipped: its instant would be a guess). */
function zoneField(f: Fields): string | undefined | null {
  const raw = f.text('timezone')?.trim();
  if (!raw) return undefined;
  const read = readDateZone(raw);
  if ('error' in read) {
    f.warn('timezone', `${read.error} (date skipped: its time would be a guess)`);
    return null;
  }
  if (read.warning) f.warn('timezone', read.warning);
  return read.zone;
}

function kindField(f: Fields): DateKind {
  const raw = f.text('kind');
  if (raw === undefined) return 'deadline';
  const kind = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-') as DateKind;
  if (DATE_KINDS.includes(kind)) return kind;
  f.warn('kind', `unknown kind ${JSON.stringify(raw)} (shown as a deadline; known: ${DATE_KINDS.join(', ')})`);
  return 'deadline';
}

/** `extended_from`: a day (at the new date's time) or a day and time; unreadable ones are dropped. */
function extendedField(f: Fields, seconds: number | undefined): WrittenDate | undefined {
  const raw = f.raw('extended_from');
  if (raw === undefined || raw === null || raw === '') return undefined;
  const written = typeof raw === 'string' ? parseWrittenDate(raw) : undefined;
  if (!written) {
    f.warn('extended_from', `expected a date like "2019-09-06" or "2019-09-06T23:59", got ${describe(raw)} (ignored)`);
    return undefined;
  }
  return written.seconds === undefined ? { date: written.date, seconds } : written;
}
