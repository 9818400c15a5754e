// Issue 21, reproducer 7: in an <iframe srcdoc> the page's URL is `about:srcdoc`, the same for every such frame.
// The elements run in the frame's own realm (test/security/srcdoc/page.ts) and report back.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { strictIcsProblems } from '../helpers/ics-strict.js';

interface Report {
  url: string;
  shareLinks: number[];
  shown: number[];
  ics: string;
  keys: string[];
}

describe('elements in an <iframe srcdoc>', function () {
  this.timeout(30_000);
  afterEach(() => localStorage.clear());

  it('offer no about:srcdoc links, keep favourites per element id, and never throw', async () => {
    localStorage.clear();
    const message = oneEvent(window, 'message');
    await fixture(
      html`<iframe
        title="srcdoc page"
        srcdoc=${'<!doctype html><html lang="en"><body><script type="module" src="/test/security/srcdoc/page.ts"></script></body></html>'}
      ></iframe>`,
    );
    const { data } = (await message) as unknown as MessageEvent<{ report: Report; errors: string[]; error?: string }>;
    expect(data.error, 'the page ran').to.equal(undefined);
    expect(data.errors).to.deep.equal([]);
    const { report } = data;
    expect(report.url).to.equal('about:srcdoc');
    // "My program" works (one starred session shown) but has no link to share: it would read about:srcdoc#….
    expect(report.shown).to.deep.equal([1, 1]);
    expect(report.shareLinks).to.deep.equal([0, 0]);
    expect(report.ics).to.contain('BEGIN:VEVENT');
    expect(report.ics).not.to.contain('about:srcdoc');
    expect(report.ics).not.to.match(/^URL:/m);
    expect(strictIcsProblems(report.ics)).to.deep.equal([]);
    // Stored under the element's id (and the page the frame inherits); the schedule without an id keeps its stars
    // for the visit only, instead of sharing one key with every srcdoc schedule of the site.
    expect(report.keys).to.have.length(1);
    expect(report.keys[0]).to.match(/^workshop-schedule:favorites:about:srcdoc@http.*#program$/);
  });
});
