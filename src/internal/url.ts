/**
 * The one gate every URL from organizer data passes through (links, photos, logos, PDFs).
 *
 * Hand-written on purpose: the WHATWG URL parser built into every browser does the hard part
 * (it strips leading C0 controls and spaces, drops tabs and newlines, lower-cases the scheme),
 * so an allow-list on the parsed `protocol` is all that is left to do.
 */

export type UrlKind = 'link' | 'image';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|svg\+xml)[;,]/i;

/** Why a URL was refused, for the warning that names the field. */
export function urlProblem(raw: unknown, kind: UrlKind = 'link'): string | undefined {
  return check(raw, kind).problem;
}

/** Parses once: the resolved URL when allowed, else why not. */
function check(raw: unknown, kind: UrlKind): { url?: URL; problem?: string } {
  if (typeof raw !== 'string') return { problem: `expected a URL string, got ${describe(raw)}` };
  if (raw.trim() === '') return { problem: 'empty URL' };
  let url: URL;
  try {
    url = new URL(raw, pageBase());
  } catch {
    return { problem: `not a valid URL: ${JSON.stringify(raw.slice(0, 80))}` };
  }
  if (kind === 'link' && LINK_PROTOCOLS.has(url.protocol)) return { url };
  if (kind === 'image' && IMAGE_PROTOCOLS.has(url.protocol)) return { url };
  if (kind === 'image' && url.protocol === 'data:' && DATA_IMAGE.test(url.href)) return { url };
  const allowed = kind === 'link' ? 'http:, https: or mailto:' : 'http:, https: or a data:image';
  return { problem: `unsafe URL scheme "${url.protocol}" (only ${allowed} allowed)` };
}

/**
 * What relative URLs resolve against: the page in a browser; in Node (the `workshop-elements validate` command) a
 * stand-in web page, so a relative link is checked as the page will read it.
 */
function pageBase(): string {
  return typeof document === 'undefined' ? 'https://example.invalid/' : document.baseURI;
}

/**
 * Resolves `raw` against the page and returns the absolute URL when its scheme is allowed,
 * `undefined` otherwise. Links allow http, https and mailto; images allow http, https and
 * `data:image/(png|jpeg|gif|webp|svg+xml)`.
 */
export function safeUrl(raw: unknown, kind: UrlKind = 'link'): string | undefined {
  return check(raw, kind).url?.href;
}

/** True when the URL leaves the current origin, so the link gets `rel="noopener noreferrer"`. */
export function isExternal(href: string): boolean {
  // Without parsing for the usual, normalized link (as safeUrl returns it): a list of papers has thousands.
  const m = /^(https?:)\/\/([^/?#@]*)(?=[/?#]|$)/.exec(href);
  if (m && m[2] === m[2].toLowerCase()) return m[1] !== location.protocol || m[2] !== location.host;
  try {
    const url = new URL(href, document.baseURI);
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
