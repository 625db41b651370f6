// False events on MUC-4 (muc4-dev, --scope terrorism), tenth pass: an ambush that names no target
// (`terrorism-no-combatant-target` widened): what it drops and keeps in the pipeline, with the
// rule's name and span, and that it does not hold under --scope all.
import { describe, expect, it } from 'vitest';
import { run as coded } from './helpers/run.js';

/** Triggers coded, rules' rejects (name, text, start) and scope drops of a text. */
const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => coded(text, { scope, published: '1989-11-20' });

describe('terrorism-no-combatant-target, an ambush that names no target', () => {
  it('drops an ambush told with no target, with its span', () => {
    for (const [text, word] of [
      ['IN ADDITION, FIVE VEHICLES, ALL OF WHICH WERE PART OF MILITARY MOTORCADES, WERE DESTROYED IN TWO LARGE-SCALE AMBUSHES.', 'AMBUSHES'],
    ] as const) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.dropped).toContainEqual(['terrorism-no-combatant-target', word, text.indexOf(word)]);
    }
    // "the ambush of soldiers" (a deed on a bare plural) is a practice since muc-false-18: rejected before any record
    const practice = 'THIS ORDER DOES NOT INCLUDE THE CLAYMORE MINES USED IN THE AMBUSH OF SOLDIERS.';
    const r = run(practice);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['generic-or-habitual', 'AMBUSH', practice.indexOf('AMBUSH')]);
  });
  it('keeps an ambush of policemen or of a bus, any other deed with no target, and all under --scope all', () => {
    expect(run('THREE POLICEMEN WERE KILLED AND ONE WAS WOUNDED TODAY IN AN AMBUSH SET BY GUERRILLAS IN ARBOLETES.').triggers).toHaveLength(1);
    expect(run('Guerrillas ambushed a bus on the highway to San Miguel on Sunday.').triggers).toEqual(['ambushed']);
    expect(run('A bomb exploded in San Miguel on Sunday.').triggers).toHaveLength(1);
    const text = 'IN ADDITION, FIVE VEHICLES, ALL OF WHICH WERE PART OF MILITARY MOTORCADES, WERE DESTROYED IN TWO LARGE-SCALE AMBUSHES.';
    expect(run(text, 'all').dropped.map((x) => x[0])).not.toContain('terrorism-no-combatant-target');
  });
});
