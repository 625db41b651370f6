// The examples of one RESPONSIBILITY_RULES record, checked on that record's own pattern: records that share a name are
// one rule's patterns, and a sibling of the same name may hold on a record's negatives.
import { expect, it } from 'vitest';
import { findResponsibility } from '../../src/core/extract/actors/index.js';
import type { RESPONSIBILITY_RULES } from '../../src/core/extract/actors/lexicon.js';

type Rule = (typeof RESPONSIBILITY_RULES)[number];

/** Whether a cue of `text` came from `r`'s own pattern: its name, and its pattern matching at the cue's start. */
export const ownCue = (r: Rule, text: string) => (c: { rule: string; start: number }) => {
  const at = new RegExp(r.re.source, 'y');
  at.lastIndex = c.start;
  return c.rule === r.name && at.test(text.toLowerCase());
};

/** A test per example: each positive gives a cue of the record's own pattern with a party, no negative gives one. */
export function recordExamples(r: Rule): void {
  for (const t of r.examples!.pos) it(`${r.name} holds: ${t.slice(30, 90)}`, () => expect(findResponsibility(t).some((c) => ownCue(r, t)(c) && c.actor)).toBe(true));
  for (const t of r.examples!.neg) it(`${r.name} does not hold: ${t.slice(30, 90)}`, () => expect(findResponsibility(t).filter(ownCue(r, t))).toEqual([]));
}
