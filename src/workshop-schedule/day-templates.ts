/** The templates of one day of the program and its sessions: pure functions of the view the element derived. */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
// Placement through the CSSOM, not `style="…"` attributes, which a strict CSP (`style-src 'self'`) blocks.
import { cssProps } from '../internal/css-props.js';
import { link } from '../internal/render.js';
import { richText } from '../internal/rich-text.js';
import { formatDay, formatTime, zoneName } from '../internal/format.js';
import type { AttendView } from './live.js';
import {
  dimmed,
  modeBadge,
  onlineTemplate,
  sectionRecordingTemplate,
  sessionLive,
  soonBadge,
} from './live-templates.js';
import type { DayStep } from './day-steps.js';
import type { Day, NestedTalk, Session } from './program.js';
import type { ScheduleTerm } from './terms.js';
import { dateKey, daysBetween } from '../internal/timezone.js';
import { internalId } from '../internal/ids.js';
import { dayDownloadTemplate } from './day-download.js';

/** The setting error that the disabled buttons it explains point to. */
export const SETTING_ERROR_ID = internalId('setting-error');

/** Everything the templates need that depends on the visitor's choices (see the element's `view`). */
export interface ScheduleView {
  /** The zone the times are written in, the visitor's, and the one shown. */
  zone: string;
  /** No zone or date to trust (a setting could not be read): times as written, no zone, no calendar export. */
  asWritten: boolean;
  /** The `date` setting as written when it could not be read, for the heading of `fallbackDay`. */
  dateAsWritten?: string;
  /** The day of times written without a date. */
  fallbackDay: string;
  /** The event's room, shown with the day's hours. */
  room?: string;
  viewer: string;
  shown: string;
  /** Times shown in the visitor's zone. */
  localTime: boolean;
  lang?: string;
  /** The schedule's terms in the page's language. */
  t: ScheduleTerm;
  favorites: Set<string>;
  filterable: boolean;
  /** Ids of the sessions search, filters and "My program" leave visible. */
  visible: Set<string>;
  /** Ids of the sessions running now. */
  live: Set<string>;
  /** Where "Jump to now" leads. */
  nowTarget?: Session;
  /** Sessions in the program (also those of days still to read: see first-day.ts). */
  total: number;
  /** Every day of the program is read (see first-day.ts). */
  complete: boolean;
  /** Level of the day headings (`heading-level`); sections are one below. */
  level: number;
  /** Names a landmark uniquely on the page (see `internal/landmarks.ts`). */
  landmark: (name: string) => string;
  /** The clock, the online settings and the visitor's "In the room" / "Online" choice. */
  attend: AttendView;
}

/** What a session's buttons do. */
export interface SessionActions {
  toggleFavorite(id: string): void;
  download(sessions: Session[], filename: string): void;
}

/** A setting's error, above the program shown as written (the disabled buttons point at its id). */
export function settingErrorTemplate(heading: string, errors: { message: string }[]): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  // The errors name the organizer's settings and stay English, like the console.
  return html`<div part="error" role="alert" id=${SETTING_ERROR_ID}>
    <strong>${heading}</strong>
    ${errors.map((e) => e.message).join(' ')}
  </div>`;
}

/**
 * What a `#id` fragment names in the schedule: a session or talk by its id as the data wrote it, else
 * `#day-2019-12-13` the day (days carry no id, so a session may be called `day-2019-12-13` and still be linked to).
 */
export function findTarget(root: ShadowRoot | null, id: string): HTMLElement | null {
  const target = root?.getElementById(id);
  if (target) return target;
  const day = /^day-(\d{4}-\d{2}-\d{2})$/.exec(id)?.[1];
  return (day && root?.querySelector<HTMLElement>(`section[data-day="${day}"]`)) || null;
}

/**
 * One day, with the pieces of its sessions rendered so far (see day-steps.ts). Each piece is guarded: while the view
 * is the same object (the element keeps it across the updates that only add pieces), a piece already rendered is not
 * evaluated again.
 */
