// read → extract → write: the one place I/O meets the pure core.
//
// Inputs are streamed in order; each article is coded in-process (`--jobs 1`,
// or a single article) or by a pool of worker threads. Articles go to the
// pool in batches (up to BATCH_ARTICLES or BATCH_CHARS of text; a batch is
// sent at once when a worker is idle or the input pauses), with at most
// IN_FLIGHT batches per worker outstanding, so memory is bounded. Results are written in input order as soon as
// the head of the window is done, so ndjson/csv output starts before the input
// ends and memory stays flat. Every input article yields a result or an error
// record: nothing is lost silently.
import fs from 'node:fs';
import os from 'node:os';
import { once } from 'node:events';
import type { ActorEntry, ArticleResult } from './core/types.js';
import type { Scope } from './core/refine/scope.js';
import { listFiles, readInputs, singleArticle, type InputArticle, type InputError, type InputItem } from './io/inputs.js';
import { EXIT, WirecoderError } from './io/errors.js';
import { STREAMING, acledHeader, csvHeader, htmlFoot, htmlHead, renderJson, renderTable, type Format } from './io/formats/index.js';
// types only: with a pool, the main thread never loads the core
import type { Task, TaskResult } from './io/worker.js';

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
  /** Worker threads; 1 codes in-process. */
  jobs: number;
  quiet: boolean;
  errors: string | null;
  color: boolean;
}

export interface RunIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin?: NodeJS.ReadableStream;
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(16, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length));
}

interface Coder {
  code(tasks: Task[]): Promise<TaskResult[]>;
  close(): Promise<void>;
}

async function inProcess(): Promise<Coder> {
  const { codeBatch } = await import('./io/worker.js');
  return { code: async (t) => codeBatch(t), close: async () => {} };
}

/** A batch for a worker ends at this many articles or this much text, whichever comes first. */
export const BATCH_ARTICLES = 32;
export const BATCH_CHARS = 64_000;
/** Batches outstanding per worker (one running, the others queued). */
const IN_FLIGHT = 3;
/** A partial batch waits this long for more input before it is sent anyway. */
const PAUSE_MS = 10;

async function pool(jobs: number, actors: ActorEntry[] | undefined): Promise<Coder> {
  const { Piscina } = await import('piscina');
  const p = new Piscina({
    filename: new URL('./io/worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    atomics: 'disabled',
    workerData: { actors },
  });
  return {
    code: (t) => p.run(t) as Promise<TaskResult[]>,
    close: () => p.destroy(),
  };
}

/** Writes to a stream, waiting for 'drain' so a slow reader keeps memory flat. */
async function write(s: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!chunk) return;
  if (!s.write(chunk)) await once(s as NodeJS.EventEmitter, 'drain');
}

