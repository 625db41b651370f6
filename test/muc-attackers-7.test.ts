// MUC-4 attackers, seventh pass: the subject of a deed's predicate read on the layer (subject-attacker's `deed` pattern),
// the arrested in connection with a deed (suspect-attacker).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { ROLE_RULES, SUSPECT_RULES } from '../src/core/refine/roles.js';
import { namesInTwoTables } from '../src/core/rules/registry.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1990-03-03' });
/** Each attacker with the rule that gave it: [text, rule]. */
const attackers = (e: EventRecord) => e.attackers.map((a, i) => [a.text, e.explain?.attackers?.[i]]);
const spansHold = (text: string, e: EventRecord) => {
  for (const a of [...e.attackers, ...e.targets]) expect(text.slice(a.start, a.end)).toBe(a.text);
};
const pairs = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => run(text, scope).events.flatMap(attackers);

describe('subject-attacker read on the layer: the actor before a deed predicate', () => {
  const rule = ROLE_RULES.find((r) => r.deed)!;

  it('is a pattern of subject-attacker, in its table', () => {
    expect(rule.name).toBe('subject-attacker');
    expect(namesInTwoTables()).toEqual([]);
  });

  it('through a prepositional phrase and a coordinated predicate ("IN A LUXURY CAR CIRCLED … AND THEN THREW")', () => {
    const text = rule.examples!.pos[0]!;
    const es = run(text).events;
    expect(es.flatMap(attackers)).toContainEqual(['UNIDENTIFIED MEN', 'subject-attacker']);
    for (const e of es) spansHold(text, e);
  });

  it('right before the verb of a clause the trigger is no verb of ("THE ATTACK TOOK PLACE … WHEN … FIRED")', () => {
    const text = rule.examples!.pos[1]!;
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([['UNIDENTIFIED INDIVIDUALS', 'subject-attacker']]);
    spansHold(text, e!);
  });

  it('through a time phrase ("A GROUP OF UNIDENTIFIED PERSONS THIS EVENING WOUNDED")', () => {
    const text = rule.examples!.pos[2]!;
    const found = pairs(text);
    expect(found.map(([, r]) => r)).toContain('subject-attacker');
    expect(found.map(([t]) => t)).toContain('UNIDENTIFIED PERSONS');
  });

  it('not a subject whose predicate is no deed ("WERE SEEN NEAR THE HOUSE")', () => {
    for (const text of rule.examples!.neg) expect(pairs(text).map(([t]) => t)).not.toContain('UNIDENTIFIED MEN');
  });

  it('not a deed verb of another clause than the subject\'s predicate ("CONDEMNED THE ATTACKS …, WHICH KILLED")', () => {
    const text = 'SAN SALVADOR, 31 OCT 89 (ACAN-EFE) -- [TEXT] SALVADORAN PRESIDENT ALFREDO CRISTIANI TONIGHT CONDEMNED THE "TERRORIST" DYNAMITE ATTACKS AGAINST A UNION, WHICH KILLED 9 PEOPLE AND INJURED 36.';
    expect(pairs(text).map(([t]) => t)).not.toContain('ALFREDO CRISTIANI');
  });

  it('not a state force, and only under --scope terrorism', () => {
    const force = 'SAN SALVADOR, 3 MAR 90 -- [TEXT] A BOMB EXPLODED TODAY IN THE MARKET. ACCORDING TO WITNESSES, SOLDIERS IN A JEEP THEN THREW A GRENADE AT THE CROWD, WHICH EXPLODED.';
    expect(pairs(force).map(([, r]) => r)).not.toContain('subject-attacker');
    const text = rule.examples!.pos[0]!;
    expect(pairs(text, 'all').map(([, r]) => r)).not.toContain('subject-attacker');
  });
});

describe('suspect-attacker: the arrested in connection with the deed', () => {
  const rule = SUSPECT_RULES.find((r) => r.match.verbs.includes('arrested'))!;

  it.each(rule.examples.pos)('the arrested are its suspects: %s', (text) => {
    const found = pairs(text);
    expect(found.map(([, r]) => r)).toContain('suspect-attacker');
  });

  it('names every person of the list, with their spans', () => {
    const text = rule.examples.pos[1]!;
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([
      ['HENRY VLADIMIR DELGADO SALAZAR', 'suspect-attacker'],
      ['JOSE ALZATE CARDONA', 'suspect-attacker'],
    ]);
    spansHold(text, e!);
  });

  it.each(rule.examples.neg)('not who arrested, nor an arrest in another clause: %s', (text) => {
    expect(pairs(text).map(([, r]) => r)).not.toContain('suspect-attacker');
  });
});
