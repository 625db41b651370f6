// Events on MUC-4 (muc4-dev, --scope terrorism), eleventh pass: an officer named by name is a person attacked, not a
// force met in combat (`terrorism-no-combatant-target` narrowed): what it keeps and still drops, with the rule's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => {
  const res = extract(text, { published: '1990-01-09', scope, explain: true });
  return {
    events: res.events.map((e) => ({ trigger: e.trigger.text, targets: e.targets.map((t) => [t.name, t.kind, text.slice(t.start, t.end) === t.text]) })),
    dropped: (res.trace ?? []).filter((f) => f.action === 'drop').map((f) => [f.rule, f.text, f.start]),
  };
};

describe('terrorism-no-combatant-target: an officer named by name', () => {
  it('keeps the murder of a general or a colonel named by name, with him as the target', () => {
    const text = 'LIMA, 9 JAN 90 (EFE) -- [TEXT] FORMER DEFENSE MINISTER GENERAL ENRIQUE LOPEZ ALBUJAR WAS SHOT DEAD TODAY BY THREE YOUNG INDIVIDUALS IN SAN ISIDRO.';
    const r = run(text);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.targets).toContainEqual(['Enrique Lopez Albujar', 'military', true]);
    expect(r.dropped.map((x) => x[0])).not.toContain('terrorism-no-combatant-target');
  });
  it('still drops an attack whose every target is a force or a unit, with its span', () => {
    const text = 'LIMA, 9 JAN 90 (EFE) -- [TEXT] SHINING PATH GUERRILLAS AMBUSHED AN ARMY PATROL TODAY NEAR AYACUCHO.';
    const r = run(text);
    expect(r.events).toEqual([]);
    expect(r.dropped).toContainEqual(['terrorism-no-combatant-target', 'AMBUSHED', text.indexOf('AMBUSHED')]);
  });
  it('keeps both under --scope all', () => {
    expect(run('LIMA, 9 JAN 90 (EFE) -- [TEXT] SHINING PATH GUERRILLAS AMBUSHED AN ARMY PATROL TODAY NEAR AYACUCHO.', 'all').events).toHaveLength(1);
  });
});
