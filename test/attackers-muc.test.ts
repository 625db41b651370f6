// Attackers under --scope terrorism (MUC-4 keys): suspects named by their clause (roles.ts SUSPECT_RULES) and the
// parties the fallback does not take (record.ts FALLBACK_SKIP_RULES): every record's examples, values, spans and rule names.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { SUSPECT_RULES } from '../src/core/refine/roles.js';
import { FALLBACK_SKIP_RULES } from '../src/core/refine/record.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism', published: '1989-05-14' });
const events = (text: string) => run(text).events;
const attackerRules = (es: EventRecord[]) => es.flatMap((e) => e.explain?.attackers ?? []);
const rejected = (text: string, rule: string) => (run(text).trace ?? []).some((f) => f.rule === rule && f.action === 'reject');
/** The attacker whose text is `text`, with the rule that gave it. */
const attacker = (e: EventRecord, text: string) => {
  const i = e.attackers.findIndex((a) => a.text === text);
  return i < 0 ? null : { ...e.attackers[i]!, rule: e.explain?.attackers?.[i] };
};

describe('every suspect rule holds on its examples', () => {
  for (const r of SUSPECT_RULES) {
    for (const t of r.examples.pos) it(`${r.name} fires: ${t.slice(30, 90)}`, () => expect(attackerRules(events(t))).toContain(r.name));
    for (const t of r.examples.neg) it(`${r.name} does not fire: ${t.slice(30, 90)}`, () => expect(attackerRules(events(t))).not.toContain(r.name));
  }
});

describe('every fallback skip rule holds on its examples', () => {
  for (const r of FALLBACK_SKIP_RULES) {
    for (const t of r.examples.pos) it(`${r.name} skips: ${t.slice(30, 90)}`, () => expect(rejected(t, r.name)).toBe(true));
    for (const t of r.examples.neg) it(`${r.name} does not skip: ${t.slice(30, 90)}`, () => expect(rejected(t, r.name)).toBe(false));
  }
});

describe('suspect-attacker', () => {
  it('the people suspected of a verb trigger are its attackers, whatever their kind', () => {
    const text = 'LIMA, 14 MAY 89 (EFE) -- [TEXT] THE PERUVIAN POLICE TODAY ARRESTED 10 PEOPLE SUSPECTED OF HAVING DETONATED A CAR BOMB NEAR GOVERNMENT HOUSE.';
    const [e] = events(text);
    const a = attacker(e!, 'PEOPLE');
    expect(a?.rule).toBe('suspect-attacker');
    expect(text.slice(a!.start, a!.end)).toBe('PEOPLE');
    expect(e!.targets.map((t) => t.text)).not.toContain('PEOPLE');
    expect(e!.attackers.map((a) => a.name)).not.toContain('Police');
  });
  it('persons who are involved in a deed noun, through a relative pronoun and a hedge', () => {
    const text = 'BOGOTA, 22 SEP 89 -- [TEXT] FOUR PERSONS WHO ARE APPARENTLY INVOLVED IN THE MURDER OF DR LUIS CARLOS GALAN HAVE BEEN ARRESTED.';
    const [e] = events(text);
    const a = attacker(e!, 'PERSONS');
    expect(a?.rule).toBe('suspect-attacker');
    expect(text.slice(a!.start, a!.end)).toBe('PERSONS');
    expect(e!.targets.map((t) => t.text)).toEqual(['LUIS CARLOS GALAN']);
  });
  it('not the accuser of an active verb, nor across a full stop', () => {
    expect(attackerRules(events('BOGOTA, 31 AUG 89 -- [TEXT] THE POLICE ACCUSED THE JUDGE OF NEGLIGENCE AFTER THE MASSACRE OF 12 PERSONS IN SEGOVIA.'))).not.toContain('suspect-attacker');
    expect(attackerRules(events('LIMA, 14 MAY 89 -- [TEXT] TEN MEN WERE SUSPECTED. THE BOMB ATTACK ON THE EMBASSY KILLED TWO GUARDS.'))).not.toContain('suspect-attacker');
  });
});

