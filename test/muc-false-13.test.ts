// False events on MUC-4 (muc4-dev, --scope terrorism), thirteenth pass: a death read from the deed's lone noun is no
// particular (`terrorism-no-particulars`); grenades listed among other arms are no attack (`seized-in-clause`); a raid on
// a drug ring's property is a search (`not-search-raid`). What each drops and keeps, with the rule's name.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism', published = '1989-11-20') => {
  const res = extract(text, { published, scope, explain: true });
  return {
    events: res.events,
    triggers: res.events.map((e) => e.trigger.text),
    dropped: res.warnings.filter((w) => w.startsWith('out of scope (')),
    rejected: (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text, f.start] as const),
  };
};

describe('terrorism-no-particulars: a toll read from the deed\'s own word', () => {
  it('drops a lone murder noun with nothing else tied to it, naming the rule and the trigger', () => {
    for (const [text, trigger] of [
      ["THERE WERE APPARENTLY INCURSIONS BY UNIDENTIFIED ARMED GROUPS, MURDER, AND OTHER ACTIVITIES THAT MAY JEOPARDIZE THE COUNTRY'S INTERNAL SECURITY.", 'MURDER'],
      ['GALEANO ADDED THAT THE TROOPS WERE SENT TO THE NORTH AFTER THE MURDER, HE SAID.', 'MURDER'],
    ]) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.dropped.some((w) => w.startsWith('out of scope (terrorism-no-particulars)') && w.toLowerCase().includes(`"${trigger.toLowerCase()}"`))).toBe(true);
    }
  });
  it('drops a vague few killed with nothing else tied to them ("several"), and keeps a figure', () => {
    const r = run('THE SORIANO BATTALION WAS SEEN NEAR THE HEADQUARTERS. AS A RESULT, SEVERAL WERE KILLED AND WOUNDED.');
    expect(r.triggers).toEqual([]);
    expect(r.dropped.some((w) => w.startsWith('out of scope (terrorism-no-particulars)') && w.includes('"killed"'))).toBe(true);
    expect(run('THE SORIANO BATTALION WAS SEEN NEAR THE HEADQUARTERS. AS A RESULT, 12 PEOPLE WERE KILLED.').triggers).toEqual(['KILLED']);
  });
  it('keeps the event under --scope all, with its one death read from the noun', () => {
    const text = "THERE WERE APPARENTLY INCURSIONS BY UNIDENTIFIED ARMED GROUPS, MURDER, AND OTHER ACTIVITIES THAT MAY JEOPARDIZE THE COUNTRY'S INTERNAL SECURITY.";
    const r = run(text, 'all');
    expect(r.triggers).toEqual(['MURDER']);
    const k = r.events[0]!.killed!;
    expect(k.value).toBe(1);
    expect(text.slice(k.start, k.end)).toBe(k.text);
  });
  it('keeps a murder told with a figure, a victim or a date', () => {
    expect(run('THREE PEASANTS WERE MURDERED, THE POLICE SAID.').triggers).toEqual(['MURDERED']);
    expect(run('THE MURDER OF THE MAYOR OF SAN MIGUEL SHOCKED THE COUNTRY.').triggers).toEqual(['MURDER']);
    expect(run('THE MURDER TOOK PLACE YESTERDAY, THE POLICE SAID.').triggers).toEqual(['MURDER']);
  });
});

describe('seized-in-clause: grenades listed among other arms', () => {
  it('rejects grenades beside rifles or artillery, under either scope', () => {
    for (const [text, trigger] of [
      ['ON 27 MARCH FMLN UNITS WITH RIFLES, RIFLE GRENADES, AND HOMEMADE ARTILLERY ATTACKED ARMY POSITIONS AT THE DAM.', 'GRENADES'],
      ["AT 0330 ON 25 MARCH, AN FMLN UNIT LAUNCHED A 5-MINUTE ATTACK AGAINST A 5TH INFANTRY BRIGADE UNIT AT LAS DELICIAS HACIENDA, USING PEOPLE'S ARTILLERY, HAND GRENADES, AND RIFLE FIRE.", 'GRENADES'],
    ]) {
      for (const scope of ['all', 'terrorism'] as const) {
        const r = run(text, scope);
        expect(r.triggers).not.toContain(trigger);
        expect(r.rejected.some(([rule, t, start]) => rule === 'seized-in-clause' && t === trigger && start === text.indexOf(trigger))).toBe(true);
      }
    }
  });
  it('keeps grenades hurled, with no other arms beside them', () => {
    const r = run('Guerrillas hurled grenades at the police station in San Miguel on Sunday.');
    expect(r.triggers.length).toBe(1);
    expect(r.rejected.map((x) => x[0])).not.toContain('seized-in-clause');
    const r2 = run('Guerrillas hurled grenades at the police station and fired their rifles at the guards.');
    expect(r2.rejected.map((x) => x[0])).not.toContain('seized-in-clause');
  });
});

describe('not-search-raid: a raid on a drug ring\'s property', () => {
  it('rejects a raid on a cocaine laboratory', () => {
    const text = 'On 7 April federal police raided a well-equipped cocaine refining laboratory on a ranch in Aquidauana.';
    const r = run(text, 'all');
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['not-search-raid', 'raided', text.indexOf('raided')]);
  });
  it('keeps a raid that kills', () => {
    expect(run('Drug traffickers raided the village and killed six people.', 'all').rejected.map((x) => x[0])).not.toContain('not-search-raid');
    expect(run('Gunmen raided the village and killed six people.', 'all').triggers.length).toBeGreaterThan(0);
  });
});
