import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { corpus, datelines } from './corpus/dates.js';
import { findDates, parseDateline } from '../src/core/extract/dates/index.js';
import { CHRONO_PARSERS, DATELINES, EXAMPLE_PUB, NEWS_PARSERS, REFINERS } from '../src/core/extract/dates/rules.js';
import { CORPUS, articleFiles, subfolders } from './helpers/corpus.js';

const PARSERS = [...CHRONO_PARSERS, ...NEWS_PARSERS];
/** "weekday>lead-in>weekday-most-recent" → its parser and refiners. */
const chain = (rule: string) => rule.split('>');

describe('dates corpus', () => {
  it('has at least 90 cases, positive and negative', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(90);
    expect(corpus.cases.filter((c) => c.negative).length).toBeGreaterThanOrEqual(15);
    expect(corpus.noPublished.length).toBeGreaterThanOrEqual(8);
  });
  it('every expected span is where it says', () => {
    for (const c of [...corpus.cases, ...corpus.noPublished, ...(corpus.backlog ?? [])]) {
      for (const e of c.expect) expect(c.text.slice(e.start, e.start + e.text.length)).toBe(e.text);
    }
  });
  corpus.cases.forEach((c, i) => {
    it(`#${i} ${c.published ?? ''} ${c.text.slice(0, 70)}`, () => {
      expect(corpus.check(c)).toBeNull();
    });
  });
});

describe('dates without a publication date', () => {
  corpus.noPublished.forEach((c, i) => {
    it(`#${i} ${c.text.slice(0, 70)}`, () => {
      expect(corpus.check(c)).toBeNull();
    });
  });
  it('relative mentions are flagged relative, absolute ones not', () => {
    expect(findDates('Rebels attacked on Wednesday.', null)[0]).toMatchObject({ value: null, precision: 'unknown', relative: true });
    expect(findDates('On 21 August 1988, soldiers attacked.', null)[0]).toMatchObject({ value: '1988-08-21', relative: false });
    expect(findDates('At least 400 civilians were killed last year.', null)[0]).toMatchObject({ value: null, relative: true });
  });
});

describe('date rules: each parser and refiner is a named record whose examples hold', () => {
  it('have names of their own: no name in two tables, each refiner once (records of one table may share a name)', () => {
    const tables = [PARSERS, REFINERS, DATELINES].map((t) => new Set(t.map((r) => r.name)));
    const names = tables.flatMap((t) => [...t]);
    expect(new Set(names).size).toBe(names.length);
    expect(tables[1]!.size).toBe(REFINERS.length);
  });
  for (const r of PARSERS) {
    it(`parser ${r.name}`, () => {
      expect(r.examples.pos.length).toBeGreaterThan(0);
      for (const [text, mention] of r.examples.pos) {
        const found = findDates(text, EXAMPLE_PUB);
        const m = found.find((d) => d.text === mention);
        expect(m, `${mention} in ${text}: ${JSON.stringify(found)}`).toBeDefined();
        expect(chain(m!.rule)[0]).toBe(r.name);
        expect(m!.start).toBe(text.indexOf(mention));
      }
      for (const text of r.examples.neg) expect(findDates(text, EXAMPLE_PUB).filter((d) => chain(d.rule)[0] === r.name)).toEqual([]);
    });
  }
  for (const r of REFINERS) {
    it(`refiner ${r.name}`, () => {
      expect(r.examples.pos.length + r.examples.neg.length).toBeGreaterThan(0);
      for (const [text, mention] of r.examples.pos) {
        const found = findDates(text, EXAMPLE_PUB);
        const m = found.find((d) => d.text === mention);
        expect(m, `${mention} in ${text}: ${JSON.stringify(found)}`).toBeDefined();
        if (!r.drops) expect(chain(m!.rule).slice(1)).toContain(r.name);
      }
      // a dropping refiner's negatives leave nothing
      for (const text of r.examples.neg) expect(findDates(text, EXAMPLE_PUB)).toEqual([]);
    });
  }
  it('every mention names its parser first, then only known refiners', () => {
    const parsers = new Set(PARSERS.map((r) => r.name));
    const refiners = new Set(REFINERS.map((r) => r.name));
    for (const d of findDates('Gunmen attacked the village late on Saturday night; in mid-March, since 2019, two years ago, yesterday morning.', EXAMPLE_PUB)) {
      const [p, ...rs] = chain(d.rule);
      expect(parsers.has(p!)).toBe(true);
      for (const x of rs) expect(refiners.has(x)).toBe(true);
    }
  });
});

