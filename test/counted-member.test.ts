// counted-member-incident (src/core/refine/merge.ts COUNTED_MEMBER): after a lead that counts incidents ("two bomb
// attacks"), an ordinal member ("the second attack") opens an incident of its own, not the tally, and the sentence
// after it continues it; an ordinal with no count before it, or a far one ("the 14th attack"), stays in the tally.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { COUNTED_MEMBER } from '../src/core/refine/merge.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string): ArticleResult => extract(text, { published: '1990-01-12', explain: true, scope: 'terrorism' });
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => ({ action: f.action, text: f.text }));

const LEAD = 'LA PAZ, 12 JAN 90 (EFE) -- Two bomb attacks were carried out in La Paz last night. ';

describe('counted-member-incident', () => {
  const text =
    LEAD +
    'The first bomb attack occurred at 2230 in front of the Planning Ministry. ' +
    'The second attack occurred at 2335, just after the cabinet members had left the presidential palace. ' +
    'A bomb was placed outside Government House in the parking lot that is used by cabinet ministers.';

  it('opens an incident for "the second attack", which the next sentence continues; the counted lead is dropped', () => {
    const r = code(text);
    expect(fired(r, COUNTED_MEMBER.name)).toEqual([{ action: 'accept', text: 'attack' }]);
    expect(fired(r, 'drop-counted-summary')).toEqual([{ action: 'drop', text: 'bomb attacks' }]);
    expect(r.events.map((e) => [e.type, e.aggregate])).toEqual([
      ['bombing', false],
      ['bombing', false],
    ]);
    const [first, second] = r.events;
    // the bomb outside Government House is the second attack's, not the first's
    expect(second!.targets.map((t) => t.name)).toContain('Government House');
    expect(first!.targets.map((t) => t.name)).not.toContain('Government House');
    const t = second!.targets[0]!;
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(second!.evidence.map((e) => e.text.slice(0, 17))).toEqual(['The second attack', 'A bomb was placed']);
  });

  it('keeps a far ordinal in the tally ("the 14th attack")', () => {
    const r = code(LEAD + 'It was the 14th attack against government offices this year.');
    expect(fired(r, COUNTED_MEMBER.name)).toEqual([]);
    expect(r.events.every((e) => e.aggregate)).toBe(true);
  });

  it('does not fire with no counted lead before the ordinal ("the second attack on the town")', () => {
    const r = code('LA PAZ, 12 JAN 90 (EFE) -- Guerrillas bombed a bank in Oruro last night. It was the second attack on the town this year.');
    expect(fired(r, COUNTED_MEMBER.name)).toEqual([]);
  });

  it('reads the member only right before the trigger', () => {
    expect(COUNTED_MEMBER.member.test('the second car ')).toBe(true);
    expect(COUNTED_MEMBER.member.test('a third ')).toBe(true);
    expect(COUNTED_MEMBER.member.test('the 14th ')).toBe(false);
    expect(COUNTED_MEMBER.member.test('the second day of the ')).toBe(false);
  });
});
