// Every value carries its evidence: text.slice(start, end) === span.text for
// every span of every record, on every fixture and every real article.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';

const roots = ['fixtures/articles', '../shared/corpus'].filter((p) => fs.existsSync(p));

function articles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? articles(p) : e.name.endsWith('.txt') ? [p] : [];
  });
}

interface Spanish {
  text: string | null;
  start: number | null;
  end: number | null;
}

function spansOf(e: EventRecord): [string, Spanish][] {
  const out: [string, Spanish][] = [['trigger', e.trigger], ['date', e.date]];
  if (e.location) out.push(['location', e.location]);
  for (const a of e.attackers) out.push(['attacker', a]);
  for (const a of e.targets) out.push(['target', a]);
  for (const w of e.weapons) out.push(['weapon', w]);
  if (e.killed) out.push(['killed', e.killed]);
  if (e.wounded) out.push(['wounded', e.wounded]);
  for (const s of e.evidence) out.push(['evidence', s]);
  return out;
}

describe('span invariant', () => {
  for (const root of roots) {
    for (const file of articles(root)) {
      it(file, () => {
        const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        const res = extract(text, { id: path.basename(file, '.txt'), published: null });
        for (const e of res.events) {
          for (const [field, s] of spansOf(e)) {
            if (s.start === null) {
              expect(field).toBe('date');
              continue;
            }
            expect(text.slice(s.start!, s.end!), `${e.id} ${field}`).toBe(s.text);
          }
          expect(e.id.startsWith(`${res.article.id}#`)).toBe(true);
        }
      });
    }
  }
});

describe('Balad story', () => {
  const text = fs.readFileSync('fixtures/articles/balad-airbase.txt', 'utf8');
  const res = extract(text, { id: 'balad-airbase', published: '2021-04-04' });
  const main = res.events[0]!;
  it('finds the four incidents and nothing else, in order of first mention', () => {
    expect(res.events.map((e) => e.type)).toEqual(['shelling', 'attack', 'raid', 'assassination']);
    expect(res.events.map((e) => e.aggregate)).toEqual([false, true, false, false]);
  });
  it('codes the rocket attack from "Two rockets hit … on Sunday"', () => {
    expect(main.trigger).toEqual({ text: 'hit', start: text.indexOf('hit near an'), end: text.indexOf('hit near an') + 3 });
    expect(main.date.value).toBe('2021-04-04');
    expect(main.date.precision).toBe('day');
    expect(main.date.text).toMatch(/Sunday$/);
    expect(main.weapons).toEqual([{ name: 'rocket', count: 2, text: 'Two rockets', start: text.indexOf('Two rockets hit near an'), end: text.indexOf('Two rockets hit near an') + 11 }]);
    expect(main.killed?.value).toBe(0);
    expect(main.wounded?.value).toBe(0);
    expect(main.responsibility).toBe('unclaimed');
    expect(main.attackers).toEqual([]);
    expect(main.location?.country_code).toBe('IQ');
  });
  it('codes the tally of attacks since January: killed 3, wounded 1', () => {
    const tally = res.events[1]!;
    expect(tally.aggregate).toBe(true);
    expect(tally.killed?.value).toBe(3);
    expect(tally.killed?.text).toBe('Two Americans and an Iraqi civilian have been killed');
    expect(tally.wounded?.value).toBe(1);
    expect(tally.location?.country_code).toBe('IQ');
  });
  it('keeps the raid apart, in Syria, with the conflicting tolls', () => {
    const raid = res.events[2]!;
    expect(raid.date.value).toBe('2021-02');
    expect(raid.killed?.low).toBe(1);
    expect(raid.killed?.high).toBe(22);
    expect(raid.attackers.map((a) => a.name)).toContain('United States');
    expect(raid.location?.country_code).toBe('SY');
    expect(raid.killed?.value).toBe(22);
    expect(raid.killed?.reports.map((r) => r.by)).toEqual(expect.arrayContaining(['Syrian Observatory for Human Rights', 'the Pentagon']));
    expect(raid.targets.map((t) => t.name)).toContain('pro-Iranian Iraqi fighters');
  });
  it('codes the 2020 assassination with one death', () => {
    const a = res.events[3]!;
    expect(a.date.value).toBe('2020-01');
    expect(a.killed?.value).toBe(1);
    expect(a.targets.map((t) => t.name)).toContain('Qasem Soleimani');
  });
});
