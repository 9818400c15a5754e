/** The shipped languages, as the tests import them (each module registers itself). */
import type { CompleteTranslation } from '../../src/translations/en.js';
import ar from '../../src/translations/ar.js';
import de from '../../src/translations/de.js';

export const SHIPPED: Record<string, CompleteTranslation> = { de, ar };
