import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { shouldDefine } from '../internal/define.js';
import { DataController, jsonConverter, type DataState } from '../internal/data.js';
import { WeErrorEvent } from '../events/error.js';
import { FragmentController } from '../internal/fragment.js';
import { landmarkNames } from '../internal/landmarks.js';
import { labelsConverter, Localize, type Message } from '../internal/localize.js';
import { PageBackground } from '../internal/page-background.js';
import { renderNotice, skippedEntries } from '../internal/notice.js';
import { renderState } from '../internal/render.js';
import { withBase } from '../internal/url.js';
import { Warnings } from '../internal/warnings.js';
import { restyle } from '../internal/adopt-styles.js';
import { SettledStatus } from '../internal/settled-status.js';
import { offerCalendar } from './calendar-export.js';
import { ClockController } from './clock-controller.js';
import { controlsTemplate, revealIfCurrent, type ControlsActions, type FilterValues } from './controls.js';
import { attendView, onUnlessFalse, readJoinOpens } from './live.js';
import { FavoritesController } from './favorites-controller.js';
import { AUTO_FILTERABLE, matches, type Filter } from './filter.js';
import { DaySteps } from './day-steps.js';
import { DayLayout } from './day-layout.js';
import { dayTemplate, settingErrorTemplate, type ScheduleView, type SessionActions } from './day-templates.js';
import { findTarget } from './day-templates.js';
import { firstDayProgram, outlineOf, readFirstDay, type Outline } from './first-day.js';
import { afterPaint } from '../internal/tasks.js';
import { buildProgram, sessionIds, type Day, type Program, type Session } from './program.js';
import { dateKey, isValidTimeZone, viewerTimeZone } from '../internal/timezone.js';
import type { ScheduleItem } from './types.js';
import { readScheduleSettings, type ScheduleSettings } from './settings.js';
import type { SessionData } from './validate.js';
import { styles } from './workshop-schedule.styles.js';
import { SCHEDULE_TERMS } from './terms.js';

const TAG = 'workshop-schedule';

/**
 * The program of a workshop or conference: sessions by day and room, in the event's time zone or the
 * visitor's, with "Live now", calendar export (.ics), a personal "My program" and search.
 *
 * @summary The program, from a one-day workshop to a five-day multi-room conference.
 *
 * @csspart base - The wrapper of everything the element shows, in every state.
 * @csspart controls - The bar with the time-zone toggle, "My program", downloads, search and day links (not printed).
 * @csspart zone-toggle - The button that switches times to the visitor's zone.
 * @csspart favorites-toggle - The "My program" button.
 * @csspart download - The button that downloads the program (or "My program") as `.ics`.
 * @csspart share - The link that opens the same "My program" on another device.
 * @csspart jump-now - The "Jump to now" link, shown during the event.
 * @csspart search-bar - The search box and the track and room filters (a search landmark, "Search the program").
 * @csspart search - The search input.
 * @csspart filter - The track and the room `<select>`.
 * @csspart status - How many sessions match, updated as the visitor types; a screen reader hears it from a separate
 *   status region once typing pauses.
 * @csspart nav - The "jump to day" links.
 * @csspart day - One day: its heading and sessions.
 * @csspart heading - Every heading: the days' (level `heading-level`) and the sections' (one level below).
 * @csspart day-heading - The (sticky) day heading, with `heading`.
 * @csspart day-hours - In the day heading: when the day starts and ends, and the event's `room`.
 * @csspart day-download - Under a day's heading (several days): "Add this day to my calendar (.ics)".
 * @csspart rooms - The (sticky) row of room names above a day shown as a grid.
 * @csspart room-heading - One room name in that row.
 * @csspart sessions - The list of a day's sessions.
 * @csspart section - A section of the program (a list item holding its heading).
 * @csspart section-heading - A section's heading, with `heading`.
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
 * @csspart online - A session's or section's "Join", "Watch live" and recording links, as the clock stands.
 * @csspart join - The "Join" link (from `join-opens` minutes before the start).
 * @csspart stream - The "Watch live" link.
 * @csspart recording - The recording link, after the end.
 * @csspart recording-pending - "Recording coming".
 * @csspart join-opens - "Join opens at 1:25 PM", before the links open.
 * @csspart mode - The "In person" / "Online" / "Hybrid" badge, when the program mixes modes.
 * @csspart attend - The "In the room" / "Online" toggle of a hybrid program.
 * @csspart mode-note - "In person unless marked": the mode of the sessions that carry no mode badge.
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
 * @cssproperty [--we-schedule-session-size=as measured on the first day] - Estimated height of a session of a day off screen.
 *
 * @fires {WeLoadEvent} we-load - When data from `src` has loaded.
 * @fires {WeErrorEvent} we-error - When the data, `timezone` or `date` cannot be used; `detail` is `{ message, source }`.
 * @fires {WeCalendarDownloadEvent} we-calendar-download - Before a `.ics` file downloads; cancelable;
 *   `detail` is `{ filename, ics, sessionIds }`.
 * @fires {WeFavoritesChangeEvent} we-favorites-change - When "My program" changes; `detail` is `{ favorites }`.
 * @fires {WeFragmentTargetEvent} we-fragment-target - When a `#id` link scrolled to a session; `detail` is `{ id }`.
 */
