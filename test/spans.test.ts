// The look-ups that replaced scans in the refiners give exactly what the scans
// gave: the span index (src/core/spans.ts) against Array.filter/some on random
// lists of spans, and report-time-skip's once-per-sentence opening against its
// pattern tested on the text before every position.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containing, lastEndingBy, near, overlapsAny, within, withinAny, type Spanned } from '../src/core/spans.js';
import { reportTimeAt } from '../src/core/refine/attach.js';
import { REPORT_TIME_BEFORE } from '../src/core/refine/roles.js';
import { longestOfOverlaps } from '../src/core/extract/counts/index.js';

interface Item extends Spanned {
  id: number;
}

/** Lists long enough to be indexed (16 or more) and short ones (scanned), spans in any order, empty ones too. */
const items = fc
  .array(fc.tuple(fc.nat(200), fc.nat(40)), { minLength: 0, maxLength: 60 })
  .map((xs) => xs.map(([start, len], id): Item => ({ id, start, end: start + len })));
const range = fc.tuple(fc.integer({ min: -10, max: 260 }), fc.integer({ min: 0, max: 80 })).map(([from, len]) => [from, from + len] as const);

describe('span look-ups equal the scans they replace', () => {
  it('within: items with from <= start and end <= to, in list order', () => {
    fc.assert(fc.property(items, range, (xs, [from, to]) => {
      expect(within(xs, from, to)).toEqual(xs.filter((x) => x.start >= from && x.end <= to));
    }), { numRuns: 500 });
  });

  it('containing: items with start <= from and end >= to, in list order', () => {
    fc.assert(fc.property(items, range, (xs, [from, to]) => {
      expect(containing(xs, from, to)).toEqual(xs.filter((x) => x.start <= from && x.end >= to));
    }), { numRuns: 500 });
  });

  it('near and overlapsAny: what touches or overlaps a span', () => {
    fc.assert(fc.property(items, range, (xs, [from, to]) => {
      expect(near(xs, from, to)).toEqual(xs.flatMap((x, i) => (x.start <= to && x.end >= from ? [i] : [])));
      expect(overlapsAny(xs, { start: from, end: to })).toBe(xs.some((x) => x.start < to && from < x.end));
    }), { numRuns: 500 });
  });

  it('lastEndingBy: the last item in list order that ends by a position', () => {
    fc.assert(fc.property(items, fc.integer({ min: -5, max: 260 }), (xs, to) => {
      expect(lastEndingBy(xs, to)).toBe(xs.filter((x) => x.end <= to).at(-1));
    }), { numRuns: 500 });
  });

  it('withinAny: items within any of several ranges, each once, in list order', () => {
    fc.assert(fc.property(items, fc.array(range, { maxLength: 4 }), (xs, rs) => {
      const ranges = rs.map(([start, end]) => ({ start, end }));
      expect(withinAny(xs, ranges)).toEqual(xs.filter((x) => ranges.some((r) => x.start >= r.start && x.end <= r.end)));
    }), { numRuns: 500 });
  });

  it('a list that grew is indexed again', () => {
    const xs: Item[] = Array.from({ length: 20 }, (_, id) => ({ id, start: id * 10, end: id * 10 + 5 }));
    expect(within(xs, 0, 1000)).toHaveLength(20);
    xs.push({ id: 20, start: 3, end: 4 });
    expect(within(xs, 0, 10).map((x) => x.id)).toEqual([0, 20]);
  });
});

describe('report-time-skip opening', () => {
  const TOKENS = ['by', 'By', ' ', '  ', '\n', 'the', ' the ', '[', ']', '[x]', 'sunday', 'x', ',', 'bythe', 'b', 'y'];
  it('gives what REPORT_TIME_BEFORE gives on the text before each position of the sentence', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }), fc.nat(3), (parts, lead) => {
      const lower = ('x'.repeat(lead) + parts.join('')).toLowerCase();
      const s = { start: lead, end: lower.length };
      const test = reportTimeAt(lower, s);
      for (let at = s.start; at <= s.end; at++) expect(test({ start: at })).toBe(REPORT_TIME_BEFORE.test(lower.slice(s.start, at)));
    }), { numRuns: 2000 });
  });

  it('finds the dates it should', () => {
    const lower = '[begin recording] by the sunday morning, by monday';
    const test = reportTimeAt(lower, { start: 0, end: lower.length });
    expect(test({ start: lower.indexOf('sunday') })).toBe(true);
    expect(test({ start: lower.indexOf('monday') })).toBe(false);
    expect(test({ start: 1 })).toBe(false);
  });
});

describe('overlapping casualty figures', () => {
  type M = { kind: 'killed' | 'wounded'; start: number; end: number; id: number };
  /** The search it replaced: each figure against every figure kept. */
  function byScan(found: M[]): M[] {
    found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    const out: M[] = [];
    for (const m of found) {
      const clash = out.find((o) => o.kind === m.kind && o.start < m.end && m.start < o.end);
      if (!clash) out.push(m);
      else if (m.end - m.start > clash.end - clash.start) out[out.indexOf(clash)] = m;
    }
    return out;
  }
  it('keeps the longer of overlapping figures of one kind, as the scan did', () => {
    const figures = fc.array(fc.tuple(fc.boolean(), fc.nat(100), fc.nat(25)), { maxLength: 40 }).map((xs) =>
      xs.map(([k, start, len], id): M => ({ kind: k ? 'killed' : 'wounded', start, end: start + len, id })),
    );
    fc.assert(fc.property(figures, (xs) => {
      const a = longestOfOverlaps(xs.map((x) => ({ ...x })) as never) as unknown as M[];
      expect(a.map((x) => x.id)).toEqual(byScan(xs.map((x) => ({ ...x }))).map((x) => x.id));
    }), { numRuns: 2000 });
  });
});
