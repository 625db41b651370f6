// False events in everyday news (fixtures/everyday-dev-4): the sense rules and readings that name them, with the span
// each rejects, and beside each a true event that must stay.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { SENSE_RULES, senseCue } from '../src/core/extract/events/sense-rules.js';
import { readHeadline } from '../src/core/extract/events/senses.js';

const run = (text: string) => extract(text, { published: '2024-05-14', explain: true });
/** The spans a rule rejected in the text. */
const fired = (text: string, rule: string) => (run(text).trace ?? []).filter((f) => f.action === 'reject' && f.rule === rule).map((f) => text.slice(f.start, f.end));
const triggers = (text: string) => run(text).events.map((e) => e.trigger.text);

describe('sense rules of everyday news', () => {
  it('a state executes a convict: the murder it was for is no violence cue in a court report; gunmen stay one', () => {
    const t = 'Alabama executes man convicted of 1988 murder\n\nAlabama executed a man on Thursday who was convicted of killing a preacher\'s wife in a murder-for-hire in 1988.';
    expect(fired(t, 'reading-court-report')).toEqual(['executed']);
    expect(triggers(t)).toEqual([]);
    const g = 'Alabama executes man convicted of 1988 murder\n\nGunmen executed a prison guard outside the jail on Thursday, police said.';
    expect(fired(g, 'reading-court-report')).toEqual([]);
    expect(triggers(g)).toEqual(['executed']);
  });
  it('a protest burns tyres or bins: no arson; settlers setting fire to homes stay one', () => {
    const t = 'Belgian police fired tear gas on Monday at farmers who set fire to tyres near the parliament.';
    expect(fired(t, 'not-victim-object')).toEqual(['set fire to']);
    const g = 'Dozens of settlers set fire to homes and cars in the village on Saturday.';
    expect(fired(g, 'not-victim-object')).toEqual([]);
    expect(triggers(g)).toEqual(['set fire to']);
  });
  it('a raid on offices in a fraud probe is a search; a raid that kills stays', () => {
    const t = 'Prosecutors and police raided the offices of a carmaker on Tuesday as part of an investigation into emissions tests.';
    expect(fired(t, 'not-search-raid')).toEqual(['raided']);
    const g = 'Gunmen raided the village on Tuesday and killed six people.';
    expect(fired(g, 'not-search-raid')).toEqual([]);
    expect(triggers(g)).toContain('raided');
  });
  it('an attack that goes on to tell a rally is words; a noun attack before "called for" is not read so', () => {
    const t = 'Donald Trump attacked Vice President Kamala Harris on Sunday over immigration, telling a rally in Pennsylvania that she had failed.';
    expect(fired(t, 'not-attack-on-idea')).toEqual(['attacked']);
    const g = 'The ministry blamed settler militias for the attack on the village and called for sanctions.';
    expect(fired(g, 'not-attack-on-idea')).toEqual([]);
  });
  it('reads the cue of a verb by its stem: "telling" holds for "tell"', () => {
    const cue = senseCue(SENSE_RULES.find((r) => r.name === 'not-attack-on-idea')!)!;
    expect(cue.test('he attacked her, telling a rally')).toBe(true);
    expect(cue.test('he attacked her on sunday')).toBe(false);
  });
  it('a disaster as the agent of a coordinated verb or past a relative clause; gunmen stay the agent', () => {
    const t = 'Flash floods triggered by heavy seasonal rain killed at least 17 people and destroyed hundreds of homes in Baghlan province, a Taliban official said.';
    expect(fired(t, 'not-disaster-or-accident')).toEqual(['killed', 'destroyed']);
    expect(triggers(t)).toEqual([]);
    const g = 'Gunmen who arrived on motorcycles from the forest killed at least 17 people and destroyed hundreds of homes in Zamfara.';
    expect(fired(g, 'not-disaster-or-accident')).toEqual([]);
    expect(triggers(g).length).toBeGreaterThan(0);
  });
  it('a hunter shot by another hunter is an accident; truffle hunters killed by a landmine stay an event', () => {
    const t = 'The 62-year-old man was hit in the chest by a bullet fired by another hunter on Sunday.';
    expect(fired(t, 'not-disaster-or-accident')).toEqual(['hit']);
    const g = 'Twenty-three truffle hunters were killed by a landmine in the desert on Sunday.';
    expect(fired(g, 'not-disaster-or-accident')).toEqual([]);
    expect(triggers(g)).toEqual(['landmine']);
  });
  it('"a massive shot in the arm" is a noun; a man shot in the arm stays', () => {
    expect(fired('"It\'s a massive shot in the arm," said one analyst.', 'not-another-kind')).toEqual(['shot']);
    expect(fired('Police shot a suspect in the arm on Monday.', 'not-another-kind')).toEqual([]);
  });
});