function fmtTime(secs: number): string {
  if (!Number.isFinite(secs) || secs < 0) return '?';
  if (secs < 60) return `${Math.round(secs)}s`;
  const m = Math.floor(secs / 60);
  return m < 60 ? `${m}m${String(Math.round(secs % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export async function run(opts: RunOptions, io: RunIO): Promise<number> {
  let out: NodeJS.WritableStream = io.stdout;
  if (opts.out) {
    const ws = fs.createWriteStream(opts.out);
    await new Promise<void>((res, rej) => {
      ws.once('open', () => res());
      ws.once('error', (e: NodeJS.ErrnoException) => rej(new WirecoderError('E_USAGE', `--out: cannot write ${opts.out}: ${e.code === 'EACCES' ? 'permission denied' : e.code === 'ENOENT' ? 'no such folder' : e.message}`)));
    });
    out = ws;
  }
  let errorsOut: fs.WriteStream | null = null;
  if (opts.errors) {
    const ws = fs.createWriteStream(opts.errors);
    await new Promise<void>((res, rej) => {
      ws.once('open', () => res());
      ws.once('error', (e: Error) => rej(new WirecoderError('E_USAGE', `--errors: cannot write ${opts.errors}: ${e.message}`)));
    });
    errorsOut = ws;
  }

  const single = singleArticle(opts.paths);
  const jobs = single ? 1 : opts.jobs;
  const coder = jobs > 1 ? await pool(jobs, opts.actors) : await inProcess();
  // in-process, one article at a time (nothing to gain from batches)
  const batchArticles = jobs > 1 ? BATCH_ARTICLES : 1;
  const maxBatches = jobs > 1 ? jobs * IN_FLIGHT : 1;

  const buffered: ArticleResult[] = [];
  const progress = !opts.quiet && !!io.stderr.isTTY && !single;
  let ok = 0;
  let failed = 0;
  let events = 0;
  let filesDone = 0;
  let lastFile: string | null = null;
  const t0 = Date.now();
  let lastProgress = 0;
  // Total files, for the ETA: counted only when progress is shown.
  let totalFiles = 0;
  if (progress) for (const f of listFiles(opts.paths, opts.recursive)) if (f.kind === 'file') totalFiles++;

  const clearLine = () => {
    if (progress && lastProgress) io.stderr.write('\r\x1b[K');
  };
  const showProgress = (force = false) => {
    if (!progress) return;
    const now = Date.now();
    if (!force && now - lastProgress < 200) return;
    lastProgress = now;
    const secs = (now - t0) / 1000;
    const rate = (ok + failed) / Math.max(secs, 0.001);
    const eta = totalFiles > 1 && filesDone > 0 ? `, ETA ${fmtTime((secs / filesDone) * (totalFiles - filesDone))}` : '';
    const line = `${filesDone}${totalFiles ? `/${totalFiles}` : ''} files, ${ok + failed} articles, ${rate.toFixed(1)}/s, ${events} events, ${failed} errors${eta}`;
    io.stderr.write(`\r\x1b[K${line.slice(0, Math.max(20, (io.stderr.columns || 100) - 1))}`);
  };

  const report = async (e: InputError) => {
    failed++;
    clearLine();
    io.stderr.write(`wirecoder: ${e.source}: ${e.message}\n`);
    if (errorsOut) await write(errorsOut, JSON.stringify({ source: e.source, id: e.id, error: e.message, code: e.code }) + '\n');
  };

  const emit = async (item: InputItem, r: TaskResult | null) => {
    if (item.file !== lastFile) {
      if (lastFile !== null) filesDone++;
      lastFile = item.file;
    }
    if (item.kind === 'article' && !opts.quiet) {
      for (const w of item.warnings.filter((x) => x.startsWith('invalid'))) {
        clearLine();
        io.stderr.write(`wirecoder: ${item.source}: warning: ${w}\n`);
      }
    }
    if (item.kind === 'error') await report(item);
    else if (!r || !r.ok) await report({ kind: 'error', id: item.id, source: item.source, file: item.file, code: 'E_EXTRACT', message: `extraction failed: ${r && !r.ok ? r.message : 'no result'}` });
    else if (r.rendered !== undefined) {
      ok++;
      events += r.events;
      await write(out, r.rendered);
    } else {
      const result = r.result;
      ok++;
      events += result.events.length;
      buffered.push(result);
    }
    showProgress();
  };

  const task = (a: InputArticle): Task => ({
    text: a.text,
    opts: {
      id: a.id,
      source: a.source,
      published: opts.date ?? a.published,
      publishedFrom: opts.date ? 'flag' : a.published ? 'metadata' : null,
      headline: a.headline,
      explain: opts.explain,
      scope: opts.scope,
      actors: jobs > 1 ? undefined : opts.actors, // workers get the dictionary once, as workerData
    },
    warnings: a.warnings,
    url: a.url,
    render: STREAMING.has(opts.format) ? (opts.format as Task['render']) : undefined,
  });

  // The window of articles read and not yet written, in input order; the
  // articles not yet sent to a worker form the pending batch at its end.
  type Slot = { item: InputItem; sent: boolean; done: boolean; result: Promise<TaskResult | null> };
  const window: Slot[] = [];
  let pending: { slot: Slot; task: Task }[] = [];
  let pendingChars = 0;
  let batches = 0; // sent and not finished
  const dispatch = () => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    pendingChars = 0;
    batches++;
    const results = coder.code(batch.map((b) => b.task)).then(
      (rs) => rs,
      (e: unknown) => batch.map(() => ({ ok: false as const, message: (e as Error)?.message ?? String(e) })),
    );
    void results.then(() => batches--);
    batch.forEach((b, i) => {
      b.slot.sent = true;
      b.slot.result = results.then((rs) => ((b.slot.done = true), rs[i] ?? null));
    });
  };
  /** Writes the finished head of the window; with `all`, everything. Waits for the head while too many batches are out. */
  const flush = async (all: boolean) => {
    while (window.length && (all || window[0]!.done || batches >= maxBatches)) {
      const slot = window.shift()!;
      await emit(slot.item, await slot.result);
    }
  };
  const PAUSED = Symbol('paused');
  const HEAD = Symbol('head done');

  try {
    if (opts.format === 'csv') await write(out, (opts.bom ? '\uFEFF' : '') + csvHeader());
    if (opts.format === 'html') await write(out, htmlHead(`wirecoder: ${opts.paths.join(' ') || 'stdin'}`));
    if (opts.format === 'acled') await write(out, (opts.bom ? '\uFEFF' : '') + acledHeader());
    const inputs = readInputs(opts.paths, { recursive: opts.recursive, stdin: io.stdin })[Symbol.asyncIterator]();
    for (;;) {
      const next = inputs.next();
      let r: IteratorResult<InputItem>;
      // While the input pauses (a pipe, a FIFO): send the pending batch rather
      // than hold it, and write results as they finish.
      for (;;) {
        const waits: Promise<IteratorResult<InputItem> | typeof PAUSED | typeof HEAD>[] = [next];
        let timer: NodeJS.Timeout | undefined;
        if (pending.length) waits.push(new Promise((res) => (timer = setTimeout(() => res(PAUSED), PAUSE_MS))));
        const head = window[0];
        if (head && head.sent && !head.done) waits.push(head.result.then(() => HEAD));
        const w = waits.length > 1 ? await Promise.race(waits) : await next;
        clearTimeout(timer);
        if (w === PAUSED) dispatch();
        else if (w === HEAD) await flush(false);
        else {
          r = w;
          break;
        }
      }
      if (r.done) break;
      const item = r.value;
      const slot: Slot = { item, sent: false, done: item.kind === 'error', result: Promise.resolve(null) };
      window.push(slot);
      if (item.kind === 'article') {
        pending.push({ slot, task: task(item) });
        pendingChars += item.text.length;
        // full, or a worker has nothing to do
        if (pending.length >= batchArticles || pendingChars >= BATCH_CHARS || batches < jobs) dispatch();
      }
      await flush(false);
    }
    dispatch();
    await flush(true);
  } finally {
    await coder.close();
  }
  if (lastFile !== null) filesDone++;

  if (opts.format === 'json') await write(out, renderJson(buffered));
  if (opts.format === 'html') await write(out, htmlFoot());
  if (opts.format === 'table') await write(out, renderTable(buffered, { color: opts.color, explain: opts.explain, width: opts.width }));
  if (progress) {
    showProgress(true);
    io.stderr.write(`\r\x1b[K${ok} articles coded from ${filesDone} files, ${events} events, ${failed} errors in ${fmtTime((Date.now() - t0) / 1000)}${opts.errors && failed ? ` (errors in ${opts.errors})` : ''}\n`);
  } else if (failed > 0 && ok + failed > 1 && !opts.quiet) {
    io.stderr.write(`wirecoder: ${failed} input${failed > 1 ? 's' : ''} failed, ${ok} coded${opts.errors ? ` (see ${opts.errors})` : ''}\n`);
  }
  const ends = [opts.out ? out : null, errorsOut].filter((s): s is fs.WriteStream => !!s);
  await Promise.all(ends.map((s) => new Promise<void>((res) => s.end(res))));
  if (ok + failed === 0) {
    io.stderr.write(`wirecoder: ${opts.paths.join(', ')}: no articles found (.txt .md .html .xhtml .htm .json .ndjson${opts.recursive ? '' : '; --recursive for subfolders'})\n`);
    return EXIT.NO_INPUT;
  }
  if (failed === 0) return EXIT.OK;
  return ok > 0 ? EXIT.SOME_FAILED : EXIT.NO_INPUT;
}
