/**
 * The one gate every URL from organizer data passes through (links, photos, logos, PDFs).
 *
 * Hand-written on purpose: the WHATWG URL parser built into every browser does the hard part
 * (it strips leading C0 controls and spaces, drops tabs and newlines, lower-cases the scheme),
 * so an allow-list on the parsed `protocol` is all that is left to do.
 */

import { baseUri, fragmentBase } from './page.js';

export type UrlKind = 'link' | 'image';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i;

/** Why a URL was refused, for the warning that names the field. */
export function urlProblem(raw: unknown, kind: UrlKind = 'link'): string | undefined {
  return check(raw, kind).problem;
}

/**
 * The site's base path (`base-url`, Jekyll's `{{ site.baseurl }}`) for root-relative paths in data: set by
 * {@link withBase} while an element validates its data.
 */
let base: string | undefined;

/** Runs `validate` with root-relative data paths (`/static/x.png`) resolved under `siteBase` (e.g. `/smmal`). */
export function withBase<T>(siteBase: string | null | undefined, validate: () => T): T {
  const outer = base;
  base = siteBase?.trim() ? withoutTrailingSlashes(siteBase.trim()) : undefined;
  try {
    return validate();
  } finally {
    base = outer;
  }
}

/** A common file ending, so `paper.pdf` stays a relative path and is not read as the host `paper.pdf`. */
const FILE_ENDING =
  /\.(?:pdf|png|jpe?g|gif|svg|webp|avif|html?|json|bib|txt|md|zip|gz|tar|mp4|webm|mov|ics|pptx?|key|docx?|csv|ya?ml|xml|php|aspx?)$/i;
const BARE_HOST = /^(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?=[/:?#]|$)/i;

/** `www.uber.ai` or `example.org/path`, written without `https://`: the host it names, else undefined. */
export function bareHost(raw: string): string | undefined {
  const host = BARE_HOST.exec(raw.trim())?.[0];
  if (!host || (FILE_ENDING.test(host) && !/^www\./i.test(host))) return undefined;
  return host;
}

/** Parses once: the resolved URL when allowed (with a note when it was written another way), else why not. */
function check(raw: unknown, kind: UrlKind): { url?: URL; problem?: string; note?: string } {
  if (typeof raw !== 'string') return { problem: `expected a URL string, got ${describe(raw)}` };
  if (raw.trim() === '') return { problem: 'empty URL' };
  let written = raw;
  let note: string | undefined;
  if (bareHost(raw)) {
    written = `https://${raw.trim()}`;
    note = `"${raw}" has no "https://" and would be a path on this site; read as "${written}" (write it so)`;
  } else if (base && /^\/(?!\/)/.test(raw.trim())) written = base + raw.trim();
  let url: URL;
  try {
    // `#id` means this page, also under a `<base href>` that names another one.
    url = new URL(written, (written.trim().startsWith('#') && inPage()) || pageBase());
  } catch {
    return { problem: `not a valid URL: ${JSON.stringify(raw.slice(0, 80))}` };
  }
  if (kind === 'link' && LINK_PROTOCOLS.has(url.protocol)) return { url, note };
  if (kind === 'image' && IMAGE_PROTOCOLS.has(url.protocol)) return { url, note };
  if (kind === 'image' && url.protocol === 'data:' && DATA_IMAGE.test(url.href)) return { url };
  const allowed = kind === 'link' ? 'http:, https: or mailto:' : 'http:, https: or a data:image';
  return { problem: `unsafe URL scheme "${url.protocol}" (only ${allowed} allowed)` };
}

/**
 * What relative URLs resolve against: the page in a browser; in Node (the `workshop-elements validate` command) a
 * stand-in web page, so a relative link is checked as the page will read it.
 */
function pageBase(): string {
  return typeof document === 'undefined' ? 'https://example.invalid/' : baseUri();
}

/** The page's URL when a `<base href>` names another page (see `fragmentBase`), else `''`. */
const inPage = (): string => (typeof document === 'undefined' ? '' : fragmentBase());

/**
 * Resolves `raw` against the page and returns the absolute URL when its scheme is allowed,
 * `undefined` otherwise. Links allow http, https and mailto; images allow http, https and
 * `data:image/(png|jpeg|gif|webp|svg+xml)`.
 */
export function safeUrl(raw: unknown, kind: UrlKind = 'link'): string | undefined {
  return check(raw, kind).url?.href;
}

/** {@link safeUrl} with the reason when refused, or a note when it was read as something else than written. */
export function readUrl(raw: unknown, kind: UrlKind = 'link'): { url?: string; problem?: string; note?: string } {
  const { url, problem, note } = check(raw, kind);
  return { url: url?.href, problem, note };
}

/** True when the URL leaves the current origin, so the link gets `rel="noopener noreferrer"`. */
export function isExternal(href: string): boolean {
  // Without parsing for the usual, normalized link (as safeUrl returns it): a list of papers has thousands.
  const m = /^(https?:)\/\/([^/?#@]*)(?=[/?#]|$)/.exec(href);
  if (m && m[2] === m[2].toLowerCase()) return m[1] !== location.protocol || m[2] !== location.host;
  try {
    const url = new URL(href, baseUri());
    return url.protocol !== 'mailto:' && url.origin !== location.origin;
  } catch {
    return false;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

/** `https://a.org/x//` → `https://a.org/x` (a loop: the pattern /\/+$/ is quadratic on a long run of slashes). */
function withoutTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  return text.slice(0, end);
}
