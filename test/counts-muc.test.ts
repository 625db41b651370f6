// MUC-4 casualty families (issue 13): zero victims, the assassination of N, an apposition or "including" inside the
// victims, others added to a figure or to a named victim ("two members of his escort were also killed").
import { describe, expect, it } from 'vitest';
import { findCasualties, mergeCasualties } from '../src/core/extract/counts/index.js';
import { ADDITIVE, RULES } from '../src/core/extract/counts/rules.js';
import { extract } from '../src/core/index.js';

const fire = (text: string, rule: string) => findCasualties(text).filter((c) => c.rule === rule);

describe('count rule examples', () => {
  const withExamples = RULES.filter((r) => r.examples);
  it('the MUC rules carry examples', () => {
    expect(withExamples.map((r) => r.name)).toEqual(
      expect.arrayContaining(['counts.zero', 'counts.passive_interposed', 'counts.killing_of']),
    );
  });
  for (const r of withExamples) {
    it(`${r.name}: reads the figure of each positive example under its name, none of its negative ones`, () => {
      for (const [y, v] of r.examples!.pos) expect(fire(y, r.name).map((m) => m.value), y).toContain(v);
      for (const n of r.examples!.neg) expect(fire(n, r.name), n).toEqual([]);
    });
  }
  it('counts.additive: its examples are additive, its negatives are not', () => {
    for (const y of ADDITIVE.examples.pos) expect(findCasualties(y).some((c) => c.additive), y).toBe(true);
    for (const n of ADDITIVE.examples.neg) expect(findCasualties(n).some((c) => c.additive), n).toBe(false);
  });
});

describe('values and spans', () => {
  it('counts.zero: no victims is killed 0 and wounded 0, with its span', () => {
    const text = 'A BOMB EXPLODED AT A RESTAURANT. THERE WERE NO VICTIMS, AND THE EXPLOSION CAUSED LITTLE DAMAGE.';
    const ms = fire(text, 'counts.zero');
    expect(ms.map((m) => [m.kind, m.value])).toEqual([['killed', 0], ['wounded', 0]]);
    expect(ms[0]!.text).toBe('NO VICTIMS');
    expect(text.slice(ms[0]!.start, ms[0]!.end)).toBe('NO VICTIMS');
  });
  it('counts.killing_of: "the assassination of six Jesuits and two women" is 8; a partitive conjunct adds nothing', () => {
    const [m] = fire('CONDEMNED THE ASSASSINATION OF SIX JESUITS AND TWO WOMEN IN HIS COUNTRY', 'counts.killing_of');
    expect(m).toMatchObject({ kind: 'killed', value: 8, text: 'ASSASSINATION OF SIX JESUITS AND TWO WOMEN' });
    const [p] = fire('AFTER THE 16 NOVEMBER ASSASSINATION OF SIX JESUITS, FIVE OF THEM SPANIARDS, AND AFTER', 'counts.killing_of');
    expect(p!.value).toBe(6);
  });
  it('counts.passive_interposed: the head figure, not the part ("five of them", "including one child")', () => {
    const text = 'SIX JESUITS, FIVE OF THEM OF SPANISH BACKGROUND, WERE ASSASSINATED ON 16 NOVEMBER.';
    const ms = findCasualties(text).filter((c) => c.kind === 'killed');
    expect(ms.map((m) => [m.rule, m.value])).toEqual([['counts.passive_interposed', 6]]);
    expect(ms[0]!.victims!.text).toBe('SIX JESUITS');
    const w = findCasualties('FOUR PEOPLE INCLUDING ONE CHILD WERE INJURED BY THE EXPLOSION.');
    expect(w.map((m) => [m.rule, m.value])).toEqual([['counts.passive_interposed', 4]]);
  });
  it('np-possessive-tail: "two members of his escort were also killed" is two, additive', () => {
    const [m] = findCasualties('AN ATTACK IN WHICH TWO MEMBERS OF HIS ESCORT WERE ALSO KILLED.');
    expect(m).toMatchObject({ rule: 'counts.passive', value: 2, additive: true, text: 'TWO MEMBERS OF HIS ESCORT WERE ALSO KILLED' });
  });
});

describe('mergeCasualties with others (counts.additive)', () => {
  it('others after a figure add to it; a figure after them is a total', () => {
    const text = 'EIGHT SOVIET CITIZENS WERE SERIOUSLY INJURED. 10 OTHER PEOPLE WERE ALSO INJURED.';
    const c = mergeCasualties(findCasualties(text).filter((m) => m.kind === 'wounded'))!;
    expect(c).toMatchObject({ value: 18, low: 18, high: 18 });
    const later = 'TWO OTHER PEOPLE WERE INJURED. IN ALL, 12 PEOPLE WERE INJURED.';
    expect(mergeCasualties(findCasualties(later).filter((m) => m.kind === 'wounded'))!.value).toBe(12);
  });
  it('without "other", the later figure replaces the earlier as before', () => {
    const text = 'EIGHT PEOPLE WERE INJURED. LATER, 10 PEOPLE WERE INJURED.';
    expect(mergeCasualties(findCasualties(text).filter((m) => m.kind === 'wounded'))!.value).toBe(10);
  });
});

describe('named-plus-others (record.ts)', () => {
  const first = (text: string, published: string) => extract(text, { published, explain: true }).events[0]!;
  it('a minister assassinated and two of his escort also killed is three', () => {
    const text =
      'SAN SALVADOR, 9 JUN 89 (ACAN-EFE) -- [TEXT] SALVADORAN PRESIDENCY MINISTER ANTONIO RODRIGUEZ PORTH WAS ASSASSINATED TODAY IN SAN SALVADOR DURING AN ATTACK IN WHICH TWO MEMBERS OF HIS ESCORT WERE ALSO KILLED, THE POLICE HAVE REPORTED.';
    const e = first(text, '1989-06-09');
    expect(e.killed).toMatchObject({ value: 3, low: 3, high: 3 });
    expect(text.slice(e.killed!.start, e.killed!.end)).toBe(e.killed!.text);
    expect(e.explain?.killed).toContain('named-plus-others');
  });
  it('two bodyguards killed with no named victim killed stay two', () => {
    const e = first('SAN SALVADOR, 9 JUN 89 (ACAN-EFE) -- [TEXT] GUERRILLAS ATTACKED THE HOME OF A MINISTER TODAY. TWO OF HIS BODYGUARDS WERE KILLED.', '1989-06-09');
    expect(e.killed?.value).toBe(2);
    expect(e.explain?.killed ?? []).not.toContain(expect.stringMatching(/named-plus-others/));
  });
});
