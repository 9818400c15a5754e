/** A labelled link, e.g. `{ "label": "Scholar", "url": "https://scholar.google.com/…" }`. */
export interface SpeakerLink {
  label: string;
  url: string;
}

/** An invited speaker, keynote, panelist or organizer. */
export interface Speaker {
  name: string;
  /** One affiliation or several. */
  affiliation?: string | string[];
  /** Photo URL (http, https or data:image). */
  photo?: string;
  /** Homepage. */
  url?: string;
  /** "Invited speaker", "Organizer", "Panelist"… */
  role?: string;
  /** Plain text. */
  bio?: string;
  /** The talk, linking to its session in the schedule, e.g. `{ "title": "…", "href": "#surya-ganguli" }`. */
  talk?: { title: string; href?: string };
  links?: SpeakerLink[];
}
