/**
 * Page state read through names the host page cannot clobber.
 *
 * `Document` lets named elements shadow its built-ins: `<form name="baseURI">` replaces `document.baseURI`,
 * `<img name="title">` `document.title`, `<img name="getElementById">` `document.getElementById` (and so on for any
 * method or getter reached through `document`, `EventTarget.prototype`'s listeners on `window` included, since
 * `window`'s named properties sit above `EventTarget.prototype`). So the elements never read page state as a property
 * of `document` or `window`: they call the getters and methods of `Node.prototype`, `Document.prototype` and
 * `EventTarget.prototype`, captured here when the module loads (before any page markup could matter), on the
 * document they are in. `location`, `history` and `localStorage` are own, unforgeable or own-instance properties of
 * `window` that no element can shadow, so they are read directly.
 */

type Getter<T> = (this: unknown) => T;
// `?.`: a server's DOM stand-in can lack an accessor. Angular's server rendering puts domino's `Document` and `Node`
// on `globalThis` (its `Node.prototype` has no `baseURI`), and importing the package there must not throw; the
// elements never render on a server, so nothing calls these.
const getter = <T>(proto: object, name: string): Getter<T> =>
  Object.getOwnPropertyDescriptor(proto, name)?.get as Getter<T>;

const inBrowser = typeof Document !== 'undefined' && typeof Node !== 'undefined';
const baseUriOf = inBrowser ? getter<string>(Node.prototype, 'baseURI') : undefined;
const urlOf = inBrowser ? getter<string>(Document.prototype, 'URL') : undefined;
const titleOf = inBrowser ? getter<string>(Document.prototype, 'title') : undefined;
const visibilityOf = inBrowser ? getter<DocumentVisibilityState>(Document.prototype, 'visibilityState') : undefined;
const rootOf = inBrowser ? getter<HTMLElement | null>(Document.prototype, 'documentElement') : undefined;
const bodyOf = inBrowser ? getter<HTMLElement | null>(Document.prototype, 'body') : undefined;
const headOf = inBrowser ? getter<HTMLHeadElement | null>(Document.prototype, 'head') : undefined;
const byId = inBrowser ? Document.prototype.getElementById : undefined;
const create = inBrowser ? Document.prototype.createElement : undefined;
const listen = typeof EventTarget !== 'undefined' ? EventTarget.prototype.addEventListener : undefined;
const unlisten = typeof EventTarget !== 'undefined' ? EventTarget.prototype.removeEventListener : undefined;

/** The document's base URL (`Node.prototype.baseURI`: the `<base href>` if any, else the document's URL). */
export const baseUri = (doc: Document = document): string => baseUriOf!.call(doc);

/** The document's title (`Document.prototype.title`), `''` when it has none. */
export const documentTitle = (doc: Document = document): string => titleOf!.call(doc);

export const visibilityState = (doc: Document = document): DocumentVisibilityState => visibilityOf!.call(doc);

export const documentElement = (doc: Document = document): HTMLElement | null => rootOf!.call(doc);

export const documentBody = (doc: Document = document): HTMLElement | null => bodyOf!.call(doc);

export const documentHead = (doc: Document = document): HTMLHeadElement | null => headOf!.call(doc);

/** The page's element with this id (`Document.prototype.getElementById`). */
export const elementById = (id: string, doc: Document = document): HTMLElement | null => byId!.call(doc, id);

/** A new element (`Document.prototype.createElement`). */
export function createElement<K extends keyof HTMLElementTagNameMap>(tag: K, doc?: Document): HTMLElementTagNameMap[K];
export function createElement(tag: string, doc?: Document): HTMLElement;
export function createElement(tag: string, doc: Document = document): HTMLElement {
  return create!.call(doc, tag);
}

/** `target.addEventListener`, through `EventTarget.prototype` (a page's `<img id="addEventListener">` shadows `window`'s). */
export function on(
  target: EventTarget,
  type: string,
  listener: EventListener,
  options?: boolean | AddEventListenerOptions,
): void {
  listen!.call(target, type, listener, options);
}

export function off(
  target: EventTarget,
  type: string,
  listener: EventListener,
  options?: boolean | EventListenerOptions,
): void {
  unlisten!.call(target, type, listener, options);
}

/**
 * Whether the page has a URL others can open: `false` in an `<iframe srcdoc>` (`about:srcdoc`), `about:blank` and
 * other documents without one, where a share link or a calendar's page link would lead nowhere.
 */
export const hasShareableUrl = (): boolean => /^(?:https?|file):$/.test(location.protocol);

/**
 * The page's URL without its fragment, for links back to it; in a document without its own URL (`about:srcdoc`) the
 * URL it inherits as its base, when that is a real one.
 */
export function pageUrl(doc: Document = document): string | undefined {
  const href = hasShareableUrl() ? location.href : baseUri(doc);
  return /^(?:https?|file):/.test(href) ? href.split('#', 1)[0] : undefined;
}

/**
 * What an in-page `#id` link is written against: `''` (a bare `#id`) unless the page has a `<base href>` that is not
 * the page itself (Angular's `<base href="/">`, a page served under a sub-path), where a bare `#id` would lead to the
 * base's page instead of this one; then the page's URL without its fragment. `''` also in a document without a URL
 * of its own (`about:srcdoc`), whose links follow its base as before.
 */
export function fragmentBase(doc: Document = document): string {
  const here = urlOf!.call(doc).split('#', 1)[0];
  if (!/^(?:https?|file):/.test(here)) return '';
  return baseUri(doc).split('#', 1)[0] === here ? '' : here;
}

/** The `href` of a link to the element with this id on this page, also under a `<base href>` ({@link fragmentBase}). */
export const fragmentHref = (id: string, doc: Document = document): string => `${fragmentBase(doc)}#${id}`;
