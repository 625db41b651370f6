// Hostile input: each a clear per-article error or a sensible result, never a crash.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, cli, cliAsync, ensureBuilt, isRoot, tmpDir, writeHostile } from './helpers/cli.js';

let dir: string;
let expected: [string, 'result' | 'error'][];
beforeAll(() => {
  ensureBuilt();
  dir = tmpDir('hostile');
  expected = writeHostile(dir);
  // a symlink loop and a dangling link: listed once, never followed forever
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.symlinkSync('..', path.join(dir, 'sub', 'loop'));
  fs.symlinkSync('nowhere.txt', path.join(dir, 'dangling.txt'));
});

function ndjson(s: string): any[] {
  return s.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

describe('the hostile set in one folder', () => {
  it('every article gives one result or one error record, in order, and the run exits 1', async () => {
    const errs = path.join(dir, '..', `${path.basename(dir)}-errors.ndjson`);
    const r = await cliAsync([dir, '--recursive', '--format', 'ndjson', '--date', '2021-04-04', '--errors', errs, '--jobs', '1']);
    expect(r.code).toBe(1);
    const results = ndjson(r.out);
    const errors = ndjson(fs.readFileSync(errs, 'utf8'));
    expect(results.map((x) => x.article.id)).toEqual(expected.filter(([, k]) => k === 'result').map(([id]) => id));
    expect(errors.map((x) => x.id)).toEqual(expected.filter(([, k]) => k === 'error').map(([id]) => id));
    for (const e of errors) expect(Object.keys(e).sort()).toEqual(['code', 'error', 'id', 'source']);
    const byId = Object.fromEntries(errors.map((e) => [e.id, e]));
    expect(byId['h-binary'].code).toBe('E_BINARY');
    expect(byId['h-empty'].code).toBe('E_EMPTY');
    expect(byId['h-lines:2'].code).toBe('E_JSON');
    expect(byId['h-nd-notext'].code).toBe('E_NOTEXT');
    expect(r.err).toContain(`${path.join(dir, 'h-binary.txt')}: binary file (NUL bytes), skipped`);
    expect(r.err).toContain(`${path.join(dir, 'h-badutf8.txt')}: warning: invalid UTF-8`);
    expect(r.err).toMatch(/7 inputs failed, 10 coded/);
    expect(r.err).not.toMatch(/internal error|at .*\.js:\d+/);
    // offsets refer to the text as read, only the BOM removed
    const res = Object.fromEntries(results.map((x) => [x.article.id, x]));
    const raw = (f: string, enc: BufferEncoding = 'utf8') => fs.readFileSync(path.join(dir, f), enc).replace(/^\uFEFF/, '');
    for (const [id, text] of [['h-crlf', raw('h-crlf.txt')], ['h-cr', raw('h-cr.txt')], ['h-utf8bom', raw('h-utf8bom.txt')], ['h-utf16le', raw('h-utf16le.txt', 'utf16le')], ['h-longline', raw('h-longline.txt')]] as const) {
      expect(res[id].events.length, id).toBeGreaterThan(0);
      for (const ev of res[id].events) {
        expect(text.slice(ev.trigger.start, ev.trigger.end)).toBe(ev.trigger.text);
        for (const s of ev.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
      }
    }
    expect(res['h-utf16be'].events.length).toBeGreaterThan(0);
    expect(res['h-badutf8'].warnings.join(' ')).toContain('invalid UTF-8');
    expect(res['h-nosentence'].events).toEqual([]);
    expect(res['h-page'].article).toMatchObject({ headline: 'Blast & fire', published: '2021-04-04', published_from: 'flag' });
    expect(res['h-page'].events[0].type).toBe('bombing');
  });

  it('the same set through the worker pool gives the same output', async () => {
    // 17 small files are coded in-process whatever --jobs says: the pool is forced on here
    const [one, two] = await Promise.all([
      cliAsync([dir, '--recursive', '--format', 'ndjson', '--date', '2021-04-04', '--jobs', '1', '--quiet']),
      cliAsync([dir, '--recursive', '--format', 'ndjson', '--date', '2021-04-04', '--jobs', '2', '--quiet'], '', { WIRECODER_POOL: 'always' }),
    ]);
    expect(two.code).toBe(1);
    expect(two.out).toBe(one.out);
  }, 180_000);
});

describe('single hostile inputs', () => {
  it('HTML metadata gives the publication date without --date', () => {
    const r = cli([path.join(dir, 'h-page.html'), '--format', 'json']);
    expect(r.code).toBe(0);
    const [res] = JSON.parse(r.out);
    expect(res.article).toMatchObject({ published: '2020-05-05', published_from: 'metadata' });
    expect(res.article.id).toBe('h-page');
  });

  it('a very long article is coded in windows, offsets still into the whole text', () => {
    const f = path.join(dir, '..', `${path.basename(dir)}-long.txt`);
    const para = 'The committee met on Tuesday to discuss the budget for the new roads in the north.\n\n';
    const text = para.repeat(5000) + 'A car bomb killed five people in Mogadishu on Monday, police said.\n\n' + para.repeat(2000);
    fs.writeFileSync(f, text);
    const r = cli([f, '--format', 'ndjson', '--date', '2021-04-04']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out);
    expect(res.warnings.join(' ')).toMatch(/coded in \d+ windows/);
    const ev = res.events.find((e: any) => e.type === 'bombing');
    expect(ev.trigger.start).toBeGreaterThan(400_000);
    expect(text.slice(ev.trigger.start, ev.trigger.end)).toBe(ev.trigger.text);
    expect(ev.id).toBe(`${path.basename(f, '.txt')}#1`);
  });

  it('an unreadable file: one line naming it, exit 3', (ctx) => {
    if (isRoot) ctx.skip(); // root reads a chmod 000 file anyway
    const f = path.join(dir, '..', `${path.basename(dir)}-secret.txt`);
    fs.writeFileSync(f, 'A bomb exploded.');
    fs.chmodSync(f, 0o000);
    const r = cli([f]);
    expect(r.code).toBe(3);
    expect(r.err.split('\n')[0]).toBe(`wirecoder: ${f}: permission denied`);
  });

  it('empty standard input: a clear line, exit 3', () => {
    const r = cli(['--format', 'ndjson'], '');
    expect(r.code).toBe(3);
    expect(r.err.split('\n')[0]).toBe('wirecoder: stdin: empty input');
  });

  it('binary standard input is skipped with a message', () => {
    const r = cli(['--format', 'ndjson'], Buffer.from([1, 0, 2, 0, 3]));
    expect(r.code).toBe(3);
    expect(r.err).toContain('wirecoder: stdin: binary file (NUL bytes), skipped');
  });

  it('output piped into a reader that closes early ends quietly', async () => {
    const many = path.join(dir, '..', `${path.basename(dir)}-many.ndjson`);
    fs.writeFileSync(many, Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `m${i}`, text: 'Gunmen shot dead two policemen in Kabul on Monday.' })).join('\n'));
    const result = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const p = spawn(process.execPath, [BIN, many, '--format', 'ndjson', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      p.stdout.once('data', () => p.stdout.destroy()); // like `| head -1`
      p.on('close', (code) => resolve({ code, err }));
    });
    expect(result.err).not.toMatch(/EPIPE|Error|at /);
    expect(result.code).toBe(0);
  });
});

