import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    /* Until its data arrives (a property a script sets, a src loading), a card keeps the height of a typical filled
       card: photo, name, role, affiliation, a two-line talk, the clamped bio, its "Show more" and a row of links.
       Cards beside and below it then barely move when it fills in (layout shift, docs/performance.md: 0.185 with
       the height of photo and name only, 8 cards). --we-speaker-placeholder-height sets it for cards that are
       known to be shorter or taller. */
    [part='loading'],
    [part='empty'] {
      min-height: var(
        --we-speaker-placeholder-height,
        calc(
          var(--we-speaker-photo-size, 8em) + 0.75em + (var(--we-speaker-bio-lines, 4) + 7) *
            var(--we-line-height, 1.45) * 1em
        )
      );
    }
    :host([layout='row']) [part='loading'],
    :host([layout='row']) [part='empty'] {
      min-height: var(
        --we-speaker-placeholder-height,
        max(
          var(--we-speaker-photo-size, 5.5em),
          (var(--we-speaker-bio-lines, 4) + 7) * var(--we-line-height, 1.45) * 1em
        )
      );
    }
    :host([layout='compact']) [part='loading'],
    :host([layout='compact']) [part='empty'] {
      min-height: var(
        --we-speaker-placeholder-height,
        calc(
          var(--we-speaker-photo-size, 4.5em) + 0.5em + (var(--we-speaker-bio-lines, 3) + 7) *
            var(--we-line-height, 1.45) * 1em
        )
      );
    }
    .base {
      --_we-size: var(--we-speaker-photo-size, 8em);
      --_we-photo-radius: var(--we-speaker-photo-radius, var(--_we-radius));
      --_we-lines: var(--we-speaker-bio-lines, 4);
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.75em var(--we-speaker-gap, 1em);
      height: 100%;
    }
    .base.row {
      --_we-size: var(--we-speaker-photo-size, 5.5em);
      --_we-photo-radius: var(--we-speaker-photo-radius, 50%);
      flex-direction: row;
      flex-wrap: wrap;
      /* Wrapped below the photo in a card stretched to its grid row, the text stays under the photo rather than
         taking a share of the spare height. */
      align-content: flex-start;
    }
    /* Beside the photo while there is room for 16em of text, below it otherwise: no container query needed. */
    .row .text {
      flex: 1 1 16em;
    }
    .base.compact {
      --_we-size: var(--we-speaker-photo-size, 4.5em);
      --_we-photo-radius: var(--we-speaker-photo-radius, 50%);
      --_we-lines: var(--we-speaker-bio-lines, 3);
      align-items: center;
      text-align: center;
      gap: 0.5em;
    }
    .text {
      min-width: 0;
      max-width: 100%;
      overflow-wrap: anywhere;
    }
    .compact .text {
      width: 100%;
    }

    /* The size is fixed before the photo loads: no layout shift, equal photos in a grid. */
    [part~='photo'] {
      position: relative;
      flex: none;
      width: var(--_we-size);
      height: var(--_we-size);
      aspect-ratio: 1;
      border-radius: var(--_we-photo-radius);
      overflow: hidden;
      background: var(--_we-avatar-bg);
      color: var(--_we-avatar-fg);
    }
    .initials {
      position: absolute;
      inset: 0;
      display: grid;
      place-items: center;
      font-size: calc(var(--_we-size) * 0.38);
      font-weight: 600;
      line-height: 1;
      letter-spacing: 0.02em;
      user-select: none;
    }
    [part~='photo'] img {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
      object-fit: cover;
      /* Covers the initials once loaded; while loading, alt="" shows nothing and the initials show through. */
      color: transparent;
    }

    [part~='name'] {
      font-size: var(--we-speaker-name-size, 1.15em);
      font-weight: 700;
      line-height: 1.25;
      margin: 0;
    }
    [part~='name'] a {
      text-decoration: none;
    }
    /* A name or role in another direction than the page's keeps its own order (dir="auto") but lines up with the
       rest of the card, on the page's side. */
    [part~='name'],
    [part~='role'] {
      text-align: match-parent;
    }
    [part~='name'] a:hover,
    [part~='name'] a:focus-visible {
      text-decoration: underline;
    }
    p {
      margin: 0;
    }
    [part~='role'] {
      margin-top: 0.15em;
      font-size: 1.15em; /* small capitals: as tall as 0.8em capitals */
      font-weight: 600;
      letter-spacing: 0.04em;
      /* Small capitals, not text-transform: screen readers get the role as written (sponsor-strip.styles.ts). */
      font-variant-caps: all-small-caps;
      color: var(--_we-muted);
    }
    [part~='affiliation'] {
      margin-top: 0.2em;
      color: var(--_we-muted);
    }
    [part~='affiliation'] > span {
      display: block;
    }
    [part~='talk'] {
      margin-top: 0.5em;
    }
    [part~='bio'] {
      margin-top: 0.5em;
    }
    /* ::slotted() takes one compound selector: with '* + *' in it, browsers dropped this whole rule. */
    [part~='bio'] p + p,
    [part~='bio'] ::slotted(:not(:first-child)) {
      margin-top: 0.5em;
    }
    /* Clamped to a few lines, measured in the line height the host sets (lh is not in every engine we test). */
    .bio.clamped {
      max-height: calc(var(--_we-lines) * var(--we-line-height, 1.45) * 1em);
      overflow: hidden;
    }
    .bio.clamped.overflowing {
      -webkit-mask-image: linear-gradient(to bottom, #000 calc(100% - 1.2em), transparent);
      mask-image: linear-gradient(to bottom, #000 calc(100% - 1.2em), transparent);
    }
    [part~='more'] {
      margin-top: 0.25em;
      padding: 0.1em 0.6em;
      border: 1px solid var(--_we-border);
      border-radius: var(--_we-radius);
      background: var(--_we-surface);
      color: var(--_we-link);
    }
    .compact [part~='more'] {
      margin-inline: auto;
    }
    [part~='links'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0.5em 0 0;
      padding: 0;
      list-style: none;
    }
    .compact [part~='links'] {
      justify-content: center;
    }
    [part~='links'] a {
      display: inline-block;
      min-height: 24px;
      line-height: 24px;
    }

    @media print {
      .bio.clamped {
        max-height: none;
        overflow: visible;
        -webkit-mask-image: none;
        mask-image: none;
      }
      [part~='photo'] {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
    }
  `,
];
