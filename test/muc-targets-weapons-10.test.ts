// MUC targets and weapons, round 10: a compound facility is one, named by its last noun, and a force named before it
// is part of its name (actors/index.ts groupAt; under --scope terrorism the force is no party: `target-named-once`,
// match.inside, record.ts ownedForcesDropped);
// the damage rule reads every verb group of a clause (attach.ts damagedIn); a number range stays inside its noun
// phrase (lang/clauses.ts inRange). Values, spans, rules, and negative cases.
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/core/extract/actors/index.js';
import { NAMED_ONCE_RULES } from '../src/core/refine/roles.js';
import { coded, events, target } from './helpers/targets.js';

const facilities = (text: string) => findActors(text).filter((a) => a.kind === 'facility').map((a) => a.text);
const rejected = (text: string, rule: string) => (coded(text).trace ?? []).filter((r) => r.rule === rule && r.action === 'reject').map((r) => r.text);

describe('a compound facility: the last noun is the facility, the rest modifies', () => {
  it('"PATROL CAR", "BANK BRANCHES" are one facility each', () => {
    expect(facilities('THE BOMB DESTROYED A PATROL CAR AND TWO BANK BRANCHES.')).toEqual(['PATROL CAR', 'BANK BRANCHES']);
  });
  it('two facilities a comma or a conjunction parts stay two', () => {
    expect(facilities('THE BOMB DESTROYED THE BANK, THE CAR AND THE OFFICE.')).toEqual(['BANK', 'CAR', 'OFFICE']);
  });
  it('a modal verb is no modifier: "SECURITY FORCES WILL PATROL" names no facility of the forces', () => {
    expect(facilities('THE SECURITY FORCES WILL PATROL THE CITY.').some((f) => /WILL/.test(f))).toBe(false);
  });
  it('a force before the facility is part of its name and stays an actor', () => {
    const text = 'THE GRENADE WAS THROWN AT A POLICE PATROL CAR.';
    const as = findActors(text);
    const car = as.find((a) => a.kind === 'facility');
    expect(car?.text).toBe('POLICE PATROL CAR');
    expect(text.slice(car!.start, car!.end)).toBe('POLICE PATROL CAR');
    expect(as.some((a) => a.kind === 'police' && a.text === 'POLICE')).toBe(true);
  });
  it('"THE NATIONAL POLICE HEADQUARTERS" drops its article', () => {
    expect(facilities('GUERRILLAS ATTACKED THE NATIONAL POLICE HEADQUARTERS.')).toEqual(['NATIONAL POLICE HEADQUARTERS']);
  });
  it('a patrol or a convoy is the force\'s own men: no facility takes the force', () => {
    const as = findActors('Armed men opened fire on a state police patrol in Chilpancingo.');
    expect(as.some((a) => a.kind === 'facility' && /police/i.test(a.text))).toBe(false);
    expect(as.some((a) => a.kind === 'police')).toBe(true);
  });
});

