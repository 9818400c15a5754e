// Issue 21, reproducer 9 (last bullet): under `default-src 'self'; script-src 'self'; style-src 'self';
// require-trusted-types-for 'script'` every element renders fully with no `securitypolicyviolation`. The page
// (test/security/csp/page.html) is served with that header by the test server (web-test-runner.config.mjs) and loads
// the elements from files of its own origin; it reports back what it saw.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

interface Report {
  violations: string[];
  rendered: string[];
  gridColumns: string[];
  richText: boolean[];
  hostDisplay: string;
  avatar: string;
  logoSize: string;
  probes: { style: boolean; trustedTypes: boolean };
}

describe('every element under a strict Content Security Policy', function () {
  this.timeout(30_000);

  it('renders fully, grid placement and rich text included, with zero violations', async () => {
    const message = oneEvent(window, 'message');
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="strict CSP page"
        src="/test/security/csp/page.html"
        style="width: 900px; height: 600px"
      ></iframe>`,
    );
    const { data } = (await message) as unknown as MessageEvent<{
      report: Report;
      probeViolations: string[];
      error?: string;
    }>;
    expect(data.error, 'the page ran').to.equal(undefined);
    const { report, probeViolations } = data;
    // The policy is really in force: a style attribute is refused (all engines), and where the engine has Trusted
    // Types a string assigned to innerHTML is too.
    expect(report.probes.style, 'style-src blocks a style attribute').to.equal(true);
    expect(probeViolations.length).to.be.greaterThan(0);
    if ('trustedTypes' in window) expect(report.probes.trustedTypes, 'Trusted Types enforced').to.equal(true);
    expect(report.violations).to.deep.equal([]);
    expect(report.rendered).to.deep.equal([
      'workshop-schedule: ok',
      'speaker-card: ok',
      'paper-list: ok',
      'sponsor-strip: ok',
      'important-dates: ok',
    ]);
    expect(report.hostDisplay).to.equal('block');
    // Two rooms at 10:00: the keynote spans both columns, the parallel sessions take one each.
    expect(report.gridColumns).to.deep.equal(['1', '1', '2']);
    expect(report.richText).to.deep.equal([true, true]);
    expect(report.avatar.trim()).to.match(/^(#|rgb|hsl|oklch)/);
    expect(Number(report.logoSize)).to.be.greaterThan(0);
    await expect(frame).to.be.accessible();
  });
});
