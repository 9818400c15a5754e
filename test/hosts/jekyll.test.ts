import { expect, waitUntil } from '@open-wc/testing';

// The Jekyll example (examples/jekyll, built by scripts/build-jekyll-example.sh before the browser tests) is a real
// host page: YAML data with unquoted times, apostrophes, quotes, `&` and `</script>` in titles, passed through
// `| jsonify | escape` attributes and a JSON script child.
const PAGE = '/examples/jekyll/_site/index.html';

async function loadPage(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px';
  frame.src = PAGE;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.defaultView!.customElements.get('paper-list'), 'elements defined', { timeout: 5000 });
  for (const el of doc.querySelectorAll('workshop-schedule, paper-list, speaker-card, sponsor-strip, important-dates'))
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return doc;
}

const text = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('Jekyll host page (examples/jekyll)', () => {
  let doc: Document;
  before(async () => {
    doc = await loadPage();
  });

  it('built from YAML data, shows every element without an error', () => {
    for (const tag of ['workshop-schedule', 'paper-list', 'speaker-card', 'sponsor-strip', 'important-dates']) {
      const el = doc.querySelector(tag)!;
      expect(el, tag).to.exist;
      expect(el.shadowRoot!.querySelector('[part~="error"]'), `${tag} error`).to.equal(null);
    }
  });

  it('reads unquoted YAML times (seconds after midnight) as times in the schedule', () => {
    const schedule = doc.querySelector('workshop-schedule')!;
    expect(text(schedule)).to.contain('Opening Remarks');
    const times = [...schedule.shadowRoot!.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime'));
    // 08:30 in Vancouver on 2019-12-13 is 16:30 UTC
    expect(times.some((t) => t && new Date(t).getTime() === Date.UTC(2019, 11, 13, 16, 30))).to.equal(true);
  });

  it('reads an unquoted YAML date-time (which Jekyll writes as UTC) as the wall clock in the timezone', () => {
    const schedule = doc.querySelector('workshop-schedule')!;
    const closing = [...schedule.shadowRoot!.querySelectorAll('li[part~="session"]')].find((li) =>
      li.textContent!.includes('Closing Remarks'),
    )!;
    // 18:15 in Vancouver is 02:15 UTC the next day
    expect(closing.querySelector('time')!.getAttribute('datetime')).to.equal('2019-12-14T02:15:00.000Z');
  });

  it("shows the seed's important dates from YAML with an unquoted date and time, as written", () => {
    const dates = doc.querySelector('important-dates')!;
    const rows = [...dates.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.id)).to.deep.equal(['paper-submission', 'final-decisions', 'workshop']);
    const written = rows[0].querySelector('[part="written"] > time')!;
    expect(written.textContent).to.equal('Nov 1, 2019, 23:59');
    // 23:59 PDT on Nov 1, 2019 is 06:59 UTC on Nov 2
    expect(written.getAttribute('datetime')).to.equal('2019-11-02T06:59:00.000Z');
  });

  it('keeps apostrophes, quotes, & and </script> from the data as text, and runs no script', () => {
    expect(text(doc.querySelector('workshop-schedule'))).to.contain(`The organizers' panel: "what's next?" </script>`);
    expect(text(doc.querySelector('paper-list'))).to.contain("Causality & the O'Brien–Schölkopf test </script>");
    expect(text(doc.querySelector('sponsor-strip'))).to.contain("O'Reilly & Sons");
    expect((doc.defaultView as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders one organizer card per YAML entry, with both affiliations', () => {
    const cards = doc.querySelectorAll('speaker-card');
    expect(cards.length).to.equal(2);
    expect(text(cards[0])).to.contain('Salesforce Research').and.contain('University of California, Berkeley');
  });

  it('is accessible (axe, run inside the page)', async () => {
    // chai-a11y-axe runs axe in the test window, which cannot audit another document: load axe into the page.
    const win = doc.defaultView as Window & {
      axe?: { run(context: unknown): Promise<{ violations: { id: string }[] }> };
    };
    if (!win.axe) {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
      doc.head.append(script);
      await loaded;
    }
    const { violations } = await win.axe!.run(doc);
    expect(violations.map((v) => v.id)).to.deep.equal([]);
  });
});
