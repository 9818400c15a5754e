// The pages `npm run bench` compares. For each data set (data.mjs): a static page with the same visible content and
// no script (what a Jekyll `for` loop writes), and the element fed each of the four ways:
//   attr     a JSON attribute, HTML-escaped (the Jekyll idiom: `papers='{{ site.data.papers | jsonify | escape }}'`)
//   script   a JSON script child (`</` written `<\/`)
//   src      a JSON file next to the page (speaker cards: one file per card)
//   prop     the property, set by a module script that fetches the JSON (what a framework app does)
// and, for the large paper lists, `script-async` and `attr-async`: the same with the bundle loaded
// `<script type="module" async>`, so the elements are defined while the page is still being parsed; and, at workshop
// size, `render`: what `workshop-elements render` (and the Jekyll kit, which it renders) writes, the element with its
// JSON attribute and the same content as plain HTML inside it (`slot="fallback"`), which the browser paints before the
// bundle has run.
// Same fonts, width and basic styles everywhere. Every item the page shows (a paper, a session, a card, a sponsor)
// is what the probe counts: `.item` in a static page, PROBES[tag] in the elements' shadow roots.
import { PHOTOS, LOGOS } from './data.mjs';

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** For a single-quoted attribute, as Liquid's `escape` writes it. */
const attr = (data) => JSON.stringify(data).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
/** For a script child: `</script>` in the data must not end it. */
const scriptJson = (data) => JSON.stringify(data).replace(/<\//g, '<\\/');

/** The data property and attribute of each element, and the selector of one shown item in its shadow root. */
export const ELEMENTS = {
  'paper-list': { prop: 'papers', item: 'article:not([hidden])' },
  'workshop-schedule': { prop: 'items', item: 'li[part~="session"]' },
  'speaker-card': { prop: 'speaker', item: '[part~="name"]' },
  'sponsor-strip': { prop: 'sponsors', item: 'li[part~="sponsor"]' },
};
export const PATHS = ['attr', 'script', 'src', 'prop'];
/** The async variants (`<path>-async`) and the server-written HTML (`render`), measured for these data sets only. */
export const EXTRA_PATHS = {
  'papers-687': ['attr-async', 'script-async'],
  'papers-5000': ['script-async'],
  'papers-30': ['render', 'render-unblocked'],
  'schedule-20': ['render', 'render-unblocked'],
  'speakers-8': ['render', 'render-unblocked'],
  'sponsors-30': ['render', 'render-unblocked'],
};

const head = (title, extra = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}
article{padding:.75rem 0;border-bottom:1px solid #ddd}h3{margin:0;font-size:1.1em}.authors{margin:.35rem 0 0;color:#555}
.links a{margin-right:.9rem}.kw{color:#555;font-size:.875em;margin:.25rem 0 0}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1.5rem}
${extra}</style></head><body>`;

// ---- static pages ------------------------------------------------------------------------------------------------

function staticPapers(papers) {
  return papers
    .map((p) => {
      const links = [
        ['PDF', p.pdf],
        ['Page', p.url],
        ['Code', p.code],
      ].filter(([, u]) => u);
      return `<article class="item" id="${esc(p.id)}"><h3><a href="${esc(p.pdf ?? p.url)}">${esc(p.title)}</a></h3>
<p class="authors">${p.authors.map(esc).join(', ')}</p>
<p class="links">${links.map(([l, u]) => `<a href="${esc(u)}">${l}</a>`).join('')}</p>
${p.abstract ? `<details><summary>Abstract</summary><p>${esc(p.abstract)}</p></details>` : ''}
<p class="kw">${(p.keywords ?? []).map(esc).join(' · ')}</p></article>`;
    })
    .join('\n');
}

/** The program as a table per day (what organizers write by hand): time, session, room. */
function staticSchedule(items, { date, timezone }) {
  const dayOf = (s) => (s.start.length > 5 ? s.start.slice(0, 10) : date);
  const time = (t) => (t.length > 5 ? t.slice(11, 16) : t);
  const days = new Map();
  let section;
  for (const s of items) {
    if ('section' in s) {
      section = s.section;
      continue;
    }
    const day = dayOf(s);
    if (!days.has(day)) days.set(day, []);
    const rows = days.get(day);
    if (section) rows.push(`<tr><th colspan="3">${esc(section)}</th></tr>`);
    section = undefined;
    const speakers = (s.speakers ?? []).map((p) => esc(typeof p === 'string' ? p : p.name)).join(', ');
    rows.push(
      `<tr class="item" id="${esc(s.id)}"><td>${time(s.start)}–${s.end ? time(s.end) : ''}</td><td><b>${esc(
        s.title ?? 'TBA',
      )}</b>${speakers ? `<br>${speakers}` : ''}${
        s.abstract ? `<details><summary>Abstract</summary><p>${esc(s.abstract)}</p></details>` : ''
      }${(s.links ?? []).map((l) => ` <a href="${esc(l.url)}">${esc(l.label)}</a>`).join('')}</td><td>${esc(
        s.room ?? '',
      )}</td></tr>`,
    );
  }
  const fmt = new Intl.DateTimeFormat('en', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
  return [...days]
    .map(
      ([day, rows]) => `<section><h2>${fmt.format(new Date(`${day}T12:00Z`))}</h2>
<p>Times in ${esc(timezone)}</p><table>${rows.join('\n')}</table></section>`,
    )
    .join('\n');
}

function staticSpeakers(speakers) {
  return `<div class="cards">${speakers
    .map(
      (s) => `<article class="item card"><img src="${esc(s.photo)}" alt="" width="256" height="256" loading="lazy">
<h3>${s.url ? `<a href="${esc(s.url)}">${esc(s.name)}</a>` : esc(s.name)}</h3>
${s.role ? `<p class="role">${esc(s.role)}</p>` : ''}${s.affiliation ? `<p class="aff">${esc(s.affiliation)}</p>` : ''}
${s.talk ? `<p>Talk: ${esc(s.talk.title)}</p>` : ''}${s.bio ? `<p class="bio">${esc(s.bio)}</p>` : ''}
<ul>${(s.links ?? []).map((l) => `<li><a href="${esc(l.url)}">${esc(l.label)}</a></li>`).join('')}</ul></article>`,
    )
    .join('\n')}</div>`;
}

function staticSponsors(sponsors) {
  const tiers = new Map();
  for (const s of sponsors) {
    if (!tiers.has(s.tier)) tiers.set(s.tier, []);
    tiers.get(s.tier).push(s);
  }
  return [...tiers]
    .map(
      ([tier, list], i) =>
        `<h3>${esc(tier)}</h3><ul class="logos t${i}">${list
          .map(
            (s) =>
              `<li class="item"><a href="${esc(s.url)}">${
                s.logo ? `<img src="${esc(s.logo)}" alt="${esc(s.name)}">` : esc(s.name)
              }</a></li>`,
          )
          .join('')}</ul>`,
    )
    .join('\n');
}

const STATIC_STYLES = {
  'workshop-schedule':
    'table{border-collapse:collapse;width:100%}td,th{padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top;text-align:left}',
  'speaker-card':
    '.card img{width:8em;height:8em;border-radius:8px;object-fit:cover}.card h3{margin:.5rem 0 0}.card p{margin:.2rem 0}.bio{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}',
  'sponsor-strip':
    '.logos{display:flex;flex-wrap:wrap;gap:1.5rem;list-style:none;padding:0;align-items:center}.logos img{height:3rem}.t0 img{height:5rem}.t2 img{height:2rem}',
};

const HEADINGS = {
  'paper-list': 'Accepted papers',
  'workshop-schedule': 'Program',
  'speaker-card': 'Invited speakers',
  'sponsor-strip': 'Sponsors',
};

export function staticPage(set) {
  const body = {
    'paper-list': () => staticPapers(set.data),
    'workshop-schedule': () => staticSchedule(set.data, attributes(set.attrs)),
    'speaker-card': () => staticSpeakers(set.data),
    'sponsor-strip': () => staticSponsors(set.data),
  }[set.tag]();
  return `${head(`Static ${set.name}`, STATIC_STYLES[set.tag] ?? '')}<h1>${HEADINGS[set.tag]}</h1>\n${body}\n</body></html>\n`;
}

const attributes = (text) => Object.fromEntries([...text.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

// ---- element pages -----------------------------------------------------------------------------------------------

/**
 * The element fed one way. Speaker cards are one element per speaker in a grid; the other elements take the whole
 * list. The bundle is a module script in the head, as the README shows (`<path>-async`: an async one).
 */
export function elementPage(set, variant, rendered = { head: '', body: '' }) {
  const { prop } = ELEMENTS[set.tag];
  const [path, async] = variant.split('-');
  const tag = set.tag;
  const one = (data, i) => {
    const a = set.attrs ? ` ${set.attrs}` : '';
    if (path === 'attr') return `<${tag}${a} ${prop}='${attr(data)}'></${tag}>`;
    if (path === 'script') return `<${tag}${a}><script type="application/json">${scriptJson(data)}</script></${tag}>`;
    if (path === 'src') return `<${tag}${a} src="${set.name}${i === undefined ? '' : `/${i}`}.json"></${tag}>`;
    return `<${tag}${a}></${tag}>`;
  };
  const body =
    path === 'render'
      ? rendered.body
      : tag === 'speaker-card'
        ? `<div class="cards">${set.data.map((s, i) => one(s, i)).join('\n')}</div>`
        : one(set.data);
  // The property: a framework app fetches its data and hands it over.
  const setter =
    path !== 'prop'
      ? ''
      : tag === 'speaker-card'
        ? `<script type="module">
const speakers = await (await fetch('${set.name}.json')).json();
document.querySelectorAll('speaker-card').forEach((el, i) => (el.speaker = speakers[i]));
</script>`
        : `<script type="module">
document.querySelector('${tag}').${prop} = await (await fetch('${set.name}.json')).json();
</script>`;
  // `render`: the kit's head (`workshop-elements render head`: the bundle from /assets/, render-blocking unless
  // `render-unblocked`, and its few lines of CSS).
  const script =
    path === 'render'
      ? rendered.head
      : `<script type="module"${async === 'async' ? ' async' : ''} src="workshop-elements.js"></script>`;
  return `${head(`${tag} ${set.name} ${variant}`).replace('</head>', `${script}</head>`)}<h1>${HEADINGS[tag]}</h1>\n${body}\n${setter}</body></html>\n`;
}

/**
 * A reference for 5,000 papers, not a product: the fastest page we know that builds the same list from the same
 * JSON in the browser. It fetches the whole file, parses it at once and clones one template per paper into a
 * fragment, all in one task: no validation, no URL checks, no streaming, no yielding to the page. Off-screen papers
 * skip layout (`content-visibility: auto`, as in the element).
 */
export function scriptPage(set) {
  const skip = 'article{content-visibility:auto;contain-intrinsic-size:auto 9em}';
  return `${head('Bare script papers', skip)}<h1>Accepted papers</h1>
<template id="paper"><article class="item"><h3><a></a></h3><p class="authors"></p><p class="links"></p><details><summary>Abstract</summary><p></p></details><p class="kw"></p></article></template>
<script type="module">
const papers = await (await fetch('${set.name}.json')).json();
const skeleton = document.getElementById('paper').content.firstElementChild;
const list = document.createDocumentFragment();
for (const p of papers) {
  const a = skeleton.cloneNode(true);
  a.id = p.id;
  const [h3, authors, links, details, kw] = a.children;
  h3.firstChild.href = p.pdf ?? p.url;
  h3.firstChild.textContent = p.title;
  authors.textContent = p.authors.join(', ');
  for (const [label, url] of [['PDF', p.pdf], ['Page', p.url], ['Code', p.code]]) {
    if (!url) continue;
    const link = document.createElement('a');
    link.href = url;
    link.textContent = label;
    links.append(link);
  }
  details.lastChild.textContent = p.abstract;
  kw.textContent = p.keywords.join(' · ');
  list.append(a);
}
document.body.append(list);
</script>
</body></html>\n`;
}

/**
 * The `render` path's body: the kit's include for the data set, rendered as `workshop-elements render` renders it
 * (cli/src/render/kit.js: the kit's own Liquid files), with the data set's attributes as the include's parameters.
 */
export async function renderedBody(set, variant = 'render') {
  const { renderInclude } = await import('../cli/src/render/kit.js');
  const { timezone, date, venue, year } = attributes(set.attrs);
  const kind = {
    'paper-list': 'papers',
    'workshop-schedule': 'schedule',
    'speaker-card': 'speakers',
    'sponsor-strip': 'sponsors',
  }[set.tag];
  const params = {
    'paper-list': { papers: set.data, venue, year },
    'workshop-schedule': { items: set.data, date, timezone, utc_offset: '-08:00' },
    'speaker-card': { speakers: set.data },
    'sponsor-strip': { sponsors: set.data },
  }[set.tag];
  for (const k of Object.keys(params)) if (params[k] === undefined) delete params[k];
  const site = { site: { url: 'http://localhost' } };
  const head = await renderInclude('head', variant === 'render' ? {} : { render_blocking: false }, site);
  return { head, body: await renderInclude(kind, params, site) };
}

// ---- the files served --------------------------------------------------------------------------------------------

/**
 * The files the benchmark's pages load (for `serveFiles` in scripts/chromium.mjs): the bundle `code`, the photos
 * and logos, and for each data set added with `add(set)` its JSON (speaker cards: one file per card too).
 */
export function benchFiles(code, readLogo) {
  const files = new Map();
  const put = (name, content) => files.set(`/${name}`, Buffer.from(content));
  put('workshop-elements.js', code);
  put('assets/workshop-elements.js', code); // where the kit's head (the `render` pages) loads it from
  for (const [name, svg] of PHOTOS) put(`img/${name}`, svg);
  for (const logo of LOGOS) put(`img/${logo}`, readLogo(logo));
  const add = (set) => {
    put(`${set.name}.json`, JSON.stringify(set.data));
    if (set.tag === 'speaker-card') set.data.forEach((s, i) => put(`${set.name}/${i}.json`, JSON.stringify(s)));
  };
  return { files, put, add };
}
