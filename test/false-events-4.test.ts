// False events on MUC-4 (muc4-dev, --scope terrorism), fourth pass: violence
// told inside a clause that a modal makes future, possible or due (a threat,
// a fear, a rule of conduct), read on the language layer; and the "that"
// complement after a verb, which the layer now reads as a clause of its own.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { Language } from '../src/core/lang/layer.js';
import { splitSentences } from '../src/core/text.js';
import { CLAUSE_RULES } from '../src/core/extract/events/layer-rules.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => {
  const res = extract(text, { published: '1989-11-20', scope, explain: true });
  const rejected = (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text, text.slice(f.start, f.end)]);
  return { triggers: res.events.map((e) => e.trigger.text), rejected };
};

/** A clause rule drops the sentence's only trigger under either scope, and the trace names it on that trigger. */
const dropsUnderEveryScope = (rule: string, text: string, trigger: string) => {
  expect(CLAUSE_RULES.map((r) => r.name)).toContain(rule);
  for (const scope of ['all', 'terrorism'] as const) {
    const r = run(text, scope);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual([rule, trigger, trigger]);
  }
};

describe('the "that" complement clause', () => {
  const clauses = (t: string) => {
    const l = new Language(t, splitSentences(t)).layer(0);
    return l.clauses.map((c) => [c.kind, c.verb?.lemma ?? null, c.verb?.modal ?? null, c.subject ? t.slice(c.subject.start, c.subject.end) : null]);
  };
  it('"that" after a verb, a subject and a finite verb after it, opens a clause', () => {
    expect(clauses('He fears that a surprise attack can happen at any time.')).toEqual([
      ['main', 'fear', null, 'He'],
      ['reported', 'happen', 'can', 'a surprise attack'],
    ]);
  });
  it('"that" as a determiner after a verb opens none', () => {
    expect(clauses('Guerrillas attacked that town on Sunday.')).toEqual([['main', 'attack', null, 'Guerrillas']]);
  });
});

describe('modal-clause', () => {
  it('drops attacks a speaker says his side will continue, under either scope, and names the rule on the trigger', () => {
    dropsUnderEveryScope('modal-clause', "WE WILL CONTINUE WITH OUR BATTALION'S ATTACKS ON ALL THE TERRORIST CRIMINALS.", 'ATTACKS');
  });
  it('drops a feared attack in a "that" clause', () => {
    const r = run('JARAMILLO TOLD THEM TO STAY AWAY; HE FEARS THAT A SURPRISE ATTACK CAN HAPPEN AT ANY TIME.');
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['modal-clause', 'ATTACK', 'ATTACK']);
  });
  it('keeps a deed told with a modal perfect, and an attack told in the past beside a modal clause', () => {
    const perfect = run('THE KIDNAPPING OF THE MAYOR OF SAN MIGUEL ON SUNDAY COULD HAVE BEEN CARRIED OUT BY THE REBELS.');
    expect(perfect.triggers).toEqual(['KIDNAPPING']);
    expect(perfect.rejected.map((x) => x[0])).not.toContain('modal-clause');
    const past = run('GUERRILLAS ATTACKED THE POLICE STATION IN SAN MIGUEL ON SUNDAY, AND THE ARMY SAID IT WILL PURSUE THEM.');
    expect(past.triggers).toEqual(['ATTACKED']);
  });
});

describe('terrorism-no-combatant-target: a convoy', () => {
  const ambush = 'SAN SALVADOR, 23 APR 89 -- [TEXT] EARLY ON SATURDAY MORNING, WE AMBUSHED AN ARMY CONVOY ON THE PAN AMERICAN HIGHWAY AT EL PUNTILLAL, USING EIGHT EXPLOSIVE CHARGES.';
  it('an ambush of a convoy is combat under --scope terrorism, and the warning names the rule', () => {
    const res = extract(ambush, { published: '1989-04-23', scope: 'terrorism', explain: true });
    expect(res.events).toEqual([]);
    expect(res.warnings.some((w) => w.startsWith('out of scope (terrorism-no-combatant-target)') && w.includes('armed_assault "ambushed"'))).toBe(true);
  });
  it('is kept under --scope all, with the convoy as its target', () => {
    const res = extract(ambush, { published: '1989-04-23', scope: 'all' });
    expect(res.events.map((e) => e.trigger.text)).toEqual(['AMBUSHED']);
    expect(res.events[0]!.targets.map((t) => t.text)).toContain('CONVOY');
  });
  it('an ambush of a bus is kept under --scope terrorism', () => {
    const res = extract(ambush.replace('AN ARMY CONVOY', 'A PASSENGER BUS'), { published: '1989-04-23', scope: 'terrorism' });
    expect(res.events.map((e) => e.trigger.text)).toEqual(['AMBUSHED']);
  });
});

