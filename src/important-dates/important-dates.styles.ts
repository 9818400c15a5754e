import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';
import { fillWidthStyles } from '../internal/fill-width.js';

export const styles = [
  baseStyles,
  fillWidthStyles,
  css`
    :host {
      --_next: var(--we-dates-next-color, var(--_we-accent));
      /* Not opacity: muted text inside a dimmed row fell below 4.5:1. */
      --_past: var(--we-dates-past-color, color-mix(in srgb, currentColor 80%, transparent));
      --_dot: var(--we-dates-dot-size, 0.75em);
      /* The timeline's dots, mixed with the text colour like the links: the plain accent (#0b57d0) was 2.3:1 on
         the dark demo page, under the 3:1 a graphic needs. */
      --_dot-color: color-mix(in oklab, var(--_we-accent) 70%, currentColor);
      --_dot-next: color-mix(in oklab, var(--_next) 70%, currentColor);
    }
    .base {
      /* The container, not the host: a host container has no content width (internal/fill-width.ts). */
      container-type: inline-size;
      display: grid;
      gap: calc(var(--_we-gap) * 0.75);
      /* A long word (a URL, an identifier) wraps rather than widening the table past the page on a phone. */
      overflow-wrap: anywhere;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    thead th {
      font-size: 0.8em;
      font-weight: 600;
      letter-spacing: 0.06em;
      text-transform: uppercase;
      color: var(--_we-muted);
      text-align: start;
      padding: 0 0.75em 0.4em;
      border-bottom: 1px solid var(--_we-border);
    }
    tbody th,
    td {
      text-align: start;
      vertical-align: top;
      padding: 0.6em 0.75em;
      border-bottom: 1px solid var(--_we-border);
    }
    tbody th {
      font-weight: 600;
    }
    td:last-child {
      text-align: end;
    }
    .date {
      scroll-margin-top: var(--we-scroll-margin, 4em);
    }
    .is-past {
      color: var(--_past);
      /* Muted text in a past row takes the row's colour: muted of dimmed fell below 4.5:1 (axe, the seed page). */
      --_we-muted: currentColor;
    }
    /* The next deadline: an accent edge and a light wash of the accent, readable in light and dark pages. */
    .is-next {
      background: color-mix(in srgb, var(--_next) 9%, transparent);
      box-shadow: inset 4px 0 0 var(--_next);
    }
    /* The edge on the start side, also right to left. */
    .is-next:dir(rtl) {
      box-shadow: inset -4px 0 0 var(--_next);
    }
    .label {
      margin-inline-end: 0.4em;
    }
    .label-line .label {
      font-weight: 600;
    }
    .badge,
    .countdown {
      display: inline-block;
      font-size: 0.8em;
      font-weight: 600;
      padding: 0.05em 0.55em;
      border-radius: 999px;
      white-space: nowrap;
      vertical-align: 0.1em;
    }
    .badge {
      border: 1px solid var(--_we-border);
      color: var(--_we-muted);
    }
    .badge.now {
      border-color: var(--_next);
      color: inherit;
    }
    .countdown {
      background: var(--_next);
      color: var(--_we-on-accent);
    }
    .note {
      display: block;
      font-weight: 400;
      font-size: 0.9em;
      color: var(--_we-muted);
      margin-top: 0.15em;
    }
    .written time,
    .local time {
      white-space: nowrap;
    }
    .zone {
      color: var(--_we-muted);
      white-space: nowrap;
    }
    s {
      color: var(--_we-muted);
      margin-inline-end: 0.4em;
    }
    .local > [aria-hidden],
    .local.same {
      color: var(--_we-muted);
    }
    .day-shift {
      display: inline-block;
      font-size: 0.8em;
      font-weight: 600;
      padding: 0 0.4em;
      border-radius: 4px;
      background: color-mix(in srgb, currentColor 10%, transparent);
      white-space: nowrap;
    }
    .calendar-button,
    [part~='download'] {
      background: transparent;
      border: 1px solid var(--_we-border);
      border-radius: calc(var(--_we-radius) * 0.75);
      padding: 0.25em 0.7em;
      font-size: 0.85em;
      white-space: nowrap;
    }
    .calendar-button:hover,
    [part~='download']:hover {
      background: var(--_we-surface);
      border-color: currentColor;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .notice {
      margin: 0;
      font-size: 0.9em;
      color: var(--_we-muted);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    /* list: one block per date */
    ol.list > li {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.2em 1em;
      padding: 0.7em 0.75em;
      border-bottom: 1px solid var(--_we-border);
    }
    ol.list .label-line,
    ol.list .when {
      grid-column: 1;
      margin: 0;
    }
    ol.list .calendar-button {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: center;
    }
    .when {
      margin: 0;
    }
    .when .local::before {
      content: ' ';
    }
    /* timeline: a line of dots, the label and its date beside each; past dots filled, future ones hollow */
    ol.timeline > li {
      position: relative;
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.1em 1em;
      padding-block: 0 1em;
      padding-inline: calc(var(--_dot) + 1em) 0;
      box-shadow: none;
    }
    ol.timeline > li::before {
      content: '';
      position: absolute;
      inset-inline-start: calc(var(--_dot) / 2 - 1px);
      top: 0.7em;
      bottom: -0.7em;
      width: 2px;
      background: var(--_we-border);
    }
    ol.timeline > li:last-child::before {
      display: none;
    }
    ol.timeline > li::after {
      content: '';
      position: absolute;
      inset-inline-start: 0;
      top: 0.4em;
      width: var(--_dot);
      height: var(--_dot);
      border-radius: 50%;
      border: 2px solid var(--_dot-color);
      background: Canvas;
    }
    ol.timeline > li.is-past::after {
      background: var(--_dot-color);
    }
    ol.timeline > li.kind-event::after {
      border-radius: 2px;
    }
    ol.timeline > li.is-next {
      background: none;
    }
    ol.timeline > li.is-next::after {
      border-color: var(--_dot-next);
      background: var(--_dot-next);
      box-shadow: 0 0 0 4px color-mix(in srgb, var(--_next) 25%, transparent);
    }
    ol.timeline .label-line,
    ol.timeline .when {
      grid-column: 1;
      margin: 0;
    }
    ol.timeline .when {
      font-size: 0.92em;
    }
    ol.timeline .calendar-button {
      grid-column: 2;
      grid-row: 1 / span 2;
      align-self: start;
    }
    ol.timeline .note {
      font-size: 0.85em;
    }
    /* Phones: the table's rows become blocks (label, date, your time, button), as the list shows them. */
    @container (max-width: 34em) {
      table,
      thead,
      tbody,
      tr,
      tbody th,
      td {
        display: block;
      }
      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      tr {
        padding: 0.6em 0.75em;
        border-bottom: 1px solid var(--_we-border);
      }
      tbody th,
      td {
        padding: 0.1em 0;
        border: 0;
      }
      td:last-child {
        text-align: start;
        padding-top: 0.4em;
      }
      /* With large text (200 %) "Add all dates to my calendar (.ics)" on one line was wider than a phone, and a
         date with its time could be wider than the timeline's column: they wrap when the element is narrow. */
      .calendar-button,
      [part~='download'] {
        white-space: normal;
        max-width: 100%;
      }
      .written time,
      .local time {
        white-space: normal;
      }
      ol.list > li,
      ol.timeline > li {
        grid-template-columns: 1fr;
      }
      ol.list .calendar-button,
      ol.timeline .calendar-button {
        grid-column: 1;
        grid-row: auto;
        justify-self: start;
        margin-top: 0.3em;
      }
    }
    /* Forced colours drop backgrounds and shadows: the next deadline keeps its edge as a border and its countdown a
       badge in the selection colours; the timeline keeps its line, and its past and next dots stay filled. */
    @media (forced-colors: active) {
      tr.is-next,
      ol.list > li.is-next {
        border-inline-start: 4px solid Highlight;
      }
      .countdown {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
      }
      ol.timeline > li::before,
      ol.timeline > li::after {
        forced-color-adjust: none;
        border-color: CanvasText;
      }
      ol.timeline > li::before,
      ol.timeline > li.is-past::after {
        background: CanvasText;
      }
      ol.timeline > li.is-next::after {
        border-color: Highlight;
        background: Highlight;
      }
    }
    @media print {
      .calendar-button,
      [part~='status'] {
        display: none !important;
      }
      .is-next,
      .is-next:dir(rtl) {
        box-shadow: none;
        background: none;
      }
      tr.is-next,
      ol.list > li.is-next {
        box-shadow: inset 3px 0 0 currentColor;
      }
      tr.is-next:dir(rtl),
      ol.list > li.is-next:dir(rtl) {
        box-shadow: inset -3px 0 0 currentColor;
      }
      .is-past {
        color: inherit;
      }
      .countdown {
        border: 1px solid;
        background: none;
        color: inherit;
      }
      ol.timeline > li::after {
        background: none;
      }
      tr,
      li {
        break-inside: avoid;
      }
    }
  `,
];
