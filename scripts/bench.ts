// npm run bench: throughput of the whole pipeline on the real articles of
// ../shared/corpus (and a ≥5 MB set made by repeating them) and on the
// unlabeled MUC-3 wires, beside raw compromise tagging of the same text;
// cold start of the CLI; peak RSS. Prints a table and writes JSON.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import nlp from 'compromise';
import { extract } from '../src/core/index.js';
import { fromHtml } from '../src/io/html.js';

const SHARED = process.env.WIRECODER_SHARED ?? '../shared';

function files(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p, ext) : e.name.endsWith(ext) ? [p] : [];
  });
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
  ratio: number | null;
}

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
  return { set, articles: texts.length, kb: Math.round(bytes / 1024), seconds: +seconds.toFixed(2), kbPerSec: +kbPerSec.toFixed(1), articlesPerSec: +(texts.length / seconds).toFixed(1), events, compromiseKbPerSec: compromiseKbPerSec && +compromiseKbPerSec.toFixed(1), ratio: compromiseKbPerSec ? +(kbPerSec / compromiseKbPerSec).toFixed(2) : null };
}

const real = files(path.join(SHARED, 'corpus'), '.txt').map((f) => fs.readFileSync(f, 'utf8'));
const unlabeled = files(path.join(SHARED, 'corpus-unlabeled'), '.xhtml').map((f) => fromHtml(fs.readFileSync(f, 'utf8')).text);
const repeated: string[] = [];
for (let n = 0; real.length && repeated.reduce((a, t) => a + t.length, 0) < 5 * 1024 * 1024; n++) repeated.push(...real);

// warm-up: loads the gazetteer once, as a batch would
extract('Gunmen shot dead two policemen in Kabul on Monday.', { published: '2021-04-05' });

const rows: Row[] = [];
if (real.length) rows.push(measure('corpus (real, gold)', real, true));
if (unlabeled.length) rows.push(measure('muc3-dev (1,300 upper-case wires)', unlabeled, true));
if (repeated.length) rows.push(measure('corpus repeated to ≥5 MB', repeated, false));

// cold start of the CLI on one article
let coldStartMs: number | null = null;
const bin = path.resolve('bin/wirecoder.js');
if (fs.existsSync('dist/src/cli.js')) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [bin, 'fixtures/articles/balad-airbase.txt', '--date', '2021-04-04', '--format', 'json'], { encoding: 'utf8' });
  if (r.status === 0) coldStartMs = Math.round(performance.now() - t0);
}

// batch throughput with 1 and 2 workers: the CLI on a folder of the repeated corpus (≥5 MB)
const workers: { jobs: number; seconds: number; kbPerSec: number; articlesPerSec: number }[] = [];
if (fs.existsSync('dist/src/cli.js') && repeated.length) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-bench-'));
  repeated.forEach((t, i) => fs.writeFileSync(path.join(dir, `a${String(i).padStart(5, '0')}.txt`), t));
  const bytes = repeated.reduce((n, t) => n + Buffer.byteLength(t), 0);
  for (const jobs of [1, 2]) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, dir, '--jobs', String(jobs), '--format', 'ndjson', '--quiet', '--date', '2021-04-04', '--out', `${dir}.out.ndjson`], { encoding: 'utf8' });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status === 0) workers.push({ jobs, seconds: +seconds.toFixed(2), kbPerSec: +(bytes / 1024 / seconds).toFixed(1), articlesPerSec: +(repeated.length / seconds).toFixed(1) });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(`${dir}.out.ndjson`, { force: true });
}

const result = {
  date: new Date().toISOString(),
  node: process.version,
  cores: os.availableParallelism(),
  rows,
  coldStartMs,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  workers,
};

console.log(`wirecoder bench — ${result.cores} cores, node ${result.node}`);
console.log('set'.padEnd(36) + 'articles'.padStart(9) + 'KB'.padStart(8) + 'KB/s'.padStart(9) + 'art/s'.padStart(9) + 'events'.padStart(8) + '  compromise KB/s  ratio');
for (const r of rows) {
  console.log(r.set.padEnd(36) + String(r.articles).padStart(9) + String(r.kb).padStart(8) + String(r.kbPerSec).padStart(9) + String(r.articlesPerSec).padStart(9) + String(r.events).padStart(8) + `  ${String(r.compromiseKbPerSec ?? '-').padStart(15)}  ${r.ratio ?? '-'}`);
}
console.log(`cold start (CLI, one article, to output): ${coldStartMs ?? 'n/a'} ms`);
for (const w of workers) console.log(`CLI batch, --jobs ${w.jobs}: ${w.seconds} s, ${w.kbPerSec} KB/s, ${w.articlesPerSec} articles/s`);
if (workers.length === 2) console.log(`speed-up with 2 workers: ${(workers[0]!.seconds / workers[1]!.seconds).toFixed(2)}×`);
console.log(`peak RSS (bench process): ${result.peakRssMb} MB`);
fs.mkdirSync('bench-results', { recursive: true });
fs.writeFileSync('bench-results/latest.json', JSON.stringify(result, null, 2) + '\n');
fs.appendFileSync('bench-results/history.ndjson', JSON.stringify(result) + '\n');
