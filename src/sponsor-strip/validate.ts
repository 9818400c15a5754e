import { fieldsOf, topLevelList, type Validated } from '../internal/validate.js';

export interface SponsorData {
  name: string;
  url?: string;
  tier?: string;
}

export function validateSponsors(raw: unknown): Validated<SponsorData[]> {
  return topLevelList(raw, 'sponsors', (value, path, _i, problems) => {
    const f = fieldsOf(value, path, problems, 'sponsor');
    if (!f) return undefined;
    const name = f.requiredText('name', 'sponsor');
    const sponsor = { name: name ?? '', url: f.url('url'), tier: f.text('tier') };
    for (const key of Object.keys(f.obj)) f.raw(key); // thin version: other fields come with the sponsor-strip issue
    f.done();
    return name === undefined ? undefined : sponsor;
  });
}
