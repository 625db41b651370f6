import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from './corpus/counts.js';
import { findCasualties, mergeCasualties, parseQuantity, type CasualtyMention } from '../src/core/extract/counts/index.js';
import { CORPUS, articleFiles, subfolders } from './helpers/corpus.js';

describe('counts corpus', () => {
  it('has at least 90 cases, positive and negative', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(90);
    expect(corpus.cases.some((c) => c.negative)).toBe(true);
  });
  corpus.cases.forEach((c, i) => {
    it(`#${i} ${c.text.slice(0, 70)}`, () => {
      expect(corpus.check(c)).toBeNull();
    });
  });
});

describe('parseQuantity', () => {
  const exact: [string, number][] = [
    ['two', 2], ['22', 22], ['2,500', 2500], ['a dozen', 12], ['one', 1], ['a', 1], ['an', 1], ['twenty-two', 22],
    ['1.5 million', 1_500_000], ['TWENTY-TWO', 22], ['one hundred and twenty', 120], ['two thousand', 2000], ['just one', 1],
  ];
  for (const [p, v] of exact) {
    it(p, () => {
      const q = parseQuantity(p);
      expect(q).not.toBeNull();
      expect(q!.value).toBe(v);
    });
  }
  it('vague amounts are approximate ranges', () => {
    expect(parseQuantity('dozens')).toMatchObject({ value: 24, low: 24, high: 99, approximate: true });
    expect(parseQuantity('scores')).toMatchObject({ approximate: true });
    expect(parseQuantity('hundreds')).toMatchObject({ value: 200, high: 999, approximate: true });
  });
  it('qualifiers', () => {
    expect(parseQuantity('at least 12')).toMatchObject({ value: 12, low: 12, approximate: true });
    expect(parseQuantity('more than 30')).toMatchObject({ value: 30, approximate: true });
    expect(parseQuantity('up to 40')).toMatchObject({ value: 40, high: 40, approximate: true });
    expect(parseQuantity('nearly 50')).toMatchObject({ value: 50, approximate: true });
    expect(parseQuantity('some 2,500')).toMatchObject({ value: 2500, approximate: true });
  });
  it('ordinals and codes are not quantities', () => {
    for (const p of ['14th', 'fourth', 'G7', 'first', '3-minute', '']) expect(parseQuantity(p)).toBeNull();
  });
});

