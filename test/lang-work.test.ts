// Work the language layer does per article, counted (never timed): the
// sentences a trigger may need are tagged in one call of compromise, with
// the very terms each would get alone; without a trace the rules on the
// text are asked before those on the layer, with the same mentions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Language } from '../src/core/lang/layer.js';
import { foldCase, splitSentences } from '../src/core/text.js';
import { findEventMentions } from '../src/core/extract/events/index.js';
import { extract } from '../src/core/index.js';

/** A Language that tags each sentence alone when asked: the reference. */
class OneByOne extends Language {
  override prefetch(): void {}
}

const dir = 'fixtures/articles';
const articles = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

/** The terms of every layer asked for, as plain data. */
const termsOf = (l: Language, n: number) => Array.from({ length: n }, (_, i) => l.layer(i).terms.map((t) => ({ ...t, tags: [...t.tags].sort() })));

describe('prefetch', () => {
  // the chunker reads across compromise's sentences: "At least" after a verb must not join its verb chunk
  const text = 'Gunmen attacked the convoy near the border and fled. At least five shells struck homes in the district. The IS fighters had come back to Mosul.';
  const sentences = splitSentences(text);

  it('tags several sentences in one call, each with the terms and clauses it gets alone', () => {
    const together = new Language(text, sentences);
    together.prefetch([0, 1, 2]);
    expect(together.tagCalls).toBe(1);
    expect(together.sentencesTagged).toBe(3);
    const alone = new Language(text, sentences);
    expect(termsOf(together, 3)).toEqual(termsOf(alone, 3));
    expect(together.layer(1).clauses).toEqual(alone.layer(1).clauses);
    expect(alone.tagCalls).toBe(3);
    expect(together.tagCalls).toBe(1);
  });

  it('counts a layer as built, and traces its tag fixes, only once it is asked for', () => {
    const t = 'The rebels said they attacked military positions in Chalatenango. Rain fell.';
    const l = new Language(t, splitSentences(t));
    l.prefetch([0, 1]);
    expect(l.built).toBe(0);
    expect(l.fixes()).toEqual([]);
    l.layer(0);
    expect(l.built).toBe(1);
    expect(l.fixes().map((f) => f.rule)).toEqual(['tag-noun-not-verb']);
    expect(l.tagCalls).toBe(1);
  });

  it('tags nothing twice, and a single sentence alone', () => {
    const l = new Language(text, sentences);
    l.layer(0);
    l.prefetch([0, 1]);
    expect(l.tagCalls).toBe(1);
    l.prefetch([1, 2]);
    expect(l.tagCalls).toBe(2);
    l.layer(1);
    l.layer(2);
    expect(l.tagCalls).toBe(2);
    expect(l.sentencesTagged).toBe(3);
  });
});

describe('the mention stage on the fixture articles', () => {
  it('finds the same mentions as one call per sentence, in at most one call per article', () => {
    let calls = 0;
    let reference = 0;
    for (const text of articles) {
      const sentences = splitSentences(text);
      const lower = foldCase(text);
      const lang = new Language(text, sentences);
      const ref = new OneByOne(text, sentences);
      const found = findEventMentions(text, lower, sentences, undefined, { reading: null, published: null, lang });
      expect(found).toEqual(findEventMentions(text, lower, sentences, undefined, { reading: null, published: null, lang: ref }));
      calls += lang.tagCalls;
      reference += ref.tagCalls;
    }
    // (11 articles: 30 calls one sentence at a time, 10 with prefetch)
    expect(calls).toBeLessThanOrEqual(articles.length);
    expect(reference).toBeGreaterThanOrEqual(2 * calls);
  });

  it('codes the same events with and without a trace (the order of the rejecting steps differs)', () => {
    for (const text of articles) {
      const plain = extract(text, { published: '2021-04-05' });
      const traced = extract(text, { published: '2021-04-05', explain: true });
      expect(traced.events.map(({ explain: _, ...e }) => e)).toEqual(plain.events);
    }
  });
});
