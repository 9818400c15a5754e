import { css } from 'lit';

/**
 * Styles every element shares. Text colour and font come from the host page; surfaces are drawn
 * from `currentColor` so they work on light and dark pages alike; the accent and link colours
 * follow `prefers-color-scheme` unless the host sets the `--we-*` custom properties.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: inherit;
    line-height: var(--we-line-height, 1.45);
    --_link: var(--we-link-color, #0b57d0);
    --_accent: var(--we-accent-color, #0b57d0);
    --_on-accent: var(--we-on-accent-color, #ffffff);
    --_muted: var(--we-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--we-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_surface: var(--we-surface-color, color-mix(in srgb, currentColor 4%, transparent));
    --_radius: var(--we-radius, 8px);
    --_gap: var(--we-gap, 1rem);
    --_focus: var(--we-focus-color, #0b57d0);
    --_error: var(--we-error-color, #b3261e);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_link: var(--we-link-color, #8ab4f8);
      --_accent: var(--we-accent-color, #8ab4f8);
      --_on-accent: var(--we-on-accent-color, #0b1b33);
      --_focus: var(--we-focus-color, #8ab4f8);
      --_error: var(--we-error-color, #f2b8b5);
    }
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
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
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
    border: 1px solid var(--_error);
    border-left-width: 4px;
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    overflow-wrap: anywhere;
  }
  [part='error'] strong {
    color: var(--_error);
  }
  [part='loading'] {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    padding: 0.75rem 0;
    color: var(--_muted);
  }
  [part='loading']::before {
    content: '';
    width: 1em;
    height: 1em;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
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
    scroll-margin-top: var(--we-scroll-margin, 4rem);
    animation: we-flash 2.4s ease-out;
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @keyframes we-flash {
    from {
      background: color-mix(in srgb, var(--_accent) 25%, transparent);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [data-fragment-target] {
      animation: none;
    }
  }
  [part='empty'] {
    color: var(--_muted);
    padding: 0.5rem 0;
  }
  @media print {
    button,
    [part~='controls'] {
      display: none !important;
    }
  }
`;
