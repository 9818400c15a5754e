// Renders ssr.html on the server, as Next.js or Astro would: Node imports the app, its React wrappers and so the
// element modules (which define nothing there), renders to a string, and exits by itself.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { render } from './dist-server/entry-server.js';

const page = 'dist/ssr.html';
writeFileSync(page, readFileSync(page, 'utf8').replace('<!--ssr-outlet-->', render()));
rmSync('dist-server', { recursive: true });
