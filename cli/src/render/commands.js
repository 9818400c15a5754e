// The `render` and `fill` commands of `workshop-elements` (main.js adds them to the program).
import { Command } from 'commander';
import { writeAtomic } from '../io.js';
import { formatProblem } from '../validate.js';
import { fillPage } from './fill.js';
import { RENDER_KINDS } from './kit.js';
import { kindCommand, renderKind, report } from './render.js';

const RENDER_HELP = `
Each writes what the Jekyll kit's include writes (jekyll/_includes/workshop-elements/): the element with its data, the
content as plain HTML inside it (slot="fallback") for readers without JavaScript, and schema.org JSON-LD. The page
also needs the elements' script: render head (or write the <script> yourself).

Examples:
  workshop-elements render schedule data/program.yml --date 2019-12-13 --timezone America/Vancouver > schedule.html
  workshop-elements render papers data/papers.yml --venue "SMMaL Workshop at NeurIPS 2019" --year 2019 -o papers.html
  workshop-elements render speakers data/speakers.yml --layout row
To fill marked places of an HTML page in place, see: workshop-elements fill --help`;

const FILL_HELP = `
Mark each place in the page with two comments; after the kind come the arguments of render <kind>:

  <!-- workshop-elements:head -->
  <!-- /workshop-elements -->
  <!-- workshop-elements:schedule data/program.yml --date 2019-12-13 --timezone America/Vancouver -->
  <!-- /workshop-elements -->

Data paths are read from the page's folder. Only what lies between the two comments is replaced, so running it again
(after editing the data, or at every build) gives the same page.

Exit code: 0 when written (problems in the data are printed, and the valid parts written), 1 on an error, with
--strict on a problem, and with --check when a page is not up to date.
Example:
  workshop-elements fill index.html --url https://example.org/workshop/`;

/** Adds `render <what>` and `fill` to `program`; `setCode` sets the exit code. */
export function addRenderCommands(program, { io, say, setCode }) {
  const render = program
    .command('render')
    .description(
      'write the HTML of an element for any page (plain HTML, Hugo, Eleventy…): readable without JavaScript, with JSON-LD',
    )
    .addHelpText('after', RENDER_HELP);
  for (const kind of Object.keys(RENDER_KINDS)) {
    const cmd = kindCommand(kind, async (k, file, opts) => {
      const result = await renderKind(k, file, opts);
      report(result, file, say);
      if (opts.strict && result.problems.length) {
        say(`--strict: ${result.problems.length} problem(s) in ${file}; nothing written`);
        setCode(1);
        return;
      }
      if (opts.output && opts.output !== '-') writeAtomic(opts.output, result.html);
      else io.out.write(result.html);
    });
    cmd.option('-o, --output <file>', 'write here instead of standard output');
    render.addCommand(cmd);
  }

  program.addCommand(
    new Command('fill')
      .description('write the elements into the marked places of HTML pages, in place (see below)')
      .argument('<pages...>', 'the HTML files to fill')
      .option(
        '--url <address>',
        'the address the page is published at, for markers that give none (one page per call if they differ)',
      )
      .option('--base-url <path>', 'the path the site is served under (/workshop), for markers that give none')
      .option('--check', 'write nothing; exit 1 when a page is not up to date (for CI)')
      .option('--strict', 'write nothing when the data has a problem')
      .addHelpText('after', FILL_HELP)
      .action(async (pages, opts) => {
        let code = 0;
        for (const page of pages) {
          const result = await fillPage(page, { url: opts.url, baseUrl: opts.baseUrl });
          for (const p of result.problems) say(formatProblem(p));
          for (const note of result.notes) say(`${page}: ${note} (note)`);
          if (!result.places) {
            say(`${page}: no <!-- workshop-elements:… --> places to fill (see workshop-elements fill --help)`);
            code = 1;
          } else if (opts.strict && result.problems.length) {
            say(`${page}: --strict: ${result.problems.length} problem(s); not written`);
            code = 1;
          } else if (opts.check) {
            say(`${page}: ${result.changed ? 'not up to date (run workshop-elements fill)' : 'up to date'}`);
            if (result.changed) code = 1;
          } else {
            if (result.changed) writeAtomic(page, result.text);
            say(`${page}: ${result.places} place(s) ${result.changed ? 'filled' : 'already up to date'}`);
          }
        }
        setCode(code);
      }),
  );
}
