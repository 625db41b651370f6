// MUC-4 attackers and targets: a party that took part in the deed (`resp-took-part`), force and group heads of the
// MUC-4 wires, plural facility heads, and "FMLN GUERRILLAS" as MUC-4's two parties (the group and its members).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { CLAIMANT_NAMED, RESPONSIBILITY_RULES } from '../src/core/extract/actors/lexicon.js';
import { findActors, findResponsibility } from '../src/core/extract/actors/index.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1990-01-03' });
/** Each party of a field with the rule that gave it: [name, text, rule]. */
const parties = (e: EventRecord, field: 'attackers' | 'targets') => e[field].map((a, i) => [a.name, a.text, e.explain?.[field]?.[i]]);

describe('resp-took-part', () => {
  const rule = RESPONSIBILITY_RULES.find((r) => r.name === 'resp-took-part')!;

  it('the party right before "participated in / involved in the crime" is attributed the deed, with its span', () => {
    const [a, b] = rule.examples!.pos;
    const ca = findResponsibility(a!).filter((c) => c.rule === 'resp-took-part');
    expect(ca.map((c) => [c.text, c.value, c.actor?.text])).toEqual([['PARTICIPATED IN THE CRIME', 'attributed', 'THE ARMED FORCES']]);
    expect(a!.slice(ca[0]!.actor!.start, ca[0]!.actor!.end)).toBe('THE ARMED FORCES');
    expect(a!.slice(ca[0]!.start, ca[0]!.end)).toBe('PARTICIPATED IN THE CRIME');
    const cb = findResponsibility(b!).filter((c) => c.rule === 'resp-took-part');
    expect(cb.map((c) => [c.text, c.actor?.text])).toEqual([['INVOLVED IN THE MASSACRE', 'SOLDIERS']]);
  });

  it('not a denial, nor a party further back than "who/that" and an adverb', () => {
    for (const neg of rule.examples!.neg) expect(findResponsibility(neg).map((c) => c.rule)).not.toContain('resp-took-part');
  });

  it('joins the attackers of the incident told in the same sentence', () => {
    const text = 'SAN SALVADOR, 10 JAN 90 -- [TEXT] SIX JESUITS WERE MURDERED ON 16 NOVEMBER, AND CRISTIANI ANNOUNCED THAT "MEMBERS OF THE ARMED FORCES" PARTICIPATED IN THE CRIME.';
    const [e] = run(text).events;
    expect(parties(e!, 'attackers')).toContainEqual(['Army', 'THE ARMED FORCES', 'resp-took-part']);
    expect(e!.explain?.responsibility).toEqual(['resp-took-part']);
    const negative = 'SAN SALVADOR, 10 JAN 90 -- [TEXT] SIX JESUITS WERE MURDERED ON 16 NOVEMBER, AND THE COLONEL SAID THE SOLDIERS WERE NOT INVOLVED IN THE CRIME.';
    expect(run(negative).events.flatMap((x) => x.explain?.attackers ?? [])).not.toContain('resp-took-part');
  });
});

describe('actor-claimant-named', () => {
  it('a group no dictionary knows, named right before its claim, is the claimant, with its span', () => {
    const [a, b] = CLAIMANT_NAMED.examples.pos;
    for (const [text, name] of [[a!, 'MORAZANIST PATRIOTIC FRONT'], [b!, 'GERARDO BARRIOS CIVIC FORCE']] as const) {
      expect(findResponsibility(text).map((c) => c.actor)).toEqual([null]); // MUC-4's organizations only
      const [c] = findResponsibility(text, 0, text.length, 'terrorism');
      expect([c!.rule, c!.value, c!.actor?.rule, c!.actor?.text]).toEqual(['resp-claimed', 'claimed', 'actor-claimant-named', name]);
      expect(text.slice(c!.actor!.start, c!.actor!.end)).toBe(name);
    }
  });

  it('no group at all, or a group noun with no name, is no claimant', () => {
    for (const neg of CLAIMANT_NAMED.examples.neg) expect(findResponsibility(neg, 0, neg.length, 'terrorism').map((c) => c.actor?.rule ?? null)).toEqual([null]);
  });

  it('the claimant of an upper-case wire is the attacker of the incident it claims', () => {
    const text = 'SAN SALVADOR, 19 APR 89 (AFP) -- [TEXT] A SELF-NAMED ULTRA-RIGHT-WING COMMANDO UNIT, THE "GERARDO BARRIOS CIVIC FORCE" [FUERZA CIVICA GERARDO BARRIOS] TONIGHT CLAIMED RESPONSIBILITY FOR THE DYNAMITE ATTACK THAT KILLED SALVADORAN ATTORNEY GENERAL ROBERTO GARCIA TODAY.';
    const [e] = run(text).events;
    expect(e!.attackers.map((x, i) => [x.text, e!.explain?.attackers?.[i]])).toEqual([['GERARDO BARRIOS CIVIC FORCE', 'resp-claimed']]);
    expect(text.slice(e!.attackers[0]!.start, e!.attackers[0]!.end)).toBe('GERARDO BARRIOS CIVIC FORCE');
    expect(run(text, 'all').events.flatMap((x) => x.attackers)).toEqual([]);
  });
});

