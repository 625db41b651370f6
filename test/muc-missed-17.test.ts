// MUC-4 events we missed (muc-missed-17): a kidnapping attempted ("the FMLN terrorists attempted to kidnap OAS Secretary
// General Baena Soares"), which MUC-4's keys code as the incident: a pattern of `kidnap`. The bare "kidnap" stays no form
// ("17 kidnap cases were reported"), and a threat or a plan to kidnap is none. And a victim found dead ("has been found
// dead in Guatemala City"): a record of `kill` that holds under the terrorism scope only.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/run.js';

describe('kidnap: a kidnapping attempted', () => {
  it('codes "attempted to kidnap X" as an abduction, with its span, rule and target', () => {
    const text = 'SAN SALVADOR, 21 NOV 89 (DOMESTIC SERVICE) -- DURING THE OPERATION THE FMLN TERRORISTS ATTEMPTED TO KIDNAP OAS SECRETARY GENERAL CLEMENTE BAENA SOARES AT THE SHERATON HOTEL.';
    const r = run(text, { published: '1989-11-21' });
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('abduction');
    expect(e.trigger.text).toBe('ATTEMPTED TO KIDNAP');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.explain?.type).toEqual(['kidnap']);
    expect(e.targets.map((t) => t.name).join(' ')).toMatch(/Clemente Baena/i);
  });
  it('codes "tried to kidnap X"', () => {
    const text = 'SAN SALVADOR, 14 NOV 89 (ACAN-EFE) -- THE GUERRILLAS TRIED TO KIDNAP SALVADORAN PRESIDENT ALFREDO CRISTIANI LAST NIGHT IN SAN SALVADOR.';
    const r = run(text, { published: '1989-11-14' });
    expect(r.triggers).toEqual(['TRIED TO KIDNAP']);
    expect(r.fired('kidnap')).toBe(true);
  });
  it('gives none for a threat or a plan to kidnap, nor for the bare word', () => {
    for (const text of [
      'SAN SALVADOR, 14 NOV 89 (ACAN-EFE) -- THE GUERRILLAS THREATENED TO KIDNAP THE MAYOR OF SAN MIGUEL.',
      'GUATEMALA CITY, 10 OCT 89 (EFE) -- OFISEM ALSO REPORTS THAT 17 KIDNAP CASES WERE REPORTED IN SEPTEMBER, AGAINST 19 CASES IN AUGUST.',
    ]) expect(run(text, { published: '1989-11-14' }).events).toEqual([]);
  });
});

describe('kill: a victim found dead', () => {
  it('codes "has been found dead" as an attack on the victim, with its span and rule', () => {
    const text = 'GUATEMALA CITY, 11 DEC 89 (ACAN-EFE) -- THE POLICE REPORTED TODAY THAT MARCO TULIO MONTENEGRO, ONE OF THE THREE TOP LEADERS OF THE ASSOCIATION OF UNIVERSITY STUDENTS (AEU), HAS BEEN FOUND DEAD IN GUATEMALA CITY.';
    const r = run(text, { published: '1989-12-11' });
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('attack');
    expect(e.trigger.text).toBe('FOUND DEAD');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.explain?.type).toEqual(['kill']);
    expect(e.location?.country_code).toBe('GT');
  });
  it('is no trigger outside the terrorism scope (as often an accident or a missing person)', () => {
    const text = 'GUATEMALA CITY, 11 DEC 89 (ACAN-EFE) -- MARCO TULIO MONTENEGRO, A STUDENT LEADER, HAS BEEN FOUND DEAD IN GUATEMALA CITY.';
    expect(run(text, { scope: 'all', published: '1989-12-11' }).events).toEqual([]);
  });
  it('gives none for people found alive', () => {
    const text = 'GUATEMALA CITY, 11 DEC 89 (ACAN-EFE) -- THE POLICE FOUND THE MISSING STUDENTS ALIVE IN GUATEMALA CITY TODAY.';
    expect(run(text, { published: '1989-12-11' }).events).toEqual([]);
  });
});
