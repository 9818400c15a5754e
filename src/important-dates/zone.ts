/**
 * Zones as organizers write them for deadlines: IANA names and "AoE" ("Anywhere on Earth"): UTC−12, the zone where a
 * day ends last, so a deadline "on Sep 13 AoE" has passed nowhere on Earth before Sep 13 is over everywhere.
 * The arithmetic itself is the schedule's (timezone.ts, Intl only); this module only maps the names.
 */
import { isValidTimeZone } from '../internal/timezone.js';
import { readZone, type ZoneReading } from '../internal/zones.js';

export const AOE = 'AoE';
/** POSIX-style names invert the sign: `Etc/GMT+12` is UTC−12. It has no daylight saving time. */
export const AOE_ZONE = 'Etc/GMT+12';

/** `AoE` (any case, or "Anywhere on Earth") or a valid IANA name as written; undefined when neither. */
export function normalizeZone(raw: string): string | undefined {
  const text = raw.trim();
  if (/^(aoe|anywhere[\s-]+on[\s-]+earth)$/i.test(text)) return AOE;
  return text && isValidTimeZone(text) ? text : undefined;
}

/**
 * A zone as an organizer writes it: `AoE` as it is; otherwise what `<workshop-schedule timezone>`
 * accepts (`PST`, `Pacific`, `UTC-8`, a city alone) with its warning, or its error ("did you mean …?").
 */
export function readDateZone(raw: string): ZoneReading {
  // Not normalizeZone first: `Intl` also knows "PST" and "EST", as fixed zones without daylight saving.
  return /^(aoe|anywhere[\s-]+on[\s-]+earth)$/i.test(raw.trim()) ? { zone: AOE } : readZone(raw);
}

/** The name `Intl` knows the zone by. */
export function intlZone(zone: string): string {
  return zone === AOE ? AOE_ZONE : zone;
}

/**
 * A place a visitor recognises for an IANA zone: its exemplar city (`Europe/Berlin` → "Berlin",
 * `America/Argentina/Buenos_Aires` → "Buenos Aires"); `undefined` for zones without one (`UTC`, `Etc/GMT+5`).
 */
export function zoneCity(zone: string): string | undefined {
  if (zone === AOE || /^(Etc\/|UTC$|GMT$|UCT$|Universal$|Zulu$)/i.test(zone) || !zone.includes('/')) return undefined;
  const city = zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
  return RENAMED[city] ?? city;
}

/**
 * Cities the tz database renamed while browsers still report the old name (Chromium says `Asia/Calcutta` to visitors
 * in India): a visitor should read the name in use.
 */
const RENAMED: Record<string, string> = {
  Calcutta: 'Kolkata',
  Katmandu: 'Kathmandu',
  Saigon: 'Ho Chi Minh',
  Kiev: 'Kyiv',
  Rangoon: 'Yangon',
  Dacca: 'Dhaka',
  Thimbu: 'Thimphu',
  'Ulan Bator': 'Ulaanbaatar',
  Godthab: 'Nuuk',
  Faeroe: 'Faroe',
  Enderbury: 'Kanton',
  Truk: 'Chuuk',
  Ponape: 'Pohnpei',
  Macao: 'Macau',
  'Ujung Pandang': 'Makassar',
};
