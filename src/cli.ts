// commander → options (normalized once) → run(); one error handler maps
// coded errors to a stderr line and an exit code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { ActorEntry } from './core/types.js';
import { defaultJobs, run, type RunOptions } from './run.js';
import { EXIT, WirecoderError, escapeControl } from './io/errors.js';
import { isCalendarDate, type InputFormat } from './io/inputs.js';
import { FORMATS, type Format } from './io/formats/index.js';
import { evalCommand } from './eval/command.js';
import { rulesCommand } from './eval/rules-command.js';
import { SCOPES, type Scope } from './core/refine/scope.js';

const EXAMPLES = `
Examples:
  $ wirecoder fixtures/articles/balad-airbase.txt --date 2021-04-04
  $ cat story.txt | wirecoder --date 2021-04-04 --format csv > events.csv
  $ wirecoder wires/ --recursive --format ndjson > events.ndjson
  $ wirecoder dump.ndjson --format csv --out events.csv --errors failed.ndjson --articles articles.csv
  $ jq -c '.[]' batch.json | wirecoder --format ndjson    # one result per line, streamed
  $ wirecoder story.txt --explain          # which rule produced each value
  $ wirecoder wires/ --scope terrorism     # attacks on civilians, police, property; no battles
  $ wirecoder wires/ --format acled --out rows.csv   # the columns of an ACLED export
  $ wirecoder eval fixtures ../shared/corpus --verbose
  $ wirecoder view story.txt --out story.html   # the text with each event's values marked
  $ wirecoder eval --acled acled-export.csv          # score against an ACLED download

Input: .txt .md (front matter date:/title:) .html .xhtml .htm (<title>, DC.date
meta) .json/.ndjson (one {id?, text, date?, headline?, url?} per line or
element); standard input is one article with id "stdin", or NDJSON lines
(detected, or --input-format ndjson), coded and written line by line.

Exit codes:
  0  every input coded
  1  some inputs failed (the others were written; see stderr or --errors)
  2  bad usage: --date, --format, --jobs, --actors, --out, unknown option
  3  nothing could be read (missing path, unreadable or empty input)
  70 internal error
  74 an output could not be written (full disk, I/O error); no file replaced
  130 interrupted (Ctrl-C); stderr says how far the output is complete`;

interface RawOptions {
  date?: string;
  format?: string;
  bom?: boolean;
  out?: string;
  recursive?: boolean;
  explain?: boolean;
  actors?: string;
  jobs?: string;
  quiet?: boolean;
  errors?: string;
  scope?: Scope;
  articles?: string;
  inputFormat?: InputFormat;
}

