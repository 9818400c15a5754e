// `workshop-elements preview`: a page on 127.0.0.1 that renders the data files with the elements (the CDN bundle),
// lists what `validate` says about each, and re-renders when a file changes (server-sent events; no browser opens).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, watch } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { CliError } from './io.js';
import { elementsRoot } from './package-root.js';
import { checkFile, expandArgs, formatProblem } from './validate.js';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
};

/** The data of one file as the page gets it (YAML read as Jekyll reads it), with validate's report. */
function readEntry(file, options) {
  try {
    const { kind, data, problems } = checkFile(file, { timezone: options.siteTimezone });
    return { file, kind, data, problems: problems.map(formatProblem) };
  } catch (e) {
    if (e instanceof CliError) return { file, error: String(e) };
    throw e;
  }
}

const PAGE = (options) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>workshop-elements preview</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 72rem; margin: 0 auto; padding: 1rem; color-scheme: light dark; }
  .file { margin-block: 2.5rem; }
  .file > h2 { font-size: 1rem; font-family: ui-monospace, monospace; border-bottom: 1px solid currentColor; }
  .problems { font-family: ui-monospace, monospace; font-size: 0.85rem; white-space: pre-wrap; background: #fff3cd; color: #533f03; padding: 0.5rem; }
  .error { background: #f8d7da; color: #58151c; }
  .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
</style>
<script type="module" src="/workshop-elements.js"></script>
</head>
<body>
<h1>Preview</h1>
<p id="status" role="status">Loading…</p>
<main id="files"></main>
<script type="module">
  const options = ${JSON.stringify({ timezone: options.timezone, date: options.date })};
  const tags = { papers: 'paper-list', program: 'workshop-schedule', sponsors: 'sponsor-strip', dates: 'important-dates' };
  const props = { papers: 'papers', program: 'items', sponsors: 'sponsors', dates: 'dates' };
  async function render() {
    const entries = await (await fetch('/data.json', { cache: 'no-store' })).json();
    const main = document.getElementById('files');
    main.replaceChildren();
    for (const entry of entries) {
      const section = document.createElement('section');
      section.className = 'file';
      const h = document.createElement('h2');
      h.textContent = entry.file + (entry.kind ? ' — ' + entry.kind : '');
      section.append(h);
      const messages = entry.error ? [entry.error] : entry.problems;
      if (messages.length) {
        const pre = document.createElement('pre');
        pre.className = 'problems' + (entry.error ? ' error' : '');
        pre.textContent = messages.join('\\n');
        section.append(pre);
      }
      if (entry.kind === 'speakers') {
        const grid = document.createElement('div');
        grid.className = 'cards';
        for (const speaker of Array.isArray(entry.data) ? entry.data : [entry.data]) {
          const card = document.createElement('speaker-card');
          card.speaker = speaker;
          grid.append(card);
        }
        section.append(grid);
      } else if (entry.kind) {
        const el = document.createElement(tags[entry.kind]);
        if (entry.kind === 'program') {
          if (options.timezone) el.setAttribute('timezone', options.timezone);
          if (options.date) el.setAttribute('date', options.date);
        }
        el[props[entry.kind]] = entry.data;
        section.append(el);
      }
      main.append(section);
    }
    document.getElementById('status').textContent = 'Rendered ' + entries.length + ' file(s) at ' + new Date().toLocaleTimeString();
  }
  render();
  new EventSource('/events').onmessage = () => render();
</script>
</body>
</html>
`;

/** Starts the server; resolves to `{ url, close(), closed }` once it listens. */
export async function startPreview(paths, options = {}) {
  const bundle = join(elementsRoot(), 'cdn', 'workshop-elements.js');
  if (!existsSync(bundle)) throw new CliError(bundle, undefined, 'missing: build it with npm run build:cdn');
  const files = () => expandArgs(paths).map((f) => f.file);
  // Relative photo and logo URLs resolve against the site: files next to _data are served as Jekyll would.
  const dirArg = paths.find((p) => existsSync(p) && statSync(p).isDirectory());
  const siteRoot = resolve(dirArg ? (existsSync(join(dirArg, '_data')) ? dirArg : dirname(dirArg)) : dirname(paths[0]));
  const clients = new Set();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path === '/') return send(res, 200, 'text/html', PAGE(options));
    if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    if (path === '/workshop-elements.js') return send(res, 200, 'text/javascript', readFileSync(bundle));
    if (path === '/data.json')
      return send(res, 200, 'application/json', JSON.stringify(files().map((f) => readEntry(f, options))));
    if (path === '/events') {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return undefined;
    }
    const target = normalize(join(siteRoot, path));
    if (
      target.startsWith(siteRoot + sep) &&
      existsSync(target) &&
      statSync(target).isFile() &&
      !/[\\/]_/.test(target.slice(siteRoot.length))
    )
      return send(res, 200, TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream', readFileSync(target));
    return send(res, 404, 'text/plain', 'not found');
  });
  let timer;
  const changed = () => {
    clearTimeout(timer);
    // Editors save in several steps (truncate, write, rename): one re-render after they settle.
    timer = setTimeout(() => {
      options.log?.(`changed: re-rendering`);
      for (const c of clients) c.write('data: change\n\n');
    }, 100);
  };
  const watchers = paths.filter(existsSync).map((p) => {
    const dir = statSync(p).isDirectory() ? (existsSync(join(p, '_data')) ? join(p, '_data') : p) : dirname(p);
    return watch(dir, changed);
  });
  await new Promise((ok, fail) => {
    server.once('error', (e) =>
      fail(new CliError(undefined, undefined, `cannot listen on 127.0.0.1:${options.port}: ${e.code ?? e.message}`)),
    );
    server.listen(options.port ?? 4000, '127.0.0.1', ok);
  });
  let resolveClosed;
  const closed = new Promise((r) => (resolveClosed = r));
  const close = () => {
    for (const w of watchers) w.close();
    for (const c of clients) c.end();
    clearTimeout(timer);
    server.close(() => resolveClosed(0));
  };
  process.once('SIGINT', close);
  return { url: `http://127.0.0.1:${server.address().port}/`, close, closed };
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(body);
}
