/**
 * The small notice at the end of an element whose data had entries it could not show: a visitor sees that
 * something is missing, the organizer where to look. A page hides it with `::part(notice) { display: none }`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isSummary, skippedEntry } from './problem-cap.js';
import type { Problem } from './validate.js';

/**
 * How many top-level entries were skipped, from the problems that say so: a problem whose message ends with
 * `(<what> skipped)` at a path `list[i]…` counts its entry once.
 */
export function skippedEntries(problems: readonly Problem[], ...what: string[]): number {
  const entries = new Set<string>();
  let counted = 0;
  for (const p of problems) {
    if (isSummary(p)) for (const w of what) counted += p.omitted.skipped.get(w) ?? 0;
    const skip = skippedEntry(p);
    if (skip && what.includes(skip.what)) entries.add(skip.entry);
  }
  return entries.size + counted;
}

/** "1 session could not be shown — details in the browser console" (`text(count)`), or nothing when none was skipped. */
export function renderNotice(count: number, text: (n: number) => string): TemplateResult | typeof nothing {
  return count ? html`<p part="notice" class="notice">${text(count)}</p>` : nothing;
}
