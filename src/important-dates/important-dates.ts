import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { WeCalendarDownloadEvent } from '../events/calendar-download.js';
import { shouldDefine } from '../internal/define.js';
import { WeErrorEvent } from '../events/error.js';
import { WeLoadEvent } from '../events/load.js';
import { DataController, jsonConverter, type DataState } from '../internal/data.js';
import { FragmentController } from '../internal/fragment.js';
import { labelsConverter, Localize, type Message } from '../internal/localize.js';
import { omittedSkips } from '../internal/problem-cap.js';
import { link, renderState } from '../internal/render.js';
import { namedAction } from '../internal/named.js';
import type { Problem } from '../internal/validate.js';
import { Warnings } from '../internal/warnings.js';
import { downloadText } from '../internal/download.js';
import { documentTitle, hasShareableUrl } from '../internal/page.js';
import { restyle } from '../internal/adopt-styles.js';
import { viewerTimeZone } from '../internal/timezone.js';
import { isDate } from '../internal/dates.js';
import { ClockController } from './clock-controller.js';
import { countdownText, nextAnnouncement, untilTextChanges, type Announcement } from './countdown.js';
import { dateStatus, nextDeadline, placeDates, type PlacedDate } from './dates.js';
import { localView, shiftText, writtenText, zoneLabel } from './format.js';
import { styles } from './important-dates.styles.js';
import { DATES_TERMS } from './terms.js';
import { datesCalendar } from './ics.js';
import type { ImportantDate } from './types.js';
import { validateDates, type DateData } from './validate.js';
import { normalizeZone, readDateZone } from './zone.js';
import type { ZoneReading } from '../internal/zones.js';

export { WeCalendarDownloadEvent, WeErrorEvent, WeLoadEvent };

const TAG = 'important-dates';
const LAYOUTS = ['table', 'list', 'timeline'] as const;
type Layout = (typeof LAYOUTS)[number];

/**
 * The important dates of a workshop (submission deadline, notification, camera-ready, the event), each shown as
 * written ("Sep 13, 2019, 23:59 AoE") and in the visitor's own zone ("= Sep 14, 13:59 in Berlin"), with a live
 * countdown to the next deadline and calendar export.
 *
 * @summary Deadlines that are right in every time zone, with a countdown and `.ics` reminders.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart table - The table of dates (layout `table`).
 * @csspart list - The list of dates (layouts `list` and `timeline`).
 * @csspart date - One date (a table row or a list item); also `deadline`, `notification`, `event` or `camera-ready`
 *   by kind, `past` once it is over, `next` for the next deadline.
 * @csspart deadline - A date of kind `deadline`, with `date`.
 * @csspart notification - A date of kind `notification`, with `date`.
 * @csspart event - A date of kind `event`, with `date`.
 * @csspart camera-ready - A date of kind `camera-ready`, with `date`.
 * @csspart past - A date that is over, with `date`.
 * @csspart next - The next deadline, highlighted, with `date`.
 * @csspart heading - The heading (level `heading-level`) that holds a date's label, badge and countdown in the
 *   layouts `list` and `timeline`.
 * @csspart label - A date's label.
 * @csspart written - The date as the organizer wrote it, with its zone.
 * @csspart extended-from - The original date of an extended deadline, struck through.
 * @csspart local - The date in the visitor's zone.
 * @csspart day-shift - The "+1 day" mark where the visitor's day differs.
 * @csspart note - A date's note.
 * @csspart badge - The "Past" or "Today" mark.
 * @csspart countdown - The time left until the next deadline.
 * @csspart calendar-button - The "Add to calendar" button of a date.
 * @csspart controls - The bar with the download of all dates (not printed).
 * @csspart download - The button that downloads all dates as `.ics`.
 * @csspart status - The visually hidden live region that announces the countdown (at most once a minute).
 * @csspart notice - The line that says how many dates could not be shown.
 * @csspart error - The error message shown when the data or `timezone` cannot be used.
 * @csspart loading - The loading message while `src` loads.
 * @csspart empty - The message when there are no dates.
 *
 * @cssproperty [--we-link-color=#0b57d0 mixed 68% with the text colour] - Links.
 * @cssproperty [--we-accent-color=#0b57d0] - The next deadline's edge and the timeline's dots.
 * @cssproperty [--we-muted-color=currentColor 72%] - Secondary text (zones, notes, past dates).
 * @cssproperty [--we-border-color=currentColor 18%] - Rules between dates, the timeline's line.
 * @cssproperty [--we-surface-color=currentColor 4%] - Background of the next deadline.
 * @cssproperty [--we-radius=8px] - Corner radius.
 * @cssproperty [--we-gap=1em] - Space between regions.
 * @cssproperty [--we-focus-color=#0b57d0 mixed 60% with the text colour] - Focus ring.
 * @cssproperty [--we-error-color=#c5221f mixed 70% with the text colour] - Error message.
 * @cssproperty [--we-line-height=1.45] - Line height.
 * @cssproperty [--we-scroll-margin=4em] - Space kept above a date reached by a `#id` link.
 * @cssproperty [--we-dates-next-color=var(--we-accent-color)] - The highlight of the next deadline and its countdown.
 * @cssproperty [--we-dates-past-color=currentColor 80%] - Text of past dates.
 * @cssproperty [--we-dates-dot-size=0.75em] - Size of a timeline dot.
 *
 * @fires {WeLoadEvent} we-load - When data from `src` has loaded.
 * @fires {WeErrorEvent} we-error - When the data or `timezone` cannot be used (`detail.message`, `detail.source`).
 * @fires {WeCalendarDownloadEvent} we-calendar-download - Before a `.ics` file downloads; cancelable, carries the file.
 * @fires {WeFragmentTargetEvent} we-fragment-target - When a `#id` link scrolled to a date (`detail.id`).
 */
