// A static file server for a built Jekyll site under its baseurl (as GitHub Pages serves a project site), for the
// measurement scripts (bench/jekyll-kit.mjs) and screenshots: node scripts/serve-site.mjs DIR BASEURL [PORT]
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { closeServer } from './chromium.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** Serves `dir` at `baseurl` on a free port; resolves to { url, close }. */
export function serveSite(dir, baseurl, port = 0) {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!pathname.startsWith(`${baseurl}/`)) return void res.writeHead(404).end();
    let file = path.join(dir, pathname.slice(baseurl.length));
    if (!file.startsWith(path.resolve(dir))) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      statSync(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}${baseurl}/`,
        close: () => closeServer(server),
      }),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, baseurl, port] = process.argv.slice(2);
  const { url } = await serveSite(path.resolve(dir), baseurl, Number(port ?? 8010));
  console.log(`serving ${dir} at ${url}`);
}
