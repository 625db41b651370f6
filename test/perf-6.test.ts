// perf-6: speed with no change in behaviour. formsAlternation (text.ts) builds the literal forms of the weapon and
// trigger lexicons as a trie: it must match exactly what the forms sorted longest first and joined by `|` match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formsAlternation } from '../src/core/text.js';
import { WEAPONS } from '../src/core/extract/weapons/lexicon.js';
import { TRIGGERS } from '../src/core/extract/events/lexicon.js';

/** The alternation as it was built before: every form, the longest first. */
const sorted = (forms: string[]) =>
  forms
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

const matches = (source: string, text: string) =>
  [...text.matchAll(new RegExp(`(?<![\\w-])(?:${source})(?![\\w-])`, 'g'))].map((m) => `${m.index}:${m[0]}`);

describe('formsAlternation', () => {
  it('matches what the sorted alternation matches, on the lexicons', () => {
    for (const forms of [[...new Set(WEAPONS.flatMap((r) => r.forms))], [...new Set(TRIGGERS.flatMap((r) => r.forms))]]) {
      // each form as written, plural, with its words on two lines or two blanks apart, glued to a word, twice in a row
      const text = forms.flatMap((f) => [f, `${f}s`, f.replace(/ /g, '\n'), f.replace(/ /g, '  '), `x${f}`, `${f}-x`, `${f} ${f}`]).join(' . ');
      expect(matches(formsAlternation(forms), text)).toEqual(matches(sorted(forms), text));
    }
  });

  it('matches what the sorted alternation matches, on forms that are prefixes of one another', () => {
    const word = fc.stringMatching(/^[ab.-]{1,3}$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('a', 'b', '.', '-', ' ', '  ', '\n', 'x'), { maxLength: 30 }), (forms, chars) => {
        const text = chars.join('');
        expect(matches(formsAlternation(forms), text)).toEqual(matches(sorted(forms), text));
      }),
      { numRuns: 300 },
    );
  });
});
