/**
 * Two of each element, and all of them mixed, on one page: every landmark has a name of its own (axe's
 * `landmark-unique`), with or without the organizer's `label`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PaperList, WorkshopSchedule } from '../../src/index.js';

const DAY_ONE = [
  { id: 'a-open', title: 'Opening', start: '2027-04-26T09:00', end: '2027-04-26T09:30', type: 'remarks' },
  { id: 'a-talk', title: 'A talk', start: '2027-04-26T09:30', end: '2027-04-26T10:00', type: 'talk' },
  { id: 'a-next', title: 'Day two', start: '2027-04-27T09:00', end: '2027-04-27T10:00', type: 'talk' },
];
// The same days in the second schedule: their day regions must still be told apart.
const DAY_TWO = DAY_ONE.map((s) => ({ ...s, id: s.id.replace('a-', 'b-') }));
const PAPERS = [
  { id: 'p1', title: 'On kernels', authors: ['Ada Lovelace'], type: 'Oral' },
  { id: 'p2', title: 'On graphs', authors: ['Alan Turing'], type: 'Poster' },
];
const PAPERS_TWO = PAPERS.map((p) => ({ ...p, id: `${p.id}-b` }));
const SPONSORS = [
  { name: 'Gold Co', tier: 'Gold' },
  { name: 'Silver Co', tier: 'Silver' },
];
const SPEAKER = { name: 'Terence Tao', affiliation: 'UCLA' };

/** Every landmark in the element's shadow root: role and name. */
function landmarks(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('[role="search"], nav, section[aria-label], [role="region"]')].map(
    (n) => `${n.getAttribute('role') ?? n.localName}: ${n.getAttribute('aria-label')}`,
  );
}

describe('landmarks of several elements on one page', function () {
  this.timeout(30_000); // axe over four big shadow trees, three engines

  it('gives two unlabelled schedules and two paper lists landmarks of their own, and passes axe', async () => {
    const page = await fixture<HTMLElement>(
      html`<main lang="en">
        <workshop-schedule timezone="UTC" filterable .items=${DAY_ONE}></workshop-schedule>
        <workshop-schedule timezone="UTC" filterable .items=${DAY_TWO}></workshop-schedule>
        <paper-list .papers=${PAPERS}></paper-list>
        <paper-list .papers=${PAPERS_TWO}></paper-list>
        <speaker-card .speaker=${SPEAKER}></speaker-card>
        <speaker-card .speaker=${{ ...SPEAKER, name: 'Aasa Feragen' }}></speaker-card>
        <sponsor-strip .sponsors=${SPONSORS}></sponsor-strip>
        <sponsor-strip .sponsors=${SPONSORS}></sponsor-strip>
      </main>`,
    );
    const elements = [...page.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    const [one, two] = page.querySelectorAll<WorkshopSchedule>('workshop-schedule');
    expect(landmarks(one)).to.deep.equal([
      'search: Search the program',
      'nav: Days of the program',
      'section: Monday, April 26, 2027',
      'section: Tuesday, April 27, 2027',
    ]);
    expect(landmarks(two)).to.deep.equal([
      'search: Search the program (2)',
      'nav: Days of the program (2)',
      'section: Monday, April 26, 2027 (2)',
      'section: Tuesday, April 27, 2027 (2)',
    ]);
    const [papers, morePapers] = page.querySelectorAll<PaperList>('paper-list');
    expect(landmarks(papers)).to.deep.equal(['search: Search papers']);
    expect(landmarks(morePapers)).to.deep.equal(['search: Search papers (2)']);
    await expect(page).to.be.accessible();
  });

  it('names the landmarks after the label the organizer gives', async () => {
    const page = await fixture<HTMLElement>(
      html`<main lang="en">
        <workshop-schedule label="Workshop A" timezone="UTC" filterable .items=${DAY_ONE}></workshop-schedule>
        <workshop-schedule label="Workshop B" timezone="UTC" filterable .items=${DAY_TWO}></workshop-schedule>
        <paper-list label="Orals" .papers=${PAPERS}></paper-list>
        <paper-list label="Posters" .papers=${PAPERS_TWO}></paper-list>
      </main>`,
    );
    const elements = [...page.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    const [a, b] = page.querySelectorAll('workshop-schedule');
    expect(landmarks(a)[0]).to.equal('search: Search the program, Workshop A');
    expect(landmarks(b)[1]).to.equal('nav: Days of the program, Workshop B');
    expect(landmarks(b)[2]).to.equal('section: Monday, April 26, 2027, Workshop B');
    const [orals, posters] = page.querySelectorAll('paper-list');
    expect(landmarks(orals)).to.deep.equal(['search: Search papers, Orals']);
    expect(landmarks(posters)).to.deep.equal(['search: Search papers, Posters']);
    await expect(page).to.be.accessible();
  });
});
