// MUC-4 casualty figures and weapons: weapons seized or found are no instrument (`not-weapon-seized`, a layer rule of
// weapons/lexicon.ts), and a named victim "…, WHO WAS KILLED" is one death (`named-victims-killed`, counts/rules.ts).
import { describe, expect, it } from 'vitest';
import { WEAPON_LAYER_RULES } from '../src/core/extract/weapons/lexicon.js';
import { NAMED_DEATH_AFTER, NAMED_WOUND_AFTER } from '../src/core/extract/counts/rules.js';
import { findWeapons } from '../src/core/extract/weapons/index.js';
import { foldCase } from '../src/core/text.js';
import type { RuleFiring } from '../src/core/types.js';
import { extract } from '../src/core/index.js';
import { weaponsOf } from './helpers/weapons.js';

describe('not-weapon-seized: its examples', () => {
  const rule = WEAPON_LAYER_RULES.find((r) => r.name === 'not-weapon-seized')!;
  for (const s of rule.examples.pos) {
    it(`rejects every weapon word of: ${s.slice(0, 70)}`, () => {
      const { found, rejected } = weaponsOf(s);
      expect(found).toEqual([]);
      expect(rejected.length).toBeGreaterThan(0);
      expect(rejected.every(([r]) => r === 'not-weapon-seized')).toBe(true);
    });
  }
  for (const s of rule.examples.neg) {
    it(`keeps the weapon of: ${s.slice(0, 70)}`, () => {
      const { found, rejected } = weaponsOf(s);
      expect(found.length).toBeGreaterThan(0);
      expect(rejected).toEqual([]);
    });
  }
});

describe('not-weapon-seized: spans and names', () => {
  it('a list cut at ", and" is the subject of "were found": each word rejected with its span', () => {
    const s = 'AN M-16 RIFLE, FIVE GRENADES, AND MATERIAL FOR THE PRODUCTION OF EXPLOSIVES WERE FOUND IN THE SAME PLACE.';
    expect(weaponsOf(s).rejected).toEqual([
      ['not-weapon-seized', 'M-16'],
      ['not-weapon-seized', 'RIFLE'],
      ['not-weapon-seized', 'GRENADES'],
      ['not-weapon-seized', 'EXPLOSIVES'],
    ]);
  });
  it('without a layer the rule is not asked: the words stay', () => {
    const s = 'IN ALL, 30 RIFLES WERE SEIZED.';
    expect(findWeapons(s, foldCase(s)).map((w) => [w.name, w.text, w.start, w.end, w.rule])).toEqual([['rifle', '30 RIFLES', 8, 17, 'w-firearm']]);
  });
  it('a bomb found stays a weapon (a planted bomb is the attempt’s weapon)', () => {
    const { found } = weaponsOf('A BOMB WAS FOUND IN THE PLANE AND DEFUSED.');
    expect(found.map((w) => [w.name, w.text, w.rule])).toEqual([['bomb', 'A BOMB', 'w-explosive']]);
  });
  it('in the pipeline: the clash keeps its mortar and rifle fire, not the arms found elsewhere', () => {
    const wire =
      'SAN SALVADOR, 3 JAN 90 -- [TEXT] AN M-16 RIFLE, FIVE GRENADES, AND MATERIAL FOR THE PRODUCTION OF EXPLOSIVES WERE FOUND IN THE SAME PLACE. ' +
      'NATIONAL GUARD UNITS GUARDING THE LAS CANAS BRIDGE THIS MORNING REPELLED A TERRORIST ATTACK THAT RESULTED IN NO CASUALTIES. ' +
      'THE ARMED CLASH INVOLVED MORTAR AND RIFLE FIRE AND LASTED 30 MINUTES.';
    // (the found grenades, listed with a rifle, start no event of their own: seized-in-clause; so the clash's
    // weapons are read from its own sentences only, under the default scope that codes a clash)
    const r = extract(wire, { published: '1990-01-03', explain: true, scope: 'all' });
    const weapons = r.events.flatMap((e) => e.weapons.map((w) => w.text));
    expect(weapons).toEqual(['MORTAR', 'RIFLE']);
    expect(wire.slice(wire.indexOf('RIFLE FIRE'), wire.indexOf('RIFLE FIRE') + 5)).toBe('RIFLE');
    expect(r.events.flatMap((e) => e.weapons.map((w) => w.start))).toContain(wire.indexOf('RIFLE FIRE'));
    expect(r.trace?.filter((t) => t.action === 'reject' && t.rule === 'seized-in-clause').map((t) => t.text)).toEqual(['GRENADES']);
  });
});

describe('named-victims-killed: a relative clause right after the name', () => {
  it('", WHO WAS KILLED" after a name says the person died', () => {
    expect(NAMED_DEATH_AFTER.exec(', who was killed last friday.')?.groups?.death).toBe('was killed');
    expect(NAMED_DEATH_AFTER.exec(', who was shot to death in medellin')?.groups?.death).toBe('was shot to death');
    expect(NAMED_WOUND_AFTER.exec(', who was seriously wounded')?.groups?.wound).toBe('was seriously wounded');
  });
  it('not a relative clause that tells something else, nor a list of other words', () => {
    expect(NAMED_DEATH_AFTER.exec(', who was kidnapped in guatemala.')).toBeNull();
    expect(NAMED_DEATH_AFTER.exec(', who denied that he was killed')).toBeNull();
    expect(NAMED_WOUND_AFTER.exec(', who escaped unhurt')).toBeNull();
  });
  it('in the pipeline: Galan, who was killed last Friday, is one death under named-victims-killed', () => {
    const wire =
      'BOGOTA, 23 AUG 89 -- [TEXT] GAVIRIA RECEIVED THE BANNERS OF LUIS CARLOS GALAN, WHO WAS KILLED LAST FRIDAY BY GUNMEN OF THE MEDELLIN CARTEL.';
    const [e] = extract(wire, { published: '1989-08-23', explain: true, scope: 'terrorism' }).events;
    expect(e?.targets.map((t) => t.name)).toContain('Luis Carlos Galan');
    expect(e?.killed).toMatchObject({ value: 1 });
    expect(wire.slice(e!.killed!.start, e!.killed!.end)).toBe(e!.killed!.text);
    expect(e?.explain?.killed).toEqual(['named-victims-killed']);
  });
});

