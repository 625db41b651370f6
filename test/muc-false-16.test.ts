// False events in muc4-dev's messages with no incident: a battle's own word retyped by a deed merged into it, naming no
// target (`terrorism-no-clash` widened, refine/scope.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1990-01-17'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => ({ action: f.action, text: f.text }));

describe('terrorism-no-clash: a battle word retyped by a merged deed, with no target, is combat', () => {
  const clash =
    'SAN SALVADOR, 17 JAN 90 (AFP) -- A fierce clash, which lasted almost 1 hour, occurred this evening between government soldiers and guerrilla forces in a western sector of the capital, but no casualties have been reported. A military source from the sector said that the clash occurred in Montebello neighborhood, located in the western section of the capital, and much rifle fire and many powerful explosions were heard.';
  it('drops the clash in Montebello, retyped by the explosions heard', () => {
    const all = extract(clash, { published: '1990-01-17', explain: true, scope: 'all' });
    const battle = all.events.find((e) => e.trigger.text === 'clash');
    expect(battle).toBeDefined();
    expect(battle!.type).not.toBe('armed_clash');
    expect(clash.slice(battle!.trigger.start, battle!.trigger.end)).toBe(battle!.trigger.text);
    expect(battle!.targets).toEqual([]);
    const r = code(clash);
    expect(r.events).toEqual([]);
    expect(fired(r, 'terrorism-no-clash')).toContainEqual({ action: 'drop', text: 'clash' });
  });
  it('keeps a deed with its target told beside the fighting', () => {
    const text = 'SAN SALVADOR, 17 JAN 90 (AFP) -- Guerrillas bombed the power station in San Miguel this evening during heavy fighting with the army.';
    const r = code(text);
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['bombing', 'bombed']]);
    const e = r.events[0]!;
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.targets.map((t) => t.name)).toContain('power station');
    expect(fired(r, 'terrorism-no-clash')).toEqual([]);
  });
});
