// The weapons extractor: its corpus (one test per case) and exact spans.
import { describe, expect, it } from 'vitest';
import { corpus } from './corpus/weapons.js';
import { findWeapons } from '../src/core/extract/weapons/index.js';

describe(`corpus: ${corpus.kind}`, () => {
  for (const [i, c] of corpus.cases.entries()) {
    it(`${c.negative ? 'neg' : 'pos'} #${i + 1}: ${c.text.slice(0, 80)}`, () => {
      const failure = corpus.check(c);
      expect(failure, c.note ? `${failure}\nnote: ${c.note}` : (failure ?? undefined)).toBeNull();
    });
  }
});

describe('ammonium nitrate', () => {
  it('is an explosive with its offsets (TST4-MUC4-0001)', () => {
    const text = 'the bomb was made of 50 grams of an-fo [ammonium nitrate-fuel oil blasting agents] and a slow fuse.';
    const found = findWeapons(text, text.toLowerCase());
    expect(found.map((w) => [w.name, w.text, w.start, w.end, w.rule])).toEqual([
      ['bomb', 'bomb', 4, 8, 'w-explosive'],
      ['explosive', 'an-fo', 33, 38, 'w-explosive'],
      ['explosive', 'ammonium nitrate-fuel oil', 40, 65, 'w-explosive'],
    ]);
    for (const w of found) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
  it('an ammonium nitrate bomb is one bomb', () => {
    const text = 'An ammonium nitrate bomb exploded.';
    expect(findWeapons(text, text.toLowerCase()).map((w) => [w.name, w.text, w.start, w.end])).toEqual([['bomb', 'An ammonium nitrate bomb', 0, 24]]);
  });
});

describe('a weapon form wrapped across lines', () => {
  it('"MOLOTOV\\nCOCKTAIL" is one molotov cocktail, its span the two words (DEV-MUC3-0470)', () => {
    const text = 'UNIDENTIFIED INDIVIDUALS HURLED A MOLOTOV\nCOCKTAIL THAT EXPLODED OUTSIDE THE BUILDING.';
    const found = findWeapons(text, text.toLowerCase());
    expect(found.map((w) => [w.name, w.text, w.rule])).toEqual([['bomb', 'A MOLOTOV\nCOCKTAIL', 'w-explosive']]);
    for (const w of found) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
  it('a sentence break between the words joins nothing ("A CAR. BOMB SQUADS …" is no car bomb)', () => {
    const text = 'THEY STOLE A CAR.\nBOMB SQUADS ARRIVED LATER.';
    expect(findWeapons(text, text.toLowerCase()).map((w) => w.name)).not.toContain('car bomb');
  });
});
