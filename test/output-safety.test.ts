// Outputs never lose data silently: a failed write is one line and exit 74,
// an earlier --out/--errors is never destroyed, an output that is also an
// input is refused before anything is opened.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { BALAD, BIN, cli, ensureBuilt, tmpDir } from './helpers/cli.js';
import { run, type RunOptions } from '../src/run.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = tmpDir('outsafe');
});

const STACK = /\n\s+at .*:\d+|node:internal|Error: /;

function enospc(): Writable {
  return new Writable({
    write(_chunk, _enc, cb) {
      cb(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' }));
    },
  });
}

function opts(o: Partial<RunOptions>): RunOptions {
  return { paths: [BALAD], date: '2021-04-04', format: 'ndjson', out: null, recursive: false, explain: false, scope: 'all', actors: undefined, jobs: 1, quiet: false, errors: null, color: false, ...o };
}

async function runIn(o: Partial<RunOptions>, openFile?: () => NodeJS.WritableStream, stdout: NodeJS.WritableStream = new PassThrough()) {
  let err = '';
  const stderr = new Writable({ write: (c, _e, cb) => ((err += String(c)), cb()) });
  const code = await run(opts(o), { stdout, stderr, openFile });
  return { code, err };
}

const leftovers = (d: string) => fs.readdirSync(d).filter((f) => f.endsWith('.tmp'));

describe('a full disk', () => {
  it('standard output on /dev/full: one line, exit 74, no stack trace', (ctx) => {
    if (!fs.existsSync('/dev/full')) ctx.skip();
    const fd = fs.openSync('/dev/full', 'w');
    const r = spawnSync(process.execPath, [BIN, BALAD, '--format', 'ndjson'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    fs.closeSync(fd);
    expect(r.status).toBe(74);
    expect(r.stderr).toBe('wirecoder: standard output: cannot write: no space left on device (ENOSPC)\n');
  });

  it('--out /dev/full (a device, written directly): exit 74', (ctx) => {
    if (!fs.existsSync('/dev/full')) ctx.skip();
    const r = cli([BALAD, '--format', 'csv', '--out', '/dev/full']);
    expect(r.code).toBe(74);
    expect(r.err).toMatch(/^wirecoder: --out \/dev\/full: cannot write: no space left on device \(ENOSPC\)/);
    expect(r.err).not.toMatch(STACK);
  });

  it('--out on a disk that fills up: exit 74, the earlier file kept, no temporary file left', async () => {
    const out = path.join(dir, 'events.csv');
    fs.writeFileSync(out, 'earlier result\n');
    const r = await runIn({ out, format: 'csv' }, enospc);
    expect(r.code).toBe(74);
    expect(r.err).toBe(`wirecoder: --out ${out}: cannot write: no space left on device (ENOSPC); ${out} left as it was\n`);
    expect(fs.readFileSync(out, 'utf8')).toBe('earlier result\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('--errors on a full disk: exit 74 and --out not replaced either', async () => {
    const out = path.join(dir, 'r.ndjson');
    const errs = path.join(dir, 'r-errors.ndjson');
    fs.writeFileSync(out, 'earlier\n');
    let n = 0;
    // the first file opened (--out) works, the second (--errors) fails
    const open = () => (n++ === 0 ? new PassThrough().resume() : enospc());
    const r = await runIn({ paths: [BALAD, path.join(dir, 'missing.txt')], out, errors: errs }, open);
    expect(r.code).toBe(74);
    expect(r.err).toContain(`wirecoder: --errors ${errs}: cannot write: no space left on device (ENOSPC); ${out}, ${errs} left as they were`);
    expect(fs.readFileSync(out, 'utf8')).toBe('earlier\n');
    expect(fs.existsSync(errs)).toBe(false);
    expect(leftovers(dir)).toEqual([]);
  });

  it('standard output failing with EIO: exit 74', async () => {
    const bad = new Writable({ write: (_c, _e, cb) => cb(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })) });
    const r = await runIn({}, undefined, bad);
    expect(r.code).toBe(74);
    expect(r.err).toBe('wirecoder: standard output: cannot write: input/output error (EIO)\n');
  });
});

describe('an earlier result is never destroyed', () => {
  it('a mistyped input path leaves an existing --out as it was, exit 3', () => {
    const out = path.join(dir, 'kept.csv');
    fs.writeFileSync(out, 'earlier result\n');
    const r = cli(['no-such-dir/', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(3);
    expect(fs.readFileSync(out, 'utf8')).toBe('earlier result\n');
    expect(r.err).toContain(`nothing coded: ${out} left as it was`);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a complete run replaces --out in one step', () => {
    const out = path.join(dir, 'replaced.csv');
    fs.writeFileSync(out, 'earlier result\n');
    const r = cli([BALAD, '--format', 'csv', '--out', out, '--date', '2021-04-04']);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^article_id,event_id,/);
    expect(fs.readFileSync(out, 'utf8').match(/\nbalad-airbase,/g)).toHaveLength(4);
  });
});

describe('an output that is also an input', () => {
  it('--out naming the input file: refused before it is opened, exit 2, input intact', () => {
    const f = path.join(dir, 'story.txt');
    fs.copyFileSync(BALAD, f);
    const before = fs.readFileSync(f, 'utf8');
    const r = cli([f, '--out', f]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`wirecoder: --out ${f}: is also an input (${f}); refusing to overwrite it\n`);
    expect(fs.readFileSync(f, 'utf8')).toBe(before);
  });

  it('through a symlink, or inside an input folder, or --errors on an NDJSON input: refused', () => {
    const d = path.join(dir, 'wires');
    fs.mkdirSync(d, { recursive: true });
    fs.copyFileSync(BALAD, path.join(d, 'a.txt'));
    fs.writeFileSync(path.join(d, 'b.ndjson'), '{"text":"A bomb exploded in Kabul."}\n');
    fs.symlinkSync(path.join(d, 'a.txt'), path.join(dir, 'link.txt'));
    for (const args of [[path.join(d, 'a.txt'), '--out', path.join(dir, 'link.txt')], [d, '--out', path.join(d, 'a.txt')], [path.join(d, 'b.ndjson'), '--errors', path.join(d, 'b.ndjson')]]) {
      const r = cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/refusing to overwrite it\n$/);
    }
    expect(fs.readFileSync(path.join(d, 'a.txt'), 'utf8')).toBe(fs.readFileSync(BALAD, 'utf8'));
    expect(fs.readFileSync(path.join(d, 'b.ndjson'), 'utf8')).toContain('Kabul');
  });

  it('standard input redirected from the --out file: refused, exit 2', () => {
    const f = path.join(dir, 'in-out.txt');
    fs.copyFileSync(BALAD, f);
    const fd = fs.openSync(f, 'r');
    const r = spawnSync(process.execPath, [BIN, '--out', f], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
    fs.closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is also standard input; refusing to overwrite it');
    expect(fs.readFileSync(f, 'utf8')).toBe(fs.readFileSync(BALAD, 'utf8'));
  });

  it('--out and --errors the same file: refused, exit 2', () => {
    const f = path.join(dir, 'both.ndjson');
    const r = cli([BALAD, '--out', f, '--errors', f]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--errors ${f}: the same file as --out`);
  });
});
