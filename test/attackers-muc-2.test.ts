// Attackers under --scope terrorism (MUC-4 keys), second round: the organization of generic perpetrators
// (record.ts OWN_ORGANIZATION_RULES), the fallback's skips read on the language layer (FALLBACK_LAYER_SKIP_RULES), a
// dictionary alias inside a longer one, and the perpetrator heads of MUC-4 wires: values, spans and rule names.
import { describe, expect, it } from 'vitest';
import { recordExamples } from './helpers/responsibility.js';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { FALLBACK_LAYER_SKIP_RULES, OWN_ORGANIZATION_RULES } from '../src/core/refine/record.js';
import { RESPONSIBILITY_RULES } from '../src/core/extract/actors/lexicon.js';
import { findResponsibility } from '../src/core/extract/actors/index.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1990-01-03' });
const events = (text: string) => run(text).events;
const attackerRules = (es: EventRecord[]) => es.flatMap((e) => e.explain?.attackers ?? []);
const firings = (text: string, rule: string, action: 'accept' | 'reject') => (run(text).trace ?? []).filter((f) => f.rule === rule && f.action === action);
/** The attacker whose name is `name`, with the rule that gave it. */
const attacker = (e: EventRecord, name: string) => {
  const i = e.attackers.findIndex((a) => a.name === name);
  return i < 0 ? null : { ...e.attackers[i]!, rule: e.explain?.attackers?.[i] };
};

describe('every own-organization rule holds on its examples', () => {
  for (const r of OWN_ORGANIZATION_RULES) {
    for (const t of r.examples.pos) it(`${r.name} fires: ${t.slice(30, 90)}`, () => expect(attackerRules(events(t))).toContain(r.name));
    for (const t of r.examples.neg) it(`${r.name} does not fire: ${t.slice(30, 90)}`, () => expect(attackerRules(events(t))).not.toContain(r.name));
  }
});

describe('every fallback layer skip rule holds on its examples', () => {
  for (const r of FALLBACK_LAYER_SKIP_RULES) {
    for (const t of r.examples.pos) it(`${r.name} skips: ${t.slice(30, 90)}`, () => expect(firings(t, r.name, 'reject').length).toBeGreaterThan(0));
    for (const t of r.examples.neg) it(`${r.name} does not skip: ${t.slice(30, 90)}`, () => expect(firings(t, r.name, 'reject')).toEqual([]));
  }
});

describe('generic-own-organization', () => {
  const text = 'SAN SALVADOR, 3 JAN 90 -- [TEXT] THE FMLN HAS STEPPED UP ITS ACTIONS IN THE CAPITAL. LAST NIGHT URBAN COMMANDOS BLEW UP THE OFFICES OF THE MAYOR IN SOYAPANGO.';
  it('the lead names the one group: the generics keep their place and the group joins them, with its span', () => {
    const [e] = events(text);
    expect(attacker(e!, 'urban commandos')?.rule).not.toBe('generic-own-organization');
    const org = attacker(e!, 'FMLN');
    expect(org?.rule).toBe('generic-own-organization');
    expect(text.slice(org!.start, org!.end)).toBe('FMLN');
    expect(e!.targets.map((t) => t.name)).not.toContain('FMLN');
  });
  it('not when the story names two groups, nor when a named group is already the attacker', () => {
    expect(attackerRules(events(text.replace('THE FMLN HAS', 'THE FMLN AND THE ELN HAVE')))).not.toContain('generic-own-organization');
    const named = 'SAN SALVADOR, 3 JAN 90 -- [TEXT] THE FMLN HAS STEPPED UP ITS ACTIONS. LAST NIGHT THE SHINING PATH GUERRILLAS BLEW UP THE OFFICES OF THE MAYOR.';
    expect(attackerRules(events(named))).not.toContain('generic-own-organization');
  });
  it('not when the group is named only after the lead', () => {
    const late = 'SAN SALVADOR, 3 JAN 90 -- [TEXT] THE CAPITAL WAS CALM TODAY. LAST NIGHT URBAN COMMANDOS BLEW UP THE OFFICES OF THE MAYOR IN SOYAPANGO. THE ARMY BLAMED NOBODY. THE FMLN MET IN MANAGUA.';
    expect(attackerRules(events(late))).not.toContain('generic-own-organization');
  });
  it('only under the terrorism scope', () => {
    expect(run(text, 'all').events.flatMap((e) => e.explain?.attackers ?? [])).not.toContain('generic-own-organization');
  });
});

describe('fallback skips on the layer', () => {
  it('fallback-not-agent-skip: the arrested are not the attackers; those who fled are', () => {
    const arrested = 'LIMA, 5 APR 90 -- [TEXT] ONE GIRL WAS WOUNDED DURING THE EXPLOSIONS IN LIMA YESTERDAY, AND FOUR INDIVIDUALS WERE ARRESTED WHILE LOOTING TWO SHOE STORES.';
    expect(events(arrested).flatMap((e) => e.attackers)).toEqual([]);
    const fled = 'LIMA, 5 APR 90 -- [TEXT] ONE GIRL WAS WOUNDED DURING THE EXPLOSIONS IN LIMA YESTERDAY, AND FOUR INDIVIDUALS FLED IN A CAR.';
    const [e] = events(fled);
    const a = e!.attackers.find((x) => x.text === 'INDIVIDUALS');
    expect(a && fled.slice(a.start, a.end)).toBe('INDIVIDUALS');
    expect(e!.explain?.attackers).toContain('fallback-armed-group');
  });
  it('fallback-not-agent-skip: a group the sentence acts against is no attacker, and the skip is traced at its span', () => {
    const text = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] A BOMB EXPLODED TODAY AT THE MARKET OF SAN MIGUEL DURING AN ARMY OPERATION AGAINST THE GUERRILLAS.';
    expect(events(text).flatMap((e) => e.attackers)).toEqual([]);
    const by = events(text.replace('AN ARMY OPERATION AGAINST THE GUERRILLAS', 'AN OPERATION OF THE GUERRILLAS'));
    expect(by.flatMap((e) => e.attackers.map((a) => a.text))).toEqual(['GUERRILLAS']);
    const [f] = firings(text, 'fallback-not-agent-skip', 'reject');
    expect(text.slice(f!.start, f!.end)).toBe('GUERRILLAS');
  });
});

