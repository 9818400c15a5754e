/**
 * "My program" of one schedule, as a Lit reactive controller: the starred sessions and the "my time zone" choice,
 * kept in localStorage per page and per schedule (`id`), and a share link (`#my-program=a,b`) that adds its
 * sessions and opens "My program" — on connect and whenever the hash changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WeFavoritesChangeEvent } from '../events/favorites-change.js';
import {
  loadFavorites,
  loadFlag,
  parseShareFragment,
  saveFavorites,
  saveFlag,
  shareFragment,
  storageKey,
} from './favorites.js';
import { baseUri, hasShareableUrl, off, on } from '../internal/page.js';

export class FavoritesController implements ReactiveController {
  /** The starred session ids, in the order they were starred. */
  favorites: string[] = [];
  /** Times shown in the visitor's zone. */
  localTime = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Opens "My program" (a share link was followed). */
    private readonly openMyProgram: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.favorites = loadFavorites(this.key('favorites'));
    this.localTime = loadFlag(this.key('local-time'));
    this.openShared();
    on(window, 'hashchange', this.openShared);
  }

  hostDisconnected(): void {
    off(window, 'hashchange', this.openShared);
  }

  has(id: string): boolean {
    return this.favorites.includes(id);
  }

  toggle(id: string): void {
    this.set(this.has(id) ? this.favorites.filter((f) => f !== id) : [...this.favorites, id]);
  }

  toggleLocalTime(): void {
    this.localTime = !this.localTime;
    saveFlag(this.key('local-time'), this.localTime);
    this.host.requestUpdate();
  }

  /** Whether the page has a URL to share: not in `<iframe srcdoc>`, where the link would read `about:srcdoc#…`. */
  get shareable(): boolean {
    return hasShareableUrl();
  }

  /** A link that opens the same "My program" elsewhere. */
  shareUrl(): string {
    const url = new URL(location.href);
    url.hash = shareFragment(this.favorites);
    return url.href;
  }

  private set(favorites: string[]): void {
    this.favorites = favorites;
    saveFavorites(this.key('favorites'), favorites);
    this.host.requestUpdate();
    this.host.dispatchEvent(new WeFavoritesChangeEvent({ favorites: [...favorites] }));
  }

  /** `#my-program=a,b` adds those sessions to the visitor's favourites and opens "My program". */
  private openShared = () => {
    const shared = parseShareFragment(location.hash);
    if (!shared) return;
    const added = shared.filter((id) => !this.has(id));
    this.openMyProgram();
    if (added.length) this.set([...this.favorites, ...added]);
  };

  /**
   * localStorage key for this schedule on this page (two schedules on a page keep apart by `id`). Every
   * `<iframe srcdoc>` of an origin has the same URL, `about:srcdoc`: there the key is the element's `id` (with the
   * page the frame inherits as its base), and a schedule without one keeps its choices for the visit only.
   */
  private key(kind: 'favorites' | 'local-time'): string | undefined {
    if (hasShareableUrl()) return storageKey(kind, location.pathname, this.host.id);
    if (!this.host.id) return undefined;
    return storageKey(kind, `${location.href}@${baseUri(this.host.ownerDocument).replace(/#.*$/, '')}`, this.host.id);
  }
}
