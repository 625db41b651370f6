// The pipeline's work beside compromise alone, counted (never timed), as
// `npm run bench` counts it: layers built, tagger (compromise) calls and the
// sentences they tag, against two reference runs: compromise alone tagging
// every sentence of the same text (one call an article), and the work the
// pipeline did at b723de4 (perf-5's start). The bench's throughput ratio is
// noisy on a shared machine; these counts are not.
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { countTaggingWork } from '../scripts/tagging-work.js';
import { splitSentences } from '../src/core/text.js';
import { articleFiles, CORPUS } from './helpers/corpus.js';

interface Work {
  articles: number;
  sentences: number;
  built: number;
  tagCalls: number;
  sentencesTagged: number;
  compromiseSentences: number;
}

function work(texts: string[], scope: 'all' | 'terrorism'): Work {
  const counted = countTaggingWork(() => {
    for (const t of texts) extract(t, { published: '2021-04-05', scope });
  });
  return {
    articles: texts.length,
    sentences: texts.reduce((n, t) => n + splitSentences(t).length, 0),
    ...counted,
    compromiseSentences: texts.reduce((n, t) => n + nlp(t).length, 0),
  };
}

const read = (dir: string) => articleFiles([dir]).map((f) => fs.readFileSync(f, 'utf8'));

// [set, scope, layers built at b723de4]: the upper bound allows for new rules (~15%), not for a reader that builds every layer
const SETS: [string, 'all' | 'terrorism', number][] = [
  ['fixtures/articles', 'all', 43],
  [path.join(CORPUS, 'muc4-tst4'), 'terrorism', 133],
];

describe('the pipeline does less tagging work than compromise alone', () => {
  for (const [dir, scope, reference] of SETS) {
    it(`${path.basename(dir)} (--scope ${scope})`, () => {
      const w = work(read(dir), scope);
      // at most one tagger call an article on average, as compromise alone makes (prefetch: one call for the picked sentences)
      expect(w.tagCalls).toBeLessThanOrEqual(Math.ceil(w.articles * 1.1));
      // under half of the sentences compromise tags (b723de4: 42% on the articles, 12.7% on the MUC-4 wires)
      expect(w.sentencesTagged).toBeLessThan(w.compromiseSentences / 2);
      // a layer only for a sentence of the article, each built once; a sentence tagged ahead is (nearly always) read
      expect(w.built).toBeLessThanOrEqual(w.sentences);
      expect(w.sentencesTagged).toBeGreaterThanOrEqual(w.built);
      expect(w.sentencesTagged - w.built).toBeLessThanOrEqual(Math.ceil(w.built * 0.02));
      // no more layers than at b723de4, give or take new rules
      expect(w.built).toBeLessThanOrEqual(Math.round(reference * 1.15));
      expect(w.built).toBeGreaterThan(0);
    });
  }

  it('counts the same work on a second run of the same texts (no cache across articles)', () => {
    const texts = read('fixtures/articles').slice(0, 4);
    const a = work(texts, 'all');
    const b = work(texts, 'all');
    expect(b).toEqual(a);
  });

  it('builds no layer for an article with no trigger, where compromise alone still tags every sentence', () => {
    const text = 'The city council approved the budget for new schools on Wednesday. The mayor said the vote was close. Work starts in May.';
    const w = work([text], 'all');
    expect(w).toMatchObject({ built: 0, tagCalls: 0, sentencesTagged: 0 });
    expect(w.compromiseSentences).toBe(3);
  });
});
