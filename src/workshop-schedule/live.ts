/**
 * Which online link a session shows at a given time: "Join opens at …" before, "Join" / "Watch live" from
 * `join-opens` minutes before the start until the end, the recording after. And how a session can be attended
 * (`mode`), for the badges and the "Online" view. Pure: instants in, decisions out, no DOM.
 */
import type { SessionMode } from './types.js';

/** Every word the online links write, on the page and in calendar files (for the localization work's registry). */
/** The words of a calendar file's DESCRIPTION (files stay language-neutral: the visible words are in terms.ts). */
export const CALENDAR_TERMS = { join: 'Join', stream: 'Live stream', recording: 'Recording' };

export const SESSION_MODES: readonly SessionMode[] = ['in-person', 'online', 'hybrid'];

/** `recording: pending`: a recording is coming (kept apart from URLs, which are always absolute once validated). */
export const PENDING = 'pending';

/** Minutes before the start that `join` and `stream` appear, when `join-opens` does not say. */
export const JOIN_OPENS_DEFAULT = 15;

/** The online side of a session after inheritance from its section and room (URLs already through the URL gate). */
export interface OnlineLinks {
  join?: string;
  stream?: string;
  /** A URL, or {@link PENDING}. */
  recording?: string;
  mode?: SessionMode;
}

/**
 * Where a session is on the clock: `before` its links open, `open` (links shown, not started), `live` (running),
 * `after` (ended).
 */
export type LiveState = 'before' | 'open' | 'live' | 'after';

export interface LiveOptions {
  /** Minutes before the start that the links appear. */
  joinOpens: number;
  /** Hide `join` and `stream` once the session has ended. */
  hideJoinAfter: boolean;
}

/** What the session shows now. Every field is absent when there is nothing of that kind to show. */
export interface LiveLinks {
  state: LiveState;
  /** Before: when `join` or `stream` will appear (only when the session has one). */
  opensAt?: number;
  /** `opensAt` is for a join link (else for a stream). */
  opensJoin?: boolean;
  join?: string;
  stream?: string;
  recording?: string;
  recordingPending?: boolean;
}

export function liveState(now: number, start: number, end: number, joinOpens: number): LiveState {
  if (now >= end) return 'after';
  if (now >= start) return 'live';
  return now >= start - joinOpens * 60_000 ? 'open' : 'before';
}

/** The links a session (or a section, for its recording) shows at `now`. */
export function liveLinks(
  links: OnlineLinks,
  start: number,
  end: number,
  now: number,
  options: LiveOptions,
): LiveLinks {
  const state = liveState(now, start, end, options.joinOpens);
  const out: LiveLinks = { state };
  if (state === 'before') {
    if (links.join || links.stream) {
      out.opensAt = start - options.joinOpens * 60_000;
      out.opensJoin = Boolean(links.join);
    }
    return out;
  }
  if (state !== 'after' || !options.hideJoinAfter) {
    if (links.join) out.join = links.join;
    if (links.stream) out.stream = links.stream;
  }
  if (state === 'after') {
    if (links.recording === PENDING) out.recordingPending = true;
    else if (links.recording) out.recording = links.recording;
  }
  return out;
}

/**
 * How a session can be attended: as written (or inherited), else `hybrid` when it has a room (its own or the event's)
 * and a `join` or `stream`, `online` when it has only those, `in-person` when it has none.
 */
export function sessionMode(s: OnlineLinks & { room?: string }, eventRoom?: string): SessionMode {
  if (s.mode) return s.mode;
  if (!s.join && !s.stream) return 'in-person';
  return s.room || eventRoom ? 'hybrid' : 'online';
}

/**
 * What the program offers: whether its sessions' modes differ (badges), the usual mode when more than half of the
 * sessions share one (then only the others carry a badge: sixteen "In person" badges around one online talk are
 * noise, and cost a line each on a phone), and whether it is hybrid (the toggle).
 */
export function programModes(
  sessions: (OnlineLinks & { room?: string; type: string })[],
  eventRoom?: string,
): { mixed: boolean; hybrid: boolean; usual?: SessionMode } {
  // Breaks have no mode worth a badge: a coffee break is neither attended online nor in the room.
  const counts = new Map<SessionMode, number>();
  let total = 0;
  for (const s of sessions) {
    if (s.type === 'break') continue;
    const mode = sessionMode(s, eventRoom);
    counts.set(mode, (counts.get(mode) ?? 0) + 1);
    total++;
  }
  const online = sessions.some((s) => s.join || s.stream);
  const mixed = counts.size > 1;
  const usual = mixed ? [...counts].find(([, n]) => n * 2 > total)?.[0] : undefined;
  return { mixed, hybrid: online && (counts.has('in-person') || counts.has('hybrid')), usual };
}

/** The online settings and the visitor's choice, as the templates need them (see the element's `view`). */
export interface AttendView extends LiveOptions {
  /** The time the links are judged by (the clock, or `now`). */
  now: number;
  /** The visitor chose "Online": links first, in-person sessions dimmed. */
  online: boolean;
  /** Sessions differ in mode: each not in the usual mode shows a badge. */
  mixed: boolean;
  /** The mode of more than half of the sessions, when they differ: those carry no badge, a note says so. */
  usual?: SessionMode;
  /** Some sessions can be followed online and some in a room: the "In the room" / "Online" toggle shows. */
  hybrid: boolean;
  /** The event's room (`room` attribute), for sessions without one of their own. */
  room?: string;
}

/** The element's settings and the visitor's choice → {@link AttendView}. */
export function attendView(
  sessions: Parameters<typeof programModes>[0],
  now: number,
  room: string | undefined,
  joinOpens: unknown,
  hideJoinAfter: boolean,
  online: boolean,
): AttendView {
  const modes = programModes(sessions, room);
  const minutes = readJoinOpens(joinOpens).minutes;
  return { now, joinOpens: minutes, hideJoinAfter, ...modes, online: modes.hybrid && online, room };
}

/** `join-opens` as minutes: a number of 0 or more; anything else is the default, with a warning quoting `written`. */
export function readJoinOpens(value: unknown, written?: string | null): { minutes: number; warning?: string } {
  if (value === undefined || value === null) return { minutes: JOIN_OPENS_DEFAULT };
  const minutes = typeof value === 'number' ? value : Number(String(value).trim() || NaN);
  if (Number.isFinite(minutes) && minutes >= 0) return { minutes };
  return {
    minutes: JOIN_OPENS_DEFAULT,
    warning: `join-opens "${written ?? String(value)}" is not a number of minutes (0 or more); ${JOIN_OPENS_DEFAULT} is used`,
  };
}

/**
 * The attribute form of a boolean that is on by default (`hide-join-after`): absent or empty is on; `"false"`,
 * `"off"`, `"no"` or `"0"` turn it off (a plain boolean attribute could not be turned off in HTML).
 */
export const onUnlessFalse = {
  fromAttribute: (value: string | null): boolean =>
    !['false', 'off', 'no', '0'].includes(value?.trim().toLowerCase() ?? ''),
  toAttribute: (value: boolean): string => String(value),
};
