// Sessionize's "All data" JSON endpoint (API/Embed → JSON → All data: `https://sessionize.com/api/v2/<id>/view/All`):
// `{ sessions, speakers, questions, categories, rooms }`; sessions refer to speakers, rooms and category items by id.
// `startsAt`/`endsAt` are the event's local wall clock without an offset; the zone is set in Sessionize, not exported.
import { CliError } from '../io.js';
import { buildSchedule, idOf, sessionType } from './schedule.js';

const wall = (text) => {
  const m = typeof text === 'string' && /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(text);
  return m ? { date: m[1], time: m[2] } : undefined;
};

const text = (value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function importSessionize(raw, file, { timezone } = {}) {
  if (!raw || !Array.isArray(raw.sessions))
    throw new CliError(file, 1, 'expected Sessionize "All data" JSON: { "sessions": [...], "speakers": [...], … }');
  const speakers = new Map((raw.speakers ?? []).map((s) => [s.id, s]));
  const rooms = new Map((raw.rooms ?? []).map((r) => [r.id, r.name]));
  const categoryItems = new Map();
  for (const c of raw.categories ?? [])
    for (const item of c.items ?? []) categoryItems.set(item.id, { category: c.title, name: item.name });
  const sessions = [];
  const skipped = [];
  raw.sessions.forEach((s, i) => {
    const path = `sessions[${i}]`;
    // An endpoint set to include every session (not only accepted ones) also lists declined ones, slot and all.
    if (typeof s.status === 'string' && /declin|cancel|withdr|reject/i.test(s.status)) {
      skipped.push({ path, message: `${s.title ? `"${s.title}": ` : ''}status "${s.status}" (session skipped)` });
      return;
    }
    const start = wall(s.startsAt);
    if (!start) {
      skipped.push({
        path,
        message: `${s.title ? `"${s.title}": ` : ''}not scheduled (no startsAt) (session skipped)`,
      });
      return;
    }
    const cats = (s.categoryItems ?? []).map((id) => categoryItems.get(id)).filter(Boolean);
    const track = cats.find((c) => /track|topic/i.test(c.category))?.name;
    const format = cats.find((c) => /format|type/i.test(c.category))?.name;
    const people = (s.speakers ?? [])
      .map((ref) => speakers.get(typeof ref === 'object' ? ref.id : ref))
      .filter(Boolean);
    sessions.push({
      id: idOf(s.id),
      start,
      end: wall(s.endsAt),
      title: String(s.title ?? '').trim(),
      type: s.isServiceSession
        ? sessionType(s.title, 'break')
        : sessionType(format, s.isPlenumSession ? 'keynote' : '', s.title),
      speakers: people.map((p) => {
        const name = (p.fullName ?? `${p.firstName ?? ''} ${p.lastName ?? ''}`).trim();
        return p.tagLine ? { name, affiliation: p.tagLine.trim() } : name;
      }),
      abstract: typeof s.description === 'string' ? s.description.trim() || undefined : undefined,
      room: rooms.get(s.roomId),
      track,
      // The schedule's own fields, not plain links: "Watch live" shows from shortly before the session until its end,
      // "Recording" once it has ended (a plain link would offer both at every moment, side by side).
      stream: text(s.liveUrl),
      recording: text(s.recordingUrl),
    });
  });
  const { items, notes } = buildSchedule(sessions, timezone);
  return {
    kind: 'program',
    data: items,
    skipped,
    warnings: [],
    notes: [`${sessions.length} sessions, ${speakers.size} speakers, ${rooms.size} rooms`, ...notes],
  };
}

/**
 * Sessionize speakers → <speaker-card> data: from "All data" (`{ speakers, sessions }`, sessions by id) or the
 * Speakers view (`/view/Speakers`: a list, each speaker's sessions as `{ id, name }`). The talk links to the session's
 * id as `import sessionize` writes it, so a card's "Talk:" opens its session in <workshop-schedule>.
 */
export function importSessionizeSpeakers(raw, file) {
  const list = Array.isArray(raw) ? raw : raw && Array.isArray(raw.speakers) ? raw.speakers : undefined;
  if (!list)
    throw new CliError(
      file,
      1,
      'expected Sessionize speakers: "All data" JSON ({ "speakers": [...], "sessions": [...] }) or the Speakers view (a list)',
    );
  const sessions = new Map((Array.isArray(raw.sessions) ? raw.sessions : []).map((s) => [String(s.id), s]));
  const speakers = [];
  const skipped = [];
  const several = [];
  list.forEach((p, i) => {
    const name = text(p?.fullName) ?? text(`${text(p?.firstName) ?? ''} ${text(p?.lastName) ?? ''}`);
    if (!name) {
      skipped.push({ path: `speakers[${i}]`, message: 'no fullName, firstName or lastName (speaker skipped)' });
      return;
    }
    const speaker = { name };
    if (text(p.tagLine)) speaker.affiliation = text(p.tagLine);
    if (text(p.profilePicture)) speaker.photo = text(p.profilePicture);
    // Sessionize bios are plain text written in a browser form: Windows line ends, a blank line between paragraphs.
    if (text(p.bio)) speaker.bio = text(p.bio).replace(/\r\n?/g, '\n');
    // The talks: All data lists session ids (resolved here; unscheduled ones are not in the program), the
    // Speakers view `{ id, name }`.
    const talks = (Array.isArray(p.sessions) ? p.sessions : [])
      .map((ref) => {
        const id = String(typeof ref === 'object' && ref ? ref.id : ref);
        const session = sessions.get(id);
        if (sessions.size && !session) return undefined;
        const title = text(session?.title) ?? text(ref?.name);
        if (!title) return undefined;
        const scheduled = !session || Boolean(wall(session.startsAt));
        return scheduled && idOf(id) ? { title, href: `#${idOf(id)}` } : { title };
      })
      .filter(Boolean);
    if (talks.length) speaker.talk = talks[0];
    if (talks.length > 1) several.push(name);
    const links = (Array.isArray(p.links) ? p.links : [])
      .map((l) => ({ label: text(l?.title) ?? text(l?.linkType) ?? 'Link', url: text(l?.url) }))
      .filter((l) => l.url);
    if (links.length) speaker.links = links;
    speakers.push(speaker);
  });
  const notes = [`${speakers.length} speakers`];
  if (several.length)
    notes.push(
      `${several.length} speaker(s) give more than one session; each card links the first (${several.slice(0, 3).join(', ')}${several.length > 3 ? ', …' : ''})`,
    );
  return { kind: 'speakers', data: speakers, skipped, warnings: [], notes };
}
