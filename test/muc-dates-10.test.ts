// MUC date slots (muc-dates-10): a day told in a later sentence of the incident over the month or period of its first
// (day-over-period), a date in quotation marks or before "neighborhood" as a name (name-not-date), a further deed told
// with an ordinal ("A THIRD EXPLOSION", date-same-time): values, spans, rule names and negatives.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { findDates } from '../src/core/extract/dates/index.js';
import type { EventRecord } from '../src/core/types.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism' });
const dateRules = (es: EventRecord[]) => es.flatMap((e) => e.explain?.date ?? []);

describe('day-over-period: a day of a later sentence of the incident within the period of its first', () => {
  const lead = 'BOGOTA, 1 OCT 89 (EFE) -- [TEXT] THE ELN GUERRILLA MOVEMENT, WHICH KIDNAPPED SPANISH BUSINESSMAN PABLO MARTIN BERROCAL ALMOST 2 MONTHS AGO IN QUITO, IS DEMANDING A RANSOM FOR HIS RELEASE.  ';
  it('"KIDNAPPED … 2 MONTHS AGO … KIDNAPPED THE BUSINESSMAN LAST 9 AUGUST": the day', () => {
    const text = `${lead}COLOMBIAN GUERRILLAS, DISGUISED AS POLICEMEN, KIDNAPPED THE 55-YEAR-OLD BUSINESSMAN LAST 9 AUGUST AT HIS HOTEL IN QUITO.`;
    const es = run(text).events;
    expect(es).toHaveLength(1);
    const e = es[0]!;
    expect([e.date.value, e.date.precision, e.date.text]).toEqual(['1989-08-09', 'day', '9 AUGUST']);
    expect(text.slice(e.date.start!, e.date.end!)).toBe('9 AUGUST');
    expect(e.explain?.date?.[0]).toMatch(/>day-over-period$/);
  });
  it('not a day outside the period: the period stays (and a MUC wire keeps no month)', () => {
    const text = `${lead}COLOMBIAN GUERRILLAS, DISGUISED AS POLICEMEN, KIDNAPPED THE 55-YEAR-OLD BUSINESSMAN LAST 9 JUNE AT HIS HOTEL IN QUITO.`;
    const es = run(text).events;
    expect(es[0]!.date.value).toBeNull();
    expect(dateRules(es).some((r) => /day-over-period/.test(r))).toBe(false);
  });
});

describe('name-not-date: a quoted date with a word after it, a date before "neighborhood"', () => {
  it('"THE \\"9 MAY\\" PEOPLE\'S LIBERATION FORCES" is a name', () => {
    expect(findDates('A NEW GUERRILLA GROUP CALLING ITSELF THE "9 MAY" PEOPLE\'S LIBERATION FORCES ANNOUNCED ITS EMERGENCE.', '1989-07-20')).toEqual([]);
  });
  it('"THE 14 JULY NEIGHBORHOOD" is a name', () => {
    expect(findDates('THE STRETCH HAS BEEN CONTROLLED IN THE VICINITY OF THE 14 JULY NEIGHBORHOOD.', '1989-11-13')).toEqual([]);
  });
  it('a quoted date before a dash is a date', () => {
    const [d] = findDates('THE FMLN WAS ASKED TO SUSPEND -- NO LATER THAN "15 DECEMBER" -- THE FIGHTING.', '1989-12-20');
    expect([d?.value, d?.text]).toEqual(['1989-12-15', '15 DECEMBER']);
  });
  it('an incident named after the group takes the dateline\'s day, not the name', () => {
    const text = 'TEGUCIGALPA, 20 JUL 89 (DPA) -- [TEXT] WITH SIMULTANEOUS BOMB EXPLOSIONS IN THE CAPITAL, A NEW GUERRILLA GROUP CALLING ITSELF THE "9 MAY" PEOPLE\'S LIBERATION FORCES ANNOUNCED ITS EMERGENCE.';
    const values = run(text).events.map((e) => e.date.value);
    expect(values).not.toContain('1989-05-09');
  });
});

describe('date-same-time: a deed told with an ordinal', () => {
  const lead = 'GUATEMALA CITY, 10 AUG 89 (AFP) -- [TEXT] UNIDENTIFIED PERSONS THREW A GRENADE AT A PASSENGER BUS ON THE ROAD TO PUERTO BARRIOS TODAY.  THE FATALITY WAS AN UNIDENTIFIED WOMAN.  ';
  it('"A THIRD EXPLOSION OCCURRED" keeps the day of the incident before', () => {
    const text = `${lead}A THIRD EXPLOSION OCCURRED ON THE FIRST FLOOR OF A BUILDING IN ZONE 9.`;
    const e = run(text).events.find((x) => x.trigger.text === 'EXPLOSION')!;
    expect([e.date.value, e.date.text]).toEqual(['1989-08-10', 'TODAY']);
    expect(text.slice(e.date.start!, e.date.end!)).toBe('TODAY');
    expect(e.explain?.date).toEqual(['date-same-time']);
  });
  it('not without the ordinal', () => {
    const text = `${lead}AN EXPLOSION OCCURRED ON THE FIRST FLOOR OF A BUILDING IN ZONE 9.`;
    const e = run(text).events.find((x) => x.trigger.text === 'EXPLOSION');
    expect(e?.explain?.date ?? []).not.toContain('date-same-time');
  });
  it('not when the incident before is dated by the lead only (a summary lead lends no date on)', () => {
    const text = 'GUATEMALA CITY, 10 AUG 89 (AFP) -- [TEXT] THREE EXPLOSIONS ROCKED GUATEMALA CITY TODAY, LEAVING AT LEAST ONE DEAD.  UNIDENTIFIED PERSONS THREW A GRENADE AT A PASSENGER BUS ON THE ROAD TO PUERTO BARRIOS.  THE FATALITY WAS AN UNIDENTIFIED WOMAN.  A THIRD EXPLOSION OCCURRED ON THE FIRST FLOOR OF A BUILDING IN ZONE 9.';
    expect(dateRules(run(text).events)).not.toContain('date-same-time');
  });
});

describe('report-day-skip: a bare weekday after a verb of saying', () => {
  it('"…, the Committee to Protect Journalists said Thursday": the incident takes the day told after', () => {
    const text = 'NEW YORK, February 16, 2023 — Mexican authorities must investigate the killing of journalist Ricardo Salgado Ortiz, the Committee to Protect Journalists said Thursday.\n\nOn Tuesday evening, two unidentified men on a motorcycle shot Salgado several times outside his home in Tehuacán, in the state of Puebla.';
    const r = extract(text, { explain: true });
    expect(r.events.map((e) => [e.date.value, e.date.text])).toEqual([['2023-02-14', 'On Tuesday evening']]);
  });
  it('not a weekday that dates the deed ("gunmen killed five people Thursday")', () => {
    const e = extract('KANO, Nigeria, March 5, 2021 (AP) - Gunmen killed five people Thursday in the village of Kaura, police said.', { explain: true }).events[0]!;
    expect([e.date.value, e.date.text]).toEqual(['2021-03-04', 'Thursday']);
  });
});
