/**
 * A speaker written as one string that looks like "Name, Affiliation" (`- Jane Doe, MIT` in a speakers.yml).
 *
 * Kept as one name, with a warning that suggests the object form, rather than split: a split would guess, and a
 * wrong guess changes the person's name wherever it is used (the card, the photo's alt text, the page's JSON-LD,
 * the Jekyll kit's server-written HTML) without the organizer seeing why. "Doe, Jane" (family name first),
 * "Jane Doe, PhD", "Martin Luther King, Jr.", "Jane Doe, J." and "Doe, J. R." all have one comma too. Kept whole,
 * nothing the organizer wrote is lost, and the element, the kit and the CLI's `render` (which print the string as
 * the name) agree without a second copy of a heuristic in Liquid.
 */

/** What follows a comma in a name without being an affiliation: generational suffixes and degrees. */
const SUFFIX = /^(?:jr|sr|[ivx]+|phd|ph\.d|md|m\.d|msc|bsc|ma|ba|mba|esq|dr|prof)\.?$/i;
/** Initials: "J", "J.", "J. R.", "J.-P." (not "MIT": an acronym without dots is an affiliation's). */
const INITIALS = /^\p{Lu}$|^(?:\p{Lu}\.(?:-\p{Lu}\.)?\s*){1,3}$/u;

/**
 * The affiliation a "Name, Affiliation" string seems to hold, or undefined when it does not look like one: not
 * exactly one comma, a left part of one word ("Doe, Jane": family name first), or a right part that is initials or
 * a suffix.
 */
export function affiliationInName(text: string): string | undefined {
  const parts = text.split(',');
  if (parts.length !== 2) return undefined;
  const [name, rest] = parts.map((p) => p.trim());
  if (!name || !rest || !/\s/.test(name)) return undefined;
  if (SUFFIX.test(rest) || INITIALS.test(rest)) return undefined;
  return rest;
}