describe('fallback-modifier-skip', () => {
  it('"a terrorist attack" names no attacker; the group named in the sentence still is one', () => {
    const [e] = events('LIMA, 9 JAN 90 (EFE) -- [TEXT] FORMER DEFENSE MINISTER ENRIQUE LOPEZ ALBUJAR DIED TODAY IN LIMA AS A CONSEQUENCE OF A TERRORIST ATTACK.');
    expect(e!.attackers).toEqual([]);
    const text = 'LIMA, 9 JAN 90 (EFE) -- [TEXT] FORMER MINISTER ENRIQUE LOPEZ ALBUJAR DIED TODAY IN LIMA AS A CONSEQUENCE OF A TERRORIST ATTACK THAT THE MRTA CARRIED OUT.';
    const [f] = events(text);
    expect(f!.attackers.map((a) => [a.name, text.slice(a.start, a.end)])).toEqual([['MRTA', 'MRTA']]);
    expect(f!.explain?.attackers).toEqual(['fallback-armed-group']);
    expect(rejected(text, 'fallback-modifier-skip')).toBe(true);
  });
});

describe('responsibility cues that name the attacker in another sentence', () => {
  it('resp-responsible-for: the party a later sentence holds responsible is the attacker, attributed', () => {
    const text = 'BOGOTA, 26 APR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY IN MEDELLIN, KILLING NINE PEOPLE. THE POLICE SAID THE EXTRADITABLES ARE RESPONSIBLE FOR THE ATTACK.';
    const r = run(text);
    const e = r.events[0]!;
    expect(e.responsibility).toBe('attributed');
    expect(e.explain?.responsibility).toEqual(['resp-responsible-for']);
    const a = attacker(e, 'THE EXTRADITABLES')!;
    expect(a.name).toBe('Medellin Cartel');
    expect(text.slice(a.start, a.end)).toBe('THE EXTRADITABLES');
    expect(a.attributed).toBe(true);
  });
  it('resp-responsible-for: not "who is responsible"', () => {
    const e = events('BOGOTA, 26 APR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY IN MEDELLIN, KILLING NINE PEOPLE. THE EXTRADITABLES ASKED WHO IS RESPONSIBLE FOR THE ATTACK.')[0]!;
    expect(e.explain?.responsibility ?? []).not.toContain('resp-responsible-for');
  });
  it('resp-deed-by (the work of): "the attack was the work of X"', () => {
    const text = 'BOGOTA, 26 APR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED TODAY IN MEDELLIN, KILLING NINE PEOPLE. THE MINISTER SAID THAT THE ATTACK WAS THE WORK OF THE EXTRADITABLES.';
    const e = events(text)[0]!;
    expect(e.explain?.responsibility).toEqual(['resp-deed-by']);
    expect(attacker(e, 'THE EXTRADITABLES')?.rule).toBe('resp-deed-by');
  });
});

describe('group-noun-modifier', () => {
  it('"ALLEGED GUERRILLA URBAN COMMANDOS" is one party', () => {
    const text = 'SAN SALVADOR, 10 JAN 90 -- [TEXT] ALLEGED GUERRILLA URBAN COMMANDOS LAUNCHED TWO BOMBS AGAINST A CAR DEALERSHIP IN DOWNTOWN SAN SALVADOR.';
    const e = events(text)[0]!;
    expect(e.attackers.map((a) => [a.text, text.slice(a.start, a.end)])).toEqual([['ALLEGED GUERRILLA URBAN COMMANDOS', 'ALLEGED GUERRILLA URBAN COMMANDOS']]);
  });
  it('a group noun before a noun that is no group head stays a party of its own', () => {
    const e = events('SAN SALVADOR, 10 JAN 90 -- [TEXT] GUERRILLA FORCES ATTACKED THE TOWN HALL OF SAN MIGUEL.')[0]!;
    expect(e.attackers.map((a) => a.text)).not.toContain('GUERRILLA FORCES');
  });
});

describe('fallback-speaker-skip', () => {
  it('a group that announces something in the incident sentence is not its attacker; one that does not still is', () => {
    const text = "SAN SALVADOR, 8 JAN 90 -- [TEXT] AFTER LEARNING OF OQUELI'S ASSASSINATION IN GUATEMALA, THE GUERRILLAS ANNOUNCED THAT THEY WILL REVISE THEIR OFFER TO RESUME THE DIALOGUE.";
    expect(events(text)[0]!.attackers).toEqual([]);
    const f = (run(text).trace ?? []).find((x) => x.rule === 'fallback-speaker-skip')!;
    expect(text.slice(f.start, f.end)).toBe('GUERRILLAS');
    const other = "SAN SALVADOR, 8 JAN 90 -- [TEXT] AFTER OQUELI'S ASSASSINATION BY THE GUERRILLAS IN GUATEMALA, THE PARTY ANNOUNCED THAT IT WILL REVISE ITS OFFER.";
    expect(rejected(other, 'fallback-speaker-skip')).toBe(false);
    expect(events(other)[0]!.attackers.map((a) => a.text)).toEqual(['GUERRILLAS']);
  });
});
