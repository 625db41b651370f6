// Batch at scale: 2,000 small articles plus the hostile set through the worker
// pool; every article has exactly one result or error record, in input order.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, cliAsync, ensureBuilt, tmpDir, writeHostile } from './helpers/cli.js';

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
  }, 60_000);

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
