// MUC targets, round 9: an armed side or a state among the targets of a kept terrorism event is dropped
// (scope.ts SCOPE_TARGET_RULES, `terrorism-combatant-target`), and the facility heads the lexicon lacked (ambulances,
// mansions, businesses …: lexicon.ts FACILITY_HEADS). Values, spans, rules, and negative cases.
import { describe, expect, it } from 'vitest';
import { SCOPE_TARGET_RULES } from '../src/core/refine/scope.js';
import { findActors } from '../src/core/extract/actors/index.js';
import { coded, events, target } from './helpers/targets.js';

const rejected = (text: string, rule: string) => (coded(text).trace ?? []).filter((r) => r.rule === rule && r.action === 'reject').map((r) => r.text);

describe('terrorism-combatant-target', () => {
  const rule = SCOPE_TARGET_RULES[0]!;
  for (const t of rule.examples.pos) it(`drops a combatant target: ${t.slice(40, 100)}`, () => expect(rejected(t, rule.name).length).toBeGreaterThan(0));
  for (const t of rule.examples.neg) it(`keeps the targets: ${t.slice(40, 100)}`, () => expect(rejected(t, rule.name)).toEqual([]));

  const text = rule.examples.pos[0]!;
  it('the guerrilla killed is no target; the civilians wounded and the post stay, with their rules', () => {
    const es = events(text);
    expect(es).toHaveLength(1);
    expect(target(es, 'GUERRILLA')).toBeNull();
    expect(rejected(text, rule.name)).toEqual(['GUERRILLA']);
    const civilians = target(es, 'TWO CIVILIANS') ?? target(es, 'CIVILIANS');
    expect(civilians?.kind).toBe('civilians');
    expect(civilians?.rule).toBe('passive-subject');
    expect(target(es, 'SECURITY POST')?.rule).toBe('near-object-target');
    // explain names one rule per target, in their order
    expect(es[0]!.explain?.targets).toHaveLength(es[0]!.targets.length);
    expect(es[0]!.explain?.targets_mention).toHaveLength(es[0]!.targets.length);
    for (const t of es[0]!.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('a policeman stays a target', () => {
    const es = events(rule.examples.neg[0]!);
    expect(es[0]!.targets.some((t) => t.kind === 'police')).toBe(true);
  });
  it('not in the default scope: there the guerrilla stays', () => {
    const es = events(text, 'all');
    expect(es.flatMap((e) => e.targets).some((t) => t.kind === 'armed_group')).toBe(true);
    expect((coded(text, 'all').trace ?? []).some((r) => r.rule === rule.name)).toBe(false);
  });
  it('an event whose every target is a combatant is still dropped by the scope, not emptied', () => {
    const es = events('SAN SALVADOR, 3 JUL 89 (AFP) -- [TEXT] GUERRILLAS ATTACKED AN ARMY PATROL TODAY AND KILLED TWO SOLDIERS.');
    expect(es.every((e) => e.targets.length > 0 || e.attackers.length > 0)).toBe(true);
    expect(es.flatMap((e) => e.targets).some((t) => t.kind === 'military')).toBe(false);
  });
});

describe('facility heads: ambulances, mansions, businesses', () => {
  it('red cross ambulances shot at', () => {
    const text = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] GUERRILLAS FIRED AT TWO RED CROSS AMBULANCES TODAY.';
    const t = events(text).flatMap((e) => e.targets).find((a) => /AMBULANCES$/.test(a.text));
    expect(t?.kind).toBe('facility');
    expect(text.slice(t!.start, t!.end)).toBe(t!.text);
  });
  it('the windows of numerous mansions shattered', () => {
    const text = 'MEDELLIN, 8 SEP 89 (AFP) -- [TEXT] THE BLAST SHATTERED THE WINDOWS OF NUMEROUS MANSIONS IN THE LAURELES NEIGHBORHOOD.';
    expect(findActors(text).some((a) => a.kind === 'facility' && a.text === 'MANSIONS')).toBe(true);
  });
  it('several businesses damaged', () => {
    const text = 'MEDELLIN, 9 SEP 89 -- [TEXT] A BOMB EXPLODED TODAY IN MEDELLIN. SEVERAL NEARBY BUSINESSES WERE DAMAGED.';
    expect(findActors(text).some((a) => a.kind === 'facility' && a.text === 'NEARBY BUSINESSES')).toBe(true);
  });
  it('farm workers are people, no facility', () => {
    const text = 'MEDELLIN, 10 SEP 89 (DPA) -- [TEXT] UNIDENTIFIED INDIVIDUALS TODAY KILLED TWO FARM WORKERS.';
    const t = target(events(text), 'FARM WORKERS');
    expect(t?.kind).toBe('civilians');
    expect(findActors(text).some((a) => a.kind === 'facility')).toBe(false);
  });
  it('no facility of a trucker or a firm ("pickup trucks" the attackers fired from stay out)', () => {
    const text = 'The attackers fired rifles from two pickup trucks at a maritime security firm.';
    expect(findActors(text).some((a) => a.kind === 'facility')).toBe(false);
  });
});

describe('facility heads: the electric system and its lines, two words', () => {
  it('"sabotage actions against the electricity system": the system is the target (DEV-MUC3-0319)', () => {
    const text = 'SAN SALVADOR, 21 JUL 89 -- [TEXT] URBAN GUERRILLAS TONIGHT ATTACKED THE ELECTRICITY SYSTEM IN THE ESCALON NEIGHBORHOOD.';
    const es = events(text);
    const t = es.flatMap((e) => e.targets).find((a) => /SYSTEM$/.test(a.text));
    expect(t?.kind).toBe('facility');
    expect(t?.name.toLowerCase()).toContain('electricity system');
    expect(text.slice(t!.start, t!.end)).toBe(t!.text);
    expect(es[0]?.explain?.targets_mention).toContain('actor-facility');
  });
  it('"damaging seven high voltage lines": the lines are a facility', () => {
    const text = 'SAN SALVADOR, 3 FEB 89 -- [TEXT] THE GUERRILLAS DESTROYED 10 TOWERS, DAMAGING SEVEN HIGH VOLTAGE LINES.';
    const a = findActors(text).find((x) => x.kind === 'facility' && /LINES$/.test(x.text));
    expect(a?.text).toMatch(/HIGH VOLTAGE LINES$/);
    expect(text.slice(a!.start, a!.end)).toBe(a!.text);
  });
  it('a bare "system" or "lines" is none ("the judicial system", "the front lines")', () => {
    const text = 'SAN SALVADOR, 3 FEB 89 -- [TEXT] THE JUDICIAL SYSTEM IS IN CRISIS, AND THE TROOPS HOLD THE FRONT LINES.';
    expect(findActors(text).some((a) => a.kind === 'facility')).toBe(false);
  });
});
