import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { DataController, jsonConverter, type DataState } from '../internal/data.js';
import { FragmentController } from '../internal/fragment.js';
import { link, renderState } from '../internal/render.js';
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
import { nextTask } from '../internal/tasks.js';
import { buildCalendar, shortHash, uidSafe, type IcsEvent } from './ics.js';
import { buildProgram, type Day, type NestedTalk, type Program, type Session } from './program.js';
import { dateKey, daysBetween, isValidTimeZone, viewerTimeZone } from './timezone.js';
import type { ScheduleItem } from './types.js';
import { isDate, validateItems, type SessionData, type SpeakerData } from './validate.js';
import { styles } from './workshop-schedule.styles.js';

export { CalendarDownloadEvent, FavoritesChangeEvent };

const TAG = 'workshop-schedule';
/** How often "Live now" is re-checked. */
const TICK_MS = 30_000;
/**
 * A long program renders progressively: the first day (at least this many sessions) at once, then this many more per
 * task, so a 300-talk conference paints its first day soon and never blocks the page for long (bench: issue 17).
 */
const STEP_SESSIONS = 30;

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
 * @csspart error - The error message shown when the data, `timezone` or `date` cannot be used.
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - The message when there is no program (yet).
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

  /** IANA time zone the times are written in, e.g. `America/Vancouver`; default: the viewer's zone. */
  @property() timezone?: string;

  /** The day (`YYYY-MM-DD`) for sessions that give only a time; default: today in `timezone`. */
  @property() date?: string;

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
  @state() private room = '';
  @state() private clock = Date.now();

  private data = new DataController(this, {
    tag: TAG,
    name: 'items',
    value: () => this.items,
    src: () => this.src,
    validate: validateItems,
  });

  // A shared `#session-id` link must show its session: when search, filters or "My program" hide it, they are cleared.
  private fragment = new FragmentController(this, (id) => {
    const target = this.shadowRoot?.getElementById(id) ?? null;
    if (!target?.closest('[hidden]')) return target;
    if (this.query || this.track || this.room || this.myProgram)
      // Not from inside this update: Lit warns about updates requested while updating.
      queueMicrotask(() => {
        this.query = this.track = this.room = '';
        this.myProgram = false;
      });
    return null;
  });
  private timer?: ReturnType<typeof setInterval>;
  private built?: { state: DataState<SessionData[]>; zone: string; date: string; program: Program };
  private reportedSetting?: string;

  private background = new PageBackground(this);
  private warnings = new SettingWarnings(TAG);
  /** Sessions rendered so far (in day order) of `renderedOf`; the rest follow in later tasks. */
  private renderedCount = 0;
  private renderedOf?: Program;
  private pendingStep = false;
  /** The update under way is a progressive step (and nothing else asked for it). */
  private stepping = false;
  /** Changes with every update asked for by anything but a progressive step: days already rendered stay as they are. */
  private generation = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.background.connect();
    // Moved to another place of the page: what is behind it may have changed.
    if (this.hasUpdated) this.background.update();
    this.favorites = loadFavorites(this.key('favorites'));
    this.localTime = loadFlag(this.key('local-time'));
    this.openSharedProgram();
    window.addEventListener('hashchange', this.openSharedProgram);
    window.addEventListener('beforeprint', this.onBeforePrint);
    this.timer = setInterval(() => (this.clock = Date.now()), TICK_MS);
  }

  protected override firstUpdated(): void {
    this.background.update();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.stepping || changed.size || this.data.state !== this.built?.state) this.generation++;
    this.stepping = false;
  }

  /** `updateComplete` resolves once the whole program is rendered, progressive steps included. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pendingStep) {
      await new Promise<void>((resolve) => nextTask(resolve));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated(): void {
    const program = this.renderedOf;
    if (!program || this.renderedCount >= program.sessions.length || this.pendingStep) return;
    this.pendingStep = true;
    nextTask(() => {
      this.pendingStep = false;
      if (this.renderedOf !== program) return;
      this.renderedCount += STEP_SESSIONS;
      this.stepping = true;
      this.requestUpdate();
    });
  }

  /** Printing shows every session: render the rest now. */
  private onBeforePrint = () => {
    if (!this.renderedOf) return;
    this.renderedCount = Infinity;
    this.generation++;
    this.requestUpdate();
    this.performUpdate();
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.background.disconnect();
    window.removeEventListener('hashchange', this.openSharedProgram);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    clearInterval(this.timer);
  }

  override render() {
    const state = this.data.state;
    if (state.status !== 'ready')
      return renderState(TAG, state, { loading: 'Loading the program…', empty: 'No program yet.' });
    const zone = this.timezone?.trim() || viewerTimeZone();
    const settingError = this.settingError(zone);
    if (settingError) return renderState(TAG, { status: 'error', message: settingError }, { loading: '', empty: '' });
    const program = this.program(state, zone);
    if (!program.sessions.length) return html`<p part="empty">No sessions in the program yet.</p>`;
    const view = this.view(program, zone);
    if (this.renderedOf !== program) {
      this.renderedOf = program;
      this.renderedCount = Math.max(STEP_SESSIONS, program.days[0].sessions.length);
    }
    // Days in order, each whole or, for the last one rendered so far, its first sessions; a day rendered whole is
    // not rendered again by a progressive step (guard), only when something it shows changed (`generation`).
    let left = this.renderedCount;
    const days = [];
    for (const day of program.days) {
      if (left <= 0) break;
      const count = Math.min(left, day.sessions.length);
      left -= count;
      days.push(guard([day, count, this.generation], () => this.renderDay(day, view, count)));
    }
    return html`<div class="base">${this.renderControls(program, view)} ${days}</div>`;
  }

  // ---- input → program -------------------------------------------------------------------------

  private settingError(zone: string): string | undefined {
    let message: string | undefined;
    if (!isValidTimeZone(zone))
      message = `timezone "${zone}" is not an IANA time zone (like "America/Vancouver" or "UTC")`;
    else if (this.date && !isDate(this.date.trim())) message = `date "${this.date}" is not a date like "2019-12-13"`;
    if (message && message !== this.reportedSetting) {
      console.error(`<${TAG}>: ${message}`);
      queueMicrotask(() => this.dispatchEvent(new Event('error')));
    }
    this.reportedSetting = message;
    return message;
  }

  private program(state: DataState<SessionData[]>, zone: string): Program {
    const date = this.date?.trim() || dateKey(this.clockTime(), zone);
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
  private view(program: Program, zone: string) {
    const viewer = this.viewerTimezone && isValidTimeZone(this.viewerTimezone) ? this.viewerTimezone : viewerTimeZone();
    if (this.viewerTimezone && viewer !== this.viewerTimezone)
      this.warnings.warn(
        'viewer-timezone',
        `viewer-timezone "${this.viewerTimezone}" is not an IANA time zone; the visitor's own (${viewer}) is used`,
      );
    const favorites = new Set(this.favorites);
    const filterable = this.filterable || program.sessions.length > AUTO_FILTERABLE;
    const filter: Filter = filterable
      ? { query: this.query, track: this.track, room: this.room, only: this.myProgram ? favorites : undefined }
      : { query: '', track: '', room: '', only: this.myProgram ? favorites : undefined };
    const now = this.clockTime();
    const visible = new Set(program.sessions.filter((s) => matches(s, filter)).map((s) => s.id));
    const live = program.sessions.filter((s) => s.start <= now && now < s.end);
    const first = program.sessions[0].start;
    const last = Math.max(...program.sessions.map((s) => s.end));
    const nowTarget = live[0] ?? (now >= first && now < last ? program.sessions.find((s) => s.start > now) : undefined);
    return {
      zone,
      viewer,
      shown: this.localTime ? viewer : zone,
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
          view.viewer !== view.zone
            ? html`<button
                type="button"
                part="zone-toggle"
                aria-pressed=${this.localTime ? 'true' : 'false'}
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
        <button type="button" part="download" @click=${() => this.downloadProgram(program)}>
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
      ${select('Room', this.room, program.rooms, (v) => (this.room = v))}
    </div>`;
  }

  /** A day with its first `count` sessions (all of them once rendering has reached it). */
  private renderDay(day: Day, view: View, count = day.sessions.length): TemplateResult {
    const headingId = `heading-${day.key}`;
    const grid = day.parallel;
    const sectionVisible = this.visibleSections(day, view);
    return html`<section part="day" class="day" id=${`day-${day.key}`} aria-labelledby=${headingId}>
      <h3 part="day-heading" class="day-heading" id=${headingId}>${formatDay(day.key, view.lang)}</h3>
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
        ${day.sessions.slice(0, count).map((s) => {
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
                </li>`
              : nothing
          }${this.renderSession(s, day, view)}`;
        })}
      </ol>
    </section>`;
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
        <time part="time" datetime=${new Date(s.start).toISOString()}
          >${formatTime(
            s.start,
            view.shown,
            view.lang,
            // The end says the zone; the start too when it has its own (a session across a clock change).
            s.openEnd || zoneName(s.start, view.shown, view.lang) !== zoneName(s.end, view.shown, view.lang),
          )}</time
        >${
          s.openEnd
            ? nothing
            : html`–<time part="time" datetime=${new Date(s.end).toISOString()}
                  >${formatTime(s.end, view.shown, view.lang, true)}</time
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
        <button type="button" part="calendar-button" @click=${() => this.downloadSessions([s], `${s.id}.ics`)}>
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
            <p>${t.abstract}</p>
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
      location: s.room,
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

/** The calendar event's description: speakers, nested talks, abstract, links, and the page. */
function describeSession(s: Session, pageLink: string): string {
  const who = (speakers: SpeakerData[]) =>
    speakers.map((p) => (p.affiliation ? `${p.name} (${p.affiliation})` : p.name)).join(', ');
  const lines: string[] = [];
  if (s.speakers.length) lines.push(who(s.speakers));
  for (const n of s.items) lines.push(`• ${n.title || 'TBA'}${n.speakers.length ? ` — ${who(n.speakers)}` : ''}`);
  if (s.abstract) lines.push('', s.abstract);
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
