// Incident boundaries (src/core/refine/merge.ts other-named-victim-apart): the value, its
// span and the rule that fired, with a negative case each.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1989-06-10'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => ({ action: f.action, text: f.text }));
const spansOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) {
    for (const a of [...e.attackers, ...e.targets]) expect(text.slice(a.start, a.end)).toBe(a.text);
    if (e.date) expect(text.slice(e.date.start, e.date.end)).toBe(e.date.text);
  }
};

describe('other-named-victim-apart compares surnames, not every word of the incident', () => {
  const lead = 'BOGOTA, 29 AUG 89 (AFP) -- [TEXT] THE DEFENSE MINISTRY IN BOGOTA SAID TODAY THAT THE PEOPLE ARRESTED AFTER SENATOR LUIS CARLOS GALAN\'S MURDER ON 18 AUGUST HAVE BEEN RELEASED. ';
  it('"the assassination of justice Carlos Valencia in Bogota" is not Galan\'s murder ("Carlos", "Bogota" no tie)', () => {
    const text = lead + 'THE JUDGES STOPPED WORK IN PROTEST OVER THE ASSASSINATION OF JUSTICE CARLOS VALENCIA IN BOGOTA.';
    const r = code(text, '1989-08-29');
    spansOk(r, text);
    expect(fired(r, 'other-named-victim-apart')).toEqual([{ action: 'reject', text: 'ASSASSINATION' }]);
    expect(r.events).toHaveLength(2);
    expect(r.events[0]!.targets.map((t) => t.name)).not.toContain('Carlos Valencia');
    expect(r.events[1]!.targets.map((t) => t.text)).toEqual(['CARLOS VALENCIA']);
  });
  it('a mention naming the same surname joins ("the assassination of senator Galan in Bogota")', () => {
    const text = lead + 'THE JUDGES STOPPED WORK IN PROTEST OVER THE ASSASSINATION OF SENATOR GALAN IN BOGOTA.';
    const r = code(text, '1989-08-29');
    expect(fired(r, 'other-named-victim-apart')).toEqual([]);
    expect(r.events).toHaveLength(1);
  });
});
