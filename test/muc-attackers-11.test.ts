// Attackers under --scope terrorism, round 11: a civilian noun after "by" stays the deed's attacker (`by-agent`'s
// `keepKinds`), and a possessor group is no fallback attacker (`fallback-not-agent-skip`): values, spans and rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { PP_ROLE_RULES } from '../src/core/refine/roles.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism', published: '1989-04-11' });
const attackers = (e: EventRecord) => e.attackers.map((a, i) => ({ name: a.name, text: a.text, start: a.start, end: a.end, rule: e.explain?.attackers?.[i] }));

describe('by-agent keeps a civilian noun as the attacker', () => {
  it('is a field of the by-agent record, not a test of its name', () => {
    expect(PP_ROLE_RULES.find((r) => r.name === 'by-agent')?.match.keepKinds).toEqual(['civilians']);
  });

  it('"SHOT BY ONE OF THE DEMONSTRATORS": the demonstrators shot, they are no victims', () => {
    const text = 'QUITO, 11 APR 89 (RADIO QUITO) -- [TEXT] POLICEMAN CASTRO ROMAN WAS SHOT BY ONE OF THE DEMONSTRATORS IN GUAYAQUIL TODAY.';
    const [e] = run(text).events;
    const [a] = attackers(e!);
    expect(a).toMatchObject({ name: 'demonstrators', text: 'DEMONSTRATORS', rule: 'by-agent' });
    expect(text.slice(a!.start, a!.end)).toBe('DEMONSTRATORS');
    expect(e!.targets.map((t) => t.name)).not.toContain('demonstrators');
  });

  it('not a civilian noun after a comma in the by-phrase\'s run: the reporter of "BY SALVADORAN AIRCRAFT, JOURNALISTS … REPORTED"', () => {
    const text = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] APPROXIMATELY 500 HOMES WERE DESTROYED TODAY AS A RESULT OF MISSILE BOMBARDMENT BY SALVADORAN AIRCRAFT, JOURNALISTS ACCREDITED IN THIS COUNTRY REPORTED.';
    const names = run(text).events.flatMap((e) => e.attackers.map((a) => a.name));
    expect(names).not.toContain('journalists');
  });

  it('a facility after "by" is still no attacker', () => {
    const text = 'LIMA, 11 APR 89 -- [TEXT] THE POLICE STATION WAS DESTROYED TODAY BY A CAR BOMB.';
    const names = run(text).events.flatMap((e) => e.attackers.map((a) => a.name));
    expect(names).not.toContain('car');
  });
});

describe('fallback-not-agent-skip: a possessor group', () => {
  const possessed = "SAN SALVADOR, 12 NOV 89 -- [TEXT] TWO NURSES WERE MURDERED IN SAN MIGUEL TODAY, IN SHARP CONTRAST WITH THE FMLN'S STRICT RESPECT FOR THE HOSPITALS.";
  it('the group that owns what is named is skipped, with the reject in the trace', () => {
    const r = run(possessed);
    expect(r.events.flatMap((e) => e.attackers.map((a) => a.name))).not.toContain('FMLN');
    const reject = (r.trace ?? []).find((t) => t.rule === 'fallback-not-agent-skip' && t.action === 'reject');
    expect(reject?.text).toBe('FMLN');
    expect(possessed.slice(reject!.start, reject!.end)).toBe('FMLN');
  });
  it('the same group after "of" is still the fallback attacker', () => {
    const text = possessed.replace("THE FMLN'S STRICT RESPECT", 'THE RESPECT OF THE FMLN');
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([expect.objectContaining({ name: 'FMLN', text: 'FMLN', rule: 'fallback-armed-group' })]);
  });
});

describe('fallback-speaker-skip: who bears no responsibility', () => {
  const skipped = (text: string) => (run(text).trace ?? []).filter((t) => t.rule === 'fallback-speaker-skip' && t.action === 'reject').map((t) => text.slice(t.start, t.end));
  it('"THE FMLN BEARS NO RESPONSIBILITY FOR THE ATTACK": no attacker', () => {
    const text = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] WE CONFIRM THAT THE FMLN BEARS NO RESPONSIBILITY WHATSOEVER FOR THE ATTACK ON DR RODRIGUEZ PORTH.';
    expect(skipped(text)).toEqual(['FMLN']);
    expect(run(text).events.flatMap((e) => e.attackers)).toEqual([]);
  });
  it('a group that did it keeps its role', () => {
    const text = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] WE CONFIRM THAT THE FMLN CARRIED OUT THE ATTACK ON DR RODRIGUEZ PORTH.';
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([expect.objectContaining({ name: 'FMLN', text: 'FMLN', rule: 'light-verb-attacker' })]);
  });
});
