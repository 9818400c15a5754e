/**
 * "My program": the visitor's starred sessions, kept in localStorage per page, and a share link
 * (`#my-program=id1,id2`) that opens the same selection on another device. No account, no server.
 */

import { encodeComponent } from '../internal/well-formed.js';

export const SHARE_PREFIX = 'my-program=';

/** The storage key for one schedule on one page. */
export function storageKey(kind: 'favorites' | 'local-time', page: string, which = ''): string {
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
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
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
  const h = hash.replace(/^#/, '');
  if (!h.startsWith(SHARE_PREFIX)) return undefined;
  return h
    .slice(SHARE_PREFIX.length)
    .split(',')
    .filter(Boolean)
    .map((id) => {
      try {
        return decodeURIComponent(id);
      } catch {
        return id;
      }
    });
}
