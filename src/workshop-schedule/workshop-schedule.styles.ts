import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';
import { liveStyles } from './live.styles.js';

const schedule = css`
  :host {
    --_we-break: var(--we-schedule-break-color, color-mix(in srgb, currentColor 8%, transparent));
    /* Like the shared colours, mixed from the page text colour: readable on light and dark pages alike. */
    --_we-live: var(--we-schedule-live-color, color-mix(in oklab, #c5221f 72%, currentColor));
    --_we-star: var(--we-schedule-star-color, color-mix(in oklab, #b06000 75%, currentColor));
    --_we-sticky-top: var(--we-schedule-sticky-top, 0px);
    /* --_we-page-bg: the page's own background behind the element (internal/page-background.ts). */
    --_we-sticky-bg: var(--we-schedule-sticky-background, var(--_we-page-bg, Canvas));
    --_we-min-col: var(--we-schedule-grid-min-column, 9em);
    /* In em of the element, not rem: Bootstrap 3 pages set html { font-size: 10px }, which shrank the time column
       until every time range wrapped. The day heading is this tall (in the element's em) so the sticky room row
       sits right under it. */
    --_we-day-heading-height: 3em;
  }
  [hidden] {
    display: none !important;
  }
  .days {
    container-type: inline-size;
  }
  p,
  ol,
  ul {
    margin: 0;
    padding: 0;
  }

  /* Controls */
  .controls {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-bottom: var(--_we-gap);
  }
  .toolbar,
  .filters,
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .toolbar button,
  .toolbar a {
    border: 1px solid var(--_we-border);
    border-radius: var(--_we-radius);
    background: var(--_we-surface);
    padding: 0.3em 0.7em;
    text-decoration: none;
    line-height: 1.3;
  }
  .toolbar a {
    color: var(--_we-link);
  }
  button[aria-pressed='true'] {
    background: var(--_we-accent);
    color: var(--_we-on-accent);
    border-color: var(--_we-accent);
  }
  .filters label {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .filters input,
  .filters select {
    font: inherit;
    color: inherit;
    background: var(--_we-surface);
    border: 1px solid var(--_we-border);
    border-radius: var(--_we-radius);
    padding: 0.25em 0.5em;
    min-height: 2em;
  }
  .filters input {
    width: min(22em, 100%);
  }
  nav ul {
    list-style: none;
  }
  nav a {
    display: inline-block;
    padding: 0.2em 0.5em;
    min-height: 24px;
  }
  .status {
    color: var(--_we-muted);
    font-size: 0.9em;
  }
  .status:empty {
    display: none;
  }

  /* Days */
  .day + .day {
    margin-top: calc(var(--_we-gap) * 1.5);
  }
  .day-heading {
    position: sticky;
    top: var(--_we-sticky-top);
    z-index: 3;
    background: var(--_we-sticky-bg);
    font-size: 1.2em;
    font-weight: bold;
    line-height: 1.4;
    /* Its own em is 1.2 of the element's. */
    min-height: calc(var(--_we-day-heading-height) / 1.2);
    padding: 0.4em 0;
    border-bottom: 2px solid var(--_we-accent);
    margin-bottom: 0.5em;
  }
  .day-hours {
    font-size: 0.75em;
    font-weight: normal;
    color: var(--_we-muted);
    margin-left: 0.5em;
    white-space: nowrap;
  }
  .rooms {
    display: none;
  }

  /* Sessions: a time-sorted list (narrow) … */
  .sessions {
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .section {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1em;
    padding: 0.6em 0 0.2em;
    border-bottom: 1px solid var(--_we-border);
  }
  .section-heading {
    font-size: 1.05em;
    font-weight: bold;
  }
  .section .links {
    margin: 0;
  }
  .session {
    display: grid;
    grid-template-columns: 12.5em minmax(0, 1fr) auto; /* "10:50 AM–11:30 AM GMT+2" on one line */
    gap: 0.25em 0.75em;
    align-items: start;
    padding: 0.6em 0.75em;
    border: 1px solid var(--_we-border);
    border-radius: var(--_we-radius);
    background: var(--_we-surface);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .session.type-break {
    background: var(--_we-break);
    border-style: dashed;
    padding-block: 0.3em;
  }
  .session.type-break .title {
    font-weight: normal;
    font-style: italic;
  }
  .session.is-live {
    border-left: 4px solid var(--_we-live);
  }
  .when {
    color: var(--_we-muted);
    font-variant-numeric: tabular-nums;
  }
  .when time {
    white-space: nowrap;
  }
  .day-shift {
    display: inline-block;
    margin-left: 0.25em;
    padding: 0 0.3em;
    border-radius: 4px;
    border: 1px solid currentColor;
    font-size: 0.8em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.6em;
    font-size: 0.85em;
    color: var(--_we-muted);
  }
  .kind {
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .live-badge {
    color: var(--_we-live);
    font-weight: 700;
  }
  .title {
    font-weight: 600;
  }
  .tba {
    color: var(--_we-muted);
    font-style: italic;
  }
  .speakers {
    color: var(--_we-muted);
  }
  .speakers {
    margin-top: 0.15em;
  }
  .nested {
    margin: 0.35em 0 0 1.25em;
    padding: 0;
  }
  .nested li + li {
    margin-top: 0.2em;
  }
  .nested .title {
    font-weight: normal;
  }
  .abstract {
    margin-top: 0.3em;
  }
  .abstract summary {
    cursor: pointer;
    color: var(--_we-link);
    min-height: 24px;
    display: list-item;
  }
  .abstract p {
    margin-top: 0.3em;
    white-space: pre-line;
  }
  .links {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
    margin-top: 0.25em;
  }
  .actions {
    display: flex;
    gap: 0.3em;
  }
  .actions button {
    border: 1px solid var(--_we-border);
    border-radius: var(--_we-radius);
    background: transparent;
    padding: 0.1em 0.45em;
    font-size: 0.85em;
    white-space: nowrap;
  }
  .star[aria-pressed='true'] {
    background: transparent;
    color: var(--_we-star);
    border-color: var(--_we-star);
  }

  @container (max-width: 36em) {
    .session {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .when {
      grid-column: 1 / -1;
    }
  }

  /* … or, when wide and rooms run in parallel, one column per room and rows by time. */
  @container (min-width: 48em) {
    .rooms,
    .sessions.grid {
      display: grid;
      grid-template-columns: repeat(var(--_we-rooms), minmax(min(var(--_we-min-col), 100%), 1fr));
      gap: 0.5em;
    }
    .rooms {
      position: sticky;
      top: calc(var(--_we-sticky-top) + var(--_we-day-heading-height));
      z-index: 2;
      background: var(--_we-sticky-bg);
      padding: 0.3em 0;
      margin-bottom: 0.5em;
      font-weight: 600;
      border-bottom: 1px solid var(--_we-border);
    }
    .sessions.grid .session {
      grid-template-columns: minmax(0, 1fr);
      align-content: start;
      font-size: 0.92em;
    }
    .sessions.grid .actions {
      justify-content: flex-end;
    }
    /* The column says the room to the eye; screen readers still hear it on each session (the room headings
       above the columns are aria-hidden). The declarations of .visually-hidden (internal/styles.ts), written out:
       a container query cannot switch a class on, and lit-analyzer rejects a css fragment inside a rule. */
    .sessions.grid .room {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
  }

  @media print {
    .session[hidden],
    .section[hidden] {
      display: grid !important;
    }
    .day-heading,
    .rooms {
      position: static;
    }
    .session {
      break-inside: avoid;
    }
    .actions {
      display: none;
    }
  }
`;

export const styles = [baseStyles, schedule, liveStyles];