export class ImportantDates extends LitElement {
  static override styles = styles;

  /** Moved into another document (an iframe): its styles are adopted there again. */
  adoptedCallback(): void {
    restyle(this);
  }

  /** The dates, as a JSON attribute or the property. Wins over `src` and a JSON script child. */
  @property({ type: Array, converter: jsonConverter('dates') }) dates?: ImportantDate[];

  /** URL of a JSON file with the dates, relative to the page. */
  @property() src?: string;

  /** The zone of dates that give none: an IANA name (`America/Los_Angeles`) or `AoE`. */
  @property() timezone?: string;

  /** The visitor's zone; default: the browser's. For tests and for previewing the page as seen elsewhere. */
  @property({ attribute: 'viewer-timezone' }) viewerTimezone?: string;

  /** An ISO instant that stands in for the clock (countdown, past dates), for demos and tests. */
  @property() now?: string;

  /** The event's own day (`YYYY-MM-DD`, in `timezone`): a deadline after it is warned about. */
  @property({ attribute: 'event-date' }) eventDate?: string;

  /** `table` (default), `list` or a compact `timeline`. */
  @property() layout: Layout = 'table';

  /** Level (1–6) of the labels as headings in the layouts `list` and `timeline`. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Accessible name of the table or list; default: "Important dates" in the page's language. */
  @property() label?: string;

  /** Overrides single terms of the page's language (JSON), e.g. `{"columnWhat": "Milestone"}`; see the README. */
  @property({ converter: labelsConverter }) labels?: Partial<Record<keyof typeof DATES_TERMS, Message>>;

  private data = new DataController(this, {
    tag: TAG,
    name: 'dates',
    value: () => this.dates,
    src: () => this.src,
    validate: validateDates,
  });
  private clock = new ClockController(this, (now) => this.nextChange(now));
  private warnings = new Warnings(TAG);
  private localize = new Localize(this, DATES_TERMS);
  private t = (key: keyof typeof DATES_TERMS, args?: Record<string, string | number>) => this.localize.term(key, args);
  private placed?: { key: unknown[]; dates: PlacedDate[] };
  private announcement?: Announcement;
  private reportedError?: string;
  private model?: Model;
  /** Problems found placing the dates, reported once after the update. */
  private unreported: Problem[] = [];

  constructor() {
    super();
    // Deep links to a date (`page.html#paper-submission`).
    new FragmentController(this);
  }

