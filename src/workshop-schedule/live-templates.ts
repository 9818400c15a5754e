/**
 * The templates of the online side of the program: a session's "Join" / "Watch live" / recording links as the clock
 * stands, its mode badge, a section's recording, and the "In the room" / "Online" toggle. What shows when is decided
 * in live.ts; a `join` URL is rendered only once its session has opened.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { link } from '../internal/render.js';
import { formatTime } from '../internal/format.js';
import { namedAction } from '../internal/named.js';
import { liveLinks, PENDING, sessionMode, type AttendView, type LiveLinks } from './live.js';
import type { SectionHeading, Session } from './program.js';
import type { ScheduleTerm } from './terms.js';

/** What these templates read of the schedule's view (day-templates.ts `ScheduleView`, which imports this module). */
export interface ScheduleView {
  asWritten: boolean;
  /** The zone times are shown in, and the page's language. */
  shown: string;
  lang?: string;
  attend: AttendView;
  t: ScheduleTerm;
}

/** What a session's online links show now; undefined when times are shown as written (no real instant to judge by). */
export function sessionLive(s: Session, view: ScheduleView): LiveLinks | undefined {
  return view.asWritten ? undefined : liveLinks(s, s.start, s.end, view.attend.now, view.attend);
}

/** The session's links as the clock stands: "Join opens at 1:25 PM", "Join" and "Watch live", or the recording. */
export function onlineTemplate(live: LiveLinks | undefined, title: string, view: ScheduleView) {
  if (!live) return nothing;
  if (live.opensAt !== undefined) {
    const time = formatTime(live.opensAt, view.shown, view.lang);
    return html`<p part="join-opens" class="join-opens">
      ${view.t(live.opensJoin ? 'joinOpensAt' : 'streamOpensAt', { time })}
    </p>`;
  }
  const t = view.t;
  const about = (action: string) => namedAction(action, t('actionFor', { action, what: title }));
  const links = [
    live.join && link(live.join, about(t('join')), 'join'),
    live.stream && link(live.stream, about(t('watchLive')), 'stream'),
    live.recording && link(live.recording, about(t('recording')), 'recording'),
    live.recordingPending &&
      html`<span part="recording-pending" class="recording-pending">${t('recordingComing')}</span>`,
  ].filter(Boolean);
  return links.length ? html`<p part="online" class="online">${links}</p>` : nothing;
}

/** "Starting soon" while the links are open before the start ("Live now" takes over at the start). */
export function soonBadge(live: LiveLinks | undefined, view: ScheduleView) {
  return live?.state === 'open'
    ? html`<span part="live-badge" class="live-badge soon">${view.t('startingSoon')}</span>`
    : nothing;
}

/**
 * The session's mode ("In person", "Online", "Hybrid"), when the program mixes modes and the session's is not the usual
 * one (see {@link modeNote}); breaks have none.
 */
export function modeBadge(s: Session, view: ScheduleView) {
  if (!view.attend.mixed || s.type === 'break') return nothing;
  const mode = sessionMode(s, view.attend.room);
  if (mode === view.attend.usual) return nothing;
  return html`<span part="mode" class=${`mode mode-${mode}`}>${view.t(MODE_TERMS[mode])}</span>`;
}

/** In the "Online" view, a session that can only be attended in the room is dimmed. */
export function dimmed(s: Session, view: ScheduleView): boolean {
  return view.attend.online && s.type !== 'break' && sessionMode(s, view.attend.room) === 'in-person';
}

/** A section's recording, on its heading once its sessions of the day have ended. */
export function sectionRecordingTemplate(section: SectionHeading, view: ScheduleView) {
  if (!section.recording || view.asWritten || view.attend.now < section.end) return nothing;
  return html`<p part="online" class="online">
    ${
      section.recording === PENDING
        ? html`<span part="recording-pending" class="recording-pending">${view.t('recordingComing')}</span>`
        : link(
            section.recording,
            namedAction(view.t('recording'), view.t('actionFor', { action: view.t('recording'), what: section.title })),
            'recording',
          )
    }
  </p>`;
}

/** The toolbar's part for how sessions are attended: the toggle (hybrid programs) and the note on badges. */
export function attendToggle(view: ScheduleView, choose: (online: boolean) => void): TemplateResult {
  return html`${toggle(view, choose)}${modeNote(view)}`;
}

/** "In person unless marked": says what the sessions without a mode badge are. */
function modeNote(view: ScheduleView): TemplateResult | typeof nothing {
  const usual = view.attend.usual;
  return usual ? html`<span part="mode-note" class="mode-note">${view.t(USUAL_TERMS[usual])}</span>` : nothing;
}

/** "In the room" / "Online": two pressed-state buttons, shown when the program is hybrid. */
function toggle(view: ScheduleView, choose: (online: boolean) => void): TemplateResult | typeof nothing {
  if (!view.attend.hybrid) return nothing;
  const online = view.attend.online;
  return html`<div part="attend" class="attend" role="group" aria-label=${view.t('attendGroup')}>
    <button type="button" aria-pressed=${online ? 'false' : 'true'} @click=${() => choose(false)}>
      ${view.t('inTheRoom')}
    </button>
    <button type="button" aria-pressed=${online ? 'true' : 'false'} @click=${() => choose(true)}>
      ${view.t('online')}
    </button>
  </div>`;
}

/** The term of the note on the usual mode. */
const USUAL_TERMS = { 'in-person': 'usualInPerson', online: 'usualOnline', hybrid: 'usualHybrid' } as const;

/** The term of each mode's badge. */
const MODE_TERMS = { 'in-person': 'modeInPerson', online: 'modeOnline', hybrid: 'modeHybrid' } as const;
