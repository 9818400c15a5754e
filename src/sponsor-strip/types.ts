/** One sponsor. */
export interface Sponsor {
  name: string;
  /** Logo URL (http, https or data:image). */
  logo?: string;
  url?: string;
  /** Tier name, e.g. "Gold"; sponsors without a tier come last. */
  tier?: string;
  description?: string;
}

/** The data of `<sponsor-strip>`: a list of sponsors. */
export type Sponsors = Sponsor[];
