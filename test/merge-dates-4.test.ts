// Dates of merged incidents (refine/merge.ts, dates): the report's day after "according to …" is no incident date;
// values, rule names and negative cases. (`same-town-retelling`, once tested here, was removed in stop 33: it fired on
// one article of 2,984.)
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

describe('report-day-skip after "according to …"', () => {
  const dated = (text: string) => extract(text, { explain: true, scope: 'terrorism' }).events.map((e) => [e.date.value, e.date.text, e.explain?.date ?? null]);

  it('"ACCORDING TO MILITARY SOURCES TODAY" dates the report: the lead\'s incident takes the day the story gives it', () => {
    const text =
      'AYACUCHO, 4 OCT 89 (EFE) -- [TEXT] ACCORDING TO MILITARY SOURCES TODAY, THREE MEMBERS OF THE PEASANT DEFENSE PATROLS WERE MURDERED BY A COLUMN OF SHINING PATH MEMBERS.  ' +
      'THE ATTACK TOOK PLACE YESTERDAY IN HUANTA.';
    const [e] = extract(text, { explain: true, scope: 'terrorism' }).events;
    expect(e!.date).toMatchObject({ value: '1989-10-03', text: 'YESTERDAY', start: text.indexOf('YESTERDAY') });
    // (the merge reads no report day as the incident's: "THE ATTACK TOOK PLACE YESTERDAY" joins it and dates it itself)
    expect(e!.explain?.date).toEqual(['casual-day']);
  });

  it('"ACCORDING TO THE MAYOR TODAY" leaves the lead\'s incident undated', () => {
    const text = 'LIMA, 30 OCT 89 (EFE) -- [TEXT] ACCORDING TO THE MAYOR TODAY, SHINING PATH GUERRILLAS BURNED THE TOWN HALL OF HUANTA.';
    expect(dated(text)).toEqual([[null, null, null]]);
  });

  it('a "TODAY" of the incident after "according to" still dates it (negative)', () => {
    const text = 'AYACUCHO, 4 OCT 89 (EFE) -- [TEXT] THREE MEMBERS OF THE PEASANT DEFENSE PATROLS WERE MURDERED TODAY BY A COLUMN OF SHINING PATH MEMBERS, ACCORDING TO MILITARY SOURCES.';
    expect(dated(text)).toEqual([['1989-10-04', 'TODAY', ['casual-day']]]);
  });
});

describe('report-day-skip after a verb of condemning, denying or regretting', () => {
  const dated = (text: string) => extract(text, { explain: true, scope: 'terrorism' }).events.map((e) => [e.date.value, e.date.text, e.explain?.date ?? null]);

  it('"CONDEMNED TODAY THE ASSASSINATION" dates the condemnation, not the assassination', () => {
    const text = 'GUATEMALA CITY, 13 JAN 90 (EFE) -- [TEXT] THE GUATEMALAN FOREIGN MINISTRY CONDEMNED TODAY THE ASSASSINATION OF LEFTIST SALVADORAN LEADER HECTOR OQUELI.';
    expect(dated(text)).toEqual([[null, null, null]]);
  });

  it('a "TODAY" of the incident before "THE POLICE INDICATED" still dates it (negative)', () => {
    const text = 'SAN SALVADOR, 3 MAY 89 (EFE) -- [TEXT] GUERRILLAS DYNAMITED A U.S. EMBASSY WAREHOUSE IN SAN SALVADOR TODAY, THE POLICE INDICATED.';
    expect(dated(text)).toEqual([['1989-05-03', 'TODAY', ['casual-day']]]);
  });

  it('"CONDEMNED YESTERDAY\'S ATTACK" names the day of the attack: it dates it (negative)', () => {
    const text = "MANAGUA, 27 AUG 88 (RADIO SANDINO) -- [EXCERPT] THE MANAGEMENT OF AERONICA CONDEMNED YESTERDAY'S ATTACK ON ITS REGIONAL OFFICE IN GUATEMALA CITY.";
    const ds = dated(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.slice(0, 2)).toEqual(['1988-08-26', 'YESTERDAY']);
  });
});
