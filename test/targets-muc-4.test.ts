// MUC-4 targets, fourth pass: a person named again by surname (actors/names.ts SURNAME_RULES).
// Values, spans and rule names, with negative cases.
import { describe, expect, it } from 'vitest';
import { SURNAME_RULES, findActors } from '../src/core/extract/actors/index.js';
import { TRUECASE_RULES, truecase } from '../src/core/lang/truecase.js';
import { FALLBACK_TYPE_SKIP_RULES } from '../src/core/refine/record.js';
import { coded, events, target } from './helpers/targets.js';

/** The words a TRUECASE_RULES record capitalised in an upper-case text: inside a sentence, capitalised, and lower case without the record. */
const nameWordRuleAt = (caps: string, name: string) => {
  const without = truecase(caps, TRUECASE_RULES.filter((r) => r.name !== name));
  const cased = truecase(caps);
  return [...cased.matchAll(/\p{L}+/gu)].filter((m) => m[0] !== without.slice(m.index!, m.index! + m[0].length)).map((m) => m[0]);
};

/** The actors of an upper-case text as the pipeline finds them: on its truecased copy. */
const actorsOf = (text: string) => findActors(truecase(text));

describe('actor-known-surname: every example of the record', () => {
  for (const r of SURNAME_RULES) {
    const last = (text: string) => text.slice(text.lastIndexOf('. ') + 2);
    for (const ex of r.examples.pos) {
      it(`${r.name} names again: ${ex.text.slice(0, 70)}`, () => {
        const at = ex.text.lastIndexOf('. ') + 2;
        const again = actorsOf(ex.text).filter((a) => a.rule === r.name && a.start >= at);
        expect(again.map((a) => ex.text.slice(a.start, a.end))).toEqual(ex.names);
        expect(last(ex.text)).toContain(ex.names[0]!);
      });
    }
    for (const text of r.examples.neg) it(`${r.name} does not: ${text.slice(0, 70)}`, () => expect(actorsOf(text).filter((a) => a.rule === r.name)).toEqual([]));
  }
});

describe('actor-known-surname: the person of the full mention', () => {
  const text = '   SAN SALVADOR, 12 JAN 90 -- [TEXT] SOCIAL DEMOCRATIC LEADER HECTOR OQUELI COLINDRES DISAPPEARED THIS MORNING IN GUATEMALA.\n\n   A SPOKESMAN REPORTED THAT OQUELI COLINDRES WAS "KIDNAPPED" AS HE WAS HEADING TO THE AIRPORT.';
  it('takes the full name, kind and cue of the earlier mention, with the span of the surnames', () => {
    const again = actorsOf(text).find((a) => a.rule === 'actor-known-surname');
    expect(again).toMatchObject({ name: 'Hector Oqueli Colindres', text: 'Oqueli Colindres', person: 'title', kind: 'unknown', again: true });
    expect(text.slice(again!.start, again!.end)).toBe('OQUELI COLINDRES');
  });
  it('the surname mention is the passive subject of the kidnapping: the target, named in full', () => {
    const t = target(events(text), 'OQUELI COLINDRES');
    expect(t?.rule).toBe('passive-subject');
    expect(t?.name).toBe('Hector Oqueli Colindres');
    expect(text.slice(t!.start, t!.end)).toBe('OQUELI COLINDRES');
  });
  it('a surname inside another run of names, or before an institution noun, is no mention of the person', () => {
    const other = text.replace('THAT OQUELI COLINDRES WAS', 'THAT JUAN COLINDRES WAS');
    expect(actorsOf(other).filter((a) => a.rule === 'actor-known-surname')).toEqual([]);
    const body = text.replace('THAT OQUELI COLINDRES WAS "KIDNAPPED" AS HE WAS HEADING TO THE AIRPORT', 'THAT THE OQUELI FOUNDATION WAS ATTACKED');
    expect(actorsOf(body).filter((a) => a.rule === 'actor-known-surname')).toEqual([]);
  });
  it('the fallback leaves a surname mention to the rules of its clause: no fallback-victim for it', () => {
    const story = '   BOGOTA, 5 FEB 90 -- [TEXT] THE POLICE ARRESTED SMUGGLER JOSE ANTONIO MURILLO IN CALI TODAY.\n\n   A BOMB EXPLODED IN MEDELLIN YESTERDAY, TWO HOURS BEFORE THE ARREST OF MURILLO WAS ANNOUNCED.\n';
    expect(events(story).flatMap((e) => e.targets)).toEqual([]);
    // the same sentence with the full name: the fallback takes it
    const full = story.replace('OF MURILLO', 'OF JOSE ANTONIO MURILLO');
    const t = target(events(full), 'JOSE ANTONIO MURILLO');
    expect(t?.rule).toBe('fallback-victim');
    expect(full.slice(t!.start, t!.end)).toBe('JOSE ANTONIO MURILLO');
  });
});

