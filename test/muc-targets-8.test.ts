// MUC-4 targets, eighth pass: descriptive victims that are no name ("A WOMAN", "ONE PERSON", "DELGADO'S DRIVER",
// "10 UNION MEMBERS"), the woman set in apposition to a named victim, and the bare person nouns of modern wires.
// Values, spans and rule names, with negative cases.
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/core/extract/actors/index.js';
import { truecase } from '../src/core/lang/truecase.js';
import { TITLE_RULES } from '../src/core/refine/roles.js';
import { coded, events, expectTarget, target } from './helpers/targets.js';

/** The actors of an upper-case text as the pipeline finds them: on its truecased copy. */
const actorsOf = (text: string) => findActors(truecase(text));
const mention = (text: string, span: string) => actorsOf(text).find((a) => text.slice(a.start, a.end) === span);

describe('victim-noun-needs-count: one person named by a bare noun', () => {
  const text = '   SAN SALVADOR, 3 JUL 89 (AFP) -- [TEXT] URBAN GUERRILLAS ATTACKED TWO POLICE CHECKPOINTS TODAY, DAMAGING A PRIVATE RESIDENCE AND WOUNDING A WOMAN AND A GIRL.\n';
  it('a woman and a girl after a determiner are descriptive mentions, the article aside', () => {
    expect(mention(text, 'WOMAN')).toMatchObject({ rule: 'actor-descriptive', kind: 'civilians', descriptive: true });
    expect(mention(text, 'GIRL')).toMatchObject({ rule: 'actor-descriptive', kind: 'civilians' });
  });
  it('the woman wounded is a target of the attack', () => {
    const t = target(events(text), 'WOMAN');
    expect(t).not.toBeNull();
    expect(text.slice(t!.start, t!.end)).toBe('WOMAN');
    expect(t!.rule).toBe('casualty-victims');
  });
  it('one girl wounded, the passive subject of the wounding: its noun', () => {
    const story = '   LIMA, 23 MAR 90 (EFE) -- [TEXT] ONE GIRL WAS WOUNDED TODAY WHEN TERRORISTS ATTACKED A BUS IN LIMA.\n';
    // (a civilian's head takes any plain word before it, the number word "one" too)
    expect(mention(story, 'ONE GIRL')).toMatchObject({ rule: 'actor-descriptive', kind: 'civilians' });
    expectTarget(story, 'ONE GIRL', 'passive-subject');
  });
  it('a bare "person" or "man" is no mention: on muc4-tst2 it cost more than it found', () => {
    const story = '   LIMA, 23 MAR 90 (EFE) -- [TEXT] ONE PERSON WAS KILLED AND A MAN WAS WOUNDED TODAY WHEN TERRORISTS ATTACKED A BUS IN LIMA.\n';
    expect(mention(story, 'PERSON')).toBeUndefined();
    expect(mention(story, 'MAN')).toBeUndefined();
  });
  it('a possessor makes one person too: "DELGADO\'S DRIVER"', () => {
    const story = '   LIMA, 23 JUN 89 (EFE) -- [TEXT] DELGADO\'S DRIVER WAS KILLED WHEN MRTA GUERRILLAS KIDNAPPED HECTOR DELGADO PARKER TODAY.\n';
    expect(mention(story, 'DRIVER')).toMatchObject({ rule: 'actor-descriptive' });
  });
  it('no bare noun with no determiner, and no "the woman" told again', () => {
    const plain = '   LIMA, 23 MAR 90 (EFE) -- [TEXT] WOMAN AND CHILD ARE WORDS.\n';
    expect(actorsOf(plain).filter((a) => /woman|child/i.test(a.name))).toEqual([]);
    const again = '   LIMA, 23 MAR 90 (EFE) -- [TEXT] TERRORISTS ATTACKED THE HOUSE. THE WOMAN WAS NOT HOME.\n';
    expect(mention(again, 'WOMAN')).toBeUndefined();
  });
});