describe('folder entries that are not articles, and names that are not plain', () => {
  it('a folder README is not coded as an article but named in the summary; named itself it is read', () => {
    const d = path.join(dir, '..', `${path.basename(dir)}-readme`);
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, 'a.txt'), 'Gunmen shot dead two policemen in Kabul on Monday.\n');
    fs.writeFileSync(path.join(d, 'README.md'), 'Gunmen shot dead three soldiers in Herat on Monday.\n');
    fs.writeFileSync(path.join(d, 'readme-notes.md'), 'Gunmen shot dead four soldiers in Herat on Monday.\n');
    const r = cli([d, '--format', 'ndjson', '--date', '2021-04-04']);
    expect(r.code).toBe(0);
    const ids = r.out.trim().split('\n').map((l) => JSON.parse(l).article.id);
    expect(ids).toEqual(['a', 'readme-notes']);
    expect(r.err).toBe(`wirecoder: skipped 1 folder entry that is not articles: 1 folder readme (${path.join(d, 'README.md')})\n`);
    const named = cli([path.join(d, 'README.md'), '--format', 'ndjson', '--date', '2021-04-04']);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.out.trim()).events[0].killed.value).toBe(3);
  });

  it('dangling symlinks, FIFOs and unknown extensions are counted and named in the summary; the exit code is unchanged', () => {
    const d = path.join(dir, '..', `${path.basename(dir)}-skips`);
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, 'a.txt'), 'Gunmen shot dead two policemen in Kabul on Monday.\n');
    fs.writeFileSync(path.join(d, 'scan.pdf'), '%PDF-1.4');
    fs.writeFileSync(path.join(d, 'photo.jpg'), 'x');
    fs.writeFileSync(path.join(d, '.hidden.txt'), 'not counted');
    fs.symlinkSync('gone.txt', path.join(d, 'broken.txt'));
    let fifo = true;
    try {
      execFileSync('mkfifo', [path.join(d, 'pipe.txt')]);
    } catch {
      fifo = false;
    }
    const r = cli([d, '--format', 'ndjson', '--date', '2021-04-04']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    const counts = fifo ? 'skipped 4 folder entries that are not articles: ' : 'skipped 3 folder entries that are not articles: ';
    const parts = [`1 dangling symlink (${path.join(d, 'broken.txt')})`, `2 unknown extensions (${path.join(d, 'photo.jpg')}, ${path.join(d, 'scan.pdf')})`];
    if (fifo) parts.push(`1 not a regular file (${path.join(d, 'pipe.txt')})`);
    expect(r.err).toBe(`wirecoder: ${counts}${parts.join('; ')}\n`);
    expect(cli([d, '--format', 'ndjson', '-q']).err).toBe('');
  });

  it('a newline or escape in a file name cannot forge a line on stderr', () => {
    const d = path.join(dir, '..', `${path.basename(dir)}-names`);
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, 'a\nwirecoder: all 100 articles coded.txt'), ''); // empty: an error line names it
    fs.writeFileSync(path.join(d, 'b\x1b[2K.pdf'), 'x');
    fs.writeFileSync(path.join(d, 'c.txt'), 'Gunmen shot dead two policemen in Kabul on Monday.\n');
    const r = cli([d, '--format', 'ndjson', '--date', '2021-04-04']);
    expect(r.code).toBe(1);
    const errLines = r.err.trimEnd().split('\n');
    expect(errLines).toEqual([
      `wirecoder: ${path.join(d, 'a')}\\nwirecoder: all 100 articles coded.txt: empty file`,
      'wirecoder: 1 input failed, 1 coded',
      `wirecoder: skipped 1 folder entry that is not articles: 1 unknown extension (${path.join(d, 'b')}\\x1b[2K.pdf)`,
    ]);
    expect(r.err).not.toContain('\x1b');
  });
});
