// Windows of N characters and [^.;]{0,N} gaps moved onto the language layer
// (lang/within.ts), and the one reader of a clause's extent.
import { describe, expect, it } from 'vitest';
import { clauseBefore, clauseFrom, clauseIndexOf, readerOf, textClauseBefore } from '../src/core/lang/within.js';
import { Language } from '../src/core/lang/layer.js';
import { findEventMentions } from '../src/core/extract/events/index.js';
import { findCasualties } from '../src/core/extract/counts/index.js';
import { foldCase, splitSentences } from '../src/core/text.js';
import { extract } from '../src/core/index.js';

/** Each mention as "trigger:rule,rule". */
const mentions = (text: string) => {
  const sentences = splitSentences(text);
  const lang = new Language(text, sentences);
  return findEventMentions(text, foldCase(text), sentences, undefined, { reading: null, published: null, lang }).map((m) => `${m.trigger.text}:${m.rules.join(',')}`);
};

describe('one reader of a clause extent', () => {
  it('reads a relative clause from the clause before it for its agent, and from its own start otherwise', () => {
    const t = 'A drought, which killed livestock, hit the region.';
    const { terms, clauses } = readerOf(t).lang!.layer(0);
    const at = clauseIndexOf(clauses, terms.findIndex((x) => x.normal === 'killed'));
    expect(terms[clauseFrom(terms, clauses, at, 'agent')]!.text).toBe('A');
    expect(terms[clauseFrom(terms, clauses, at, 'own')]!.text).toBe('which');
  });

  it('keeps a list joined by ", as well as" in one clause', () => {
    const t = 'Guerrillas killed the mayor, as well as two policemen, in Lima.';
    expect(clauseBefore(readerOf(t), t.indexOf('two'))).toBe('guerrillas killed the mayor, as well as ');
    const u = 'Guerrillas killed the mayor, as the police arrived.';
    expect(clauseBefore(readerOf(u), u.indexOf('police'))).toBe('as the ');
  });

  it('reads the clause of a step before the layer at its last break', () => {
    expect(textClauseBefore('police said that the rebels, who had fled, attacked', 51)).toBe('attacked');
    expect(textClauseBefore('the rebels attacked', 11)).toBe('the rebels ');
  });
});

describe('sites read on the clause, not on N characters', () => {
  it('finds a known device as the subject however long the phrase, not in the clause before', () => {
    expect(mentions('The car bomb parked by unknown men outside the headquarters of the national police exploded at dawn.')).toContain('exploded:bomb-verb,anaphoric-subject');
    expect(mentions('Police were guarding the attackers near the school, and a grenade exploded in the square.')).toContain('exploded:bomb-verb');
  });

  it('names the reporter of a figure at the end of its clause, past 60 characters', () => {
    const t = 'Russian artillery and rocket fire killed three civilians and wounded 11 others in the southern Ukrainian city of Kherson on Thursday, the head of the regional military administration said.';
    expect(findCasualties(t, 0, t.length, readerOf(t)).map((c) => [c.kind, c.value, c.by])).toEqual([
      ['killed', 3, 'the head of the regional military administration'],
      ['wounded', 11, 'the head of the regional military administration'],
    ]);
    const u = 'Gunmen killed three civilians in Kherson on Thursday.';
    expect(findCasualties(u, 0, u.length, readerOf(u)).map((c) => c.by ?? null)).toEqual([null]);
  });

  it('reads a road after on/along/near and a damaged building in the actor clause (location-skip, damaged-target)', () => {
    const trace = (t: string) => (extract(t, { explain: true }).trace ?? []).map((f) => `${f.rule}:${f.text}`);
    expect(trace('Gunmen ambushed a minibus on the Kabul-Jalalabad highway on Monday, killing four people, police said.')).toContain('location-skip:Kabul-Jalalabad highway');
    const bomb = 'A bomb exploded in the market in Jolo on Monday, which resulted in seven people injured and considerable property damage, affecting nine homes, police said.';
    expect(trace(bomb)).toContain('damaged-target:homes');
    expect(trace('A bomb exploded near nine homes in Jolo on Monday, police said.')).not.toContain('damaged-target:homes');
  });
});
