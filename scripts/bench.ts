// npm run bench: in one process, throughput of the whole pipeline (extract)
// on the real articles of ../shared/corpus, on a ≥5 MB set made by repeating
// them, and on the unlabeled MUC-3 wires (tags stripped crudely), beside raw
// compromise tagging of the same text; time to first output of the CLI from
// a cold start; CLI batch throughput with 1 and 2 workers when --jobs exists;
// peak RSS. Prints a table, writes bench-results/latest.json and appends to
// bench-results/history.ndjson. WIRECODER_SHARED overrides ../shared.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import nlp from 'compromise';
import { extract } from '../src/core/index.js';

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
  /** pipeline KB/s ÷ compromise KB/s */
  ratio: number | null;
}

const r1 = (n: number) => Math.round(n * 10) / 10;
const r2 = (n: number) => Math.round(n * 100) / 100;

function measure(set: string, texts: string[], withCompromise: boolean): Row {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  let events = 0;
  const t0 = performance.now();
  texts.forEach((t, i) => {
    events += extract(t, { id: `a${i}`, published: null }).events.length;
  });
  const seconds = (performance.now() - t0) / 1000;
  let compromiseKbPerSec: number | null = null;
  if (withCompromise) {
    const c0 = performance.now();
    for (const t of texts) nlp(t);
    compromiseKbPerSec = bytes / 1024 / ((performance.now() - c0) / 1000);
  }
  const kbPerSec = bytes / 1024 / seconds;
  return {
    set,
    articles: texts.length,
    kb: Math.round(bytes / 1024),
    seconds: r2(seconds),
    kbPerSec: r1(kbPerSec),
    articlesPerSec: r1(texts.length / seconds),
    events,
    compromiseKbPerSec: compromiseKbPerSec === null ? null : r1(compromiseKbPerSec),
    ratio: compromiseKbPerSec ? r2(kbPerSec / compromiseKbPerSec) : null,
  };
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

const rows: Row[] = [];
if (real.length) rows.push(measure('corpus (real, with gold)', real, true));
if (repeated.length) rows.push(measure('corpus repeated to ≥5 MB', repeated, true));
if (unlabeled.length) rows.push(measure('muc3-dev (upper-case wires)', unlabeled, true));
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

// ---- CLI: cold start, then batches with 1 and 2 workers
const cold = cliBuilt ? await firstOutput(['fixtures/articles/balad-airbase.txt', '--date', '2021-04-04', '--format', 'json']) : null;

type Workers = { jobs: number; seconds: number; kbPerSec: number; articlesPerSec: number }[] | string;
let workers: Workers = !cliBuilt ? 'n/a (CLI not built)' : !hasJobs ? 'n/a (no --jobs flag)' : repeated.length ? [] : 'n/a (no corpus)';
if (Array.isArray(workers)) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-bench-'));
  try {
    repeated.forEach((t, i) => fs.writeFileSync(path.join(dir, `a${String(i).padStart(5, '0')}.txt`), t));
    for (const jobs of [1, 2]) {
      const devnull = fs.openSync(os.devNull, 'w');
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [BIN, dir, '--jobs', String(jobs), '--format', 'ndjson', '--date', '2021-04-04'], { stdio: ['ignore', devnull, 'pipe'], encoding: 'utf8' });
      const seconds = (performance.now() - t0) / 1000;
      fs.closeSync(devnull);
      if (r.status === 0) workers.push({ jobs, seconds: r2(seconds), kbPerSec: r1(repeatedBytes / 1024 / seconds), articlesPerSec: r1(repeated.length / seconds) });
      else console.error(`bench: CLI --jobs ${jobs} exited ${r.status}: ${(r.stderr ?? '').split('\n')[0]}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (workers.length === 0) workers = 'n/a (the CLI batch failed)';
}

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cores: os.availableParallelism(),
  warmUpMs,
  rows,
  coldStart: cold ? { firstOutputMs: cold.firstMs, exitMs: cold.exitMs } : 'n/a',
  peakRssMb,
  workers,
  benchSeconds: 0,
};
result.benchSeconds = r1((performance.now() - started) / 1000);

// ---- table
const pad = (s: unknown, n: number) => String(s ?? '-').padStart(n);
console.log(`wirecoder bench — ${result.cores} cores (os.availableParallelism), node ${result.node}`);
console.log('set'.padEnd(30) + pad('articles', 9) + pad('KB', 7) + pad('s', 7) + pad('KB/s', 9) + pad('art/s', 9) + pad('events', 8) + pad('compromise KB/s', 17) + pad('ratio', 7));
for (const r of rows) console.log(r.set.padEnd(30) + pad(r.articles, 9) + pad(r.kb, 7) + pad(r.seconds, 7) + pad(r.kbPerSec, 9) + pad(r.articlesPerSec, 9) + pad(r.events, 8) + pad(r.compromiseKbPerSec, 17) + pad(r.ratio, 7));
if (!rows.length) console.log(`(no articles under ${SHARED}/corpus or ${SHARED}/corpus-unlabeled)`);
console.log('ratio = pipeline KB/s ÷ compromise KB/s (compromise: nlp(text), tagging only)');
console.log(`first-use warm-up (lexicons, gazetteer): ${warmUpMs} ms`);
console.log(cold ? `cold start of the CLI, one article: first output ${cold.firstMs} ms, exit ${cold.exitMs} ms` : 'cold start of the CLI, one article: n/a');
if (typeof workers === 'string') console.log(`CLI batch with 1 and 2 workers: ${workers}`);
else {
  for (const w of workers) console.log(`CLI batch (repeated corpus), --jobs ${w.jobs}: ${w.seconds} s, ${w.kbPerSec} KB/s, ${w.articlesPerSec} articles/s`);
  if (workers.length === 2) console.log(`speed-up with 2 workers: ${(workers[0]!.seconds / workers[1]!.seconds).toFixed(2)}×`);
}
console.log(`peak RSS (bench process): ${peakRssMb} MB`);
console.log(`bench took ${result.benchSeconds} s`);
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2) + '\n');
fs.appendFileSync('bench-results/history.ndjson', JSON.stringify(result) + '\n');
