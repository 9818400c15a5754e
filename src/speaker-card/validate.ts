import { DataError, Fields, type Validated } from '../internal/validate.js';
import { describe } from '../internal/url.js';

export interface SpeakerData {
  name: string;
  affiliations: string[];
  url?: string;
}

export function validateSpeaker(raw: unknown): Validated<SpeakerData> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new DataError(`"speaker" must be an object, got ${describe(raw)}`);
  const problems: Validated<SpeakerData>['problems'] = [];
  const f = new Fields(raw as Record<string, unknown>, 'speaker', problems);
  const name = f.requiredText('name', 'speaker');
  if (name === undefined) throw new DataError(`"speaker.name" is required`);
  const data = { name, affiliations: f.textList('affiliation') ?? [], url: f.url('url') };
  for (const key of Object.keys(f.obj)) f.raw(key); // thin version: other fields come with the speaker-card issue
  f.done();
  return { data, problems };
}
