// The number words are stated once (src/core/lang/number-words.ts): the counts read their values, rules build their
// alternations from the same list.
import { describe, expect, it } from 'vitest';
import { numberWords, UNITS } from '../src/core/lang/number-words.js';
import { UNITS as COUNT_UNITS } from '../src/core/extract/counts/rules.js';
import { FRESH_INCIDENT, OFFSET_REFERENCE } from '../src/core/refine/roles.js';

describe('numberWords', () => {
  it('gives the unit words of a range, in order', () => {
    expect(numberWords('two', 'four')).toBe('two|three|four');
    expect(numberWords('one', 'twelve').split('|')).toHaveLength(12);
  });
  it('refuses a range it has not', () => {
    expect(() => numberWords('ten', 'two')).toThrow(/no range/);
    expect(() => numberWords('one', 'hundred')).toThrow(/no range/);
  });
  it('is the list the counts read', () => {
    expect(COUNT_UNITS).toBe(UNITS);
    expect(UNITS.seven).toBe(7);
  });
  it('builds the rules that read counts: "another three" is no fresh incident, "another" alone is', () => {
    expect(FRESH_INCIDENT.test('another three people were hurt')).toBe(false);
    expect(FRESH_INCIDENT.test('another twelve people were hurt')).toBe(false);
    expect(FRESH_INCIDENT.test('in another attack, rebels')).toBe(true);
    expect(OFFSET_REFERENCE.test('three days after the ')).toBe(true);
  });
});