describe('group members: "UNION MEMBERS" with a plain modifier, "MEMBERS OF X" left to the refiners', () => {
  it('10 union members killed in a dynamite attack are a party with their modifier', () => {
    const text = '   SAN SALVADOR, 31 OCT 89 -- [TEXT] TERRORISTS KILLED 10 UNION MEMBERS IN A DYNAMITE ATTACK AGAINST THE FENASTRAS HEADQUARTERS TODAY.\n';
    expect(mention(text, 'UNION MEMBERS')).toMatchObject({ rule: 'actor-descriptive', kind: 'unknown', name: 'union members' });
    expectTarget(text, 'UNION MEMBERS', 'object-target');
  });
  it('members of a group are no party of their own, nor "our members"', () => {
    const text = 'A Turkish drone strike on a vehicle killed three members of a Yazidi armed group.';
    expect(findActors(text).filter((a) => /members/.test(a.name))).toEqual([]);
    const ours = 'Police said they arrested our members today.';
    expect(findActors(ours).filter((a) => /members/.test(a.name))).toEqual([]);
  });
  it('an armed head takes no plain modifier: "senate gunmen" is gunmen', () => {
    const text = 'Senate gunmen fired on the crowd.';
    expect(findActors(text).find((a) => /gunmen/.test(a.name))?.name).toBe('gunmen');
  });
  it('a bracket ends the modifiers: "FENASTRAS [SALVADORAN WORKERS" is no name', () => {
    const text = '   SAN SALVADOR, 3 NOV 89 -- [TEXT] THE ATTACK AGAINST FENASTRAS [SALVADORAN WORKERS NATIONAL UNION FEDERATION] HEADQUARTERS KILLED 10.\n';
    const spans = actorsOf(text).map((a) => text.slice(a.start, a.end));
    expect(spans.some((x) => x.includes('['))).toBe(false);
    // (and the people noun of the expanded union's name is no party at all: muc-targets-weapons-11)
    expect(spans.some((x) => /WORKERS/.test(x))).toBe(false);
  });
});

describe('title-of-named-victim: a woman set in apposition to the person named', () => {
  const rule = TITLE_RULES.find((r) => r.name === 'title-of-named-victim')!;
  it('the record reads a person noun with its modifiers', () => {
    expect(rule.match.titles.test('29-year-old woman')).toBe(true);
    expect(rule.match.titles.test('woman')).toBe(true);
    expect(rule.match.titles.test('union members')).toBe(false);
  });
  const text = '   BOGOTA, 6 SEP 89 -- [TEXT] LUZ AMPARO GOMEZ SERNA, A 29-YEAR-OLD WOMAN FROM CALI, WAS MURDERED THIS AFTERNOON BY UNIDENTIFIED GUNMEN.\n';
  it('the named person is the target, the apposed woman is not', () => {
    const es = events(text);
    expect(target(es, 'LUZ AMPARO GOMEZ SERNA')).not.toBeNull();
    expect(target(es, '29-YEAR-OLD WOMAN')).toBeNull();
    expect((coded(text).trace ?? []).filter((f) => f.rule === 'title-of-named-victim' && f.action === 'reject').map((f) => f.text)).toEqual(['29-YEAR-OLD WOMAN']);
  });
  it('a woman in a list beside the named person stays', () => {
    const list = '   BOGOTA, 6 SEP 89 -- [TEXT] UNIDENTIFIED GUNMEN MURDERED LUZ AMPARO GOMEZ SERNA AND WOUNDED A WOMAN THIS AFTERNOON.\n';
    const t = target(events(list), 'WOMAN');
    expect(t).not.toBeNull();
    expect(list.slice(t!.start, t!.end)).toBe('WOMAN');
  });
});

describe('generic-victims-beside-target: a bare person noun beside what was attacked (modern wires, not --scope terrorism)', () => {
  const text = 'Imphal, Sep 14, 2023 (PTI) - Five people, including a woman, were injured when suspected militants lobbed a hand grenade at a vegetable market in Imphal on Thursday.';
  it('the market is the target; the woman is not', () => {
    const es = events(text, 'all');
    expect(es.flatMap((e) => e.targets.map((t) => t.text))).toContain('vegetable market');
    expect(target(es, 'woman')).toBeNull();
  });
  it('under --scope terrorism the woman stays a target', () => {
    const t = target(events(text.toUpperCase()), 'WOMAN');
    expect(t).not.toBeNull();
  });
});
