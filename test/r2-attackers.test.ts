// Attackers under --scope terrorism, round r2: a denied claim names no attacker (`light-verb-attacker`'s `unlessLead`),
// an instrument's "of" phrase is no by-agent (`by-agent`'s `instruments`), and a sharpshooter shot by police makes no
// attacker of the police (`by-agent`'s `responders`), a state right before people is their nationality: values, spans
// and rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { PP_ROLE_RULES, ROLE_RULES } from '../src/core/refine/roles.js';
import { findActors } from '../src/core/extract/actors/index.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism', published: '1989-06-04' });
const attackers = (e: EventRecord) => e.attackers.map((a, i) => ({ name: a.name, text: a.text, start: a.start, end: a.end, rule: e.explain?.attackers?.[i] }));
const ruleTrace = (text: string, rule: string) => (run(text).trace ?? []).filter((t) => t.rule === rule).map((t) => ({ action: t.action, span: text.slice(t.start, t.end) }));

describe('light-verb-attacker: a denied claim names no attacker', () => {
  const claimed = 'LIMA, 4 JUN 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY IN LIMA. THE GUERRILLA GROUP HAS CLAIMED RESPONSIBILITY FOR THE ATTACK.';
  it('is a field of the rule record', () => {
    expect(ROLE_RULES.find((r) => r.name === 'light-verb-attacker')?.unlessLead?.test('no ')).toBe(true);
  });
  it('"THE GUERRILLA GROUP HAS CLAIMED": the claimant is the attacker', () => {
    const [e] = run(claimed).events;
    const [a] = attackers(e!);
    expect(a).toMatchObject({ name: 'guerrillas', text: 'GUERRILLA', rule: 'light-verb-attacker' });
    expect(claimed.slice(a!.start, a!.end)).toBe('GUERRILLA');
  });
  it('"NO GUERRILLA GROUP HAS CLAIMED": no attacker', () => {
    const text = claimed.replace('THE GUERRILLA', 'NO GUERRILLA');
    expect(run(text).events.flatMap((e) => e.attackers)).toEqual([]);
    expect(ruleTrace(text, 'light-verb-attacker')).toEqual([]);
  });
  it('"THE MRTA HAS NOT CLAIMED": not the light verb\'s claimant', () => {
    const text = claimed.replace('THE GUERRILLA GROUP HAS CLAIMED', 'THE MRTA HAS NOT CLAIMED');
    expect(ruleTrace(text, 'light-verb-attacker')).toEqual([]);
  });
});

describe('by-agent: not an actor in the "of" phrase of an instrument', () => {
  it('is a field of the rule record', () => {
    expect(PP_ROLE_RULES.find((r) => r.name === 'by-agent')?.match.instruments).toContain('fire');
  });
  it('"THE MURDER BY MACHINEGUN FIRE OF TWO U.S. MISSIONARIES": the U.S. is no attacker', () => {
    const text = 'LA PAZ, 24 MAY 89 (RADIO FIDES) -- [EXCERPT] THE MURDER BY MACHINEGUN FIRE OF TWO U.S. MISSIONARIES TODAY PROMPTED A STRONG REACTION.';
    expect(run(text).events.flatMap((e) => e.attackers)).toEqual([]);
    expect(ruleTrace(text, 'by-agent')).toEqual([]);
  });
  it('the agent after the instrument\'s phrase, and the "of" phrase of a group, are still the attackers', () => {
    for (const text of [
      'LA PAZ, 24 MAY 89 (RADIO FIDES) -- [EXCERPT] THE MURDER BY MACHINEGUN FIRE OF TWO MISSIONARIES BY ZARATE WILKA GUERRILLAS TODAY PROMPTED A STRONG REACTION.',
      'LA PAZ, 24 MAY 89 (RADIO FIDES) -- [EXCERPT] THE MURDER OF TWO MISSIONARIES BY GUERRILLAS OF THE ZARATE WILKA GROUP TODAY PROMPTED A STRONG REACTION.',
    ]) {
      const [e] = run(text).events;
      const [a] = attackers(e!);
      expect(a).toMatchObject({ name: 'guerrillas', text: 'GUERRILLAS', rule: 'by-agent' });
      expect(text.slice(a!.start, a!.end)).toBe('GUERRILLAS');
    }
  });
});

describe('by-agent responders: the police who shot the sharpshooter', () => {
  it('"THE SHARPSHOOTER, WHO WAS SHOT BY POLICEMEN": the police are rejected', () => {
    const text = 'MEDELLIN, 6 SEP 89 -- [TEXT] THE SHARPSHOOTER, WHO WAS SHOT BY POLICEMEN, MANAGED TO KILL 1 PERSON AT THE AIRPORT.';
    expect(ruleTrace(text, 'by-agent')).toEqual([{ action: 'reject', span: 'POLICEMEN' }]);
    expect(run(text).events.flatMap((e) => e.attackers.map((a) => a.name))).not.toContain('Police');
  });
  it('"THE JUDGE, WHO WAS SHOT BY POLICEMEN": the police shot him, they are the attackers', () => {
    const text = 'MEDELLIN, 6 SEP 89 -- [TEXT] THE JUDGE, WHO WAS SHOT BY POLICEMEN, DIED AT THE AIRPORT.';
    const [e] = run(text).events;
    const [a] = attackers(e!);
    expect(a).toMatchObject({ name: 'Police', text: 'POLICEMEN', rule: 'by-agent' });
    expect(text.slice(a!.start, a!.end)).toBe('POLICEMEN');
  });
});

describe('a state right before a group of people is its nationality (actor-descriptive)', () => {
  it('"TWO U.S. MISSIONARIES WERE MURDERED": no U.S. mention, the missionaries carry its country', () => {
    const text = 'LA PAZ, 24 MAY 89 -- [TEXT] TWO U.S. MISSIONARIES WERE MURDERED TODAY BY ZARATE WILKA GUERRILLAS.';
    const ms = findActors(text);
    expect(ms.map((m) => m.name)).not.toContain('United States');
    const m = ms.find((x) => x.text === 'MISSIONARIES');
    expect(m).toMatchObject({ kind: 'civilians', country_code: 'US', rule: 'actor-descriptive' });
    expect(text.slice(m!.start, m!.end)).toBe('MISSIONARIES');
    const [e] = run(text).events;
    expect(e!.targets.map((t) => [t.text, t.country_code])).toContainEqual(['MISSIONARIES', 'US']);
    expect(e!.attackers.map((a) => a.name)).not.toContain('United States');
  });
  it('before a facility the state stays a party: "THE U.S. EMBASSY WAREHOUSE"', () => {
    const text = 'SAN SALVADOR, 2 JUN 89 -- [TEXT] A BOMB WENT OFF AT A U.S. EMBASSY WAREHOUSE TONIGHT.';
    const m = findActors(text).find((x) => x.name === 'United States');
    expect(m?.text).toBe('U.S.');
  });
});
