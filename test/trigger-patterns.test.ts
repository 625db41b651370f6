// `TriggerRule.patterns`: a pattern's match is read again against its own text alone (events/index.ts compile), so a
// positive lookbehind there can never hold. The trigger lexicon states none.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { TRIGGERS } from '../src/core/extract/events/lexicon.js';

describe('TriggerRule.patterns', () => {
  it('states no positive lookbehind in any trigger pattern', () => {
    const withLookbehind = TRIGGERS.flatMap((t) => (t.patterns ?? []).filter((p) => p.includes('(?<=')).map(() => t.name));
    expect(withLookbehind).toEqual([]);
  });

  it('reads a pattern trigger with its slot ("fired two rockets"), span and text alike', () => {
    const text = 'Militants fired two rockets at the base in Balad on Sunday.';
    const r = extract(text, { published: '2021-04-05', explain: true });
    expect(r.events.map((e) => [e.type, e.trigger.text, text.slice(e.trigger.start, e.trigger.end)])).toEqual([['shelling', 'fired two rockets', 'fired two rockets']]);
  });
});
