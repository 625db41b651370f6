// MUC-4 events we missed: an investigation or one side's charge that names a fresh incident (`judged-or-investigated`
// narrowed, lexicon.ts MODALITY), and civilians hit in a clash (`terrorism-no-clash` narrowed, refine/scope.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1989-11-18'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => ({ action: f.action, text: f.text }));
const spansOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) {
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    for (const t of e.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
};

describe('judged-or-investigated: an investigation of the deed itself tells the incident', () => {
  it('codes "the police are investigating the murder of six Jesuit priests"', () => {
    const text =
      'SAN SALVADOR, 18 NOV 89 (EFE) -- The police are investigating the murder of six Jesuit priests, who were murdered on 16 November.';
    const r = code(text);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.type).toBe('assassination');
    expect(r.events[0]!.date.value).toBe('1989-11-16');
    expect(r.events[0]!.trigger.text).toBe('murder');
    // (the deed's object stands right after the investigation; the relative clause further on is still read as judged)
    expect(fired(r, 'judged-or-investigated').map((f) => f.text)).not.toContain('murder');
    spansOk(r, text);
  });
  it('codes "an exhaustive investigation into the murder of X in Guatemala 2 days ago"', () => {
    const text =
      'SAN JOSE, 15 JAN 90 (DPA) -- President Oscar Arias urged Guatemala to order an exhaustive investigation into the murder of Social Democratic leader Hector Oqueli Colindres in Guatemala 2 days ago.';
    const r = code(text, '1990-01-15');
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['assassination', 'murder']]);
    expect(fired(r, 'judged-or-investigated')).toEqual([]);
  });
  it('still rejects a deed after an investigation told of something else', () => {
    const text =
      'BOGOTA, 18 DEC 89 (EFE) -- The farm, which according to the investigations was owned by Gonzalo Rodriguez Gacha, who was killed during a police operation, was searched.';
    const r = code(text, '1989-12-18');
    expect(r.events).toEqual([]);
    expect(fired(r, 'judged-or-investigated')).toEqual([{ action: 'reject', text: 'killed' }]);
  });
  it('still rejects a deed with a clause of its own after the investigation ("investigating organised crime was shot dead")', () => {
    const text = 'QUITO, 6 JAN 25 (EFE) -- The campaign opened days after a prosecutor investigating organised crime was shot dead in Guayaquil.';
    const r = code(text, '2025-01-06');
    expect(r.events).toEqual([]);
    expect(fired(r, 'judged-or-investigated')).toEqual([{ action: 'reject', text: 'shot dead' }]);
  });
  it('still rejects a crime at a trial or a charge against a person', () => {
    for (const text of [
      'SAN SALVADOR, 18 NOV 89 (EFE) -- Officers are to be brought to trial for the assassination of six Jesuits.',
      'BOGOTA, 18 NOV 89 (EFE) -- The judge charged them with participating in the murder of Luis Carlos Galan.',
      'TEGUCIGALPA, 18 NOV 89 (EFE) -- He is accused of killing a businessman.',
    ]) {
      const r = code(text);
      expect(r.events).toEqual([]);
      expect(fired(r, 'judged-or-investigated').map((f) => f.action)).toContain('reject');
    }
  });
});

describe('judged-or-investigated: one side accusing another of a deed tells the incident', () => {
  it('codes "the army has accused the guerrillas of kidnapping 30 peasants" as an abduction', () => {
    const text = 'SAN SALVADOR, 18 NOV 89 (AFP) -- In another turn of events, the army has accused the guerrillas of kidnapping approximately 30 peasants in Cuscatlan department.';
    const r = code(text);
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['abduction', 'kidnapping']]);
    expect(fired(r, 'judged-or-investigated')).toEqual([]);
    spansOk(r, text);
  });
  it('codes "accused the air force of bombing the Santa Elena church"', () => {
    const text = 'SAN SALVADOR, 18 NOV 89 (AFP) -- The bishop yesterday accused the air force of bombing the Santa Elena church in Usulutan department.';
    const r = code(text);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.trigger.text).toBe('bombing');
    expect(r.events[0]!.targets.map((t) => t.name)).toContain('Santa Elena church');
  });
});

describe('terrorism-no-clash: civilians told one by one, hit in a clash, are an attack on them', () => {
  it('keeps "a Dutch reporter was killed today in a shootout"', () => {
    const text = 'SAN SALVADOR, 19 MAR 89 (EFE) -- Cornell Lagrow, a Dutch reporter, was killed today in a shootout in San Francisco Javier, Usulutan department.';
    const r = code(text, '1989-03-19');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.killed?.value).toBe(1);
    expect(r.events[0]!.targets.some((t) => t.kind === 'civilians')).toBe(true);
    expect(fired(r, 'terrorism-no-clash')).toEqual([]);
    spansOk(r, text);
  });
  it('still drops a war count of people killed in clashes, and a clash between two sides', () => {
    for (const text of [
      'BOGOTA, 19 MAR 89 (EFE) -- So far this year, about 100 people have been killed in clashes.',
      'SAN SALVADOR, 19 MAR 89 (EFE) -- Two soldiers and three guerrillas were killed in a clash in Chalatenango today.',
    ]) {
      const r = code(text, '1989-03-19');
      expect(r.events).toEqual([]);
      expect(fired(r, 'terrorism-no-clash').map((f) => f.action)).toContain('drop');
    }
  });
});

describe('a past verb of placing a weapon makes a bare plural an incident', () => {
  it('codes "terrorists threw bombs at the homes of mayoral candidates" as a bombing, not generic-bare-plural', () => {
    const text = 'LIMA, 18 NOV 89 (EFE) -- In the town of San Clemente terrorists threw bombs at the homes of mayoral candidates.';
    const r = code(text);
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['bombing', 'bombs']]);
    expect(fired(r, 'generic-bare-plural')).toEqual([]);
    spansOk(r, text);
  });
  it('leaves a bare plural after a present participle generic ("go about planting bombs")', () => {
    const text = 'SAN SALVADOR, 18 NOV 89 (EFE) -- They do not want to look like the little dogs who go about planting bombs here.';
    const r = code(text);
    expect(r.events).toEqual([]);
    expect(fired(r, 'generic-bare-plural')).toEqual([{ action: 'reject', text: 'bombs' }]);
  });
});
