import { css, unsafeCSS } from 'lit';
import { baseStyles } from '../internal/styles.js';
import { fillWidthStyles } from '../internal/fill-width.js';
import { dayDownloadStyles } from './day-download.js';
import { liveStyles } from './live.styles.js';

/**
 * On a phone, Tab in the order shown: a session's star and "Add to calendar" (beside its time) before its speaker and
 * slide links (below). Chromium; elsewhere Tab keeps the document order. A string, not a css template: lit-analyzer
 * does not know the property yet, and the build's CSS minifier cannot take a placeholder for a property name.
 */
const readingFlow = unsafeCSS('@container (max-width: 36em) { .session { reading-flow: grid-rows; } }');

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
    max-width: 100%;
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
  /* A select is as wide as its longest option: a long room or track name no longer widens the page. */
  .filters select {
    min-width: 0;
    max-width: 100%;
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
    /* Off screen, a later day skips style, layout and paint (day-layout.ts), standing in with its heading and its
       visible sessions times a session's height on the first day, then with the height it last had. */
    content-visibility: auto;
    contain-intrinsic-size: auto
      calc(
        var(--_we-day-heading-height) + var(--_we-day-sessions, 40) *
          var(--we-schedule-session-size, var(--_we-session-size, 4em))
      );
  }
  /* Before a link scrolls to it or to a day below it. */
  .day[data-laid-out] {
    content-visibility: visible;
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
  }
  .day-hours {
    font-size: 0.75em;
    font-weight: normal;
    color: var(--_we-muted);
    margin-inline-start: 0.5em;
    white-space: nowrap;
  }
  .rooms {
    display: none;
  }

  /* Sessions: a time-sorted list, one row per session as dense as a hand-written program: time, then kind,
     title, speakers and links in one line of text where they fit, the two icon buttons at the end. */
  .sessions {
    list-style: none;
    display: flex;
    flex-direction: column;
  }
  .section {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 1em;
    padding: 0.55em 0 0.1em;
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
    grid-template-areas: 'when body actions';
    gap: 0 0.75em;
    align-items: start;
    padding: 2px 0.5em;
    border-bottom: 1px solid var(--_we-border);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .when {
    grid-area: when;
  }
  .body {
    grid-area: body;
  }
  .actions {
    grid-area: actions;
  }
  .session.type-break {
    background: var(--_we-break);
  }
  .session.type-break .title {
    font-weight: normal;
    font-style: italic;
  }
  .session.is-live {
    box-shadow: inset 4px 0 var(--_we-live);
  }
  /* The running session's edge on the start side, also right to left. */
  .session.is-live:dir(rtl) {
    box-shadow: inset -4px 0 var(--_we-live);
  }
  /* Forced colours (Windows High Contrast) drop backgrounds and shadows: a pressed toggle ("Online", "My program",
     a star) looked like an unpressed one, and the running session lost its edge. System colours only. */
  @media (forced-colors: active) {
    button[aria-pressed='true'],
    button.star[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .session.is-live {
      border-inline-start: 4px solid Highlight;
    }
  }
  .when,
  .body {
    /* Text lines centred on the 24 px buttons beside them. */
    padding-block: calc((24px - 1lh) / 2);
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
    margin-inline-start: 0.25em;
    padding: 0 0.3em;
    border-radius: 4px;
    border: 1px solid currentColor;
    font-size: 0.8em;
  }
  /* Kind, title, speakers and links flow as one text. */
  .body > p,
  .body > .links,
  .body > .links li {
    display: inline;
  }
  .meta {
    font-size: 0.78em;
    color: var(--_we-muted);
  }
  .meta > span {
    margin-inline-end: 0.6em;
  }
  .meta:empty {
    display: none;
  }
  /* Small capitals, not text-transform: screen readers get the type as written (sponsor-strip.styles.ts). */
  .kind {
    font-variant-caps: all-small-caps;
    font-size: 1.25em;
    line-height: 1;
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
  .speakers::before {
    content: ' — ';
    content: ' — ' / '';
  }
  .session .links li::before {
    content: ' · ';
    content: ' · ' / '';
    color: var(--_we-muted);
  }
  /* After an abstract the links start a line: nothing before them to part them from. */
  .abstract + .links > li:first-child::before {
    content: none;
  }
  /* A nested talk per line; talks with nothing but "TBA" share lines. */
  .nested {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
    list-style: none;
    margin-block: 0.1em;
    margin-inline: 1em 0;
    padding: 0;
    counter-reset: talk;
  }
  .nested li {
    counter-increment: talk;
  }
  .nested li::before {
    content: counter(talk) '. ';
    color: var(--_we-muted);
    font-variant-numeric: tabular-nums;
  }
  .nested li > p,
  .nested li > .links,
  .nested li > .links li {
    display: inline;
  }
  .nested .title {
    font-weight: normal;
  }
  .abstract {
    margin-top: 0.1em;
  }
  .abstract summary {
    cursor: pointer;
    color: var(--_we-link);
    min-height: 24px;
    display: list-item;
  }
  .abstract p {
    margin: 0.2em 0 0.3em;
    white-space: pre-line;
  }
  .links {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.8em;
  }
  .actions {
    display: flex;
    gap: 0.25em;
  }
  /* Icon buttons, 24 px at least (WCAG 2.2 target size); their names are in the hidden text or aria-label. */
  .actions button {
    display: inline-grid;
    place-items: center;
    width: max(24px, 1.5em);
    height: max(24px, 1.5em);
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_we-radius);
    background: transparent;
    color: var(--_we-muted);
    line-height: 1;
  }
  .actions button:hover:not(:disabled) {
    border-color: var(--_we-border);
    background: var(--_we-surface);
    color: inherit;
  }
  .actions button:disabled {
    cursor: not-allowed;
    opacity: 0.45;
  }
  .icon {
    width: 1em;
    height: 1em;
  }
  .star {
    font-size: 1.1em;
  }
  .star[aria-pressed='true'] {
    background: transparent;
    color: var(--_we-star);
  }

  /* A phone: the time over the text, the buttons beside the time; a one-line session stays one line. */
  @container (max-width: 36em) {
    .session {
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas:
        'when . actions'
        'body body body';
      column-gap: 0.5em;
      /* Room for the star's 4 px focus ring: a later day clips its paint at its edge (content-visibility). */
      padding-inline: max(0.25em, 4px);
    }
    .session.compact {
      grid-template-areas: 'when body actions';
    }
    .when {
      font-size: 0.9em;
    }
    /* With large text (200 %), "10:00 AM GMT+2" on one line pushed the buttons past a phone's edge, and a day's
       hours ran past its heading. */
    .when time,
    .day-hours {
      white-space: normal;
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
      grid-template-areas: 'when' 'body' 'actions';
      align-content: start;
      font-size: 0.92em;
      padding: 0.5em 0.65em;
      border: 1px solid var(--_we-border);
      border-radius: var(--_we-radius);
      background: var(--_we-surface);
    }
    /* Each session paints on its own (a paint layer): a step that adds sessions to a day (day-steps.ts) repaints
       only the new ones, not every session of the day again (the paint of a 300-talk load halved). Its padding
       keeps the focus rings inside the clip this draws. Not in print, where a clipped box may not break pages. */
    @media screen {
      .sessions.grid .session {
        contain: paint;
      }
    }
    .sessions.grid .session.type-break {
      background: var(--_we-break);
      border-style: dashed;
    }
    .sessions.grid .body > p:not(.meta) {
      display: block;
    }
    /* A row of links with the gap of .links: the dots that part them in a line of text are off in a cell. */
    .sessions.grid .body > .links {
      display: flex;
    }
    .sessions.grid .speakers::before,
    .sessions.grid .session .links li::before {
      content: none;
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
    /* Every day on paper (the first is never skipped). */
    .day + .day {
      content-visibility: visible;
    }
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
    /* As in <paper-list>: a closed abstract prints as nothing rather than a disclosure that cannot be opened on
       paper; an open one prints whole. */
    .abstract:not([open]) {
      display: none;
    }
  }
`;

export const styles = [baseStyles, fillWidthStyles, schedule, readingFlow, liveStyles, dayDownloadStyles];
