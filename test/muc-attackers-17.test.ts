// MUC-4 attackers and targets: "suspect(s)" as a verb of blame, not the noun (`resp-blamed`); a bracketed speaker tag
// is no title of a name (`actor-person`); a state before an institution named by its "of" tail names no facility of
// the state (`actor-state-facility`).
import { describe, expect, it } from 'vitest';
import { RESPONSIBILITY_RULES } from '../src/core/extract/actors/lexicon.js';
import { findActors, findResponsibility } from '../src/core/extract/actors/index.js';
import { extract } from '../src/core/index.js';

describe('resp-blamed: "suspect(s)"', () => {
  const rule = RESPONSIBILITY_RULES.find((r) => r.name === 'resp-blamed' && r.examples?.pos.some((t) => /SUSPECT/.test(t)))!;

  it('the verb before its object names the party blamed, with its span', () => {
    const t = rule.examples!.pos[0]!;
    const cues = findResponsibility(t).filter((c) => c.rule === 'resp-blamed');
    expect(cues.map((c) => [c.value, c.text, c.actor?.name])).toEqual([['attributed', 'SUSPECT', 'Shining Path']]);
    expect(t.slice(cues[0]!.actor!.start, cues[0]!.actor!.end)).toBe(cues[0]!.actor!.text);
    expect(t.slice(cues[0]!.start, cues[0]!.end)).toBe('SUSPECT');
  });

  it('the suspects identified by name are the party', () => {
    const t = rule.examples!.pos[1]!;
    const cues = findResponsibility(t).filter((c) => c.rule === 'resp-blamed');
    expect(cues.map((c) => [c.text, c.actor?.text])).toEqual([['SUSPECTS', 'ALBERTO JUBIS HAZVUMB']]);
  });

  it('not the noun: "THE SUSPECT WAS HANDED OVER TO THE POLICE" blames no police', () => {
    for (const t of rule.examples!.neg) expect(findResponsibility(t).filter((c) => c.rule === 'resp-blamed')).toEqual([]);
  });
});

describe('actor-person: a bracketed speaker tag', () => {
  it('"[REPORTER] Tonight" names no person; a titled name keeps its span', () => {
    const t = '[Reporter] Tonight, at approximately 1940, a bomb went off at a warehouse.';
    expect(findActors(t).filter((a) => a.rule === 'actor-person')).toEqual([]);
    const u = 'The [Nicaraguan President Daniel] Ortega government condemned it.';
    const p = findActors(u).filter((a) => a.rule === 'actor-person');
    expect(p.map((a) => a.text)).toEqual(['Daniel] Ortega']);
    expect(u.slice(p[0]!.start, p[0]!.end)).toBe('Daniel] Ortega');
  });
});

describe('actor-state-facility', () => {
  it('"the US embassy" is a facility of the state, with its span', () => {
    const t = 'A bomb exploded outside the US embassy.';
    const f = findActors(t).filter((a) => a.rule === 'actor-state-facility');
    expect(f.map((a) => [a.name, a.country_code])).toEqual([['US embassy', 'US']]);
    expect(t.slice(f[0]!.start, f[0]!.end)).toBe('US embassy');
  });

  it('not an institution named by its "of" tail: "the U.S. House of Representatives"', () => {
    const t = 'The attack came as the U.S. House of Representatives prepared to vote on aid.';
    expect(findActors(t).filter((a) => a.rule === 'actor-state-facility')).toEqual([]);
  });
});

describe('a party list after a blame cue: every party of the list is blamed', () => {
  it('"THE SUSPECTS, WHO WERE IDENTIFIED AS A, B, C": each named suspect joins the attackers, with its span', () => {
    const t = 'BOGOTA, 9 SEP 89 -- [TEXT] THE POLICE RELEASED THE SUSPECTS, WHO WERE IDENTIFIED AS ALBERTO JUBIS HAZVUMB, ARMANDO BERNAL ACOSTA, NORBERTO MURILLO CHALARCA, AND LUIS HASBUN.';
    const [c] = findResponsibility(t).filter((x) => x.rule === 'resp-blamed');
    expect([c!.value, c!.actor?.text]).toEqual(['attributed', 'ALBERTO JUBIS HAZVUMB']);
    expect(c!.also?.map((a) => a.text)).toEqual(['ARMANDO BERNAL ACOSTA', 'NORBERTO MURILLO CHALARCA', 'LUIS HASBUN']);
    for (const a of c!.also!) expect(t.slice(a.start, a.end)).toBe(a.text);
    const e = extract(t.replace('THE POLICE RELEASED', 'AFTER THE MURDER OF SENATOR LUIS CARLOS GALAN, THE POLICE RELEASED'), { explain: true, scope: 'terrorism' }).events[0];
    expect(e).toBeDefined();
    const i = e!.attackers.findIndex((a) => a.text === 'NORBERTO MURILLO CHALARCA');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(e!.explain?.attackers?.[i]).toBe('resp-blamed');
  });

  it('one comma alone ends the clause: "ATTRIBUTED TO THE MAFIAS, SEVERAL MEN WOUNDED A WATCHMAN" blames no men', () => {
    const t = 'BOGOTA, 9 SEP 89 -- [TEXT] IN ANOTHER ACTION ATTRIBUTED TO THE MAFIAS, SEVERAL MEN LAST NIGHT WOUNDED A WATCHMAN.';
    const [c] = findResponsibility(t).filter((x) => x.rule === 'resp-blamed');
    expect(c!.actor?.text).toBe('MAFIAS');
    expect(c!.also).toBeUndefined();
  });
});
