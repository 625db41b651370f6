// False events on MUC-4 (muc4-dev, --scope terrorism), eighth pass: an undated deed its
// clause places in an old year (`terrorism-old-incident` widened), an aircraft's fire with
// no attacker, target or victim named (`terrorism-state-fire-no-victims` widened), and a
// participle naming the victims or the place of a known deed (`not-adjectival-participle`
// widened): what each drops and keeps in the pipeline, with the rule's name and span.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

/** Triggers coded, rules' rejects (name, text, start) and scope drops of a text. */
const run = (text: string, published = '1989-11-20', scope: 'all' | 'terrorism' = 'terrorism') => {
  const res = extract(text, { published, scope, explain: true });
  return {
    triggers: res.events.map((e) => e.trigger.text),
    rejected: (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text, f.start]),
    dropped: res.warnings.filter((w) => w.startsWith('out of scope')),
  };
};

describe('terrorism-old-incident, a year the clause states', () => {
  it('drops an undated deed its clause places years back', () => {
    const r = run('Journalists were killed by the Salvadoran army since 1981.');
    expect(r.triggers).toEqual([]);
    expect(r.dropped.some((w) => w.includes('(terrorism-old-incident)'))).toBe(true);
  });
  it('leaves a fronted year written out to drop-history, in every scope (modern-news-5)', () => {
    for (const scope of ['terrorism', 'all'] as const) {
      const res = extract("IN 1988, THE ELN ATTACKED THE NATION'S PIPELINES APPROXIMATELY 50 TIMES.", { published: '1989-11-20', scope, explain: true });
      expect(res.events).toEqual([]);
      expect(res.trace?.filter((f) => f.action === 'drop')).toEqual([{ rule: 'drop-history', action: 'drop', text: 'ATTACKED', start: 17, end: 25 }]);
    }
  });
  it('keeps a deed of this year or the last months, one with no year, and keeps it under --scope all', () => {
    expect(run('IN 1989 GUERRILLAS MURDERED THE DIRECTOR OF THE NEWSPAPER EL ESPECTADOR IN BOGOTA.').triggers).toEqual(['MURDERED']);
    expect(run('Guerrillas attacked the police station in San Miguel, killing two policemen.').triggers).toHaveLength(1);
    expect(run('Journalists were killed by the Salvadoran army since 1981.', '1989-11-20', 'all').triggers).toEqual(['killed']);
  });
  it('needs the year after a preposition ("the 1986 law" places nothing)', () => {
    expect(run('GUERRILLAS WHO OPPOSE THE 1986 LAW MURDERED THE DIRECTOR OF THE NEWSPAPER EL ESPECTADOR IN BOGOTA.').triggers).toEqual(['MURDERED']);
  });
});

describe('terrorism-state-fire-no-victims, an aircraft firing', () => {
  it('drops an aircraft strafing or bombing with no target or victim named', () => {
    for (const text of ['At 0900, a C-47 plane fitted with machineguns strafed downtown Mejicanos.', 'The helicopters fired rockets against supposed rebel positions.']) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect([...r.dropped, ...r.rejected.map((x) => String(x[0]))].some((w) => w.includes('terrorism-'))).toBe(true);
    }
    const text = 'At 0900, a C-47 plane fitted with machineguns strafed downtown Mejicanos.';
    expect(run(text).dropped).toContainEqual(expect.stringContaining('(terrorism-state-fire-no-victims)'));
  });
  it('keeps an aircraft firing on victims named, a guerrilla deed, and all under --scope all', () => {
    expect(run('An air force plane bombed the village of San Jose, killing three peasants.').triggers).toHaveLength(1);
    expect(run('Guerrillas fired rockets at the town hall of San Miguel on Sunday.').triggers).toHaveLength(1);
    expect(run('At 0900, a C-47 plane fitted with machineguns strafed downtown Mejicanos.', '1989-11-20', 'all').triggers).toHaveLength(1);
  });
});

describe('not-adjectival-participle, widened', () => {
  it('rejects a participle naming the victims of a list or one honoured, with its span', () => {
    for (const [text, word] of [
      ['The federation of relatives of political prisoners, missing, and murdered people occupied the embassy on 5 October.', 'murdered'],
      ['The decision to honor assassinated senator Galan shows the support of the president.', 'assassinated'],
      ['Troops combed the areas near the raided estates to track the escapees.', 'raided'],
    ] as const) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['not-adjectival-participle', word, text.indexOf(word)]);
    }
  });
  it('keeps the deed told by its verb', () => {
    expect(run('Gunmen murdered the missing people on Sunday in San Miguel.').triggers).toHaveLength(1);
    expect(run('The army raided estates owned by the cartel on Sunday, killing two guards.').triggers.length).toBeGreaterThan(0);
  });
});

