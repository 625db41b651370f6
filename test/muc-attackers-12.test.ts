// Attackers under --scope terrorism, round 12: the deed clauses of the sentences near an incident name its attackers when
// its own sentences name none (`by-agent`'s and `subject-attacker`'s deed patterns, record.ts `deedSentenceAttackers`), and
// `modifier-attacker` holds for an armed side or a state's force only: values, spans and rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { PP_ROLE_RULES, ROLE_RULES } from '../src/core/refine/roles.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1989-08-18' });
const attackers = (e: EventRecord) => e.attackers.map((a, i) => ({ name: a.name, text: a.text, start: a.start, end: a.end, rule: e.explain?.attackers?.[i] }));

describe('deed clauses near the incident: the agent of a passive deed verb (by-agent)', () => {
  const text =
    'BOGOTA, 18 AUG 89 -- [TEXT] JUDGE CARLOS VALENCIA GARCIA WAS WOUNDED TODAY IN AN ATTACK IN DOWNTOWN BOGOTA. THE JUDGE WAS TRAVELING HOME WHEN HE WAS INTERCEPTED BY FOUR INDIVIDUALS ON TWO MOTORCYCLES.';

  it('is a pattern of the by-agent record, not a test of its name', () => {
    const deed = PP_ROLE_RULES.find((r) => r.name === 'by-agent')?.match.deed;
    expect(deed?.scope).toBe('terrorism');
    expect(deed?.lemmas).toContain('intercept');
  });

  it('"WAS INTERCEPTED BY FOUR INDIVIDUALS" in the next sentence names the attackers', () => {
    const [e] = run(text).events;
    const [a] = attackers(e!);
    expect(a).toMatchObject({ text: 'INDIVIDUALS', rule: 'by-agent' });
    expect(text.slice(a!.start, a!.end)).toBe('INDIVIDUALS');
  });

  it('not a negated deed, nor an agent\'s possession ("BY ASSASSINS\' GRAY MAZDA")', () => {
    for (const t of [text.replace('WAS INTERCEPTED BY', 'WAS NOT INTERCEPTED BY'), text.replace('FOUR INDIVIDUALS ON TWO MOTORCYCLES', "THE ASSASSINS' GRAY MAZDA")]) {
      expect(run(t).events.flatMap((e) => e.attackers)).toEqual([]);
    }
  });

  it('not a verb that names no deed ("WAS GREETED BY")', () => {
    expect(run(text.replace('INTERCEPTED', 'GREETED')).events.flatMap((e) => e.attackers)).toEqual([]);
  });

  it('not beside an incident that names attackers of its own', () => {
    const own = text.replace('WAS WOUNDED TODAY IN AN ATTACK', 'WAS WOUNDED TODAY BY GUERRILLAS IN AN ATTACK');
    const [e] = run(own).events;
    expect(attackers(e!).map((a) => a.text)).toEqual(['GUERRILLAS']);
  });

  it('only under --scope terrorism', () => {
    expect(run(text, 'all').events.flatMap((e) => e.attackers.map((a) => a.text))).not.toContain('INDIVIDUALS');
  });
});

describe('deed clauses near the incident: the subject of an active deed verb (subject-attacker)', () => {
  const text =
    'BOGOTA, 18 AUG 89 -- [TEXT] SENATOR LUIS CARLOS GALAN WAS WOUNDED TONIGHT IN AN ATTACK IN SOACHA. WITNESSES SAID THAT AT LEAST TWO MEN STORMED THE STAGE AND THEN LEFT IN A CAR.';

  it('the deed subject of the next sentence is the attacker', () => {
    const [e] = run(text).events;
    const [a] = attackers(e!);
    expect(a).toMatchObject({ text: 'MEN', rule: 'subject-attacker' });
    expect(text.slice(a!.start, a!.end)).toBe('MEN');
  });

  it('not a verb that names no deed ("LEFT IN A CAR" alone)', () => {
    expect(run(text.replace('STORMED THE STAGE AND THEN LEFT', 'LEFT')).events.flatMap((e) => e.attackers)).toEqual([]);
  });

  it('not a victim of the story named as the subject of a deed verb', () => {
    const victim = 'BOGOTA, 18 AUG 89 -- [TEXT] ALVARO CASTELLAR WAS KIDNAPPED YESTERDAY IN ACHI BY UNIDENTIFIED MEN. SEVERAL PEASANTS WERE ALSO KIDNAPPED IN ACHI. IT WAS REPORTED THAT ALVARO CASTELLAR FACED A TRIAL AND EXECUTED HIS GUARDS.';
    const names = run(victim).events.flatMap((e) => e.attackers.map((a) => a.text));
    expect(names).not.toContain('ALVARO CASTELLAR');
  });
});

describe('modifier-attacker: not an official', () => {
  it('holds the kinds as data', () => {
    expect(ROLE_RULES.find((r) => r.name === 'modifier-attacker')?.kinds).toEqual(['armed_group', 'military', 'police', 'state', 'civilians', 'facility', 'unknown']);
  });

  it('"A SHINING PATH ATTACK": the group before the deed noun', () => {
    const text = 'LIMA, 18 AUG 89 -- [TEXT] TWO POLICEMEN WERE KILLED TODAY IN A SHINING PATH ATTACK ON A POLICE POST IN AYACUCHO.';
    const [e] = run(text).events;
    const a = attackers(e!).find((x) => x.rule === 'modifier-attacker');
    expect(a).toMatchObject({ text: 'SHINING PATH' });
    expect(text.slice(a!.start, a!.end)).toBe('SHINING PATH');
  });

  it('"THE FOURTH JUDGE RIDDLED WITH BULLETS BY UNIDENTIFIED GUNMEN": the judge is no attacker (DEV-MUC3-0932)', () => {
    const text = 'MEDELLIN, 18 AUG 89 -- [TEXT] THIS IS THE FOURTH JUDGE RIDDLED WITH BULLETS BY UNIDENTIFIED GUNMEN IN MEDELLIN WITHIN 5 MONTHS.';
    const all = run(text).events.flatMap((e) => attackers(e));
    expect(all.map((a) => a.text)).not.toContain('JUDGE');
    expect(all.filter((a) => a.rule === 'modifier-attacker')).toEqual([]);
  });
});
