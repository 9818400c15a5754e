import { css, unsafeCSS } from 'lit';
import { baseStyles } from '../internal/styles.js';
import { fillWidthStyles } from '../internal/fill-width.js';
import { SLOT_HEIGHT, SLOT_WIDTH } from './balance.js';

// The slot size comes from the balancing rule in balance.ts, so CSS and JS cannot disagree.
const slotWidth = unsafeCSS(SLOT_WIDTH);
const slotHeight = unsafeCSS(SLOT_HEIGHT);

export const styles = [
  baseStyles,
  fillWidthStyles,
  css`
    :host {
      /* The public custom properties, with their defaults; set them on the element or any ancestor.
         Sizes in em, not rem: Bootstrap 3 sets html { font-size: 10px }, which would shrink rem sizes by a third. */
      --_we-sponsor-logo-height: var(--we-sponsor-logo-height, 8em);
      --_we-sponsor-tier-1-height: var(--we-sponsor-tier-1-height, 10em);
      --_we-sponsor-tier-2-height: var(--we-sponsor-tier-2-height, 7em);
      --_we-sponsor-tier-3-height: var(--we-sponsor-tier-3-height, 5em);
      --_we-sponsor-tier-4-height: var(--we-sponsor-tier-4-height, 3.75em);
      --_we-sponsor-gap: var(--we-sponsor-gap, 0.75em 1.25em);
      --_we-sponsor-align: var(--we-sponsor-align, center);
      --_we-sponsor-padding: var(--we-sponsor-padding, 0.5em);
      --_we-sponsor-name-color: var(--we-sponsor-name-color, currentColor);
      --_we-sponsor-name-weight: var(--we-sponsor-name-weight, 650);
      --_we-sponsor-heading-color: var(--we-sponsor-heading-color, var(--_we-muted));
      --_we-sponsor-plate-color: var(--we-sponsor-plate-color, #ffffff);
      --_we-sponsor-plate-text-color: var(--we-sponsor-plate-text-color, #1f1f1f);
      --_we-sponsor-plate-radius: var(--we-sponsor-plate-radius, var(--_we-radius));
      --_we-sponsor-monochrome-opacity: var(--we-sponsor-monochrome-opacity, 0.8);
      --_we-sponsor-transition: var(--we-sponsor-transition, 0.2s ease);
      /* The slot in units of the tier height H (balance.ts). */
      --_we-slot-w: ${slotWidth};
      --_we-slot-h: ${slotHeight};
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part~='tiers'] {
      display: grid;
      gap: calc(var(--_we-gap) * 1.25);
    }
    [part~='tier-heading'] {
      margin: 0 0 0.5em;
      text-align: var(--_we-sponsor-align);
      color: var(--_we-sponsor-heading-color);
      font-size: 1.2em; /* small capitals are about 0.7 of the size: as tall as 0.85em capitals */
      font-weight: 600;
      letter-spacing: 0.08em;
      /* Capitals drawn by the font, not text-transform: screen readers get the text as written ("Gold"); with
         uppercase, Chromium and WebKit expose "GOLD", which some read letter by letter or as an acronym. */
      font-variant-caps: all-small-caps;
    }
    [part~='list'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: var(--_we-sponsor-align);
      align-items: flex-start;
      gap: var(--_we-sponsor-gap);
    }
    /* --_we-h: the height a square logo gets in this group (the tier height H of balance.ts). */
    .size-0 {
      --_we-h: var(--_we-sponsor-logo-height);
    }
    .size-1 {
      --_we-h: var(--_we-sponsor-tier-1-height);
    }
    .size-2 {
      --_we-h: var(--_we-sponsor-tier-2-height);
    }
    .size-3 {
      --_we-h: var(--_we-sponsor-tier-3-height);
    }
    .size-4 {
      --_we-h: var(--_we-sponsor-tier-4-height);
    }
    /* A slot is 2.4 H wide, but never more than half the row (less a column gap): a phone shows two logos of
       any tier per row, each drawn smaller by the same factor. A sponsor alone in its tier may take the row. */
    [part~='sponsor'] {
      display: flex;
      flex-direction: column;
      align-items: center;
      width: min(calc(var(--_we-h) * var(--_we-slot-w) + 2 * var(--_we-sponsor-padding)), calc(50% - 1.5em));
      max-width: 100%;
      break-inside: avoid;
    }
    /* min(…, 100%), not max-width alone: a fixed width is also the strip's narrowest, which held it at 25em in a
       narrow flex row or dialog. */
    [part~='sponsor']:only-child {
      width: min(calc(var(--_we-h) * var(--_we-slot-w) + 2 * var(--_we-sponsor-padding)), 100%);
    }
    [part~='link'] {
      display: block;
      width: 100%;
      text-decoration: none;
      border-radius: var(--_we-sponsor-plate-radius);
    }
    /* Every slot of a tier is the same size whatever its logo, so a logo that loads late moves nothing. Inside
       it, sizes are in cqi of the frame: 100cqi is the slot's inner width, 2.4 H when the row has room. */
    [part~='frame'] {
      container-type: inline-size;
      display: flex;
      align-items: center;
      justify-content: center;
      width: 100%;
      padding: var(--_we-sponsor-padding);
      border-radius: var(--_we-sponsor-plate-radius);
    }
    /* The slot's height, 1.5 H, held by an empty strut beside the logo. */
    [part~='frame']::before {
      content: '';
      width: 0;
      height: calc(100cqi * var(--_we-slot-h) / var(--_we-slot-w));
    }
    [part~='logo'] {
      display: block;
      width: 100%;
      height: calc(100cqi * var(--_we-slot-h) / var(--_we-slot-w));
      object-fit: contain;
    }
    /* Sized from the logo's natural dimensions once it has loaded (balance.ts). */
    [part~='logo'].sized {
      width: calc(100cqi / var(--_we-slot-w) * var(--_we-w));
      height: calc(100cqi / var(--_we-slot-w) * var(--_we-s));
    }
    [part~='name'] {
      color: var(--_we-sponsor-name-color);
      font-weight: var(--_we-sponsor-name-weight);
      font-size: max(0.95em, calc(100cqi / var(--_we-slot-w) * 0.28));
      line-height: 1.15;
      text-align: center;
      overflow-wrap: anywhere;
      min-width: 0;
    }
    [part~='name'].long {
      font-size: max(0.8em, calc(100cqi / var(--_we-slot-w) * 0.2));
    }
    [part~='name'].longer {
      font-size: max(0.7em, calc(100cqi / var(--_we-slot-w) * 0.16));
    }
    [part~='link']:hover [part~='name'] {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.15em;
    }
    [part~='description'] {
      margin-top: 0.25em;
      max-width: 100%;
      color: var(--_we-muted);
      font-size: 0.875em;
      text-align: center;
      overflow-wrap: anywhere;
    }
    /* The plate is there for dark logos on a dark page; forced colours would paint it in the page's colour. */
    @media (forced-colors: active) {
      .plate [part~='frame'] {
        forced-color-adjust: none;
      }
    }
    .plate [part~='frame'] {
      background: var(--_we-sponsor-plate-color);
      color: var(--_we-sponsor-plate-text-color);
    }
    .plate [part~='name'] {
      color: var(--_we-sponsor-plate-text-color);
    }
    .monochrome [part~='logo'] {
      filter: grayscale(1);
      opacity: var(--_we-sponsor-monochrome-opacity);
      transition:
        filter var(--_we-sponsor-transition),
        opacity var(--_we-sponsor-transition);
    }
    .monochrome [part~='sponsor']:hover [part~='logo'],
    .monochrome [part~='link']:focus [part~='logo'] {
      filter: none;
      opacity: 1;
    }
    @media (prefers-reduced-motion: reduce) {
      .monochrome [part~='logo'] {
        transition: none;
      }
    }
  `,
];
