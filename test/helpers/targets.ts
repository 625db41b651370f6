// Helpers of the MUC target tests: events coded with explain, whether a target rule fired, a target by its text.
import { expect } from 'vitest';
import { extract } from '../../src/core/index.js';
import type { EventRecord } from '../../src/core/types.js';

export const coded = (text: string, scope: 'all' | 'terrorism' = 'terrorism', published = '1989-03-14') => extract(text, { explain: true, scope, published });
export const events = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => coded(text, scope).events;
export const fired = (es: EventRecord[], rule: string) => es.some((e) => (e.explain?.targets ?? []).includes(rule));

/** The target whose text is `text`, with the rule that gave it. */
export const target = (es: EventRecord[], text: string) => {
  for (const e of es) {
    const i = e.targets.findIndex((a) => a.text === text);
    if (i >= 0) return { ...e.targets[i]!, rule: e.explain?.targets?.[i] };
  }
  return null;
};

/** Asserts that `name` is a target of the story, given by `rule`, with its span. */
export function expectTarget(text: string, name: string, rule: string): void {
  const t = target(events(text), name);
  expect(t?.rule).toBe(rule);
  expect(text.slice(t!.start, t!.end)).toBe(name);
}
