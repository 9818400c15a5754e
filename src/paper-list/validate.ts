import { fieldsOf, topLevelList, type Validated } from '../internal/validate.js';

/** A paper after validation: text is text, URLs are safe and absolute. */
export interface PaperData {
  title: string;
  id?: string;
  authors: string[];
  pdf?: string;
  url?: string;
}

export function validatePapers(raw: unknown): Validated<PaperData[]> {
  return topLevelList(raw, 'papers', (value, path, _i, problems) => {
    const f = fieldsOf(value, path, problems, 'paper');
    if (!f) return undefined;
    const title = f.requiredText('title', 'paper');
    const paper: PaperData = {
      title: title ?? '',
      id: f.text('id'),
      authors: f.textList('authors') ?? [],
      pdf: f.url('pdf'),
      url: f.url('url'),
    };
    for (const key of Object.keys(f.obj)) f.raw(key); // thin version: other fields come with the paper-list issue
    f.done();
    return title === undefined ? undefined : paper;
  });
}
