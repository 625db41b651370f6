// MUC-4 attackers, eighth pass: the fallback does not take who speaks for who did it, whether the wire's bracketed
// note before its text names them (a communique's author, the one interviewed) or they speak past their bracketed
// expansion ("THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) CONDEMNED").
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { FALLBACK_SKIP_RULES } from '../src/core/refine/record.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1990-03-03' });
/** Each attacker with the rule that gave it: [text, rule]. */
const attackers = (e: EventRecord) => e.attackers.map((a, i) => [a.text, e.explain?.attackers?.[i]]);
const rejects = (text: string, rule: string) => (run(text).trace ?? []).filter((t) => t.rule === rule && t.action === 'reject').map((t) => [t.text, text.slice(t.start, t.end)]);

describe('fallback-speaker-skip: the bracketed note before the text names who speaks', () => {
  const rule = FALLBACK_SKIP_RULES.find((r) => r.match.header)!;

  it('is a record of fallback-speaker-skip', () => {
    expect(rule.name).toBe('fallback-speaker-skip');
  });

  it('not the communique\'s author for the attacker', () => {
    const text = rule.examples.pos[0]!;
    const [e] = run(text).events;
    expect(e!.attackers).toEqual([]);
    const skipped = rejects(text, 'fallback-speaker-skip');
    expect(skipped).toContainEqual(['FARABUNDO MARTI NATIONAL LIBERATION FRONT', 'FARABUNDO MARTI NATIONAL LIBERATION FRONT']);
  });

  it('not the one interviewed ("[INTERVIEW WITH …, A COMMANDER OF THE FMLN, BY UNIDENTIFIED REPORTER]")', () => {
    const text = 'CLANDESTINE, 7 NOV 89 (RADIO VENCEREMOS) -- [INTERVIEW WITH VENANCIO SALVATIERRA, A COMMANDER OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT, BY UNIDENTIFIED REPORTER] [TEXT] [REPORTER] COMMANDER, WHAT DO YOU SAY ABOUT THE TERRORIST ATTACK ON THE UNION HEADQUARTERS?';
    expect(run(text).events.flatMap((e) => e.attackers.map((a) => a.text))).toEqual([]);
  });

  it('a group named in the story\'s text stays the fallback\'s, with its span', () => {
    const text = 'SAN SALVADOR, 13 JAN 90 (ACAN-EFE) -- [TEXT] A PEASANT WAS KILLED TODAY IN AN ATTACK ON THE TOWN, IN AN AREA WHERE THE FMLN IS ACTIVE.';
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([['FMLN', 'fallback-armed-group']]);
    const a = e!.attackers[0]!;
    expect(text.slice(a.start, a.end)).toBe('FMLN');
  });

  it('a group that acts in the text after the note is read by its clause', () => {
    const text = rule.examples.neg[0]!;
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([['FARABUNDO MARTI NATIONAL LIBERATION FRONT', 'subject-attacker']]);
  });
});

describe('fallback-speaker-skip: who speaks past a bracketed expansion', () => {
  // (the bracketed acronym itself, followed by ") CONDEMNED", is still the fallback's: reading past a closing bracket
  // lowered muc4-tst1 0.519 -> 0.518, so it was dropped)
  it('"THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) CONDEMNED": the long name is no attacker', () => {
    const text = 'SAN SALVADOR, 13 JAN 90 (ACAN-EFE) -- [TEXT] A PEASANT WAS KILLED TODAY IN AN ATTACK ON THE TOWN. THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) CONDEMNED THE COWARDLY ATTACK.';
    expect(run(text).events.flatMap((e) => e.attackers.map((a) => a.text))).not.toContain('FARABUNDO MARTI NATIONAL LIBERATION FRONT');
    expect(rejects(text, 'fallback-speaker-skip').map(([t]) => t)).toContain('FARABUNDO MARTI NATIONAL LIBERATION FRONT');
  });

  it('a group past its expansion that does not speak stays the fallback\'s', () => {
    const text = 'SAN SALVADOR, 13 JAN 90 (ACAN-EFE) -- [TEXT] A PEASANT WAS KILLED TODAY IN AN ATTACK ON THE TOWN, IN AN AREA WHERE THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) IS ACTIVE.';
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([['FARABUNDO MARTI NATIONAL LIBERATION FRONT', 'fallback-armed-group']]);
  });

  it('the agent of the deed past its expansion stays the attacker ("BY THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN)")', () => {
    const text = 'SAN SALVADOR, 13 JAN 90 (ACAN-EFE) -- [TEXT] A PEASANT WAS KILLED TODAY IN AN ATTACK ON THE TOWN BY THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN).';
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([['FARABUNDO MARTI NATIONAL LIBERATION FRONT', 'by-agent']]);
  });
});