  /** Resolves when the current data has loaded, been validated and rendered. */
  get dataComplete(): Promise<void> {
    return this.data.complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout') && !LAYOUTS.includes(this.layout))
      this.warnings.warn('layout', `layout "${this.layout}" is not one of ${LAYOUTS.join(', ')}; shown as a table`);
    if (changed.has('eventDate') && this.eventDate && !isDate(this.eventDate.trim()))
      this.warnings.warn('event-date', `event-date "${this.eventDate}" is not a date like "2019-12-13"; ignored`);
  }

  // Derived state, from `update` rather than `willUpdate`: the data and clock controllers read their input in
  // `hostUpdate`, which runs between the two.
  protected override update(changed: PropertyValues<this>): void {
    this.model = this.derive();
    super.update(changed);
  }

  protected override updated(): void {
    this.warnings.problems('the dates (they are shown)', this.unreported);
    this.unreported = [];
    const message = this.model?.kind === 'ready' ? this.model.zoneError : undefined;
    if (message && message !== this.reportedError) {
      this.warnings.error(message);
      // Not from inside the update: a listener may set properties.
      queueMicrotask(() => this.dispatchEvent(new WeErrorEvent({ message, source: 'timezone' })));
    }
    this.reportedError = message;
  }

  override render() {
    const m = this.model!;
    const t = this.t;
    const keys = { loading: 'loadingDates', empty: 'noDates' } as const;
    if (m.kind === 'state') return renderState(TAG, m.state, t, keys);
    const { dates, view, layout, state, zoneError } = m;
    // The error names the setting and stays English, like the console; the lead says what is shown instead.
    const error = zoneError
      ? html`<div part="error" role="alert"><strong>${t('zoneNotRead', { tag: TAG })}</strong> ${zoneError}</div>`
      : nothing;
    if (!dates.length)
      return html`${error}${renderState(TAG, { status: 'empty' }, t, keys)}${this.renderNotice(state)}`;
    return html`${error}
      <div part="base" class=${`base layout-${layout}`}>
        ${layout === 'table' ? this.renderTable(dates, view) : this.renderList(dates, view, layout)}
        ${this.renderNotice(state)}
        <div part="controls" class="controls">
          <button type="button" part="download" @click=${() => this.download(dates, 'important-dates.ics')}>
            ${t('addAllDates')}
          </button>
        </div>
        <p part="status" role="status" class="visually-hidden">${this.announcement?.text}</p>
      </div>`;
  }

  /** What to render: a data state, an error in the settings, or the dates placed in time as the visitor sees them. */
  private derive(): Model {
    const state = this.data.state;
    if (state.status !== 'ready') return { kind: 'state', state };
    // An unusable `timezone` is shown as an error above the dates, never instead of them: dates that give their
    // own zone are right anyway, the others are placed as when no timezone is given (with that warning).
    const read = this.zone();
    const zone = read && 'zone' in read ? read.zone : undefined;
    const zoneError = read && 'error' in read ? read.error : undefined;
    const viewer = this.viewer();
    const dates = this.place(state, zone, viewer);
    const now = this.clockTime();
    const next = nextDeadline(dates, now);
    const view: View = { viewer, now, next, lang: this.localize.lang };
    const status = next ? `${next.label}: ${countdownText(next.at - now, this.t)}` : '';
    this.announcement = nextAnnouncement(this.announcement, status, now);
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'table';
    return { kind: 'ready', state, dates, view, layout, zoneError };
  }

  // ---- input → dates ---------------------------------------------------------------------------

  /** The element's zone as read (`PST`, `UTC-8` with a warning), or why it cannot be; undefined when not given. */
  private zone(): ZoneReading | undefined {
    const written = this.timezone?.trim();
    const read = written ? readDateZone(written) : undefined;
    if (read && 'warning' in read && read.warning) this.warnings.warn('timezone', read.warning);
    return read;
  }

  private viewer(): string {
    const wanted = this.viewerTimezone?.trim();
    const zone = wanted ? normalizeZone(wanted) : undefined;
    if (zone) return zone === 'AoE' ? 'Etc/GMT+12' : zone;
    const own = viewerTimeZone();
    if (wanted)
      this.warnings.warn(
        'viewer-timezone',
        `viewer-timezone "${wanted}" is not an IANA time zone; the visitor's own (${own}) is used`,
      );
    return own;
  }

