// read → extract → write: the one place I/O meets the pure core.
//
// The inputs are read in order (io/inputs.ts), coded in order in-process or
// by a pool of workers (io/pool.ts), and written as they are done
// (io/writers.ts; files through temporary files renamed into place at the
// end, io/sink.ts); stderr says what failed and how far the run got
// (io/report.ts). Every input article yields a result or an error record:
// nothing is lost silently. A write error is one line and exit 74; Ctrl-C
// is a line saying how far the output is complete, and exit 130.
import fs from 'node:fs';
import path from 'node:path';
import type { ActorEntry } from './core/types.js';
import type { Scope } from './core/refine/scope.js';
import { listFiles, readInputs, readsStdin, singleArticle, type InputArticle, type InputFormat, type InputItem } from './io/inputs.js';
import { EXIT, WirecoderError } from './io/errors.js';
import { STREAMING, type Format } from './io/formats/index.js';
import { codeInOrder, cores, type Pumped } from './io/pool.js';
import { Reporter, type Stderr } from './io/report.js';
import type { OpenFile } from './io/sink.js';
import { Writers } from './io/writers.js';
import type { Task, TaskResult } from './io/worker.js';

export { defaultJobs } from './io/pool.js';

export interface RunOptions {
  paths: string[];
  date: string | null;
  format: Format;
  /** CSV: a UTF-8 byte order mark first, for Excel. */
  bom?: boolean;
  /** Table: the terminal's width in columns. */
  width?: number;
  out: string | null;
  recursive: boolean;
  explain: boolean;
  /** Coding scope (core/refine/scope.ts). */
  scope: Scope;
  actors: ActorEntry[] | undefined;
  /** Worker threads at most; 1 codes in-process. */
  jobs: number;
  quiet: boolean;
  errors: string | null;
  /** One CSV row per article (coded or failed). */
  articles?: string | null;
  /** Standard input: NDJSON lines, one article, or detected. */
  inputFormat?: InputFormat;
  color: boolean;
}

export interface RunIO {
  stdout: NodeJS.WritableStream;
  stderr: Stderr;
  stdin?: NodeJS.ReadableStream;
  /** Aborted on Ctrl-C: the run stops, says how far it got, and returns 130. */
  signal?: AbortSignal;
  /** Opens the temporary file an output is written to (tests: one that fails). */
  openFile?: OpenFile;
}

/** The outputs of the run, by option. */
function outputs(opts: RunOptions): [string, string][] {
  const all: [string, string | null][] = [
    ['--out', opts.out],
    ['--errors', opts.errors],
    ['--articles', opts.articles ?? null],
  ];
  return all.filter((o): o is [string, string] => !!o[1]);
}

/** The real path a file has, or would have once written. */
function realTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** Would reading `input` (a file or a folder) read `target`? */
function reads(input: string, target: string, recursive: boolean): boolean {
  let st: fs.Stats;
  try {
    st = fs.statSync(input);
  } catch {
    return false;
  }
  if (!st.isDirectory()) return realTarget(input) === target;
  if (!fs.existsSync(target)) return false;
  const rel = path.relative(realTarget(input), target);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return false;
  const parts = rel.split(path.sep);
  return (recursive || parts.length === 1) && !parts.some((p) => p.startsWith('.')) && [...listFiles([path.dirname(target)], false)].some((f) => f.kind === 'file' && realTarget(f.path) === target);
}

/** An output that is also an input (or another output) is refused before anything is opened. */
function refuseOverlap(opts: RunOptions, stdin: NodeJS.ReadableStream | undefined): void {
  const outs = outputs(opts).map(([opt, file]) => [opt, file, realTarget(file)] as const);
  outs.forEach(([opt, file, real], i) => {
    const twice = outs.find(([, , r], j) => j < i && r === real);
    if (twice) throw new WirecoderError('E_USAGE', `${opt} ${file}: the same file as ${twice[0]}`);
    const input = opts.paths.find((p) => p !== '-' && reads(p, real, opts.recursive));
    if (input !== undefined) throw new WirecoderError('E_USAGE', `${opt} ${file}: is also an input (${input}); refusing to overwrite it`);
    if (readsStdin(opts.paths) && sameAsStdin(stdin, real)) throw new WirecoderError('E_USAGE', `${opt} ${file}: is also standard input; refusing to overwrite it`);
  });
}

