// MUC-4 events we missed (muc-missed-16): explosives thrown or laid told by the verb and the charge, no bomb noun
// ("hurled explosives at a market", "placed a charge of dynamite under a bus"): a pattern of `bomb-verb`, which needs a
// violence cue in the sentence besides (engineers place charges to demolish a bridge); and a denial of a part in a deed
// ("denied that the trip is linked to the assassination of X") no longer `negated`: the deed is told as done.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1990-04-08'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });

describe('bomb-verb: explosives thrown or laid', () => {
  it('codes "placed a charge of dynamite under a bus" as a bombing, with its span and rule', () => {
    const text = 'LIMA, 14 JUL 89 (EFE) -- THE TERRORISTS PLACED A CHARGE OF DYNAMITE UNDER A BUS IN WHICH THERE WERE SOVIET FISHERMEN.';
    const r = code(text, '1989-07-14');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('bombing');
    expect(e.trigger.text).toBe('PLACED A CHARGE OF DYNAMITE');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.explain?.type).toEqual(['bomb-verb']);
    expect(e.targets.map((t) => t.name)).toContain('bus');
  });
  it('codes "hurled explosives at a market" with its place and toll', () => {
    const text = 'LIMA, 7 APR 90 (EFE) -- THE SHINING PATH TERRORISTS HURLED EXPLOSIVES AT A MARKET IN HUARAZ, INJURING 15 PEOPLE.';
    const r = code(text);
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.trigger.text).toBe('HURLED EXPLOSIVES');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.explain?.type).toEqual(['bomb-verb']);
    expect(e.location?.name).toBe('Huaraz');
    expect(e.wounded?.value).toBe(15);
  });
  it('needs a violence cue besides the charge: a demolition is no bombing', () => {
    for (const text of [
      'LIMA, 7 APR 90 (EFE) -- THE ENGINEERS PLACED EXPLOSIVE CHARGES TO DEMOLISH THE OLD BRIDGE IN HUARAZ.',
      'LIMA, 7 APR 90 (EFE) -- THE MINERS SET OFF DYNAMITE STICKS IN THE NEW SHAFT NEAR HUARAZ.',
    ]) {
      expect(code(text).events).toEqual([]);
    }
  });
});

describe('negated: a denial of a part in the deed is no denial of the deed', () => {
  const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule);
  it('codes "denied that the postponement is linked to the assassination of X, 3 days ago", with its date', () => {
    const text = 'SAN SALVADOR, 15 JAN 90 (AFP) -- SANDOVAL ALSO DENIED THAT POSTPONEMENT OF THE TRIP IS LINKED TO THE ASSASSINATION OF HECTOR OQUELI, A SALVADORAN LEADER, 3 DAYS AGO IN GUATEMALA.';
    const r = code(text, '1990-01-15');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.trigger.text).toBe('ASSASSINATION');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.explain?.type).toEqual(['assassinate']);
    expect(e.date?.value).toBe('1990-01-12');
    expect(fired(r, 'negated')).toEqual([]);
  });
  it('codes "denied having carried out a dynamite attack"', () => {
    const text = 'SAN SALVADOR, 3 MAY 89 (EFE) -- SALVADORAN GUERRILLAS TODAY DENIED HAVING CARRIED OUT A DYNAMITE ATTACK AGAINST A WAREHOUSE IN SAN SALVADOR.';
    const r = code(text, '1989-05-03');
    expect(r.events.map((e) => e.trigger.text)).toEqual(['DYNAMITE ATTACK']);
    expect(fired(r, 'negated')).toEqual([]);
  });
  it('still rejects the deed denied: "denied that the army is bombing civilian areas"', () => {
    const text = 'SAN SALVADOR, 13 DEC 89 (EFE) -- THE DEFENSE MINISTER DENIED THAT THE ARMY IS BOMBING CIVILIAN AREAS, AS THE GUERRILLAS CHARGED TODAY.';
    const r = code(text, '1989-12-13');
    expect(r.events).toEqual([]);
    expect(fired(r, 'negated').map((f) => f.text)).toEqual(['BOMBING']);
  });
});