export function dayTemplate(
  { day, pieces }: DayStep<Day, Session>,
  view: ScheduleView,
  actions: SessionActions,
): TemplateResult {
  const headingId = internalId(`heading-${day.key}`);
  const grid = day.parallel;
  const sectionVisible = visibleSections(day, view);
  const date = view.dateAsWritten && day.key === view.fallbackDay ? view.dateAsWritten : formatDay(day.key, view.lang);
  // A day off screen stands in with its visible sessions times a session's height (day-layout.ts): a search, a
  // filter or "My program" shrinks it as it shrinks the day, without laying it out (the first keystroke laid out
  // every day of a 300-talk program when thinned-out days were laid out: 0.5–2 s).
  const shown = day.sessions.filter((s) => view.visible.has(s.id)).length;
  return html`<section
    part="day"
    class="day"
    data-day=${day.key}
    aria-label=${view.landmark(date)}
    ${cssProps({ '--_we-day-sessions': String(shown) })}
  >
    <div part="heading day-heading" class="day-heading" role="heading" aria-level=${view.level} id=${headingId}>
      ${date} <span part="day-hours" class="day-hours">${dayHours(day, view)}</span>
    </div>
    ${dayDownloadTemplate(day, date, view, actions)}
    ${
      grid
        ? html`<div
            part="rooms"
            class="rooms"
            aria-hidden="true"
            ${cssProps({ '--_we-rooms': String(day.rooms.length) })}
          >
            ${day.rooms.map((r) => html`<div part="room-heading"><bdi>${r}</bdi></div>`)}
          </div>`
        : nothing
    }
    <ol
      part="sessions"
      class=${grid ? 'sessions grid' : 'sessions'}
      ${cssProps({ '--_we-rooms': String(day.rooms.length || 1) })}
      aria-labelledby=${headingId}
    >
      ${pieces.map((piece) =>
        guard([view, piece], () => piece.map((s) => sectionAndSession(s, day, view, actions, sectionVisible))),
      )}
    </ol>
  </section>`;
}

/** A session, after the heading of the section it opens. */
function sectionAndSession(
  s: Session,
  day: Day,
  view: ScheduleView,
  actions: SessionActions,
  sectionVisible: Set<string>,
): TemplateResult {
  const grid = day.parallel;
  const section = day.sections.get(s.id);
  return html`${
    section
      ? html`<li
          part="section"
          class="section"
          ?hidden=${!sectionVisible.has(s.id)}
          ${cssProps(grid ? { 'grid-row': String(section.row), 'grid-column': '1/-1' } : {})}
        >
          <div
            part="heading section-heading"
            class="section-heading"
            role="heading"
            aria-level=${Math.min(6, view.level + 1)}
          >
            <bdi>${section.title}</bdi>
          </div>
          ${
            section.links.length
              ? html`<ul part="links" class="links">
                  ${section.links.map((l) => html`<li>${link(l.url, l.label)}</li>`)}
                </ul>`
              : nothing
          }
          ${sectionRecordingTemplate(section, view)}
        </li>`
      : nothing
  }${sessionTemplate(s, day, view, actions)}`;
}

/** "8:30 AM–6:30 PM PST · Room 512 CDGH": when the day runs, and where when the whole event is in one place. */
function dayHours(day: Day, view: ScheduleView): string {
  const start = Math.min(...day.sessions.map((s) => s.start));
  const end = Math.max(...day.sessions.map((s) => s.end));
  const zone = !view.asWritten || day.sessions.some((s) => s.instantWritten);
  const hours = `${formatTime(start, view.shown, view.lang)}–${formatTime(end, view.shown, view.lang, zone)}`;
  return view.room ? `${hours} · ${view.room}` : hours;
}

/** A `<time datetime>`: the instant, or only the clock when times are shown as written (placed in UTC, not real). */
function datetime(instant: number, asWritten: boolean): string {
  const iso = new Date(instant).toISOString();
  return asWritten ? iso.slice(11, 16) : iso;
}

/** A section heading shows when at least one session under it does. */
function visibleSections(day: Day, view: ScheduleView): Set<string> {
  const out = new Set<string>();
  let current: string | undefined;
  for (const s of day.sessions) {
    if (day.sections.has(s.id)) current = s.id;
    if (current && view.visible.has(s.id)) out.add(current);
  }
  return out;
}

