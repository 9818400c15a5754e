// The strict-CSP page of test/security/csp.test.ts: renders every element with data that uses grid placement, rich
// text and links, then tells its parent what it saw.
import { violations } from './listen.js';
import '../../../src/index.js';

/** The logo's `--_we-w` once the strip has measured it (set on the image when it has loaded). */
async function logoSize(strip: HTMLElement & { updateComplete: Promise<boolean> }): Promise<string> {
  const img = strip.shadowRoot!.querySelector<HTMLImageElement>('img[part="logo"]');
  if (!img) return 'no logo';
  img.scrollIntoView(); // the logo loads lazily
  if (!img.complete) await new Promise((r) => img.addEventListener('load', r, { once: true }));
  await strip.updateComplete;
  return img.style.getPropertyValue('--_we-w');
}

async function run(): Promise<void> {
  const items = [
    { id: 'a', start: '09:00', end: '10:00', title: 'Keynote', abstract: 'A <em>rich</em> abstract.' },
    { id: 'b', start: '10:00', end: '11:00', title: 'Posters', room: 'Hall A' },
    { id: 'c', start: '10:00', end: '11:00', title: 'Tutorial', room: 'Hall B' },
  ];
  const main = document.querySelector('main')!;
  const schedule = Object.assign(document.createElement('workshop-schedule'), { items });
  schedule.setAttribute('timezone', 'America/Vancouver');
  schedule.setAttribute('date', '2019-12-13');
  const speaker = Object.assign(document.createElement('speaker-card'), {
    speaker: { name: 'Ada Lovelace', affiliation: 'UCL', bio: 'Wrote <a href="https://example.org/">notes</a>.' },
  });
  const papers = Object.assign(document.createElement('paper-list'), {
    papers: [{ id: 'p', title: 'Graphs', authors: ['Alan Turing'], abstract: 'On <b>graphs</b>.' }],
  });
  const sponsors = Object.assign(document.createElement('sponsor-strip'), {
    sponsors: [{ name: 'Acme', tier: 'Gold', url: 'https://example.org/', logo: '/demo/img/sponsor-wide.svg' }],
  });
  const dates = Object.assign(document.createElement('important-dates'), {
    dates: [{ id: 'd', label: 'Paper submission', date: '2019-09-13', time: '23:59' }],
  });
  dates.setAttribute('timezone', 'AoE');
  const elements = [schedule, speaker, papers, sponsors, dates];
  main.append(...elements);
  await Promise.all(elements.map((el) => el.dataComplete));
  await Promise.all(elements.map((el) => el.updateComplete));

  const cells = [...schedule.shadowRoot!.querySelectorAll<HTMLElement>('li[part~="session"]')];
  const report = {
    violations: [...violations],
    rendered: elements.map(
      (el) => `${el.localName}: ${el.shadowRoot!.querySelector('[part~="base"]') ? 'ok' : 'empty'}`,
    ),
    gridColumns: cells.map((c) => getComputedStyle(c).gridColumnStart),
    richText: [
      !!schedule.shadowRoot!.querySelector('em'),
      !!speaker.shadowRoot!.querySelector('[part~="bio"] a, a[href="https://example.org/"]'),
    ],
    hostDisplay: getComputedStyle(schedule).display,
    // Custom properties set from script: the avatar's colours, the logo's measured size.
    avatar: getComputedStyle(speaker.shadowRoot!.querySelector('[part="photo"]')!).getPropertyValue('--_we-avatar-bg'),
    logoSize: await logoSize(sponsors),
    // Proof that the policy is in force: a style attribute and (where supported) a string into innerHTML are refused.
    probes: { style: false, trustedTypes: false },
  };
  const before = violations.length;
  // Connected first: engines report a violation on a disconnected element to no one (as on the nodes Lit fills
  // before inserting them), which is why the checks above read what rendered, not only the violation events.
  const probe = document.createElement('div');
  main.append(probe);
  probe.setAttribute('style', 'color: rgb(255, 0, 0)');
  report.probes.style = getComputedStyle(probe).color !== 'rgb(255, 0, 0)';
  try {
    probe.innerHTML = '<b>x</b>';
  } catch {
    report.probes.trustedTypes = true;
  }
  probe.remove();
  // The probes' own violations arrive as events, in a later task: one per probe the policy blocked. Wait for them
  // (listen.ts, registered first, has recorded each by the time this listener runs).
  const expected = before + Number(report.probes.style) + Number(report.probes.trustedTypes);
  await new Promise<void>((resolve) => {
    const check = () => {
      if (violations.length < expected) return;
      document.removeEventListener('securitypolicyviolation', check);
      resolve();
    };
    document.addEventListener('securitypolicyviolation', check);
    check();
  });
  parent.postMessage({ type: 'csp-report', report, probeViolations: violations.slice(before) }, location.origin);
}

run().catch((error: unknown) => parent.postMessage({ type: 'csp-error', error: String(error) }, location.origin));
