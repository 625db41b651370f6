// False events on MUC-4 (muc4-dev, --scope terrorism), seventh pass: combat told
// by the units or ground fired on or by the casualties of a side
// (`terrorism-military-object` widened, `terrorism-battle-casualties`), a year's tally of plural deeds
// (`terrorism-no-particulars` widened), weapons seized in a clause whose
// parse settles on another verb (`seized-in-clause` widened) and an attack in
// speech told by its adverb (`verbal-attack-as` widened): what each drops and
// keeps in the pipeline, with the rule's name and the trigger's span.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { MENTION_SCOPE_RULES, SCOPE_RULES } from '../src/core/refine/scope.js';

/** Triggers coded, rules' rejects (name, text, start) and scope drops of a text. */
const run = (text: string, published = '1989-03-28', scope: 'all' | 'terrorism' = 'terrorism') => {
  const res = extract(text, { published, scope, explain: true });
  return {
    triggers: res.events.map((e) => e.trigger.text),
    rejected: (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text, f.start]),
    dropped: res.warnings.filter((w) => w.startsWith('out of scope')),
  };
};

describe('terrorism-military-object, widened', () => {
  it('rejects the noun of a deed against a unit, with its span', () => {
    const text = 'AT 0330 ON 25 MARCH, AN FMLN UNIT LAUNCHED A 5-MINUTE ATTACK AGAINST A 5TH INFANTRY BRIGADE UNIT LOCATED AT LAS DELICIAS HACIENDA.';
    const r = run(text);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-military-object', 'ATTACK', text.indexOf('ATTACK')]);
  });
  it('rejects a gerund on positions', () => {
    const text = 'ON 27 MARCH AT 2100, FMLN UNITS BEGAN ATTACKING ATLACATL BATTALION POSITIONS IN PLAN DEL PICACHO.';
    expect(run(text).rejected).toContainEqual(['terrorism-military-object', 'ATTACKING', text.indexOf('ATTACKING')]);
  });
  it('keeps an attack on a police station or a town, and keeps it under --scope all', () => {
    expect(run('On 27 March guerrillas launched an attack against the police station in San Miguel.').triggers).toEqual(['attack']);
    expect(run('On 27 March guerrillas launched an attack on the town of San Miguel, killing the mayor.').triggers).toHaveLength(1);
    expect(run('AT 0330 ON 25 MARCH, AN FMLN UNIT LAUNCHED A 5-MINUTE ATTACK AGAINST A 5TH INFANTRY BRIGADE UNIT.', '1989-03-28', 'all').triggers).toEqual(['ATTACK']);
  });
});

describe('terrorism-battle-casualties', () => {
  it('is a terrorism mention rule, its casualties record before its bare toll pair (one name)', () => {
    const names = MENTION_SCOPE_RULES.terrorism.map((r) => r.name);
    const casualties = MENTION_SCOPE_RULES.terrorism.findIndex((r) => r.match.cue?.source.includes('casualties'));
    const pair = MENTION_SCOPE_RULES.terrorism.findIndex((r) => r.match.cue?.source.includes('dead\\s+and'));
    expect([names[casualties], names[pair], pair - casualties]).toEqual(['terrorism-battle-casualties', 'terrorism-battle-casualties', 1]);
    expect(MENTION_SCOPE_RULES.all).toEqual([]);
  });
  it('rejects a deed whose side sustained or inflicted casualties, with its span', () => {
    for (const text of ['THE ENEMY SUSTAINED 45 CASUALTIES IN THE ATTACK ON SAN MIGUEL ON 27 MARCH.', 'ON 27 MARCH, IN ANOTHER ATTACK CARRIED OUT IN YORO DEPARTMENT, IT INFLICTED CASUALTIES ON THE NATIONAL GUARD.']) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['terrorism-battle-casualties', 'ATTACK', text.indexOf('ATTACK')]);
    }
  });
  it('keeps a deed with casualties caused, or none inflicted, and keeps it under --scope all', () => {
    expect(run('On 27 March a bomb exploded at the market in San Miguel, causing many casualties.').triggers).toHaveLength(1);
    expect(run('On 27 March two gas stations were sabotaged by FMLN urban commandos in San Salvador, without inflicting any casualties.').triggers).toHaveLength(1);
    expect(run('THE ENEMY SUSTAINED 45 CASUALTIES IN THE ATTACK ON SAN MIGUEL ON 27 MARCH.', '1989-03-28', 'all').triggers).toEqual(['ATTACK']);
  });
});

