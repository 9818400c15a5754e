// The `workshop-elements` command: import, validate, preview, init, render, fill. Every command has --help; every failure is one
// line naming the file (and line) on standard error and a non-zero exit code.
import { Argument, Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { CliError, writeAtomic } from './io.js';
import { FORMATS, runImport } from './import.js';
import { formatFor, serialize } from './output.js';
import { KINDS, checkFile, expandArgs, formatProblem } from './validate.js';
import { initSite } from './init.js';
import { startPreview } from './preview.js';
import { addRenderCommands } from './render/commands.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

export async function main(argv, io = { out: process.stdout, err: process.stderr, env: process.env }) {
  const say = (text) => io.err.write(`${text}\n`);
  const program = new Command('workshop-elements')
    .description(
      'Import, check and preview the data of workshop-elements pages (papers, program, speakers, sponsors), and write their HTML.',
    )
    .version(pkg.version)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) })
    .showHelpAfterError('(add --help for usage)');
  let code = 0;

  program
    .command('import')
    .description(
      'convert an export (OpenReview, Mini-Conf, CMT/EasyChair CSV, pretalx/frab, Sessionize, iCalendar) to our data',
    )
    .addArgument(new Argument('<format>', 'what the file is (formats below)').choices(Object.keys(FORMATS)))
    .argument('<file>', 'the export to read')
    .option('-o, --output <file>', 'write here (.json, .yml or .yaml); default: standard output, as JSON')
    .option(
      '--map <fields>',
      'csv: columns by name, e.g. title="Paper Title",authors="Author Names" (repeatable)',
      (v, all = []) => [...all, v],
    )
    .option('--timezone <zone>', 'sessionize, ics: the IANA zone the times are in (Sessionize exports none)')
    .option('--encoding <name>', 'the file’s encoding when it is not UTF-8, e.g. windows-1252 (Excel’s CSV on Windows)')
    .option(
      '--openreview-ids',
      'miniconf-papers: the UIDs are OpenReview forum ids (ICLR); link each paper’s forum and PDF',
    )
    .option('--strict', 'write nothing when a row cannot be converted or the result has a warning')
    .addHelpText(
      'after',
      `\nFormats:\n${Object.entries(FORMATS)
        .map(([k, v]) => `  ${k.padEnd(18)} ${v}`)
        .join(
          '\n',
        )}\n\nExamples:\n  workshop-elements import openreview notes.json -o _data/papers.yml\n  workshop-elements import frab schedule.xml -o _data/program.yml\n  workshop-elements import csv cmt.csv --map title="Paper Title",authors="Author Names" -o papers.json`,
    )
    .action((format, file, opts) => {
      const outFormat = formatFor(opts.output);
      const result = runImport(format, file, opts);
      for (const s of result.skipped) say(`${s.where}: ${s.message}`);
      for (const w of result.warnings) say(`${w.where}: ${w.message} (${w.severity ?? 'warning'})`);
      for (const n of result.notes) say(`note: ${n}`);
      const count = `${result.data.length} ${result.kind === 'program' ? 'sessions' : result.kind}`;
      if (opts.strict && (result.skipped.length || result.warnings.length)) {
        say(`--strict: ${result.skipped.length} not converted, ${result.warnings.length} warnings; nothing written`);
        code = 1;
        return;
      }
      const text = serialize(result.data, outFormat);
      if (opts.output && opts.output !== '-') writeAtomic(opts.output, text);
      else io.out.write(text);
      say(
        `${count}${opts.output ? ` written to ${opts.output}` : ''}${result.skipped.length ? `; ${result.skipped.length} not converted (listed above)` : ''}`,
      );
    });

  program
    .command('validate')
    .description('check JSON/YAML data files, or a Jekyll site or _data folder, with the elements’ own validators')
    .argument('<files...>', 'data files, a _data folder or a Jekyll site folder')
    .addOption(
      new Option('--kind <kind>', 'which element the files are for (default: from the file name or content)').choices(
        Object.keys(KINDS),
      ),
    )
    .option('--strict', 'fail on warnings too')
    .option('--timezone <zone>', 'the Jekyll site’s timezone: (default: read from _config.yml next to _data)')
    .addHelpText(
      'after',
      '\nExit code: 0 when nothing is wrong or there are warnings only, 1 on an error (or a warning with --strict).\nExample:\n  workshop-elements validate _data/',
    )
    .action((files, opts) => {
      let errors = 0;
      let warnings = 0;
      const github = io.env?.GITHUB_ACTIONS === 'true';
      for (const { file, fromDir } of expandArgs(files)) {
        let report;
        try {
          report = checkFile(file, { kind: opts.kind, timezone: opts.timezone });
        } catch (e) {
          if (e instanceof CliError && fromDir && /cannot tell which element/.test(e.message)) {
            say(`${file}: not data for an element, skipped`);
            continue;
          }
          if (!(e instanceof CliError)) throw e;
          say(String(e));
          if (github) say(`::error file=${e.file},line=${e.line ?? 1}::${e.message}`);
          errors++;
          continue;
        }
        for (const p of report.problems) {
          say(formatProblem(p));
          if (github) say(`::${p.severity} file=${p.file},line=${p.line ?? 1}::${p.path}: ${p.message}`);
          if (p.severity === 'error') errors++;
          else warnings++;
        }
        for (const note of report.notes) {
          say(`${file}: ${note} (note)`);
          if (github) say(`::notice file=${file}::${note}`);
        }
        const n = report.problems.length;
        say(
          `${file}: ${report.count} ${report.kind === 'program' ? 'entries' : report.kind} for ${KINDS[report.kind].element}${n ? '' : ', no problems'}`,
        );
      }
      say(`${errors} error(s), ${warnings} warning(s)`);
      code = errors || (opts.strict && warnings) ? 1 : 0;
    });

  program
    .command('preview')
    .description('serve a local page that renders the data with the elements, and re-render when a file changes')
    .argument('<paths...>', 'data files, a _data folder or a Jekyll site folder')
    .option('-p, --port <port>', 'port on 127.0.0.1 (0: any free port)', '4000')
    .option('--timezone <zone>', 'timezone attribute of the schedule')
    .option('--date <date>', 'date attribute of the schedule (YYYY-MM-DD)')
    .action(async (paths, opts) => {
      const server = await startPreview(paths, {
        port: Number(opts.port),
        timezone: opts.timezone,
        date: opts.date,
        log: say,
      });
      io.out.write(`${server.url}\n`);
      say('Preview running; it re-renders when a file changes. Ctrl-C stops it.');
      code = await server.closed;
    });

  program
    .command('init')
    .description(
      'copy the Jekyll kit (_includes/workshop-elements, assets/workshop-elements.js) and example _data files into a Jekyll site',
    )
    .argument('<site-dir>', 'the Jekyll site (the folder with _config.yml)')
    .option('--force', 'overwrite files that already exist')
    .option('--kit <dir>', 'copy this kit folder instead of the one in the workshop-elements package')
    .action((dir, opts) => {
      const { written } = initSite(dir, { force: opts.force, ...(opts.kit ? { kit: opts.kit } : {}) });
      for (const f of written) say(`wrote ${f}`);
      say(
        `Next: add {% include workshop-elements/head.html %} to your layout, then run: workshop-elements validate ${dir}`,
      );
    });

  addRenderCommands(program, { io, say, setCode: (c) => (code = c) });

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof CliError) {
      say(String(e));
      return 1;
    }
    say(`workshop-elements: ${e?.stack ?? e}`);
    return 2;
  }
}
