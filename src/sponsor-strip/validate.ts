import { fieldsOf, topLevelList, type Validated } from '../internal/validate.js';

/** A sponsor after validation: URLs are absolute and safe, texts are strings. */
export interface SponsorData {
  name: string;
  /** Safe absolute logo URL. */
  logo?: string;
  /** Safe absolute link URL. */
  url?: string;
  /** The tier as written, trimmed; undefined when absent or blank. */
  tier?: string;
  description?: string;
  /** Position in the organizer's list, for warnings that name `sponsors[4].tier`. */
  index: number;
}

/**
 * Organizer JSON → sponsors to render. A sponsor without a usable `name` is skipped; a bad `logo`
 * (unsafe scheme, not a string) is dropped, so the name shows instead; every problem names its path.
 */
export function validateSponsors(raw: unknown): Validated<SponsorData[]> {
  return topLevelList(raw, 'sponsors', (value, path, index, problems) => {
    // `- DeepMind` in a sponsors.yml: a sponsor by name alone (shown as its name, without a logo or link).
    const f = fieldsOf(typeof value === 'string' && value.trim() ? { name: value } : value, path, problems, 'sponsor');
    if (!f) return undefined;
    const name = f.requiredText('name', 'sponsor');
    const before = problems.length;
    const logo = f.url('logo', 'image');
    if (problems.length > before) problems[before].message += ' (the name is shown instead)';
    const url = f.url('url');
    const tier = f.text('tier')?.trim();
    if (tier === '') f.warn('tier', 'empty, shown with the sponsors without a tier');
    const description = f.text('description')?.trim() || undefined;
    f.done();
    if (name === undefined) return undefined;
    return { name, logo, url, tier: tier || undefined, description, index };
  });
}
