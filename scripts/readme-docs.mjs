// Copies docs/<element>.md into README.md between the ELEMENT-DOCS markers, one level deeper, so the README
// carries the full reference while each element keeps its own file. test/node/readme.test.mjs checks they agree.
import { readFileSync, writeFileSync } from 'node:fs';

export const ELEMENTS = ['workshop-schedule', 'important-dates', 'speaker-card', 'paper-list', 'sponsor-strip'];
const START = '<!-- ELEMENT-DOCS: generated from docs/*.md by scripts/readme-docs.mjs -->';
const END = '<!-- /ELEMENT-DOCS -->';

/** docs/<element>.md as it stands in the README: top heading at level 2, image paths from the repository root. */
export function section(element) {
  let text = readFileSync(`docs/${element}.md`, 'utf8').trim();
  const top = Math.min(...[...text.matchAll(/^(#+) /gm)].map((m) => m[1].length));
  const shift = 2 - top;
  let inFence = false;
  text = text
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) inFence = !inFence;
      if (inFence || !/^#+ /.test(line)) return line;
      return shift > 0 ? '#'.repeat(shift) + line : line.slice(-shift);
    })
    .join('\n');
  // Paths relative to docs/: images, and links to the other docs (performance.md).
  return text.replace(/\]\((?:\.\/)?img\//g, '](docs/img/').replace(/\]\((?:\.\/)?([\w-]+\.md)\)/g, '](docs/$1)');
}

export function generated() {
  return `${START}\n\n${ELEMENTS.map(section).join('\n\n')}\n\n${END}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('<!-- ELEMENT-DOCS');
  const end = readme.indexOf(END);
  const after = end === -1 ? readme.indexOf('-->', start) + 3 : end + END.length;
  writeFileSync('README.md', readme.slice(0, start) + generated() + readme.slice(after));
  console.log('README.md: element sections updated from docs/');
}
