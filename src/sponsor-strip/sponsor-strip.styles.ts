import { css, unsafeCSS } from 'lit';
import { baseStyles } from '../internal/styles.js';
import { SLOT_HEIGHT, SLOT_WIDTH } from './balance.js';

// The slot size comes from the balancing rule in balance.ts, so CSS and JS cannot disagree.
const slotWidth = unsafeCSS(SLOT_WIDTH);
const slotHeight = unsafeCSS(SLOT_HEIGHT);

export const styles = [
  baseStyles,
  css`
    :host {
      /* Defaults of the public custom properties; set them on the element (e.g. sponsor-strip { … }).
         Sizes in em, not rem: Bootstrap 3 sets html { font-size: 10px }, which would shrink rem sizes by a third. */
      --sponsor-strip-logo-height: 4.5em;
      --sponsor-strip-tier-1-height: 6em;
      --sponsor-strip-tier-2-height: 4.5em;
      --sponsor-strip-tier-3-height: 3.5em;
      --sponsor-strip-tier-4-height: 2.75em;
      --sponsor-strip-gap: 0.75em 1.25em;
      --sponsor-strip-align: center;
      --sponsor-strip-padding: 0.5em;
      --sponsor-strip-name-color: currentColor;
      --sponsor-strip-name-weight: 650;
      --sponsor-strip-heading-color: var(--_muted);
      --sponsor-strip-plate-color: #ffffff;
      --sponsor-strip-plate-text-color: #1f1f1f;
      --sponsor-strip-plate-radius: var(--_radius);
      --sponsor-strip-monochrome-opacity: 0.8;
      --sponsor-strip-transition: 0.2s ease;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    [part~='tiers'] {
      display: grid;
      gap: calc(var(--_gap) * 1.25);
    }
    [part~='tier-heading'] {
      margin: 0 0 0.5em;
      text-align: var(--sponsor-strip-align);
      color: var(--sponsor-strip-heading-color);
      font-size: 0.85em;
      font-weight: 600;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    [part~='list'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: var(--sponsor-strip-align);
      align-items: flex-start;
      gap: var(--sponsor-strip-gap);
    }
    /* --_h: the height a square logo gets in this group (the tier height H of balance.ts). */
    .size-0 {
      --_h: var(--sponsor-strip-logo-height);
    }
    .size-1 {
      --_h: var(--sponsor-strip-tier-1-height);
    }
    .size-2 {
      --_h: var(--sponsor-strip-tier-2-height);
    }
    .size-3 {
      --_h: var(--sponsor-strip-tier-3-height);
    }
    .size-4 {
      --_h: var(--sponsor-strip-tier-4-height);
    }
    [part~='sponsor'] {
      display: flex;
      flex-direction: column;
      align-items: center;
      width: calc(var(--_h) * ${slotWidth} + 2 * var(--sponsor-strip-padding));
      max-width: 100%;
      break-inside: avoid;
    }
    [part~='link'] {
      display: block;
      max-width: 100%;
      text-decoration: none;
      border-radius: var(--sponsor-strip-plate-radius);
    }
    /* Every slot of a tier is the same size whatever its logo, so a logo that loads late moves nothing. */
    [part~='frame'] {
      display: flex;
      align-items: center;
      justify-content: center;
      width: calc(var(--_h) * ${slotWidth} + 2 * var(--sponsor-strip-padding));
      max-width: 100%;
      min-height: calc(var(--_h) * ${slotHeight} + 2 * var(--sponsor-strip-padding));
      padding: var(--sponsor-strip-padding);
      border-radius: var(--sponsor-strip-plate-radius);
    }
    [part~='logo'] {
      display: block;
      width: 100%;
      height: calc(var(--_h) * ${slotHeight});
      max-width: 100%;
      object-fit: contain;
    }
    /* Sized from the logo's natural dimensions once it has loaded (balance.ts). */
    [part~='logo'].sized {
      width: calc(var(--_h) * var(--_w));
      height: calc(var(--_h) * var(--_s));
    }
    [part~='name'] {
      color: var(--sponsor-strip-name-color);
      font-weight: var(--sponsor-strip-name-weight);
      font-size: max(0.95em, calc(var(--_h) * 0.28));
      line-height: 1.15;
      text-align: center;
      overflow-wrap: anywhere;
      min-width: 0;
    }
    [part~='link']:hover [part~='name'] {
      text-decoration: underline;
      text-decoration-thickness: 2px;
      text-underline-offset: 0.15em;
    }
    [part~='description'] {
      margin-top: 0.25em;
      max-width: 100%;
      color: var(--_muted);
      font-size: 0.875em;
      text-align: center;
      overflow-wrap: anywhere;
    }
    .plate [part~='frame'] {
      background: var(--sponsor-strip-plate-color);
      color: var(--sponsor-strip-plate-text-color);
    }
    .plate [part~='name'] {
      color: var(--sponsor-strip-plate-text-color);
    }
    .monochrome [part~='logo'] {
      filter: grayscale(1);
      opacity: var(--sponsor-strip-monochrome-opacity);
      transition:
        filter var(--sponsor-strip-transition),
        opacity var(--sponsor-strip-transition);
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