describe('dates: value, precision, index and text under a fixed reference (Sunday 4 April 2021)', () => {
  const one = (text: string, pub: string | null = EXAMPLE_PUB) => findDates(text, pub).map((d) => ({ value: d.value, precision: d.precision, start: d.start, text: d.text }));
  it('a bare weekday is the most recent past one, or today', () => {
    expect(one('Police said Sunday that three men were held.')).toEqual([{ value: '2021-04-04', precision: 'day', start: 12, text: 'Sunday' }]);
    expect(one('Police said Saturday that three men were held.')).toEqual([{ value: '2021-04-03', precision: 'day', start: 12, text: 'Saturday' }]);
    expect(one('Police said Monday that three men were held.')).toEqual([{ value: '2021-03-29', precision: 'day', start: 12, text: 'Monday' }]);
  });
  it('upper-case wires: SUNDAY, MAY and MARCH as dates', () => {
    expect(one('THE FMLN ATTACKED THE BARRACKS ON SUNDAY.')).toEqual([{ value: '2021-04-04', precision: 'day', start: 31, text: 'ON SUNDAY' }]);
    expect(one('THE TOWN WAS ATTACKED IN MAY.')).toEqual([{ value: '2020-05', precision: 'month', start: 22, text: 'IN MAY' }]);
    expect(one('THE OFFENSIVE BEGAN IN MID-MARCH.')).toEqual([{ value: '2021-03', precision: 'month', start: 20, text: 'IN MID-MARCH' }]);
    expect(one('ON 12 MARCH THE FMLN ATTACKED.')).toEqual([{ value: '2021-03-12', precision: 'day', start: 0, text: 'ON 12 MARCH' }]);
  });
  it('upper-case wires: MAY the verb, MARCH the verb, SUNDAY the paper, SUN and SAT the words: nothing', () => {
    expect(one('THE GUERRILLAS MAY ATTACK THE CAPITAL.')).toEqual([]);
    expect(one('UP TO 3 MAY HAVE DIED IN THE FIRE.')).toEqual([]);
    expect(one('THE STUDENTS WILL MARCH TO THE PALACE.')).toEqual([]);
    expect(one('THE SUNDAY TIMES REPORTED THE ATTACK.')).toEqual([]);
    expect(one('THE SUN ROSE OVER SAT CAMP.')).toEqual([]);
  });
  it('mixed case: "may" and "march" the verbs, "Sunday Times", "Theresa May": nothing', () => {
    expect(one('Rebels may march on the capital.')).toEqual([]);
    expect(one('Theresa May told the Sunday Times.')).toEqual([]);
  });
  it('weeks, years ago, yesterday, last night, early today', () => {
    expect(one('Gunmen killed five people last week.')).toEqual([{ value: '2021-03', precision: 'month', start: 26, text: 'last week' }]);
    expect(one('Two years ago, IS gunmen killed 50 people.')).toEqual([{ value: '2019-04', precision: 'month', start: 0, text: 'Two years ago' }]);
    expect(one('Rebels attacked the barracks yesterday.')).toEqual([{ value: '2021-04-03', precision: 'day', start: 29, text: 'yesterday' }]);
    expect(one('Rebels attacked the barracks last night.')).toEqual([{ value: '2021-04-03', precision: 'day', start: 29, text: 'last night' }]);
    expect(one('Rebels attacked the barracks early today.')).toEqual([{ value: '2021-04-04', precision: 'day', start: 29, text: 'early today' }]);
  });
  it('a month without a year is the latest one not after publication', () => {
    expect(one('The ceasefire was agreed in April.')).toEqual([{ value: '2021-04', precision: 'month', start: 25, text: 'in April' }]);
    expect(one('The town fell in December.')).toEqual([{ value: '2020-12', precision: 'month', start: 14, text: 'in December' }]);
  });
  it('anaphoric offsets and durations are no dates', () => {
    expect(one('Two days later, troops arrived.')).toEqual([]);
    expect(one('A day earlier, troops arrived.')).toEqual([]);
    expect(one('The next day, troops arrived.')).toEqual([]);
    expect(one('Over the past week, troops arrived.')).toEqual([]);
    expect(one('A few days ago, troops arrived.')).toEqual([]);
    expect(one('Troops now control the town.')).toEqual([]);
  });
  it('reads only the ranges it is given, with offsets into the whole text', () => {
    const text = 'Rebels attacked on Monday. Troops came on Tuesday. Police left on Friday.';
    const d = findDates(text, EXAMPLE_PUB, [{ start: 27, end: 50 }]);
    expect(d.map((x) => [x.text, x.start, x.value])).toEqual([['on Tuesday', 39, '2021-03-30']]);
    expect(text.slice(d[0]!.start, d[0]!.end)).toBe('on Tuesday');
  });
});

