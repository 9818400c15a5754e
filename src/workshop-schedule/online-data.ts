/**
 * The online fields of a session, a section heading or a room (`join`, `stream`, `recording`, `mode`), as the
 * validator reads them, and their inheritance: a session takes what it lacks from its section heading, then from
 * its room. Pure, no DOM.
 */
import type { Fields } from '../internal/validate.js';
import { PENDING, SESSION_MODES, type OnlineLinks } from './live.js';
import type { SessionMode } from './types.js';

/** Reads `join`, `stream`, `mode` and, where the entry can have one, `recording`; a bad value is dropped with a warning. */
export function readOnline(f: Fields, withRecording: boolean): OnlineLinks {
  const out: OnlineLinks = {};
  const join = f.url('join');
  const stream = f.url('stream');
  if (join) out.join = join;
  if (stream) out.stream = stream;
  const rawMode = f.text('mode');
  if (rawMode !== undefined) {
    const mode = rawMode
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-') as SessionMode;
    if (SESSION_MODES.includes(mode)) out.mode = mode;
    else f.warn('mode', `unknown mode ${JSON.stringify(rawMode)} (ignored; known: ${SESSION_MODES.join(', ')})`);
  }
  if (withRecording) {
    const raw = f.raw('recording');
    if (typeof raw === 'string' && raw.trim().toLowerCase() === PENDING) out.recording = PENDING;
    else {
      const recording = f.url('recording');
      if (recording) out.recording = recording;
    }
  }
  return out;
}

/**
 * `own`, with what it lacks of `join`, `stream` and `mode` taken from each of `from` in turn. A session written as
 * `in-person` takes no links: the room's call is not for it.
 */
export function inherit(own: OnlineLinks, ...from: (OnlineLinks | undefined)[]): OnlineLinks {
  const out = { ...own };
  for (const o of from) {
    if (!o || out.mode === 'in-person') continue;
    out.join ??= o.join;
    out.stream ??= o.stream;
    out.mode ??= o.mode;
  }
  for (const key of ['join', 'stream', 'mode'] as const) if (out[key] === undefined) delete out[key];
  return out;
}
