// `wirecoder view` in a real browser: headless Chromium loads the page the
// built binary wrote, and a probe reads what it rendered: every <mark>'s
// text, its computed colours, the text as the browser holds it, and whether
// any script exists. Skipped (with a message) when /usr/bin/chromium is absent.
//
// No browser-driver dependency: the page is shown in an iframe of a wrapper
// page whose own script reads the frame (file pages are one origin under
// --allow-file-access-from-files; the view's own CSP forbids scripts, which
// also shows that the page needs none), and Chromium's --dump-dom prints the
// wrapper after load, with the probe's findings in it as base64 JSON.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArticleResult, Span } from '../src/core/types.js';
import { BALAD, cli, ensureBuilt } from './helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE = fs.existsSync(CHROMIUM);
if (!HAVE) console.warn(`view-browser.test.ts: skipped: ${CHROMIUM} not found (apt-get install chromium; .ci/run installs it)`);

interface Probe {
  title: string;
  scripts: number;
  articles: { id: string; text: string; h1: string }[];
  marks: { article: string; e: string; f: string; s: string; t: string; text: string; bg: string; fg: string; inner: boolean; after: string | null }[];
  rows: { article: string; bg: string }[];
}

const PROBE = `
function probe(frame) {
  var d = frame.contentDocument, w = frame.contentWindow;
  var r = {
    title: d.title,
    scripts: d.querySelectorAll('script').length,
    articles: [].map.call(d.querySelectorAll('article'), function (a) {
      return { id: a.id, text: a.querySelector('.text').textContent, h1: a.querySelector('h1').textContent };
    }),
    marks: [].map.call(d.querySelectorAll('mark'), function (m) {
      var cs = w.getComputedStyle(m);
      return { article: m.closest('article').id, e: m.dataset.e, f: m.dataset.f, s: m.dataset.s, t: m.dataset.t, text: m.textContent,
               bg: cs.backgroundColor, fg: cs.color, inner: !m.querySelector('mark'),
               after: w.getComputedStyle(m, '::after').content !== 'none' ? w.getComputedStyle(m, '::after').color : null };
    }),
    rows: [].map.call(d.querySelectorAll('.sw'), function (s) { return { article: s.closest('article').id, bg: w.getComputedStyle(s).backgroundColor }; })
  };
  var json = JSON.stringify(r);
  document.getElementById('out').textContent = btoa(unescape(encodeURIComponent(json)));
}`;

