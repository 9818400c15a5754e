/**
 * The elements' validators, without the elements: pure functions that run in Node as in the browser. The
 * `workshop-elements` command checks data files with them, so a file that validates renders without a warning.
 * Importing this module defines no element and loads no lit.
 */
export { validateItems, parseTime, SESSION_TYPES } from './workshop-schedule/validate.js';
export { validatePapers, splitAuthors } from './paper-list/validate.js';
export { validateSpeaker } from './speaker-card/validate.js';
export { validateSponsors } from './sponsor-strip/validate.js';
export { validateDates } from './important-dates/validate.js';
export { DataError, formatProblems, type Problem, type Validated } from './internal/validate.js';
