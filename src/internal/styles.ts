import { css } from 'lit';

/**
 * Styles every element shares. Font and text colour come from the host page, and every other colour
 * is mixed from that text colour (`currentColor`): the elements turn dark exactly when the page does
 * (a page that follows `prefers-color-scheme`, or has its own dark styles) and stay readable on a light
 * page in an OS dark mode, where switching on the media query alone gave light-blue links on white
 * (2:1). A host sets the `--we-*` custom properties to choose colours itself.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    line-height: var(--we-line-height, 1.45);
    /* Not the page's: a theme's centred section (text-center, <center>) centred every time and title. */
    text-align: start;
    --_we-link: var(--we-link-color, color-mix(in oklab, #0b57d0 68%, currentColor));
    --_we-accent: var(--we-accent-color, #0b57d0);
    --_we-on-accent: var(--we-on-accent-color, #ffffff);
    --_we-muted: var(--we-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_we-border: var(--we-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_we-surface: var(--we-surface-color, color-mix(in srgb, currentColor 4%, transparent));
    --_we-radius: var(--we-radius, 8px);
    /* em, not rem: Bootstrap 3 pages set html { font-size: 10px } */
    --_we-gap: var(--we-gap, 1em);
    --_we-focus: var(--we-focus-color, color-mix(in oklab, #0b57d0 60%, currentColor));
    --_we-error: var(--we-error-color, color-mix(in oklab, #c5221f 70%, currentColor));
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_we-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 2px solid var(--_we-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
  }
  .visually-hidden {
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
  [part='error'] {
    border: 1px solid var(--_we-error);
    border-inline-start-width: 4px;
    border-radius: var(--_we-radius);
    padding: 0.75em 1em;
    overflow-wrap: anywhere;
  }
  [part='error'] strong {
    color: var(--_we-error);
  }
  [part='loading'] {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.75em 0;
    color: var(--_we-muted);
  }
  [part='loading']::before {
    content: '';
    width: 1em;
    height: 1em;
    border: 2px solid var(--_we-border);
    border-top-color: var(--_we-accent);
    border-radius: 50%;
    animation: we-spin 0.8s linear infinite;
  }
  @keyframes we-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part='loading']::before {
      animation: none;
    }
  }
  /* The session or paper named by the page's #fragment (see internal/fragment.ts). */
  [data-fragment-target] {
    scroll-margin-top: var(--we-scroll-margin, 4em);
    animation: we-flash 2.4s ease-out;
    outline: 2px solid var(--_we-accent);
    outline-offset: 2px;
  }
  @keyframes we-flash {
    from {
      background: color-mix(in srgb, var(--_we-accent) 25%, transparent);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [data-fragment-target] {
      animation: none;
    }
  }
  [part='empty'] {
    color: var(--_we-muted);
    padding: 0.5em 0;
  }
  [part='notice'] {
    color: var(--_we-muted);
    font-size: 0.85em;
    margin: 0.5em 0 0;
  }
  @media print {
    [part='notice'] {
      display: none;
    }
  }
  @media print {
    button,
    [part~='controls'] {
      display: none !important;
    }
  }
`;
