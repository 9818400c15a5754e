/**
 * "Add this day to my calendar (.ics)" under each day of a program of several days: a five-day conference's visitor
 * takes the day they attend, not 300 sessions (the bar's download) or one session at a time. It offers the day's
 * sessions that are shown: with a search, a filter or "My program" on, those.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { namedAction } from '../internal/named.js';
import type { Day, Session } from './program.js';
import type { ScheduleTerm } from './terms.js';

/** What it reads of the element's view (`ScheduleView` in day-templates.ts, which imports this module). */
interface DayDownloadView {
  asWritten: boolean;
  total: number;
  visible: Set<string>;
  t: ScheduleTerm;
}

export function dayDownloadTemplate(
  day: Day,
  date: string,
  view: DayDownloadView,
  actions: { download(sessions: Session[], filename: string): void },
): TemplateResult | typeof nothing {
  // One day is the whole program: the bar's "Download the program" is this button already.
  if (view.asWritten || day.sessions.length >= view.total) return nothing;
  const sessions = day.sessions.filter((s) => view.visible.has(s.id));
  if (!sessions.length) return nothing;
  return html`<button
    type="button"
    part="day-download"
    class="day-download"
    @click=${() => actions.download(sessions, `program-${day.key}.ics`)}
  >
    ${namedAction(view.t('downloadDay'), view.t('actionFor', { action: view.t('downloadDay'), what: date }))}
  </button>`;
}

export const dayDownloadStyles = css`
  .day-download {
    display: block;
    min-height: 24px;
    margin: 0.4em 0 0.5em;
    padding: 0.15em 0.6em;
    border: 1px solid var(--_we-border);
    border-radius: var(--_we-radius);
    background: var(--_we-surface);
    color: inherit;
    font: inherit;
    font-size: 0.85em;
    cursor: pointer;
  }
  @media print {
    .day-download {
      display: none;
    }
  }
`;
