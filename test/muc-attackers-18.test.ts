// Attackers under --scope terrorism, round 18: a party that tells of the incident without reporting it, or charges
// another, is no fallback attacker (`fallback-speaker-skip`, `match.after`): values, spans and rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { FALLBACK_SKIP_RULES } from '../src/core/refine/record.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism', published: '1990-02-22' });
const attackers = (e: EventRecord) => e.attackers.map((a, i) => ({ name: a.name, text: a.text, start: a.start, end: a.end, rule: e.explain?.attackers?.[i] }));
const skipped = (text: string) => (run(text).trace ?? []).filter((t) => t.rule === 'fallback-speaker-skip' && t.action === 'reject');

describe('fallback-speaker-skip: who did not report, or who charges', () => {
  const after = FALLBACK_SKIP_RULES.find((r) => r.name === 'fallback-speaker-skip' && r.match.after)!.match.after!;

  it('is data of the fallback-speaker-skip record', () => {
    expect(after.test(' did not report any dead')).toBe(true);
    expect(after.test(' charged today that')).toBe(true);
    expect(after.test(' charged with the murder')).toBe(false);
  });

  it('"THE REBELS DID NOT REPORT ANY DEAD OR WOUNDED IN THE ALLEGED ATTACKS": the rebels tell of the bombing, no attacker', () => {
    const text =
      'TEGUCIGALPA, 22 FEB 90 (ACAN-EFE) -- [TEXT] ON 19 FEBRUARY PLANES BOMBED SEVERAL COMMUNITIES IN ZELAYA DEPARTMENT, IN NORTHERN NICARAGUA. THE REBELS DID NOT REPORT ANY DEAD OR WOUNDED IN THE ALLEGED ATTACKS.';
    const rejects = skipped(text);
    expect(rejects.map((t) => t.text)).toContain('REBELS');
    const r = rejects.find((t) => t.text === 'REBELS')!;
    expect(text.slice(r.start, r.end)).toBe('REBELS');
    expect(run(text).events.flatMap((e) => e.attackers.map((a) => a.name))).not.toContain('rebels');
  });

  it('"…, AS THE GUERRILLAS CHARGED TODAY": who charges is no attacker', () => {
    const text = 'SAN SALVADOR, 22 FEB 90 -- [TEXT] PLANES BOMBED SEVERAL VILLAGES IN CHALATENANGO LAST NIGHT, AS THE GUERRILLAS CHARGED TODAY.';
    const [r] = skipped(text);
    expect(r).toMatchObject({ text: 'GUERRILLAS', action: 'reject' });
    expect(text.slice(r!.start, r!.end)).toBe('GUERRILLAS');
    expect(run(text).events.flatMap((e) => e.attackers.map((a) => a.name))).not.toContain('guerrillas');
  });

  it('a group that only watched stays the fallback attacker', () => {
    const text = 'SAN SALVADOR, 22 FEB 90 -- [TEXT] PLANES BOMBED SEVERAL VILLAGES IN CHALATENANGO LAST NIGHT, AS THE GUERRILLAS WATCHED.';
    expect(skipped(text)).toEqual([]);
    const [e] = run(text).events;
    const [a] = attackers(e!);
    expect(a).toMatchObject({ name: 'guerrillas', text: 'GUERRILLAS', rule: 'fallback-armed-group' });
    expect(text.slice(a!.start, a!.end)).toBe('GUERRILLAS');
  });

  it('the accused "CHARGED WITH THE BOMBING" stay the fallback attacker', () => {
    const text = 'SAN SALVADOR, 22 FEB 90 -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A POWER STATION IN SOYAPANGO, AND THE POLICE ARRESTED TWO GUERRILLAS CHARGED WITH THE BOMBING.';
    expect(skipped(text)).toEqual([]);
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([expect.objectContaining({ name: 'guerrillas', text: 'GUERRILLAS', rule: 'fallback-armed-group' })]);
  });
});
