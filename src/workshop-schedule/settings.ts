/**
 * The schedule's `timezone` and `date` settings → what the program is built with. A setting that cannot be used
 * never hides the program: it is then shown "as written" (wall-clock times in no zone, no conversion, no calendar
 * export) with the error above it. Pure apart from asking `Intl`.
 */
import { readDate } from '../internal/dates.js';
import { readZone } from '../internal/zones.js';

export interface ScheduleSettings {
  /** The zone times are placed in; `UTC` when shown as written (a wall clock placed in UTC reads as written). */
  zone: string;
  /** `YYYY-MM-DD` for times without a date, when the `date` setting gives one. */
  date?: string;
  /** The `date` setting as written, when it cannot be read: day headings show it as it is. */
  dateAsWritten?: string;
  /** No zone or date to trust: times are shown as written, the zone toggle and calendar export are off. */
  asWritten: boolean;
  /** Sentences for the organizer, naming the setting. */
  errors: { setting: string; message: string }[];
  warnings: { setting: string; message: string }[];
}

/** Reads both settings; `viewer` is the zone used when `timezone` is not set. */
export function readScheduleSettings(
  timezone: string | undefined,
  date: string | undefined,
  viewer: string,
): ScheduleSettings {
  const out: ScheduleSettings = { zone: viewer, asWritten: false, errors: [], warnings: [] };
  if (timezone?.trim()) {
    const z = readZone(timezone);
    if ('error' in z) {
      out.errors.push({ setting: 'timezone', message: z.error });
      out.zone = 'UTC';
      out.asWritten = true;
    } else {
      out.zone = z.zone;
      if (z.warning) out.warnings.push({ setting: 'timezone', message: z.warning });
    }
  }
  if (date?.trim()) {
    const d = readDate(date);
    if ('error' in d) {
      out.errors.push({ setting: 'date', message: `date ${d.error}` });
      out.dateAsWritten = date.trim();
      out.asWritten = true;
      out.zone = 'UTC';
    } else {
      out.date = d.date;
      if (d.warning) out.warnings.push({ setting: 'date', message: `date ${d.warning}` });
    }
  }
  return out;
}
