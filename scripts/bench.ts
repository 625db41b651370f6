// npm run bench: in one process, throughput of the whole pipeline (extract)
// on the real articles of ../shared/corpus, on a ≥5 MB set made by repeating
// them, and on the unlabeled MUC-3 wires (tags stripped crudely), beside raw
// compromise tagging of the same text (the two alternately on the same texts,
// in rounds, the ratio the median of the rounds'; work counted beside it:
// layers built and tagger calls); time to first output of the CLI from
// a cold start; CLI batch throughput with 1 and 2 workers when --jobs exists
// (the 1,300 MUC-3 XHTML wires through the real readers, best of two
// alternating rounds, and the same wires four times over, one round; start-up
// included and steady state); peak RSS of the
// bench and of the CLI on 1,000 and 10,000 small articles (streamed output).
// The machine's load average is recorded: on a shared machine other
// processes take cores away from --jobs 2. Prints a table, writes bench-results/latest.json and appends to
// bench-results/history.ndjson. WIRECODER_SHARED overrides ../shared.
// `--in-process`: the in-process rows only, printed, nothing written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import nlp from 'compromise';
import { extract } from '../src/core/index.js';
import { countTaggingWork } from './tagging-work.js';

const started = performance.now();
const SHARED = process.env.WIRECODER_SHARED ?? '../shared';
const BIN = path.resolve('bin/wirecoder.js');
const FIVE_MB = 5 * 1024 * 1024;

function files(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? files(p, ext) : e.name.endsWith(ext) && !e.name.endsWith('.gold.json') ? [p] : [];
    });
}

const read = (f: string) => fs.readFileSync(f, 'utf8').replace(/^\uFEFF/, '');

/** Crude tag stripping, good enough for a benchmark. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(br|p|div|h\d|li|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}

interface Row {
  set: string;
  articles: number;
  kb: number;
  seconds: number;
  kbPerSec: number;
  articlesPerSec: number;
  events: number;
  compromiseKbPerSec: number | null;
  /**
   * pipeline KB/s ÷ compromise KB/s: the median over `rounds` of the ratio in each round, where the pipeline and
   * compromise ran back to back on the same texts (in alternating order), so that a burst of load from elsewhere hits
   * one round, not one side.
   */
  ratio: number | null;
  /** Rounds measured, each the pipeline and compromise on the same slice of the set. */
  rounds: number;
  /** The lowest and highest ratio of a round. */
  ratioRange: [number, number] | null;
  /** The same median on the CPU time of the process (what other processes take from it left out). */
  cpuRatio: number | null;
  cpuKbPerSec: number;
  compromiseCpuKbPerSec: number | null;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const r2 = (n: number) => Math.round(n * 100) / 100;
