// The built binary on fixtures: every format, stdin, a folder, errors and exit codes.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSV_COLUMNS } from '../src/io/formats/index.js';

const BIN = path.resolve('bin/wirecoder.js');
const BALAD = 'fixtures/articles/balad-airbase.txt';

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let tmp: string;
beforeAll(() => {
  if (!fs.existsSync('dist/src/cli.js')) throw new Error('build first: npm run build (npm test does it)');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-cli-'));
});

describe('formats', () => {
  it('ndjson: one result per article, the Balad shelling first', () => {
    const r = cli([BALAD, '--date', '2021-04-04', '--format', 'ndjson']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const res = JSON.parse(lines[0]!);
    expect(res.article).toMatchObject({ id: 'balad-airbase', published: '2021-04-04', published_from: 'flag', headline: 'Two rockets hit near Iraq airbase hosting US soldiers' });
    expect(res.events[0]).toMatchObject({ id: 'balad-airbase#1', type: 'shelling', date: { value: '2021-04-04', precision: 'day' }, killed: { value: 0 }, wounded: { value: 0 } });
    expect(res.events[0].weapons[0]).toMatchObject({ name: 'rocket', count: 2, text: 'Two rockets' });
  });
  it('json: an array', () => {
    const r = cli([BALAD, '--date', '2021-04-04', '--format', 'json']);
    expect(r.code).toBe(0);
    const arr = JSON.parse(r.out);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr[0].events.length).toBe(4);
  });
  it('csv: exactly the columns of records.md, one row per event', () => {
    const r = cli([BALAD, '--date', '2021-04-04', '--format', 'csv']);
    expect(r.code).toBe(0);
    const [header] = r.out.split('\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(header!.split(',').slice(0, 3)).toEqual(['article_id', 'event_id', 'type']);
    expect(r.out.match(/^balad-airbase,balad-airbase#\d/gm)).toHaveLength(4);
  });
  it('table: plain text without colour under NO_COLOR', () => {
    const r = cli([BALAD, '--date', '2021-04-04', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('shelling');
    expect(r.out).not.toMatch(/\x1b\[/);
  });
  it('--explain names the rules', () => {
    const r = cli([BALAD, '--date', '2021-04-04', '--format', 'json', '--explain']);
    const ev = JSON.parse(r.out)[0].events[0];
    expect(ev.explain.type.length).toBeGreaterThan(0);
    expect(ev.explain.weapons).toContain('w-projectile');
  });
  it('--out writes a file', () => {
    const f = path.join(tmp, 'out.csv');
    const r = cli([BALAD, '--date', '2021-04-04', '--format', 'csv', '--out', f]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(fs.readFileSync(f, 'utf8').split('\n')[0]).toBe(CSV_COLUMNS.join(','));
  });
});

describe('inputs', () => {
  it('stdin: id stdin, date from the flag', () => {
    const r = cli(['--date', '2021-04-04', '--format', 'ndjson'], fs.readFileSync(BALAD));
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out);
    expect(res.article.id).toBe('stdin');
    expect(res.events[0].type).toBe('shelling');
  });
  it('a dateline gives the publication date', () => {
    const r = cli(['--format', 'ndjson'], 'Lima, 20 Aug 88 (EFE) -- [Text] Terrorists exploded a bomb at the Economy Ministry today.\n');
    const res = JSON.parse(r.out);
    expect(res.article).toMatchObject({ published: '1988-08-20', published_from: 'dateline' });
  });
  it('a folder: every article with its own id, gold files skipped, in order', () => {
    const dir = path.join(tmp, 'folder');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    fs.copyFileSync(BALAD, path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'a.gold.json'), '{}');
    fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'Gunmen shot dead two policemen in Kabul on Monday.\n');
    fs.writeFileSync(path.join(dir, 'c.ndjson'), '{"id":"n1","text":"A car bomb killed five people in Mogadishu.","date":"2024-03-03"}\nnot json\n{"id":"n2"}\n');
    const flat = cli([dir, '--format', 'ndjson', '--date', '2021-04-04']);
    const ids = flat.out.trim().split('\n').map((l) => JSON.parse(l).article.id);
    expect(ids).toEqual(['a', 'n1']);
    expect(flat.code).toBe(1);
    expect(flat.err).toContain('c.ndjson:2: line is not valid JSON');
    expect(flat.err).toContain('c.ndjson:3: record has no "text" string');
    const rec = cli([dir, '--recursive', '--format', 'ndjson']);
    expect(rec.out.trim().split('\n').map((l) => JSON.parse(l).article.id)).toEqual(['a', 'n1', 'b']);
  });
  it('HTML with DC.date metadata', () => {
    const f = path.join(tmp, 'page.xhtml');
    fs.writeFileSync(f, '<html><head><meta name="DC.date" content="1990-01-03"/><title>T</title></head><body><p>SAN SALVADOR, 3 JAN 90 -- [TEXT] TERRORISTS KIDNAPPED 50 PEASANTS IN SAN MIGUEL DEPARTMENT.</p></body></html>');
    const res = JSON.parse(cli([f, '--format', 'ndjson']).out);
    expect(res.article).toMatchObject({ published: '1990-01-03', published_from: 'metadata', headline: 'T' });
    expect(res.events[0].type).toBe('abduction');
  });
});

describe('errors and exit codes', () => {
  it('a missing path: one line naming it, exit 3', () => {
    const r = cli(['no-such-file.txt']);
    expect(r.code).toBe(3);
    expect(r.err.split('\n')[0]).toBe('wirecoder: no-such-file.txt: no such file or directory');
  });
  it('a bad --date: exit 2', () => {
    const r = cli([BALAD, '--date', '04/04/2021']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--date: "04/04/2021" is not a date (YYYY-MM-DD)');
  });
  it('a bad --format: exit 2', () => {
    const r = cli([BALAD, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("argument 'xml' is invalid");
  });
  it('an unreadable file in a batch: reported, the others still come out, exit 1', () => {
    const dir = path.join(tmp, 'batch');
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(BALAD, path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0, 1, 2, 3, 0, 5]));
    fs.writeFileSync(path.join(dir, 'c.txt'), '');
    const errs = path.join(tmp, 'errors.ndjson');
    const r = cli([dir, '--format', 'ndjson', '--errors', errs]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('b.txt: binary file (NUL bytes), skipped');
    expect(r.err).toContain('c.txt: empty file');
    const recs = fs.readFileSync(errs, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => x.code)).toEqual(['E_BINARY', 'E_EMPTY']);
  });
  it('UTF-8 and UTF-16 byte order marks are removed before offsets are counted', () => {
    const text = 'Gunmen shot dead two policemen in Kabul on Monday.\n';
    const u8 = path.join(tmp, 'bom8.txt');
    fs.writeFileSync(u8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const u16 = path.join(tmp, 'bom16.txt');
    fs.writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    for (const f of [u8, u16]) {
      const ev = JSON.parse(cli([f, '--format', 'ndjson', '--date', '2021-04-05']).out).events[0];
      expect(text.slice(ev.trigger.start, ev.trigger.end)).toBe(ev.trigger.text);
    }
  });
  it('eval --format json: the figures as JSON, options after the subcommand are its own', () => {
    const r = cli(['eval', 'fixtures/articles', '--format', 'json']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.out);
    expect(rep.total.events.f1).toBeGreaterThan(0.5);
    expect(Object.keys(rep.total.fields)).toEqual(['type', 'date', 'location', 'attackers', 'targets', 'weapons', 'killed', 'wounded', 'responsibility', 'aggregate']);
    expect(rep.corpora[0].name).toBe('fixtures/articles');
  });
  it('eval on a missing path fails with a clear line', () => {
    const r = cli(['eval', 'nowhere']);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('nowhere');
  });
});

describe('usage', () => {
  it('--help shows examples and exit codes', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Examples:');
    expect(r.out).toContain('Exit codes:');
  });
  it('bad --jobs, unknown option, bad --actors: exit 2 with one line', () => {
    for (const args of [['--jobs', '0'], ['--nope'], ['--actors', 'no-such-actors.json']]) {
      const r = cli([BALAD, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')[0]).toMatch(/^wirecoder: /);
    }
  });
  it('--scope: bad value exit 2; terrorism drops a battle in batch workers too, all keeps it', () => {
    expect(cli([BALAD, '--scope', 'battles']).code).toBe(2);
    const story = 'Bogota, 2 Oct 88 (AFP) -- Fifteen soldiers were killed today during an ambush by FARC guerrillas in Caqueta.\n';
    const all = cli(['--format', 'ndjson'], story);
    expect(JSON.parse(all.out).events.map((e: { type: string }) => e.type)).toEqual(['armed_assault']);
    const d = path.join(tmp, 'scope');
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(path.join(d, 'a.txt'), story);
    fs.writeFileSync(path.join(d, 'b.txt'), story);
    const t = cli([d, '--format', 'ndjson', '--scope', 'terrorism', '--jobs', '2']);
    expect(t.code).toBe(0);
    expect(t.out.trim().split('\n').map((l) => JSON.parse(l).events.length)).toEqual([0, 0]);
  });
  it('--actors adds dictionary entries', () => {
    const f = path.join(tmp, 'actors.json');
    fs.writeFileSync(f, JSON.stringify([{ name: 'Blue Hand Front', kind: 'armed_group', country_code: 'IQ', aliases: ['Blue Hand'] }]));
    const r = cli(['--format', 'ndjson', '--date', '2021-04-04', '--actors', f, '--jobs', '2'], 'Militants of the Blue Hand attacked a police post in Baghdad on Sunday, killing two policemen.\n');
    expect(r.code).toBe(0);
    expect(JSON.stringify(JSON.parse(r.out).events)).toContain('Blue Hand Front');
  });
  it('several paths at once; the same name twice gets a suffix', () => {
    const d = path.join(tmp, 'twice');
    fs.mkdirSync(d, { recursive: true });
    fs.copyFileSync(BALAD, path.join(d, 'balad-airbase.txt'));
    const r = cli([BALAD, d, '--format', 'ndjson', '--date', '2021-04-04']);
    expect(r.code).toBe(0);
    const res = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(res.map((x) => x.article.id)).toEqual(['balad-airbase', 'balad-airbase-2']);
    expect(res[1].events[0].id).toBe('balad-airbase-2#1');
  });
  it('a folder with no articles: exit 3', () => {
    const d = path.join(tmp, 'none');
    fs.mkdirSync(d, { recursive: true });
    const r = cli([d]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('no articles found');
  });
  it('Markdown front matter gives date and headline; offsets still into the file as read', () => {
    const f = path.join(tmp, 'story.md');
    const md = '---\ntitle: Kabul attack\ndate: 2021-04-05\n---\nGunmen shot dead two policemen in Kabul on Monday.\n';
    fs.writeFileSync(f, md);
    const res = JSON.parse(cli([f, '--format', 'ndjson']).out);
    expect(res.article).toMatchObject({ id: 'story', headline: 'Kabul attack', published: '2021-04-05', published_from: 'metadata' });
    const ev = res.events[0];
    expect(md.slice(ev.trigger.start, ev.trigger.end)).toBe(ev.trigger.text);
  });
});