export class WorkshopSchedule extends LitElement {
  static override styles = styles;

  adoptedCallback(): void {
    restyle(this, this.background.update);
  }

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

  /**
   * Where the whole event happens, e.g. `Room 512 CDGH`: shown with each day's hours, and the location of sessions
   * without a room of their own in calendar files.
   */
  @property() room?: string;

  /** An ISO instant that stands in for the clock ("Live now"), for demos and tests. */
  @property() now?: string;

  /** Minutes before a session's start that its `join` and `stream` links appear (default 15). */
  @property({ attribute: 'join-opens', type: Number }) joinOpens = 15;

  /** Hide `join` and `stream` links once their session has ended; `hide-join-after="false"` keeps them. */
  @property({ attribute: 'hide-join-after', converter: onUnlessFalse }) hideJoinAfter = true;

  /** Show the search box and filters; they also appear by themselves past 40 sessions. */
  @property({ type: Boolean }) filterable = false;

  /** Level of the day headings (1–6); section headings are one level below. 3 fits a schedule under an `<h2>`. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * Tells this schedule's landmarks (its search, its day links and days) apart from another schedule's on the page,
   * e.g. "Workshop A": "Search the program, Workshop A". Without it a second schedule's are numbered.
   */
  @property() label?: string;

  /** The visitor's zone, for "Show in my time zone"; default: the browser's. */
  @property({ attribute: 'viewer-timezone' }) viewerTimezone?: string;

  /** Overrides single terms of the page's language (JSON), e.g. `{"typeOther": "Talk"}`; see the README. */
  @property({ converter: labelsConverter }) labels?: Partial<Record<keyof typeof SCHEDULE_TERMS, Message>>;

  @state() private myProgram = false;
  @state() private query = '';
  @state() private track = '';
  @state() private roomFilter = '';

  private data: DataController<SessionData[]> = new DataController(this, {
    tag: TAG,
    name: 'items',
    value: () => this.items,
    src: () => this.src,
    // A long program reads its first day first and the rest after the first paint (first-day.ts).
    validate: (raw) => readFirstDay(raw, (read) => withBase(this.baseUrl, read), afterPaint),
    key: () => this.baseUrl,
    rendered: () => this.steps.complete,
  });
  /** A long program renders day by day (see day-steps.ts); the print has every day. */
  private steps: DaySteps<Day> = new DaySteps<Day>(this, () => this.data.finish());

  /**
   * Resolves when the current program has been loaded, validated and rendered, or found unusable (the element shows
   * why). Newer data supersedes older: a promise taken while the program loads resolves once the newest has rendered.
   */
  get dataComplete(): Promise<void> {
    return this.data.complete;
  }

  // A shared `#session-id` link must show its session: when search, filters or "My program" hide it, they are cleared.
  private fragment = new FragmentController(this, (id) => {
    const target = findTarget(this.shadowRoot, id);
    // The days above laid out first: they keep their height once scrolled past (day-layout.ts).
    if (!target?.closest('[hidden]')) return target && this.layout.layOutUpTo(target);
    if (this.query || this.track || this.roomFilter || this.myProgram)
      // Not from inside this update: Lit warns about updates requested while updating.
      queueMicrotask(() => {
        this.query = this.track = this.roomFilter = '';
        this.myProgram = false;
      });
    return null;
  });
  private clock = new ClockController(this);
  private mine = new FavoritesController(this, () => (this.myProgram = true));
  private background = new PageBackground(this);
  private layout = new DayLayout(this);
  private localize = new Localize(this, SCHEDULE_TERMS);
  constructor() {
    super();
    new SettledStatus(this); // the status line's live region
  }
  private warnings = new Warnings(TAG);

  /** Derived in `willUpdate` from the data, the settings and the visitor's choices; rendered by `render`. */
  private settings?: ScheduleSettings;
  private built?: {
    state: DataState<SessionData[]>;
    zone: string;
    date: string;
    program: Program;
    /** The whole program's outline while only its first day is read (first-day.ts). */
    outline?: Outline;
    /** The program continues the last one, the first day of the same data (its steps go on). */
    continues?: boolean;
  };
  private current?: { program: Program; view: ScheduleView };
  /** What `updated` has already reported (a setting error, the program whose time problems were logged). */
  private reportedSetting?: { setting: string; message: string };
  private reportedProgram?: Program;

