// Each casualty rule is tried only on a text where its trigger pattern (its
// `trig` group alone) is found: the cue must be a necessary condition of the
// rule, so that no figure is lost.
import { describe, expect, it } from 'vitest';
import { findCasualties, triggerCue } from '../src/core/extract/counts/index.js';
import { RULES } from '../src/core/extract/counts/rules.js';

describe('casualty rules: trigger cues', () => {
  it('every rule has one, taken whole from its trig group (brackets and classes with parentheses included)', () => {
    for (const r of RULES) expect(triggerCue(r.re), r.name).not.toBeNull();
    expect(triggerCue(/(?<victims>x)\s+(?<trig>a(?:b|[)(])c)(?![\w-])/g)!.source).toBe('(?<trig>a(?:b|[)(])c)');
    expect(triggerCue(/(?<q>\d+)\s+dead/g)).toBeNull();
  });

  it("holds wherever its rule matches, on every rule's own examples", () => {
    let tried = 0;
    for (const r of RULES) {
      for (const [text] of r.examples?.pos ?? []) {
        const lower = text.toLowerCase();
        r.re.lastIndex = 0;
        if (!r.re.test(lower)) continue;
        expect(triggerCue(r.re)!.test(lower), `${r.name}: ${text}`).toBe(true);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(10);
  });

  it('a sentence without a rule\'s trigger still gives the figures of the others', () => {
    expect(findCasualties('Two Americans and an Iraqi civilian were killed in the blast.').map((c) => [c.kind, c.value, c.rule])).toEqual([['killed', 3, 'counts.passive']]);
    expect(findCasualties('The blast left three people dead and five wounded.').map((c) => [c.kind, c.value, c.rule])).toEqual([['killed', 3, 'counts.left'], ['wounded', 5, 'counts.passive']]);
  });
});
