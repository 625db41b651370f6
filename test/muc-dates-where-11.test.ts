// MUC date and location slots (muc-dates-where-11): report-day-skip widened to a day of the month right before a verb
// of claiming or announcing ("WHICH ON 25 JANUARY CLAIMED RESPONSIBILITY"), to verbs of promising ("TODAY PROMISED TO
// INVESTIGATE THE MURDER"), and "told the media today" read on the trimmed text; other-place-skip for an envoy's post ("AMBASSADOR TO SPAIN") and a
// traveller's origin ("ARRIVED FROM GUATEMALA"): values, spans, rules and negatives.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { REPORT_DAY_RULES } from '../src/core/refine/roles.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism' });

describe('report-day-skip: a day of the month right before a verb of claiming or announcing', () => {
  it('"THE MOVEMENT, WHICH ON 25 JANUARY CLAIMED RESPONSIBILITY FOR KILLING …, CLAIMED RESPONSIBILITY TODAY FOR … A BOMB": the bomb is of today', () => {
    const text = 'TEGUCIGALPA, 7 FEB 89 (ACAN-EFE) -- [TEXT] THE CINCHONERO POPULAR LIBERATION MOVEMENT, WHICH ON 25 JANUARY CLAIMED RESPONSIBILITY FOR KILLING FORMER HONDURAN ARMED FORCES CHIEF GENERAL GUSTAVO ALVAREZ, CLAIMED RESPONSIBILITY TODAY FOR DETONATING A BOMB AT TELEPHONE COMPANY OFFICES IN SAN PEDRO SULA, NORTHERN HONDURAS.';
    const bomb = run(text).events.find((e) => e.trigger.text === 'BOMB')!;
    expect([bomb.date.value, bomb.date.text]).toEqual(['1989-02-07', 'TODAY']);
    expect(text.slice(bomb.date.start!, bomb.date.end!)).toBe('TODAY');
    expect(bomb.explain?.date).toEqual(['casual-day']);
  });
  it('not a day of the month before the incident\'s own clause ("ON 10 MARCH ALLEGED SHINING PATH MEMBERS MURDERED")', () => {
    const text = 'LIMA, 11 MAR 89 (EFE) -- [TEXT] IT WAS OFFICIALLY REPORTED TODAY THAT ON 10 MARCH ALLEGED SHINING PATH MEMBERS MURDERED FOUR MEMBERS OF A FAMILY IN SANTA MARIA DEL VALLE, HUANUCO DEPARTMENT.';
    const e = run(text).events[0]!;
    expect([e.date.value, e.date.text]).toEqual(['1989-03-10', 'ON 10 MARCH']);
    expect(text.slice(e.date.start!, e.date.end!)).toBe('ON 10 MARCH');
  });
  it('not a day of the month a comma ends before "SAID" (the record\'s own test)', () => {
    const day = REPORT_DAY_RULES.filter((r) => r.date.test('ON 21 JUNE'));
    expect(day.map((r) => r.name)).toEqual(['report-day-skip']);
    expect(day[0]!.after!.test(' claimed responsibility')).toBe(true);
    expect(day[0]!.after!.test(', said that she is out of danger')).toBe(false);
    expect(day[0]!.after!.test(' alleged shining path members murdered')).toBe(false);
  });
});

describe('report-day-skip: "today" beside a verb of promising, and after "told the media"', () => {
  it('"THE GOVERNMENT TODAY PROMISED TO INVESTIGATE THE MURDER OF SIX JESUIT PRIESTS WHO WERE MURDERED ON 16 NOVEMBER": the day of the murder', () => {
    const text = 'SAN SALVADOR, 18 NOV 89 (ACAN - EFE) -- [TEXT] SALVADORAN DEPUTY FOREIGN MINISTER RICARDO VALDIVIESO SAID THAT THE SALVADORAN GOVERNMENT TODAY PROMISED TO INVESTIGATE "IN DETAIL" THE MURDER OF SIX JESUIT PRIESTS WHO WERE MURDERED ON 16 NOVEMBER.';
    const e = run(text).events[0]!;
    expect([e.date.value, e.date.text]).toEqual(['1989-11-16', 'ON 16 NOVEMBER']);
    expect(text.slice(e.date.start!, e.date.end!)).toBe('ON 16 NOVEMBER');
  });
  it('"… BEFORE THE KILLING, PONCE TOLD THE MEDIA TODAY": the report\'s day dates no incident', () => {
    const text = 'SAN SALVADOR, 8 JAN 90 (ACAN-EFE) -- [TEXT] THE PRESIDENT SPOKE ABOUT THE ECONOMY.  THESE SALVADORAN SOLDIERS HAD SEARCHED THE JESUITS\' RESIDENCE 2 DAYS BEFORE THE KILLING OF THE SIX PRIESTS, PONCE TOLD THE MEDIA TODAY.';
    for (const e of run(text).events) expect(e.date.text).not.toBe('TODAY');
  });
  it('not a day that dates the deed ("GUERRILLAS MURDERED THE MAYOR TODAY, THE ARMY REPORTED")', () => {
    const text = 'SAN SALVADOR, 18 NOV 89 (ACAN - EFE) -- [TEXT] GUERRILLAS MURDERED THE MAYOR OF SAN MIGUEL TODAY, THE ARMY REPORTED.';
    const e = run(text).events[0]!;
    expect([e.date.value, e.date.text]).toEqual(['1989-11-18', 'TODAY']);
  });
});

describe('other-place-skip: where an envoy is sent, or where a traveller comes from', () => {
  it('"FORMER GUATEMALAN AMBASSADOR TO SPAIN, WAS SHOT TO DEATH": the killing stays in Guatemala City', () => {
    const text = 'GUATEMALA CITY, 25 SEP 89 (ACAN-EFE) -- [TEXT] THE POSITION HAD BEEN VACANT SINCE DANILO VARILLAS, CHRISTIAN DEMOCRATIC LEADER AND FORMER GUATEMALAN AMBASSADOR TO SPAIN, WAS SHOT TO DEATH BY UNIDENTIFIED MEN.';
    const r = run(text);
    const e = r.events[0]!;
    expect([e.location?.name, e.location?.country_code]).toEqual(['Guatemala City', 'GT']);
    expect(r.trace?.some((t) => t.rule === 'other-place-skip' && t.action === 'reject' && t.text === 'SPAIN')).toBe(true);
  });
  it('"THE WIFE OF THE MURDERED MAGISTRATE ARRIVED FROM GUATEMALA": no place of the murder', () => {
    const text = 'BOGOTA, 30 AUG 89 (EFE) -- [TEXT] UNIDENTIFIED GUNMEN MURDERED MAGISTRATE CARLOS VALENCIA TODAY.  THE WIFE OF THE MURDERED MAGISTRATE ARRIVED FROM GUATEMALA TODAY FOR THE FUNERAL.';
    const e = run(text).events[0]!;
    expect(e.location?.country_code).toBe('CO');
  });
  it('not where the deed was done ("SHOT TO DEATH IN SPAIN")', () => {
    const text = 'GUATEMALA CITY, 25 SEP 89 (ACAN-EFE) -- [TEXT] DANILO VARILLAS, A FORMER GUATEMALAN DIPLOMAT, WAS SHOT TO DEATH IN SPAIN BY UNIDENTIFIED MEN.';
    const e = run(text).events[0]!;
    expect([e.location?.name, e.location?.country_code]).toEqual(['Spain', 'ES']);
    expect(text.slice(e.location!.start!, e.location!.end!)).toBe('SPAIN');
  });
});