describe('terrorism-battle-casualties (refine/scope.ts): the wounded of a bare toll pair name no incident', () => {
  const tally =
    "SAN SALVADOR, 12 NOV 89 (ACAN-EFE) -- [TEXT] THE SALVADORAN ARMY ANNOUNCED TODAY THAT THIS WEEKEND'S GUERRILLA OFFENSIVE HAS RESULTED IN 127 DEAD AND 155 WOUNDED.";
  it('a campaign toll gives no event under --scope terrorism; the reject names the rule and the word', () => {
    const r = extract(tally, { published: '1989-11-12', explain: true, scope: 'terrorism' });
    expect(r.events).toEqual([]);
    const drop = r.trace?.find((t) => t.rule === 'terrorism-battle-casualties');
    expect(drop).toMatchObject({ text: 'WOUNDED', start: tally.indexOf('WOUNDED') });
  });
  it('a bomb that left dead and wounded is still an incident, its figures read', () => {
    const bomb = 'BOGOTA, 7 DEC 89 (AFP) -- [TEXT] A BUS BOMB DESTROYED THE DAS BUILDING TODAY, LEAVING 67 DEAD AND APPROXIMATELY 1,000 WOUNDED.';
    const r = extract(bomb, { published: '1989-12-07', explain: true, scope: 'terrorism' });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ killed: { value: 67 }, wounded: { value: 1000 } });
    expect(r.trace?.some((t) => t.rule === 'terrorism-battle-casualties')).toBe(false);
  });
  it('a person dead and one wounded is no bare toll pair', () => {
    const r = extract('SAN SALVADOR, 8 DEC 89 -- [TEXT] THE ATTACK ON THE RESIDENTS RESULTED IN ONE TERRORIST DEAD AND ONE WOUNDED.', { published: '1989-12-08', explain: true, scope: 'terrorism' });
    // (the terrorist's own death is left out of the count under the same name, PERPETRATOR_TOLL: no trigger word is rejected)
    expect(r.trace?.some((t) => t.rule === 'terrorism-battle-casualties' && t.text !== 'ONE TERRORIST DEAD')).toBe(false);
    expect(r.events).toHaveLength(1);
  });
});

describe('assassination-implies-death: the lone noun of an assassination with no victim named', () => {
  const code = (t: string) => extract(t, { published: '1990-01-09', explain: true, scope: 'terrorism' }).events.filter((e) => e.type === 'assassination');
  it('"THE MURDER" with no victim read is one death, its evidence the noun', () => {
    const t = 'LIMA, 9 JAN 90 -- [TEXT] POLICE SAID TODAY THAT THE MURDER WAS CARRIED OUT BY THREE YOUNG MEN IN SAN ISIDRO.';
    const [e] = code(t);
    expect(e?.targets).toEqual([]);
    expect(e?.killed).toMatchObject({ value: 1, text: 'MURDER', start: t.indexOf('MURDER'), end: t.indexOf('MURDER') + 6 });
    expect(e?.explain?.killed).toEqual(['assassination-implies-death']);
  });
  it('not the plural "THE MURDERS", nor a verb with no victim read', () => {
    const plural = code('LIMA, 9 JAN 90 -- [TEXT] POLICE SAID TODAY THAT THE MURDERS WERE CARRIED OUT BY THREE YOUNG MEN IN SAN ISIDRO.');
    expect(plural.map((e) => e.killed)).not.toContainEqual(expect.objectContaining({ value: 1 }));
    const verb = code('LIMA, 9 JAN 90 -- [TEXT] THE MEN WHO MURDERED WERE ARRESTED IN SAN ISIDRO BY POLICE.');
    expect(verb.map((e) => e.killed)).toEqual([null]);
  });
});

describe('not-weapon-of-another-sense: explosives of a police unit are no weapon', () => {
  it('"POLICE EXPLOSIVES EXPERTS" is rejected under the rule with its span; explosives hurled stay', () => {
    const t = 'POLICE EXPLOSIVES EXPERTS URGED ONLOOKERS TO EVACUATE THE AREA.';
    const trace: RuleFiring[] = [];
    expect(findWeapons(t, foldCase(t), 0, t.length, trace)).toEqual([]);
    expect(trace.map((r) => [r.rule, r.text, r.start, r.end])).toEqual([['not-weapon-of-another-sense', 'EXPLOSIVES', 7, 17]]);
    const hurled = 'THE TERRORISTS HURLED EXPLOSIVES AT THE MARKET.';
    expect(findWeapons(hurled, foldCase(hurled)).map((w) => [w.name, w.text, w.rule])).toEqual([['explosive', 'EXPLOSIVES', 'w-explosive']]);
  });
});
