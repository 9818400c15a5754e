/** Times and days as text, through `Intl` in the page's language (the schedule's and the important dates'). */

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` in the page's language (a malformed `lang` falls back to the browser's). */
export function formatter(lang: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(lang, options);
    } catch {
      f = new Intl.DateTimeFormat(undefined, options); // a malformed `lang` on the page
    }
    cache.set(key, f);
  }
  return f;
}

// A program shows the same few hundred instants in every session and every update (four times per session: its
// start, its end, and their zones' names); each text is kept. Cleared past a bound, as timezone.ts's answers.
const texts = new Map<string, string>();
function remember(key: string, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size > 10_000) texts.clear();
    texts.set(key, (text = make()));
  }
  return text;
}

const clocks = new Map<string | undefined, boolean>();
/** Whether the language writes times on a 24-hour clock (German, French, Japanese…; not English or Arabic). */
function uses24h(lang: string | undefined): boolean {
  let h24 = clocks.get(lang);
  if (h24 === undefined)
    clocks.set(lang, (h24 = /h2[34]/.test(formatter(lang, { hour: 'numeric' }).resolvedOptions().hourCycle ?? '')));
  return h24;
}

/**
 * "8:30 AM", or with the zone's abbreviation, "8:30 AM PST"; "09:00" where the language uses a 24-hour clock (the
 * locale's own clock, never forced; two-digit hours, else `Intl` writes "9:00" alone but "09:15 MESZ" with the zone).
 */
export function formatTime(instant: number, zone: string, lang?: string, withZone = false): string {
  return remember(`${lang}|${zone}|${withZone ? 'z' : ''}|${instant}`, () =>
    formatter(lang, {
      hour: uses24h(lang) ? '2-digit' : 'numeric',
      minute: '2-digit',
      timeZone: zone,
      ...(withZone ? { timeZoneName: 'short' } : {}),
    }).format(instant),
  );
}

/** The zone's short name at an instant ("PST", "GMT+2"): it changes when daylight saving time starts or ends. */
export function zoneName(instant: number, zone: string, lang?: string): string {
  return remember(
    `${lang}|${zone}|name|${instant}`,
    () =>
      formatter(lang, { hour: 'numeric', timeZone: zone, timeZoneName: 'short' })
        .formatToParts(instant)
        .find((p) => p.type === 'timeZoneName')?.value ?? '',
  );
}

/** "Friday, December 13, 2019" for the day key `2019-12-13`. */
export function formatDay(key: string, lang?: string, short = false): string {
  const options: Intl.DateTimeFormatOptions = short
    ? { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }
    : { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return formatter(lang, options).format(Date.parse(`${key}T12:00:00Z`));
}
