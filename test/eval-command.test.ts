// The eval command: finding NAME.txt + NAME.gold.json, report shapes, exit codes.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evalCommand, falseRate, runEval } from '../src/eval/command.js';
import { extract } from '../src/core/index.js';

let tmp = '';
const STORY = 'BAGHDAD, April 4 (AFP) - Rockets hit the Balad airbase north of Baghdad on Sunday, wounding two soldiers, security sources said.\n';

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-eval-'));
  for (const c of ['one', 'two/deeper']) fs.mkdirSync(path.join(tmp, c), { recursive: true });
  const gold = { id: 'x', published: '2021-04-04', events: [{ type: 'shelling', date: '2021-04-04', location: { name: 'Balad', country_code: 'IQ' }, wounded: 2 }] };
  fs.writeFileSync(path.join(tmp, 'one/a.txt'), '\uFEFF' + STORY);
  fs.writeFileSync(path.join(tmp, 'one/a.gold.json'), JSON.stringify(gold));
  fs.writeFileSync(path.join(tmp, 'one/no-gold.txt'), STORY);
  fs.writeFileSync(path.join(tmp, 'two/deeper/b.txt'), 'The budget was passed on Monday.\n');
  fs.writeFileSync(path.join(tmp, 'two/deeper/b.gold.json'), JSON.stringify({ id: 'b', events: [] }));
  fs.mkdirSync(path.join(tmp, 'quiet'));
  fs.writeFileSync(path.join(tmp, 'quiet/attack.txt'), STORY);
  fs.writeFileSync(path.join(tmp, 'quiet/attack.gold.json'), JSON.stringify(gold));
  fs.writeFileSync(path.join(tmp, 'quiet/coded-but-none.txt'), STORY);
  fs.writeFileSync(path.join(tmp, 'quiet/coded-but-none.gold.json'), JSON.stringify({ id: 'n', published: '2021-04-04', events: [] }));
  fs.writeFileSync(path.join(tmp, 'quiet/budget.txt'), 'The budget was passed on Monday.\n');
  fs.writeFileSync(path.join(tmp, 'quiet/budget.gold.json'), JSON.stringify({ id: 'q', events: [] }));
  fs.mkdirSync(path.join(tmp, 'empty'));
  fs.mkdirSync(path.join(tmp, 'bad'));
  fs.writeFileSync(path.join(tmp, 'bad/c.txt'), STORY);
  fs.writeFileSync(path.join(tmp, 'bad/c.gold.json'), '{"events": [{"date": "2021"}]}');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function capture() {
  let s = '';
  return { out: (x: string) => void (s += x), text: () => s };
}

describe('eval command', () => {
  it('finds articles with gold recursively, one subtotal per folder, no duplicates', () => {
    const rep = runEval([path.join(tmp, 'one'), path.join(tmp, 'two'), path.join(tmp, 'one', 'a.txt')]);
    expect(rep.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(rep.corpora.map((c) => path.relative(tmp, c.name))).toEqual(['one', path.join('two', 'deeper')]);
    expect(rep.total.events.tp + rep.total.events.fn).toBe(1);
  });
  it('text: the headline slot F1 line first, then events, fields and per-corpus blocks', async () => {
    const c = capture();
    expect(await evalCommand([path.join(tmp, 'one'), path.join(tmp, 'two')], { verbose: false, format: 'text' }, c.out)).toBe(0);
    const lines = c.text().split('\n');
    expect(lines[0]).toMatch(/^slot F1 \d\.\d{3} \(P \d\.\d{3} R \d\.\d{3}\)/);
    expect(c.text()).toMatch(/^events\s+P /m);
    expect(c.text()).toMatch(/^ {2}responsibility\s+P /m);
    expect(lines.filter((l) => l.startsWith('== '))).toHaveLength(2);
  });
  it('json: the same numbers; verbose lists disagreements with article and field', async () => {
    const c = capture();
    expect(await evalCommand([path.join(tmp, 'one')], { verbose: true, format: 'json' }, c.out)).toBe(0);
    const rep = JSON.parse(c.text());
    expect(rep.articles).toBe(1);
    expect(Object.keys(rep.total.fields)).toHaveLength(10);
    expect(rep.total.slot).toHaveProperty('f1');
    expect(rep.corpora).toHaveLength(1);
    expect(Array.isArray(rep.disagreements)).toBe(true);
    for (const d of rep.disagreements) expect(d.article).toBe('a');
    const t = capture();
    await evalCommand([path.join(tmp, 'one')], { verbose: false, format: 'text' }, t.out);
    expect(t.text().split('\n')[0]).toContain(rep.total.slot.f1.toFixed(3));
  });
  it('counts false events in articles whose gold has none, per 100, and scores the others alone', async () => {
    const coded = extract(STORY, { id: 'n', published: '2021-04-04', publishedFrom: 'metadata' }).events.length;
    expect(coded).toBeGreaterThan(0);
    const rep = runEval([path.join(tmp, 'quiet')]);
    const split = rep.corpora[0]!.split;
    expect(split.quiet).toBe(2);
    expect(split.falseEvents).toBe(coded);
    expect(falseRate(split)).toBe((100 * coded) / 2);
    expect(split.eventful).toBe(1);
    expect(split.eventfulScore.events).toEqual({ tp: 1, fp: coded - 1, fn: 0 });
    expect(rep.totalSplit).toEqual(split);
    // the whole corpus has the quiet false events on top of the eventful article's
    expect(rep.total.events.fp).toBe(split.eventfulScore.events.fp + coded);
    const t = capture();
    await evalCommand([path.join(tmp, 'quiet')], { verbose: false, format: 'text' }, t.out);
    expect(t.text()).toContain(`no-event articles 2: ${coded} false event${coded === 1 ? '' : 's'}, ${((100 * coded) / 2).toFixed(1)} per 100`);
    expect(t.text()).toContain('1 article with gold events: event F1 ');
    const j = capture();
    await evalCommand([path.join(tmp, 'quiet')], { verbose: false, format: 'json' }, j.out);
    const js = JSON.parse(j.text());
    expect(js.corpora[0]).toMatchObject({ no_event_articles: 2, false_events: coded, event_articles: 1 });
    expect(js.total.false_per_100).toBe((100 * coded) / 2);
  });
  it('exit 2 with a message for a missing path, nothing to score, a malformed gold file', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const c = capture();
      expect(await evalCommand([path.join(tmp, 'nowhere')], { verbose: false, format: 'text' }, c.out)).toBe(2);
      expect(String(err.mock.calls.at(-1)?.[0])).toContain('nowhere');
      expect(await evalCommand([path.join(tmp, 'empty')], { verbose: false, format: 'text' }, c.out)).toBe(2);
      expect(String(err.mock.calls.at(-1)?.[0])).toContain('nothing to score');
      expect(await evalCommand([path.join(tmp, 'bad')], { verbose: false, format: 'text' }, c.out)).toBe(2);
      expect(String(err.mock.calls.at(-1)?.[0])).toContain('c.gold.json');
      expect(c.text()).toBe('');
    } finally {
      err.mockRestore();
    }
  });
});
