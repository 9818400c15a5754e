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
      /* The public custom properties, with their defaults; set them on the element or any ancestor.
         Sizes in em, not rem: Bootstrap 3 sets html { font-size: 10px }, which would shrink rem sizes by a third. */
      --_ss-logo-height: var(--sponsor-strip-logo-height, 4.5em);
      --_ss-tier-1-height: var(--sponsor-strip-tier-1-height, 6em);
      --_ss-tier-2-height: var(--sponsor-strip-tier-2-height, 4.5em);
      --_ss-tier-3-height: var(--sponsor-strip-tier-3-height, 3.5em);
      --_ss-tier-4-height: var(--sponsor-strip-tier-4-height, 2.75em);
      --_ss-gap: var(--sponsor-strip-gap, 0.75em 1.25em);
      --_ss-align: var(--sponsor-strip-align, center);
      --_ss-padding: var(--sponsor-strip-padding, 0.5em);
      --_ss-name-color: var(--sponsor-strip-name-color, currentColor);
      --_ss-name-weight: var(--sponsor-strip-name-weight, 650);
      --_ss-heading-color: var(--sponsor-strip-heading-color, var(--_muted));
      --_ss-plate-color: var(--sponsor-strip-plate-color, #ffffff);
      --_ss-plate-text-color: var(--sponsor-strip-plate-text-color, #1f1f1f);
      --_ss-plate-radius: var(--sponsor-strip-plate-radius, var(--_radius));
      --_ss-monochrome-opacity: var(--sponsor-strip-monochrome-opacity, 0.8);
      --_ss-transition: var(--sponsor-strip-transition, 0.2s ease);
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
      text-align: var(--_ss-align);
      color: var(--_ss-heading-color);
      font-size: 0.85em;
      font-weight: 600;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    [part~='list'] {
      display: flex;
      flex-wrap: wrap;
      justify-content: var(--_ss-align);
      align-items: flex-start;
      gap: var(--_ss-gap);
    }
    /* --_h: the height a square logo gets in this group (the tier height H of balance.ts). */
    .size-0 {
      --_h: var(--_ss-logo-height);
    }
    .size-1 {
      --_h: var(--_ss-tier-1-height);
    }
    .size-2 {
      --_h: var(--_ss-tier-2-height);
    }
    .size-3 {
      --_h: var(--_ss-tier-3-height);
    }
    .size-4 {
      --_h: var(--_ss-tier-4-height);
    }
    [part~='sponsor'] {
      display: flex;
      flex-direction: column;
      align-items: center;
      width: calc(var(--_h) * ${slotWidth} + 2 * var(--_ss-padding));
      max-width: 100%;
      break-inside: avoid;
    }
    [part~='link'] {
      display: block;
      max-width: 100%;
      text-decoration: none;
      border-radius: var(--_ss-plate-radius);
    }
    /* Every slot of a tier is the same size whatever its logo, so a logo that loads late moves nothing. */
    [part~='frame'] {
      display: flex;
      align-items: center;
      justify-content: center;
      width: calc(var(--_h) * ${slotWidth} + 2 * var(--_ss-padding));
      max-width: 100%;
      min-height: calc(var(--_h) * ${slotHeight} + 2 * var(--_ss-padding));
      padding: var(--_ss-padding);
      border-radius: var(--_ss-plate-radius);
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
      color: var(--_ss-name-color);
      font-weight: var(--_ss-name-weight);
      font-size: max(0.95em, calc(var(--_h) * 0.28));
      line-height: 1.15;
      text-align: center;
      overflow-wrap: anywhere;
      min-width: 0;
    }
    [part~='name'].long {
      font-size: max(0.8em, calc(var(--_h) * 0.2));
    }
    [part~='name'].longer {
      font-size: max(0.7em, calc(var(--_h) * 0.16));
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
      background: var(--_ss-plate-color);
      color: var(--_ss-plate-text-color);
    }
    .plate [part~='name'] {
      color: var(--_ss-plate-text-color);
    }
    .monochrome [part~='logo'] {
      filter: grayscale(1);
      opacity: var(--_ss-monochrome-opacity);
      transition:
        filter var(--_ss-transition),
        opacity var(--_ss-transition);
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
