// The weapons corpus: sentences with the weapons that must come out of them
// (normalized name, count and the exact span), and sentences that name none.
import type { Corpus, CorpusCase } from './types.js';
import { findWeapons } from '../../src/core/extract/weapons/index.js';

export interface Expect {
  name: string;
  /** The span text (`text.slice(start, end)`), counts included ("Two rockets"). */
  text: string;
  count?: number | null;
  /** The rule that must have produced it. */
  rule?: string;
}

type Case = CorpusCase<Expect[]>;

const pos = (text: string, expect: Expect[], note?: string): Case => ({ text, expect, note });
const neg = (text: string, note?: string): Case => ({ text, expect: [], negative: true, note });

const cases: Case[] = [
  pos('Two rockets hit the Balad airbase on Sunday.', [{ name: 'rocket', text: 'Two rockets', count: 2, rule: 'w-projectile' }]),
  pos('A car bomb exploded in Kabul.', [{ name: 'car bomb', text: 'A car bomb', count: 1, rule: 'w-explosive' }]),
  pos('The mortar bombs came one after the other.', [{ name: 'mortar', text: 'mortar bombs', count: null, rule: 'w-projectile' }], 'one weapon, not a mortar and a bomb'),
  // --- ANFO and ammonium nitrate (TST4-MUC4-0001, modern IED reports)
  pos('The bomb was made of 50 grams of an-fo [ammonium nitrate-fuel oil blasting agents] and a slow fuse.', [
    { name: 'bomb', text: 'bomb', rule: 'w-explosive' },
    { name: 'explosive', text: 'an-fo', rule: 'w-explosive' },
    { name: 'explosive', text: 'ammonium nitrate-fuel oil', rule: 'w-explosive' },
  ], 'TST4-MUC4-0001'),
  pos('Police said an ammonium nitrate bomb exploded outside the courthouse.', [{ name: 'bomb', text: 'an ammonium nitrate bomb', count: 1, rule: 'w-explosive' }], 'one device, the longest form'),
  pos('The device contained about 20 kg of ammonium nitrate.', [{ name: 'explosive', text: 'ammonium nitrate', rule: 'w-explosive' }]),
  pos('Militants set off a fertilizer bomb near the checkpoint.', [{ name: 'bomb', text: 'a fertilizer bomb', count: 1, rule: 'w-explosive' }]),
  pos('The rebels used ANFO to blow up the pylon.', [{ name: 'explosive', text: 'ANFO', rule: 'w-explosive' }]),
  neg('Police found 200 kg of ammonium nitrate in a warehouse.', 'not-weapon-in-use'),
  neg('The bomb squad defused nothing; it was a hoax.', 'not-weapon-of-another-sense'),
];

export const corpus: Corpus<Expect[]> = {
  kind: 'weapons',
  cases,
  check(c) {
    const found = findWeapons(c.text, c.text.toLowerCase());
    for (const w of found) if (c.text.slice(w.start, w.end) !== w.text) return `span invariant broken: ${JSON.stringify(w)}`;
    const got = found.map((w) => ({ name: w.name, text: w.text, count: w.count, rule: w.rule }));
    if (c.negative) return got.length ? `expected no weapon, got ${JSON.stringify(got)}` : null;
    for (const e of c.expect) {
      const m = got.find((g) => g.name === e.name && g.text === e.text && (e.count === undefined || g.count === e.count) && (!e.rule || g.rule === e.rule));
      if (!m) return `no ${JSON.stringify(e)}; got ${JSON.stringify(got)}`;
    }
    if (got.length !== c.expect.length) return `expected ${c.expect.length} weapons, got ${JSON.stringify(got)}`;
    return null;
  },
};