describe('actors: a dictionary alias inside a longer one', () => {
  it('"THE ARMY OF NATIONAL LIBERATION" is the ELN, not the army', () => {
    const text = 'BOGOTA, 31 JUL 89 (EL SIGLO) -- [TEXT] THE AUTHORITIES HAVE REPORTED THAT IN THE PAST FEW HOURS THE ARMY OF NATIONAL LIBERATION BLEW UP A SECTION OF THE PEREIRA-CARTAGO PIPELINE.';
    const [e] = events(text);
    const a = attacker(e!, 'ELN');
    expect(a?.rule).toBe('subject-attacker');
    expect(text.slice(a!.start, a!.end)).toBe('ARMY OF NATIONAL LIBERATION');
    expect(e!.attackers.map((x) => x.name)).not.toContain('Army');
  });
  it('"the army" alone is still the army', () => {
    const [e] = events('SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY BOMBED THE VILLAGE OF SAN ISIDRO, KILLING FOUR PEASANTS.');
    expect(e!.attackers.map((x) => x.name)).toEqual(['Army']);
  });
});

describe('perpetrator heads of MUC-4 wires', () => {
  it('"PAID ASSASSINS" after "by" are the attackers; the victim is not', () => {
    const text = 'BOGOTA, 18 AUG 89 -- [TEXT] MAGISTRATE CARLOS VALENCIA GARCIA WAS MURDERED TODAY IN MEDELLIN BY PAID ASSASSINS.';
    const [e] = events(text);
    const a = attacker(e!, 'paid assassins');
    expect(a?.rule).toBe('by-agent');
    expect(text.slice(a!.start, a!.end)).toBe('PAID ASSASSINS');
    expect(e!.attackers.map((x) => x.text)).not.toContain('CARLOS VALENCIA GARCIA');
  });
  it('a mafia someone is the enemy of is no armed side: the assassination stays an incident', () => {
    const text = 'BOGOTA, 18 AUG 89 -- [TEXT] COLONEL WALDEMAR FRANKLIN QUINTERO, AN IMPLACABLE ENEMY OF THE DRUG MAFIAS, WAS SHOT DEAD TODAY IN MEDELLIN.';
    const [e] = events(text);
    expect(e?.type).toBeDefined();
    expect(e!.attackers.map((x) => x.name)).not.toContain('drug mafias');
  });
});

describe('blame and accusation that name the attacker', () => {
  for (const r of RESPONSIBILITY_RULES.filter((x) => ['resp-blamed', 'resp-accused-of'].includes(x.name) && x.examples && !x.notAuthor)) {
    recordExamples(r);
  }
  it('resp-accused-other (notAuthor): an accusation of something else attributes the incident but names no author', () => {
    const r = RESPONSIBILITY_RULES.find((x) => x.notAuthor)!;
    for (const t of r.examples!.pos) {
      const cues = findResponsibility(t).filter((c) => c.rule === 'resp-accused-other');
      expect(cues.map((c) => [c.value, c.text, c.actor])).toEqual([['attributed', 'ACCUSED', null]]);
    }
    // an accusation of the deed: the cue keeps its author
    for (const t of r.examples!.neg) expect(findResponsibility(t).map((c) => [c.rule, !!c.actor])).toEqual([['resp-accused-of', true]]);
  });
  it('resp-blamed (blamed … on): the party after "on" is the attacker, attributed; not the victims\' country before it', () => {
    const text = 'LA PAZ, 26 MAY 89 -- [TEXT] INTERIOR MINISTER EDUARDO PEREZ BELTRAN HAS BLAMED THE MURDER OF TWO U.S. MORMON MISSIONARIES ON NARCOTERRORISTS.';
    const [e] = events(text);
    const a = attacker(e!, 'narcoterrorists');
    expect(a?.rule).toBe('resp-blamed');
    expect(a?.attributed).toBe(true);
    expect(text.slice(a!.start, a!.end)).toBe('NARCOTERRORISTS');
    expect(e!.attackers.map((x) => x.name)).not.toContain('United States');
  });
  it('resp-accused-of: the accused of a deed is the attacker; the accused of something else, or the accused in a passive, is not', () => {
    const text = 'SAN SALVADOR, 20 NOV 89 -- [TEXT] ANA ISABEL CASANOVA WAS MURDERED YESTERDAY IN SAN SALVADOR. INFORMATION SECRETARY MAURICIO SANDOVAL OPENLY ACCUSED THE FMLN OF THE CRIME.';
    const [e] = events(text);
    expect(e!.targets.map((t) => t.name)).toEqual(['Ana Isabel Casanova']);
    const a = attacker(e!, 'FMLN');
    expect(a?.rule).toBe('resp-accused-of');
    expect(text.slice(a!.start, a!.end)).toBe('FMLN');
    const other = 'SAN SALVADOR, 20 NOV 89 -- [TEXT] SIX JESUITS WERE MURDERED TODAY. THE ARCHBISHOP ACCUSED THE GOVERNMENT OF HAVING BRAINWASHED THE ONLY WITNESS.';
    expect(events(other).flatMap((x) => x.attackers)).toEqual([]);
  });
});