  override connectedCallback(): void {
    super.connectedCallback();
    this.background.connect();
    // Read before the first render, while the shadow root is empty: read after it, it forced the style of the whole
    // first day, which the new colour then restyled (170 ms of a 300-talk load). Moved: what is behind it may differ.
    this.background.update();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.background.disconnect();
  }

  // The steps of a long program tell their own updates from the others (see day-steps.ts).
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    this.steps?.requested(); // undefined while the constructor sets the properties
  }

  protected override willUpdate(): void {
    this.data.sync();
    // An update that only adds sessions keeps what was derived: the sessions already rendered are not evaluated again.
    if (this.steps.stepOnly && this.current && this.built?.state === this.data.state) return;
    this.current = undefined;
    this.settings = undefined;
    if (this.data.state.status !== 'ready') return;
    // A setting that cannot be used never hides the program: it is shown as written (see settings.ts).
    const settings = (this.settings = readScheduleSettings(this.timezone, this.date, viewerTimeZone()));
    if (this.data.state.partial && this.needsAll(this.data.state.data, settings.zone)) this.data.finish();
    const state = this.data.state;
    const program = this.program(state, settings);
    if (program.sessions.length) this.current = { program, view: this.view(program, settings) };
  }

  override render() {
    return html`<div part="base" class="base">${this.renderContent()}</div>`;
  }

  private renderContent() {
    const state = this.data.state;
    const t = this.localize;
    if (state.status !== 'ready')
      return renderState(TAG, state, (k, a) => t.term(k, a), { loading: 'loadingProgram', empty: 'noProgram' });
    const error = settingErrorTemplate(t.term('timesAsWritten', { tag: TAG }), this.settings?.errors ?? []);
    if (!this.current)
      return html`${error}
        <p part="empty">${t.term('noSessions')}</p>`;
    const { program, view } = this.current;
    return html`${error}
      <div class="days">
        ${this.renderControls(program, view)}
        ${this.steps.days(program, this.built?.continues).map((d) => dayTemplate(d, view, this.actions))}
        ${renderNotice(skippedEntries(state.problems, 'session', 'item'), (n) => t.term('sessionsSkipped', { n }))}
      </div>`;
  }

  /** Reports what `willUpdate` found wrong, once each: console messages and the `error` event. */
  protected override updated(changed: PropertyValues<this>): void {
    for (const w of this.settings?.warnings ?? []) this.warnings.warn(w.setting, w.message);
    const settingError = this.settings?.errors[0];
    if (settingError?.message !== this.reportedSetting?.message) {
      this.reportedSetting = settingError;
      if (settingError) {
        const message = this.settings!.errors.map((e) => e.message).join('; ');
        this.warnings.error(`${message}; the program is shown with its times as written`);
        // Not from inside the update: a listener may set properties.
        const detail = { message: settingError.message, source: settingError.setting };
        queueMicrotask(() => this.dispatchEvent(new WeErrorEvent(detail)));
      }
    }
    const program = this.built?.program;
    if (program && program !== this.reportedProgram && !settingError && !this.built?.outline) {
      this.reportedProgram = program;
      this.warnings.problems('the times', program.problems);
    }
    if (changed.has('now') && this.now && !Number.isFinite(Date.parse(this.now)))
      this.warnings.warn(
        'now',
        `now "${this.now}" is not a date-time like "2019-12-13T09:00-08:00"; the real clock is used`,
      );
    const joinOpens = changed.has('joinOpens') && readJoinOpens(this.joinOpens, this.getAttribute('join-opens'));
    if (joinOpens && joinOpens.warning) this.warnings.warn('join-opens', joinOpens.warning);
    if (this.current && this.viewerTimezone && this.current.view.viewer !== this.viewerTimezone)
      this.warnings.warn(
        'viewer-timezone',
        `viewer-timezone "${this.viewerTimezone}" is not an IANA time zone; the visitor's own (${this.current.view.viewer}) is used`,
      );
  }

  // ---- input → program -------------------------------------------------------------------------

  private program(state: DataState<SessionData[]>, settings: ScheduleSettings): Program {
    const zone = settings.zone;
    const date = settings.date ?? dateKey(this.clockTime(), zone);
    const b = this.built;
    if (b && b.state === state && b.zone === zone && b.date === date) return b.program;
    const data = state.status === 'ready' ? state.data : [];
    const outline = outlineOf(data);
    let program = buildProgram(data, zone, date, outline?.later);
    if (outline) program = firstDayProgram(program, outline);
    const continues = !!b?.outline && b.program.days[0]?.key === program.days[0]?.key;
    this.built = { state, zone, date, program, outline, continues };
    // An empty program (all entries broken) keeps the visitor's favourites for when it is fixed. Read first day
    // first, the program knows the ids of its later days' sessions too (first-day.ts).
    if (program.sessions.length) this.mine.keepOnly(sessionIds(program));
    return program;
  }

  /** While only the first day is read: a search, a filter or the event under way needs every day now. */
  private needsAll(data: SessionData[], zone: string): boolean {
    const days = outlineOf(data)?.days ?? [];
    const today = dateKey(this.clockTime(), zone);
    return (
      !!(this.query || this.track || this.roomFilter || this.myProgram) || (today >= days[0] && today <= days.at(-1)!)
    );
  }

  /** The `now` setting when it is a date-time, else the clock. */
  private clockTime(): number {
    const forced = this.now ? Date.parse(this.now) : NaN;
    return Number.isFinite(forced) ? forced : this.clock.time;
  }

  /** Everything the templates need that depends on the visitor's choices. */
  private view(program: Program, settings: ScheduleSettings): ScheduleView {
    const zone = settings.zone;
    const viewer = this.viewerTimezone && isValidTimeZone(this.viewerTimezone) ? this.viewerTimezone : viewerTimeZone();
    const favorites = new Set(this.mine.favorites);
    const total = this.built?.outline?.sessions ?? program.sessions.length;
    const filterable = this.filterable || total > AUTO_FILTERABLE;
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
    const localTime = this.mine.localTime && !settings.asWritten;
    const room = this.room?.trim() || undefined;
    return {
      zone,
      asWritten: settings.asWritten,
      dateAsWritten: settings.dateAsWritten,
      fallbackDay: settings.date ?? dateKey(now, zone),
      room,
      viewer,
      shown: localTime ? viewer : zone,
      localTime,
      lang: this.localize.lang,
      t: (key, args) => this.localize.term(key, args),
      favorites,
      filterable,
      visible,
      live: new Set(live.map((s) => s.id)),
      nowTarget,
      total,
      complete: !this.built?.outline,
      level: Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3)),
      landmark: landmarkNames(this, this.label),
      attend: attendView(program.sessions, now, room, this.joinOpens, this.hideJoinAfter, this.mine.online),
    };
  }

  // ---- templates ---------------------------------------------------------------------------------

  private renderControls(program: Program, view: ScheduleView) {
    // Only stars of the program's sessions (those of days not read yet included) are kept, and counted.
    const count = sessionIds(program).filter((id) => view.favorites.has(id)).length;
    const shareUrl = this.myProgram && count && this.mine.shareable ? this.mine.shareUrl() : undefined;
    const days = this.built?.outline?.days ?? program.days.map((d) => d.key);
    const state = { myProgram: this.myProgram, count, shareUrl, filters: this.filters, days };
    return controlsTemplate(program, view, state, this.controls);
  }

  // ---- actions ---------------------------------------------------------------------------------

  private actions: SessionActions = {
    toggleFavorite: (id) => this.mine.toggle(id),
    download: (sessions, filename) => this.downloadSessions(sessions, filename),
  };

  private controls: ControlsActions = {
    toggleLocalTime: () => this.mine.toggleLocalTime(),
    setOnline: (online) => this.mine.setOnline(online),
    toggleMyProgram: () => (this.myProgram = !this.myProgram),
    download: () => this.downloadProgram(),
    setFilter: (key, value) => {
      if (key === 'room') this.roomFilter = value;
      else this[key] = value;
    },
    jumpTo: (e) => this.jumpTo(e),
  };

  private get filters(): FilterValues {
    return { query: this.query, track: this.track, room: this.roomFilter };
  }
  /** A link to an id in this element: reveal it even when the hash already says so. */
  private jumpTo = (e: Event) => revealIfCurrent(e, () => this.fragment.reveal());

  private downloadProgram(): void {
    // The file has every session: days still to read are read first (first-day.ts).
    if (this.data.finish()) this.requestUpdate();
    if (!this.settings || this.data.state.status !== 'ready') return;
    const program = this.program(this.data.state, this.settings);
    const favorites = new Set(this.mine.favorites);
    const sessions = this.myProgram ? program.sessions.filter((s) => favorites.has(s.id)) : program.sessions;
    if (!sessions.length) return;
    this.downloadSessions(sessions, this.myProgram ? 'my-program.ics' : 'program.ics');
  }

  /** Offers the sessions as one `.ics` file, after a cancelable `we-calendar-download` event. */
  private downloadSessions(sessions: Session[], filename: string): void {
    offerCalendar(this, this.renderRoot, sessions, filename, this.room?.trim() || undefined);
  }
}

// The tag is written out here (not TAG) so that custom-elements.json names it.
if (shouldDefine('workshop-schedule')) customElements.define('workshop-schedule', WorkshopSchedule);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-schedule': WorkshopSchedule;
  }
}
