import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      --_we-paper-gap: var(--we-paper-gap, 1em);
      /* Badges and marks are solid pairs (background and text set together): readable on light and dark pages. */
      --_we-badge: var(--we-paper-badge-color, var(--_we-accent));
      --_we-award: var(--we-paper-award-color, #8a5a00);
      --_we-on-award: #ffffff;
      --_we-mark: var(--we-paper-mark-color, #fde68a);
      --_we-on-mark: #1f1600;
    }
    [part='controls'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5em 0.75em;
      padding: 0.75em;
      margin-bottom: var(--_we-paper-gap);
      background: var(--_we-surface);
      border: 1px solid var(--_we-border);
      border-radius: var(--_we-radius);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.15em;
      font-size: 0.875em;
      color: var(--_we-muted);
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
      border: 1px solid var(--_we-border);
      border-radius: calc(var(--_we-radius) / 2);
    }
    select {
      max-width: 14em;
    }
    option {
      color: initial;
      background: initial;
    }
    /* The checkbox and the button stand as tall as a labelled field (label, gap, input): every row of the bar has
       the same height whatever it holds, so a filter that appears while papers load moves the others along a row
       instead of making it taller and pushing the list down. */
    .check,
    [part='download'] {
      margin-top: 1.6em;
      margin-top: calc(1lh + 0.15em);
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
      border: 1px solid var(--_we-border);
      border-radius: calc(var(--_we-radius) / 2);
      background: transparent;
      padding: 0.25em 0.65em;
      font-size: 0.875em;
    }
    button:hover {
      background: var(--_we-surface);
    }
    [part='download'] {
      min-height: 2.25em;
    }
    [part='status'] {
      flex-basis: 100%;
      margin: 0;
      font-size: 0.875em;
      color: var(--_we-muted);
    }
    [part~='group-heading'] {
      font-size: 1.25em;
      font-weight: 600;
      margin: 1.5em 0 0.5em;
      padding-bottom: 0.25em;
      border-bottom: 2px solid var(--_we-border);
    }
    .count {
      font-weight: normal;
      color: var(--_we-muted);
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
      border-bottom: 1px solid var(--_we-border);
      overflow-wrap: anywhere;
      /* Off-screen papers skip layout and paint until scrolled near; find-in-page still finds them. */
      content-visibility: auto;
      contain-intrinsic-size: auto var(--we-paper-size, 9em);
    }
    /* The first chunk holds the first screen: laid out at once. Skippable, it cost the first frame a second style
       and layout pass (the browser lays out, finds these papers on screen, and lays them out again), which delayed
       the first papers' paint (Largest Contentful Paint). */
    .chunk:first-child > [part='paper'] {
      content-visibility: visible;
    }
    [part~='title'] {
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
      background: var(--_we-badge);
      color: var(--_we-on-accent);
    }
    [part~='award'] {
      background: var(--_we-award);
      color: var(--_we-on-award);
    }
    [part~='award']::before {
      content: '★ ';
    }
    [part='authors'] {
      margin: 0.35em 0 0;
      color: var(--_we-muted);
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
      color: var(--_we-link);
    }
    [part='abstract'] p {
      margin: 0.35em 0 0;
      white-space: pre-line;
    }
    .keywords {
      margin: 0.25em 0 0;
      font-size: 0.875em;
      color: var(--_we-muted);
    }
    [part='bibtex'] {
      margin: 0.5em 0 0;
      padding: 0.5em 0.75em;
      background: var(--_we-surface);
      border: 1px solid var(--_we-border);
      border-radius: calc(var(--_we-radius) / 2);
      font-size: 0.85em;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      user-select: all;
    }
    mark {
      background: var(--_we-mark);
      color: var(--_we-on-mark);
      border-radius: 2px;
    }
    [part='no-results'] {
      color: var(--_we-muted);
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
