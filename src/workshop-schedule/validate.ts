import { fieldsOf, topLevelList, type Validated } from '../internal/validate.js';

export interface SessionData {
  start: string;
  title: string;
}

export function validateItems(raw: unknown): Validated<SessionData[]> {
  return topLevelList(raw, 'items', (value, path, _i, problems) => {
    const f = fieldsOf(value, path, problems, 'item');
    if (!f) return undefined;
    const section = f.text('section');
    const start = f.text('start');
    const title = f.text('title');
    for (const key of Object.keys(f.obj)) f.raw(key); // thin version: the rest comes with the schedule issue
    f.done();
    if (section !== undefined) return { start: '', title: section };
    return { start: start ?? '', title: title || 'TBA' };
  });
}
