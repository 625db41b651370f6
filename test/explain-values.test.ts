// --explain on an event a refiner took out (pipeline.ts explained): the rules that gave its values fired though no
// record shows them; each is traced on the value it gave where the field holds one value, so the span shows the evidence.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

describe('the trace of an event a refiner took out: each value rule on its value', () => {
  // (terrorism-no-clash drops the clash; the rules that gave its date and place are traced on "YESTERDAY" and
  // "CHALATENANGO", not on the trigger "CLASHED" as before)
  const text = 'SAN SALVADOR, 12 JAN 90 (RADIO CADENA) -- [TEXT] TROOPS AND GUERRILLAS CLASHED YESTERDAY IN CHALATENANGO DEPARTMENT.';
  const res = extract(text, { explain: true, scope: 'terrorism' });
  const firings = (rule: string) => (res.trace ?? []).filter((f) => f.rule === rule).map((f) => [f.action, text.slice(f.start, f.end)]);
  it('the clash is dropped, on its trigger', () => {
    expect(res.events).toEqual([]);
    expect(firings('terrorism-no-clash')).toEqual([['drop', 'CLASHED']]);
  });
  it('its date rule and its place rule fire on the date and the place', () => {
    expect(firings('casual-day')).toEqual([['accept', 'YESTERDAY']]);
    expect(firings('place-admin1')).toEqual([['accept', 'CHALATENANGO']]);
  });
  it('a list field (attackers) stays on the trigger: its rules are not kept item by item', () => {
    expect(firings('subject-attacker')).toContainEqual(['accept', 'CLASHED']);
  });
});