describe('mergeCasualties', () => {
  const balad = readFileSync(join(CORPUS, 'afp/balad-airbase.txt'), 'utf8');
  it('Balad raid: the Observatory (22) over the Pentagon (1), range 1..22, both reports', () => {
    const start = balad.indexOf('The Syrian Observatory');
    const ms = findCasualties(balad, start, balad.indexOf('.', balad.indexOf('just one death')) + 1);
    const c = mergeCasualties(ms.filter((m) => m.kind === 'killed'))!;
    expect(c.value).toBe(22);
    expect(c.low).toBe(1);
    expect(c.high).toBe(22);
    expect(c.text).toBe('22 of them had died');
    expect(balad.slice(c.start, c.end)).toBe(c.text);
    expect(c.reports).toEqual([
      { value: 22, by: 'Syrian Observatory for Human Rights' },
      { value: 1, by: 'the Pentagon' },
    ]);
  });
  const m = (value: number, start: number, by: string | null, extra: Partial<CasualtyMention> = {}): CasualtyMention => ({
    kind: 'killed', value, low: value, high: value, approximate: false, text: 'x', start, end: start + 1, rule: 't', victims: null, by, ...extra,
  });
  it('the later report wins between equals', () => {
    expect(mergeCasualties([m(10, 0, 'the army'), m(12, 50, 'Gen Medina')])!.value).toBe(12);
    expect(mergeCasualties([m(10, 0, null), m(12, 50, null)])!.value).toBe(12);
  });
  it('toll-revised: a toll that rose replaces the figures before it and those given "initially"', () => {
    const text = 'A suicide bomber killed at least seven people at a checkpoint on Monday. By the evening, the toll had risen to 11 dead, after rescuers pulled two more bodies from the rubble. Officials had initially reported five dead.';
    const ms = findCasualties(text).filter((x) => x.kind === 'killed');
    expect(ms.map((x) => [x.value, x.revision ?? null])).toEqual([
      [7, null],
      [11, 'risen'],
      [5, 'initial'],
    ]);
    const c = mergeCasualties(ms)!;
    expect(c).toMatchObject({ value: 11, low: 11, high: 11, text: 'toll had risen to 11' });
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });
  it('partitive-skip: "two of the wounded" are some of the toll given, no toll of their own', () => {
    const text = 'The blast killed five soldiers and wounded seven. Two of the wounded were in critical condition.';
    const ms = findCasualties(text);
    expect(ms.map((x) => [x.kind, x.value, x.text])).toEqual([
      ['killed', 5, 'killed five soldiers'],
      ['wounded', 7, 'wounded seven'],
    ]);
  });
  it('passive_relative: the relative clause ends at its own verb ("who tried to resist were shot dead and two others were wounded")', () => {
    const text = 'Three men who tried to resist were shot dead and two others were wounded, a resident said.';
    expect(findCasualties(text).map((x) => [x.kind, x.value, x.text])).toEqual([
      ['killed', 3, 'Three men who tried to resist were shot dead'],
      ['wounded', 2, 'two others were wounded'],
    ]);
  });
  it('without a risen toll, differing figures stay a range', () => {
    const c = mergeCasualties([m(7, 0, null), m(11, 50, null)])!;
    expect(c).toMatchObject({ value: 11, low: 7, high: 11 });
  });
  it('an independent monitor wins even when earlier', () => {
    expect(mergeCasualties([m(30, 0, 'the UN'), m(5, 50, 'the ministry')])!.value).toBe(30);
  });
  it('ranges and approximation over phrases; no reports without conflict', () => {
    const c = mergeCasualties([m(24, 0, null, { low: 24, high: 99, approximate: true })])!;
    expect(c).toMatchObject({ value: 24, low: 24, high: 99, approximate: true, reports: [] });
    expect(mergeCasualties([])).toBeNull();
    expect(mergeCasualties([m(0, 0, null)])!.value).toBe(0);
  });
});

describe('findCasualties', () => {
  it('scans only [from, to) with absolute offsets', () => {
    const t = 'Five people were killed. Later, two soldiers were wounded.';
    const ms = findCasualties(t, 25);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ kind: 'wounded', value: 2, text: 'two soldiers were wounded', rule: 'counts.passive' });
    expect(t.slice(ms[0]!.start, ms[0]!.end)).toBe(ms[0]!.text);
  });
  it('span invariant over every real corpus file', () => {
    const files = articleFiles(subfolders(CORPUS));
    expect(files.length).toBeGreaterThan(10);
    let n = 0;
    for (const f of files) {
      const t = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      for (const x of findCasualties(t)) {
        n++;
        expect(t.slice(x.start, x.end)).toBe(x.text);
        if (x.victims) expect(t.slice(x.victims.start, x.victims.end)).toBe(x.victims.text);
        expect(x.rule).toMatch(/^counts\./);
      }
    }
    expect(n).toBeGreaterThan(20);
  });
});