const load = () => os.loadavg().map((x) => r2(x));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Wall and CPU seconds of `run`. */
function timed(run: () => void): { wall: number; cpu: number } {
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - w0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

/**
 * The pipeline's and compromise's throughput on `slices` (the set in rounds): on each slice the two run back to back,
 * the pipeline first in even rounds and compromise first in odd ones. Totals give the KB/s; the ratio is the median of
 * the rounds' ratios.
 */
function measure(set: string, slices: string[][], withCompromise: boolean): Row {
  const texts = slices.flat();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let events = 0;
  const pipe = { wall: 0, cpu: 0 };
  const comp = { wall: 0, cpu: 0 };
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  slices.forEach((slice, round) => {
    const p = () => timed(() => slice.forEach((t, i) => (events += extract(t, { id: `a${i}`, published: null }).events.length)));
    const c = () => timed(() => slice.forEach((t) => nlp(t)));
    let tp: { wall: number; cpu: number };
    let tc: { wall: number; cpu: number } | null = null;
    if (!withCompromise) tp = p();
    else if (round % 2) [tc, tp] = [c(), p()];
    else [tp, tc] = [p(), c()];
    pipe.wall += tp.wall;
    pipe.cpu += tp.cpu;
    if (tc) {
      comp.wall += tc.wall;
      comp.cpu += tc.cpu;
      // (the same bytes on both sides: the ratio of their times)
      ratios.push(tc.wall / tp.wall);
      cpuRatios.push(tc.cpu / Math.max(tp.cpu, 1e-6));
    }
  });
  const kb = bytes / 1024;
  return {
    set,
    articles: texts.length,
    kb: Math.round(kb),
    seconds: r2(pipe.wall),
    kbPerSec: r1(kb / pipe.wall),
    articlesPerSec: r1(texts.length / pipe.wall),
    events,
    compromiseKbPerSec: withCompromise ? r1(kb / comp.wall) : null,
    ratio: ratios.length ? r2(median(ratios)) : null,
    rounds: slices.length,
    ratioRange: ratios.length ? [r2(Math.min(...ratios)), r2(Math.max(...ratios))] : null,
    cpuRatio: cpuRatios.length ? r2(median(cpuRatios)) : null,
    cpuKbPerSec: r1(kb / pipe.cpu),
    compromiseCpuKbPerSec: withCompromise ? r1(kb / comp.cpu) : null,
  };
}

/** `texts` in `n` slices of about the same count. */
function sliced(texts: string[], n: number): string[][] {
  const size = Math.ceil(texts.length / n);
  const out: string[][] = [];
  for (let i = 0; i < texts.length; i += size) out.push(texts.slice(i, i + size));
  return out;
}

/** Work counted (never timed) on one pass over the texts: the pipeline's layers and tagger calls, compromise's sentences. */
interface Work {
  set: string;
  articles: number;
  /** Sentence layers built, tagger (compromise) calls, and the sentences they tagged, by the pipeline. */
  layersBuilt: number;
  tagCalls: number;
  sentencesTagged: number;
  /** compromise alone: one call per article, and the sentences it tags. */
  compromiseCalls: number;
  compromiseSentences: number;
}

function work(set: string, texts: string[]): Work {
  const { built, tagCalls, sentencesTagged } = countTaggingWork(() => {
    for (const t of texts) extract(t, { published: null });
  });
  const compromiseSentences = texts.reduce((n, t) => n + nlp(t).length, 0);
  return { set, articles: texts.length, layersBuilt: built, tagCalls, sentencesTagged, compromiseCalls: texts.length, compromiseSentences };
}

/** Time from spawn to the first byte on stdout, and to exit; null when the CLI fails. */
function firstOutput(args: string[]): Promise<{ firstMs: number; exitMs: number } | null> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let first: number | null = null;
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', () => {
      if (first === null) first = performance.now() - t0;
    });
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code === 0 && first !== null ? { firstMs: Math.round(first), exitMs: Math.round(performance.now() - t0) } : null));
  });
}

const cliBuilt = fs.existsSync(BIN) && fs.existsSync('dist/src/cli.js');
const help = cliBuilt ? spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout ?? '' : '';
const hasJobs = (fs.existsSync('src/run.ts') || fs.existsSync('dist/src/run.js')) && /--jobs\b/.test(help);

// ---- in-process throughput
const real = files(path.join(SHARED, 'corpus'), '.txt').map(read);
const unlabeled = files(path.join(SHARED, 'corpus-unlabeled', 'muc3-dev'), '.xhtml').map((f) => stripTags(read(f)));
const repeated: string[] = [];
let repeatedBytes = 0;
while (real.length && repeatedBytes < FIVE_MB)
  for (const t of real) {
    repeated.push(t);
    repeatedBytes += Buffer.byteLength(t);
  }

// warm-up: loads the lexicons and gazetteer once, as a batch would; and JITs compromise
const w0 = performance.now();
extract('Gunmen shot dead two policemen in Kabul on Monday.', { published: '2021-04-05' });
const warmUpMs = Math.round(performance.now() - w0);
nlp('Gunmen shot dead two policemen in Kabul on Monday.');
// one untimed pass over the real articles, so that their row measures warm code (the cold cost is the CLI row)
for (const t of real) {
  extract(t, { published: null });
  nlp(t);
}

// work counted on one untimed pass: layers built and tagger calls beside compromise's
const workCounts: Work[] = [];
if (real.length) workCounts.push(work('corpus (real, with gold)', real));
if (unlabeled.length) workCounts.push(work('muc3-dev (upper-case wires)', unlabeled));

// the pipeline and compromise alternately on the same texts, in rounds: the real articles 5 times over, the repeated
// corpus copy by copy, the MUC-3 wires in 10 slices
const REAL_ROUNDS = 5;
const rows: Row[] = [];
if (real.length) rows.push(measure('corpus (real, with gold)', Array.from({ length: REAL_ROUNDS }, () => real), true));
if (repeated.length) rows.push(measure('corpus repeated to ≥5 MB', sliced(repeated, Math.ceil(repeated.length / real.length)), true));
if (unlabeled.length) rows.push(measure('muc3-dev (upper-case wires)', sliced(unlabeled, 10), true));
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