  private clockTime(): number {
    const forced = this.now ? Date.parse(this.now) : NaN;
    if (this.now && !Number.isFinite(forced))
      this.warnings.warn(
        'now',
        `now "${this.now}" is not a date-time like "2019-09-13T12:00Z"; the real clock is used`,
      );
    return Number.isFinite(forced) ? forced : this.clock.now;
  }

  private place(state: ReadyState, zone: string | undefined, viewer: string) {
    const eventDate = this.eventDate && isDate(this.eventDate.trim()) ? this.eventDate.trim() : undefined;
    const key = [state, zone, viewer, eventDate];
    if (this.placed?.key.every((k, i) => k === key[i])) return this.placed.dates;
    const { dates, problems } = placeDates(state.data, { zone, viewer, eventDate });
    this.unreported = problems;
    this.placed = { key, dates };
    return dates;
  }

  /** Milliseconds until the countdown's text, the next deadline or a date's status changes. */
  private nextChange(clock: number): number {
    if (this.now || !this.placed) return Infinity;
    const dates = this.placed.dates;
    const next = nextDeadline(dates, clock);
    let wait = next ? untilTextChanges(next.at, clock) : Infinity;
    for (const d of dates) for (const t of [d.start, d.at, d.end]) if (t >= clock) wait = Math.min(wait, t - clock + 1);
    return wait;
  }

  // ---- templates ---------------------------------------------------------------------------------

