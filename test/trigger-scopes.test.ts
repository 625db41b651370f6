// `TriggerRule.scopes`: the `wound` trigger ("were wounded", "were injured") holds under --scope terrorism only. MUC-4's
// keys code a wounding told by no deed as an incident; in the other scopes it is mostly a war's or an accident's toll.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { TRIGGERS } from '../src/core/extract/events/lexicon.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, scope: 'terrorism' | 'all'): ArticleResult => extract(text, { published: '1990-03-16', explain: true, scope });

describe('TriggerRule.scopes', () => {
  it('gives the wound trigger the terrorism scope, and no other trigger a scope', () => {
    expect(TRIGGERS.filter((t) => t.scopes).map((t) => [t.name, t.scopes])).toEqual([['wound', ['terrorism']]]);
  });

  const wounding = 'LIMA, 16 MAR 90 (EFE) -- Two police officers were wounded in Ayacucho yesterday, police sources said.';

  it('codes a wounding told alone under the terrorism scope, its trigger the verb', () => {
    const r = code(wounding, 'terrorism');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.trigger.text).toBe('wounded');
    expect(wounding.slice(e.trigger.start, e.trigger.end)).toBe('wounded');
    expect(e.explain?.type).toContain('wound');
    expect(e.wounded?.value).toBe(2);
  });

  it('codes none in the default scope: the forms are no trigger there', () => {
    const r = code(wounding, 'all');
    expect(r.events).toEqual([]);
    // nothing is recorded for them, as for a word missing from the lexicon
    expect((r.trace ?? []).some((f) => f.text === 'wounded')).toBe(false);
  });

  it('still codes the deed beside the wounding in the default scope, with its toll', () => {
    const text = 'KABUL, 16 MAR 90 (AFP) -- A bomb exploded at a bus station in Kabul yesterday. Four people were wounded, police said.';
    const r = code(text, 'all');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('bombing');
    expect(e.trigger.text).toBe('bomb');
    expect(e.wounded?.value).toBe(4);
    expect(e.wounded!.text).toBe('Four people were wounded');
    expect(text.slice(e.wounded!.start, e.wounded!.end)).toBe(e.wounded!.text);
  });
});
