// iCalendar (RFC 5545), e.g. a shared Google or Outlook calendar's export, parsed by ical.js. Times are written in
// the calendar's zone: X-WR-TIMEZONE, else the zone of its first VTIMEZONE, else the zone of the first event.
import ICAL from 'ical.js';
import { CliError } from '../io.js';
import { wallClock } from '../yaml-jekyll.js';
import { descriptionText } from './html-text.js';
import { buildSchedule, idOf, sessionType } from './schedule.js';

export function importIcs(text, file, { timezone: forced } = {}) {
  let comp;
  try {
    comp = new ICAL.Component(ICAL.parse(text));
  } catch (e) {
    const m = /line (\d+)/i.exec(e.message);
    throw new CliError(file, m ? +m[1] : undefined, `not a valid iCalendar file: ${e.message.split('\n')[0]}`);
  }
  if (comp.name !== 'vcalendar') throw new CliError(file, 1, 'not an iCalendar file (no BEGIN:VCALENDAR)');
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = comp.getAllSubcomponents('vevent');
  const zone =
    forced ??
    comp.getFirstPropertyValue('x-wr-timezone') ??
    comp.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid') ??
    events.map((e) => e.getFirstProperty('dtstart')?.getParameter('tzid')).find(Boolean);
  const valid = zone && isZone(zone);
  const sessions = [];
  const skipped = [];
  const warnings = [];
  events.forEach((vevent, i) => {
    const event = new ICAL.Event(vevent);
    const path = `VEVENT ${i + 1}${event.summary ? ` "${event.summary}"` : ''}`;
    if (!event.startDate) {
      skipped.push({ path, message: 'no DTSTART (event skipped)' });
      return;
    }
    if (event.startDate.isDate) {
      skipped.push({ path, message: 'an all-day event, not a session (event skipped)' });
      return;
    }
    if (event.isRecurring()) warnings.push({ path, message: 'repeats (RRULE): only its first occurrence is imported' });
    const at = (t) => {
      // A floating time (no zone) is the calendar's wall clock already; others are placed in the calendar's zone.
      if (t.zone === ICAL.Timezone.localTimezone || !valid)
        // Indico and many servers write every time in UTC ("…Z") and name no zone: kept as UTC instants, since
        // the event's zone, which the element's `timezone` gives, is not UTC.
        return {
          date: t.toString().slice(0, 10),
          time: t.toString().slice(11, 16),
          utc: t.zone === ICAL.Timezone.utcTimezone,
        };
      const local = wallClock(t.toUnixTime() * 1000, zone);
      return { date: local.date, time: local.time.slice(0, 5) };
    };
    const url = event.component.getFirstPropertyValue('url');
    const categories = event.component.getAllProperties('categories').flatMap((p) => p.getValues());
    sessions.push({
      id: idOf(event.uid?.replace(/@.*$/, '') ?? ''),
      start: at(event.startDate),
      end: event.endDate ? at(event.endDate) : undefined,
      title: (event.summary ?? '').trim(),
      type: sessionType(categories.join(' '), event.summary),
      speakers: [],
      abstract: (event.description && descriptionText(event.description).trim()) || undefined,
      room: event.location?.trim() || undefined,
      track: categories[0]?.trim() || undefined,
      links: typeof url === 'string' && url ? [{ label: 'Details', url }] : [],
    });
  });
  if (!events.length) throw new CliError(file, undefined, 'the calendar has no events (VEVENT)');
  const { items, notes } = buildSchedule(sessions, valid ? zone : undefined);
  if (zone && !valid) notes.push(`the calendar's zone "${zone}" is not an IANA name: times are as written`);
  return { kind: 'program', data: items, skipped, warnings, notes: [`${sessions.length} events`, ...notes] };
}

function isZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