describe('group and force heads of the MUC-4 wires', () => {
  it('a guerrilla column and military patrols are parties; a newspaper column and the verb "commands" are not', () => {
    const text = 'LA PAZ, 9 MAY 89 -- [TEXT] A GUERRILLA COLUMN AMBUSHED MILITARY PATROLS NEAR THE TOWN. THE NEWSPAPER COLUMN SAID HE COMMANDS THE BRIGADE.';
    const actors = findActors(text).map((a) => [a.text, a.kind, a.rule]);
    expect(actors).toEqual([['GUERRILLA COLUMN', 'armed_group', 'actor-descriptive'], ['PATROLS', 'military', 'actor-descriptive']]);
  });
});

describe('group-members-attacker', () => {
  const murder = (by: string) => `SAN SALVADOR, 17 OCT 89 (RADIO CADENA YSU) -- [TEXT] THE GOVERNMENT CONDEMNS THE COWARDLY MURDER OF MS DOLORES ISABEL CASANOVA PORRAS, CARRIED OUT THIS MORNING BY ${by} IN SANTA TECLA.`;
  it.each([
    ['"FMLN URBAN COMMANDS" are the FMLN and its members', 'SAN SALVADOR, 9 MAY 89 (AFP) -- [TEXT] THE FMLN URBAN COMMANDS ATTACKED THE HEADQUARTERS OF THE 1ST INFANTRY BRIGADE TODAY.', [['FMLN', 'FMLN', 'subject-attacker'], ['FMLN urban commands', 'FMLN URBAN COMMANDS', 'group-members-attacker']]],
    // group-members-once
    ['a group named twice before its members gives one members party', murder('FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT] TERRORISTS'), [['FMLN', 'FMLN', 'by-agent'], ['FMLN terrorists', 'FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT] TERRORISTS', 'group-members-attacker']]],
    ['a group named once still has its members beside it', murder('FMLN TERRORISTS'), [['FMLN', 'FMLN', 'by-agent'], ['FMLN terrorists', 'FMLN TERRORISTS', 'group-members-attacker']]],
  ])('%s', (_title, text, expected) => {
    const [e] = run(text).events;
    expect(parties(e!, 'attackers')).toEqual(expected);
  });
});

describe('plural facility heads', () => {
  it('schools and hospitals a bomb destroyed are its targets, with their spans', () => {
    const text = 'BOGOTA, 9 MAY 89 -- [TEXT] A BOMB DESTROYED TWO SCHOOLS AND THREE HOSPITALS IN MEDELLIN TODAY.';
    const [e] = run(text).events;
    expect(parties(e!, 'targets')).toEqual([['schools', 'SCHOOLS', 'near-object-target'], ['hospitals', 'HOSPITALS', 'near-object-target']]);
    for (const t of e!.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('a plural facility word that modifies the next noun is no facility; buildings, a judicial branch, radio stations neither', () => {
    const text = 'BOGOTA, 9 MAY 89 -- [TEXT] THE HOSPITALS ASSOCIATION, THE JUDICIAL BRANCH AND THE RADIO STATIONS CONDEMNED THE BOMBING OF SOME BUILDINGS.';
    expect(findActors(text).filter((a) => a.kind === 'facility').map((a) => a.text)).toEqual([]);
  });
});
