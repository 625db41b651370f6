// Attackers under --scope terrorism (MUC-4 keys), ninth round: a bare participle is a passive (roles.ts BARE_PARTICIPLE),
// a progressive accusation names the accused (resp-accused-of), a victim's party is no guessed attacker
// (fallback-not-agent-skip); values, spans and rule names, with negative cases.
import { describe, expect, it } from 'vitest';
import { recordExamples } from './helpers/responsibility.js';
import { run as coded } from './helpers/run.js';
import type { EventRecord } from '../src/core/types.js';
import { BARE_PARTICIPLE } from '../src/core/refine/roles.js';
import { RESPONSIBILITY_RULES } from '../src/core/extract/actors/lexicon.js';
import { FALLBACK_LAYER_SKIP_RULES } from '../src/core/refine/record.js';

const run = (text: string) => coded(text, { published: null }).res;
const events = (text: string) => run(text).events;
/** The party named `text` among an event's attackers or targets, with the rule that gave it. */
const party = (e: EventRecord, field: 'attackers' | 'targets', text: string) => {
  const i = e[field].findIndex((a) => a.text === text);
  return i < 0 ? null : { ...e[field][i]!, rule: e.explain?.[field]?.[i] };
};
const byTrigger = (text: string, trigger: string) => events(text).find((e) => e.trigger.text === trigger)!;

describe('a bare participle is a passive (BARE_PARTICIPLE)', () => {
  const [reduced, elided] = BARE_PARTICIPLE.examples.pos;
  it('the noun before a reduced relative is the victim, not the attacker', () => {
    const text = `MEDELLIN, 18 AUG 89 -- [TEXT] GUNMEN FIRED ON POLICE CHIEF WALDEMAR QUINTERO TODAY. ${reduced!.slice(reduced!.indexOf('A CRIMINAL'))}`;
    const e = byTrigger(text, 'FIRED ON');
    expect(e.attackers.map((a) => a.text)).toEqual(['GUNMEN']);
    expect(party(e, 'attackers', 'GUNMEN')?.rule).toBe('subject-attacker');
    const t = party(e, 'targets', 'WALDEMAR QUINTERO');
    expect(text.slice(t!.start, t!.end)).toBe('WALDEMAR QUINTERO');
  });
  it('an elided "were" ("AND AT LEAST 24 SOLDIERS INJURED WHEN …") makes the soldiers victims', () => {
    const e = byTrigger(elided!, 'EXPLODED');
    expect(e.attackers.map((a) => a.text)).not.toContain('SOLDIERS');
    expect(party(e, 'targets', 'SOLDIERS')?.rule).toBe('passive-subject');
  });
  it('an active verb with its object keeps its subject the attacker', () => {
    const [active, coordinated] = BARE_PARTICIPLE.examples.neg;
    const e = byTrigger(active!, 'MURDERED');
    expect(party(e, 'attackers', 'GUERRILLAS')?.rule).toBe('subject-attacker');
    expect(party(e, 'targets', 'COMMANDER')?.rule).toBe('object-target');
    // "KIDNAPPED AND KILLED THE MAYOR": the verbs share their object
    expect(party(byTrigger(coordinated!, 'KIDNAPPED'), 'attackers', 'GUERRILLAS')?.rule).toBe('subject-attacker');
  });
  it('a count opens an object: "MURDERED MORE THAN 70,000", "KILLED AT LEAST 20" stay active', () => {
    for (const text of ['SAN SALVADOR, 10 SEP 89 -- [TEXT] GUERRILLAS KILLED AT LEAST 20 PEASANTS IN CHALATENANGO TODAY.', 'SAN SALVADOR, 10 SEP 89 -- [TEXT] GUERRILLAS KILLED MORE THAN 20 PEASANTS IN CHALATENANGO TODAY.']) {
      const e = byTrigger(text, 'KILLED');
      expect(party(e, 'attackers', 'GUERRILLAS')?.rule).toBe('subject-attacker');
      expect(e.targets.map((t) => t.text)).not.toContain('GUERRILLAS');
    }
  });
  it('a participle takes only the noun right before it, not a party further back', () => {
    const text = 'BOGOTA, 3 SEP 89 -- [TEXT] A BOMB EXPLODED TODAY IN A BANK IN BOGOTA. THIS NEW TERRORIST ACTION HAS LEFT A TOLL OF 1 PERSON WOUNDED AND MATERIAL DAMAGE.';
    const all = events(text).flatMap((e) => [...e.attackers, ...e.targets].map((a) => a.text));
    expect(all).not.toContain('TERRORIST');
  });
});

describe('resp-accused-of: a progressive and a relative clause accuse too', () => {
  const r = RESPONSIBILITY_RULES.find((x) => x.name === 'resp-accused-of')!;
  recordExamples(r);
  it('the accused is the attacker, with its span', () => {
    const text = r.examples!.pos[1]!;
    const e = events(text)[0]!;
    const a = party(e, 'attackers', 'THE ARMY');
    expect(a?.rule).toBe('resp-accused-of');
    expect(text.slice(a!.start, a!.end)).toBe('THE ARMY');
    expect(e.responsibility).toBe('attributed');
  });
});

describe('fallback-not-agent-skip: a group named as a person\'s party is no attacker', () => {
  const rule = FALLBACK_LAYER_SKIP_RULES.find((r) => r.match.near?.test.words?.includes('candidate'))!;
  it('the victim\'s party is not guessed the attacker, and the skip is traced', () => {
    const text = rule.examples.pos[0]!;
    const r = run(text);
    const e = r.events.find((x) => x.trigger.text === 'SHOT')!;
    expect(e.attackers).toEqual([]);
    const skip = r.trace?.find((t) => t.rule === 'fallback-not-agent-skip' && t.text === 'M-19');
    expect(skip?.action).toBe('reject');
    expect(text.slice(skip!.start, skip!.end)).toBe('M-19');
  });
  it('a group named on its own stays the guessed attacker', () => {
    const e = events(rule.examples.neg[0]!).find((x) => x.trigger.text === 'SHOT')!;
    expect(e.attackers.map((a) => a.name)).toEqual(['M-19']);
    expect(e.explain?.attackers).toEqual(['fallback-armed-group']);
  });
});
