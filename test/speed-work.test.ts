// Work saved on the pipeline's hot paths, counted (never timed), each with
// the same result as the path it replaced: clause reads that a cue on the
// text settles build no layer (but where the trace of tag fixes needs it),
// word sequences read through an index of their first and last words, and
// truecase's memo of each word's casing.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { holdsAfter, holdsAround, holdsBefore, readerOf, skippedBefore, type ClauseReader } from '../src/core/lang/within.js';
import { spanMatches, viewOf, type WordSeqs } from '../src/core/lang/match.js';
import { Language, type Term } from '../src/core/lang/layer.js';
import { casingOf, truecase, wordCasing } from '../src/core/lang/truecase.js';
import { tagger } from '../src/core/lang/plugin.js';
import { splitSentences } from '../src/core/text.js';
import { REPORTER_PLACE_AFTER, REPORTER_PLACE_BEFORE } from '../src/core/refine/roles.js';
import { articleFiles } from './helpers/corpus.js';

const articles = articleFiles(['fixtures/articles']).map((f) => fs.readFileSync(f, 'utf8'));

const at = (text: string, word: string, from = 0) => {
  const start = text.indexOf(word, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + word.length };
};
const built = (r: ClauseReader) => r.lang!.built;

describe('holdsAround: both cues on the text before a clause read', () => {
  const cases: [string, string, boolean][] = [
    ['A bomb exploded in Jolo on Monday, police in Manila said.', 'Manila', true],
    // the cue before holds, the one after does not: no layer
    ['Police in Manila arrested two suspects after the bombing.', 'Manila', false],
    // the cue after holds, the one before does not: no layer
    ['Gunmen in Manila said nothing.', 'Manila', false],
    // both cues hold on the sentence, but not in the place's clause
    ['Police in Davao, where the bomb exploded, said two died.', 'Davao', false],
  ];

  it('gives what the two reads gave, building a layer only where both cues hold', () => {
    for (const [text, word, expected] of cases) {
      const p = at(text, word);
      const around = readerOf(text);
      const both = readerOf(text);
      const result = holdsAround(around, p, REPORTER_PLACE_BEFORE, REPORTER_PLACE_AFTER);
      expect(result).toBe(expected);
      expect(result).toBe(holdsBefore(both, p.start, REPORTER_PLACE_BEFORE) && holdsAfter(both, p.end, REPORTER_PLACE_AFTER));
      expect(built(around)).toBeLessThanOrEqual(built(both));
    }
    // (the second case: the plain reads built the layer, holdsAround did not)
    const text = cases[1]![0];
    const around = readerOf(text);
    holdsAround(around, at(text, 'Manila'), REPORTER_PLACE_BEFORE, REPORTER_PLACE_AFTER);
    expect(built(around)).toBe(0);
  });

  it('still builds a skipped layer that holds a tag fix, so the trace of fixes is the one of the plain reads', () => {
    const text = 'Police in Medellin blamed drug trafficking gangs for the bombing.';
    const p = at(text, 'Medellin');
    const around = readerOf(text);
    const both = readerOf(text);
    expect(holdsAround(around, p, REPORTER_PLACE_BEFORE, REPORTER_PLACE_AFTER)).toBe(false);
    expect(holdsBefore(both, p.start, REPORTER_PLACE_BEFORE) && holdsAfter(both, p.end, REPORTER_PLACE_AFTER)).toBe(false);
    expect(around.lang!.fixes().map((f) => f.rule)).toEqual(['tag-noun-not-verb']);
    expect(around.lang!.fixes()).toEqual(both.lang!.fixes());
  });

  it('skippedBefore builds a layer only where the cue holds and a tag fix may be', () => {
    const plain = 'The Latin American bishops condemned the murder.';
    const r = readerOf(plain);
    skippedBefore(r, at(plain, 'American').start, /\blatin\s+$/);
    expect(built(r)).toBe(0);
    const fix = 'The Latin American drug trafficking gangs denied it.';
    const cue = readerOf(fix);
    skippedBefore(cue, at(fix, 'drug').start, /\bnorth\s+$/);
    expect(built(cue)).toBe(0);
    skippedBefore(cue, at(fix, 'American').start, /\blatin\s+$/);
    expect(built(cue)).toBe(1);
    expect(cue.lang!.fixes().map((f) => f.rule)).toEqual(['tag-noun-not-verb']);
  });
});

/** The read of word sequences before the index: every sequence of the list tried at the span. */
const BREAK = /[.;:!?,()\[\]—–]|--/;
function seqAtRef(terms: readonly Term[], i: number, w: string): boolean {
  const words = w.split(' ');
  return words.every((x, k) => {
    const t = terms[i + k];
    return !!t && (x === '*' || t.normal === x) && (k === words.length - 1 || !BREAK.test(t.post));
  });
}
function endsAtRef(terms: readonly Term[], i: number, seqs: WordSeqs): boolean {
  return seqs.some((w) => {
    const n = w.split(' ').length;
    return i - n >= 0 && !BREAK.test(terms[i - 1]!.post) && !/["“]/.test(terms[i]?.pre ?? '') && seqAtRef(terms, i - n, w);
  });
}
const startsAtRef = (terms: readonly Term[], i: number, seqs: WordSeqs) => seqs.some((w) => seqAtRef(terms, i, w));

describe('word sequences read through their index', () => {
  it('match where every sequence tried in turn matched, on every word of the fixture articles', () => {
    // sequences that end and start on the same words, a '*', a hyphen-free multiword, and words the articles hold
    const seqs: WordSeqs = ['the', 'in the', 'of the', 'said', 'police said', '* said', 'at least', 'the *', 'a', 'killed', 'were killed', 'and'];
    let checked = 0;
    let held = 0;
    for (const text of articles.slice(0, 6)) {
      const sentences = splitSentences(text);
      const lang = new Language(text, sentences);
      for (let s = 0; s < Math.min(sentences.length, 8); s++) {
        const { terms } = lang.layer(s);
        for (let i = 0; i < terms.length; i++) {
          const v = viewOf(lang, s, terms[i]!.start, terms[i]!.end);
          if (!v) continue;
          const before = endsAtRef(terms, v.first, seqs);
          const after = !BREAK.test(terms[v.head]!.post) && startsAtRef(terms, v.head + 1, seqs);
          expect(spanMatches(v, { wordBefore: seqs })).toBe(before);
          expect(spanMatches(v, { wordAfter: seqs })).toBe(after);
          checked++;
          held += before ? 1 : 0;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    // (a test that holds on no word tells nothing)
    expect(held).toBeGreaterThan(50);
  });
});

describe("truecase's memo of each word's casing", () => {
  it('gives the casing casingOf reads, before and after the tagger is first used', () => {
    const words = [...new Set(articles.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [])];
    expect(words.length).toBeGreaterThan(500);
    for (const w of words) expect(wordCasing(w)).toBe(casingOf(w));
    // the domain plugin is applied before the lexicon is first read: tagging changes no casing ("ola" is a name in
    // compromise's lexicon, an organization in the plugin)
    tagger()('The FMLN attacked.');
    for (const w of [...words, 'ola', 'fmln', 'eln']) expect(wordCasing(w)).toBe(casingOf(w));
  });

  it('truecases an article the same on a cold and on a warm memo', () => {
    const upper = articles.map((t) => t.toUpperCase());
    const first = upper.map((t) => truecase(t));
    expect(upper.map((t) => truecase(t))).toEqual(first);
    expect(first[0]).not.toBe(upper[0]);
  });
});
