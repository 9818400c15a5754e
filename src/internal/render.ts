import { html, nothing, type TemplateResult } from 'lit';
import type { DataState } from './data.js';
import type { TermArgs } from './localize.js';
import { isExternal } from './url.js';

/**
 * The loading, error and empty states every element shows the same way, in its words (`t`; the error's details
 * name the organizer's data and stay English, like the console). Returns `undefined` when the data is ready, so
 * the element renders it: `return renderState(...) ?? this.renderData(...)`.
 */
export function renderState<T, K extends string>(
  tag: string,
  state: DataState<T>,
  t: (key: K | 'couldNotShow', args?: TermArgs) => string,
  keys: { loading: K; empty: K },
): TemplateResult | undefined {
  switch (state.status) {
    case 'loading':
      return html`<div part="loading" role="status">${t(keys.loading)}</div>`;
    case 'error':
      return html`<div part="error" role="alert"><strong>${t('couldNotShow', { tag })}</strong> ${state.message}</div>`;
    case 'empty':
      return html`<p part="empty">${t(keys.empty)}</p>`;
    default:
      return undefined;
  }
}

// The origin check parses a URL; a list of 5,000 papers renders 10,000 links, so remember the answer per href.
const external = new Map<string, boolean>();

/** The `rel` of a link that leaves the page's origin: `noopener noreferrer`; `undefined` for the same origin. */
export function externalRel(href: string): string | undefined {
  let ext = external.get(href);
  if (ext === undefined) external.set(href, (ext = isExternal(href)));
  return ext ? 'noopener noreferrer' : undefined;
}

/**
 * A link that opens safely: external ones get `rel="noopener noreferrer"`. `href` must come from `safeUrl`. Its text
 * is the organizer's, in any direction: `dir="auto"` isolates it (an English title keeps its "!)" on a right-to-left page).
 */
export function link(href: string, content: unknown, part?: string): TemplateResult {
  return html`<a href=${href} part=${part ?? nothing} rel=${externalRel(href) ?? nothing} dir="auto">${content}</a>`;
}
