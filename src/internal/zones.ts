/**
 * The `timezone` setting as people write it → an IANA zone the browser knows, or a sentence on what to write.
 * IANA names pass as they are; common abbreviations and names (`PST`, `Pacific Time`, `CEST`, `AoE`) and UTC
 * offsets (`UTC-8`) are read with a warning; a typo gets "did you mean …?". Pure apart from asking `Intl`.
 */
import { nearest } from './suggest.js';
import { isValidTimeZone as knownZone } from './timezone.js';

export type ZoneReading = { zone: string; warning?: string } | { error: string };

/**
 * Names people write for a zone with daylight saving, or a zone's abbreviation. The summer and winter names map
 * to the same zone: a schedule in December that says "PDT" still means Pacific time.
 */
const NAMES: Record<string, [zone: string, said: string]> = {
  pst: ['America/Los_Angeles', 'Pacific time'],
  pdt: ['America/Los_Angeles', 'Pacific time'],
  pt: ['America/Los_Angeles', 'Pacific time'],
  pacific: ['America/Los_Angeles', 'Pacific time'],
  mst: ['America/Denver', 'Mountain time (America/Phoenix has no daylight saving)'],
  mdt: ['America/Denver', 'Mountain time'],
  mt: ['America/Denver', 'Mountain time'],
  mountain: ['America/Denver', 'Mountain time'],
  cst: ['America/Chicago', 'US Central time (for China Standard Time write Asia/Shanghai)'],
  cdt: ['America/Chicago', 'US Central time'],
  ct: ['America/Chicago', 'US Central time'],
  central: ['America/Chicago', 'US Central time'],
  est: ['America/New_York', 'Eastern time'],
  edt: ['America/New_York', 'Eastern time'],
  et: ['America/New_York', 'Eastern time'],
  eastern: ['America/New_York', 'Eastern time'],
  ast: ['America/Halifax', 'Atlantic time'],
  adt: ['America/Halifax', 'Atlantic time'],
  akst: ['America/Anchorage', 'Alaska time'],
  akdt: ['America/Anchorage', 'Alaska time'],
  hst: ['Pacific/Honolulu', 'Hawaii time'],
  bst: ['Europe/London', 'UK time'],
  wet: ['Europe/Lisbon', 'Western European time'],
  west: ['Europe/Lisbon', 'Western European time'],
  cet: ['Europe/Paris', 'Central European time'],
  cest: ['Europe/Paris', 'Central European time'],
  mez: ['Europe/Berlin', 'Central European time'],
  mesz: ['Europe/Berlin', 'Central European time'],
  centraleuropean: ['Europe/Paris', 'Central European time'],
  eet: ['Europe/Athens', 'Eastern European time'],
  eest: ['Europe/Athens', 'Eastern European time'],
  msk: ['Europe/Moscow', 'Moscow time'],
  jst: ['Asia/Tokyo', 'Japan time'],
  kst: ['Asia/Seoul', 'Korea time'],
  sgt: ['Asia/Singapore', 'Singapore time'],
  hkt: ['Asia/Hong_Kong', 'Hong Kong time'],
  aest: ['Australia/Sydney', 'Australian Eastern time (Australia/Brisbane has no daylight saving)'],
  aedt: ['Australia/Sydney', 'Australian Eastern time'],
  acst: ['Australia/Adelaide', 'Australian Central time'],
  acdt: ['Australia/Adelaide', 'Australian Central time'],
  awst: ['Australia/Perth', 'Australian Western time'],
  nzst: ['Pacific/Auckland', 'New Zealand time'],
  nzdt: ['Pacific/Auckland', 'New Zealand time'],
  // Anywhere on Earth: the last place where a day is still running (deadlines).
  aoe: ['Etc/GMT+12', 'Anywhere on Earth (UTC−12)'],
  anywhereonearth: ['Etc/GMT+12', 'Anywhere on Earth (UTC−12)'],
};

/** Abbreviations used by several zones far apart: no guess, the choices are named. */
const AMBIGUOUS: Record<string, string[]> = {
  ist: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
};