/** The in-process table: throughput of the pipeline beside compromise, the rounds, and the work counted. */
function printInProcess(): void {
  const pad = (s: unknown, n: number) => String(s ?? '-').padStart(n);
  console.log('set'.padEnd(30) + pad('articles', 9) + pad('KB', 7) + pad('s', 7) + pad('KB/s', 9) + pad('art/s', 9) + pad('events', 8) + pad('compromise KB/s', 17) + pad('ratio', 7));
  for (const r of rows) console.log(r.set.padEnd(30) + pad(r.articles, 9) + pad(r.kb, 7) + pad(r.seconds, 7) + pad(r.kbPerSec, 9) + pad(r.articlesPerSec, 9) + pad(r.events, 8) + pad(r.compromiseKbPerSec, 17) + pad(r.ratio, 7));
  if (!rows.length) console.log(`(no articles under ${SHARED}/corpus or ${SHARED}/corpus-unlabeled)`);
  console.log('ratio = pipeline KB/s ÷ compromise KB/s (compromise: nlp(text), tagging only): the median of the rounds, each');
  console.log('  the pipeline and compromise back to back on the same texts, in alternating order');
  for (const r of rows)
    console.log(`  ${r.set}: ${r.rounds} rounds, ratio ${r.ratio} (rounds ${r.ratioRange?.join('–') ?? '-'}); on CPU time ${r.cpuKbPerSec} vs ${r.compromiseCpuKbPerSec ?? '-'} KB/s, ratio ${r.cpuRatio ?? '-'}`);
  for (const w of workCounts)
    console.log(`work, ${w.set} (${w.articles} articles, counted): pipeline ${w.layersBuilt} layers, ${w.tagCalls} tagger calls, ${w.sentencesTagged} sentences tagged; compromise alone ${w.compromiseCalls} calls, ${w.compromiseSentences} sentences`);
}

// `node dist/scripts/bench.js --in-process`: the in-process rows only (no CLI runs, no files written)
if (process.argv.includes('--in-process')) {
  console.log(`wirecoder bench (in-process only) — load average ${load().join(', ')} at the end`);
  printInProcess();
  process.exit(0);
}

// ---- CLI: cold start, then batches with 1 and 2 workers
const cold = cliBuilt ? await firstOutput(['fixtures/articles/balad-airbase.txt', '--date', '2021-04-04', '--format', 'json']) : null;

/** The CLI's own figures, written by a preload on exit: peak RSS (all threads) and CPU time. */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-bench-'));
const PRELOAD = path.join(tmp, 'rusage.cjs');
fs.writeFileSync(PRELOAD, "process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.WIRECODER_BENCH_RUSAGE, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n");

interface CliRun {
  code: number | null;
  seconds: number;
  firstMs: number | null;
  /** Seconds from the line that completes 10% of the articles to the last line. */
  steadySeconds: number | null;
  lines: number;
  maxRssMb: number | null;
  cpuSeconds: number | null;
  err: string;
}

/** Runs the CLI, counting output lines (one per article with NDJSON) as they arrive. */
async function cliRun(args: string[], articles: number): Promise<CliRun> {
  const rusage = path.join(tmp, `rusage-${process.hrtime.bigint()}.json`);
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--require', PRELOAD, BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, WIRECODER_BENCH_RUSAGE: rusage } });
  let lines = 0;
  let first: number | null = null;
  let tenth: number | null = null;
  let last = 0;
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    const now = performance.now();
    if (first === null) first = now - t0;
    for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
    if (tenth === null && lines >= articles / 10) tenth = now;
    last = now;
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  const seconds = (performance.now() - t0) / 1000;
  let u: { maxRssKb: number; cpuMs: number } | null = null;
  try {
    u = JSON.parse(fs.readFileSync(rusage, 'utf8'));
  } catch {
    // no figures (the CLI died before exit)
  }
  return { code, seconds, firstMs: first === null ? null : Math.round(first), steadySeconds: tenth === null ? null : (last - tenth) / 1000, lines, maxRssMb: u ? Math.round(u.maxRssKb / 1024) : null, cpuSeconds: u ? r2(u.cpuMs / 1000) : null, err };
}


// ---- CLI batches with 1 and 2 workers: the MUC-3 XHTML wires, read, stripped and coded by the CLI;
// then the same wires four times over (a day of wires), where start-up weighs less
type WorkerSet = {
  set: string;
  articles: number;
  kb: number;
  runs: { jobs: number; seconds: number[]; cpuSeconds: number[]; loadAvg1: number[] }[];
  best: { jobs: number; seconds: number; firstOutputMs: number | null; kbPerSec: number; articlesPerSec: number; steadyArticlesPerSec: number | null; steadyKbPerSec: number | null; cpuSeconds: number | null; maxRssMb: number | null }[];
  speedup: number | null;
  steadySpeedup: number | null;
};
type Workers = WorkerSet[] | string;
const mucDir = path.join(SHARED, 'corpus-unlabeled', 'muc3-dev');
const mucFiles = files(mucDir, '.xhtml');