describe('parseDateline', () => {
  datelines.forEach((c) => {
    it(c.text.slice(0, 60).replace(/\n/g, ' / '), () => {
      const d = parseDateline(c.text);
      if (c.place === null) {
        expect(d).toBeNull();
        return;
      }
      expect(d).not.toBeNull();
      expect(d!.date).toBe(c.date);
      expect(d!.place?.text).toBe(c.place);
      expect(c.text.slice(d!.place!.start, d!.place!.end)).toBe(c.place);
      expect(d!.place!.start).toBe(c.text.indexOf(c.place));
      expect(c.text.slice(d!.span.start, d!.span.end)).toBe(d!.span.text);
      if (c.agency !== undefined) expect(d!.agency).toBe(c.agency);
      if (c.rule) expect(d!.rule).toBe(c.rule);
      expect(DATELINES.some((r) => r.name === d!.rule)).toBe(true);
    });
  });
  for (const r of DATELINES) {
    it(`dateline rule ${r.name}: its examples are read by it`, () => {
      for (const e of r.examples) expect(parseDateline(`${e} The army said.`)?.rule).toBe(r.name);
    });
  }
});

describe('date rules on real text', () => {
  it('do not backtrack catastrophically on long hostile input (against a benign text of the same length)', () => {
    const hostile = [
      'on '.repeat(5000),
      '1 '.repeat(5000) + 'x',
      'in early late mid '.repeat(2000),
      'a'.repeat(20000) + ', 1 jan',
      'last night yesterday '.repeat(2000),
      ('Lima ' + 'x'.repeat(40) + ', ').repeat(100),
      'ON THE 1ST '.repeat(2000),
    ];
    const time = (t: string) => {
      const t0 = performance.now();
      findDates(t, '2021-04-04');
      parseDateline(t);
      return performance.now() - t0;
    };
    for (const h of hostile) {
      const benign = 'Rebels attacked the town on Monday. '.repeat(Math.ceil(h.length / 36)).slice(0, h.length);
      const ref = Math.max(time(benign), 5);
      expect(time(h)).toBeLessThan(ref * 50);
    }
  });
  it('span invariant and rule names over every real corpus file', () => {
    const files = articleFiles([...subfolders(CORPUS), ...subfolders('fixtures')]);
    expect(files.length).toBeGreaterThan(10);
    const parsers = new Set(PARSERS.map((r) => r.name));
    let n = 0;
    for (const f of files) {
      const t = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      const dl = parseDateline(t);
      for (const x of findDates(t, dl?.date ?? '2021-04-04')) {
        n++;
        expect(t.slice(x.start, x.end)).toBe(x.text);
        expect(parsers.has(chain(x.rule)[0]!)).toBe(true);
        if (x.value) expect(x.value).toMatch(x.precision === 'day' ? /^\d{4}-\d\d-\d\d$/ : x.precision === 'month' ? /^\d{4}-\d\d$/ : /^\d{4}$/);
      }
    }
    expect(n).toBeGreaterThan(20);
  });
});
