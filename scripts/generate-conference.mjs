// Writes demo/data/conference.json: a 5-day, 6-room conference with 300 talks, for the second demo page
// (demo/conference.html) and the schedule's multi-room tests. Deterministic: the same file every run.
// Talks are real ICLR 2020 papers (test/fixtures/iclr2020/papers.csv, MIT) in file order; lengths vary
// (15, 20 or 30 minutes) so rooms start talks at different times, as in a real program.
// usage: node scripts/generate-conference.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';

const papers = csvParse(readFileSync('test/fixtures/iclr2020/papers.csv', 'utf8'));
const DAYS = ['2027-04-26', '2027-04-27', '2027-04-28', '2027-04-29', '2027-04-30'];
const ROOMS = ['Hall A', 'Hall B', 'Room 1', 'Room 2', 'Room 3', 'Room 4'];
const TRACKS = [
  ['Reinforcement learning', /reinforcement|policy|agent|reward/i],
  ['Generative models', /generative|gan|variational|vae|diffusion|flow/i],
  ['Graphs', /graph/i],
  ['Robustness & security', /adversarial|robust|attack|privacy/i],
  ['Optimization', /optimi[sz]|gradient|sgd|convergence/i],
  ['Language', /language|nlp|transformer|bert|translation|text/i],
  ['Theory', /theory|generali[sz]ation|bound/i],
  ['Vision', /image|vision|convolution|video/i],
];

// mulberry32: a tiny seeded PRNG, so the program is the same on every machine.
let seed = 20270426;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const hhmm = (minutes) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const at = (day, minutes) => `${day}T${hhmm(minutes)}`;
const trackOf = (p) => (TRACKS.find(([, re]) => re.test(`${p.keywords} ${p.title}`)) ?? ['Other topics'])[0];

let next = 0;
const talk = (day, room, from, length) => {
  const p = papers[next++];
  return {
    id: `paper-${p.UID.toLowerCase()}`,
    start: at(day, from),
    end: at(day, from + length),
    title: p.title,
    speakers: p.authors
      .split('|')
      .map((a) => a.trim())
      .filter(Boolean),
    abstract: p.abstract,
    room,
    track: trackOf(p),
    links: [{ label: 'OpenReview', url: `https://openreview.net/forum?id=${p.UID}` }],
  };
};

/** `count` talks per room between `from` and `to` (minutes after midnight), each 15, 20 or 30 minutes. */
const block = (day, from, to, count, title) => {
  const items = [{ section: title }];
  for (const room of ROOMS) {
    let lengths = Array.from({ length: count }, () => pick([15, 20, 30]));
    while (lengths.reduce((a, b) => a + b, 0) > to - from) lengths = lengths.map((l) => Math.max(15, l - 5));
    let t = from;
    for (const length of lengths) {
      items.push(talk(day, room, t, length));
      t += length;
    }
  }
  return items;
};

const items = [];
DAYS.forEach((day, d) => {
  const keynote = papers[600 + d];
  items.push(
    { section: `Day ${d + 1}: plenary` },
    {
      id: `keynote-${d + 1}`,
      start: at(day, 9 * 60),
      end: at(day, 10 * 60),
      title: keynote.title,
      type: 'keynote',
      speakers: [keynote.authors.split('|')[0]],
      abstract: keynote.abstract,
      room: undefined,
      links: [{ label: 'OpenReview', url: `https://openreview.net/forum?id=${keynote.UID}` }],
    },
    {
      id: `coffee-am-${d + 1}`,
      start: at(day, 10 * 60),
      end: at(day, 10 * 60 + 30),
      title: 'Coffee break',
      type: 'break',
    },
    ...block(day, 10 * 60 + 30, 12 * 60 + 30, 4, `Day ${d + 1}: morning sessions`),
    { section: `Day ${d + 1}: posters` },
    {
      id: `posters-${d + 1}`,
      start: at(day, 12 * 60 + 30),
      end: at(day, 14 * 60),
      title: 'Lunch and poster session',
      type: 'poster',
    },
    ...block(day, 14 * 60, 17 * 60 + 30, 6, `Day ${d + 1}: afternoon sessions`),
  );
  if (d === DAYS.length - 1) {
    items.push({
      id: 'closing',
      start: at(day, 17 * 60 + 30),
      end: at(day, 18 * 60),
      title: 'Closing remarks',
      type: 'remarks',
    });
  }
});

const talks = items.filter((i) => i.room).length;
if (talks !== 300) throw new Error(`expected 300 talks, made ${talks}`);
writeFileSync('demo/data/conference.json', JSON.stringify(items, null, 1) + '\n');
console.log(
  `conference: wrote ${items.length} items (${talks} talks in ${ROOMS.length} rooms over ${DAYS.length} days) to demo/data/conference.json`,
);
