// Attackers under --scope terrorism (MUC-4 keys), third round: the organization a story names anywhere beside
// generic perpetrators (record.ts OWN_ORGANIZATION_RULES), values, spans and rule names, with negative cases.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1990-01-03' });
const events = (text: string) => run(text).events;
const attackerRules = (es: EventRecord[]) => es.flatMap((e) => e.explain?.attackers ?? []);
/** The attacker whose name is `name`, with the rule that gave it. */
const attacker = (e: EventRecord, name: string) => {
  const i = e.attackers.findIndex((a) => a.name === name);
  return i < 0 ? null : { ...e.attackers[i]!, rule: e.explain?.attackers?.[i] };
};

describe('generic-story-organization', () => {
  const text = 'SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMED FORCES REPORTED TODAY THAT A SOLDIER WAS WOUNDED. LAST NIGHT GUERRILLAS ATTACKED THE POWER PLANT IN SOYAPANGO. THE FMLN HAS ANNOUNCED A NEW OFFENSIVE.';
  it('the one group the story names after the lead joins the generic perpetrators, with its span', () => {
    const e = events(text).find((x) => x.trigger.text === 'ATTACKED')!;
    expect(attacker(e, 'guerrillas')?.rule).toBe('subject-attacker');
    const org = attacker(e, 'FMLN');
    expect(org?.rule).toBe('generic-story-organization');
    expect(text.slice(org!.start, org!.end)).toBe('FMLN');
  });
  it('not when the story names two groups', () => {
    expect(attackerRules(events(text.replace('THE FMLN HAS', 'THE FMLN AND THE ELN HAVE')))).not.toContain('generic-story-organization');
  });
  it('not for urban commandos nor alleged guerrillas, which MUC-4 keys leave without their organization', () => {
    expect(attackerRules(events(text.replace('GUERRILLAS ATTACKED', 'URBAN COMMANDOS ATTACKED')))).not.toContain('generic-story-organization');
    expect(attackerRules(events(text.replace('GUERRILLAS ATTACKED', 'ALLEGED GUERRILLAS ATTACKED')))).not.toContain('generic-story-organization');
  });
  it('only under the terrorism scope', () => {
    expect(attackerRules(run(text, 'all').events)).not.toContain('generic-story-organization');
  });
});

describe('no attacker from a far subject with no verb between (subject-attacker-far is gone)', () => {
  const text = 'TEGUCIGALPA, 16 APR 89 (ACAN - EFE) -- [EXCERPT] ONE MAN WAS KILLED AND ANOTHER SERIOUSLY INJURED THIS EVENING WHEN A POWERFUL EXPLOSIVE THEY WERE ATTEMPTING TO HURL FROM A PASSING MOTORCYCLE AT A U.S. EMBASSY WAREHOUSE IN TEGUCIGALPA EXPLODED BEFORE THEY COULD THROW IT.';
  it('the owner of the warehouse nine words before "exploded" is no attacker', () => {
    const es = events(text);
    expect(es.length).toBeGreaterThan(0);
    expect(es.flatMap((e) => e.attackers.map((a) => a.text))).not.toContain('U.S.');
    expect(attackerRules(es)).not.toContain('subject-attacker-far');
  });
  it('a subject right before its verb stays the attacker', () => {
    const near = 'LIMA, 12 JAN 90 -- [TEXT] SHINING PATH TERRORISTS KILLED THREE PEASANTS IN AYACUCHO.';
    const [e] = events(near);
    const a = e!.attackers.find((x) => x.text === 'SHINING PATH');
    expect(a && near.slice(a.start, a.end)).toBe('SHINING PATH');
    expect(e!.explain?.attackers).toContain('subject-attacker');
  });
});
