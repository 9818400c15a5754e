import type { SessionType } from './types.js';

/** The session types' names in a calendar file's CATEGORIES (English, as calendar apps file them). */
export const TYPE_LABELS: Record<SessionType, string> = {
  talk: 'Talk',
  keynote: 'Invited talk',
  spotlights: 'Spotlights',
  poster: 'Posters',
  panel: 'Panel',
  break: 'Break',
  remarks: 'Remarks',
  other: 'Session',
};