describe('named-victims-killed (NAMED_DEATH_AFTER)', async () => {
  const { extract } = await import('../src/core/index.js');
  const { NAMED_DEATH_AFTER } = await import('../src/core/extract/counts/rules.js');
  const first = (text: string, published = '1990-01-09') => extract(text, { published, explain: true }).events[0]!;
  it('a named victim found dead after an apposition and a relative clause is one death, with its evidence', () => {
    const text = 'BOGOTA, 9 JAN 90 (EFE) -- [TEXT] RICARDO ALFONSO CASTELLAR, MAYOR OF ACHI, WHO WAS KIDNAPPED ON 5 JANUARY BY ELN GUERRILLAS, WAS FOUND DEAD TODAY.';
    const e = first(text);
    expect(e.killed).toMatchObject({ value: 1, low: 1, high: 1 });
    expect(e.killed!.text).toBe(text.slice(e.killed!.start!, e.killed!.end!));
    expect(e.killed!.text).toMatch(/^RICARDO ALFONSO CASTELLAR,.*WAS FOUND DEAD$/);
    expect(e.explain?.killed).toEqual(['named-victims-killed']);
  });
  it('"died" after a titled name among the targets', () => {
    const e = first('SAN SALVADOR, 20 MAR 89 -- [TEXT] GUERRILLAS SHOT REPORTER MAURICIO PINEDA, A SOUND TECHNICIAN FOR CANAL DOCE, WHO DIED THIS MORNING.', '1989-03-20');
    expect(e.killed?.value).toBe(1);
    expect(e.explain?.killed).toEqual(['named-victims-killed']);
  });
  it('the pattern: deaths, not escapes, arrests or a fire that died down', () => {
    const ok = [', MAYOR OF ACHI, WAS FOUND DEAD TODAY', ' DIED IN THE EXPLOSION', ' WAS MURDERED THIS MORNING', ', WHO WAS KIDNAPPED IN GUATEMALA, WAS FOUND DEAD'];
    const no = [' WAS FOUND DEAD OR ALIVE', ' WAS ARRESTED', ', WHO SURVIVED, SAID', ' ESCAPED UNHURT', '. THE FIRE DIED DOWN'];
    for (const t of ok) expect(NAMED_DEATH_AFTER.exec(t.toLowerCase())?.groups?.death, t).toBeTruthy();
    for (const t of no) expect(NAMED_DEATH_AFTER.test(t.toLowerCase()), t).toBe(false);
  });
  it('a person who is no target (a sayer) adds no death', () => {
    const e = first('BOGOTA, 9 JAN 90 (EFE) -- [TEXT] GUERRILLAS BOMBED A BRIDGE IN ARAUCA TODAY, CAUSING DAMAGE. NO ONE WAS HURT.');
    expect(e.explain?.killed ?? []).not.toContain('named-victims-killed');
  });
});

describe('named-victims-wounded (NAMED_WOUND_AFTER)', async () => {
  const { extract } = await import('../src/core/index.js');
  const { NAMED_WOUND_AFTER } = await import('../src/core/extract/counts/rules.js');
  it('a named target wounded is one wounded, with its evidence and rule', () => {
    const text = 'SAN SALVADOR, 2 JUL 89 (ACAN-EFE) -- [TEXT] UNIDENTIFIED PERSONS ATTACKED MAURICIO GUTIERREZ CASTRO, PRESIDENT OF THE SUPREME COURT, WHO WAS SERIOUSLY WOUNDED.';
    const [e] = extract(text, { published: '1989-07-02', explain: true }).events;
    expect(e!.wounded).toMatchObject({ value: 1 });
    expect(e!.wounded!.text).toBe(text.slice(e!.wounded!.start!, e!.wounded!.end!));
    expect(e!.explain?.wounded).toEqual(['named-victims-wounded']);
  });
  it('the pattern: wounds, not a hurt reputation or an unhurt escape', () => {
    for (const t of [' WAS WOUNDED', ', A REUTER PHOTOGRAPHER, WAS SLIGHTLY INJURED', ' SUFFERED SERIOUS WOUNDS']) expect(NAMED_WOUND_AFTER.test(t.toLowerCase()), t).toBe(true);
    for (const t of [' WAS UNHURT', ' ESCAPED', ' SAID HE WAS WOUNDED IN 1980', ' WAS WOUNDED-KNEE']) expect(NAMED_WOUND_AFTER.test(t.toLowerCase()), t).toBe(false);
  });
});
