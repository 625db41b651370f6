// The built binary: --version, --bom, --format html and `view`, and the table
// fitted to a terminal's width (a real pseudo-terminal through script(1)).
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSV_COLUMNS } from '../src/io/formats/index.js';
import { BALAD, BIN, cli, ensureBuilt } from './helpers/cli.js';

let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-extras-'));
});

const PKG = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
const SCRIPT = ['/usr/bin/script', '/bin/script'].find((p) => fs.existsSync(p));
if (!SCRIPT) console.warn('cli-extras.test.ts: terminal tests skipped: script(1) not found (util-linux)');

/** Runs the binary in a pseudo-terminal of `cols` columns; its output, CRs and colour removed. */
function tty(args: string[], cols: number): { code: number | null; out: string } {
  const cmd = `stty cols ${cols} rows 50; ${[process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ')}`;
  const r = spawnSync(SCRIPT!, ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, input: '' });
  return { code: r.status, out: r.stdout.replace(/\r/g, '').replace(/\x1b\[[0-9;]*m/g, '') };
}

describe('--version', () => {
  it('prints the version of package.json and exits 0', () => {
    for (const flag of ['--version', '-V']) {
      const r = cli([flag]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`${PKG.version}\n`);
    }
    expect(PKG.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('--bom', () => {
  it('starts the CSV with a UTF-8 byte order mark, then the header; without it, no mark', () => {
    const out = path.join(tmp, 'bom.csv');
    expect(cli([BALAD, '--date', '2021-04-04', '--format', 'csv', '--bom', '--out', out]).code).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    const plain = cli([BALAD, '--date', '2021-04-04', '--format', 'csv']);
    expect(plain.out.charCodeAt(0)).toBe('a'.charCodeAt(0));
    expect(bytes.subarray(3).toString('utf8')).toBe(plain.out);
  });
  it('is refused with another format (exit 2)', () => {
    const r = cli([BALAD, '--format', 'json', '--bom']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('wirecoder: --bom: only for --format csv or acled (the format is json)\n');
  });
});

describe('--format html and view', () => {
  it('view to a pipe prints the page; --format html is the same page', () => {
    const v = cli(['view', BALAD, '--date', '2021-04-04']);
    expect(v.code).toBe(0);
    expect(v.out.startsWith('<!doctype html>')).toBe(true);
    expect(v.out).toContain('<h1>Two rockets hit near Iraq airbase hosting US soldiers</h1>');
    expect(v.out).toMatch(/data-e="1" data-f="trigger" data-s="67" data-t="70" title="#1 trigger: shelling">hit<\/mark>/);
    expect(v.out).toMatch(/data-e="1" data-f="date" data-s="130" data-t="139" title="#1 date: 2021-04-04 \(day\)">on Sunday<\/mark>/);
    expect(v.out.trimEnd().endsWith('</html>')).toBe(true);
    const f = cli([BALAD, '--date', '2021-04-04', '--format', 'html']);
    expect(f.out).toBe(v.out);
  });
  it('a batch is one page, one <article> per input, in order, through the worker pool as in-process', () => {
    const dir = path.join(tmp, 'batch');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.txt'), 'A car bomb killed five people in Mogadishu on Tuesday.');
    fs.writeFileSync(path.join(dir, 'b.txt'), 'Nothing happened <here>.');
    fs.writeFileSync(path.join(dir, 'c.txt'), 'Gunmen shot dead two police officers in Peshawar.');
    const pooled = cli(['view', dir, '--date', '2024-03-03', '--jobs', '2']);
    const single = cli(['view', dir, '--date', '2024-03-03', '--jobs', '1']);
    expect(pooled.code).toBe(0);
    expect(pooled.out).toBe(single.out);
    expect([...pooled.out.matchAll(/<article id="(\w+)">/g)].map((m) => m[1])).toEqual(['a', 'b', 'c']);
    expect(pooled.out.match(/<!doctype html>/g)).toHaveLength(1);
    expect(pooled.out).toContain('Nothing happened &lt;here&gt;.</div>\n<p class="none">No events found.</p>');
  });
  it.skipIf(!SCRIPT)('view on a terminal writes a new file and says where', () => {
    const r = tty(['view', BALAD, '--date', '2021-04-04'], 100);
    expect(r.code).toBe(0);
    const file = /wirecoder: wrote (\S+\/balad-airbase\.html) \(open it in a browser\)/.exec(r.out)?.[1];
    expect(file).toBeDefined();
    expect(fs.readFileSync(file!, 'utf8')).toBe(cli(['view', BALAD, '--date', '2021-04-04']).out);
    fs.rmSync(path.dirname(file!), { recursive: true });
  });
});

describe.skipIf(!SCRIPT)('the table on a terminal', () => {
  it('fits the terminal width: every line at most the columns, the table as wide as them', () => {
    for (const cols of [80, 120]) {
      const r = tty([BALAD, '--date', '2021-04-04'], cols);
      expect(r.code).toBe(0);
      const lines = r.out.trimEnd().split('\n');
      for (const l of lines) expect(l.length, `${cols}: ${l}`).toBeLessThanOrEqual(cols);
      expect(lines.find((l) => l.startsWith('┌'))!.length).toBe(cols);
    }
  });
  it('a narrow terminal gets a block of lines per event', () => {
    const r = tty([BALAD, '--date', '2021-04-04'], 60);
    expect(r.out).not.toContain('┌');
    expect(r.out).toContain('#1 shelling · 2021-04-04 · Balad airbase, IQ · ? → Iraqi\n   airbase, United States · 2 rocket · dead 0 · wounded 0\n');
  });
  it('a pipe gets the 100-column table whatever the terminal', () => {
    const r = cli([BALAD, '--date', '2021-04-04', '--format', 'table']);
    expect(r.out.split('\n').find((l) => l.startsWith('┌'))!.length).toBe(100);
  });
});
