/** Every event the elements fire: `we-<what>`, bubbling and composed, payload in `detail`. */
export { WeLoadEvent } from './load.js';
export { WeErrorEvent, type WeErrorDetail } from './error.js';
export { WeFragmentTargetEvent, type WeFragmentTargetDetail } from './fragment-target.js';
export { WeCalendarDownloadEvent, type WeCalendarDownloadDetail } from './calendar-download.js';
export { WeFavoritesChangeEvent, type WeFavoritesChangeDetail } from './favorites-change.js';
