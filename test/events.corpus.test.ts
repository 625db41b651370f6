// Runs the event corpus (src/core/extract/events/corpus.ts): one test per case.
// Cases in `backlog` are known failures and are not run.
import { describe, expect, it } from 'vitest';
import { corpus } from '../src/core/extract/events/corpus.js';

function title(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

describe(`corpus: ${corpus.kind}`, () => {
  it('has the expected size and well-formed cases', () => {
    const positives = corpus.cases.filter((c) => !c.negative);
    const negatives = corpus.cases.filter((c) => c.negative);
    expect(positives.length).toBeGreaterThanOrEqual(170);
    expect(negatives.length).toBeGreaterThanOrEqual(100);
    for (const c of corpus.cases) {
      if (c.negative) expect(c.expect).toEqual([]);
      else expect(c.expect.length).toBeGreaterThan(0);
      // every expected trigger occurs in the text as written
      for (const e of c.expect) {
        expect(c.text.toLowerCase().replace(/\s+/g, ' ')).toContain(e.trigger.toLowerCase().replace(/\s+/g, ' '));
      }
    }
  });

  for (const [i, c] of corpus.cases.entries()) {
    const kind = c.negative ? 'neg' : 'pos';
    it(`${kind} #${i + 1}: ${title(c.text)}`, () => {
      const failure = corpus.check(c);
      expect(failure, c.note ? `${failure}\nnote: ${c.note}` : (failure ?? undefined)).toBeNull();
    });
  }
});
