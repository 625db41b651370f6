// muc-counts-6: `terrorism-battle-casualties` of a figure (counts/rules.ts PERPETRATOR_TOLL): the perpetrators' own dead or
// wounded are no victims of the incident under --scope terrorism; they stay a figure in the other scopes.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { PERPETRATOR_TOLL } from '../src/core/extract/counts/rules.js';
import { findCasualties } from '../src/core/extract/counts/index.js';

const WIRE = 'SAN SALVADOR, 12 NOV 89 (ACAN-EFE) -- [TEXT] ';
const run = (body: string, scope: 'terrorism' | 'all' = 'terrorism') => {
  const text = WIRE + body;
  const r = extract(text, { published: '1989-11-12', explain: true, scope });
  const rejects = (r.trace ?? []).filter((t) => t.rule === PERPETRATOR_TOLL.name && t.action === 'reject');
  for (const t of rejects) expect(text.slice(t.start, t.end)).toBe(t.text);
  return { events: r.events, rejects: rejects.map((t) => t.text) };
};

describe('terrorism-battle-casualties of a figure: a side\'s own losses (PERPETRATOR_TOLL)', () => {
  it('its examples: each positive leaves its figure out under the rule, each negative keeps every figure', () => {
    for (const s of PERPETRATOR_TOLL.examples.pos) expect(run(s).rejects, s).toHaveLength(1);
    for (const s of PERPETRATOR_TOLL.examples.neg) expect(run(s).rejects, s).toEqual([]);
  });
  it('"A GUERRILLA MEMBER DIED WHILE ATTACKING": the figure is left out, traced with its span', () => {
    const r = run('A GUERRILLA MEMBER DIED ON SATURDAY 11 NOVEMBER WHILE ATTACKING THE RESIDENCE OF VICE PRESIDENT ROBERTO ANGULO.');
    expect(r.rejects).toEqual(['A GUERRILLA MEMBER DIED']);
    expect(r.events.every((e) => e.killed === null)).toBe(true);
  });
  it('the terrorist dead is left out, the wounded of the attack stay', () => {
    const r = run('THE ATTACK ON THE RESIDENTS RESULTED IN ONE TERRORIST DEAD AND ONE WOUNDED.');
    expect(r.rejects).toEqual(['ONE TERRORIST DEAD']);
    expect(r.events[0]).toMatchObject({ killed: null, wounded: { value: 1 } });
  });
  it('victims of the perpetrators keep their figure: "TERRORISTS KILLED TWO PEASANTS", a list with a soldier', () => {
    const r = run('TERRORISTS KILLED TWO PEASANTS IN THE VILLAGE OF HUANTA TODAY.');
    expect(r.rejects).toEqual([]);
    expect(r.events[0]!.killed).toMatchObject({ value: 2, text: 'KILLED TWO PEASANTS' });
    expect(run('A SOLDIER AND SIX GUERRILLAS WERE KILLED IN THE ATTACK ON THE TOWN.').rejects).toEqual([]);
  });
  it('outside --scope terrorism the figure stays', () => {
    const r = run('A GUERRILLA MEMBER DIED ON SATURDAY 11 NOVEMBER WHILE ATTACKING THE RESIDENCE OF VICE PRESIDENT ROBERTO ANGULO.', 'all');
    expect(r.rejects).toEqual([]);
    expect(r.events[0]!.killed).toMatchObject({ value: 1, text: 'A GUERRILLA MEMBER DIED' });
  });
});

describe('ONE_PERSON_ROLES stated once: counts.role_victim and counts.lead-one read one list', () => {
  const fired = (t: string) => findCasualties(t).map((c) => ({ rule: c.rule, value: c.value, text: c.text, span: t.slice(c.start, c.end) === c.text }));
  it('a role of the one list after a kill word is one victim ("killed the magistrate")', () => {
    expect(fired('GUNMEN KILLED THE MAGISTRATE IN HIS OFFICE.')).toEqual([{ rule: 'counts.role_victim', value: 1, text: 'KILLED THE MAGISTRATE', span: true }]);
  });
  it('a role before a figure of others is one more ("the local police chief and two others were also injured")', () => {
    expect(fired('The local police chief and two others were also injured.')).toEqual([{ rule: 'counts.passive', value: 3, text: 'The local police chief and two others were also injured', span: true }]);
  });
  it('a role that modifies a group\'s head is no one person ("KILLING THE PEASANT FAMILY")', () => {
    expect(fired('AFTER KILLING THE PEASANT FAMILY, THE TERRORISTS USED EXPLOSIVES AGAINST THE TOWN HALL.')).toEqual([]);
  });
});