describe('truecase: name words that are English words too (lang/truecase.ts TRUECASE_RULES)', () => {
  for (const r of TRUECASE_RULES) {
    for (const [caps, cased] of r.examples.pos) {
      it(`${r.name}: ${caps}`, () => {
        expect(truecase(caps)).toBe(cased);
        expect(nameWordRuleAt(caps, r.name).length).toBe(1);
      });
    }
    // the word the rule would capitalise stays as the lexicon has it: no capital inside the sentence but the names'
    for (const caps of r.examples.neg) it(`${r.name} does not: ${caps}`, () => expect(nameWordRuleAt(caps, r.name)).toEqual([]));
  }
  it('"PRESIDENT ALFREDO CRISTIANI": the whole name is the person, and the target of the attack at its span', () => {
    const text = '   SAN SALVADOR, 29 NOV 89 -- [TEXT] THE FMLN TODAY ALSO ATTACKED THE RESIDENCE OF PRESIDENT ALFREDO CRISTIANI.';
    const t = target(events(text), 'ALFREDO CRISTIANI');
    expect(t?.rule).toBe('object-target');
    expect(text.slice(t!.start, t!.end)).toBe('ALFREDO CRISTIANI');
    // without the rule the tagger's ordinary word "alfredo" cut the name to its surname: no person at all
    expect(actorsOf(text).filter((a) => a.person).map((a) => a.name)).toEqual(['Alfredo Cristiani']);
  });
  it('"SEGUNDO MONTES": a surname that is an English word after an untitled given name; "SIX ROMAN CATHOLIC PRIESTS" none', () => {
    const text = '   SAN SALVADOR, 16 NOV 89 -- [TEXT] UNIDENTIFIED MEN TODAY MURDERED THE JESUIT PRIESTS IGNACIO ELLACURIA, SEGUNDO MONTES, AND AMANDO LOPEZ AT THE CENTRAL AMERICAN UNIVERSITY.';
    expect(nameWordRuleAt(text, 'surname-after-titled-given-name')).toEqual(['Montes']);
    const t = target(events(text), 'SEGUNDO MONTES');
    expect(t?.name).toBe('Segundo Montes');
    expect(t?.rule).toBe('harm-clause-target');
    expect(text.slice(t!.start, t!.end)).toBe('SEGUNDO MONTES');
    const none = '   SAN SALVADOR, 16 NOV 89 -- [TEXT] THE ASSASSINATIONS OF SIX ROMAN CATHOLIC PRIESTS DURING A REBEL OFFENSIVE WERE CONDEMNED.';
    expect(nameWordRuleAt(none, 'surname-after-titled-given-name')).toEqual([]);
    expect(actorsOf(none).filter((a) => a.person)).toEqual([]);
  });
  it('"PRESIDENT GEORGE BUSH\'S VISIT": the possessor is the whole name, and the fallback skips it (no target "GEORGE")', () => {
    const text = "   BOGOTA, 15 FEB 90 -- [TEXT] A BOMB EXPLODED IN BOGOTA TODAY, HOURS BEFORE PRESIDENT GEORGE BUSH'S VISIT.";
    expect(events(text).flatMap((e) => e.targets)).toEqual([]);
    const skip = (coded(text).trace ?? []).find((f) => f.rule === 'fallback-target-skip');
    expect(skip?.text).toBe('GEORGE BUSH');
    expect(text.slice(skip!.start!, skip!.end!)).toBe('GEORGE BUSH');
  });
});

describe('fallback-facility-not-bombed (record.ts FALLBACK_TYPE_SKIP_RULES)', () => {
  const rejected = (text: string, rule: string, scope: 'all' | 'terrorism' = 'terrorism') =>
    (coded(text, scope).trace ?? []).filter((f) => f.rule === rule && f.action === 'reject').map((f) => {
      expect(text.slice(f.start!, f.end!)).toBe(f.text);
      return f.text;
    });
  for (const r of FALLBACK_TYPE_SKIP_RULES) {
    for (const t of r.examples.pos) it(`${r.name} skips: ${t.slice(32, 110)}`, () => expect(rejected(t, r.name)).toEqual(['TEGUCIGALPA RESTAURANT']));
    for (const t of r.examples.neg) it(`${r.name} does not skip: ${t.slice(32, 110)}`, () => expect(rejected(t, r.name)).toEqual([]));
  }
  it('a restaurant near an assassination is no victim; near a bomb it is the fallback victim, at its span', () => {
    const shot = FALLBACK_TYPE_SKIP_RULES[0]!.examples.pos[0]!;
    expect(events(shot).flatMap((e) => e.targets)).toEqual([]);
    const bomb = FALLBACK_TYPE_SKIP_RULES[0]!.examples.neg[0]!;
    const t = target(events(bomb), 'TEGUCIGALPA RESTAURANT');
    expect(t?.rule).toBe('fallback-victim');
    expect(bomb.slice(t!.start, t!.end)).toBe('TEGUCIGALPA RESTAURANT');
  });
  it('only under --scope terrorism', () => expect(rejected(FALLBACK_TYPE_SKIP_RULES[0]!.examples.pos[0]!, 'fallback-facility-not-bombed', 'all')).toEqual([]));
});

describe('actor-person-appositive, bare form: a title of something right after the comma (actors/lexicon.ts APPOSITIVE_TITLE_OF)', () => {
  it('"Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed": the person, of the title\'s kind, at its span', () => {
    const text = 'An individual has been arrested after Paweł Adamowicz, mayor of the Polish city of Gdańsk, was stabbed last night whilst on stage.';
    const p = findActors(text).find((a) => a.person);
    expect(p).toMatchObject({ name: 'Paweł Adamowicz', rule: 'actor-person-appositive', kind: 'government', person: 'appositive' });
    expect(text.slice(p!.start, p!.end)).toBe('Paweł Adamowicz');
    const t = target(events(text, 'all'), 'Paweł Adamowicz');
    expect(t?.rule).toBe('passive-subject');
  });
  it('no person after a preposition (a place), nor without "of" after the title', () => {
    expect(findActors('In San Salvador, president of the assembly Ricardo Alvarenga said the bomb was found.').filter((a) => a.rule === 'actor-person-appositive')).toEqual([]);
    expect(findActors('An individual has been arrested after Paweł Adamowicz, mayor, was stabbed.').filter((a) => a.rule === 'actor-person-appositive')).toEqual([]);
  });
});
