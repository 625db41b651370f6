import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus, datelines } from '../src/core/extract/dates/corpus.js';
import { findDates, parseDateline } from '../src/core/extract/dates/index.js';
import { DATE_RULES, DATELINES } from '../src/core/extract/dates/rules.js';
import { CORPUS, articleFiles, subfolders } from './helpers/corpus.js';

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
      expect(DATELINES.some((r) => r.name === d!.rule)).toBe(true);
    });
  });
});

describe('date rules', () => {
  it('have unique names', () => {
    const names = [...DATE_RULES.map((r) => r.name), ...DATELINES.map((r) => r.name)];
    expect(new Set(names).size).toBe(names.length);
  });
  it('do not backtrack catastrophically on long hostile input', () => {
    const hostile = [
      'on '.repeat(5000),
      '1 '.repeat(5000) + 'x',
      'in early late mid '.repeat(2000),
      'a'.repeat(20000) + ', 1 jan',
      'last night yesterday '.repeat(2000),
      ('Lima ' + 'x'.repeat(40) + ', ').repeat(100),
    ];
    const t0 = Date.now();
    for (const h of hostile) {
      findDates(h, '2021-04-04');
      parseDateline(h);
    }
    expect(Date.now() - t0).toBeLessThan(2000);
  });
  it('span invariant and rule names over every real corpus file', () => {
    const files = articleFiles([...subfolders(CORPUS), ...subfolders('fixtures')]);
    expect(files.length).toBeGreaterThan(10);
    let n = 0;
    for (const f of files) {
      const t = readFileSync(f, 'utf8').replace(/^\uFEFF/, '');
      const dl = parseDateline(t);
      for (const x of findDates(t, dl?.date ?? '2021-04-04')) {
        n++;
        expect(t.slice(x.start, x.end)).toBe(x.text);
        expect(DATE_RULES.some((r) => r.name === x.rule)).toBe(true);
        if (x.value) expect(x.value).toMatch(x.precision === 'day' ? /^\d{4}-\d\d-\d\d$/ : x.precision === 'month' ? /^\d{4}-\d\d$/ : /^\d{4}$/);
      }
    }
    expect(n).toBeGreaterThan(20);
  });
});
