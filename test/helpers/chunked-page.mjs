// A page whose HTML a test writes piece by piece (test/internal/mid-parse.test.ts), so the browser parses it in
// chunks exactly where the test says: the page's response stays open and each piece is sent when the test posts it.
//   GET  /__chunked/<id>          opens the page (text/html), sends nothing yet
//   POST /__chunked/<id>/write    sends the request's body as the next piece
//   POST /__chunked/<id>/end      ends the page
// Dev-server middleware, first in the chain: the page is streamed as is, no plugin buffers or rewrites it.
import { PassThrough } from 'node:stream';

/** id → the page's stream, once the browser has asked for it; a piece posted earlier waits for that. */
const pages = new Map();
const opened = (id) => {
  let page = pages.get(id);
  if (!page) {
    let open;
    page = { stream: new Promise((resolve) => (open = resolve)), open };
    pages.set(id, page);
  }
  return page;
};

const bodyOf = async (req) => {
  const parts = [];
  for await (const part of req) parts.push(part);
  return Buffer.concat(parts);
};

export async function chunkedPages(context, next) {
  const match = /^\/__chunked\/(\w+)(?:\/(write|end))?$/.exec(context.path);
  if (!match) return next();
  const [, id, action] = match;
  if (!action) {
    const stream = new PassThrough();
    opened(id).open(stream);
    context.set('Cache-Control', 'no-store');
    context.type = 'text/html; charset=utf-8';
    context.body = stream;
    return;
  }
  if (context.method !== 'POST') {
    context.status = 405;
    return;
  }
  const body = await bodyOf(context.req);
  const stream = await opened(id).stream;
  if (action === 'write') stream.write(body);
  else {
    stream.end(body);
    pages.delete(id);
  }
  context.status = 204;
}