describe('terrorism-no-particulars, a year alone', () => {
  it('is a terrorism event rule', () => expect(SCOPE_RULES.terrorism.map((r) => r.name)).toContain('terrorism-no-particulars'));
  it('drops a plural deed dated by a year alone', () => {
    // (published in the year named: drop-history, which takes a past year written out in the trigger's
    // clause, does not apply first)
    const r = run('THERE WERE 2,978 POLITICAL ASSASSINATIONS IN 1988.', '1988-12-20');
    expect(r.triggers).toEqual([]);
    expect(r.dropped.some((w) => w.includes('terrorism-no-particulars'))).toBe(true);
    // three months on, the year is history first
    const later = extract('THERE WERE 2,978 POLITICAL ASSASSINATIONS IN 1988.', { published: '1989-03-28', scope: 'terrorism', explain: true });
    expect(later.events).toEqual([]);
    expect(later.trace?.find((f) => f.action === 'drop')).toMatchObject({ rule: 'drop-history', text: 'ASSASSINATIONS', start: 27 });
  });
  it('keeps a plural deed dated by its day, or with a target', () => {
    expect(run('Two bombs exploded in San Salvador on 26 March.').triggers).toHaveLength(1);
    expect(run('In 1988 two bombs destroyed the offices of the mayor of San Miguel.', '1988-12-20').triggers).toHaveLength(1);
  });
});

describe('seized-in-clause, widened', () => {
  it('rejects weapons listed after a verb of seizing the parse does not take for the clause verb, with their span', () => {
    const text = "WHILE TRYING TO GUARANTEE THE CITIZENS' SECURITY, ARMED FORCES TROOPS HAVE DISCOVERED A SAFE HOUSE OF THE TERRORIST GROUPS IN SAN MARCOS AND SEIZED 6 HIGH-CALIBER RIFLES, 330 POUNDS OF EXPLOSIVES, 16 FRAGMENTATION GRENADES, AND 2 RADIOS.";
    const r = run(text, '1989-11-14');
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['seized-in-clause', 'GRENADES', text.indexOf('GRENADES')]);
  });
  it('keeps grenades hurled before a seizure told after them', () => {
    expect(run('Guerrillas hurled grenades at the police station after troops seized the town.', '1989-11-14').triggers).toEqual(['hurled grenades']);
  });
});

describe('verbal-attack-as, an adverb of speech', () => {
  it('rejects "harshly attacked" a person, with its span, under either scope', () => {
    const text = "D'AUBUISSON HARSHLY ATTACKED PRESIDENT DUARTE, WHO IS SUFFERING FROM TERMINAL CANCER.";
    for (const scope of ['all', 'terrorism'] as const) {
      const r = run(text, '1989-03-11', scope);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['verbal-attack-as', 'ATTACKED', text.indexOf('ATTACKED')]);
    }
  });
  it('keeps an attack told with another adverb', () => {
    expect(run('Gunmen brutally attacked the mayor in his office.', '1989-03-11').triggers).toEqual(['attacked']);
  });
});

describe('terrorism-military-object', () => {
  it('is a terrorism mention rule', () => {
    expect(MENTION_SCOPE_RULES.terrorism.map((r) => r.name)).toContain('terrorism-military-object');
    expect(MENTION_SCOPE_RULES.all).toEqual([]);
  });
  it("rejects a deed told by a side's own report of its fighters, with its span", () => {
    for (const [text, trigger] of [
      ['OUR FORCES AMBUSHED AND NEUTRALIZED THOSE BRACAMONTE BATTALION REINFORCEMENTS NEAR SAN MIGUEL ON 27 MARCH.', 'AMBUSHED'],
      ['ON 27 MARCH SAN VICENTE DEPARTMENT SUFFERED SABOTAGE ON THE GREATEST NUMBER OF PYLONS AND POSTS BY OUR SAPPERS.', 'SABOTAGE'],
    ] as const) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['terrorism-military-object', trigger, text.indexOf(trigger)]);
    }
  });
  it('keeps a deed of others against "our" town, and keeps the own report under --scope all', () => {
    expect(run('ON 27 MARCH THE REBELS ATTACKED OUR TOWN AND KILLED THE MAYOR.').triggers.length).toBeGreaterThan(0);
    expect(run('OUR FORCES AMBUSHED A BUS NEAR SAN MIGUEL ON 27 MARCH.', '1989-03-28', 'all').triggers).toEqual(['AMBUSHED']);
  });
});

describe('terrorism-battle-casualties, a side\'s casualty list', () => {
  it('rejects the killed of a list of casualties', () => {
    const text = 'ON 27 MARCH THE ARMED FORCES CASUALTIES INCLUDE 208 ARMY MEMBERS KILLED AND 427 WOUNDED.';
    expect(run(text).rejected).toContainEqual(['terrorism-battle-casualties', 'KILLED', text.indexOf('KILLED')]);
  });
});

describe('terrorism-battle-casualties', () => {
  it('rejects a death in action, with its span, and only under --scope terrorism', () => {
    const text = 'ON 27 MARCH SOME MEMBERS OF THIS PATROL WERE WOUNDED NEAR SAN MIGUEL, OTHERS WERE KILLED IN ACTION.';
    const r = run(text);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-battle-casualties', 'KILLED', text.indexOf('KILLED')]);
    expect(run(text, '1989-03-28', 'all').rejected.map((x) => x[0])).not.toContain('terrorism-battle-casualties');
  });
  it('keeps a death in an attack', () => {
    expect(run('ON 27 MARCH THREE POLICEMEN WERE KILLED IN AN ATTACK ON THE POLICE STATION IN SAN MIGUEL.').triggers).toHaveLength(1);
  });
});