describe('intended-near', () => {
  it('drops what the rebels plan, past the commas of a list, under either scope, and names the rule on the trigger', () => {
    dropsUnderEveryScope('intended-near', 'HE ADDED THE REBELS PLAN TO BURN VEHICLES, DESTROY STORES, BOMB TELEPHONE LINES AND CUT THE ROADS.', 'BOMB');
  });
  it('drops a call for an assassination and an incited one', () => {
    const call = run('HE PARTICULARLY UPSET THE AUSTRALIAN AUTHORITIES BY PUBLICLY CALLING FOR THE ASSASSINATION OF GEN. PINOCHET.');
    expect(call.triggers).toEqual([]);
    expect(call.rejected).toContainEqual(['intended-near', 'ASSASSINATION', 'ASSASSINATION']);
    const incite = run('BUSCHMANN HAS BEEN RECOGNIZED AS A TERRORIST; HE HAS ENDORSED VIOLENCE, INCITED ASSASSINATION, AND RAISED FUNDS.');
    expect(incite.rejected).toContainEqual(['intended-near', 'ASSASSINATION', 'ASSASSINATION']);
  });
  it('keeps a plan carried out, and an attempt told "with the intention of"', () => {
    const done = run('DEFENSE MINISTER OSCAR BOTERO SAID THAT THE MEDELLIN CARTEL PLANNED AND CARRIED OUT THE ASSASSINATION OF THE CANDIDATE IN BOGOTA ON SUNDAY.');
    expect(done.triggers).toEqual(['ASSASSINATION']);
    expect(done.rejected.map((x) => x[0])).not.toContain('intended-near');
    const attempt = run('THE GUARDS OVERPOWERED THE EXTREMISTS WHO HAD ENTERED THE HOTEL LOBBY IN SAN SALVADOR WITH THE INTENTION OF KIDNAPPING THE OAS SECRETARY GENERAL.');
    expect(attempt.rejected.map((x) => x[0])).not.toContain('intended-near');
    expect(attempt.triggers).toEqual(['KIDNAPPING']);
  });
});

describe('abuse-list', () => {
  it('drops a kind of deed listed among abuses, looking after the trigger as well as before it', () => {
    dropsUnderEveryScope('abuse-list', 'A RECENT REPORT PUBLISHED BY AMNESTY STATED THAT TORTURE, MURDER, RAPE, AND DISAPPEARANCES WERE METHODS ADOPTED BY THE GOVERNMENT.', 'MURDER');
    const after = run('HOWEVER, ONCE THEY HAVE OUTLIVED THEIR USEFULNESS, NOW THEY ARE EVEN KIDNAPPED, JAILED, AND SENTENCED.');
    expect(after.triggers).toEqual([]);
    expect(after.rejected).toContainEqual(['abuse-list', 'KIDNAPPED', 'KIDNAPPED']);
  });
  it('keeps what was done to someone, and a kidnapping followed by a sentence of death', () => {
    const victim = run('THE JOURNALIST WAS KIDNAPPED, TORTURED AND MURDERED BY A DEATH SQUAD IN SAN SALVADOR ON SUNDAY.');
    expect(victim.rejected.map((x) => x[0])).not.toContain('abuse-list');
    expect(victim.triggers).toEqual(['KIDNAPPED']);
    const olson = run('THE ELN KIDNAPPED OLSON IN BOGOTA ON SUNDAY, DECLARED HIM A PRISONER OF WAR, AND SENTENCED HIM TO DEATH.');
    expect(olson.triggers).toEqual(['KIDNAPPED']);
  });
});