describe('target-named-once, match.inside: the force named in the facility it owns', () => {
  const rule = NAMED_ONCE_RULES.find((r) => r.match.inside)!;
  it('is a terrorism record of target-named-once', () => {
    expect(rule.name).toBe('target-named-once');
    expect(rule.match.scope).toBe('terrorism');
  });
  for (const t of rule.examples.pos)
    it(`drops the force: ${t.slice(40, 100)}`, () => {
      expect(rejected(t, rule.name)).toEqual(['POLICE']);
      const car = target(events(t), 'POLICE PATROL CAR');
      expect(car?.kind).toBe('facility');
      expect(t.slice(car!.start, car!.end)).toBe('POLICE PATROL CAR');
      expect(events(t).flatMap((e) => e.targets).some((x) => x.kind === 'police')).toBe(false);
    });
  for (const t of rule.examples.neg)
    it(`keeps a force named apart: ${t.slice(40, 100)}`, () => {
      expect(rejected(t, rule.name)).toEqual([]);
      expect(events(t).flatMap((e) => e.targets).some((x) => x.kind === 'police')).toBe(true);
    });
  it('a state named in the facility it owns too: "A U.S. MILITARY CONVOY"', () => {
    const t = 'TEGUCIGALPA, 3 FEB 89 -- [TEXT] THIS PAST WEDNESDAY UNIDENTIFIED PEOPLE FIRED ON A U.S. MILITARY CONVOY IN YORO DEPARTMENT.';
    expect(rejected(t, rule.name)).toEqual(['U.S.']);
  });
  it('a person titled as an officer stays: "the home of General Enrique Franco"', () => {
    const t = 'LIMA, 10 OCT 93 -- [TEXT] Unidentified individuals hurled a bomb at the home of General Enrique Franco in the San Borja neighborhood.';
    expect(rejected(t, rule.name)).toEqual([]);
  });
  it('not in the default scope: the police stay beside their car', () => {
    const t = rule.examples.pos[0]!;
    expect((coded(t, 'all').trace ?? []).some((r) => r.rule === rule.name && r.action === 'reject')).toBe(false);
  });
});

describe('blast-damage-target reads every verb group of its clause', () => {
  const text =
    'SAN SALVADOR, 14 MAR 89 -- [TEXT] TWO BOMBS EXPLODED TODAY NEAR THE MINISTRY. IT WAS REPORTED THAT TWO VEHICLES IN THE AREA WHERE THE BOMBS WERE DETONATED WERE DESTROYED AND SEVERAL HOUSES IN THE AREA WERE DAMAGED.';
  it('the vehicles destroyed and the houses damaged are targets, by the rule', () => {
    const es = events(text);
    for (const name of ['TWO VEHICLES', 'SEVERAL HOUSES']) {
      const t = target(es, name) ?? target(es, name.split(' ')[1]!);
      expect(t?.kind).toBe('facility');
      expect(t?.rule).toBe('blast-damage-target');
      expect(text.slice(t!.start, t!.end)).toBe(t!.text);
    }
  });
  it('a negated damage verb names no target', () => {
    const neg = 'SAN SALVADOR, 14 MAR 89 -- [TEXT] TWO BOMBS EXPLODED TODAY NEAR THE MINISTRY. IT WAS REPORTED THAT THE VEHICLES WHERE THE BOMBS WERE FOUND WERE NOT DAMAGED AND SEVERAL HOUSES WERE NOT DAMAGED.';
    expect(events(neg).flatMap((e) => e.explain?.targets ?? [])).not.toContain('blast-damage-target');
  });
});

describe('a number range stays inside its noun phrase', () => {
  it('"BY A GROUP OF 30 TO 40 MEN WEARING MILITARY UNIFORMS": the men are the attackers (by-agent)', () => {
    const text = 'SAN SALVADOR, 2 DEC 89 -- [TEXT] SIX JESUITS AND TWO WOMEN WERE KILLED IN SAN SALVADOR BY A GROUP OF 30 TO 40 MEN WEARING MILITARY UNIFORMS, ACCORDING TO WITNESSES.';
    const e = events(text)[0]!;
    expect(e.attackers.map((a) => a.text)).toEqual(['MEN']);
    expect(e.explain?.attackers).toEqual(['by-agent']);
    expect(text.slice(e.attackers[0]!.start, e.attackers[0]!.end)).toBe('MEN');
  });
  it('"TO" between no numbers still ends the phrase: no attacker from a destination', () => {
    const text = 'SAN SALVADOR, 2 DEC 89 -- [TEXT] SIX JESUITS WERE KILLED IN SAN SALVADOR BY A BOMB SENT TO 40 MEN OF THE PARISH.';
    expect(events(text).flatMap((e) => e.attackers).some((a) => a.text === 'MEN')).toBe(false);
  });
});