/** For a browser without `Intl.supportedValuesOf` (Safari before 15.4): the zones typos are most often made in. */
const FALLBACK_ZONES = [
  'UTC',
  'America/Vancouver',
  'America/Los_Angeles',
  'America/Denver',
  'America/Phoenix',
  'America/Chicago',
  'America/Mexico_City',
  'America/New_York',
  'America/Toronto',
  'America/Montreal',
  'America/Halifax',
  'America/Sao_Paulo',
  'America/Buenos_Aires',
  'America/Bogota',
  'America/Lima',
  'America/Santiago',
  'America/Anchorage',
  'Pacific/Honolulu',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/Stockholm',
  'Europe/Copenhagen',
  'Europe/Oslo',
  'Europe/Helsinki',
  'Europe/Warsaw',
  'Europe/Prague',
  'Europe/Athens',
  'Europe/Istanbul',
  'Europe/Moscow',
  'Africa/Cairo',
  'Africa/Johannesburg',
  'Africa/Lagos',
  'Africa/Nairobi',
  'Asia/Dubai',
  'Asia/Jerusalem',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Australia/Perth',
  'Australia/Adelaide',
  'Australia/Brisbane',
  'Australia/Sydney',
  'Australia/Melbourne',
  'Pacific/Auckland',
];

/** Every zone the browser knows, or the fallback list. */
export function zoneNames(): readonly string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  try {
    const names = intl.supportedValuesOf?.('timeZone');
    if (names?.length) return names.includes('UTC') ? names : ['UTC', ...names];
  } catch {
    // An engine with the function but not the key: the list below.
  }
  return FALLBACK_ZONES;
}

const OFFSET = /^(?:utc|gmt)\s*([+−-])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/** A fixed offset as the browser takes it: `Etc/GMT+8` for whole hours (the sign is POSIX's, reversed), else `-03:30`. */
function fixedZone(sign: string, h: number, m: number): string | undefined {
  const minus = sign !== '+';
  if (m === 0 && (minus ? h <= 12 : h <= 14)) return h === 0 ? 'UTC' : `Etc/GMT${minus ? '+' : '-'}${h}`;
  const offset = `${minus ? '-' : '+'}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return knownZone(offset) ? offset : undefined;
}

/** Reads the `timezone` setting (trimmed, non-empty). */
export function readZone(text: string): ZoneReading {
  const t = text.trim();
  const key = t
    .toLowerCase()
    .replace(/[\s_.-]+/g, '')
    .replace(/(standard|daylight|summer)?time$/, '');
  if (/^(utc|gmt|z|zulu|coordinateduniversal)$/.test(key)) return { zone: 'UTC' };
  const named = NAMES[key];
  if (named)
    return {
      zone: named[0],
      warning: `timezone "${t}" is read as ${named[0]} (${named[1]}, with its daylight saving); write the IANA zone of the event's city, e.g. "${named[0]}"`,
    };
  if (AMBIGUOUS[key])
    return {
      error: `timezone "${t}" can mean ${AMBIGUOUS[key].join(', ')}; write the IANA zone of the event's city`,
    };
  const offset = OFFSET.exec(t);
  if (offset) {
    const zone = fixedZone(offset[1], +offset[2], +(offset[3] ?? 0));
    if (zone)
      return {
        zone,
        warning: `timezone "${t}" is read as a fixed offset from UTC, which ignores daylight saving; write the IANA zone of the event's city (e.g. "America/Vancouver") so times stay right all year`,
      };
  }
  // IANA names after abbreviations: "EST", "CET", "MST" are IANA zones too, but fixed ones that ignore summer time.
  if (knownZone(t)) return { zone: t };
  const names = zoneNames();
  // A city alone: "Vancouver", "new york".
  const city = names.filter((z) => z.split('/').pop()!.toLowerCase().replace(/_/g, ' ') === t.toLowerCase());
  if (city.length === 1) return { zone: city[0], warning: `timezone "${t}" is read as ${city[0]}; write "${city[0]}"` };
  const guess =
    nearest(t, names) ??
    nearest(
      t.split('/').pop()!,
      names.map((z) => z.split('/').pop()!),
    );
  const full = guess && (guess.includes('/') || guess === 'UTC' ? guess : names.find((z) => z.endsWith(`/${guess}`)));
  return {
    error: `timezone "${t}" is not a time zone the browser knows${
      full ? `; did you mean "${full}"?` : ' (write an IANA zone like "America/Vancouver", or "UTC")'
    }`,
  };
}
