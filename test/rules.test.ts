// `wirecoder rules`: what each rule did on a folder, right and wrong against gold, and the gate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../src/core/index.js';
import { flag, gatedPrecision, runRules, renderRulesText } from '../src/eval/rules.js';
import { rulesCommand } from '../src/eval/rules-command.js';
import { ruleInventory } from '../src/core/rules/registry.js';

let tmp = '';
const STORY = 'BAGHDAD, April 4 (AFP) - Rockets hit the Balad airbase north of Baghdad on Sunday, wounding two soldiers, security sources said.\n';
const GOLD = { id: 'a', published: '2021-04-04', events: [{ type: 'shelling', date: '2021-04-04', location: { name: 'Balad', country_code: 'IQ' }, wounded: 3 }] };
const GATE = { minArticles: 3, minPrecision: 0.3 };

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-rules-'));
  fs.writeFileSync(path.join(tmp, 'a.txt'), STORY);
  fs.writeFileSync(path.join(tmp, 'a.gold.json'), JSON.stringify(GOLD));
  fs.writeFileSync(path.join(tmp, 'b.txt'), 'Militants carry out attacks on police posts in the region, the minister said.\n');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('explain trace', () => {
  it('records a rejected trigger with its rule and exact span', () => {
    const text = 'Militants carry out attacks on police posts in the region, the minister said.';
    const res = extract(text, { explain: true });
    expect(res.events).toEqual([]);
    expect(res.trace).toHaveLength(1);
    const r = res.trace![0]!;
    expect(r.action).toBe('reject');
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.text).toBe('attacks');
    expect(r.rule).toBe('generic-bare-plural');
  });
  it('is absent without explain', () => {
    expect(extract('Militants carry out attacks on police posts.', {}).trace).toBeUndefined();
  });
  it('records an event dropped by the scope under the scope rule', () => {
    const res = extract('Rebels clashed with troops near the town of Ayacucho on Monday, the army said.', { explain: true, scope: 'terrorism', published: '1989-05-02' });
    expect(res.events).toEqual([]);
    expect(res.trace!.find((r) => r.action === 'drop')?.rule).toBe('terrorism-no-clash');
  });
});

describe('runRules', () => {
  it('counts firings per rule, and right and wrong slots against gold', () => {
    const rep = runRules([tmp]);
    expect(rep.articles).toBe(2);
    expect(rep.gold).toBe(1);
    const by = new Map(rep.rules.map((r) => [r.name, r]));
    // "on Sunday" dates the paired event right
    expect(by.get('weekday')).toMatchObject({ articles: 1, accepts: 1, events: 1, eventsRight: 1, slotsRight: 1, slotsWrong: 0, pairedRight: 1, pairedWrong: 0 });
    // two wounded where the gold says three: a wrong slot
    const wounded = rep.rules.find((r) => r.slotsWrong === 1 && r.name.startsWith('counts.'));
    expect(wounded).toBeDefined();
    expect(by.get('generic-bare-plural')).toMatchObject({ articles: 1, rejects: 1, accepts: 0 });
  });
  it('lists every rule of the inventory, fired or not', () => {
    const names = new Set(runRules([tmp]).rules.map((r) => r.name));
    for (const r of ruleInventory()) expect(names.has(r.name)).toBe(true);
    expect(new Set(ruleInventory().map((r) => r.name)).size).toBe(ruleInventory().length);
  });
});

describe('the gate', () => {
  const base = { name: 'x', kind: 'k', accepts: 5, rejects: 0, events: 5, eventsRight: 5, slotsRight: 0, slotsWrong: 0, pairedRight: 0, pairedWrong: 0 };
  it('flags a rule that never fires, fires on too few articles, or is mostly wrong', () => {
    expect(flag({ ...base, articles: 0, accepts: 0 }, GATE)).toBe('never fires');
    expect(flag({ ...base, articles: 2 }, GATE)).toBe('fires on 2 articles');
    expect(flag({ ...base, articles: 5, slotsRight: 2, slotsWrong: 10, pairedRight: 2, pairedWrong: 10 }, GATE)).toBe('low precision');
    // too few slots to judge precision
    expect(flag({ ...base, articles: 5, slotsRight: 0, slotsWrong: 9, pairedRight: 0, pairedWrong: 9 }, GATE)).toBeNull();
    expect(flag({ ...base, articles: 3, slotsRight: 8, slotsWrong: 2, pairedRight: 8, pairedWrong: 2 }, GATE)).toBeNull();
  });
  it('does not blame a field rule for the false events it filled: its slots on paired events count', () => {
    // a weapon named on 30 events, 20 of them false: 8 of 10 right where the event is real
    const weapon = { ...base, kind: 'weapons', articles: 20, events: 30, eventsRight: 10, slotsRight: 8, slotsWrong: 22, pairedRight: 8, pairedWrong: 2 };
    expect(gatedPrecision(weapon)).toBeCloseTo(0.8);
    expect(flag(weapon, GATE)).toBeNull();
    expect(flag({ ...weapon, pairedRight: 2, pairedWrong: 8 }, GATE)).toBe('low precision');
  });
  it('gates a trigger on its events: the share paired with a gold event', () => {
    const trigger = { ...base, kind: 'events.trigger', articles: 20, events: 25, eventsRight: 6, slotsRight: 6, slotsWrong: 0, pairedRight: 6, pairedWrong: 0 };
    expect(gatedPrecision(trigger)).toBeCloseTo(0.24);
    expect(flag(trigger, GATE)).toBe('low precision');
    expect(flag({ ...trigger, eventsRight: 20, slotsRight: 2, slotsWrong: 23 }, GATE)).toBeNull();
    // fewer than ten events: not judged
    expect(gatedPrecision({ ...trigger, events: 9, eventsRight: 0 })).toBeNull();
  });
  it('renders a header with the counts and one line per rule', () => {
    const text = renderRulesText(runRules([tmp]), GATE);
    expect(text.split('\n')[0]).toMatch(/^2 articles \(1 with gold; scope all 2\); \d+ rules, \d+ fired, \d+ never; \d+ fail the gate/);
    expect(text).toMatch(/\nweekday +dates\.parser +1 +1 +0 +1 +1 +1 +0 +1\.00 +1\.00 +fires on 1 article\n/);
  });
  it('exits 2 on a bad option or a missing path', () => {
    const out: string[] = [];
    expect(rulesCommand([path.join(tmp, 'nope')], { format: 'text', scope: 'all', ...GATE }, (s) => out.push(s))).toBe(2);
    expect(rulesCommand([tmp], { format: 'text', scope: 'all', minArticles: 0, minPrecision: 0.3 }, (s) => out.push(s))).toBe(2);
    expect(out).toEqual([]);
    expect(rulesCommand([tmp], { format: 'json', scope: 'all', ...GATE }, (s) => out.push(s))).toBe(0);
    expect(JSON.parse(out[0]!).rules.find((r: { name: string }) => r.name === 'weekday').gate).toBe('fires on 1 article');
  });
});

