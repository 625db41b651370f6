// Merging mentions of one incident (refine/merge.ts): `same-town-retelling` joins a later, undated retelling of an
// incident in the same town to it, past another incident told in between; values, rule names and negative cases.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { SAME_TOWN_RETELLING } from '../src/core/refine/merge.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism' });
const fired = (text: string) => (run(text).trace ?? []).filter((t) => t.rule === SAME_TOWN_RETELLING.name);

const LEAD = 'GUATEMALA CITY, 29 SEP 89 (EFE) -- [TEXT] ARMED MEN KIDNAPPED THREE EUROPEANS IN TECUN UMAN ON 27 SEPTEMBER.  THE POLICE SEARCHED THE AREA.  ';
const OTHER = 'IN ANOTHER DEVELOPMENT, GUERRILLAS ATTACKED A POLICE POST IN COATEPEQUE AND WOUNDED TWO POLICEMEN.  THE REBELS FLED TO THE MOUNTAINS.  ';
const RETOLD = 'A HOTEL WORKER SAID THE EUROPEANS WERE KIDNAPPED IN TECUN UMAN BY MEN IN UNIFORM.';

describe('same-town-retelling', () => {
  it('the retelling joins the kidnapping told in Tecun Uman, not the attack told last', () => {
    const text = LEAD + OTHER + RETOLD;
    const r = run(text);
    expect(r.events.map((e) => e.type)).toEqual(['abduction', 'attack']);
    const kidnap = r.events[0]!;
    expect(kidnap.date.value).toBe('1989-09-27');
    expect(kidnap.location?.name).toBe('Tecun Uman');
    expect(kidnap.evidence.map((x) => x.text)).toContain(RETOLD);
    expect(r.events[1]!.evidence.map((x) => x.text)).not.toContain(RETOLD);
    const f = fired(text);
    expect(f).toHaveLength(1);
    expect(f[0]!.action).toBe('accept');
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('KIDNAPPED');
    expect(f[0]!.start).toBe(text.lastIndexOf('KIDNAPPED'));
  });

  it('not a retelling with a date of its own: another kidnapping', () => {
    const text = LEAD + OTHER + RETOLD.replace('KIDNAPPED IN TECUN UMAN', 'KIDNAPPED IN TECUN UMAN ON 28 SEPTEMBER');
    expect(fired(text)).toHaveLength(0);
    expect(run(text).events.filter((e) => e.type === 'abduction')).toHaveLength(2);
  });

  it('not one that says it is another ("another")', () => {
    const text = LEAD + OTHER + 'A HOTEL WORKER SAID ANOTHER EUROPEAN WAS KIDNAPPED IN TECUN UMAN BY MEN IN UNIFORM.';
    expect(fired(text)).toHaveLength(0);
  });

  it('not one in another town', () => {
    const text = LEAD + OTHER + RETOLD.replace('TECUN UMAN', 'COBAN');
    expect(fired(text)).toHaveLength(0);
  });

  it('not one of another type in the same town', () => {
    const text = LEAD + OTHER + 'A HOTEL WORKER SAID A BOMB EXPLODED IN TECUN UMAN.';
    expect(fired(text)).toHaveLength(0);
  });
});

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