describe('negated, no victim and never', () => {
  it('rejects a deed told of no one or at no time, with its span', () => {
    for (const [text, word] of [
      ['NO HELICOPTER HAS BEEN DOWNED BY THE TERRORISTS IN THE ALTO HUALLAGA AREA.', 'DOWNED'],
      ['ONCE AND FOR ALL WE WISH TO STATE THAT THERE ARE NO FOREIGNERS BEING HELD HOSTAGE BY THE FMLN.', 'HELD HOSTAGE'],
    ] as const) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['negated', word, text.indexOf(word)]);
    }
  });
  it('keeps a deed with a count of victims', () => {
    // (in every scope: under --scope terrorism an aircraft downed is combat, `terrorism-military-object`)
    expect(run('Two helicopters have been downed by the terrorists in the Alto Huallaga area on Sunday.', '1989-11-20', 'all').triggers).toEqual(['downed']);
  });
  it('does not reject the victims of an attack who were not hurt ("no coalition troops were injured")', () => {
    const text = 'An attack on Friday on an Iraqi air base housing U.S. troops produced no casualties. "No Coalition troops were injured."';
    expect(run(text, '2019-11-09', 'all').rejected.filter((x) => x[0] === 'negated')).toEqual([]);
  });
});

describe('terrorism-military-object, positions', () => {
  it('rejects a position of an armed side attacked, with its span', () => {
    const text = 'WE REPEAT: A NATIONAL POLICE POSITION WAS ATTACKED BETWEEN 1310 AND 1350 [1910 AND 1950 GMT].';
    const r = run(text);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-military-object', 'ATTACKED', text.indexOf('ATTACKED')]);
    expect(run(text, '1989-11-20', 'all').triggers).toEqual(['ATTACKED']);
  });
  it('keeps a police station attacked', () => {
    expect(run('The police station in San Miguel was attacked by guerrillas on Sunday.').triggers).toHaveLength(1);
  });
});

describe('generic-or-habitual, a deed done as a system', () => {
  it('rejects a deed done persistently or systematically, with its span', () => {
    const text = 'MILITARY UNITS HAVE BEEN DEPLOYED IN MORAZAN AND LA UNION, WHERE THE REBELS PERSISTENTLY SABOTAGE THE ELECTRICAL SYSTEM.';
    const r = run(text);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['generic-or-habitual', 'SABOTAGE', text.indexOf('SABOTAGE')]);
  });
  it('keeps the deed told once', () => {
    expect(run('On Sunday the rebels sabotaged the electrical system in Morazan and La Union.').triggers).toHaveLength(1);
  });
});

describe('terrorism-battle-casualties, a figure over years', () => {
  it('rejects a figure killed over the past years, with its span', () => {
    const text = "ACCORDING TO CODEH'S VERSION, IN HONDURAS OVER THE PAST 9 YEARS, MORE THAN 140 PEOPLE HAVE DISAPPEARED AND ABOUT 60 HAVE BEEN KILLED FOR POLITICAL REASONS.";
    const r = run(text, '1989-04-01');
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-battle-casualties', 'KILLED', text.indexOf('KILLED')]);
    expect(run(text, '1989-04-01', 'all').triggers).toHaveLength(1);
  });
  it('keeps a figure killed in one incident', () => {
    expect(run('Two people have been killed in San Miguel by a bomb, the worst attack in years.').triggers.length).toBeGreaterThan(0);
  });
});

describe('modal-future, a figure between', () => {
  it('rejects a bomb promised with its weight, with its span', () => {
    const text = 'FOR EACH COLOMBIAN WHO IS TURNED OVER TO THE UNITED STATES, WE WILL PLACE A 5,000-KG BOMB IN THE CAPITAL OF THE REPUBLIC.';
    const r = run(text, '1990-04-01');
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['modal-future', 'BOMB', text.indexOf('BOMB')]);
  });
  it('keeps a bomb placed, and reads no comma of a clause as a figure', () => {
    expect(run('On Sunday the terrorists placed a 5,000-kg bomb in the capital of the republic.').triggers).toHaveLength(1);
    expect(run('The mayor, who may run again, was killed by gunmen in San Miguel on Sunday.').triggers).toHaveLength(1);
  });
});
