// MUC-4 gold events folded into another predicted event: "in addition" opens another incident (roles.ts
// FRESH_INCIDENT, widened), and a mention that points back joins the incident of its own kind (merge.ts
// `anaphoric-join`, widened), not the burning told last.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1989-03-29'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => ({ action: f.action, text: f.text }));
const spansOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) {
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    for (const x of [...e.attackers, ...e.targets, ...e.evidence]) expect(text.slice(x.start, x.end)).toBe(x.text);
  }
};

describe('FRESH_INCIDENT: "in addition" opens another incident', () => {
  const text =
    'SAN SALVADOR, 29 MAR 89 (ACAN-EFE) -- [TEXT] The Salvadoran guerrillas have destroyed at least 10 power transmission towers in the northern part of the country. ' +
    'In addition, urban guerrillas blew up a public bus in a neighborhood located north of San Salvador.';
  it('codes the bus blown up "in addition" as an incident of its own', () => {
    const r = code(text);
    expect(r.events.map((e) => e.trigger.text)).toEqual(['destroyed', 'blew up']);
    const bus = r.events[1]!;
    expect(bus.type).toBe('bombing');
    expect(bus.targets.map((t) => t.name)).toContain('public bus');
    expect(r.events[0]!.targets.map((t) => t.name)).not.toContain('public bus');
    expect(fired(r, 'continuation')).not.toContainEqual({ action: 'accept', text: 'blew up' });
    spansOk(r, text);
  });
  it('still joins the next sentence without the cue (continuation)', () => {
    const same = text.replace('In addition, urban', 'Urban');
    const r = code(same);
    expect(r.events).toHaveLength(1);
    expect(fired(r, 'continuation')).toContainEqual({ action: 'accept', text: 'blew up' });
    spansOk(r, same);
  });
});

describe('anaphoric-join: a mention that points back joins the incident of its kind', () => {
  const text =
    'BOGOTA, 15 JAN 90 (DPA) -- [TEXT] A commando group of 30 armed men kidnapped 20 peasants in Puerto Bello, Turbo municipality, on 14 January. ' +
    'Before fleeing, the commando group set fire to a grocery store in the small town. ' +
    'Nothing is known thus far about the motive behind the kidnapping.';
  it('joins "the kidnapping" to the kidnapping, and the burning stays an arson', () => {
    const r = code(text, '1990-01-15');
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([
      ['abduction', 'kidnapped'],
      ['arson', 'set fire to'],
    ]);
    const arson = r.events[1]!;
    expect(arson.targets.map((t) => t.name)).toEqual(['grocery store']);
    expect(arson.evidence.map((e) => e.text.slice(0, 14))).toEqual(['Before fleeing']);
    expect(r.events[0]!.evidence.map((e) => e.text.slice(0, 14))).toContain('Nothing is kno');
    expect(fired(r, 'anaphoric-join')).toContainEqual({ action: 'accept', text: 'kidnapping' });
    spansOk(r, text);
  });
  it('joins the incident told last when none earlier is of its kind', () => {
    const other = text.replace('kidnapped 20 peasants', 'blew up the town hall');
    const r = code(other, '1990-01-15');
    expect(r.events.map((e) => e.trigger.text)).toEqual(['blew up', 'set fire to']);
    expect(r.events[1]!.evidence.map((e) => e.text.slice(0, 14))).toEqual(['Before fleeing', 'Nothing is kno']);
  });
  it('keeps an anaphor of another date apart from the incident of its kind', () => {
    const other = text.replace('the motive behind the kidnapping.', 'the motive behind the kidnapping of 2 December.');
    const r = code(other, '1990-01-15');
    expect(r.events[0]!.evidence.map((e) => e.text.slice(0, 14))).not.toContain('Nothing is kno');
  });
});
