/**
 * Ids an element gives its own parts (a heading that labels a list, an error that describes a button), kept apart from
 * the ids in the data, which are rendered as written so `page.html#id` links reach them. A data id may be any string,
 * so no fixed prefix is safe from it (`paper-list-title-0` was both a paper's id and a title's); this prefix holds a
 * token drawn when the module loads, which data written before cannot know.
 */
const token = Math.random().toString(36).slice(2, 8).padEnd(6, '0');

/** `name` in the elements' own namespace, e.g. `we-k3x9q2-title-4`. */
export const internalId = (name: string): string => `we-${token}-${name}`;
