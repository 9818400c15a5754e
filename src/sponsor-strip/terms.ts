/** The English terms of `<sponsor-strip>` (see `internal/localize.ts`; every language has them all). */
import { COMMON_TERMS } from '../internal/terms.js';

export const SPONSOR_TERMS = {
  couldNotShow: COMMON_TERMS.couldNotShow,
  loadingSponsors: 'Loading sponsors…',
  noSponsors: 'No sponsors yet.',
  sponsorsSkipped: {
    one: '{n} sponsor could not be shown — details in the browser console',
    other: '{n} sponsors could not be shown — details in the browser console',
  },
  sponsors: 'Sponsors',
  supporters: 'Supporters',
};
