// MUC date slots: a day told in GMT (gmt-day), a day after publication (date-future-skip), a further deed told after
// a fronted "in addition" (date-same-time), and the records' properties that replace rule-name tests
// (`yields`, `whole`): values, spans and rule names, with negative cases.
import { describe, expect, it } from 'vitest';
import { run as coded } from './helpers/run.js';
import { findDates } from '../src/core/extract/dates/index.js';
import { CHRONO_PARSERS, REFINERS } from '../src/core/extract/dates/rules.js';
import { FUTURE_DAY } from '../src/core/refine/when.js';
import type { EventRecord } from '../src/core/types.js';

const chain = (rule: string) => rule.split('>');
const run = (text: string) => coded(text, { published: null }).res;
const dateRules = (es: EventRecord[]) => es.flatMap((e) => e.explain?.date ?? []);

describe('gmt-day: a day told with a GMT time is the local day, or none', () => {
  it('a local time more than 12 hours ahead of GMT: the day before', () => {
    const text = 'THE FIRST BOMB ATTACK OCCURRED AT 2230 [0230 GMT ON 12 JANUARY] IN FRONT OF THE MINISTRY.';
    const [d] = findDates(text, '1990-01-12');
    expect(d?.value).toBe('1990-01-11');
    expect(d?.text).toBe('ON 12 JANUARY');
    expect(text.slice(d!.start, d!.end)).toBe(d!.text);
    expect(chain(d!.rule)).toContain('gmt-day');
  });
  it('without a bracket before the time: the day read after a round bracket', () => {
    const text = 'VARGAS WAS SHOT TO DEATH AS HE ARRIVED AT HIS HOUSE AT 1950 (0050 GMT 18 OCTOBER).';
    const [d] = findDates(text, '1989-10-17');
    expect([d?.value, d?.text, chain(d!.rule).includes('gmt-day')]).toEqual(['1989-10-17', '18 OCTOBER', true]);
  });
  it('a local time behind GMT within 12 hours: the same day', () => {
    const [d] = findDates('THE BOMB EXPLODED AT 0900 [1500 GMT ON 3 APRIL] IN LIMA.', '2021-04-04');
    expect(d?.value).toBe('2021-04-03');
  });
  it('no local time: no date (Greenwich\'s day may not be the local one)', () => {
    expect(findDates('THE BOMBS WENT OFF AT APPROXIMATELY 0400 GMT ON 10 SEPTEMBER IN A RESIDENTIAL AREA.', '1989-09-10')).toEqual([]);
  });
  it('not a local day after a GMT time in brackets, nor a day with no GMT time', () => {
    const a = findDates('THE UPRISING BEGAN AT 1100 (1700 GMT) ON 26 MARCH.', '1989-03-28');
    expect(a.map((d) => [d.value, d.text])).toEqual([['1989-03-26', 'ON 26 MARCH']]);
    expect(chain(a[0]!.rule)).not.toContain('gmt-day');
    const b = findDates('AT 2000 ON 11 NOVEMBER [0200 GMT ON 12 NOVEMBER], THE FMLN ATTACKED.', '1989-11-12');
    expect(b.map((d) => [d.value, d.text])).toEqual([['1989-11-11', 'ON 11 NOVEMBER']]);
  });
  it('an incident dated by the converted day', () => {
    const text = 'LA PAZ, 12 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED AT 2230 [0230 GMT ON 12 JANUARY] IN FRONT OF THE PLANNING MINISTRY IN LA PAZ.';
    const e = run(text).events[0]!;
    expect(e.date.value).toBe('1990-01-11');
    expect(text.slice(e.date.start!, e.date.end!)).toBe('ON 12 JANUARY');
    expect(e.explain?.date?.[0]).toContain('gmt-day');
  });
});

