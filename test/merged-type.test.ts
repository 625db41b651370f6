// The type of a merged record (src/core/refine/record.ts typedGroups): a distant mention that points back ("the
// bombing") of another kind, with no victim, toll or date of its own, does not retype the incident its lead tells.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

const code = (text: string) => extract(text, { published: '1989-11-20', explain: true, scope: 'terrorism' });
const LEAD = 'SAN SALVADOR, 20 NOV 89 (RADIO VENCEREMOS) -- The funeral rites for the priests who were murdered in San Salvador are taking place at this moment. ';
const FILLER = 'The president and his wife are attending the ceremony. The army has lost the initiative in the capital. Our forces hold the northern districts. ' +
  'The people support our struggle. The government has no answer to our proposals. The most notorious crime has been the killing of the Jesuit priests. ';

describe('typedGroups: the lead types the record, not a distant anaphoric mention of another kind', () => {
  it('keeps the murder an assassination when "the bombing has been intense" joins seven sentences later', () => {
    const text = LEAD + FILLER + 'The bombing has been intense.';
    const r = code(text);
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('assassination');
    expect(e.explain?.type).toEqual(['assassinate']);
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.trigger.text).toBe('murdered');
    expect(e.evidence.map((v) => v.text)).toContain('The bombing has been intense.');
  });
  it('still takes the bombing told in the next sentence, or a distant one with a toll of its own', () => {
    for (const text of [LEAD + 'The bombing has been intense.', LEAD + FILLER + 'The bombing killed two soldiers.']) {
      const e = code(text).events[0]!;
      expect(e.type).toBe('bombing');
      expect(e.explain?.type).toEqual(['assassinate', 'car-bomb']);
    }
  });
});
