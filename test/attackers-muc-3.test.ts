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
