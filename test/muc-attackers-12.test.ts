// Attackers under --scope terrorism, round 12: `modifier-attacker` leaves an official out ("THE FOURTH JUDGE RIDDLED
// WITH BULLETS BY …" names no judge as attacker): values, spans and rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { ROLE_RULES } from '../src/core/refine/roles.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1989-08-18' });
const attackers = (e: EventRecord) => e.attackers.map((a, i) => ({ name: a.name, text: a.text, start: a.start, end: a.end, rule: e.explain?.attackers?.[i] }));

describe('modifier-attacker: not an official', () => {
  it('holds the kinds as data', () => {
    expect(ROLE_RULES.find((r) => r.name === 'modifier-attacker')?.kinds).toEqual(['armed_group', 'military', 'police', 'state', 'civilians', 'facility', 'unknown']);
  });

  it('"A SHINING PATH ATTACK": the group before the deed noun', () => {
    const text = 'LIMA, 18 AUG 89 -- [TEXT] TWO POLICEMEN WERE KILLED TODAY IN A SHINING PATH ATTACK ON A POLICE POST IN AYACUCHO.';
    const [e] = run(text).events;
    const a = attackers(e!).find((x) => x.rule === 'modifier-attacker');
    expect(a).toMatchObject({ text: 'SHINING PATH' });
    expect(text.slice(a!.start, a!.end)).toBe('SHINING PATH');
  });

  it('"THE FOURTH JUDGE RIDDLED WITH BULLETS BY UNIDENTIFIED GUNMEN": the judge is no attacker (DEV-MUC3-0932)', () => {
    const text = 'MEDELLIN, 18 AUG 89 -- [TEXT] THIS IS THE FOURTH JUDGE RIDDLED WITH BULLETS BY UNIDENTIFIED GUNMEN IN MEDELLIN WITHIN 5 MONTHS.';
    const all = run(text).events.flatMap((e) => attackers(e));
    expect(all.map((a) => a.text)).not.toContain('JUDGE');
    expect(all.filter((a) => a.rule === 'modifier-attacker')).toEqual([]);
  });
});