describe('readings of everyday news', () => {
  it('a score in the headline makes a match report, even beside "massacre"; a plane type does not', () => {
    expect(readHeadline('All Blacks massacre Italy 96-17 in World Cup rout')).toMatchObject({ name: 'match-report', cue: '96-17' });
    expect(readHeadline('Missile downs Boeing 737-800 over Tehran')).toBeNull();
    expect(readHeadline('Gunmen kill 12 in attack on Nigerian village')).toBeNull();
  });
  it('a score with a win in the lead gives the match report', () => {
    const lead = 'Leeds United kept up the pressure at the top of the Championship on Saturday as a late strike gave them a 2-1 win over Sunderland at Elland Road.';
    expect(readHeadline('Late strike sends Leeds past Sunderland in promotion race', lead)).toMatchObject({ name: 'match-report', cue: 'lead: championship, 2-1 win' });
    expect(readHeadline('Late strike sends Leeds past Sunderland in promotion race', 'The council voted 7-5 on Monday to close the road.')).toBeNull();
  });
  it('a memoir remembers the battle it tells; a battle in the news stays', () => {
    expect(readHeadline("Ex-soldier's memoir recalls Falklands battle for Goose Green")).toMatchObject({ name: 'memorial-report', cue: 'memoir' });
    expect(readHeadline('Battle for Goose Green: troops advance')).toBeNull();
  });
});

describe('hail and "no indication that"', () => {
  it('hail pounds a region: a disaster; artillery pounding a town stays', () => {
    expect(fired('Hailstones the size of tennis balls pounded parts of Catalonia on Tuesday evening.', 'not-disaster-or-accident')).toEqual(['pounded']);
    expect(triggers('Russian artillery pounded the town of Avdiivka on Tuesday evening.')).toEqual(['pounded']);
  });
  it('"no indication that the aircraft had been attacked" denies it; an attack told after "said that" stays', () => {
    expect(fired('The army said there was no indication that the helicopter had been attacked by rebels.', 'negated')).toEqual(['attacked']);
    expect(triggers('The army said that the helicopter had been attacked by rebels on Monday.')).toEqual(['attacked']);
  });
});

describe('animals and services killed', () => {
  it('an escaped tiger shot dead is no event; a ranger shot dead beside elephants stays', () => {
    const t = 'Police shot dead a tiger that had escaped from a circus on Saturday.';
    expect(fired(t, 'not-victim-object')).toEqual(['shot dead']);
    expect(triggers(t)).toEqual([]);
    const g = 'Gunmen shot dead a ranger who was guarding the elephants on Saturday.';
    expect(fired(g, 'not-victim-object')).toEqual([]);
    expect(triggers(g)).toEqual(['shot dead']);
  });
  it('"killing off" a service is figurative; killing the guards stays', () => {
    const t = 'Microsoft will shut down Skype in May, killing off the internet calling service.';
    expect(fired(t, 'not-figurative-object')).toEqual(['killing']);
    expect(triggers('Gunmen stormed the office on Friday, killing the two guards.')).toEqual(['stormed']);
  });
});

describe('explosions of things, bomb cyclones and videos', () => {
  it('a boiler that exploded is no bombing; a car bomb that exploded stays one', () => {
    const t = 'A boiler exploded on Tuesday at the chemical plant, killing two workers.';
    expect(fired(t, 'not-nonviolent-fire-or-blast')).toEqual(['exploded']);
    expect(triggers('A car bomb exploded on Tuesday outside the chemical plant, killing two workers.')).toEqual(['car bomb']);
  });
  it('a bomb cyclone is weather, no violence cue; a bomb beside a storm stays one', () => {
    const t = 'Weather\n\nA bomb cyclone slammed into the East Coast on Tuesday, knocking out power to 500,000 homes.';
    expect(triggers(t)).toEqual([]);
    expect(triggers('A bomb exploded in the storm drain on Tuesday, killing two people.').length).toBe(1);
  });
  it('"shot a video" is a camera\'s; shooting a protester stays', () => {
    expect(fired('He shot a video of the protest on Tuesday.', 'not-figurative-object')).toEqual(['shot']);
    expect(triggers('Police shot a protester on Tuesday.')).toEqual(['shot']);
  });
});
