// The data sets of `npm run bench`, at the sizes organizers have (issue 17): deterministic, the same every run.
//   papers     30 (a workshop), 687 (the real ICLR 2020 papers), 5,000 (generated from them)
//   schedule   20 sessions (a one-day workshop), 300 talks (a 5-day, 6-room conference: demo/data/conference.json)
//   speakers   8 and 200 cards
//   sponsors   30 in three tiers
// Images (speaker photos, sponsor logos) are local files the benchmark serves, so no page waits on the internet.
import { readFileSync } from 'node:fs';
import { generatePapers } from '../demo/generate-papers.mjs';

const json = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));

/** Eight distinct 256×256 "photos" (SVG): speaker-card shows photos of any size in a fixed square. */
export const PHOTOS = Array.from({ length: 8 }, (_, i) => {
  const hue = i * 45;
  return [
    `photo-${i}.svg`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">` +
      `<rect width="256" height="256" fill="hsl(${hue} 45% 78%)"/>` +
      `<circle cx="128" cy="100" r="52" fill="hsl(${hue} 35% 40%)"/>` +
      `<path d="M40 256c0-56 40-92 88-92s88 36 88 92z" fill="hsl(${hue} 35% 40%)"/></svg>`,
  ];
});

/** The demo's placeholder logos (4:1, 1:1, 3:1 word-mark, 1:2). */
export const LOGOS = ['sponsor-wide.svg', 'sponsor-square.svg', 'sponsor-wordmark.svg', 'sponsor-tall.svg'];

function papers(n) {
  const iclr = json('demo/data/iclr2020-papers.json');
  if (n <= iclr.length) return iclr.slice(0, n);
  return generatePapers(iclr, n);
}

/** A one-day workshop of `n` sessions from 08:30: remarks, keynotes, contributed talks, breaks and posters. */
function workshop(n) {
  const iclr = json('demo/data/iclr2020-papers.json');
  const items = [];
  let minutes = 8 * 60 + 30;
  const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  for (let i = 0; i < n; i++) {
    const p = iclr[i];
    const type =
      i === 0 ? 'remarks' : i % 6 === 5 ? 'break' : i % 4 === 1 ? 'keynote' : i === n - 1 ? 'poster' : 'talk';
    const length = type === 'keynote' ? 40 : type === 'break' ? 30 : type === 'remarks' ? 10 : 20;
    if (i % 7 === 1) items.push({ section: `Session ${Math.ceil(i / 7)}` });
    const item = { id: `s${i + 1}`, start: hhmm(minutes), end: hhmm(minutes + length), type };
    if (type === 'break') item.title = i % 12 === 11 ? 'Lunch' : 'Coffee break';
    else if (type === 'remarks') item.title = 'Opening remarks';
    else if (type === 'poster') item.title = 'Poster session';
    else {
      item.title = p.title;
      item.speakers = p.authors.slice(0, type === 'keynote' ? 1 : 3).map((name) => ({ name }));
      item.abstract = p.abstract;
      item.links = [{ label: 'Paper', url: p.url ?? `https://openreview.net/forum?id=${p.id}` }];
    }
    items.push(item);
    minutes += length;
  }
  return items;
}

/** `n` speakers: the demo's real ones first, then generated from ICLR authors and affiliations. */
function speakers(n) {
  const base = [...json('demo/data/speakers.json'), ...json('demo/data/iclr2020-speakers.json')];
  const iclr = json('demo/data/iclr2020-papers.json');
  const bios = base.map((s) => s.bio).filter((b) => b && b.length > 120);
  const out = [];
  for (let i = 0; i < n; i++) {
    const s =
      i < base.length
        ? { ...base[i] }
        : {
            name: iclr[i % iclr.length].authors[0],
            affiliation: base[i % base.length].affiliation ?? 'University of Somewhere',
            role: 'Invited speaker',
            bio: bios[i % bios.length],
            talk: { title: iclr[(i * 7) % iclr.length].title },
            links: [{ label: 'Webpage', url: `https://example.org/people/${i}` }],
          };
    s.photo = `img/${PHOTOS[i % PHOTOS.length][0]}`;
    out.push(s);
  }
  return out;
}

/** `n` sponsors in three tiers (1 in 6 Gold, 1 in 3 Silver, the rest Bronze); every 7th has no logo, only its name. */
function sponsors(n) {
  const names = json('demo/data/sponsors.json').map((s) => s.name);
  return Array.from({ length: n }, (_, i) => {
    const s = {
      name: i < names.length ? names[i] : `Sponsor ${i + 1}`,
      url: `https://example.org/sponsor/${i + 1}`,
      tier: i < n / 6 ? 'Gold' : i < n / 2 ? 'Silver' : 'Bronze',
    };
    if (i % 7 !== 6) s.logo = `img/${LOGOS[i % LOGOS.length]}`;
    return s;
  });
}

/**
 * Every data set: its element, its data, how many items the page shows (what "all items laid out" waits for), and
 * the element's other attributes.
 */
export function dataSets() {
  const conference = json('demo/data/conference.json');
  const sessions = (items) => items.filter((x) => !('section' in x)).length;
  const sets = [
    { name: 'papers-30', tag: 'paper-list', data: papers(30), attrs: 'venue="ICLR 2020" year="2020"' },
    { name: 'papers-687', tag: 'paper-list', data: papers(687), attrs: 'venue="ICLR 2020" year="2020"' },
    { name: 'papers-5000', tag: 'paper-list', data: papers(5000), attrs: 'venue="Generated Conference" year="2020"' },
    {
      name: 'schedule-20',
      tag: 'workshop-schedule',
      data: workshop(20),
      attrs: 'timezone="America/Vancouver" date="2019-12-13"',
    },
    { name: 'schedule-300', tag: 'workshop-schedule', data: conference, attrs: 'timezone="Europe/Vienna"' },
    { name: 'speakers-8', tag: 'speaker-card', data: speakers(8), attrs: '' },
    { name: 'speakers-200', tag: 'speaker-card', data: speakers(200), attrs: '' },
    { name: 'sponsors-30', tag: 'sponsor-strip', data: sponsors(30), attrs: '' },
  ];
  for (const s of sets) s.items = s.tag === 'workshop-schedule' ? sessions(s.data) : s.data.length;
  return sets;
}