async function workerSet(label: string, dir: string, count: number, bytes: number, rounds: number): Promise<WorkerSet | null> {
  const all: Record<number, CliRun[]> = { 1: [], 2: [] };
  for (let round = 0; round < rounds; round++) {
    // alternate, so a burst of load from elsewhere hits both
    for (const jobs of round % 2 ? [2, 1] : [1, 2]) {
      const r = await cliRun([dir, '--recursive', '--jobs', String(jobs), '--format', 'ndjson', '--date', '2021-04-04', '-q'], count);
      if (r.code === 0 && r.lines === count) all[jobs]!.push(r);
      else console.error(`bench: CLI --jobs ${jobs} exited ${r.code} with ${r.lines} of ${count} lines: ${r.err.split('\n')[0]}`);
      (r as CliRun & { load1?: number }).load1 = load()[0];
    }
  }
  if (!all[1]!.length || !all[2]!.length) return null;
  const best = [1, 2].map((jobs) => {
    const b = all[jobs]!.reduce((x, y) => (y.seconds < x.seconds ? y : x));
    const steady = b.steadySeconds ? (count * 0.9) / b.steadySeconds : null;
    return {
      jobs,
      seconds: r2(b.seconds),
      firstOutputMs: b.firstMs,
      kbPerSec: r1(bytes / 1024 / b.seconds),
      articlesPerSec: r1(count / b.seconds),
      steadyArticlesPerSec: steady === null ? null : r1(steady),
      steadyKbPerSec: steady === null ? null : r1((bytes / 1024) * (steady / count)),
      cpuSeconds: b.cpuSeconds,
      maxRssMb: b.maxRssMb,
    };
  });
  return {
    set: label,
    articles: count,
    kb: Math.round(bytes / 1024),
    runs: [1, 2].map((jobs) => ({ jobs, seconds: all[jobs]!.map((r) => r2(r.seconds)), cpuSeconds: all[jobs]!.map((r) => r.cpuSeconds ?? NaN), loadAvg1: all[jobs]!.map((r) => (r as CliRun & { load1?: number }).load1 ?? NaN) })),
    best,
    speedup: r2(best[0]!.seconds / best[1]!.seconds),
    steadySpeedup: best[0]!.steadyArticlesPerSec && best[1]!.steadyArticlesPerSec ? r2(best[1]!.steadyArticlesPerSec / best[0]!.steadyArticlesPerSec) : null,
  };
}

let workers: Workers = !cliBuilt ? 'n/a (CLI not built)' : !hasJobs ? 'n/a (no --jobs flag)' : mucFiles.length ? [] : 'n/a (no MUC-3 wires)';
if (Array.isArray(workers)) {
  const mucBytes = mucFiles.reduce((n, f) => n + fs.statSync(f).size, 0);
  const one = await workerSet(`muc3-dev, ${mucFiles.length} XHTML files through the CLI (--format ndjson, output counted by a pipe)`, mucDir, mucFiles.length, mucBytes, 2);
  // four copies of the wires in a temporary folder: 4 × 1,300 files
  const COPIES = 4;
  const day = path.join(tmp, 'day');
  for (let c = 0; c < COPIES; c++) {
    fs.mkdirSync(path.join(day, `copy${c}`), { recursive: true });
    for (const f of mucFiles) fs.copyFileSync(f, path.join(day, `copy${c}`, path.basename(f)));
  }
  const four = await workerSet(`muc3-dev × ${COPIES}, ${mucFiles.length * COPIES} XHTML files (a day of wires)`, day, mucFiles.length * COPIES, mucBytes * COPIES, 1);
  fs.rmSync(day, { recursive: true, force: true });
  workers = [one, four].filter((w): w is WorkerSet => !!w);
  if (!workers.length) workers = 'n/a (the CLI batch failed)';
}

