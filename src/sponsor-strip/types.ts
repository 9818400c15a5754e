/**
 * One sponsor of the workshop. Only `name` is required: without a `logo` (or when it cannot be shown)
 * the name is drawn as styled text in the logo's place.
 */
export interface Sponsor {
  /** The sponsor's name: the logo's alt text and the link's accessible name, exactly as written. */
  name: string;
  /**
   * Logo URL, relative to the page: http, https or a `data:image/…` URL (PNG, JPEG, GIF, WebP, SVG).
   * Any aspect ratio; logos are sized from their natural dimensions so that they look balanced.
   */
  logo?: string;
  /** The sponsor's website (http, https or mailto); the logo links to it and opens safely. */
  url?: string;
  /**
   * Tier name, e.g. "Gold". Tiers are drawn in the order of the `tiers` attribute (default: order of first
   * appearance), higher tiers larger; sponsors without a tier come last.
   */
  tier?: string;
  /** A short line shown under the logo, e.g. "Travel grants for students". May hold the inline HTML subset (`<a href>`, `em`, `strong`, `i`, `b`, `code`, `sub`, `sup`, `br`, `&amp;`); any other markup is shown as text, as written. */
  description?: string;
}

/** The data of `<sponsor-strip>`: a list of sponsors. */
export type Sponsors = Sponsor[];
