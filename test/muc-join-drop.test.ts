// A join kept apart from a dropped incident (merge.ts apartFromDropped, terrorism): a mention with victims of its own that
// `continuation` would join to an incident dropped on its own (history, a clash) is its own incident; the join rule's
// reject is traced. Values, spans, the rule, and negative cases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

const MUC = '../shared/corpus-train/muc4-dev';
const read = (id: string) => readFileSync(`${MUC}/${id}.txt`, 'utf8');

describe('continuation kept apart from an incident a drop rule drops on its own', () => {
  it('keeps Pizarro\'s murder, not joined to the attack Navarro survived in 1985 (DEV-MUC3-1249)', () => {
    const text = read('DEV-MUC3-1249');
    const r = extract(text, { id: 'DEV-MUC3-1249', scope: 'terrorism', explain: true });
    const murder = r.events.find((e) => e.trigger.text === 'MURDER');
    expect(murder?.type).toBe('assassination');
    expect(text.slice(murder!.trigger.start, murder!.trigger.end)).toBe('MURDER');
    const victim = murder!.targets.find((t) => /PIZARRO/.test(t.text))!;
    expect(victim.name).toBe('Carlos Pizarro Leongomez');
    expect(text.slice(victim.start, victim.end)).toBe(victim.text);
    expect(r.trace?.some((f) => f.rule === 'continuation' && f.action === 'reject' && f.start === murder!.trigger.start)).toBe(true);
    // the attack of 1985 is still dropped, and no event is told by it
    expect(r.trace?.some((f) => f.rule === 'drop-history' && f.action === 'drop' && f.text === 'ATTACK')).toBe(true);
    expect(r.events.some((e) => e.trigger.text === 'ATTACK')).toBe(false);
  });

  it('keeps the murder of named Erika Suleman apart from the clashes she died in (DEV-MUC3-0691)', () => {
    const text = read('DEV-MUC3-0691');
    const r = extract(text, { id: 'DEV-MUC3-0691', scope: 'terrorism', explain: true });
    const e = r.events.find((x) => x.targets.some((t) => t.name === 'Erika Suleman'));
    expect(e).toBeDefined();
    const t = e!.targets.find((x) => x.name === 'Erika Suleman')!;
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(r.trace?.some((f) => f.rule === 'continuation' && f.action === 'reject' && f.start === e!.trigger.start)).toBe(true);
  });

  it('negative: soldiers killed after a clash stay joined to it and dropped with it (combatants are no victims of their own)', () => {
    const text = 'SAN SALVADOR, 10 JUN 89 -- [TEXT] Guerrillas and soldiers clashed today in Chalatenango. Three soldiers were killed.';
    const r = extract(text, { published: '1989-06-10', scope: 'terrorism', explain: true });
    expect(r.events).toEqual([]);
    expect(r.trace?.some((f) => f.rule === 'continuation' && f.action === 'accept' && f.text === 'killed')).toBe(true);
    expect(r.trace?.some((f) => f.rule === 'continuation' && f.action === 'reject')).toBe(false);
  });

  it('negative: outside the terrorism scope the join holds', () => {
    const text = read('DEV-MUC3-1249');
    const r = extract(text, { id: 'DEV-MUC3-1249', explain: true });
    expect(r.trace?.some((f) => f.rule === 'continuation' && f.action === 'reject')).toBe(false);
  });
});
