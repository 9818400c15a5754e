import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataController, jsonConverter, type DataState } from '../internal/data.js';
import { FragmentController } from '../internal/fragment.js';
import { renderNotice, skippedEntries } from '../internal/notice.js';
import { link, renderState } from '../internal/render.js';
import { plainText, richText } from '../internal/rich-text.js';
import { withBase } from '../internal/url.js';
import { formatProblems } from '../internal/validate.js';
import { CalendarDownloadEvent, FavoritesChangeEvent } from './events.js';
import {
  loadFavorites,
  loadFlag,
  parseShareFragment,
  saveFavorites,
  saveFlag,
  shareFragment,
  storageKey,
} from './favorites.js';
import { AUTO_FILTERABLE, matches, type Filter } from './filter.js';
import { formatDay, formatTime, zoneName, TYPE_LABELS } from './format.js';
import { PageBackground } from '../internal/page-background.js';
import { SettingWarnings } from '../internal/warnings.js';
import { buildCalendar, shortHash, uidSafe, type IcsEvent } from './ics.js';
import { buildProgram, type Day, type NestedTalk, type Program, type Session } from './program.js';
import { dateKey, daysBetween, isValidTimeZone, viewerTimeZone } from './timezone.js';
import type { ScheduleItem } from './types.js';
import { readScheduleSettings, type ScheduleSettings } from './settings.js';
import { validateItems, type SessionData, type SpeakerData } from './validate.js';
import { styles } from './workshop-schedule.styles.js';

export { CalendarDownloadEvent, FavoritesChangeEvent };

const TAG = 'workshop-schedule';
/** How often "Live now" is re-checked. */
const TICK_MS = 30_000;

