// The scorer, rule by rule of docs/gold.md.
import { describe, expect, it } from 'vitest';
import { nameMatch, prf, scoreArticle, slotTotals, type GoldEvent } from '../src/eval/score.js';
import type { EventRecord } from '../src/core/types.js';

function ev(over: Partial<EventRecord> = {}): EventRecord {
  const span = { text: 'hit', start: 0, end: 3 };
  return {
    id: 'a#1', type: 'shelling', acled_event_type: '', acled_sub_event_type: '', cameo: '194', trigger: span, sentence: 0,
    date: { value: '2021-04-04', precision: 'day', text: 'on Sunday', start: 0, end: 9 },
    location: { name: 'Balad airbase', place: 'Balad', admin1: 'Saladin', country: 'Iraq', country_code: 'IQ', lat: 34, lon: 44, precision: 'site', relation: 'at', text: 'Balad airbase', start: 0, end: 13 },
    attackers: [], targets: [], weapons: [], killed: null, wounded: null, responsibility: 'unknown', reported_by: [], aggregate: false, evidence: [span],
    ...over,
  };
}
const count = (value: number, low = value, high = value) => ({ value, low, high, approximate: false, text: 'x', start: 0, end: 1, reports: [] });
const actor = (name: string, text = name) => ({ name, text, start: 0, end: text.length, kind: 'state' as const, country_code: null, affiliation: null });

describe('names', () => {
  it('ignore case and accents and match whole words either way', () => {
    expect(nameMatch('Bogota', 'BOGOTÁ')).toBe(true);
    expect(nameMatch('Balad', 'Balad airbase')).toBe(true);
    expect(nameMatch('pro-Iranian Iraqi fighters', 'fighters')).toBe(true);
    expect(nameMatch('US', 'USAID')).toBe(false);
    expect(nameMatch('', 'x')).toBe(false);
  });
});

describe('pairing', () => {
  it('pairs best first, one to one', () => {
    const gold: GoldEvent[] = [{ type: 'shelling', date: '2021-04-04' }, { type: 'raid', date: '2021-02' }];
    const s = scoreArticle(gold, [ev({ type: 'raid', date: { value: '2021-02', precision: 'month', text: 'In February', start: 0, end: 11 } }), ev()]);
    expect(s.events).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.fields.date).toEqual({ tp: 2, fp: 0, fn: 0 });
  });
  it('does not pair events whose type disagrees (score under 2)', () => {
    const s = scoreArticle([{ type: 'raid', date: '2021-04-04', location: { country_code: 'IQ' } }], [ev()]);
    expect(s.events).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('accepts any type of a gold list', () => {
    expect(scoreArticle([{ type: ['bombing', 'shelling'] }], [ev()]).fields.type).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('empty gold: every prediction is a false positive, each field it has counted', () => {
    const s = scoreArticle([], [ev({ targets: [actor('United States')] })]);
    expect(s.events).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(s.fields.type.fp).toBe(1);
    expect(s.fields.targets.fp).toBe(1);
    expect(s.fields.killed.fp).toBe(0);
  });
  it('unpaired gold counts its fields as false negatives', () => {
    const s = scoreArticle([{ type: 'raid', attackers: ['United States'], killed: 1 }], []);
    expect(s.fields.attackers.fn).toBe(1);
    expect(s.fields.killed.fn).toBe(1);
    expect(s.fields.date.fn).toBe(0);
  });
});

describe('fields', () => {
  it('date: cut to the gold precision; a less precise prediction disagrees', () => {
    expect(scoreArticle([{ type: 'shelling', date: '2021-04' }], [ev()]).fields.date.tp).toBe(1);
    const s = scoreArticle([{ type: 'shelling', date: '2021-04-04' }], [ev({ date: { value: '2021-04', precision: 'month', text: 'in April', start: 0, end: 8 } })]);
    expect(s.fields.date).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('location: same country and the gold name inside name, place or admin1', () => {
    expect(scoreArticle([{ type: 'shelling', location: { name: 'Balad', country_code: 'IQ' } }], [ev()]).fields.location.tp).toBe(1);
    expect(scoreArticle([{ type: 'shelling', location: { name: 'Saladin', country_code: 'IQ' } }], [ev()]).fields.location.tp).toBe(1);
    expect(scoreArticle([{ type: 'shelling', location: { name: 'Balad', country_code: 'SY' } }], [ev()]).fields.location).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('sets: alternatives count once; extra predictions are false positives', () => {
    const s = scoreArticle(
      [{ type: 'shelling', targets: [['Balad airbase', 'airbase'], ['United States', 'US soldiers']] }],
      [ev({ targets: [actor('Iraqi airbase'), actor('United States', 'US soldiers'), actor('Iraqi civilian')] })],
    );
    expect(s.fields.targets).toEqual({ tp: 2, fp: 1, fn: 0 });
  });
  it('killed: a number, or low and high for a gold range', () => {
    expect(scoreArticle([{ type: 'shelling', killed: 0 }], [ev({ killed: count(0) })]).fields.killed.tp).toBe(1);
    expect(scoreArticle([{ type: 'shelling', killed: { low: 1, high: 22 } }], [ev({ killed: count(22, 1, 22) })]).fields.killed.tp).toBe(1);
    expect(scoreArticle([{ type: 'shelling', killed: { low: 1, high: 22 } }], [ev({ killed: count(22) })]).fields.killed).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('absent gold fields are not scored; a missing prediction is a false negative only', () => {
    const s = scoreArticle([{ type: 'shelling', wounded: 2 }], [ev({ killed: count(3) })]);
    expect(s.fields.killed).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(s.fields.wounded).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
  it('responsibility and aggregate: equal', () => {
    const s = scoreArticle([{ type: 'shelling', responsibility: 'unclaimed', aggregate: false }], [ev({ responsibility: 'unclaimed' })]);
    expect(s.fields.responsibility.tp).toBe(1);
    expect(s.fields.aggregate.tp).toBe(1);
  });
  it('slot totals are the micro-average over fields', () => {
    const s = scoreArticle([{ type: 'shelling', killed: 1 }], [ev({ killed: count(2) })]);
    expect(slotTotals(s)).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(prf(slotTotals(s)).f1).toBeCloseTo(0.5);
  });
});
