/**
 * Tiers: the order of the groups, which tier each sponsor belongs to, and how large each group is drawn.
 * Pure functions; the element renders what `arrange` returns.
 */
import { JsonAttributeError } from '../internal/data.js';
import { describe } from '../internal/url.js';
import type { Problem } from '../internal/validate.js';
import type { SponsorData } from './validate.js';

/** Tier sizes with their own custom property (`--we-sponsor-tier-1-height` …); lower tiers use the last one. */
export const SIZED_TIERS = 4;

export interface TierGroup {
  /** The tier's name as the `tiers` attribute (or, for unlisted tiers, the first sponsor) spells it; undefined for sponsors without a tier. */
  tier?: string;
  /**
   * Size step: 1 is the largest; tiers listed in `tiers` keep their position even when a higher one has no
   * sponsors, so "Gold" is drawn the same size on every page. 0 means the strip has no tiers at all.
   */
  size: number;
  sponsors: SponsorData[];
}

export interface Arrangement {
  groups: TierGroup[];
  /** Sponsors whose tier is not listed in a given `tiers`: they still render, after the listed tiers. */
  problems: Problem[];
}

/** Tier names compare without case and surrounding space: "gold " is "Gold". */
const key = (tier: string) => tier.trim().toLowerCase();

/**
 * Reads the `tiers` attribute or property: a JSON array of names (`'["Gold","Silver"]'`), or, for hand-written
 * HTML, a comma-separated list (`"Gold, Silver"`). Anything unusable is reported and ignored.
 */
export function parseTiers(raw: unknown): { tiers?: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  if (raw === undefined || raw === null) return { problems };
  if (raw instanceof JsonAttributeError) {
    problems.push({ path: 'tiers', message: `not valid JSON: ${raw.message} (tiers in order of first appearance)` });
    return { problems };
  }
  // JSON text also as the property: React 19 and Vue set `tiers='["Gold"]'` on the tag as the property.
  if (typeof raw === 'string' && raw.trim().startsWith('[')) {
    try {
      raw = JSON.parse(raw);
    } catch (e) {
      return parseTiers(new JsonAttributeError('tiers', (e as Error).message));
    }
  }
  if (typeof raw === 'string') raw = raw.split(',');
  if (!Array.isArray(raw)) {
    problems.push({ path: 'tiers', message: `expected a list of tier names, got ${describe(raw)} (ignored)` });
    return { problems };
  }
  const tiers: string[] = [];
  const seen = new Set<string>();
  raw.forEach((item, i) => {
    if (typeof item !== 'string' && !(typeof item === 'number' && Number.isFinite(item))) {
      problems.push({ path: `tiers[${i}]`, message: `expected a tier name, got ${describe(item)} (ignored)` });
      return;
    }
    const name = String(item).trim();
    if (name === '' || seen.has(key(name))) return;
    seen.add(key(name));
    tiers.push(name);
  });
  return { tiers, problems };
}

/**
 * Groups sponsors by tier: the listed tiers in their order (empty ones left out), then tiers the list does not
 * name in order of first appearance (with a warning each), then sponsors without a tier. Without any tier in the
 * data there is one group of size 0 and no headings.
 */
export function arrange(sponsors: readonly SponsorData[], listed?: readonly string[]): Arrangement {
  const problems: Problem[] = [];
  const order = new Map<string, TierGroup>();
  listed?.forEach((tier, i) => order.set(key(tier), { tier, size: i + 1, sponsors: [] }));
  const listedKeys = new Set(listed?.map(key));
  const names = listed?.length ? listed.map((t) => JSON.stringify(t)).join(', ') : 'no tiers';
  const untiered: SponsorData[] = [];
  for (const sponsor of sponsors) {
    if (sponsor.tier === undefined) {
      untiered.push(sponsor);
      continue;
    }
    const k = key(sponsor.tier);
    let group = order.get(k);
    if (!group) order.set(k, (group = { tier: sponsor.tier, size: order.size + 1, sponsors: [] }));
    if (listed && !listedKeys.has(k)) {
      problems.push({
        path: `sponsors[${sponsor.index}].tier`,
        message: `unknown tier ${JSON.stringify(sponsor.tier)} ("tiers" lists ${names}); shown after the listed tiers`,
      });
    }
    group.sponsors.push(sponsor);
  }
  const groups = [...order.values()].filter((g) => g.sponsors.length > 0);
  if (groups.length === 0) return { groups: untiered.length ? [{ size: 0, sponsors: untiered }] : [], problems };
  // The smallest size whatever the number of tiers: a supporter is never drawn like a tier above it.
  if (untiered.length) groups.push({ size: Math.max(SIZED_TIERS, order.size + 1), sponsors: untiered });
  return { groups, problems };
}
