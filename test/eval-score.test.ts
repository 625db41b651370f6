// The scorer, rule by rule of docs/gold.md.
import { describe, expect, it } from 'vitest';
import { checkGold, nameMatch, pairScore, prf, scoreArticle, scoreCorpus, slotTotals, type GoldEvent } from '../src/eval/score.js';
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
    expect(nameMatch('USAID', 'US')).toBe(false);
    expect(nameMatch('Sao Paulo', 'são paulo')).toBe(true);
    expect(nameMatch('San Salvador', 'Salvador')).toBe(true);
    expect(nameMatch('Salvador', 'El Salvadoran')).toBe(false);
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
  it('pairs under a score of 2 are not paired: a wrong type with only the date agreeing scores 1', () => {
    const s = scoreArticle([{ type: 'raid', date: '2021-04-04', location: { country_code: 'SY' } }], [ev()]);
    expect(s.events).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(pairScore({ type: 'raid', date: '2021-04-04', location: { country_code: 'SY' } }, ev())).toBe(1);
  });
  it('pair score is 2 for type + 1 each for date, country, killed (taken literally: wrong type, right date and country pairs)', () => {
    expect(pairScore({ type: 'shelling', date: '2021-04-04', location: { country_code: 'IQ' }, killed: 0 }, ev({ killed: count(0) }))).toBe(5);
    expect(pairScore({ type: 'shelling' }, ev())).toBe(2);
    const s = scoreArticle([{ type: 'raid', date: '2021-04-04', location: { country_code: 'IQ' } }], [ev()]);
    expect(s.events).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.fields.type).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('greedy best pair first, not first come: the better pair wins even when listed later', () => {
    // gold 0 pairs with either prediction at score 2; gold 1 only with prediction 0 at 4 → 4 first
    const gold: GoldEvent[] = [{ type: 'shelling' }, { type: 'shelling', date: '2021-04-04', location: { country_code: 'IQ' } }];
    const p0 = ev();
    const p1 = ev({ date: { value: '2020-01-01', precision: 'day', text: 'x', start: 0, end: 1 }, location: null });
    const s = scoreArticle(gold, [p0, p1]);
    expect(s.events).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.fields.date).toEqual({ tp: 1, fp: 0, fn: 0 }); // gold 1 got p0; gold 0 has no date
    expect(s.fields.location).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('pairing is one to one: a second gold event left alone is a false negative', () => {
    const s = scoreArticle([{ type: 'shelling' }, { type: 'shelling' }], [ev()]);
    expect(s.events).toEqual({ tp: 1, fp: 0, fn: 1 });
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
  it('unpaired predictions count each field they have, one per set element; null counts are no slot, zero is', () => {
    const s = scoreArticle([], [ev({ attackers: [actor('ELN'), actor('FARC')], weapons: [], killed: count(0), wounded: null, responsibility: 'unknown' })]);
    expect(s.fields.attackers.fp).toBe(2);
    expect(s.fields.weapons.fp).toBe(0);
    expect(s.fields.killed.fp).toBe(1);
    expect(s.fields.wounded.fp).toBe(0);
    expect(s.fields.responsibility.fp).toBe(0);
    expect(s.fields.date.fp).toBe(1);
    expect(s.fields.location.fp).toBe(1);
    expect(s.fields.aggregate.fp).toBe(1);
    expect(scoreArticle([], [ev({ date: { value: null, precision: 'unknown', text: null, start: null, end: null }, location: null })]).fields.date.fp).toBe(0);
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
  it('date: a year gold takes any date of that year; a different day disagrees', () => {
    expect(scoreArticle([{ type: 'shelling', date: '2021' }], [ev()]).fields.date.tp).toBe(1);
    expect(scoreArticle([{ type: 'shelling', date: '2021-04-05' }], [ev()]).fields.date).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreArticle([{ type: 'shelling', date: '2021-04' }], [ev({ date: { value: '2021', precision: 'year', text: 'this year', start: 0, end: 9 } })]).fields.date).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('location: gold without a name needs only the country; a gold name must match as whole words', () => {
    expect(scoreArticle([{ type: 'shelling', location: { country_code: 'IQ' } }], [ev()]).fields.location.tp).toBe(1);
    expect(scoreArticle([{ type: 'shelling', location: { name: 'BALAD AIRBASE', country_code: 'IQ' } }], [ev()]).fields.location.tp).toBe(1);
    expect(scoreArticle([{ type: 'shelling', location: { name: 'Bala', country_code: 'IQ' } }], [ev()]).fields.location.tp).toBe(0);
    expect(scoreArticle([{ type: 'shelling', location: { name: 'Balad', country_code: 'IQ' } }], [ev({ location: null })]).fields.location).toEqual({ tp: 0, fp: 0, fn: 1 });
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
  it('actors: the gold name matches the predicted name or text; "US" does not match "USAID"; one to one', () => {
    expect(scoreArticle([{ type: 'shelling', attackers: ['US'] }], [ev({ attackers: [actor('USAID')] })]).fields.attackers).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreArticle([{ type: 'shelling', attackers: ['Islamic State'] }], [ev({ attackers: [actor('IS', 'Islamic State militants')] })]).fields.attackers.tp).toBe(1);
    expect(scoreArticle([{ type: 'shelling', targets: ['soldiers', 'soldiers'] }], [ev({ targets: [actor('soldiers')] })]).fields.targets).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(scoreArticle([{ type: 'shelling', targets: [['soldiers', 'troops']] }], [ev({ targets: [actor('troops'), actor('soldiers')] })]).fields.targets).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
  it('weapons: as actors', () => {
    const w = (name: string, text = name) => ({ name, count: null, text, start: 0, end: text.length });
    expect(scoreArticle([{ type: 'shelling', weapons: ['rocket'] }], [ev({ weapons: [w('rocket', 'Katyusha rocket')] })]).fields.weapons.tp).toBe(1);
    expect(scoreArticle([{ type: 'shelling', weapons: ['rocket'] }], [ev({ weapons: [w('rockets')] })]).fields.weapons).toEqual({ tp: 0, fp: 1, fn: 1 });
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
  it('absent gold fields in a paired event: extra targets, weapons, a date are neither TP nor FP', () => {
    const s = scoreArticle([{ type: 'shelling' }], [ev({ targets: [actor('x')], killed: count(0) })]);
    expect(slotTotals(s)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('killed 0 is a value; a null prediction against gold 0 is a false negative only', () => {
    expect(scoreArticle([{ type: 'shelling', killed: 0 }], [ev()]).fields.killed).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(scoreArticle([{ type: 'shelling', wounded: 0 }], [ev({ wounded: count(3) })]).fields.wounded).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
  it('responsibility and aggregate: equal', () => {
    expect(scoreArticle([{ type: 'shelling', responsibility: 'claimed', aggregate: true }], [ev({ responsibility: 'unclaimed' })]).fields.responsibility).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(scoreArticle([{ type: 'shelling', aggregate: true }], [ev()]).fields.aggregate).toEqual({ tp: 0, fp: 1, fn: 1 });
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

describe('corpus', () => {
  it('scoreCorpus sums the counts of its articles and tags disagreements with the article', () => {
    const a = { id: 'a', gold: [{ type: 'shelling', killed: 1 }] as GoldEvent[], predicted: [ev({ killed: count(2) })] };
    const b = { id: 'b', gold: [] as GoldEvent[], predicted: [ev()] };
    const s = scoreCorpus([a, b]);
    expect(s.events).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.fields.killed).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.disagreements.map((d) => d.article)).toEqual(['a', 'b']);
  });
  it('checkGold rejects a malformed gold file with a reason', () => {
    expect(() => checkGold({ events: [{ date: '2021-04-04' }] })).toThrow(/type/);
    expect(() => checkGold({ events: [{ type: 'raid', date: '4 April 2021' }] })).toThrow(/date/);
    expect(() => checkGold({})).toThrow(/events/);
    expect(checkGold({ id: 'x', events: [] }).events).toEqual([]);
  });
});
