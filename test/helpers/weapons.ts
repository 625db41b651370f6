// The weapons of a text read through the language layer, under --scope terrorism, with the rejects traced.
import { expect } from 'vitest';
import { findWeapons, weaponLook } from '../../src/core/extract/weapons/index.js';
import { Language } from '../../src/core/lang/layer.js';
import { foldCase, splitSentences } from '../../src/core/text.js';
import type { RuleFiring } from '../../src/core/types.js';

/** The weapons found and the rejects ([rule, text]); every span is checked against the text. */
export function weaponsOf(text: string) {
  const lower = foldCase(text);
  const sentences = splitSentences(text);
  const trace: RuleFiring[] = [];
  const found = findWeapons(text, lower, 0, text.length, trace, 'terrorism', weaponLook(lower, sentences, new Language(text, sentences)));
  for (const w of found) expect(text.slice(w.start, w.end)).toBe(w.text);
  for (const r of trace) expect(text.slice(r.start, r.end)).toBe(r.text);
  return { found, rejected: trace.filter((r) => r.action === 'reject').map((r) => [r.rule, r.text]) };
}
