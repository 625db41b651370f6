// False events on MUC-4 (muc4-dev, --scope terrorism), fourteenth pass: a deed asked in a question (modal-clause): what
// it drops and keeps in the pipeline, with the rule's name and span.
import { describe, expect, it } from 'vitest';
import { run as coded } from './helpers/run.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => coded(text, { scope, published: '1989-11-20' });

describe('modal-clause, a deed asked in a question', () => {
  it('rejects a deed the question mark closes, with its span', () => {
    for (const [text, word] of [
      ['HOW ARE THEY USING THE YANKEE BOMBS AND PLANES?', 'BOMBS'],
      ['IS IT BECAUSE MSGR ROMERO WAS A COMMUNIST AND THEREFORE MURDERED?', 'MURDERED'],
      ['[ORTEGA] WHAT DO YOU FEEL AFTER KILLING SO MANY POLICEMEN?', 'KILLING'],
      ['So why should anyone want to report that you were killed early in the morning in Usulutan Department?', 'killed'],
    ] as const) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['modal-clause', word, text.indexOf(word)]);
    }
  });
  it('keeps a deed told in a relative clause of the question, or before a comma that opens it, under either scope', () => {
    const bombs = 'WHAT DO THE ARMED FORCES THINK ABOUT THE EIGHT BOMBS THAT WERE DETONATED YESTERDAY AND KILLED SIX SOLDIERS AND ONE CIVILIAN?';
    const r = run(bombs);
    expect(r.triggers).toEqual(['DETONATED']);
    expect(r.rejected.filter((x) => x[0] === 'modal-clause').map((x) => x[1])).toEqual(['BOMBS']);
    const jesuits = 'REFERRING TO THE ENTRY AND DEPARTURE REGISTRY OF THE DAY WHEN THE JESUITS WERE KILLED, HOW WILL THIS SITUATION END UP?';
    expect(run(jesuits).rejected.map((x) => x[0])).not.toContain('modal-clause');
    expect(run('Guerrillas attacked the mayor\'s office in San Miguel on Sunday.', 'all').triggers).toEqual(['attacked']);
  });
  it('rejects the asked deed under --scope all too (a clause rule of every scope)', () => {
    const text = 'How are they using the Yankee bombs and planes?';
    expect(run(text, 'all').rejected).toContainEqual(['modal-clause', 'bombs', text.indexOf('bombs')]);
  });
});
