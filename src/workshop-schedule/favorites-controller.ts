/**
 * "My program" of one schedule, as a Lit reactive controller: the starred sessions, the "my time zone" choice and
 * the "Online" one, kept in localStorage per page and per schedule (`id`), and a share link (`#my-program=a,b`) that adds its
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

export class FavoritesController implements ReactiveController {
  /** The starred session ids, in the order they were starred. */
  favorites: string[] = [];
  /** Times shown in the visitor's zone. */
  localTime = false;
  /** The visitor follows the program online ("Online" rather than "In the room"). */
  online = false;

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
    this.online = loadFlag(this.key('online'));
    this.openShared();
    window.addEventListener('hashchange', this.openShared);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.openShared);
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

  /** "Online" (true) or "In the room". */
  setOnline = (online: boolean): void => {
    this.online = online;
    saveFlag(this.key('online'), online);
    this.host.requestUpdate();
  };

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

  /** localStorage key for this schedule on this page (two schedules on a page keep apart by `id`). */
  private key(kind: 'favorites' | 'local-time' | 'online'): string {
    return storageKey(kind, location.pathname, this.host.id);
  }
}
