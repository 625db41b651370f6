// False events on MUC-4 (muc4-dev, --scope terrorism), seventeenth pass: the bare noun "attack" told once with no date,
// target or weapon names no incident (`terrorism-no-particulars`). What each drops and keeps, with the rule's name.
import { describe, expect, it } from 'vitest';
import { run as code } from './helpers/run.js';

/** The shared run (test/helpers/run.ts), published on a 1989 day; `dropped` is its out-of-scope warnings. */
const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism', published = '1989-11-20') => {
  const r = code(text, { scope, published });
  return { ...r, dropped: r.outOfScope };
};

describe('terrorism-no-particulars: the bare noun "attack" told once', () => {
  it('drops an attack named as a whole or judged, with its doer or its place beside it, naming the rule and the trigger', () => {
    for (const [text, trigger] of [
      ['HE SAID THAT THE ATTACK IS A DIRECT CONSEQUENCE OF THE BLOWS THAT POLICE HAVE DEALT TO DRUG TRAFFICKERS IN UCHIZA.', 'ATTACK'],
      ['CRISTIANI COMMENTS ON THE SITUATION RESULTING FROM THE RECENT ATTACKS BY THE FMLN GUERRILLAS ON VARIOUS TARGETS IN SAN SALVADOR.', 'ATTACKS'],
      ['SPECIALISTS BELIEVE THAT THIS PHRASE IS AN ATTACK AGAINST THE MORE MILITARIST SECTOR OF THE SHINING PATH.', 'ATTACK'],
    ]) {
      const r = run(text);
      expect(r.triggers).not.toContain(trigger);
      expect(r.dropped.some((w) => w.startsWith('out of scope (terrorism-no-particulars)') && w.toLowerCase().includes(`"${trigger.toLowerCase()}"`))).toBe(true);
    }
  });
  it('keeps the event under --scope all, its trigger the noun', () => {
    const text = 'CRISTIANI COMMENTS ON THE SITUATION RESULTING FROM THE RECENT ATTACKS BY THE FMLN GUERRILLAS ON VARIOUS TARGETS IN SAN SALVADOR.';
    const r = run(text, 'all');
    expect(r.triggers).toEqual(['ATTACKS']);
    const t = r.events[0]!.trigger;
    expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps an attack told with a date, a target or a weapon, and a verb of attacking', () => {
    expect(run('THE ATTACK TOOK PLACE YESTERDAY IN SAN MIGUEL, THE POLICE SAID.').triggers).toEqual(['ATTACK']);
    expect(run('GUERRILLAS CARRIED OUT AN ATTACK ON THE MAYOR\'S OFFICE IN SAN MIGUEL.').triggers.length).toBe(1);
    expect(run('AN ATTACK WAS CARRIED OUT AGAINST THE POLICE ACADEMY IN SANTA TECLA, USING 81-MM MORTARS.').triggers.length).toBe(1);
    expect(run('THE FMLN ATTACKED THE TOWN OF SAN MIGUEL.').dropped.some((w) => w.startsWith('out of scope (terrorism-no-particulars)'))).toBe(false);
  });
  it('keeps an attack told by a verb of its own, and sabotage, a deed of damage', () => {
    const noParticulars = (text: string) => run(text, 'terrorism', '1988-10-02').dropped.some((w) => w.startsWith('out of scope (terrorism-no-particulars)'));
    expect(noParticulars('The police authorities reported today that an armed attack against the U.S. Embassy in Lima has been frustrated.')).toBe(false);
    expect(noParticulars('Other sabotage took place at the Lancer Motel near Apopa.')).toBe(false);
  });
});

describe('purpose-infinitive: a passive infinitive after a verb, or an adverb before the verb', () => {
  it('rejects the trigger, naming the rule with its span, under either scope', () => {
    for (const [text, trigger] of [
      ['THE SALVADORAN PEOPLE DO NOT DESERVE TO BE ATTACKED WITH TERRORIST BOMBS.', 'ATTACKED'],
      ['THE HONDURAN PROTEST NOTE SAYS THAT "TO INDISCRIMINATELY BOMB THE HONDURAN CIVILIAN POPULATION WOULD BE A BARBARIC ACT."', 'BOMB'],
    ]) {
      for (const scope of ['all', 'terrorism'] as const) {
        const r = run(text, scope);
        expect(r.triggers).not.toContain(trigger);
        const start = text.indexOf(trigger);
        expect(r.rejected).toContainEqual(['purpose-infinitive', trigger, start]);
        expect(text.slice(start, start + trigger.length)).toBe(trigger);
      }
    }
  });
  it('keeps a deed told after a noun ("the first minister to be assassinated") and after an aspect verb', () => {
    const r = run('RODRIGUEZ PORTH IS THE FIRST MINISTER TO BE ASSASSINATED BY THE GUERRILLAS IN SAN SALVADOR.');
    expect(r.rejected.map((x) => x[0])).not.toContain('purpose-infinitive');
    expect(r.triggers).toEqual(['ASSASSINATED']);
    expect(run('THREE CIVILIANS CONTINUED TO BE HELD HOSTAGE BY THE GUERRILLAS IN THE HOTEL.').rejected.map((x) => x[0])).not.toContain('purpose-infinitive');
  });
});

describe('habitual-relative: a perfect after "those", "anyone"', () => {
  it('rejects the trigger, naming the rule with its span', () => {
    for (const [text, trigger] of [
      ['THE CEASE-FIRE WOULD ALLOW THE BURYING OF ALL THOSE WHO HAVE BEEN KILLED, THE BISHOPS ADD.', 'KILLED'],
      ['THAT IS WHY WE ASK THOSE PERSONS WHO HAVE BEEN KIDNAPPED BY TERRORISTS TO BE PATIENT.', 'KIDNAPPED'],
    ]) {
      const r = run(text, 'all');
      expect(r.triggers).not.toContain(trigger);
      const start = text.indexOf(trigger);
      expect(r.rejected).toContainEqual(['habitual-relative', trigger, start]);
      expect(text.slice(start, start + trigger.length)).toBe(trigger);
    }
  });
  it('keeps a perfect after a noun of its own ("the three students who have been kidnapped")', () => {
    const r = run('THE THREE STUDENTS WHO HAVE BEEN KIDNAPPED IN SAN SALVADOR WERE SEEN ON SUNDAY.', 'all');
    expect(r.rejected.map((x) => x[0])).not.toContain('habitual-relative');
    expect(r.triggers).toEqual(['KIDNAPPED']);
  });
});
