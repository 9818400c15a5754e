/** The shipped languages, as the tests import them (each module registers itself). */
import type { CompleteTranslation } from '../../src/translations/en.js';
import ar from '../../src/translations/ar.js';
import de from '../../src/translations/de.js';
import es from '../../src/translations/es.js';
import fr from '../../src/translations/fr.js';
import ja from '../../src/translations/ja.js';
import pt from '../../src/translations/pt.js';
import zh from '../../src/translations/zh.js';

export const SHIPPED: Record<string, CompleteTranslation> = { de, fr, es, pt, zh, ja, ar };
