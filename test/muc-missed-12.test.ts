// MUC-4 events we missed: a kidnapping or a bombing whose only "target" is its own doers, killed or caught later
// (`terrorism-no-combatant-target` narrowed, refine/scope.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1989-07-18'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const dropped = (r: ArticleResult, rule: string) => (r.warnings ?? []).filter((w) => w.includes(`(${rule})`));
const spansOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) {
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    for (const t of [...e.targets, ...e.attackers]) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
};

describe('terrorism-no-combatant-target: a deed whose only target is its own doers is kept', () => {
  it('keeps a kidnapping whose kidnappers the police killed', () => {
    const text =
      'BOGOTA, 18 JUL 89 (EFE) -- [TEXT] THE COLOMBIAN POLICE TODAY RESCUED MANUEL VALLEJO URIBE, A BUSINESSMAN, WHO THEY FOUND UNHARMED. DURING THE RESCUE OPERATION, THE POLICE KILLED SIX KIDNAPPERS, ACCORDING TO AN OFFICAL POLICE REPORT.\n\nTHE BUSINESSMAN WAS KIDNAPPED ON 9 JULY BY SEVERAL UNKNOWN PERSONS.';
    const r = code(text);
    expect(r.events.map((e) => e.type)).toEqual(['abduction']);
    expect(r.events[0]!.targets.map((t) => t.name)).toEqual(['kidnappers']);
    expect(dropped(r, 'terrorism-no-combatant-target')).toEqual([]);
    spansOk(r, text);
  });
  it('keeps a bombing whose terrorist was lynched', () => {
    const text =
      'BOGOTA, 6 OCT 89 (AFP) -- [TEXT] SHORTLY BEFORE THAT, ANOTHER TERRORIST WAS NEARLY LYNCHED BY SOME PEOPLE WHO CAPTURED HIM IN NORTHERN BOGOTA, AFTER HE PLACED AN EXPLOSIVE DEVICE IN A PRINTSHOP.';
    const r = code(text, '1989-10-06');
    expect(r.events.map((e) => e.type)).toEqual(['bombing']);
    // the printshop the device was placed in is the target (a facility since muc-targets-weapons-17), not the lynched doer
    expect(r.events[0]!.targets.map((t) => t.name)).toEqual(['Printshop']);
    expect(dropped(r, 'terrorism-no-combatant-target')).toEqual([]);
    spansOk(r, text);
  });
  it('still drops a killing of guerrillas or terrorists (no deed of theirs)', () => {
    for (const text of [
      'SAN SALVADOR, 18 JUL 89 (EFE) -- [TEXT] ARMY TROOPS KILLED SIX TERRORISTS NEAR SAN MIGUEL YESTERDAY.',
      'BOGOTA, 18 JUL 89 (EFE) -- [TEXT] THE POLICE KILLED SIX KIDNAPPERS IN MEDELLIN YESTERDAY.',
    ]) {
      const r = code(text);
      expect(r.events).toEqual([]);
      expect(dropped(r, 'terrorism-no-combatant-target')).toHaveLength(1);
    }
  });
  it('still drops a kidnapping of soldiers', () => {
    const r = code('SAN SALVADOR, 18 JUL 89 (EFE) -- [TEXT] GUERRILLAS KIDNAPPED FOUR SOLDIERS NEAR SAN MIGUEL YESTERDAY.');
    expect(r.events).toEqual([]);
    expect(dropped(r, 'terrorism-no-combatant-target')).toHaveLength(1);
  });
});