describe('date-future-skip: a day after publication dates no incident', () => {
  it('the incident takes no date from a meeting still to come', () => {
    const r = run(FUTURE_DAY.examples.pos[0]!);
    const e = r.events[0]!;
    expect(e.date.value).toBeNull();
    expect(r.trace?.some((t) => t.rule === FUTURE_DAY.name && t.action === 'reject' && t.text === '20 NOVEMBER')).toBe(true);
  });
  it('the incident takes its next date when a day to come is nearer', () => {
    const text = 'MANAGUA, 22 FEB 90 -- [TEXT] ON 19 FEBRUARY, BEFORE THE RALLY SCHEDULED FOR SUNDAY, 25 FEBRUARY, GUNMEN KILLED A UNO CANDIDATE IN MATAGALPA.';
    const e = run(text).events[0]!;
    expect([e.date.value, e.date.text]).toEqual(['1990-02-19', 'ON 19 FEBRUARY']);
  });
  it('not a day whose year is stated (a range that runs past the note\'s date)', () => {
    const r = coded('Between 7 and 9 February 2022, junta soldiers detained 3 men from villages near Kani during a raid.', { scope: 'all', published: '2022-02-08' }).res;
    expect(r.events[0]?.date.value?.slice(0, 7)).toBe('2022-02');
    expect(r.trace?.some((t) => t.rule === FUTURE_DAY.name)).toBe(false);
  });
  it('not a day on or before publication', () => {
    const r = run(FUTURE_DAY.examples.neg[0]!);
    expect(r.events[0]?.date.value).toBe('1989-11-02');
    expect(r.trace?.some((t) => t.rule === FUTURE_DAY.name)).toBe(false);
  });
});

describe('date-same-time: a fronted "in addition"', () => {
  const lead = 'SAN SALVADOR, 29 MAR 89 (ACAN-EFE) -- [TEXT] THE GUERRILLAS DESTROYED 10 POWER TRANSMISSION TOWERS TODAY IN THE NORTH.  THE POWER COMPANY GAVE THE FIGURES.  ';
  it('"IN ADDITION, URBAN GUERRILLAS BLEW UP A BUS" keeps the day of the towers', () => {
    const text = `${lead}IN ADDITION, URBAN GUERRILLAS BLEW UP A PUBLIC BUS NORTH OF SAN SALVADOR.`;
    const e = run(text).events.find((x) => x.trigger.text === 'BLEW UP')!;
    expect(e.date.value).toBe('1989-03-29');
    expect(e.date.text).toBe('TODAY');
    expect(e.explain?.date).toEqual(['date-same-time']);
  });
  it('not "in addition to" a deed of another time', () => {
    const text = `${lead}URBAN GUERRILLAS BLEW UP A PUBLIC BUS NORTH OF SAN SALVADOR IN ADDITION TO THE ONE BURNED LAST WEEK.`;
    expect(dateRules(run(text).events)).not.toContain('date-same-time');
  });
  it('not without the adverbial', () => {
    const text = `${lead}URBAN GUERRILLAS BLEW UP A PUBLIC BUS NORTH OF SAN SALVADOR.`;
    const es = run(text).events;
    expect(dateRules(es)).not.toContain('date-same-time');
    expect(es.find((x) => x.trigger.text === 'BLEW UP')?.date.value ?? null).toBeNull();
  });
});

describe('records, not rule names, decide how a date rule applies', () => {
  it('a weekday merged with its date is named after the date\'s parser (`yields`)', () => {
    expect(CHRONO_PARSERS.filter((p) => p.yields).map((p) => p.name)).toEqual(['weekday']);
    const [d] = findDates('The blackout occurred on Saturday night, 1 October.', '2021-10-04');
    expect(chain(d!.rule)[0]).toBe('day-month');
    expect(chain(d!.rule)).toContain('weekday-with-date');
    const [w] = findDates('Gunmen attacked the village on Monday.', '2021-04-04');
    expect(chain(w!.rule)[0]).toBe('weekday');
  });
  it('the records that read the whole list (`whole`) merge neighbours', () => {
    expect(REFINERS.filter((r) => r.whole).map((r) => r.name)).toEqual(['weekday-with-date', 'casual-day-with-date']);
    const [d] = findDates('Rebels attacked the post yesterday, 13 November.', '2021-11-14');
    expect([d?.value, d?.text]).toEqual(['2021-11-13', 'yesterday, 13 November']);
    expect(chain(d!.rule)).toContain('casual-day-with-date');
  });
});