/**
 * The program of a workshop or conference: sessions by day and room, in the event's time zone or the
 * visitor's, with "Live now", calendar export (.ics), a personal "My program" and search.
 *
 * @summary The program, from a one-day workshop to a five-day multi-room conference.
 *
 * @csspart controls - The bar with the time-zone toggle, "My program", downloads, search and day links (not printed).
 * @csspart zone-toggle - The button that switches times to the visitor's zone.
 * @csspart favorites-toggle - The "My program" button.
 * @csspart download - The button that downloads the program (or "My program") as `.ics`.
 * @csspart share - The link that opens the same "My program" on another device.
 * @csspart jump-now - The "Jump to now" link, shown during the event.
 * @csspart filters - The search box and the track and room filters.
 * @csspart search - The search input.
 * @csspart status - The live region that announces how many sessions match.
 * @csspart nav - The "jump to day" links.
 * @csspart day - One day: its heading and sessions.
 * @csspart day-heading - The (sticky) day heading.
 * @csspart day-hours - In the day heading: when the day starts and ends, and the event's `room`.
 * @csspart rooms - The (sticky) row of room names above a day shown as a grid.
 * @csspart room-heading - One room name in that row.
 * @csspart sessions - The list of a day's sessions.
 * @csspart section - A section heading in the program.
 * @csspart session - One session; it also has the part of its type (`talk`, `keynote`, `break`, …).
 * @csspart talk - A session of type `talk` (a talk), with `session`.
 * @csspart keynote - A session of type `keynote` (an invited talk), with `session`.
 * @csspart spotlights - A session of type `spotlights` (spotlight talks), with `session`.
 * @csspart poster - A session of type `poster` (a poster session), with `session`.
 * @csspart panel - A session of type `panel` (a panel), with `session`.
 * @csspart break - A session of type `break` (a break), with `session`.
 * @csspart remarks - A session of type `remarks` (remarks), with `session`.
 * @csspart other - A session of type `other` (any other session), with `session`.
 * @csspart live - A session running now (also has `session`).
 * @csspart time - A start or end time.
 * @csspart day-shift - The "+1 day" mark on a time shown in the visitor's zone.
 * @csspart kind - The session's type label.
 * @csspart live-badge - The "Live now" badge.
 * @csspart title - A session's title.
 * @csspart speakers - A session's speakers.
 * @csspart room - A session's room.
 * @csspart track - A session's track.
 * @csspart nested - The talks inside a session (e.g. spotlights).
 * @csspart abstract - The expandable abstract.
 * @csspart links - A session's links.
 * @csspart star - The "add to My program" button.
 * @csspart calendar-button - The "Add to calendar" button of a session.
 * @csspart error - The error message shown when the data, `timezone` or `date` cannot be used (a setting's error
 *   stands above the program, shown as written).
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - The message when there is no program (yet).
 * @csspart notice - "1 session could not be shown — details in the browser console", at the end when entries were
 *   skipped; hide it with `::part(notice) { display: none }`.
 *
 * @cssproperty [--we-link-color=#0b57d0 mixed 68% with the text colour] - Links.
 * @cssproperty [--we-accent-color=#0b57d0] - Pressed buttons, highlights, the section headings' rule.
 * @cssproperty [--we-on-accent-color=#ffffff] - Text on the accent colour.
 * @cssproperty [--we-muted-color=currentColor 72%] - Secondary text (times, rooms, affiliations).
 * @cssproperty [--we-border-color=currentColor 18%] - Session borders.
 * @cssproperty [--we-surface-color=currentColor 4%] - Session background.
 * @cssproperty [--we-radius=8px] - Corner radius.
 * @cssproperty [--we-gap=1em] - Space between regions.
 * @cssproperty [--we-focus-color=#0b57d0 mixed 60% with the text colour] - Focus ring.
 * @cssproperty [--we-error-color=#c5221f mixed 70% with the text colour] - Error message.
 * @cssproperty [--we-line-height=1.45] - Line height.
 * @cssproperty [--we-scroll-margin=4em] - Space kept above a session reached by a `#id` link.
 * @cssproperty [--we-schedule-break-color=currentColor 8%] - Background of breaks.
 * @cssproperty [--we-schedule-live-color=#c5221f mixed with the text colour] - The "Live now" badge and the running session's edge.
 * @cssproperty [--we-schedule-star-color=#b06000 mixed with the text colour] - A starred session's star.
 * @cssproperty [--we-schedule-sticky-top=0px] - Offset of the sticky day and room headings (e.g. the height of a fixed navbar).
 * @cssproperty [--we-schedule-sticky-background=the page's background] - Background behind the sticky headings: by
 *   default the first opaque background behind the element, else `Canvas`.
 * @cssproperty [--we-schedule-grid-min-column=9em] - Narrowest room column in the grid.
 *
 * @fires load - When data from `src` has loaded.
 * @fires error - When the data, `timezone` or `date` cannot be used.
 * @fires {CalendarDownloadEvent} calendar-download - Before a `.ics` file downloads; cancelable, carries the file.
 * @fires {FavoritesChangeEvent} favorites-change - When "My program" changes.
 * @fires fragment-target - When a `#id` link scrolled to a session (`detail.id`).
 */
export class WorkshopSchedule extends LitElement {
  static override styles = styles;

  /** The program: section headings and sessions, as a JSON attribute or the property. */
  @property({ type: Array, converter: jsonConverter('items') }) items?: ScheduleItem[];

  /** URL of a JSON file with the items, relative to the page. */
  @property() src?: string;

  /**
   * The site's base path, for root-relative paths in the data (`/static/img/x.png` → `/my-site/static/img/x.png`):
   * a Jekyll page passes `base-url="{{ site.baseurl }}"`. Default: none.
   */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /**
   * IANA time zone the times are written in, e.g. `America/Vancouver`; default: the viewer's zone. `PST`,
   * `Pacific Time`, `CEST`, `AoE` and `UTC-8` are read with a warning; one it cannot read shows the program as
   * written, with the error above it.
   */
  @property() timezone?: string;

  /** The day (`2019-12-13` or `December 13, 2019`) for sessions that give only a time; default: today in `timezone`. */
  @property() date?: string;

  /** Where the whole event happens, e.g. `Room 512 CDGH`: shown with each day's hours, and the location of sessions without a room of their own in calendar files. */
  @property() room?: string;

  /** An ISO instant that stands in for the clock ("Live now"), for demos and tests. */
  @property() now?: string;

  /** Show the search box and filters; they also appear by themselves past 40 sessions. */
  @property({ type: Boolean }) filterable = false;

