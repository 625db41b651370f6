// Coding in input order: in-process, or by a pool of worker threads.
//
// Inputs are streamed in order. The first articles are coded in-process; the
// pool (`--jobs`, at most the cores) starts only once the run has read enough
// work to gain from it (POOL_MIN_ARTICLES or POOL_MIN_CHARS), and its threads
// start as work arrives. Articles go to the pool in batches (up to
// BATCH_ARTICLES or BATCH_CHARS of text; a batch is sent at once when a worker
// is idle or the input pauses), with at most IN_FLIGHT batches per worker
// outstanding, so memory is bounded. Results are handed on in input order as
// soon as the head of the window is done.
import os from 'node:os';
import type { ActorEntry } from '../core/types.js';
import type { InputArticle, InputItem } from './inputs.js';
// types only: with a pool, the main thread never loads the core
import type { Task, TaskResult } from './worker.js';

/** A batch for a worker ends at this many articles or this much text, whichever comes first. */
export const BATCH_ARTICLES = 32;
export const BATCH_CHARS = 64_000;
/** Batches outstanding per worker (one running, the others queued). */
const IN_FLIGHT = 3;
/** A partial batch waits this long for more input before it is sent anyway; the first articles, while in-process or pool is undecided, longer. */
const PAUSE_MS = 10;
const DECIDE_MS = 100;
/**
 * Less work than this is coded in-process: a pool costs 0.7-0.9 s of CPU to
 * start (each worker loads the core) and gains at most half the work on two
 * cores; coding costs about 1 ms per article plus 2.5 us per character, so
 * the pool pays from about 0.6 s of work: 500 small articles, or 240,000
 * characters of wire stories, or a mix (README, Batches).
 */
export const POOL_MIN_ARTICLES = 500;
export const POOL_MIN_CHARS = 240_000;
/** WIRECODER_POOL=always: the pool whatever the size (tests and measurements of the pool itself). */
const ALWAYS = process.env.WIRECODER_POOL === 'always';

export function cores(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export function defaultJobs(): number {
  return Math.min(16, cores());
}

interface Coder {
  code(tasks: Task[]): Promise<TaskResult[]>;
  close(): Promise<void>;
  /** Worker threads running (0 in-process). */
  threads(): number;
}

async function inProcess(actors: ActorEntry[] | undefined): Promise<Coder> {
  const { codeBatch } = await import('./worker.js');
  return { code: async (t) => codeBatch(t, actors), close: async () => {}, threads: () => 0 };
}

async function workerPool(jobs: number, actors: ActorEntry[] | undefined): Promise<Coder> {
  const { Piscina } = await import('piscina');
  const p = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: 1, // more start as batches queue up
    maxThreads: jobs,
    idleTimeout: 60_000,
    atomics: 'disabled',
    workerData: { actors }, // the dictionary once per worker, not per task
  });
  return { code: (t) => p.run(t) as Promise<TaskResult[]>, close: () => p.destroy(), threads: () => p.threads.length };
}

/**
 * In-process unless the work read is worth a pool (with `jobs` > 1): the
 * first articles wait until there are enough, or the input ends or pauses
 * (then they are coded in-process, and the pool still starts if enough work
 * follows).
 */
class Coders {
  private local: Promise<Coder> | null = null;
  private pool: Promise<Coder> | null = null;
  private articles = 0;
  private chars = 0;
  constructor(
    private jobs: number,
    private actors: ActorEntry[] | undefined,
  ) {}
  /** Counts an article read. */
  saw(chars: number): void {
    this.articles++;
    this.chars += chars;
  }
  /** With jobs > 1, nothing is coded until the pool pays or the input ends or pauses: the main thread loads no core for a pool run. */
  get undecided(): boolean {
    return this.jobs > 1 && !this.pooled && this.local === null;
  }
  get pooled(): boolean {
    return this.jobs > 1 && (ALWAYS || this.pool !== null || this.articles / POOL_MIN_ARTICLES + this.chars / POOL_MIN_CHARS >= 1);
  }
  /** Articles per batch, and batches out at once, for the coder in use. */
  get batchArticles(): number {
    return this.pooled ? BATCH_ARTICLES : 1;
  }
  get maxBatches(): number {
    return this.pooled ? this.jobs * IN_FLIGHT : 1;
  }
  get workers(): number {
    return this.pooled ? this.jobs : 1;
  }
  async code(tasks: Task[]): Promise<TaskResult[]> {
    const coder = this.pooled ? (this.pool ??= workerPool(this.jobs, this.actors)) : (this.local ??= inProcess(this.actors));
    return (await coder).code(tasks);
  }
  /** Worker threads started, at most. */
  threads = 0;
  async close(): Promise<void> {
    if (this.pool) this.threads = (await this.pool).threads();
    await Promise.all([this.local, this.pool].map(async (c) => c && (await c).close()));
  }
}

type Slot = { item: InputItem; sent: boolean; done: boolean; result: Promise<TaskResult | null> };

export interface Ordered {
  /** Hands on one input with its result (null for an input error); false stops the run (the reader went away). */
  emit(item: InputItem, r: TaskResult | null): Promise<boolean>;
  task(a: InputArticle): Task;
  signal?: AbortSignal;
}

/** How a run of the window ended. */
export interface Pumped {
  read: number;
  /** Worker threads running at the end (0: coded in-process). */
  threads: number;
  interrupted: boolean;
  stopped: boolean;
}

