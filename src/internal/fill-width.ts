import { css, unsafeCSS } from 'lit';

/**
 * Width where the page sizes an element by its content: a flex row (`<main style="display:flex">` with a sidebar),
 * a `<dialog>`, an inline-block, a float, an absolutely positioned box, a table cell. An element that lays itself out
 * with a container query (`container-type: inline-size`) has no content width of its own, so there the schedule and
 * the dates were 0 px wide (a column one letter wide and 11,000 px tall) and the sponsors 88 px. This zero-height
 * line of 33 words gives the element the content widths of a paragraph: as wide as the space it is given, up to
 * about 80em, and able to shrink to one word (1.2em). Hidden: nothing reads or shows it.
 */
export const fillWidthStyles = css`
  :host::before {
    content: '${unsafeCSS('x '.repeat(33))}';
    display: block;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    font: 2em / 0 monospace;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }
`;