  /** The visitor's zone, for "Show in my time zone"; default: the browser's. */
  @property({ attribute: 'viewer-timezone' }) viewerTimezone?: string;

  @state() private localTime = false;
  @state() private myProgram = false;
  @state() private favorites: string[] = [];
  @state() private query = '';
  @state() private track = '';
  @state() private roomFilter = '';
  @state() private clock = Date.now();

  private data = new DataController(this, {
    tag: TAG,
    name: 'items',
    value: () => this.items,
    src: () => this.src,
    validate: (raw) => withBase(this.baseUrl, () => validateItems(raw)),
    key: () => this.baseUrl,
  });

  // A shared `#session-id` link must show its session: when search, filters or "My program" hide it, they are cleared.
  private fragment = new FragmentController(this, (id) => {
    const target = this.shadowRoot?.getElementById(id) ?? null;
    if (!target?.closest('[hidden]')) return target;
    if (this.query || this.track || this.roomFilter || this.myProgram)
      // Not from inside this update: Lit warns about updates requested while updating.
      queueMicrotask(() => {
        this.query = this.track = this.roomFilter = '';
        this.myProgram = false;
      });
    return null;
  });
  private timer?: ReturnType<typeof setInterval>;
  private built?: { state: DataState<SessionData[]>; zone: string; date: string; program: Program };
  private reportedSetting?: string;

  private background = new PageBackground(this);
  private warnings = new SettingWarnings(TAG);

  override connectedCallback(): void {
    super.connectedCallback();
    this.background.connect();
    // Moved to another place of the page: what is behind it may have changed.
    if (this.hasUpdated) this.background.update();
    this.favorites = loadFavorites(this.key('favorites'));
    this.localTime = loadFlag(this.key('local-time'));
    this.openSharedProgram();
    window.addEventListener('hashchange', this.openSharedProgram);
    this.timer = setInterval(() => (this.clock = Date.now()), TICK_MS);
  }

  protected override firstUpdated(): void {
    this.background.update();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.background.disconnect();
    window.removeEventListener('hashchange', this.openSharedProgram);
    clearInterval(this.timer);
  }

  override render() {
    const state = this.data.state;
    if (state.status !== 'ready')
      return renderState(TAG, state, { loading: 'Loading the program…', empty: 'No program yet.' });
    const settings = this.settings();
    const program = this.program(state, settings);
    // A setting that cannot be used is said above the program, which still shows, as written.
    const error = settings.errors.length
      ? html`<div part="error" role="alert" id="setting-error">
          <strong>&lt;${TAG}&gt;: times are shown as written, without time-zone conversion or calendar export.</strong>
          ${settings.errors.map((e) => e.message).join(' ')}
        </div>`
      : nothing;
    if (!program.sessions.length)
      return html`${error}
        <p part="empty">No sessions in the program yet.</p>`;
    const view = this.view(program, settings);
    return html`${error}
      <div class="base">
        ${this.renderControls(program, view)} ${program.days.map((day) => this.renderDay(day, view))}
        ${renderNotice(skippedEntries(state.problems, 'session', 'item'), 'session', 'sessions')}
      </div>`;
  }

  // ---- input → program -------------------------------------------------------------------------

  /** `timezone` and `date` as read (see settings.ts); errors and warnings are reported once per value. */
  private settings(): ScheduleSettings {
    const settings = readScheduleSettings(this.timezone, this.date, viewerTimeZone());
    for (const w of settings.warnings) this.warnings.warn(w.setting, w.message);
    const message = settings.errors.map((e) => e.message).join('; ') || undefined;
    if (message && message !== this.reportedSetting) {
      console.error(`<${TAG}>: ${message}; the program is shown with its times as written`);
      queueMicrotask(() => this.dispatchEvent(new Event('error')));
    }
    this.reportedSetting = message;
    return settings;
  }

