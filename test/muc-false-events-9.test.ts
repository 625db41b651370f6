// False events on MUC-4 (muc4-dev, --scope terrorism), ninth pass: a deed's gerund with a bare plural object after
// "for" or "by" ("known for killing people") tells a practice (`generic-or-habitual`). What it drops and keeps, with the
// rule's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism', published = '1989-11-20') => {
  const res = extract(text, { published, scope, explain: true });
  return {
    triggers: res.events.map((e) => e.trigger.text),
    rejected: (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text, f.start]),
  };
};

describe('generic-or-habitual: a deed\'s gerund with a bare plural object after "for" or "by"', () => {
  it('rejects "known for killing people", "blamed for killing civilians", "by killing civilians", under either scope', () => {
    for (const [text, trigger] of [
      ['THAT GOVERNMENT IS KNOWN FOR KILLING PEOPLE, FOR KILLING CLERGYMEN.', 'KILLING'],
      ['Private armies blamed for killing civilians roam northern Colombia.', 'killing'],
      ['THE SOMOZA FORCES HAVE LATELY INCREASED THEIR TERRORIST ACTIONS IN NICARAGUA BY KILLING CIVILIANS AND SANDINIST SOLDIERS.', 'KILLING'],
    ]) {
      for (const scope of ['all', 'terrorism'] as const) {
        const r = run(text, scope);
        expect(r.triggers).toEqual([]);
        expect(r.rejected.map((x) => x[0])).toContain('generic-or-habitual');
        expect(r.rejected.some((x) => x[0] === 'generic-or-habitual' && x[1] === trigger && x[2] === text.indexOf(trigger))).toBe(true);
      }
    }
  });
  it('keeps a gerund with a named or determined victim, and a deed told in the past', () => {
    expect(run('Three men were arrested for killing the mayor of San Miguel on Sunday.').rejected.map((x) => x[0])).not.toContain('generic-or-habitual');
    expect(run('Guerrillas continued killing civilians in San Miguel on Sunday.').triggers).toEqual(['killing']);
    expect(run('Guerrillas killed civilians in San Miguel on Sunday.').triggers).toEqual(['killed']);
  });
});
