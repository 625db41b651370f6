// MUC-4 attackers (muc-attackers-13): groups no dictionary knows, named by the shape of an insurgent's name
// (`actor-claimant-named` anywhere), a claimant named right before its claim over an actor farther back, and
// "URBAN COMMANDOES" as a group head.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { findActors, findResponsibility } from '../src/core/extract/actors/index.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism', published: '1990-01-03' });
const attackers = (e: EventRecord) => e.attackers.map((a, i) => [a.text, e.explain?.attackers?.[i]]);
const named = (text: string) => findActors(text).filter((a) => a.rule === 'actor-claimant-named').map((a) => [a.text, text.slice(a.start, a.end)]);

describe('actor-claimant-named, the shape anywhere', () => {
  it('two insurgent words and a group head, or one and a proper name, name a group, with its span', () => {
    expect(named('The police said that the "patriotic liberation front" bombed three buildings.')).toEqual([['patriotic liberation front', 'patriotic liberation front']]);
    expect(named('The police hold the Tupac Amary revolutionary movement responsible.')).toEqual([['Tupac Amary revolutionary movement', 'Tupac Amary revolutionary movement']]);
  });

  it('not a party with one such word and no proper name, nor a description, nor an upper-case run', () => {
    expect(named('Oqueli, leader of the national revolutionary movement, disappeared.')).toEqual([]);
    expect(named('The guerrilla forces and the popular movement marched.')).toEqual([]);
    expect(named('THE MORAZANIST PATRIOTIC FRONT SAID NOTHING.')).toEqual([]);
  });

  it('a group so named whom the police blame is the attacker of an upper-case wire', () => {
    const text = 'LIMA, 4 SEP 89 (AFP) -- [TEXT] TWO BOMBS EXPLODED AT THE EMBASSY. THE EXPLOSIONS DID NOT CAUSE ANY CASUALTIES AND THE POLICE HOLD THE TUPAC AMARY REVOLUTIONARY MOVEMENT RESPONSIBLE FOR THE ATTACK.';
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([['TUPAC AMARY REVOLUTIONARY MOVEMENT', 'resp-blamed']]);
    expect(text.slice(e!.attackers[0]!.start, e!.attackers[0]!.end)).toBe('TUPAC AMARY REVOLUTIONARY MOVEMENT');
  });
});

describe('actor-claimant-named before an actor farther back', () => {
  const text = "SAN SALVADOR, 19 APR 89 -- [TEXT] ATTORNEY GENERAL ROBERTO GARCIA ALVARADO WAS KILLED THIS MORNING IN A DYNAMITE ATTACK. REGARDING THIS MORNING'S ATTACK AGAINST SALVADORAN ATTORNEY GENERAL DR ROBERTO GARCIA ALVARADO, A GROUP CALLING ITSELF THE GERARDO BARRIOS COMMANDO UNIT TONIGHT CLAIMED RESPONSIBILITY FOR THE ATTACK.";

  it('the group named right before the claim is the claimant, not the victim named before it', () => {
    const es = run(text).events;
    const all = es.flatMap(attackers);
    expect(all).toContainEqual(['GERARDO BARRIOS COMMANDO UNIT', 'resp-claimed']);
    expect(all.map((x) => x[0])).not.toContain('DR ROBERTO GARCIA ALVARADO');
    const a = es.flatMap((e) => e.attackers).find((x) => x.text === 'GERARDO BARRIOS COMMANDO UNIT')!;
    expect(text.slice(a.start, a.end)).toBe('GERARDO BARRIOS COMMANDO UNIT');
  });

  it('a group noun whose name another actor holds is no named claimant', () => {
    const known = 'SAN SALVADOR, 19 APR 89 -- [TEXT] THE FMLN GUERRILLA GROUP CLAIMED RESPONSIBILITY FOR THE ATTACK.';
    const [c] = findResponsibility(known, 0, known.length, 'terrorism');
    expect(c!.rule).toBe('resp-claimed');
    expect(c!.actor?.rule).not.toBe('actor-claimant-named');
  });
});

describe('commandoes', () => {
  it('"PRESUMED URBAN COMMANDOES STORMED" names the attackers, with their span', () => {
    const text = 'SAN SALVADOR, 12 NOV 89 -- [TEXT] APPROXIMATELY 30 MINUTES AGO, PRESUMED URBAN COMMANDOES STORMED AREAS NEAR THE FACILITIES OF THE ARMED FORCES JOINT CHIEFS OF STAFF AND STARTED SHOOTING.';
    const [e] = run(text).events;
    expect(e!.attackers.map((a) => a.text)).toContain('URBAN COMMANDOES');
    const a = e!.attackers.find((x) => x.text === 'URBAN COMMANDOES')!;
    expect(text.slice(a.start, a.end)).toBe('URBAN COMMANDOES');
  });

  it('not a bare mention with no deed', () => {
    expect(run('SAN SALVADOR, 12 NOV 89 -- [TEXT] THE MINISTER SPOKE ABOUT URBAN COMMANDOES IN GENERAL.').events).toEqual([]);
  });
});

describe('subject-attacker (deed): a verb of going before the subject\'s phrase', () => {
  it('"TWO MEN RIDING ON A MOTORCYCLE THREW AN EXPLOSIVE DEVICE" names the men, with their span', () => {
    const text = 'MEDELLIN, 4 SEP 89 (AFP) -- [TEXT] A NEW TERRORIST ACTION SHOOK MEDELLIN THIS EVENING WHEN TWO MEN RIDING ON A MOTORCYCLE THREW AN EXPLOSIVE DEVICE AT A POLICE POST.';
    const [e] = run(text).events;
    expect(attackers(e!)).toEqual([['MEN', 'subject-attacker']]);
    expect(text.slice(e!.attackers[0]!.start, e!.attackers[0]!.end)).toBe('MEN');
  });

  it('not men riding on a motorcycle who only passed by', () => {
    const text = 'MEDELLIN, 4 SEP 89 (AFP) -- [TEXT] A BOMB EXPLODED AT A POLICE POST THIS EVENING WHILE TWO MEN RIDING ON A MOTORCYCLE WATCHED FROM THE CORNER.';
    expect(run(text).events.flatMap((e) => e.attackers)).toEqual([]);
  });
});