  private program(state: DataState<SessionData[]>, settings: ScheduleSettings): Program {
    const zone = settings.zone;
    const date = settings.date ?? dateKey(this.clockTime(), zone);
    const b = this.built;
    if (b && b.state === state && b.zone === zone && b.date === date) return b.program;
    const program = buildProgram(state.status === 'ready' ? state.data : [], zone, date);
    if (program.problems.length) {
      console.warn(
        `<${TAG}>: ${program.problems.length} problem(s) in the times; everything else renders.\n${formatProblems(program.problems)}`,
      );
    }
    this.built = { state, zone, date, program };
    return program;
  }

  private clockTime(): number {
    const forced = this.now ? Date.parse(this.now) : NaN;
    if (this.now && !Number.isFinite(forced))
      this.warnings.warn(
        'now',
        `now "${this.now}" is not a date-time like "2019-12-13T09:00-08:00"; the real clock is used`,
      );
    return Number.isFinite(forced) ? forced : this.clock;
  }

  /** Everything the templates need that depends on the visitor's choices. */
  private view(program: Program, settings: ScheduleSettings) {
    const zone = settings.zone;
    const viewer = this.viewerTimezone && isValidTimeZone(this.viewerTimezone) ? this.viewerTimezone : viewerTimeZone();
    if (this.viewerTimezone && viewer !== this.viewerTimezone)
      this.warnings.warn(
        'viewer-timezone',
        `viewer-timezone "${this.viewerTimezone}" is not an IANA time zone; the visitor's own (${viewer}) is used`,
      );
    const favorites = new Set(this.favorites);
    const filterable = this.filterable || program.sessions.length > AUTO_FILTERABLE;
    const filter: Filter = filterable
      ? { query: this.query, track: this.track, room: this.roomFilter, only: this.myProgram ? favorites : undefined }
      : { query: '', track: '', room: '', only: this.myProgram ? favorites : undefined };
    const now = this.clockTime();
    const visible = new Set(program.sessions.filter((s) => matches(s, filter)).map((s) => s.id));
    // As written, the times are not real instants: nothing is "live".
    const live = settings.asWritten ? [] : program.sessions.filter((s) => s.start <= now && now < s.end);
    const first = program.sessions[0].start;
    const last = Math.max(...program.sessions.map((s) => s.end));
    const nowTarget = settings.asWritten
      ? undefined
      : (live[0] ?? (now >= first && now < last ? program.sessions.find((s) => s.start > now) : undefined));
    return {
      zone,
      asWritten: settings.asWritten,
      fallbackDay: settings.date ?? dateKey(now, zone),
      dateAsWritten: settings.dateAsWritten,
      viewer,
      shown: this.localTime && !settings.asWritten ? viewer : zone,
      lang: this.closest('[lang]')?.getAttribute('lang') || undefined,
      favorites,
      filterable,
      visible,
      live: new Set(live.map((s) => s.id)),
      nowTarget,
      total: program.sessions.length,
    };
  }

  // ---- templates ---------------------------------------------------------------------------------

