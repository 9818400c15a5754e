/** The English terms of `<speaker-card>` (see `internal/localize.ts`; every language has them all). */
import { COMMON_TERMS } from '../internal/terms.js';

export const SPEAKER_TERMS = {
  couldNotShow: COMMON_TERMS.couldNotShow,
  loadingSpeaker: 'Loading speaker…',
  noSpeaker: 'No speaker given.',
  noName: 'This card has no name — details in the browser console',
  talk: 'Talk:',
  showMore: 'Show more',
  showLess: 'Show less',
  aboutSpeaker: 'about {name}',
};
