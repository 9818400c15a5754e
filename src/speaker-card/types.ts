/** A labelled link, e.g. `{ "label": "Scholar", "url": "https://scholar.google.com/…" }`. */
export interface SpeakerLink {
  /** The visible link text, e.g. "Scholar", "Slides", "Webpage". */
  label: string;
  /** Where it goes: http, https or mailto. */
  url: string;
}

/** The speaker's talk, linked to its session in `<workshop-schedule>`. */
export interface SpeakerTalk {
  /** The talk's title, shown as "Talk: <title>". */
  title: string;
  /** Where the title links to: usually `#session-id`, the `id` of the session in the schedule. */
  href?: string;
}

/** An invited speaker, keynote, panelist or organizer: one `<speaker-card>`. */
export interface Speaker {
  /** The person's name, as it should be printed. Required. */
  name: string;
  /** One affiliation, or several (one line each). */
  affiliation?: string | string[];
  /** Photo URL (http, https or a data:image), relative to the page. Without one, or when it fails, initials are shown. */
  photo?: string;
  /** Homepage: the name links to it. */
  url?: string;
  /** "Invited speaker", "Keynote", "Organizer", "Panelist"… shown above the name. */
  role?: string;
  /**
   * A short biography; a blank line starts a paragraph. May hold the inline HTML subset (`<a href>`, `em`, `strong`, `i`, `b`, `code`, `sub`, `sup`, `br`, `&amp;`); any other markup is shown as text, as written.
   * Long ones are clamped with a "Show more" button. Child content of the element wins over it.
   */
  bio?: string;
  /** The talk, linking to its session in the schedule, e.g. `{ "title": "…", "href": "#surya-ganguli" }`. */
  talk?: SpeakerTalk;
  /** More links, shown as a row: `[{ "label": "Scholar", "url": "…" }]`. */
  links?: SpeakerLink[];
}
