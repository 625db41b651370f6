// Runs the event corpus (test/corpus/events.ts): one test per case.
// Cases in the corpus `backlog` (beyond rules, with reasons) and in
// test/events.backlog.json (known failures of today's rules) are not run;
// UPDATE_BACKLOG=1 rewrites the latter from the current failures.
import { afterAll, describe, expect, it } from 'vitest';
import { corpus } from './corpus/events.js';
import { loadBacklog, saveBacklog } from './corpus-backlog.js';

const BACKLOG_FILE = 'test/events.backlog.json';
const backlog = loadBacklog(BACKLOG_FILE);
const update = !!process.env.UPDATE_BACKLOG;
const failing: string[] = [];

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

  it('keeps most of the corpus out of the backlog', () => {
    // raise when the backlog shrinks; never lower without saying why in the commit
    expect(corpus.cases.length - backlog.size).toBeGreaterThanOrEqual(455);
  });

  for (const [i, c] of corpus.cases.entries()) {
    const kind = c.negative ? 'neg' : 'pos';
    const name = `${kind} #${i + 1}: ${title(c.text)}`;
    if (!update && backlog.has(c.text)) {
      it.skip(`[backlog] ${name}`, () => {});
      continue;
    }
    it(name, () => {
      const failure = corpus.check(c);
      if (update && failure) {
        failing.push(c.text);
        return;
      }
      expect(failure, c.note ? `${failure}\nnote: ${c.note}` : (failure ?? undefined)).toBeNull();
    });
  }
  afterAll(() => {
    if (update) saveBacklog(BACKLOG_FILE, failing);
  });
});
