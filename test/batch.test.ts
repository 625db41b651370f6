// Batch at scale: 2,000 small articles plus the hostile set through the worker
// pool; every article has exactly one result or error record, in input order.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InputArticle } from '../src/io/inputs.js';
import { BIN, cli, cliAsync, ensureBuilt, tmpDir, writeHostile } from './helpers/cli.js';

const N = 2000;
const STORIES = [
  'Gunmen shot dead two policemen in Kabul on Monday, officials said.',
  'A car bomb killed five people and wounded 12 in Mogadishu on Tuesday.',
  'The city council approved the budget for new schools on Wednesday.',
  'Rebels kidnapped 20 villagers in the north of the country last week.',
];

let dir: string;
let expected: [string, 'result' | 'error'][];
beforeAll(() => {
  ensureBuilt();
  dir = tmpDir('batch');
  const hostile = writeHostile(dir);
  const small: [string, 'result'][] = [];
  for (let i = 0; i < N; i++) {
    const id = `a${String(i).padStart(4, '0')}`;
    fs.writeFileSync(path.join(dir, `${id}.txt`), `${STORIES[i % STORIES.length]}\n`);
    small.push([id, 'result']);
  }
  fs.writeFileSync(path.join(dir, 'a0000.gold.json'), '{}'); // skipped
  expected = [...small, ...hostile]; // 'a…' sorts before 'h-…'
});

describe('batch', () => {
  it(`${N} articles and the hostile set with --jobs 2: one record each, in order`, async () => {
    const errs = `${dir}-errors.ndjson`;
    const r = await cliAsync([dir, '--format', 'ndjson', '--jobs', '2', '--date', '2021-04-04', '--errors', errs]);
    expect(r.code).toBe(1);
    const results = r.out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const errors = fs.readFileSync(errs, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(results.length + errors.length).toBe(expected.length);
    expect(results.map((x) => x.article.id)).toEqual(expected.filter(([, k]) => k === 'result').map(([id]) => id));
    expect(errors.map((x) => x.id)).toEqual(expected.filter(([, k]) => k === 'error').map(([id]) => id));
    expect(results[1].events[0]).toMatchObject({ id: 'a0001#1', type: 'bombing' });
    expect(r.err).toContain(`7 inputs failed, ${expected.length - 7} coded`);
  }, 180_000);

  it('csv output starts before the input ends (streamed, not buffered)', async () => {
    const fifo = `${dir}-fifo.ndjson`;
    const { execFileSync } = await import('node:child_process');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here
    }
    const p = spawn(process.execPath, [BIN, fifo, '--format', 'csv', '--jobs', '2', '--date', '2021-04-04'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const w = fs.createWriteStream(fifo);
    const line = (i: number) => JSON.stringify({ id: `f${i}`, text: STORIES[0] }) + '\n';
    for (let i = 0; i < 50; i++) w.write(line(i));
    let out = '';
    p.stdout.setEncoding('utf8');
    // the first rows come out while the writer still holds the FIFO open
    await new Promise<void>((resolve) => {
      p.stdout.on('data', (d: string) => {
        out += d;
        if (/\nf0,/.test(out)) resolve();
      });
    });
    expect(out.startsWith('article_id,event_id,type')).toBe(true);
    w.end(line(50));
    const code = await new Promise<number | null>((resolve) => p.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/\nf50,f50#1,/);
  }, 30_000);
});

describe('the pool: bounded by the cores, started only when the work pays', () => {
  it('--jobs above the cores is clamped with a note', () => {
    const cores = os.availableParallelism();
    const r = cli([path.join(dir, 'a0001.txt'), path.join(dir, 'a0002.txt'), '--jobs', '999', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`wirecoder: note: --jobs 999 is more than the ${cores} cores; using ${cores}\n`);
    expect(r.out.trim().split('\n')).toHaveLength(2);
  });

  it('a small batch is coded in-process, a larger one by workers, with the same results in order', async () => {
    // the built pool: its workers load dist/src/io/worker.js
    const { codeInOrder, POOL_MIN_ARTICLES } = (await import(path.resolve('dist/src/io/pool.js'))) as typeof import('../src/io/pool.js');
    const article = (i: number): InputArticle => ({ kind: 'article', id: `p${i}`, source: `p${i}`, file: `p${i}`, text: STORIES[i % STORIES.length]!, published: '2021-04-04', headline: null, url: null, warnings: [] });
    const codeAll = async (n: number) => {
      const ids: string[] = [];
      async function* inputs() {
        for (let i = 0; i < n; i++) yield article(i);
      }
      const p = await codeInOrder(inputs(), 2, undefined, {
        task: (a) => ({ text: a.text, opts: { id: a.id, source: a.source, published: a.published }, render: 'ndjson' }),
        emit: async (item, r) => (ids.push(r?.ok && r.rendered ? JSON.parse(r.rendered).article.id : `error:${item.id}`), true),
      });
      return { ids, threads: p.threads };
    };
    const few = Math.floor(POOL_MIN_ARTICLES / 2);
    const small = await codeAll(few);
    expect(small.threads).toBe(0);
    expect(small.ids).toEqual(Array.from({ length: few }, (_, i) => `p${i}`));
    const large = await codeAll(2 * POOL_MIN_ARTICLES);
    expect(large.threads).toBeGreaterThanOrEqual(1);
    expect(large.threads).toBeLessThanOrEqual(2);
    expect(large.ids).toEqual(Array.from({ length: 2 * POOL_MIN_ARTICLES }, (_, i) => `p${i}`));
  }, 60_000);
});

describe('--articles: every article visible, with or without events', () => {
  it('one CSV row per article: coded with events, coded with none, failed', () => {
    const f = `${dir}-articles.csv`;
    const input = [
      JSON.stringify({ id: 'k1', text: STORIES[0], date: '2021-04-05' }),
      JSON.stringify({ id: 'k2', text: STORIES[2] }),
      '{broken',
      JSON.stringify({ id: 'k4', text: STORIES[1], date: '2021-13-01' }),
    ].join('\n');
    const r = cli(['--format', 'csv', '--articles', f], input);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').filter((l) => /^k\d,/.test(l)).map((l) => l.split(',')[0])).toEqual(['k1']); // the events CSV: only k1 has events
    expect(fs.readFileSync(f, 'utf8')).toBe(
      [
        'article_id,source,published,status,events,error',
        'k1,stdin,2021-04-05,ok,1,',
        'k2,stdin,,ok,0,',
        'stdin:3,stdin:3,,error,,line is not valid JSON',
        'k4,stdin:4,,error,,"""date"": ""2021-13-01"" is not a calendar date"',
        '',
      ].join('\n'),
    );
  });
});
