/** An author: a plain name, or a name with affiliation and homepage. */
export type Author = string | { name: string; affiliation?: string | string[]; url?: string };

/** One accepted paper, as the organizer writes it. */
export interface Paper {
  /** Stable id, used for deep links (`#id`) and BibTeX keys. */
  id?: string;
  title: string;
  authors?: Author[] | string;
  abstract?: string;
  keywords?: string[] | string;
  /** `oral`, `spotlight`, `poster`, or any string. */
  type?: string;
  /** e.g. "Best Paper". */
  award?: string;
  session?: string;
  pdf?: string;
  url?: string;
  code?: string;
  video?: string;
  slides?: string;
  poster?: string;
  /** A BibTeX entry used as given instead of the generated one. */
  bibtex?: string;
}

/** The data of `<paper-list>`: a list of papers. */
export type Papers = Paper[];
