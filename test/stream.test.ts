// wirecoder as a streaming mapper: NDJSON on standard input, one output line
// per input line, in order, flushed as it goes; Ctrl-C says how far it got.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, cli, ensureBuilt, tmpDir } from './helpers/cli.js';

beforeAll(ensureBuilt);

const STORIES = [
  'Gunmen shot dead two policemen in Kabul on Monday, officials said.',
  'A car bomb killed five people and wounded 12 in Mogadishu on Tuesday.',
  'The city council approved the budget for new schools on Wednesday.',
];
const line = (i: number, extra: object = {}) => JSON.stringify({ id: `s${i}`, text: STORIES[i % STORIES.length], date: '2021-04-05', ...extra }) + '\n';

function lines(s: string): any[] {
  return s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

describe('NDJSON on standard input', () => {
  it('detected: one result per line, in order, ids and dates from the records (the jq -c recipe)', () => {
    const input = Array.from({ length: 7 }, (_, i) => line(i)).join('');
    const r = cli(['--format', 'ndjson'], input);
    expect(r.code).toBe(0);
    const res = lines(r.out);
    expect(res.map((x) => x.article.id)).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 's6']);
    expect(res[1].article).toMatchObject({ source: 'stdin', published: '2021-04-05', published_from: 'metadata' });
    expect(res[1].events[0]).toMatchObject({ id: 's1#1', type: 'bombing' });
    expect(res[2].events).toEqual([]);
  });

  it('a line without id gets stdin:N; a bad line is an error record, the others still come out (exit 1)', () => {
    const input = `${JSON.stringify({ text: STORIES[0] })}\n{oops\n\n${line(3)}`;
    const r = cli(['--format', 'ndjson'], input);
    expect(r.code).toBe(1);
    expect(lines(r.out).map((x) => x.article.id)).toEqual(['stdin:1', 's3']);
    expect(r.err).toContain('wirecoder: stdin:2: line is not valid JSON');
  });

  it('prose starting with { or a JSON object without text stays one article; --input-format forces either', () => {
    const prose = '{Updated} Gunmen shot dead two policemen in Kabul on Monday.\n';
    expect(lines(cli(['--format', 'ndjson'], prose).out).map((x) => x.article.id)).toEqual(['stdin']);
    const notArticle = '{"title":"x"}\n{"title":"y"}\n';
    expect(cli(['--format', 'ndjson'], notArticle).out.trim().split('\n')).toHaveLength(1);
    const forcedText = cli(['--format', 'ndjson', '--input-format', 'text'], line(0) + line(1));
    expect(lines(forcedText.out).map((x) => x.article.id)).toEqual(['stdin']);
    const forcedNd = cli(['--format', 'ndjson', '--input-format', 'ndjson'], notArticle);
    expect(forcedNd.code).toBe(3);
    expect(forcedNd.err).toContain('wirecoder: stdin:1: record has no "text" string');
  });

  it('an empty share with --input-format ndjson (a Spark partition) is no error: nothing out, exit 0', () => {
    const r = cli(['--format', 'ndjson', '--input-format', 'ndjson', '-q'], '');
    expect([r.code, r.out, r.err]).toEqual([0, '', '']);
    expect(cli(['--format', 'ndjson'], '').code).toBe(3); // detected: empty input is still an error
  });

  it('streamed: each result is written before the next line arrives', async () => {
    const p = spawn(process.execPath, [BIN, '--format', 'ndjson', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
    p.stdout.setEncoding('utf8');
    let out = '';
    const next = (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => out.split('\n').length > n && (p.stdout.off('data', on), resolve());
        const on = (d: string) => ((out += d), check());
        p.stdout.on('data', on);
        check();
      });
    for (let i = 0; i < 4; i++) {
      p.stdin.write(line(i)); // the pipe stays open: the result must not wait for its end
      await next(i + 1);
    }
    p.stdin.end();
    const code = await new Promise<number | null>((resolve) => p.on('close', resolve));
    expect(code).toBe(0);
    expect(lines(out).map((x) => x.article.id)).toEqual(['s0', 's1', 's2', 's3']);
  }, 60_000);

  it('an impossible calendar date is an error record with its code, not used', () => {
    const errs = path.join(tmpDir('dates'), 'errors.ndjson');
    const r = cli(['--format', 'ndjson', '--errors', errs], line(0, { date: '2021-02-30' }) + line(1, { published: '2021-04-31T10:00:00Z' }) + line(2, { date: '2020-02-29' }));
    expect(r.code).toBe(1);
    const recs = lines(r.out);
    expect(lines(fs.readFileSync(errs, 'utf8')).map((x) => [x.id, x.code, x.error])).toEqual([
      ['s0', 'E_DATE', '"date": "2021-02-30" is not a calendar date'],
      ['s1', 'E_DATE', '"published": "2021-04-31T10:00:00Z" is not a calendar date'],
    ]);
    expect(recs.map((x) => [x.article.id, x.article.published])).toEqual([['s2', '2020-02-29']]);
  });
});

describe('Ctrl-C', () => {
  it('says how far the output is complete and exits 130', async () => {
    const p = spawn(process.execPath, [BIN, '--format', 'ndjson', '--jobs', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    for (let i = 0; i < 3; i++) p.stdin.write(line(i));
    await new Promise<void>((resolve) => {
      const t = setInterval(() => out.split('\n').length > 3 && (clearInterval(t), resolve()), 20);
    });
    p.kill('SIGINT'); // standard input still open
    const code = await new Promise<number | null>((resolve) => p.on('close', resolve));
    expect(code).toBe(130);
    expect(lines(out).map((x) => x.article.id)).toEqual(['s0', 's1', 's2']);
    expect(err).toBe('wirecoder: interrupted: 3 of 3 articles read were coded (0 failed); output so far is complete up to article s2\n');
  }, 60_000);

  it('with --out: the earlier file is left as it was, the partial output kept beside it', async () => {
    const d = tmpDir('sigint');
    const out = path.join(d, 'events.ndjson');
    fs.writeFileSync(out, 'earlier\n');
    const p = spawn(process.execPath, [BIN, '--format', 'ndjson', '--jobs', '1', '--out', out], { stdio: ['pipe', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    for (let i = 0; i < 2; i++) p.stdin.write(line(i));
    const tmpLines = () => fs.readdirSync(d).filter((f) => f.endsWith('.tmp')).map((f) => fs.readFileSync(path.join(d, f), 'utf8').split('\n').length - 1)[0] ?? 0;
    await new Promise<void>((resolve) => {
      const t = setInterval(() => tmpLines() >= 2 && (clearInterval(t), resolve()), 20);
    });
    p.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => p.on('close', resolve));
    expect(code).toBe(130);
    expect(fs.readFileSync(out, 'utf8')).toBe('earlier\n');
    expect(lines(fs.readFileSync(`${out}.partial`, 'utf8')).map((x) => x.article.id)).toEqual(['s0', 's1']);
    expect(err).toBe(`wirecoder: interrupted: 2 of 2 articles read were coded (0 failed); output so far is complete up to article s1; partial files: ${out}.partial (earlier files left as they were)\n`);
    expect(fs.readdirSync(d).sort()).toEqual(['events.ndjson', 'events.ndjson.partial']);
  }, 60_000);
});