  private renderControls(program: Program, view: View): TemplateResult {
    // Stars of sessions the data no longer has (renamed, or from a shared link) are kept but not counted.
    const count = program.sessions.filter((s) => view.favorites.has(s.id)).length;
    const filtered = view.visible.size !== view.total;
    return html`<div part="controls" class="controls">
      <div class="toolbar">
        ${
          view.viewer !== view.zone || view.asWritten
            ? html`<button
                type="button"
                part="zone-toggle"
                aria-pressed=${this.localTime && !view.asWritten ? 'true' : 'false'}
                ?disabled=${view.asWritten}
                aria-describedby=${view.asWritten ? 'setting-error' : nothing}
                @click=${this.toggleLocalTime}
              >
                Show times in my time zone (${view.viewer})
              </button>`
            : nothing
        }
        <button
          type="button"
          part="favorites-toggle"
          aria-pressed=${this.myProgram ? 'true' : 'false'}
          @click=${this.toggleMyProgram}
        >
          <span aria-hidden="true">★</span> My program (${count})
        </button>
        <button
          type="button"
          part="download"
          ?disabled=${view.asWritten}
          aria-describedby=${view.asWritten ? 'setting-error' : nothing}
          @click=${() => this.downloadProgram(program)}
        >
          ${this.myProgram ? 'Download my program (.ics)' : 'Download the program (.ics)'}
        </button>
        ${
          this.myProgram && count ? html`<a part="share" href=${this.shareUrl()}>Link to share my program</a>` : nothing
        }
        ${
          view.nowTarget
            ? html`<a part="jump-now" href=${`#${view.nowTarget.id}`} @click=${this.jumpTo}>Jump to now</a>`
            : nothing
        }
      </div>
      ${view.filterable ? this.renderFilters(program) : nothing}
      ${
        program.days.length > 1
          ? html`<nav part="nav" aria-label="Days of the program">
              <ul>
                ${program.days.map(
                  (d) =>
                    html`<li>
                      <a href=${`#day-${d.key}`} @click=${this.jumpTo}>${formatDay(d.key, view.lang, true)}</a>
                    </li>`,
                )}
              </ul>
            </nav>`
          : nothing
      }
      <p part="status" role="status" class=${view.filterable || this.myProgram ? 'status' : 'visually-hidden'}>
        ${
          this.myProgram && !count
            ? 'No sessions in my program yet: star a session (☆) to add it.'
            : filtered || view.filterable
              ? `${view.visible.size} of ${view.total} sessions shown.`
              : ''
        }
      </p>
    </div>`;
  }

  private renderFilters(program: Program): TemplateResult {
    const select = (label: string, value: string, options: string[], set: (v: string) => void) =>
      options.length > 1
        ? html`<label
            >${label}
            <select .value=${value} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
              <option value="">All</option>
              ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${o}</option>`)}
            </select></label
          >`
        : nothing;
    return html`<div part="filters" class="filters" role="search">
      <label
        >Search
        <input
          part="search"
          type="search"
          .value=${this.query}
          placeholder="Title, speaker, abstract…"
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      /></label>
      ${select('Track', this.track, program.tracks, (v) => (this.track = v))}
      ${select('Room', this.roomFilter, program.rooms, (v) => (this.roomFilter = v))}
    </div>`;
  }

  private renderDay(day: Day, view: View): TemplateResult {
    const headingId = `heading-${day.key}`;
    const grid = day.parallel;
    const sectionVisible = this.visibleSections(day, view);
    return html`<section part="day" class="day" id=${`day-${day.key}`} aria-labelledby=${headingId}>
      <h3 part="day-heading" class="day-heading" id=${headingId}>
        ${view.dateAsWritten && day.key === view.fallbackDay ? view.dateAsWritten : formatDay(day.key, view.lang)}
        <span part="day-hours" class="day-hours">${this.dayHours(day, view)}</span>
      </h3>
      ${
        grid
          ? html`<div part="rooms" class="rooms" aria-hidden="true" style=${`--rooms:${day.rooms.length}`}>
              ${day.rooms.map((r) => html`<div part="room-heading">${r}</div>`)}
            </div>`
          : nothing
      }
      <ol
        part="sessions"
        class=${grid ? 'sessions grid' : 'sessions'}
        style=${`--rooms:${day.rooms.length || 1}`}
        aria-labelledby=${headingId}
      >
        ${day.sessions.map((s) => {
          const section = day.sections.get(s.id);
          return html`${
            section
              ? html`<li
                  part="section"
                  class="section"
                  ?hidden=${!sectionVisible.has(s.id)}
                  style=${grid ? `grid-row:${section.row};grid-column:1/-1` : nothing}
                >
                  <h4>${section.title}</h4>
                  ${
                    section.links.length
                      ? html`<ul part="links" class="links">
                          ${section.links.map((l) => html`<li>${link(l.url, l.label)}</li>`)}
                        </ul>`
                      : nothing
                  }
                </li>`
              : nothing
          }${this.renderSession(s, day, view)}`;
        })}
      </ol>
    </section>`;
  }

  /** "8:30 AM–6:30 PM PST · Room 512 CDGH": when the day runs, and where when the whole event is in one place. */
  private dayHours(day: Day, view: View): string {
    const start = Math.min(...day.sessions.map((s) => s.start));
    const end = Math.max(...day.sessions.map((s) => s.end));
    const zone = !view.asWritten || day.sessions.some((s) => s.instantWritten);
    const hours = `${formatTime(start, view.shown, view.lang)}–${formatTime(end, view.shown, view.lang, zone)}`;
    const room = this.room?.trim();
    return room ? `${hours} · ${room}` : hours;
  }

  /** A section heading shows when at least one session under it does. */
  private visibleSections(day: Day, view: View): Set<string> {
    const out = new Set<string>();
    let current: string | undefined;
    for (const s of day.sessions) {
      if (day.sections.has(s.id)) current = s.id;
      if (current && view.visible.has(s.id)) out.add(current);
    }
    return out;
  }

  private renderSession(s: Session, day: Day, view: View): TemplateResult {
    const cell = day.parallel ? day.cells.get(s.id) : undefined;
    const live = view.live.has(s.id);
    const starred = view.favorites.has(s.id);
    const title = s.title || 'TBA';
    const shift = this.localTime ? daysBetween(s.day, dateKey(s.start, view.shown)) : 0;
    return html`<li
      id=${s.id}
      part=${`session ${s.type}${live ? ' live' : ''}`}
      class=${`session type-${s.type}${live ? ' is-live' : ''}`}
      ?hidden=${!view.visible.has(s.id)}
      aria-current=${live ? 'time' : nothing}
      style=${cell ? `grid-row:${cell.row}/${cell.rowEnd};grid-column:${cell.col}/${cell.colEnd}` : nothing}
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
                >${shift > 0 ? `+${shift}` : `−${-shift}`} day${Math.abs(shift) > 1 ? 's' : ''}</span
              >`
            : nothing
        }
      </p>
      <div class="body">
        <p class="meta">
          <span part="kind" class="kind">${TYPE_LABELS[s.type]}</span>
          ${live ? html`<span part="live-badge" class="live-badge">Live now</span>` : nothing}
          ${s.room ? html`<span part="room" class="room">${s.room}</span>` : nothing}
          ${s.track ? html`<span part="track" class="track">${s.track}</span>` : nothing}
        </p>
        <p part="title" class=${s.title ? 'title' : 'title tba'}>${title}</p>
        ${this.renderTalkDetails(s)}
        ${
          s.items.length
            ? html`<ol part="nested" class="nested">
                ${s.items.map(
                  (n) =>
                    html`<li id=${n.id ?? nothing}>
                      <span class=${n.title ? 'title' : 'title tba'}>${n.title || 'TBA'}</span
                      >${this.renderTalkDetails(n)}
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
                aria-label=${`My program: ${title}`}
                @click=${() => this.toggleFavorite(s.id)}
              >
                <span aria-hidden="true">${starred ? '★' : '☆'}</span>
              </button>`
        }
        <button
          type="button"
          part="calendar-button"
          ?disabled=${view.asWritten}
          aria-describedby=${view.asWritten ? 'setting-error' : nothing}
          @click=${() => this.downloadSessions([s], `${s.id}.ics`)}
        >
          Add to calendar<span class="visually-hidden">: ${title}</span>
        </button>
      </div>
    </li>`;
  }

  /** Speakers, abstract and links: the same for a session and a nested talk. */
  private renderTalkDetails(t: NestedTalk): TemplateResult {
    return html`${
      t.speakers.length
        ? html`<p part="speakers" class="speakers">
            ${t.speakers.map(
              (p, i) =>
                html`${i ? ', ' : ''}${p.url ? link(p.url, p.name) : html`<span>${p.name}</span>`}${
                  p.affiliation ? html` <span class="affiliation">(${p.affiliation})</span>` : nothing
                }`,
            )}
          </p>`
        : nothing
    }
    ${
      t.abstract
        ? html`<details part="abstract" class="abstract">
            <summary>Abstract</summary>
            <p>${richText(t.abstract)}</p>
          </details>`
        : nothing
    }
    ${
      t.links.length
        ? html`<ul part="links" class="links">
            ${t.links.map((l) => html`<li>${link(l.url, l.label)}</li>`)}
          </ul>`
        : nothing
    }`;
  }

  // ---- actions ---------------------------------------------------------------------------------

  private toggleLocalTime = () => {
    this.localTime = !this.localTime;
    saveFlag(this.key('local-time'), this.localTime);
  };

  private toggleMyProgram = () => {
    this.myProgram = !this.myProgram;
  };

  private toggleFavorite(id: string): void {
    this.favorites = this.favorites.includes(id) ? this.favorites.filter((f) => f !== id) : [...this.favorites, id];
    this.favoritesChanged();
  }

  private favoritesChanged(): void {
    saveFavorites(this.key('favorites'), this.favorites);
    this.dispatchEvent(new FavoritesChangeEvent([...this.favorites]));
  }

  /** `#my-program=a,b` adds those sessions to the visitor's favourites and opens "My program". */
  private openSharedProgram = () => {
    const shared = parseShareFragment(location.hash);
    if (!shared) return;
    const added = shared.filter((id) => !this.favorites.includes(id));
    this.myProgram = true;
    if (added.length) {
      this.favorites = [...this.favorites, ...added];
      this.favoritesChanged();
    }
  };

  private shareUrl(): string {
    const url = new URL(location.href);
    url.hash = shareFragment(this.favorites);
    return url.href;
  }

  /** A link to an id in this element: reveal it even when the hash already says so. */
  private jumpTo = (e: Event) => {
    const href = (e.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
    if (href === location.hash) {
      e.preventDefault();
      this.fragment.reveal();
    }
  };

  private downloadProgram(program: Program): void {
    const favorites = new Set(this.favorites);
    const sessions = this.myProgram ? program.sessions.filter((s) => favorites.has(s.id)) : program.sessions;
    if (!sessions.length) return;
    this.downloadSessions(sessions, this.myProgram ? 'my-program.ics' : 'program.ics');
  }

  /** Offers the sessions as one `.ics` file, after a cancelable `calendar-download` event. */
  private downloadSessions(sessions: Session[], filename: string): void {
    const page = location.href.replace(/#.*$/, '');
    const host = location.hostname || 'workshop-elements';
    const events: IcsEvent[] = sessions.map((s) => ({
      uid: `${uidSafe(s.id)}-${shortHash(page)}@${host}`,
      start: s.start,
      end: s.end,
      summary: s.title || 'TBA',
      description: describeSession(s, `${page}#${s.id}`),
      location: s.room ?? (this.room?.trim() || undefined),
      url: `${page}#${encodeURIComponent(s.id)}`,
      categories: [TYPE_LABELS[s.type], ...(s.track ? [s.track] : [])],
    }));
    const ics = buildCalendar(events, { name: document.title || undefined });
    const event = new CalendarDownloadEvent(
      filename,
      ics,
      sessions.map((s) => s.id),
    );
    if (!this.dispatchEvent(event)) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.hidden = true;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** localStorage key for this schedule on this page (two schedules on a page keep apart by `id`). */
  private key(kind: 'favorites' | 'local-time'): string {
    return storageKey(kind, location.pathname, this.id);
  }
}

type View = ReturnType<WorkshopSchedule['view']>;

/** A `<time datetime>`: the instant, or only the clock when times are shown as written (placed in UTC, not real). */
function datetime(instant: number, asWritten: boolean): string {
  const iso = new Date(instant).toISOString();
  return asWritten ? iso.slice(11, 16) : iso;
}

/** The calendar event's description: speakers, nested talks, abstract, links, and the page. */
function describeSession(s: Session, pageLink: string): string {
  const who = (speakers: SpeakerData[]) =>
    speakers.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(', ');
  const lines: string[] = [];
  if (s.speakers.length) lines.push(who(s.speakers));
  for (const n of s.items) lines.push(`• ${n.title || 'TBA'}${n.speakers.length ? ` — ${who(n.speakers)}` : ''}`);
  if (s.abstract) lines.push('', plainText(s.abstract));
  for (const l of s.links) lines.push(`${l.label}: ${l.url}`);
  lines.push('', pageLink);
  return lines.join('\n').trim();
}

// The tag is written out here (not TAG) so that custom-elements.json names it.
if (!customElements.get('workshop-schedule')) customElements.define('workshop-schedule', WorkshopSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-schedule': WorkshopSchedule;
  }
}
