/**
 * `registerTranslation` without the elements: a page that imports one element alone
 * (`workshop-elements/speaker-card.js`) adds or overrides a language here. The package root exports it too.
 */
export { registerTranslation, type Message, type Translation } from './internal/localize.js';
