// The two pages the benchmark compares: the same papers as static HTML (what a Jekyll `for` loop writes) and as
// one <paper-list src="papers.json">. Same fonts and basic styles; the static page gets the usual markup of a
// paper list (title link, authors, links, abstract in <details>, keywords).
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const head = (title) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font:16px/1.45 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem}
article{padding:.75rem 0;border-bottom:1px solid #ddd}h3{margin:0;font-size:1.1em}.authors{margin:.35rem 0 0;color:#555}
.links a{margin-right:.9rem}.kw{color:#555;font-size:.875em;margin:.25rem 0 0}</style></head><body>`;

export function staticPage(papers) {
  const rows = papers.map((p) => {
    const links = [
      ['PDF', p.pdf],
      ['Page', p.url],
      ['Code', p.code],
    ].filter(([, u]) => u);
    return `<article id="${esc(p.id)}"><h3><a href="${esc(p.pdf ?? p.url)}">${esc(p.title)}</a></h3>
<p class="authors">${p.authors.map(esc).join(', ')}</p>
<p class="links">${links.map(([l, u]) => `<a href="${esc(u)}">${l}</a>`).join('')}</p>
<details><summary>Abstract</summary><p>${esc(p.abstract)}</p></details>
<p class="kw">${p.keywords.map(esc).join(' · ')}</p></article>`;
  });
  return `${head('Static papers')}<h1>Accepted papers</h1>\n${rows.join('\n')}\n</body></html>\n`;
}

export function elementPage() {
  // As docs/paper-list.md recommends for long lists: `src`, no preload (the element streams the file).
  return `${head('<paper-list> papers')}
<script type="module" src="workshop-elements.js"></script>
<h1>Accepted papers</h1>
<paper-list src="papers.json" venue="Generated Conference" year="2020"></paper-list>
</body></html>\n`;
}

/**
 * A reference, not a product: the fastest page we know that builds the same list from the same JSON in the browser.
 * It fetches the whole file, parses it at once and clones one template per paper into a fragment, all in one task:
 * no validation, no URL checks, no streaming, no yielding to the page. Off-screen papers skip layout
 * (`content-visibility: auto`, as in the element). It shows what a list rendered from JSON can reach on this machine,
 * and what it costs.
 */
export function scriptPage() {
  const skip = '<style>article{content-visibility:auto;contain-intrinsic-size:auto 9em}</style>';
  return `${head('Bare script papers').replace('</head>', `${skip}</head>`)}<h1>Accepted papers</h1>
<template id="paper"><article><h3><a></a></h3><p class="authors"></p><p class="links"></p><details><summary>Abstract</summary><p></p></details><p class="kw"></p></article></template>
<script type="module">
const papers = await (await fetch('papers.json')).json();
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