/** The version in package.json (dist/src/cli.js → ../../package.json). */
export function version(): string {
  return (JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export function normalizeOptions(paths: string[], raw: RawOptions, env: NodeJS.ProcessEnv, stdoutIsTTY: boolean, columns?: number): RunOptions {
  if (raw.date !== undefined && !isCalendarDate(raw.date)) throw new WirecoderError('E_USAGE', `--date: "${raw.date}" is not a date (YYYY-MM-DD)`);
  const format = (raw.format ?? (stdoutIsTTY && !raw.out ? 'table' : 'ndjson')) as Format;
  if (!FORMATS.includes(format)) throw new WirecoderError('E_USAGE', `--format: "${raw.format}" is not one of ${FORMATS.join(', ')}`);
  if (raw.bom && format !== 'csv' && format !== 'acled') throw new WirecoderError('E_USAGE', `--bom: only for --format csv or acled (the format is ${format})`);
  if (raw.jobs !== undefined && !/^[1-9]\d*$/.test(raw.jobs)) throw new WirecoderError('E_USAGE', `--jobs: "${raw.jobs}" is not a positive whole number`);
  let actors: ActorEntry[] | undefined;
  if (raw.actors) {
    try {
      const parsed = JSON.parse(fs.readFileSync(raw.actors, 'utf8')) as unknown;
      if (!Array.isArray(parsed) || parsed.some((a) => !a || typeof a.name !== 'string' || !Array.isArray(a.aliases))) throw new Error('expected a JSON array of {name, kind, country_code, aliases[]}');
      actors = (parsed as ActorEntry[]).map((a) => ({ ...a, kind: a.kind ?? 'unknown', country_code: a.country_code ?? null }));
    } catch (e) {
      throw new WirecoderError('E_USAGE', `--actors: ${raw.actors}: ${(e as Error).message}`);
    }
  }
  return {
    paths,
    date: raw.date ?? null,
    format,
    bom: !!raw.bom,
    width: stdoutIsTTY && !raw.out && columns ? columns : undefined,
    out: raw.out ?? null,
    recursive: !!raw.recursive,
    explain: !!raw.explain,
    actors,
    jobs: raw.jobs !== undefined ? Number(raw.jobs) : defaultJobs(),
    quiet: !!raw.quiet,
    errors: raw.errors ?? null,
    scope: raw.scope ?? 'all',
    articles: raw.articles ?? null,
    inputFormat: raw.inputFormat ?? 'auto',
    color: stdoutIsTTY && !raw.out && !('NO_COLOR' in env),
  };
}

/** Aborted on the first Ctrl-C (the run then says how far it got); a second one kills at once. */
function onCtrlC(): AbortSignal {
  const ac = new AbortController();
  process.once('SIGINT', () => ac.abort());
  return ac.signal;
}

/** `wirecoder view`: the main command with --format html; on a terminal, into a new file rather than onto the screen. */
async function view(paths: string[], raw: RawOptions): Promise<number> {
  const opts = normalizeOptions(paths, { ...raw, format: 'html' }, process.env, false);
  if (paths.length === 0 && process.stdin.isTTY) throw new WirecoderError('E_USAGE', 'no input: name files or folders, or pipe an article to standard input (wirecoder view --help)');
  if (!opts.out && process.stdout.isTTY) {
    const name = paths.length === 1 ? path.basename(paths[0]!).replace(/\.[^.]*$/, '') || 'view' : paths.length ? 'batch' : 'stdin';
    opts.out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-view-')), `${name}.html`);
  }
  const code = await run(opts, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, signal: onCtrlC() });
  if (opts.out && !raw.out && !opts.quiet) process.stderr.write(`wirecoder: wrote ${opts.out} (open it in a browser)\n`);
  return code;
}

/** `view`, `eval` and `rules`; each sets the exit code through `done`. */
function subcommands(program: Command, done: (code: number) => void): void {
  program
    .command('view')
    .description('one self-contained HTML page: each article with its events\' values marked in the text, and the table of events')
    .argument('[paths...]', 'files or folders, as for the main command; standard input when none')
    .option('--date <YYYY-MM-DD>', 'publication date (else metadata, else the dateline)')
    .option('--out <file>', 'write the page there (default: standard output; on a terminal, a new file in the temporary folder)')
    .option('-r, --recursive', 'read folders recursively')
    .option('--explain', 'name the rule behind each value on hover')
    .option('--actors <file>', 'extra actor dictionary (JSON array of {name, kind, country_code, aliases})')
    .option('--jobs <n>', 'worker threads for batches (as for the main command)')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .addOption(new Option('--scope <scope>', 'coding scope').choices(SCOPES).default('all'))
    .addHelpText('after', '\nExamples:\n  $ wirecoder view fixtures/articles/balad-airbase.txt --date 2021-04-04 --out balad.html\n  $ wirecoder fixtures/articles --format html > batch.html    # the same page, from the main command')
    .action(async (paths: string[], raw: RawOptions) => {
      done(await view(paths, raw));
    });
  program
    .command('eval')
    .description('score the tool against gold files (NAME.txt beside NAME.gold.json), as docs/gold.md says')
    .argument('[paths...]', 'files or folders with gold files')
    .option('--acled <file>', 'an ACLED export (CSV): each row\'s notes is an article dated event_date, its fields the gold')
    .option('-v, --verbose', 'list every disagreement')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(new Option('--scope <scope>', 'coding scope the articles are extracted with').choices(SCOPES).default('all'))
    .addHelpText('after', '\nExamples:\n  $ wirecoder eval fixtures/articles --verbose\n  $ wirecoder eval --scope terrorism ../shared/corpus/muc4-tst4   # MUC-4 codes terrorism, not battles\n  $ wirecoder eval --acled my-acled-export.csv                     # score against an ACLED download')
    .action(async (paths: string[], o: { verbose?: boolean; format: 'text' | 'json'; scope: Scope; acled?: string }) => {
      if (!paths.length && !o.acled) throw new WirecoderError('E_USAGE', 'eval: name gold files or folders, or an ACLED export with --acled FILE');
      done(await evalCommand(paths, { verbose: !!o.verbose, format: o.format, scope: o.scope, acled: o.acled }, (s) => process.stdout.write(s)));
    });
  program
    .command('rules')
    .description('every named rule with how often it fired on the articles (NAME.txt) and, beside gold files, how many of the events and slots it produced were right')
    .argument('<paths...>', 'files or folders of NAME.txt (with NAME.gold.json where there is gold)')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(new Option('--scope <scope>', 'coding scope the articles are extracted with (auto: muc… folders terrorism, the others all)').choices([...SCOPES, 'auto']).default('auto'))
    .option('--min-articles <n>', 'flag a rule that fires on fewer articles', '3')
    .option('--min-precision <p>', 'flag a rule right less often: a trigger\'s events paired with gold, another rule\'s slots on paired events (10 or more)', '0.3')
    .addHelpText('after', '\nExamples:\n  $ wirecoder rules --scope terrorism ../shared/corpus-train/muc4-dev\n  $ wirecoder rules fixtures --format json | jq \'.rules[] | select(.gate)\'')
    .action(async (paths: string[], o: { format: 'text' | 'json'; scope: Scope | 'auto'; minArticles: string; minPrecision: string }) => {
      done(rulesCommand(paths, { format: o.format, scope: o.scope, minArticles: Number(o.minArticles), minPrecision: Number(o.minPrecision) }, (s) => process.stdout.write(s)));
    });
}

/** A thrown error as one stderr line (commander has printed its own) and its exit code. */
function exitCodeOf(e: unknown): number {
  const err = e as { code?: string; exitCode?: number; message?: string };
  if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.OK;
  if (typeof err.code === 'string' && err.code.startsWith('commander.')) return EXIT.USAGE; // commander already printed the message
  if (e instanceof WirecoderError) {
    process.stderr.write(`wirecoder: ${escapeControl(`${e.input ? `${e.input}: ` : ''}${e.message}`)}\n`);
    return e.code === 'E_USAGE' ? EXIT.USAGE : e.code === 'E_WRITE' ? EXIT.WRITE : EXIT.NO_INPUT;
  }
  if (err.code === 'ENOENT') {
    process.stderr.write(`wirecoder: ${escapeControl(err.message ?? '')}\n`);
    return EXIT.NO_INPUT;
  }
  process.stderr.write(`wirecoder: internal error: ${escapeControl(err.message ?? String(e))}\n`);
  return EXIT.INTERNAL;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.OK;
  const program = new Command();
  program
    .name('wirecoder')
    .enablePositionalOptions() // options after `eval` are eval's (its --format is text|json)
    .description('Turn English news wire stories into structured event records (what, when, where, who, with what, how many), each value with the text it came from.')
    .version(version(), '-V, --version', 'print the version')
    .argument('[paths...]', 'files or folders (.txt .md .html .xhtml .json .ndjson); standard input when none')
    .option('--date <YYYY-MM-DD>', 'publication date (else metadata, else the dateline)')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, ndjson otherwise)').choices(FORMATS).makeOptionMandatory(false))
    .option('--bom', 'CSV: start with a UTF-8 byte order mark (for Excel)')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('-r, --recursive', 'read folders recursively')
    .option('--explain', 'name the rule behind each value')
    .option('--actors <file>', 'extra actor dictionary (JSON array of {name, kind, country_code, aliases})')
    .option('--jobs <n>', `worker threads for batches, output order kept (default and most: ${defaultJobs()}, the cores; 1 = in-process; small batches are coded in-process)`)
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--errors <file>', 'write failed inputs as NDJSON {source, id, error, code}')
    .option('--articles <file>', 'write one CSV row per article: article_id, source, published, status (ok|error), events, error')
    .addOption(new Option('--input-format <format>', 'standard input: NDJSON lines or one article (default: detected)').choices(['ndjson', 'text']))
    .addOption(new Option('--scope <scope>', 'all: every kind of political violence, battles too; terrorism: no combat between armed sides (MUC-4, GTD)').choices(SCOPES).default('all'))
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`wirecoder: ${s.replace(/^error: /, '')}`),
    })
    .action(async (paths: string[], raw: RawOptions) => {
      const opts = normalizeOptions(paths, raw, process.env, !!process.stdout.isTTY, process.stdout.columns);
      if (paths.length === 0 && process.stdin.isTTY) throw new WirecoderError('E_USAGE', 'no input: name files or folders, or pipe an article to standard input (wirecoder --help)');
      code = await run(opts, { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, signal: onCtrlC() });
    });
  subcommands(program, (c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (e) {
    return exitCodeOf(e);
  }
  return code;
}

// Output piped into `head` ends quietly; any other error on standard output is
// reported by the run (exit 74). A stream of errors never becomes a stack trace.
let stdoutGone = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') stdoutGone = true;
});
process.stderr.on('error', () => {}); // nowhere left to say it

main(process.argv).then((code) => {
  process.exitCode = code;
  // interrupted, or the reader went away: standard input may still be open
  if (code === EXIT.INTERRUPTED || stdoutGone) process.exit(code);
});
