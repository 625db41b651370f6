// `TriggerRule.scopes` and `joinsOnly`: the `wound` trigger ("were wounded", "were injured") holds under --scope
// terrorism only, and there it tells no incident alone: it joins one that another mention tells, its victims and toll
// with it. In the other scopes its forms are no trigger.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { TRIGGERS } from '../src/core/extract/events/lexicon.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, scope: 'terrorism' | 'all'): ArticleResult => extract(text, { published: '1990-03-16', explain: true, scope });

describe('TriggerRule.scopes and joinsOnly', () => {
  it('gives the wound trigger the terrorism scope and joinsOnly, the found-dead record of kill the scope only, and no other trigger either', () => {
    expect(TRIGGERS.filter((t) => t.scopes || t.joinsOnly).map((t) => [t.name, t.scopes, t.joinsOnly])).toEqual([['kill', ['terrorism'], undefined], ['wound', ['terrorism'], true]]);
  });

  const wounding = 'LIMA, 16 MAR 90 (EFE) -- Two police officers were wounded in Ayacucho yesterday, police sources said.';

  it('drops a wounding told alone under the terrorism scope, traced under the trigger name', () => {
    const r = code(wounding, 'terrorism');
    expect(r.events).toEqual([]);
    const drops = (r.trace ?? []).filter((f) => f.rule === 'wound' && f.action === 'drop');
    expect(drops.map((f) => f.text)).toEqual(['wounded']);
    expect(wounding.slice(drops[0]!.start, drops[0]!.end)).toBe('wounded');
  });

  it('joins the wounding to the deed told before it under the terrorism scope: its toll and victims', () => {
    const text = 'LIMA, 16 MAR 90 (EFE) -- Terrorists dynamited a bank in Huancayo yesterday. Two police officers were wounded, police sources said.';
    const r = code(text, 'terrorism');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.trigger.text).toBe('dynamited');
    expect(e.wounded?.value).toBe(2);
    expect(text.slice(e.wounded!.start, e.wounded!.end)).toBe(e.wounded!.text);
    expect((r.trace ?? []).filter((f) => f.rule === 'wound' && f.action === 'drop')).toEqual([]);
  });

  it('codes none in the default scope: the forms are no trigger there, and nothing is traced for them', () => {
    const r = code(wounding, 'all');
    expect(r.events).toEqual([]);
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