function sessionTemplate(s: Session, day: Day, view: ScheduleView, actions: SessionActions): TemplateResult {
  const cell = day.parallel ? day.cells.get(s.id) : undefined;
  const live = view.live.has(s.id);
  const starred = view.favorites.has(s.id);
  const t = view.t;
  const title = s.title || t('tba');
  const shift = view.localTime ? daysBetween(s.day, dateKey(s.start, view.shown)) : 0;
  const online = sessionLive(s, view);
  // "Online" puts the links first; "In the room" (the default) the room.
  const links = onlineTemplate(online, title, view);
  const room = s.room ? html`<span part="room" class="room" dir="auto">${s.room}</span>` : nothing;
  const roomFirst = !view.attend.online;
  return html`<li
    id=${s.id}
    part=${`session ${s.type}${live ? ' live' : ''}`}
    class=${`session type-${s.type}${live ? ' is-live' : ''}${compact(s) && links === nothing ? ' compact' : ''}${dimmed(s, view) ? ' dimmed' : ''}`}
    ?hidden=${!view.visible.has(s.id)}
    aria-current=${live ? 'time' : nothing}
    ${cssProps(cell ? { 'grid-row': `${cell.row}/${cell.rowEnd}`, 'grid-column': `${cell.col}/${cell.colEnd}` } : {})}
  >
    <p class="when">
      <time part="time" datetime=${datetime(s.start, view.asWritten)}
        >${formatTime(
          s.start,
          view.shown,
          view.lang,
          // As written, no zone is named (there is none to trust) unless the time gave its own offset.
          view.asWritten
            ? s.instantWritten
            : // The end says the zone; the start too when it has its own (a session across a clock change).
              s.openEnd || zoneName(s.start, view.shown, view.lang) !== zoneName(s.end, view.shown, view.lang),
        )}</time
      >${
        s.openEnd
          ? nothing
          : html`–<time part="time" datetime=${datetime(s.end, view.asWritten)}
                >${formatTime(s.end, view.shown, view.lang, !view.asWritten || s.instantWritten)}</time
              >`
      }
      ${
        shift
          ? html`<span part="day-shift" class="day-shift" title=${formatDay(dateKey(s.start, view.shown), view.lang)}
              >${t('dayShift', { sign: shift > 0 ? '+' : '−', n: Math.abs(shift) })}</span
            >`
          : nothing
      }
    </p>
    <div class="body">
      ${roomFirst ? nothing : links}
      <p class="meta">
        ${roomFirst ? room : nothing} <span part="kind" class="kind">${t(TYPE_TERMS[s.type])}</span>
        ${live ? html`<span part="live-badge" class="live-badge">${t('liveNow')}</span>` : soonBadge(online, view)}
        ${modeBadge(s, view)} ${roomFirst ? nothing : room}
        ${s.track ? html`<span part="track" class="track" dir="auto">${s.track}</span>` : nothing}
      </p>
      <p part="title" class=${s.title ? 'title' : 'title tba'}><bdi>${title}</bdi></p>
      ${talkDetails(s, t)} ${roomFirst ? links : nothing}
      ${
        s.items.length
          ? html`<ol part="nested" class="nested">
              ${s.items.map(
                (n) =>
                  html`<li id=${n.id ?? nothing}>
                    <span class=${n.title ? 'title' : 'title tba'} dir="auto">${n.title || t('tba')}</span
                    >${talkDetails(n, t)}
                  </li>`,
              )}
            </ol>`
          : nothing
      }
    </div>
    <div class="actions">
      ${
        s.type === 'break'
          ? nothing
          : html`<button
              type="button"
              part="star"
              class="star"
              aria-pressed=${starred ? 'true' : 'false'}
              aria-label=${t('starSession', { title })}
              title=${t('myProgram')}
              @click=${() => actions.toggleFavorite(s.id)}
            >
              <span aria-hidden="true">${starred ? '★' : '☆'}</span>
            </button>`
      }
      <button
        type="button"
        part="calendar-button"
        title=${t('addToCalendar')}
        ?disabled=${view.asWritten}
        aria-describedby=${view.asWritten ? SETTING_ERROR_ID : nothing}
        @click=${() => actions.download([s], `${s.id}.ics`)}
      >
        <!-- A calendar, written into the template (not a nested one per session); its name is the hidden text. -->
        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <rect
            x="1.75"
            y="2.75"
            width="12.5"
            height="11.5"
            rx="1.5"
            fill="none"
            stroke="currentColor"
            stroke-width="1.5"
          />
          <path d="M1.75 6.25h12.5M5 1v3.5M11 1v3.5" stroke="currentColor" stroke-width="1.5" fill="none" />
          <path d="M8 8v4.5M5.75 10.25h4.5" stroke="currentColor" stroke-width="1.5" /></svg
        ><span class="visually-hidden">${t('actionFor', { action: t('addToCalendar'), what: title })}</span>
      </button>
    </div>
  </li>`;
}

/** A session with nothing under its title (no speakers, abstract, links or talks): one line, even on a phone. */
function compact(s: Session): boolean {
  return !s.speakers.length && !s.abstract && !s.links.length && !s.items.length;
}

/** Speakers, abstract and links: the same for a session and a nested talk. */
function talkDetails(talk: NestedTalk, t: ScheduleTerm): TemplateResult {
  return html`${
    talk.speakers.length
      ? html`<p part="speakers" class="speakers">
          ${talk.speakers.map(
            (p, i) =>
              html`${i ? ', ' : ''}${p.url ? link(p.url, p.name) : html`<span dir="auto">${p.name}</span>`}${
                p.affiliation ? html` <span class="affiliation"><bdi>(${p.affiliation})</bdi></span>` : nothing
              }`,
          )}
        </p>`
      : nothing
  }
  ${
    talk.abstract
      ? html`<details part="abstract" class="abstract">
          <summary>${t('abstract')}</summary>
          <p>${richText(talk.abstract)}</p>
        </details>`
      : nothing
  }
  ${
    talk.links.length
      ? html`<ul part="links" class="links">
          ${talk.links.map((l) => html`<li>${link(l.url, l.label)}</li>`)}
        </ul>`
      : nothing
  }`;
}

/** The term of each session type's label (the calendar's categories keep the English `TYPE_LABELS`). */
const TYPE_TERMS = {
  talk: 'typeTalk',
  keynote: 'typeKeynote',
  spotlights: 'typeSpotlights',
  poster: 'typePoster',
  panel: 'typePanel',
  break: 'typeBreak',
  remarks: 'typeRemarks',
  other: 'typeOther',
} as const;