describe('every kind of rule is counted', () => {
  let dir = '';
  // a date refiner's drop, a reporter rule, a roles skip; the scope rule only where the folder is MUC's
  const MIXED = 'Gunmen killed two policemen in Lima on Monday, according to police sources. Guerrillas attacked a bus near the army barracks. He told the Sunday Times the attack was planned.\n';
  const CLASH = 'Rebels clashed with troops near the town of Ayacucho on Monday, the army said.\n';
  const PLAIN = 'A bomb exploded in a market in Lima on Monday, killing three people.\n';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wirecoder-rules-kinds-'));
    for (const d of ['modern', 'muc4-x']) fs.mkdirSync(path.join(dir, d));
    fs.writeFileSync(path.join(dir, 'modern', 'mixed.txt'), MIXED);
    fs.writeFileSync(path.join(dir, 'modern', 'plain.txt'), PLAIN);
    fs.writeFileSync(path.join(dir, 'modern', 'clash.txt'), CLASH);
    fs.writeFileSync(path.join(dir, 'muc4-x', 'clash.txt'), CLASH);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const byName = (rep: ReturnType<typeof runRules>) => new Map(rep.rules.map((r) => [r.name, r]));

  it('records each firing in the trace with its exact span', () => {
    const trace = extract(MIXED, { explain: true, published: '2021-04-06' }).trace!;
    const find = (rule: string) => trace.filter((f) => f.rule === rule).map((f) => [f.action, f.text]);
    expect(find('name-not-date')).toEqual([['drop', 'Sunday']]);
    expect(find('rep-according-to')).toEqual([['accept', 'police sources']]);
    expect(find('location-skip')).toEqual([['reject', 'the army'], ['reject', 'army barracks']]);
    expect(find('weekday')).toEqual([['accept', 'on Monday']]);
    for (const f of trace) expect(MIXED.slice(f.start, f.end)).toBe(f.text);
    // no firing twice
    expect(new Set(trace.map((f) => `${f.rule} ${f.action} ${f.start} ${f.end}`)).size).toBe(trace.length);
  });

  it('counts a date refiner, a reporter rule, a roles skip and a scope rule, muc folders at the terrorism scope', () => {
    const rep = runRules([dir]);
    expect(rep.articles).toBe(4);
    expect(rep.scopes).toEqual({ all: 3, terrorism: 1 });
    const by = byName(rep);
    expect(by.get('name-not-date')).toMatchObject({ kind: 'dates.refiner', articles: 1, accepts: 0, rejects: 1 });
    expect(by.get('rep-according-to')).toMatchObject({ kind: 'actors.reporter', articles: 1, accepts: 1, rejects: 0 });
    expect(by.get('location-skip')).toMatchObject({ kind: 'roles', articles: 1, accepts: 0, rejects: 2 });
    // the clash of the muc folder is dropped, the same story in the modern folder is not
    expect(by.get('terrorism-no-clash')).toMatchObject({ kind: 'scope', articles: 1, rejects: 1 });
    // "on Monday" of all four stories is a date: the refiner drops only "Sunday" of "the Sunday Times"
    expect(by.get('weekday')!.articles).toBe(4);
  });

  it('codes every folder at the scope given, and counts nothing the texts do not hold', () => {
    const by = byName(runRules([path.join(dir, 'muc4-x'), path.join(dir, 'modern', 'plain.txt')], 'all'));
    expect(by.get('terrorism-no-clash')!.articles).toBe(0);
    for (const rule of ['name-not-date', 'rep-according-to', 'location-skip']) expect(by.get(rule)).toMatchObject({ articles: 0, accepts: 0, rejects: 0 });
  });

  it('reads an ACLED export: its notes coded, ACLED name rules counted', () => {
    const rep = runRules(['fixtures/acled/sample-export.csv']);
    // 16 rows read: 15 events and a peaceful protest (gold with no event we code); the riot row is skipped
    expect(rep.articles).toBe(16);
    expect(rep.gold).toBe(16);
    const by = byName(rep);
    // the table of group names is one rule: seven notes of the sample name a group of it (Fano, Al Shabaab, the Houthis…)
    expect(by.get('acled-named-group')).toMatchObject({ articles: 7, accepts: 7 });
    expect(by.get('acled-group-fano')).toBeUndefined();
  });
});
