// Layers not built where the text settles a read (counted, never timed), each
// with the answer of the read it replaced: the day a body was found, a
// habitual responsibility cue, a region word before a demonym ("Central
// American"), and, with no trace asked, the layers only the trace of tag
// fixes needed.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clauseBefore, holdsBefore, readerOf, type ClauseReader } from '../src/core/lang/within.js';
import { Language } from '../src/core/lang/layer.js';
import { BODY_FOUND_DAY, bodyFoundDay } from '../src/core/refine/attach.js';
import { habitualCue } from '../src/core/refine/merge.js';
import { HABITUAL_CUE } from '../src/core/refine/roles.js';
import { regionDemonym } from '../src/core/refine/location.js';
import { DEMONYM_OF_REGION } from '../src/core/extract/places/lexicon.js';
import type { ArticleContext } from '../src/core/refine/context.js';
import { extract } from '../src/core/index.js';
import { articleFiles } from './helpers/corpus.js';
import { countTaggingWork } from '../scripts/tagging-work.js';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  return { text: word, start, end: start + word.length };
};
const built = (r: ClauseReader) => r.lang!.built;
const asContext = (r: ClauseReader) => r as unknown as ArticleContext;

describe('date-body-found-skip reads the sentence first', () => {
  const cases: [string, string, boolean, number][] = [
    // no body found in the sentence: no layer
    ['MSGR JESUS EMILIO JARAMILLO WAS MURDERED TODAY.', 'TODAY', false, 0],
    ['Police found a bomb today at the bank.', 'today', false, 0],
    // found in the sentence: the clause is read on the layer
    ['MSGR JESUS EMILIO JARAMILLO WAS MURDERED AND HIS BODY WAS FOUND TODAY.', 'TODAY', true, 1],
    ['Two bodies, one headless and the other with bullet wounds, were found on 8 November in Soyapango.', '8 November', true, 1],
    // in the sentence, not in the date's clause ("when" opens it)
    ['His body was found when soldiers arrived today.', 'today', false, 1],
  ];

  it('gives the clause read, building a layer only where the words are in the sentence', () => {
    for (const [text, date, expected, layers] of cases) {
      const r = readerOf(text);
      const d = at(text, date);
      expect(bodyFoundDay(r, d)).toBe(expected);
      expect(built(r)).toBe(layers);
      expect(BODY_FOUND_DAY.before.test(clauseBefore(readerOf(text), d.start).trimEnd())).toBe(expected);
    }
  });
});

describe('a habitual responsibility cue reads the sentence first', () => {
  const cases: [string, string, boolean, number][] = [
    ['The FMLN claimed responsibility for the attack.', 'claimed responsibility', false, 0],
    ['Such attacks are usually claimed by the FMLN.', 'claimed by', true, 1],
    // the word is in the sentence, not in the cue's clause
    ['Rebels often attack here, and the FMLN claimed responsibility for the bombing.', 'claimed responsibility', false, 1],
  ];

  it('gives the clause read, building a layer only where a habitual word is in the sentence', () => {
    for (const [text, cue, expected, layers] of cases) {
      const r = readerOf(text);
      const c = at(text, cue);
      expect(habitualCue(asContext(r), c)).toBe(expected);
      expect(built(r)).toBe(layers);
      const ref = readerOf(text);
      expect(HABITUAL_CUE.test(clauseBefore(ref, c.start) + ref.lower.slice(c.start, c.end))).toBe(expected);
    }
  });
});

describe('demonym-of-region-skip beside its demonym', () => {
  const cases: [string, string, boolean, number][] = [
    ['THE LATIN AMERICAN BISHOPS CONDEMNED THE MURDER.', 'AMERICAN', true, 0],
    ['The Jesuits of the Central American University were killed.', 'American', true, 0],
    ['Pan-American highway traffic was cut by the rebels.', 'American', true, 0],
    ['The American embassy was attacked.', 'American', false, 0],
    // more than a blank or a hyphen between: read on the layer, where the dash ends a clause
    ['Delegates from Central -- American states met.', 'American', false, 1],
  ];

  it('gives what holdsBefore gives, building no layer for a region word right before the demonym', () => {
    for (const [text, word, expected, layers] of cases) {
      const r = readerOf(text);
      const d = at(text, word);
      expect(regionDemonym(r, d.start)).toBe(expected);
      expect(built(r)).toBe(layers);
      expect(holdsBefore(readerOf(text), d.start, DEMONYM_OF_REGION.match)).toBe(expected);
    }
  });

  it('still builds a layer that holds a tag fix, for the trace', () => {
    const text = 'Latin American drug trafficking gangs denied it.';
    const r = readerOf(text);
    expect(regionDemonym(r, at(text, 'American').start)).toBe(true);
    expect(r.lang!.fixes().map((f) => f.rule)).toEqual(['tag-noun-not-verb']);
  });
});

describe('with no trace, no layer for the trace of tag fixes only', () => {
  it('builds a sentence that may hold a fix when asked only where the trace is read', () => {
    const text = 'Drug trafficking gangs dynamited the plane. Police said so.';
    const sentences = readerOf(text).sentences;
    const traced = new Language(text, sentences);
    const plain = new Language(text, sentences, false);
    expect(traced.mayFix(0)).toBe(true);
    expect(plain.mayFix(0)).toBe(false);
    traced.asked(0);
    plain.asked(0);
    expect(traced.built).toBe(1);
    expect(plain.built).toBe(0);
    expect(traced.fixes().map((f) => f.rule)).toEqual(['tag-noun-not-verb']);
    // a layer a rule reads is built alike
    expect(plain.layer(0)).toEqual(traced.layer(0));
  });

  describe('the pipeline', () => {
    const work = countTaggingWork;
    const wire = [
      'SAN SALVADOR, 12 JAN 90 (RADIO) -- [TEXT] THE PLANE WAS DYNAMITED BY DRUG TRAFFICKING GANGS IN MEDELLIN TODAY, THE POLICE REPORTED.',
      '',
      'THE BODY OF A CENTRAL AMERICAN JOURNALIST WAS FOUND TODAY NEAR THE AIRPORT. SUCH ATTACKS ARE USUALLY CLAIMED BY THE REBELS.',
      '',
      'THE FMLN CLAIMED RESPONSIBILITY FOR THE BOMBING, WHICH KILLED TWO LATIN AMERICAN DIPLOMATS.',
    ].join('\n');

    it('codes the same events with fewer layers and tagger calls where only the trace needed them', () => {
      const articles = [...articleFiles(['fixtures/articles']).slice(0, 3).map((f) => fs.readFileSync(f, 'utf8')), wire];
      let fewer = 0;
      for (const text of articles) {
        let plain!: ReturnType<typeof extract>;
        let traced!: ReturnType<typeof extract>;
        const p = work(() => (plain = extract(text, { published: '1990-01-12', scope: 'terrorism' })));
        const t = work(() => (traced = extract(text, { published: '1990-01-12', scope: 'terrorism', explain: true })));
        expect(traced.events.map(({ explain: _, ...e }) => e)).toEqual(plain.events);
        expect(p.built).toBeLessThanOrEqual(t.built);
        if (p.built < t.built) fewer++;
      }
      // (the wire: its sentence with "trafficking" is built for the trace only)
      expect(fewer).toBeGreaterThanOrEqual(1);
    });

    it('builds, on the wire, only the layers its rules read', () => {
      const p = work(() => extract(wire, { published: '1990-01-12', scope: 'terrorism' }));
      expect(p.built).toBeLessThanOrEqual(3);
      expect(p.tagCalls).toBeLessThanOrEqual(2);
    });
  });
});
