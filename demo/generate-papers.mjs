// Deterministic synthetic papers for scale demos and the benchmark: n papers remixed from the 687 real ICLR 2020
// papers (titles, authors, abstracts, keywords), the same every run for the same n and seed. Runs in browsers and Node.

/** A small seeded PRNG (mulberry32): the same sequence for the same seed on every engine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` papers in <paper-list> JSON built from `base` (the converted ICLR 2020 papers). */
export function generatePapers(base, n = 5000, seed = 2020) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const authors = [...new Set(base.flatMap((p) => p.authors))];
  const keywords = [...new Set(base.flatMap((p) => p.keywords ?? []))];
  const sentences = base.flatMap((p) => (p.abstract ?? '').split(/(?<=\.)\s+/)).filter((s) => s.length > 40);
  const papers = [];
  for (let i = 0; i < n; i++) {
    const a = base[i % base.length].title.split(' ');
    const b = pick(base).title.split(' ');
    const title =
      i < base.length
        ? a.join(' ')
        : [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2))].join(' ');
    const r = rnd();
    const paper = {
      id: `paper-${String(i + 1).padStart(4, '0')}`,
      title,
      authors: Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => pick(authors)).filter(
        (x, k, all) => all.indexOf(x) === k,
      ),
      abstract: Array.from({ length: 5 + Math.floor(rnd() * 4) }, () => pick(sentences)).join(' '),
      keywords: Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => pick(keywords)).filter(
        (x, k, all) => all.indexOf(x) === k,
      ),
      type: r < 0.05 ? 'oral' : r < 0.2 ? 'spotlight' : 'poster',
      session: `Poster session ${1 + (i % 12)}`,
      url: `https://openreview.net/forum?id=synthetic${i + 1}`,
      pdf: `https://openreview.net/pdf?id=synthetic${i + 1}`,
    };
    if (rnd() < 0.003) paper.award = rnd() < 0.5 ? 'Best Paper' : 'Outstanding Paper';
    if (rnd() < 0.3) paper.code = `https://github.com/example/synthetic-${i + 1}`;
    papers.push(paper);
  }
  return papers;
}
