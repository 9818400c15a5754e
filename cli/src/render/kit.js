// What `render <what>` can write: one entry per include of the Jekyll kit, with the include's parameters as the
// command's options (the kit's underscores become dashes: heading_level → --heading-level). The markup itself is only
// in the kit's Liquid files; this module renders them (see ruby-liquid.js).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../io.js';
import { elementsRoot } from '../package-root.js';
import { jekyllLiquid, toLiquidData } from './ruby-liquid.js';

/** The folder that holds `workshop-elements/*.html` (the kit's `_includes`). */
export const kitIncludes = () => join(elementsRoot(), 'jekyll', '_includes');

const id = ['id', 'the element’s id (for links to #id)'];
const heading = ['heading_level', 'level of the element’s headings, 1 to 6'];
const src = ['src', 'the element loads its data from this URL instead (the data still writes the no-script HTML)'];
const eventId = ['event_id', 'the schema.org Event’s @id (default: the page’s URL + "#event")'];
const noJsonld = ['jsonld', 'write no schema.org JSON-LD', 'negate'];

/**
 * Each kind: the include, the parameter that takes the data, the data's kind for `validate`, and its options as
 * [parameter, help, type]; type is 'string' (default), 'flag' (true when given) or 'negate' (--no-x: x=false).
 */
export const RENDER_KINDS = {
  schedule: {
    include: 'schedule.html',
    param: 'items',
    data: 'program',
    summary: 'the program: <workshop-schedule> with a table of sessions and times, and a schema.org Event',
    options: [
      ['date', 'YYYY-MM-DD of sessions that give only a time'],
      ['timezone', 'the IANA zone the times are written in, e.g. America/Vancouver'],
      ['utc_offset', 'that zone’s offset on the day, e.g. -08:00 (default: worked out from --timezone)'],
      ['event', 'a JSON or YAML file about the workshop (name, description, location, attendance, url, image)', 'file'],
      eventId,
      id,
      ['filterable', 'show the search and filter controls', 'flag'],
      heading,
      ['now', 'the time the schedule takes as now (for testing a page)'],
      ['viewer_timezone', 'show times in this zone instead of the visitor’s'],
      src,
      noJsonld,
    ],
  },
  speakers: {
    include: 'speakers.html',
    param: 'speakers',
    data: 'speakers',
    summary: 'a grid of <speaker-card>s (invited speakers, organizers), and schema.org Persons',
    options: [
      ['layout', 'card (default), row or compact'],
      ['heading_level', 'level of the names’ headings (default 3)'],
      ['relation', 'performer (default) or organizer: how the people relate to the workshop’s Event'],
      eventId,
      noJsonld,
    ],
  },
  speaker: {
    include: 'speaker.html',
    param: 'speaker',
    data: 'speakers',
    summary: 'one <speaker-card> (the file holds one person), and a schema.org Person',
    options: [
      ['layout', 'card (default), row or compact'],
      ['heading_level', 'level of the name’s heading (default 3)'],
      noJsonld,
    ],
  },
  papers: {
    include: 'papers.html',
    param: 'papers',
    data: 'papers',
    summary: 'the accepted papers: <paper-list> with a plain list, and a schema.org ScholarlyArticle each',
    options: [
      ['venue', 'the venue, for citations (e.g. "SMMaL Workshop at NeurIPS 2019")'],
      ['year', 'the year, for citations'],
      ['group_by', 'group the list by this field (e.g. type, session)'],
      ['sort', 'sort order (e.g. title)'],
      heading,
      ['sync_url', 'keep the search in the page’s URL', 'flag'],
      id,
      eventId,
      src,
      ['fallback', 'write no no-script list (when the papers are on a page of their own)', 'negate'],
      noJsonld,
    ],
  },
  sponsors: {
    include: 'sponsors.html',
    param: 'sponsors',
    data: 'sponsors',
    summary: 'the sponsors: <sponsor-strip> with the logos as links',
    options: [
      ['tiers', 'tier order, highest first, comma-separated (e.g. Gold,Silver)'],
      ['label', 'the strip’s accessible name (default: Sponsors)'],
      ['tier_heading', 'heading text of each tier'],
      ['untiered_heading', 'heading of the sponsors without a tier'],
      heading,
      ['monochrome', 'show the logos in grey', 'flag'],
      ['plate', 'a light plate behind each logo (dark pages)', 'flag'],
      id,
      src,
    ],
  },
  dates: {
    include: 'dates.html',
    param: 'dates',
    data: 'dates',
    summary: 'the important dates: <important-dates> with a table of deadlines',
    options: [
      ['timezone', 'the zone of dates written without one (IANA name or AoE)'],
      ['event_date', 'YYYY-MM-DD of the workshop'],
      ['layout', 'the layout (see <important-dates>)'],
      ['label', 'the caption (default: Important dates)'],
      heading,
      id,
      src,
    ],
  },
  head: {
    include: 'head.html',
    data: undefined,
    summary:
      'the <script> that loads the elements (from /assets/workshop-elements.js, or --cdn) and a few lines of CSS, for <head>',
    options: [
      ['cdn', 'load the published package from jsDelivr, pinned and checked with Subresource Integrity', 'flag'],
      ['lang', 'also load this language’s words (de, fr, es, pt, zh, ja, ar)'],
      ['render_blocking', 'do not hold the first paint until the elements are defined (Chromium)', 'negate'],
    ],
  },
};

/** `heading_level` → `--heading-level` (Commander's flag) and `headingLevel` (its key in the parsed options). */
export const flagOf = (param) => param.replace(/_/g, '-');
export const keyOf = (param) => param.replace(/_([a-z])/g, (_, c) => c.toUpperCase());

/** A parameter name as Jekyll's include tag reads it: letters, digits, `_` and `-`. */
const PARAM = /^[A-Za-z][\w-]*$/;

/**
 * Renders one include of the kit: `params` are the include's parameters (strings, booleans, data), in order.
 * `site` is `{ baseurl, url, timezone, title }` and `page` `{ url, title }`, as Jekyll's `site` and `page`.
 */
export async function renderInclude(kind, params, { site = {}, page = {}, includes = kitIncludes() } = {}) {
  const def = RENDER_KINDS[kind];
  const file = join(includes, 'workshop-elements', def.include);
  if (!existsSync(file))
    throw new CliError(file, undefined, 'the Jekyll kit is missing from this copy of workshop-elements');
  for (const name of Object.keys(params))
    if (!PARAM.test(name)) throw new CliError(undefined, undefined, `"${name}" is not a parameter name`);
  // The values go in as variables, never into the template's text.
  const args = Object.keys(params)
    .map((name) => ` ${name}=we_cli["${name}"]`)
    .join('');
  const engine = jekyllLiquid(includes, site, `{% include workshop-elements/${def.include}${args} %}`);
  const html = engine.renderFileSync('entry', {
    we_cli: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toLiquidData(v)])),
    site: toLiquidData({ ...site }),
    page: toLiquidData({ url: '/', ...page }),
  });
  return html.replace(/^\s*\n/, '').replace(/\s*$/, '\n');
}