  private renderTable(dates: PlacedDate[], view: View): TemplateResult {
    const t = this.t;
    return html`<table part="table" aria-label=${this.label ?? t('importantDates')}>
      <thead>
        <tr>
          <th scope="col">${t('columnWhat')}</th>
          <th scope="col">${t('columnWhen')}</th>
          <th scope="col">${t('columnYourTime')}</th>
          <th scope="col"><span class="visually-hidden">${t('columnCalendar')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${dates.map(
          (d) =>
            html`<tr id=${d.id} part=${this.parts(d, view)} class=${this.classes(d, view)}>
              <th scope="row">${this.renderLabel(d, view)}</th>
              <td>${this.renderWritten(d, view)}</td>
              <td>${this.renderLocal(d, view)}</td>
              <td>${this.renderCalendarButton(d)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderList(dates: PlacedDate[], view: View, layout: Layout): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<ol part="list" class=${layout} aria-label=${this.label ?? this.t('importantDates')}>
      ${dates.map(
        (d) =>
          html`<li id=${d.id} part=${this.parts(d, view)} class=${this.classes(d, view)}>
            <div part="heading" role="heading" aria-level=${level} class="label-line">${this.renderLabel(d, view)}</div>
            <p class="when">${this.renderWritten(d, view)} ${this.renderLocal(d, view)}</p>
            ${this.renderCalendarButton(d)}
          </li>`,
      )}
    </ol>`;
  }

  private parts(d: PlacedDate, view: View): string {
    const status = dateStatus(d, view.now);
    return `date ${d.kind}${status === 'past' ? ' past' : ''}${d === view.next ? ' next' : ''}`;
  }

  private classes(d: PlacedDate, view: View): string {
    return `date kind-${d.kind} is-${dateStatus(d, view.now)}${d === view.next ? ' is-next' : ''}`;
  }

  private renderLabel(d: PlacedDate, view: View): TemplateResult {
    const status = dateStatus(d, view.now);
    return html`<span part="label" class="label" dir="auto">${d.url ? link(d.url, d.label) : d.label}</span>
      ${status === 'past' ? html`<span part="badge" class="badge">${this.t('past')}</span>` : nothing}
      ${status === 'now' ? html`<span part="badge" class="badge now">${this.t('today')}</span>` : nothing}
      ${
        d === view.next
          ? html`<span part="countdown" class="countdown">${countdownText(d.at - view.now, this.t)}</span>`
          : nothing
      }
      ${d.note ? html`<span part="note" class="note"><bdi>${d.note}</bdi></span>` : nothing}`;
  }

  private renderWritten(d: PlacedDate, view: View): TemplateResult {
    const datetime = (date: string, seconds: number | undefined, at: number) =>
      seconds === undefined ? date : new Date(at).toISOString();
    const original = d.extendedFrom;
    return html`<span part="written" class="written"
      >${
        original
          ? html`<s part="extended-from"
                ><span class="visually-hidden">${this.t('originally')} </span
                ><time datetime=${datetime(original.date, original.seconds, original.at)}
                  >${writtenText(original.date, original.seconds, view.lang)}</time
                ></s
              ><span class="visually-hidden">, ${this.t('extendedTo')}</span> `
          : nothing
      }<time datetime=${datetime(d.date, d.seconds, d.at)}>${writtenText(d.date, d.seconds, view.lang)}</time>
      <span class="zone">${zoneLabel(d.zone, d.at, view.lang)}</span></span
    >`;
  }

  private renderLocal(d: PlacedDate, view: View): TemplateResult {
    const local = localView(d, view.viewer, view.lang);
    const t = this.t;
    if (!local) return html`<span part="local" class="local same">${t('sameInYourZone')}</span>`;
    const [first, last] = local.times;
    const time = (x: { at: number; text: string }) =>
      html`<bdi><time datetime=${new Date(x.at).toISOString()}>${x.text}</time></bdi>`;
    const place = html`<bdi>${local.place}</bdi>`;
    const text =
      local.form === 'range'
        ? this.localize.parts('localRange', { start: time(first), end: time(last), place })
        : this.localize.parts(local.form === 'until' ? 'localUntil' : 'localAt', { time: time(first), place });
    return html`<span part="local" class="local"
      ><span aria-hidden="true">= </span><span class="visually-hidden">${t('yourTime')} </span>${text}${
        local.shift ? html` <span part="day-shift" class="day-shift">${shiftText(local.shift, t)}</span>` : nothing
      }</span
    >`;
  }

  private renderCalendarButton(d: PlacedDate): TemplateResult {
    return html`<button
      type="button"
      part="calendar-button"
      class="calendar-button"
      @click=${() => this.download([d], `${d.id}.ics`)}
    >
      ${namedAction(this.t('addToCalendar'), this.t('actionFor', { action: this.t('addToCalendar'), what: d.label }))}
    </button>`;
  }

  /** How many dates of the data are not shown (each problem is in the console). */
  private renderNotice(state: ReadyState) {
    const skipped = new Set(
      state.problems.filter((p) => /skipped\)$/.test(p.message)).map((p) => /^dates\[\d+\]/.exec(p.path)?.[0]),
    );
    skipped.delete(undefined);
    // Past the first hundred problems, skipped dates are only counted (see problem-cap.ts).
    const counted = omittedSkips(state.problems);
    if (!skipped.size && !counted) return nothing;
    const n = skipped.size + counted;
    const which = [...skipped, ...(counted ? ['…'] : [])].join(', ');
    return html`<p part="notice" class="notice">${this.t('datesSkipped', { n, which })}</p>`;
  }

  // ---- actions ---------------------------------------------------------------------------------

  /** Offers the dates as one `.ics` file, after a cancelable `we-calendar-download` event. */
  private download(dates: PlacedDate[], filename: string): void {
    const ics = datesCalendar(dates, {
      page: location.href.split('#', 1)[0],
      linkable: hasShareableUrl(),
      host: location.hostname || 'workshop-elements',
      name: documentTitle(this.ownerDocument) || undefined,
    });
    const event = new WeCalendarDownloadEvent({ filename, ics, sessionIds: dates.map((d) => d.id) });
    if (this.dispatchEvent(event)) downloadText(this.renderRoot, ics, filename, 'text/calendar;charset=utf-8');
  }
}

interface View {
  viewer: string;
  now: number;
  next?: PlacedDate;
  lang?: string;
}

type ReadyState = DataState<DateData[]> & { status: 'ready' };
type Model =
  | { kind: 'state'; state: Exclude<DataState<DateData[]>, ReadyState> }
  | { kind: 'ready'; state: ReadyState; dates: PlacedDate[]; view: View; layout: Layout; zoneError?: string };

// The tag is written out here (not TAG) so that custom-elements.json names it.
if (shouldDefine('important-dates')) customElements.define('important-dates', ImportantDates);

declare global {
  interface HTMLElementTagNameMap {
    'important-dates': ImportantDates;
  }
}
