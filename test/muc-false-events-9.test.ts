// False events on MUC-4 (muc4-dev, --scope terrorism), ninth pass: an event told only in questions (`conditional`, a
// scope rule), a deed's gerund with a bare plural object after "for" or "by" (`generic-or-habitual`), and casualties
// inflicted on a side (`terrorism-battle-casualties`). What each drops and keeps, with the rule's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { SCOPE_RULES } from '../src/core/refine/scope.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism', published = '1989-11-20') => {
  const res = extract(text, { published, scope, explain: true });
  return {
    triggers: res.events.map((e) => e.trigger.text),
    dropped: res.warnings.filter((w) => w.startsWith('out of scope (')),
    rejected: (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text, f.start]),
  };
};

describe('conditional: an event told only in questions (terrorism scope)', () => {
  it('is a terrorism scope rule only', () => {
    expect(SCOPE_RULES.terrorism.map((r) => r.name)).toContain('conditional');
    expect(SCOPE_RULES.all.map((r) => r.name)).not.toContain('conditional');
  });
  it('drops a deed named only in a question, and names the rule with the trigger', () => {
    for (const [text, trigger] of [
      ['IS IT BECAUSE MSGR ROMERO WAS A COMMUNIST AND THEREFORE MURDERED?', 'MURDERED'],
      ['[SLUTZKY] ARE THE ELEMENTS THAT TOOK PART IN THE COUPS NOT CONNECTED TO THE DEATH SQUADS WHICH MURDERED HUNDREDS OF CITIZENS IN SAN SALVADOR?', 'MURDERED'],
      ['Is it true that the helicopters have been downed by terrorists in the Alto Huallaga area?', 'downed'],
    ]) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.dropped).toHaveLength(1);
      expect(r.dropped[0]).toMatch(/^out of scope \(conditional\)/);
      expect(r.dropped[0]!.toLowerCase()).toContain(`"${trigger.toLowerCase()}"`);
    }
  });
  it('keeps it under --scope all', () => {
    expect(run('IS IT BECAUSE MSGR ROMERO WAS A COMMUNIST AND THEREFORE MURDERED?', 'all').triggers).toEqual(['MURDERED']);
  });
  it('keeps a question that names a day, and a deed told in a sentence that is no question', () => {
    const day = run('[REPORTER] WHAT DO THE ARMED FORCES THINK ABOUT THE EIGHT BOMBS THAT WERE DETONATED YESTERDAY AND KILLED SIX SOLDIERS AND ONE CIVILIAN?', 'terrorism', '1990-04-03');
    expect(day.dropped.filter((w) => w.includes('(conditional)'))).toEqual([]);
    expect(day.triggers.length).toBeGreaterThan(0);
    const registry = run('[REPORTER] REFERRING TO THE REGISTRY OF THE DAY WHEN THE JESUITS WERE KILLED, HOW WILL THIS SITUATION END UP?');
    expect(registry.dropped.filter((w) => w.includes('(conditional)'))).toEqual([]);
    const told = run('Who could have foreseen it? Guerrillas murdered the mayor of San Miguel on Sunday.');
    expect(told.triggers).toEqual(['murdered']);
    expect(told.dropped).toEqual([]);
  });
  it('keeps an event told in a question and again in a statement', () => {
    const r = run('Was the mayor of San Miguel murdered by the rebels? The mayor of San Miguel was murdered by the rebels, police said.');
    expect(r.triggers).toHaveLength(1);
    expect(r.dropped).toEqual([]);
  });
});

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

describe('terrorism-battle-casualties: casualties inflicted on a side ("inflicting six casualties upon the National Guard")', () => {
  const ambush = 'The other report tells of a daring ambush using three M-18 mines that took place on 22 March against a National Guard unit, inflicting six casualties upon the National Guard.';
  it('rejects the ambush under the terrorism scope, with the rule', () => {
    const r = run(ambush, 'terrorism', '1989-03-25');
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-battle-casualties', 'ambush', ambush.indexOf('ambush')]);
  });
  it('keeps it under --scope all, and keeps a sabotage told "without inflicting any casualties"', () => {
    expect(run(ambush, 'all', '1989-03-25').triggers).toEqual(['ambush']);
    const r = run('Two gas stations were sabotaged by FMLN urban commandos in San Salvador, without inflicting any casualties.');
    expect(r.rejected.map((x) => x[0])).not.toContain('terrorism-battle-casualties');
  });
});