const PAUSED = Symbol('paused');
const HEAD = Symbol('head done');
const ABORTED = Symbol('aborted');

/**
 * The window of articles read and not yet handed on, in input order; the
 * articles not yet sent to a coder form the pending batch at its end.
 */
class Window {
  private slots: Slot[] = [];
  private pending: { slot: Slot; task: Task }[] = [];
  private pendingChars = 0;
  private batches = 0; // sent and not finished
  stopped = false;
  constructor(
    private coders: Coders,
    private o: Ordered,
  ) {}

  add(item: InputItem): void {
    const slot: Slot = { item, sent: false, done: item.kind === 'error', result: Promise.resolve(null) };
    this.slots.push(slot);
    if (item.kind !== 'article') return;
    this.coders.saw(item.text.length);
    this.pending.push({ slot, task: this.o.task(item) });
    this.pendingChars += item.text.length;
    // undecided: the work read so far is held until it is worth a pool, or the input ends or pauses
    if (this.coders.undecided) return;
    // full, or a coder has nothing to do
    if (this.pending.length >= this.coders.batchArticles || this.pendingChars >= BATCH_CHARS || this.batches < this.coders.workers) this.dispatch();
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** How long the pending batch waits for more input. */
  get pauseMs(): number {
    return this.coders.undecided ? DECIDE_MS : PAUSE_MS;
  }

  /** Sends the pending articles to the coder, in batches of the coder's size. */
  dispatch(): void {
    while (this.pending.length) {
      let n = 0;
      let chars = 0;
      while (n < this.pending.length && n < this.coders.batchArticles && (n === 0 || chars + this.pending[n]!.task.text.length <= BATCH_CHARS)) chars += this.pending[n++]!.task.text.length;
      this.send(this.pending.splice(0, n));
    }
    this.pendingChars = 0;
  }

  private send(batch: { slot: Slot; task: Task }[]): void {
    this.batches++;
    const results = this.coders.code(batch.map((b) => b.task)).then(
      (rs) => rs,
      (e: unknown) => batch.map(() => ({ ok: false as const, message: (e as Error)?.message ?? String(e) })),
    );
    void results.then(() => this.batches--);
    batch.forEach((b, i) => {
      b.slot.sent = true;
      b.slot.result = results.then((rs) => ((b.slot.done = true), rs[i] ?? null));
    });
  }

  /** A promise that settles when the head of the window is done, if it is being coded. */
  headDone(): Promise<typeof HEAD> | null {
    const head = this.slots[0];
    return head && head.sent && !head.done ? head.result.then(() => HEAD) : null;
  }

  /** Hands on the finished head of the window; with `all`, everything; waits for the head while too many batches are out. */
  async flush(all: boolean): Promise<void> {
    while (!this.stopped && this.slots.length && (all || this.slots[0]!.done || this.batches >= this.coders.maxBatches)) {
      const slot = this.slots.shift()!;
      if (!(await this.o.emit(slot.item, await slot.result))) this.stopped = true;
    }
  }

  /** Interrupted: hands on only what is already done, in order. */
  async flushDone(): Promise<void> {
    while (!this.stopped && this.slots[0]?.done) {
      const slot = this.slots.shift()!;
      if (!(await this.o.emit(slot.item, await slot.result))) this.stopped = true;
    }
  }
}

/** The next input, sending the pending batch while the input pauses and handing on results as they finish. */
async function nextInput(inputs: AsyncIterator<InputItem>, w: Window, aborted: Promise<typeof ABORTED>): Promise<IteratorResult<InputItem> | typeof ABORTED> {
  const next = inputs.next();
  for (;;) {
    const waits: Promise<IteratorResult<InputItem> | typeof PAUSED | typeof HEAD | typeof ABORTED>[] = [next, aborted];
    let timer: NodeJS.Timeout | undefined;
    if (w.hasPending) waits.push(new Promise((res) => (timer = setTimeout(() => res(PAUSED), w.pauseMs))));
    const head = w.headDone();
    if (head) waits.push(head);
    const r = await Promise.race(waits);
    clearTimeout(timer);
    if (r === PAUSED) w.dispatch();
    else if (r === HEAD) await w.flush(false);
    else return r;
  }
}

/** Codes every input in order, handing each on through `o.emit`; stops early on an abort or when emit says so. */
export async function codeInOrder(inputs: AsyncIterable<InputItem>, jobs: number, actors: ActorEntry[] | undefined, o: Ordered): Promise<Pumped> {
  const coders = new Coders(jobs, actors);
  const w = new Window(coders, o);
  const it = inputs[Symbol.asyncIterator]();
  const aborted = new Promise<typeof ABORTED>((res) => {
    if (o.signal?.aborted) res(ABORTED);
    o.signal?.addEventListener('abort', () => res(ABORTED), { once: true });
  });
  let read = 0;
  let interrupted = false;
  try {
    while (!w.stopped) {
      const r = await nextInput(it, w, aborted);
      if (r === ABORTED || o.signal?.aborted) {
        interrupted = true;
        break;
      }
      if (r.done) break;
      read++;
      w.add(r.value);
      await w.flush(false);
    }
    if (interrupted) await w.flushDone();
    else {
      w.dispatch();
      await w.flush(true);
    }
  } finally {
    await coders.close();
    if (interrupted || w.stopped) void it.return?.(undefined);
  }
  return { read, threads: coders.threads, interrupted, stopped: w.stopped };
}