// ---- CLI memory: peak RSS on 1,000 and 10,000 small articles, streamed output, default --jobs
const SMALL = [
  'Gunmen shot dead two policemen in Kabul on Monday, officials said.',
  'A car bomb killed five people and wounded 12 in Mogadishu on Tuesday.',
  'The city council approved the budget for new schools on Wednesday.',
  'Rebels kidnapped 20 villagers in the north of the country last week.',
];
type Memory = { articles: number; format: string; seconds: number; maxRssMb: number | null; cpuSeconds: number | null }[] | string;
let memory: Memory = cliBuilt ? [] : 'n/a (CLI not built)';
let memoryRatio: Record<string, number | null> = {};
if (Array.isArray(memory)) {
  for (const n of [1000, 10000]) {
    const file = path.join(tmp, `small-${n}.ndjson`);
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < n; i++) fs.writeSync(fd, JSON.stringify({ id: `s${i}`, text: `${SMALL[i % 4]} ${SMALL[(i + 1) % 4]}`, date: '2021-04-04' }) + '\n');
    fs.closeSync(fd);
    for (const format of ['ndjson', 'csv']) {
      const r = await cliRun([file, '--format', format, '-q'], n);
      if (r.code === 0) memory.push({ articles: n, format, seconds: r2(r.seconds), maxRssMb: r.maxRssMb, cpuSeconds: r.cpuSeconds });
      else console.error(`bench: CLI on ${n} small articles (${format}) exited ${r.code}: ${r.err.split('\n')[0]}`);
    }
  }
  for (const format of ['ndjson', 'csv']) {
    const a = memory.find((m) => m.articles === 1000 && m.format === format)?.maxRssMb;
    const b = memory.find((m) => m.articles === 10000 && m.format === format)?.maxRssMb;
    memoryRatio[format] = a && b ? r2(b / a) : null;
  }
}
fs.rmSync(tmp, { recursive: true, force: true });

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cores: os.availableParallelism(),
  warmUpMs,
  rows,
  /** Work counted on one pass (layers built, tagger calls), beside compromise's calls and sentences. */
  work: workCounts,
  coldStart: cold ? { firstOutputMs: cold.firstMs, exitMs: cold.exitMs } : 'n/a',
  peakRssMb,
  workers,
  memory,
  /** peak RSS on 10,000 ÷ on 1,000 small articles (the issue asks ≤ 1.5) */
  memoryRatio,
  loadAvg: load(),
  benchSeconds: 0,
};
result.benchSeconds = r1((performance.now() - started) / 1000);

// ---- table
console.log(`wirecoder bench — ${result.cores} cores (os.availableParallelism), node ${result.node}`);
printInProcess();
console.log(`first-use warm-up (lexicons, gazetteer): ${warmUpMs} ms`);
console.log(cold ? `cold start of the CLI, one article: first output ${cold.firstMs} ms, exit ${cold.exitMs} ms` : 'cold start of the CLI, one article: n/a');
if (typeof workers === 'string') console.log(`CLI batch with 1 and 2 workers: ${workers}`);
else
  for (const ws of workers) {
    console.log(`CLI batch, ${ws.set}, ${ws.kb} KB; best of ${ws.runs[0]!.seconds.length} alternating run${ws.runs[0]!.seconds.length > 1 ? 's' : ''} each:`);
    for (const w of ws.best)
      console.log(
        `  --jobs ${w.jobs}${w.jobs === 1 ? ' (in-process)' : ' (worker pool)'}: ${w.seconds} s incl. start-up (${w.articlesPerSec} articles/s, ${w.kbPerSec} KB/s; first output ${w.firstOutputMs} ms); steady state ${w.steadyArticlesPerSec} articles/s, ${w.steadyKbPerSec} KB/s; CPU ${w.cpuSeconds} s; peak RSS ${w.maxRssMb} MB`,
      );
    for (const r of ws.runs) console.log(`  --jobs ${r.jobs} runs: ${r.seconds.join(', ')} s (CPU ${r.cpuSeconds.join(', ')} s; load average ${r.loadAvg1.join(', ')})`);
    console.log(`  speed-up with 2 workers: ${ws.speedup}× start-up included, ${ws.steadySpeedup}× steady state (after the first 10% of articles)`);
  }
if (typeof memory === 'string') console.log(`CLI peak RSS on small articles: ${memory}`);
else {
  for (const m of memory) console.log(`CLI, ${m.articles} small articles, --format ${m.format}: peak RSS ${m.maxRssMb} MB, ${m.seconds} s, CPU ${m.cpuSeconds} s`);
  console.log(`peak RSS 10,000 ÷ 1,000 articles: ${Object.entries(memoryRatio).map(([f, x]) => `${f} ${x}×`).join(', ')} (limit 1.5×)`);
}
console.log(`load average at the end (1, 5, 15 min): ${result.loadAvg.join(', ')} on ${result.cores} cores`);
console.log(`peak RSS (bench process): ${peakRssMb} MB`);
console.log(`bench took ${result.benchSeconds} s`);
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2) + '\n');
fs.appendFileSync('bench-results/history.ndjson', JSON.stringify(result) + '\n');