function sameAsStdin(stdin: NodeJS.ReadableStream | undefined, file: string): boolean {
  const fd = (stdin as { fd?: unknown } | undefined)?.fd;
  if (typeof fd !== 'number') return false;
  try {
    const a = fs.fstatSync(fd);
    const b = fs.statSync(file);
    return a.isFile() && a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** `--jobs` above the cores is clamped: more threads than cores only cost memory. */
function clampJobs(jobs: number, rep: Reporter): number {
  const n = cores();
  if (jobs <= n) return jobs;
  rep.say(`note: --jobs ${jobs} is more than the ${n} cores; using ${n}`);
  return n;
}

function taskOf(opts: RunOptions, a: InputArticle): Task {
  return {
    text: a.text,
    opts: {
      id: a.id,
      source: a.source,
      published: opts.date ?? a.published,
      publishedFrom: opts.date ? 'flag' : a.published ? 'metadata' : null,
      headline: a.headline,
      explain: opts.explain,
      scope: opts.scope,
    },
    warnings: a.warnings,
    url: a.url,
    render: STREAMING.has(opts.format) ? (opts.format as Task['render']) : undefined,
  };
}

/** One input with its result: written, or reported as failed. False when the reader of standard output is gone. */
async function handOn(item: InputItem, r: TaskResult | null, w: Writers, rep: Reporter): Promise<boolean> {
  rep.handed(item);
  if (item.kind === 'article') rep.warn(item.source, item.warnings);
  const failure =
    item.kind === 'error' ? item : !r || !r.ok ? { id: item.id, source: item.source, code: 'E_EXTRACT' as const, message: `extraction failed: ${r && !r.ok ? r.message : 'no result'}` } : null;
  if (failure) {
    rep.failure(failure);
    await w.failure(failure);
  } else if (item.kind === 'article' && r?.ok) {
    rep.coded(r.rendered !== undefined ? r.events : r.result.events.length);
    await w.result(item, r);
  }
  rep.showProgress();
  return !w.gone;
}

/** Ctrl-C: how far the output is complete; partial files kept beside the targets. */
async function interrupted(p: Pumped, w: Writers, rep: Reporter, format: Format): Promise<number> {
  const kept = await w.abort(true);
  const done = rep.ok + rep.failed;
  const from = rep.last && rep.last.source !== 'stdin' ? ` (${rep.last.source})` : '';
  const upTo = rep.last ? `complete up to article ${rep.last.id}${from}` : 'empty';
  const where = format === 'json' || format === 'table' ? `${format} output is written only at the end: none written` : `output so far is ${upTo}`;
  const files = kept.length ? `; partial files: ${kept.join(', ')} (earlier files left as they were)` : '';
  rep.say(`interrupted: ${done} of ${p.read} articles read were coded (${rep.failed} failed); ${where}${files}`);
  return EXIT.INTERRUPTED;
}

/** The run is complete: put the files in place and say how it went. */
async function finish(opts: RunOptions, w: Writers, rep: Reporter): Promise<number> {
  if (rep.ok + rep.failed === 0 && readsStdin(opts.paths) && opts.inputFormat === 'ndjson') {
    await w.commit(); // a mapper's empty share of the input (a Spark partition): nothing to do, and no error
    return EXIT.OK;
  }
  if (rep.ok + rep.failed === 0) {
    await w.abort();
    rep.say(`${opts.paths.join(', ')}: no articles found (.txt .md .html .xhtml .htm .json .ndjson${opts.recursive ? '' : '; --recursive for subfolders'})`);
    rep.summary(null);
    return EXIT.NO_INPUT;
  }
  if (rep.ok === 0) {
    // nothing readable (a mistyped path): an earlier result is not replaced by an empty one
    await w.abort();
    const kept = outputs(opts).map(([, f]) => f);
    rep.summary(null);
    if (kept.length && !opts.quiet) rep.say(`nothing coded: ${kept.join(', ')} left as ${kept.length > 1 ? 'they were' : 'it was'}`);
    return EXIT.NO_INPUT;
  }
  await w.commit();
  rep.summary(opts.errors);
  return rep.failed === 0 ? EXIT.OK : EXIT.SOME_FAILED;
}

export async function run(opts: RunOptions, io: RunIO): Promise<number> {
  refuseOverlap(opts, io.stdin);
  const single = singleArticle(opts.paths);
  const progress = !opts.quiet && !!io.stderr.isTTY && !single;
  // total files, for the ETA: counted only when progress is shown
  const total = progress ? [...listFiles(opts.paths, opts.recursive)].filter((f) => f.kind === 'file').length : 0;
  const rep = new Reporter(io.stderr, opts.quiet, progress, total);
  const jobs = clampJobs(opts.jobs, rep);
  const w = new Writers({ ...opts, articles: opts.articles ?? null }, io.stdout, io.openFile);
  try {
    await w.begin();
    const inputs = readInputs(opts.paths, { recursive: opts.recursive, stdin: io.stdin, inputFormat: opts.inputFormat, onSkip: (f, why) => rep.skip(f, why) });
    const p = await codeInOrder(inputs, jobs, opts.actors, { emit: (item, r) => handOn(item, r, w, rep), task: (a) => taskOf(opts, a), signal: io.signal });
    if (p.interrupted) return await interrupted(p, w, rep, opts.format);
    if (p.stopped) {
      await w.abort(); // the reader went away (`| head`): quietly
      return EXIT.OK;
    }
    return await finish(opts, w, rep);
  } catch (e) {
    await w.abort(); // no temporary file is left behind, whatever failed
    if (!(e instanceof WirecoderError) || e.code !== 'E_WRITE') throw e;
    const kept = outputs(opts).map(([, f]) => f);
    rep.say(`${e.message}${kept.length ? `; ${kept.join(', ')} left as ${kept.length > 1 ? 'they were' : 'it was'}` : ''}`);
    return EXIT.WRITE;
  }
}
