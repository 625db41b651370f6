// ACLED's two sides (src/core/acled/sides.ts): actors moved between sides or
// dropped (ACLED_SIDES), sides the note leaves empty (ACLED_FILL), vague
// fatalities (ACLED_FATALITIES), and the battle role rules (roles.ts clash-*).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { ACLED_ASSOC, ACLED_FATALITIES, ACLED_FILL, ACLED_SIDES, acledFatalities, acledSides, camp, relation } from '../src/core/acled/index.js';
import { acledSide, asAcledWrites } from '../src/eval/acled.js';
import { scoreArticle } from '../src/eval/score.js';

const code = (note: string): EventRecord[] => extract(note, { id: 't', published: '2024-06-01', publishedFrom: 'metadata', explain: true }).events;
const sides = (note: string) => {
  const [e] = code(note);
  expect(e, note).toBeDefined();
  return acledSides(e!);
};

describe('ACLED_FILL: a side the note leaves empty', () => {
  for (const r of ACLED_FILL) {
    it(`${r.name}: its examples`, () => {
      for (const { note, acled } of r.examples.pos) {
        const s = sides(note);
        const side = r.side === 1 ? s.side1 : s.side2;
        expect(side.actors[0], note).toBe(acled);
        expect(side.rules, note).toContain(r.name);
      }
      for (const note of r.examples.neg) {
        const s = sides(note);
        expect([...s.side1.rules, ...s.side2.rules], note).not.toContain(r.name);
      }
    });
  }
  it('custody: the police on side 1, the detainee a civilian; no custody: an unidentified armed group', () => {
    const s = sides('On 11 February 2025, a man was tortured to death in custody at a police station in Dhaka, his relatives alleged.');
    expect(s.side1).toMatchObject({ actors: ['Police Forces of Bangladesh'], inter: 1 });
    expect(s.side2).toMatchObject({ actors: ['Civilians (Bangladesh)'], inter: 7 });
    const body = sides('On 25 April 2024, the body of a missing man was found with gunshot wounds in Turbat (Kech, Balochistan).');
    expect(body.side1).toMatchObject({ actors: ['Unidentified Armed Group (Pakistan)'], inter: 3, rules: ['acled-unidentified-attacker'] });
  });
  it('a battle fills its second side with forces the note names, never with the first side again', () => {
    const s = sides('On 19 December 2024, a gunfight erupted between government soldiers and Fano militiamen on the outskirts of Gondar (Amhara).');
    expect(s.side1.actors).toEqual(['Fano Militia']);
    expect(s.side2).toMatchObject({ actors: ['Military Forces of Ethiopia'], rules: ['acled-opposing-forces'] });
    const same = sides('On 10 May 2024, troops clashed for several hours near Gao (Gao), the army said.');
    expect(same.side1.actors).toEqual(['Military Forces of Mali']);
    expect(same.side2).toEqual({ actors: [], inter: null, rules: [] });
  });
  it('shelling that hurts nobody and hits no force leaves side 2 empty', () => {
    const s = sides('On 17 March 2023, UN peacekeepers recorded 5 explosions near Aitaroun (Bint Jbeil, South Lebanon). No casualties were reported.');
    expect(s.side1).toMatchObject({ actors: ['Unidentified Military Forces'], inter: 8, rules: ['acled-monitored-fire'] });
    expect(s.side2.actors).toEqual([]);
  });
});

