// MUC-4 attackers, fourteenth pass: the members of the attacking state force named before it ("MEMBERS OF THE ARMED
// FORCES KILLED") are a party of their own beside it (group-members-attacker, MEMBERS_OF); not an armed group's (tried:
// muc4-tst2 fell).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { MEMBERS_OF } from '../src/core/refine/attach.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1989-11-09' });
/** Each attacker with the rule that gave it: [name, text, rule]. */
const attackers = (e: EventRecord) => e.attackers.map((a, i) => [a.name, a.text, e.explain?.attackers?.[i]]);
const spansHold = (text: string, e: EventRecord) => {
  for (const a of e.attackers) expect(text.slice(a.start, a.end)).toBe(a.text);
};
const allRules = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => run(text, scope).events.flatMap((e) => e.explain?.attackers ?? []);

describe('group-members-attacker: the members of a force named before it (MEMBERS_OF)', () => {
  it('the members of the armed forces join the force, their span from the members to the force', () => {
    const [pos] = MEMBERS_OF.examples.pos;
    const [e] = run(pos!).events;
    expect(attackers(e!)).toEqual([
      ['Army', 'THE ARMED FORCES', 'subject-attacker'],
      ['members of the armed forces', 'MEMBERS OF THE ARMED FORCES', 'group-members-attacker'],
    ]);
    spansHold(pos!, e!);
  });

  it('no members where none are named, none of an armed group, and none under another scope', () => {
    for (const neg of MEMBERS_OF.examples.neg) expect(allRules(neg)).not.toContain('group-members-attacker');
    const group = 'BOGOTA, 9 NOV 89 (NOTIMEX) -- [TEXT] THE POLICE HAS REPORTED THAT ALLEGED MEMBERS OF THE ARMY OF NATIONAL LIBERATION (ELN) KIDNAPPED TODAY TWO MEXICANS IN THE ARAUCA OIL ZONE.';
    expect(allRules(group)).not.toContain('group-members-attacker');
    expect(allRules(MEMBERS_OF.examples.pos[0]!, 'all')).not.toContain('group-members-attacker');
  });
});

describe('subject-attacker: not who killed or shot the perpetrators (unlessObject)', () => {
  it('bodyguards who shot the gunman are no attackers; gunmen who shot the candidate are', () => {
    const pos = 'BOGOTA, 26 APR 90 (AFP) -- [TEXT] BODYGUARDS SHOT THE GUNMAN TO DEATH AFTER HE FIRED AT THE CANDIDATE ABOARD AN AVIANCA AIRLINE PLANE.';
    expect(run(pos).events.flatMap((e) => e.attackers.map((a) => a.text))).not.toContain('BODYGUARDS');
    const neg = 'BOGOTA, 26 APR 90 (AFP) -- [TEXT] GUNMEN SHOT THE CANDIDATE TO DEATH ABOARD AN AVIANCA AIRLINE PLANE.';
    const [e] = run(neg).events;
    expect(attackers(e!)).toEqual([['gunmen', 'GUNMEN', 'subject-attacker']]);
    spansHold(neg, e!);
  });
});
