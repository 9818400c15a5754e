// Where the elements' package is installed: its CDN bundle (for preview) and Jekyll kit (for init) live there.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

export const elementsRoot = () => dirname(createRequire(import.meta.url).resolve('workshop-elements/package.json'));