describe('ACLED_SIDES: who is on which side', () => {
  for (const r of ACLED_SIDES) {
    it(`${r.name}: its examples`, () => {
      for (const { note, side1, side2 } of r.examples.pos) {
        const s = sides(note);
        expect([s.side1.actors, s.side2.actors], note).toEqual([side1, side2]);
        expect([...s.side1.rules, ...s.side2.rules], note).toContain(r.name);
      }
      for (const { note, side1, side2 } of r.examples.neg) {
        const s = sides(note);
        expect([s.side1.actors, s.side2.actors], note).toEqual([side1, side2]);
        expect([...s.side1.rules, ...s.side2.rules], note).not.toContain(r.name);
      }
    });
  }
  it('camps: state forces by country, groups by name, civilians none', () => {
    expect(camp({ acled: 'Military Forces of Yemen', inter: 1 })).toBe('state:Yemen');
    expect(camp({ acled: 'Police Forces of Yemen', inter: 1 })).toBe('state:Yemen');
    expect(camp({ acled: 'Military Forces of Yemen (Houthi)', inter: 1 })).toBe('state:Yemen (Houthi)');
    expect(camp({ acled: 'Military Forces of Russia', inter: 8 })).toBe('state:Russia');
    expect(camp({ acled: 'Al Shabaab', inter: 2 })).toBe('group:Al Shabaab');
    expect(camp({ acled: 'Wagner Group', inter: 8 })).toBeNull();
    expect(camp({ acled: 'Civilians (Mali)', inter: 7 })).toBeNull();
  });
  it('relations: a state against a group is opposed; police and army of one state allied; two states or two groups opposed only in a battle', () => {
    const army = { acled: 'Military Forces of Somalia', inter: 1 };
    expect(relation(army, { acled: 'Al Shabaab', inter: 2 }, false)).toBe('opposed');
    expect(relation(army, { acled: 'Police Forces of Somalia', inter: 1 }, false)).toBe('allied');
    expect(relation(army, { acled: 'Military Forces of Kenya', inter: 8 }, true)).toBe('opposed');
    // outside a battle, two states' forces named together are a coalition
    expect(relation(army, { acled: 'Military Forces of Kenya', inter: 8 }, false)).toBe('allied');
    expect(relation(army, army, false)).toBe('same');
    expect(relation(army, { acled: 'Civilians (Somalia)', inter: 7 }, false)).toBeNull();
    const eln = { acled: 'ELN: National Liberation Army', inter: 2 };
    const farc = { acled: 'FARC: Revolutionary Armed Forces of Colombia', inter: 2 };
    expect(relation(eln, farc, true)).toBe('opposed');
    expect(relation(eln, farc, false)).toBe('allied');
  });
  it('both sides of a battle named before it: the state forces are actor2, whichever the note names first', () => {
    const s = sides('On 26 June 2024, police and TTP militants traded fire for several hours in Dera Ismail Khan (Khyber Pakhtunkhwa), leaving 2 militants dead.');
    expect([s.side1.actors, s.side2.actors]).toEqual([['TTP: Tehreek-i-Taliban Pakistan'], ['Police Forces of Pakistan']]);
    const t = sides('On 26 June 2024, TTP militants and police traded fire for several hours in Dera Ismail Khan (Khyber Pakhtunkhwa), leaving 2 militants dead.');
    expect([t.side1.actors, t.side2.actors]).toEqual([['TTP: Tehreek-i-Taliban Pakistan'], ['Police Forces of Pakistan']]);
  });
});

