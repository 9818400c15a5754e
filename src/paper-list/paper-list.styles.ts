import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      --_paper-gap: var(--we-paper-gap, 1em);
      /* Badges and marks are solid pairs (background and text set together): readable on light and dark pages. */
      --_badge: var(--we-badge-color, var(--_accent));
      --_award: var(--we-award-color, #8a5a00);
      --_on-award: #ffffff;
      --_mark: var(--we-mark-color, #fde68a);
      --_on-mark: #1f1600;
    }
    [part='controls'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5em 0.75em;
      padding: 0.75em;
      margin-bottom: var(--_paper-gap);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.15em;
      font-size: 0.875em;
      color: var(--_muted);
      min-width: 0;
    }
    .field.search {
      flex: 1 1 16em;
    }
    input,
    select {
      font: inherit;
      font-size: 1em;
      color: inherit;
      background: transparent;
      min-height: 2.25em;
      max-width: 100%;
      padding: 0.25em 0.5em;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
    }
    select {
      max-width: 14em;
    }
    option {
      color: initial;
      background: initial;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.35em;
      min-height: 2.25em;
      font-size: 0.875em;
    }
    .check input {
      min-height: 0;
      width: 1.1em;
      height: 1.1em;
    }
    button {
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      background: transparent;
      padding: 0.25em 0.65em;
      font-size: 0.875em;
    }
    button:hover {
      background: var(--_surface);
    }
    [part='download'] {
      min-height: 2.25em;
    }
    [part='status'] {
      flex-basis: 100%;
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    [part='group-heading'] {
      font-size: 1.25em;
      font-weight: 600;
      margin: 1.5em 0 0.5em;
      padding-bottom: 0.25em;
      border-bottom: 2px solid var(--_border);
    }
    .count {
      font-weight: normal;
      color: var(--_muted);
      font-size: 0.8em;
    }
    .chunk {
      display: contents;
    }
    /* Papers a search hides stay hidden whatever display a theme gives ::part(paper) (inner !important wins). */
    [part][hidden],
    .chunk[hidden] {
      display: none !important;
    }
    [part='paper'] {
      padding: 0.75em 0;
      border-bottom: 1px solid var(--_border);
      overflow-wrap: anywhere;
      /* Off-screen papers skip layout and paint until scrolled near; find-in-page still finds them. */
      content-visibility: auto;
      contain-intrinsic-size: auto var(--we-paper-size, 9em);
    }
    [part='title'] {
      font-size: 1.1em;
      font-weight: 600;
      line-height: 1.3;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      margin-top: 0.35em;
    }
    [part~='badge'] {
      display: inline-block;
      max-width: 100%;
      /* Combining marks (zalgo text) must not paint over the links below. */
      overflow: hidden;
      vertical-align: top;
      padding: 0.05em 0.5em;
      border-radius: 999px;
      font-size: 0.8em;
      font-weight: 600;
      background: var(--_badge);
      color: var(--_on-accent);
    }
    [part~='award'] {
      background: var(--_award);
      color: var(--_on-award);
    }
    [part~='award']::before {
      content: '★ ';
    }
    [part='authors'] {
      margin: 0.35em 0 0;
      color: var(--_muted);
    }
    [part='affiliation'] {
      font-size: 0.9em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.9em;
      margin-top: 0.35em;
    }
    [part='links'] {
      display: contents;
      list-style: none;
    }
    [part='links'] li {
      display: inline;
    }
    [part='links'] a {
      display: inline-block;
      min-height: 24px;
      line-height: 24px;
    }
    [part='abstract'] {
      margin-top: 0.25em;
    }
    [part='abstract'] summary {
      cursor: pointer;
      min-height: 24px;
      width: max-content;
      color: var(--_link);
    }
    [part='abstract'] p {
      margin: 0.35em 0 0;
      white-space: pre-line;
    }
    .keywords {
      margin: 0.25em 0 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    [part='bibtex'] {
      margin: 0.5em 0 0;
      padding: 0.5em 0.75em;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      font-size: 0.85em;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      user-select: all;
    }
    mark {
      background: var(--_mark);
      color: var(--_on-mark);
      border-radius: 2px;
    }
    [part='no-results'] {
      color: var(--_muted);
    }
    @media print {
      [part='paper'] {
        content-visibility: visible;
        break-inside: avoid;
      }
      /* A closed abstract prints as nothing rather than a disclosure that cannot be opened on paper; an open one
         prints whole. */
      [part='abstract']:not([open]) {
        display: none;
      }
      [part='links'] a::after {
        content: ' (' attr(href) ')';
        font-size: 0.8em;
      }
    }
  `,
];
