/**
 * "My program": the visitor's starred sessions, kept in localStorage per page, and a share link
 * (`#my-program=id1,id2`) that opens the same selection on another device. No account, no server.
 */

import { encodeComponent } from '../internal/well-formed.js';

export const SHARE_PREFIX = 'my-program=';
/** The most sessions "My program" keeps: more than any program has, few enough for any storage quota. */
export const MAX_FAVORITES = 2_000;
/** A longer id comes from no program (the schedule's own ids are at most 64 characters, the organizer's rarely). */
export const MAX_ID_LENGTH = 1_000;

/** The first MAX_FAVORITES distinct ids of a list, each a string of at most MAX_ID_LENGTH characters. */
export function boundedIds(ids: Iterable<unknown>): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    if (out.size === MAX_FAVORITES) break;
    if (typeof id === 'string' && id && id.length <= MAX_ID_LENGTH) out.add(id);
  }
  return [...out];
}

/** The storage key for one schedule on one page. */
export function storageKey(kind: 'favorites' | 'local-time' | 'online', page: string, which = ''): string {
  return `workshop-schedule:${kind}:${page}${which ? `#${which}` : ''}`;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (privacy mode, sandboxed iframe): favourites last for the visit only
  }
}

export function loadFavorites(key: string | undefined): string[] {
  if (key === undefined) return [];
  try {
    const raw: unknown = JSON.parse(storage()?.getItem(key) ?? '[]');
    return Array.isArray(raw) ? boundedIds(raw) : [];
  } catch {
    return [];
  }
}

export function saveFavorites(key: string | undefined, ids: Iterable<string>): void {
  if (key === undefined) return;
  try {
    storage()?.setItem(key, JSON.stringify([...ids]));
  } catch {
    /* quota or blocked storage: keep them in memory */
  }
}

export function loadFlag(key: string | undefined): boolean {
  if (key === undefined) return false;
  try {
    return storage()?.getItem(key) === 'true';
  } catch {
    return false;
  }
}

export function saveFlag(key: string | undefined, value: boolean): void {
  if (key === undefined) return;
  try {
    storage()?.setItem(key, String(value));
  } catch {
    /* see saveFavorites */
  }
}

/**
 * The fragment that shares a selection: `my-program=a,b` (ids percent-encoded, commas separate; a lone surrogate,
 * which cannot be percent-encoded, as U+FFFD).
 */
export function shareFragment(ids: Iterable<string>): string {
  return SHARE_PREFIX + [...ids].map(encodeComponent).join(',');
}

/** The ids in a `#my-program=…` hash, or undefined when the hash is something else. */
export function parseShareFragment(hash: string): string[] | undefined {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!h.startsWith(SHARE_PREFIX)) return undefined;
  // Lazily, so a link of millions of ids decodes only as many as are kept.
  function* ids() {
    for (const id of h.slice(SHARE_PREFIX.length).split(',')) {
      if (!id || id.length > 3 * MAX_ID_LENGTH) continue;
      try {
        yield decodeURIComponent(id);
      } catch {
        yield id;
      }
    }
  }
  return boundedIds(ids());
}
