/**
 * "My program" of one schedule, as a Lit reactive controller: the starred sessions, the "my time zone" choice and
 * the "Online" one, kept in localStorage per page and per schedule (`id`), and a share link (`#my-program=a,b`) that adds its
 * sessions and opens "My program" — on connect and whenever the hash changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WeFavoritesChangeEvent } from '../events/favorites-change.js';
import {
  loadFavorites,
  MAX_FAVORITES,
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
  /** The visitor follows the program online ("Online" rather than "In the room"). */
  online = false;
  /** `favorites` as a set, for look-ups. */
  private starred = new Set<string>();
  /** The ids of the current program; until it is known, nothing is written to storage (it may hold foreign ids). */
  private known?: Set<string>;
  /** Favourites changed before the program was known, to be saved once it is. */
  private unsaved = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Opens "My program" (a share link was followed). */
    private readonly openMyProgram: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.favorites = loadFavorites(this.key('favorites'));
    this.starred = new Set(this.favorites);
    this.localTime = loadFlag(this.key('local-time'));
    this.online = loadFlag(this.key('online'));
    this.openShared();
    on(window, 'hashchange', this.openShared);
  }

  hostDisconnected(): void {
    off(window, 'hashchange', this.openShared);
  }

  has(id: string): boolean {
    return this.starred.has(id);
  }

  /**
   * The program's session ids: favourites it does not have are dropped, and from now on storage holds only ids it
   * has (a shared link of 100,000 made-up ids stores nothing). Called when the program changes; fires no event.
   */
  keepOnly(ids: Iterable<string>): void {
    this.known = new Set(ids);
    const kept = this.favorites.filter((id) => this.known!.has(id)).slice(0, MAX_FAVORITES);
    const changed = kept.length !== this.favorites.length;
    this.favorites = kept;
    this.starred = new Set(kept);
    if (changed || this.unsaved) this.save();
  }

  toggle(id: string): void {
    this.set(this.has(id) ? this.favorites.filter((f) => f !== id) : [...this.favorites, id]);
  }

  toggleLocalTime(): void {
    this.localTime = !this.localTime;
    saveFlag(this.key('local-time'), this.localTime);
    this.host.requestUpdate();
  }

  /** "Online" (true) or "In the room". */
  setOnline = (online: boolean): void => {
    this.online = online;
    saveFlag(this.key('online'), online);
    this.host.requestUpdate();
  };

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

  private save(): void {
    this.unsaved = !this.known;
    if (this.known) saveFavorites(this.key('favorites'), this.favorites);
  }

  private set(favorites: string[]): void {
    const known = this.known;
    this.favorites = (known ? favorites.filter((id) => known.has(id)) : favorites).slice(0, MAX_FAVORITES);
    this.starred = new Set(this.favorites);
    this.save();
    this.host.requestUpdate();
    this.host.dispatchEvent(new WeFavoritesChangeEvent({ favorites: [...this.favorites] }));
  }

  /** `#my-program=a,b` adds those sessions to the visitor's favourites and opens "My program". */
  private openShared = () => {
    const shared = parseShareFragment(location.hash);
    if (!shared) return;
    // A Set look-up per id: a link of 100,000 ids is read in milliseconds (parseShareFragment caps and de-duplicates).
    const added = shared.filter((id) => !this.has(id) && (!this.known || this.known.has(id)));
    this.openMyProgram();
    if (added.length) this.set([...this.favorites, ...added]);
  };

  /**
   * localStorage key for this schedule on this page (two schedules on a page keep apart by `id`). Every
   * `<iframe srcdoc>` of an origin has the same URL, `about:srcdoc`: there the key is the element's `id` (with the
   * page the frame inherits as its base), and a schedule without one keeps its choices for the visit only.
   */
  private key(kind: 'favorites' | 'local-time' | 'online'): string | undefined {
    if (hasShareableUrl()) return storageKey(kind, location.pathname, this.host.id);
    if (!this.host.id) return undefined;
    return storageKey(kind, `${location.href}@${baseUri(this.host.ownerDocument).split('#', 1)[0]}`, this.host.id);
  }
}
