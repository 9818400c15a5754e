/** An author: a plain name, or a name with affiliation and homepage. */
export type Author = string | AuthorDetails;

/** An author with details. */
export interface AuthorDetails {
  /** The name as it should appear, e.g. "Bernhard Schölkopf". */
  name: string;
  /** One affiliation or several, shown on demand. */
  affiliation?: string | string[];
  /** Homepage; the name links to it. */
  url?: string;
}

/** One accepted paper, as the organizer writes it. */
export interface Paper {
  /** Stable id, used for deep links (`page.html#id`) and as the BibTeX key. Generated from author and title when absent. */
  id?: string;
  /** The title (required). Links to `pdf`, else to `url`. */
  title: string;
  /** The authors, in order: names or `{ name, affiliation, url }`. */
  authors?: Author[] | string;
  /** The abstract, shown collapsed. May hold the inline HTML subset (`<a href>`, `em`, `strong`, `i`, `b`, `code`, `sub`, `sup`, `br`, `&amp;`); any other markup is shown as text, as written. */
  abstract?: string;
  /** Keywords; searchable and offered as a filter. */
  keywords?: string[] | string;
  /** `oral`, `spotlight`, `poster`, or any string. Orals and spotlights get a badge. */
  type?: string;
  /** An award, e.g. "Best Paper"; shown as a badge. */
  award?: string;
  /** The session the paper is presented in; offered as a filter and for `group-by="session"`. */
  session?: string;
  /** The paper's PDF. */
  pdf?: string;
  /** The landing page, e.g. on OpenReview. */
  url?: string;
  /** Source code. */
  code?: string;
  /** Recorded talk. */
  video?: string;
  /** Slides. */
  slides?: string;
  /** Poster. */
  poster?: string;
  /** A BibTeX entry used as given instead of the generated one. */
  bibtex?: string;
}

/** The data of `<paper-list>`: a list of papers. */
export type Papers = Paper[];