describe('ACLED_ASSOC: who the civilians attacked are', () => {
  for (const r of ACLED_ASSOC) {
    it(`${r.name}: its examples`, () => {
      for (const { note, acled } of r.examples.pos) {
        const s = sides(note);
        expect(s.side2.actors[0], note).toMatch(/^Civilians \(/);
        expect(s.side2.actors.slice(1), note).toContain(acled);
        expect(s.side2.rules, note).toContain(r.name);
      }
      // the records share one name: a negative note gets no actor of this record's kind
      const kind = r.then.acled.replace(/\s*\(?\{country\}\)?$/, '');
      for (const note of r.examples.neg) expect(sides(note).side2.actors.filter((a) => a.startsWith(kind)), note).toEqual([]);
    });
  }
  it('no associated actor where the side is no civilians', () => {
    const s = sides('On 10 May 2024, gunmen attacked soldiers and police officers at a checkpoint near Gao (Gao), killing 3 of them.');
    expect(s.side2.actors).toEqual(['Military Forces of Mali', 'Police Forces of Mali']);
  });
});

describe('ACLED_FATALITIES: the most conservative figure', () => {
  const count = (text: string, low: number) => ({ value: low, low, high: low, approximate: true, text, start: 0, end: text.length, reports: [] });
  it('its examples: a vague amount with no number is 0, a number keeps its low figure', () => {
    const [r] = ACLED_FATALITIES;
    for (const t of r!.examples.pos) expect(acledFatalities(count(t, 3)), t).toEqual({ value: 0, rule: 'acled-fatalities-vague' });
    for (const t of r!.examples.neg) expect(acledFatalities(count(t, 12)), t).toEqual({ value: 12, rule: null });
    expect(acledFatalities(null)).toEqual({ value: 0, rule: null });
  });
  it('through extraction: "Several soldiers were reported killed" is 0 dead for ACLED, 3 in the record', () => {
    const [e] = code("On 22 February 2024, suspected JNIM militants opened fire on a military convoy near Fada N'gourma (Gourma, Est). Several soldiers were reported killed.");
    expect(e!.killed?.low).toBe(3);
    expect(acledFatalities(e!.killed).value).toBe(0);
    expect(e!.explain?.acled_fatalities).toEqual(['acled-fatalities-vague']);
  });
});

describe('battle role rules (roles.ts clash-*)', () => {
  const roles = (note: string) => {
    const [e] = code(note);
    return { attackers: e!.attackers.map((a) => a.text), targets: e!.targets.map((a) => a.text), rules: [...(e!.explain?.attackers ?? []), ...(e!.explain?.targets ?? [])] };
  };
  it('between X and Y: a group named there is an attacker', () => {
    const r = roles('On 21 March 2024, a shoot-out between members of the CJNG and the Sinaloa Cartel in Fresnillo (Zacatecas) left 4 people dead.');
    expect(r.attackers).toEqual(['CJNG', 'Sinaloa Cartel']);
    expect(r.rules).toContain('clash-side');
  });
  it('X and Y exchanged fire: both sides; victims before a passive are no side', () => {
    const r = roles('On 5 October 2024, the Sudanese army and the RSF exchanged heavy gunfire and artillery fire in Bahri (Khartoum).');
    expect(r.targets).toEqual(['army']);
    expect(r.attackers).toEqual(['the RSF']);
    expect(r.rules).toContain('clash-other-side');
    const v = roles('On 5 October 2024, a soldier and two civilians were killed in clashes in Bahri (Khartoum).');
    expect(v.rules).not.toContain('clash-other-side');
  });
  it('engaged in a shootout with Y; engaged Y in a gun duel', () => {
    const r = roles('On 2 November 2024, police officers engaged in a shootout with gang members in the Solino neighbourhood of Port-au-Prince (Ouest).');
    expect([r.attackers, r.targets]).toEqual([['police officers'], ['gang']]);
    expect(r.rules).toEqual(expect.arrayContaining(['clash-side', 'clash-other-side']));
    const d = roles('On 29 May 2023, police engaged kidnappers in a gun duel in Gusau (Zamfara), killing 3 of the suspects.');
    expect([d.attackers, d.targets]).toEqual([['police'], ['kidnappers']]);
    expect(d.rules).toEqual(expect.arrayContaining(['clash-side', 'clash-other-side']));
  });
  it('only in battles: "attacked X with Y" names no side by "with"', () => {
    const r = roles('On 3 December 2023, IS cells attacked a regime checkpoint near Al Mayadin (Deir ez Zor) with rocket-propelled grenades and machine guns, killing 3 soldiers.');
    expect(r.rules.filter((x) => x.startsWith('clash-'))).toEqual([]);
  });
});

describe('eval --acled: a side is one slot', () => {
  it("actor1 and its associated actors are one predicted slot, right when any is any of the row's", () => {
    const [e] = code('On 10 May 2024, gunmen attacked soldiers and police officers at a checkpoint near Gao (Gao), killing 3 of them.');
    expect(acledSides(e!).side2.actors).toEqual(['Military Forces of Mali', 'Police Forces of Mali']);
    const w = asAcledWrites(e!);
    expect(w.targets.map((t) => [t.name, t.text])).toEqual([['Military Forces of Mali', 'Military Forces of Mali; Police Forces of Mali']]);
    // the row's actor2 is the police, the army its associated actor: one slot, ours right
    const gold = { type: w.type, targets: [['Police Forces of Mali', 'Military Forces of Mali']] };
    expect(scoreArticle([gold], [w]).fields.targets).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreArticle([{ ...gold, targets: [['Civilians (Mali)']] }], [w]).fields.targets).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('eval --acled gold names', () => {
  it("a state's period is dropped wherever it stands; other parentheses stay", () => {
    expect(acledSide('Military Forces of Yemen (2017-) Houthi', '')).toEqual(['Military Forces of Yemen Houthi']);
    expect(acledSide('Police Forces of Mexico (2018-2024)', 'Civilians (Mexico); Military Forces of Mexico (2018-2024)')).toEqual(['Police Forces of Mexico', 'Civilians (Mexico)', 'Military Forces of Mexico']);
    expect(acledSide('Unidentified Armed Group (Mali)', undefined)).toEqual(['Unidentified Armed Group (Mali)']);
  });
  it('a named group is right by its acronym or its name alone', () => {
    expect(acledSide('QSD: Syrian Democratic Forces', '')).toEqual(['QSD: Syrian Democratic Forces', 'QSD', 'Syrian Democratic Forces']);
    const w = { ...code('On 9 March 2024, JNIM militants attacked an army post near Djibo (Soum, Sahel).')[0]! };
    const ours = asAcledWrites(w).attackers.map((a) => a.name);
    expect(ours).toEqual(['JNIM: Group for Support of Islam and Muslims']);
    // an older spelling of the row's is still the group
    expect(scoreArticle([{ type: w.type, attackers: [acledSide('JNIM: Jamaah Nusrat al Islam wal Muslimin', '')] }], [asAcledWrites(w)]).fields.attackers).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreArticle([{ type: w.type, attackers: [acledSide('ISGS: Islamic State in the Greater Sahara', '')] }], [asAcledWrites(w)]).fields.attackers).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});