/** WCAG 2 contrast ratio of two computed colours ("rgb(r, g, b)" or an oklch/hsl the browser resolved to rgb). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

let tmp: string;
let probe: Probe;
let results: ArticleResult[];
const HOSTILE = 'Gunmen killed two guards in Kabul on Monday, police said.\r\n\r\n<script>document.title = "pwned"</script> <b>not bold</b> &amp; more\r\n';

describe.skipIf(!HAVE)(`wirecoder view in headless Chromium (${CHROMIUM})`, () => {
  beforeAll(() => {
    ensureBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-view-'));
    fs.writeFileSync(path.join(tmp, 'hostile.txt'), HOSTILE);
    const inputs = [BALAD, path.join(tmp, 'hostile.txt')];
    const page = path.join(tmp, 'page.html');
    const v = cli(['view', ...inputs, '--date', '2021-04-04', '--explain', '--out', page]);
    expect(v.code, v.err).toBe(0);
    const j = cli([...inputs, '--date', '2021-04-04', '--format', 'json', '--jobs', '1']);
    results = JSON.parse(j.out) as ArticleResult[];
    fs.writeFileSync(path.join(tmp, 'wrapper.html'), `<!doctype html><meta charset="utf-8"><pre id="out">probe did not run</pre><iframe src="page.html" onload="probe(this)"></iframe><script>${PROBE}</script>`);
    const r = spawnSync(CHROMIUM, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${path.join(tmp, 'profile')}`, '--allow-file-access-from-files',
      '--dump-dom', `file://${path.join(tmp, 'wrapper.html')}`,
    ], { encoding: 'utf8', timeout: 90_000 });
    const b64 = /<pre id="out">([A-Za-z0-9+/=]+)<\/pre>/.exec(r.stdout ?? '')?.[1];
    if (!b64) throw new Error(`chromium gave no probe output (status ${r.status}): ${(r.stderr ?? '').slice(-500)}`);
    probe = JSON.parse(Buffer.from(b64, 'base64').toString('utf8')) as Probe;
  }, 120_000);

  /** The pieces of each value joined, per article, event, field and span. */
  const values = (article: string) => {
    const m = new Map<string, string>();
    for (const x of probe.marks.filter((y) => y.article === article)) {
      const k = `${x.e}:${x.f}:${x.s}:${x.t}`;
      m.set(k, (m.get(k) ?? '') + x.text);
    }
    return m;
  };

  it('the Balad marks are the record spans: trigger "hit", date "on Sunday", and every other value with a span', () => {
    const got = values('balad-airbase');
    const [balad] = results;
    const e1 = balad!.events[0]!;
    expect(got.get(`1:trigger:${e1.trigger.start}:${e1.trigger.end}`)).toBe('hit');
    expect(got.get(`1:date:${e1.date.start}:${e1.date.end}`)).toBe('on Sunday');
    expect(got.get(`1:weapons:55:66`)).toBe('Two rockets');
    let checked = 0;
    for (const [i, e] of balad!.events.entries()) {
      const spans: [string, Span][] = [['trigger', e.trigger], ...(['attackers', 'targets', 'weapons'] as const).flatMap((f) => e[f].map((s): [string, Span] => [f, s]))];
      if (e.location) spans.push(['location', e.location]);
      if (e.killed) spans.push(['killed', e.killed]);
      if (e.wounded) spans.push(['wounded', e.wounded]);
      if (e.date.start !== null) spans.push(['date', { text: e.date.text!, start: e.date.start, end: e.date.end! }]);
      for (const [f, s] of spans) {
        expect(got.get(`${i + 1}:${f}:${s.start}:${s.end}`), `#${i + 1} ${f}`).toBe(s.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(25);
    // every mark is the text at its offsets; the reporters are the record's names
    const text = fs.readFileSync(BALAD, 'utf8');
    for (const [k, v] of got) expect(v, k).toBe(text.slice(Number(k.split(':')[2]), Number(k.split(':')[3])));
    expect([...got].filter(([k]) => k.startsWith('1:reported_by:')).map(([, v]) => v)).toEqual(e1.reported_by);
  });

  it('the browser holds the article text exactly as coded (CRLF included), so the offsets hold', () => {
    const text = fs.readFileSync(BALAD, 'utf8');
    const balad = probe.articles.find((a) => a.id === 'balad-airbase')!;
    expect(balad.text).toBe(text);
    expect(balad.h1).toBe('Two rockets hit near Iraq airbase hosting US soldiers');
    const hostile = probe.articles.find((a) => a.id === 'hostile')!;
    expect(hostile.text).toBe(HOSTILE);
  });

  it('each event in its own colour, on its marks and its table row; text readable on it (contrast >= 4.5)', () => {
    const marks = probe.marks.filter((m) => m.article === 'balad-airbase');
    const byEvent = new Map<string, Set<string>>();
    for (const m of marks.filter((x) => x.inner)) byEvent.set(m.e, (byEvent.get(m.e) ?? new Set()).add(m.bg));
    expect([...byEvent.keys()].sort()).toEqual(['1', '2', '3', '4']);
    for (const bgs of byEvent.values()) expect(bgs.size).toBe(1);
    const colours = [...byEvent.values()].map((s) => [...s][0]!);
    expect(new Set(colours).size).toBe(4);
    expect(colours.every((c) => c !== 'rgba(0, 0, 0, 0)')).toBe(true);
    const rows = probe.rows.filter((r) => r.article === 'balad-airbase').map((r) => r.bg);
    expect(rows).toEqual(['1', '2', '3', '4'].map((e) => [...byEvent.get(e)!][0]));
    for (const m of marks) expect(contrast(m.fg, m.bg), `${m.e} ${m.f} ${m.fg} on ${m.bg}`).toBeGreaterThanOrEqual(4.5);
    // the event number after each trigger too
    const numbers = marks.filter((m) => m.after);
    expect(numbers.map((m) => m.e)).toEqual(['1', '2', '3', '4']);
    for (const m of numbers) expect(contrast(m.after!, m.bg), `#${m.e} ${m.after} on ${m.bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('script text in an article is shown, not run: no script element, the title unchanged', () => {
    expect(probe.scripts).toBe(0);
    expect(probe.title).toBe(`wirecoder: ${BALAD} ${path.join(tmp, 'hostile.txt')}`);
    const hostile = probe.articles.find((a) => a.id === 'hostile')!;
    expect(hostile.text).toContain('<script>document.title = "pwned"</script> <b>not bold</b> &amp; more');
    // the hostile story is coded too, and its marks sit on its own words
    const got = values('hostile');
    expect([...got.entries()].find(([k]) => k.startsWith('1:trigger:'))?.[1]).toBe('killed');
  });
});
