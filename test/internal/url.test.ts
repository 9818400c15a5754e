import { expect } from '@open-wc/testing';
import { isExternal, safeUrl, urlProblem } from '../../src/internal/url.js';

const base = document.baseURI;
const abs = (path: string) => new URL(path, base).href;

// [input, kind, expected href or undefined for "rejected"]
const vectors: [unknown, 'link' | 'image', string | undefined][] = [
  // allowed links
  ['https://example.org/', 'link', 'https://example.org/'],
  ['http://example.org/a?b=c#d', 'link', 'http://example.org/a?b=c#d'],
  ['HTTPS://EXAMPLE.ORG/Path', 'link', 'https://example.org/Path'],
  ['mailto:chair@example.org', 'link', 'mailto:chair@example.org'],
  ['  https://example.org/padded  ', 'link', 'https://example.org/padded'],
  ['//cdn.example.org/x.pdf', 'link', `${location.protocol}//cdn.example.org/x.pdf`],
  ['papers/1.pdf', 'link', abs('papers/1.pdf')],
  ['/static/papers/accepted/1.pdf', 'link', abs('/static/papers/accepted/1.pdf')],
  ['../up.html', 'link', abs('../up.html')],
  ['#schedule', 'link', abs('#schedule')],
  ['?q=1', 'link', abs('?q=1')],
  // entity forms are not decoded: they stay a harmless relative path
  ['javascript&#58;alert(1)', 'link', abs('javascript&#58;alert(1)')],
  ['javascript&colon;alert(1)', 'link', abs('javascript&colon;alert(1)')],
  ['&#106;avascript:alert(1)', 'link', abs('&#106;avascript:alert(1)')],
  ['%6Aavascript:alert(1)', 'link', abs('%6Aavascript:alert(1)')],
  // rejected links
  ['javascript:alert(1)', 'link', undefined],
  ['JaVaScRiPt:alert(1)', 'link', undefined],
  [' javascript:alert(1)', 'link', undefined],
  ['java\tscript:alert(1)', 'link', undefined],
  ['java\nscript:alert(1)', 'link', undefined],
  ['java\rscript:alert(1)', 'link', undefined],
  ['\x01javascript:alert(1)', 'link', undefined],
  ['\x00javascript:alert(1)', 'link', undefined],
  ['\u0000\u001fjavascript:alert(1)', 'link', undefined],
  ['javascript://example.org/%0Aalert(1)', 'link', undefined],
  ['vbscript:msgbox(1)', 'link', undefined],
  ['VBScript:msgbox(1)', 'link', undefined],
  ['data:text/html,<script>alert(1)</script>', 'link', undefined],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'link', undefined],
  ['data:image/png;base64,iVBORw0KGgo=', 'link', undefined],
  ['file:///etc/passwd', 'link', undefined],
  ['ftp://example.org/file', 'link', undefined],
  ['blob:https://example.org/uuid', 'link', undefined],
  ['about:blank', 'link', undefined],
  ['tel:+15555555555', 'link', undefined],
  ['http://[::1', 'link', undefined],
  ['', 'link', undefined],
  ['   ', 'link', undefined],
  [42, 'link', undefined],
  [null, 'link', undefined],
  [{ url: 'https://example.org' }, 'link', undefined],
  [['https://example.org'], 'link', undefined],
  // images
  ['https://example.org/logo.png', 'image', 'https://example.org/logo.png'],
  ['img/merl.png', 'image', abs('img/merl.png')],
  ['data:image/png;base64,iVBORw0KGgo=', 'image', 'data:image/png;base64,iVBORw0KGgo='],
  ['data:image/jpeg;base64,/9j/4AAQ', 'image', 'data:image/jpeg;base64,/9j/4AAQ'],
  ['data:image/gif;base64,R0lGODlh', 'image', 'data:image/gif;base64,R0lGODlh'],
  ['data:image/webp;base64,UklGR', 'image', 'data:image/webp;base64,UklGR'],
  ['data:image/svg+xml,%3Csvg%3E%3C/svg%3E', 'image', 'data:image/svg+xml,%3Csvg%3E%3C/svg%3E'],
  ['DATA:IMAGE/PNG;base64,iVBORw0KGgo=', 'image', 'data:IMAGE/PNG;base64,iVBORw0KGgo='],
  ['data:text/html,<script>alert(1)</script>', 'image', undefined],
  ['data:image/svg+xmlfoo,x', 'image', undefined],
  ['data:application/javascript,alert(1)', 'image', undefined],
  ['javascript:alert(1)', 'image', undefined],
  ['mailto:someone@example.org', 'image', undefined],
  ['java\tscript:alert(1)', 'image', undefined],
];

describe('safeUrl', () => {
  it(`has at least 40 vectors (has ${vectors.length})`, () => {
    expect(vectors.length).to.be.at.least(40);
  });

  for (const [input, kind, expected] of vectors) {
    const name = `${expected === undefined ? 'rejects' : 'allows'} ${kind} ${JSON.stringify(input)}`;
    it(name, () => {
      expect(safeUrl(input, kind)).to.equal(expected);
      if (expected === undefined) expect(urlProblem(input, kind)).to.be.a('string').and.not.empty;
      else expect(urlProblem(input, kind)).to.equal(undefined);
    });
  }

  it('names the refused scheme in the problem', () => {
    expect(urlProblem('javascript:alert(1)')).to.contain('"javascript:"');
    expect(urlProblem('data:text/html,x', 'image')).to.contain('"data:"');
  });

  it('marks other origins as external and the page origin as not', () => {
    expect(isExternal('https://example.org/')).to.equal(true);
    expect(isExternal(abs('/local.html'))).to.equal(false);
    expect(isExternal('mailto:a@example.org')).to.equal(false);
    // The unparsed fast path and the parser agree at the edges of the origin.
    expect(isExternal(location.origin)).to.equal(false);
    expect(isExternal(`${location.origin}?q=1`)).to.equal(false);
    expect(isExternal(`${location.origin}#top`)).to.equal(false);
    expect(isExternal(`${location.protocol}//${location.hostname}.example.org/`)).to.equal(true);
    expect(isExternal(`${location.protocol}//${location.hostname}:1/`)).to.equal(true);
    expect(isExternal(`${location.protocol === 'http:' ? 'https:' : 'http:'}//${location.host}/`)).to.equal(true);
    expect(isExternal(`${location.protocol}//${location.host.toUpperCase()}/x`)).to.equal(false);
    expect(isExternal(`${location.protocol}//user@${location.host}/x`)).to.equal(false);
    expect(isExternal('https://EXAMPLE.org/')).to.equal(true);
  });
});
