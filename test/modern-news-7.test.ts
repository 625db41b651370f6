// Modern news (fixtures/press-dev-2, press releases of 2024-26, and the everyday dev sets): a policy's "attack on
// poverty", figures that "shot up by 30 per cent", birds struck by an aircraft, a flight that landed, rains that kill,
// boxing and football words, fireworks stories, yearly tallies, a past incident's relative clause. Each with the true
// event that stays.
import { describe, expect, it } from 'vitest';
import { run as coded } from './helpers/run.js';

const run = (text: string, published: string) => coded(text, { scope: 'all', published }).res;
/** The spans a rule dropped or rejected in the text. */
const dropped = (text: string, published: string, rule: string) =>
  (run(text, published).trace ?? []).filter((f) => f.action !== 'accept' && f.rule === rule).map((f) => text.slice(f.start, f.end));

describe('sense rules on press-release words', () => {
  it('not-attack-on-idea: a strategy that is "an all-out attack on the hardship" of children', () => {
    const t = 'WELLINGTON, 6 March 2025 — The Minister today launched the new strategy, describing it as an all-out attack on the hardship that holds too many of our children back.';
    expect(run(t, '2025-03-06').events).toEqual([]);
    expect(dropped(t, '2025-03-06', 'not-attack-on-idea')).toEqual(['attack']);
  });
  it('an attack on a village stays an attack', () => {
    const t = 'MAIDUGURI, 6 March 2025 — Gunmen launched an attack on the village of Kawuri on Wednesday, killing six people, police said.';
    const es = run(t, '2025-03-06').events;
    expect(es.map((e) => [e.trigger.text, e.killed?.value])).toEqual([['attack', 6]]);
    expect(dropped(t, '2025-03-06', 'not-attack-on-idea')).toEqual([]);
  });
  it('not-figurative-object: rents "which have shot up by 30 per cent"', () => {
    const t = 'WELLINGTON, 6 March 2025 — Community groups said the strategy must be matched by action on rents, which have shot up by 30 per cent in five years.';
    expect(run(t, '2025-03-06').events).toEqual([]);
    expect(dropped(t, '2025-03-06', 'not-figurative-object')).toEqual(['shot']);
  });
  it('not-victim-object: an aircraft that struck a flock of birds; a rocket that struck a bird market stays', () => {
    const birds = 'DUBLIN, 14 May 2026 — The flight returned to Dublin Airport on Wednesday after the aircraft struck a flock of birds.';
    expect(run(birds, '2026-05-14').events).toEqual([]);
    expect(dropped(birds, '2026-05-14', 'not-victim-object')).toEqual(['struck']);
    const market = 'KHARKIV, 14 May 2026 — A Russian rocket struck a bird market in the old city on Wednesday, killing two people, officials said.';
    const es = run(market, '2026-05-14').events;
    expect(es.map((e) => [e.type, e.killed?.value])).toEqual([['shelling', 2]]);
    expect(dropped(market, '2026-05-14', 'not-victim-object')).toEqual([]);
  });
  it('not-hit-idiom: an aircraft that landed is a flight; shells that landed in a market are not', () => {
    const flight = 'DUBLIN, 14 May 2026 — The aircraft landed safely at 10.52am, 35 minutes after departure, and was met by airport fire crews.';
    expect(run(flight, '2026-05-14').events).toEqual([]);
    expect(dropped(flight, '2026-05-14', 'not-hit-idiom')).toEqual(['landed']);
    const shells = 'GOMA, 14 May 2026 — Two shells landed in the central market on Wednesday, wounding five people, officials said.';
    expect(run(shells, '2026-05-14').events.map((e) => [e.trigger.text, e.wounded?.value])).toEqual([['landed', 5]]);
  });
  it('not-disaster-or-accident: rains and outbreaks kill with no one doing it', () => {
    const rains = 'DURBAN, 20 January 2026 — Heavy monsoon rains have killed at least 37 people in the province since Thursday.';
    expect(run(rains, '2026-01-20').events).toEqual([]);
    expect(dropped(rains, '2026-01-20', 'not-disaster-or-accident')).toEqual(['killed']);
  });
  it('not-another-kind: "a 52-yard bomb" is a pass; a bomb at a stadium is not', () => {
    const pass = 'KANSAS CITY, Sept 21, 2023 (AP) - Patrick Mahomes threw three touchdown passes, including a 52-yard bomb to Rashee Rice, on Thursday night.';
    expect(run(pass, '2023-09-21').events).toEqual([]);
    expect(dropped(pass, '2023-09-21', 'not-another-kind')).toEqual(['bomb']);
    const bomb = 'KANSAS CITY, Sept 21, 2023 (AP) - A bomb exploded outside the stadium on Thursday night, wounding two people, police said.';
    expect(run(bomb, '2023-09-21').events.map((e) => [e.type, e.wounded?.value])).toEqual([['bombing', 2]]);
  });
  it('not-figurative-contest: senators who "traded fire on the floor"', () => {
    const t = 'WASHINGTON, Nov 17, 2026 (AP) - Senate leaders traded fire on the floor, each blaming the other for the collapse of the talks.';
    expect(run(t, '2026-11-17').events).toEqual([]);
    expect(dropped(t, '2026-11-17', 'not-figurative-contest')).toEqual(['traded fire']);
  });
});

describe('everyday senses and readings', () => {
  it('sense-sport: a boxer "attacked from the opening bell"; a bullet header is no bullet', () => {
    const box = 'ACCRA, 15 October 2024 — Mensah, 27, attacked from the opening bell, landing a savage left hook that dropped the champion in the third round.';
    expect(run(box, '2024-10-15').events).toEqual([]);
    expect(dropped(box, '2024-10-15', 'sense-sport')).toEqual(['attacked']);
    const header = 'BLACKBURN, 12 February 2026 — Okafor opened the scoring after 11 minutes and struck twice more after the break, the second a bullet header from a corner.';
    expect(run(header, '2026-02-12').events).toEqual([]);
    expect(dropped(header, '2026-02-12', 'sense-sport')).toEqual(['struck']);
  });
  it('reading-everyday-report: in a fireworks story, rockets that exploded in hands are fireworks', () => {
    const t = 'City council fireworks safety campaign after 140 injuries over New Year\n\nGLASGOW, 20 January 2026 — Two men lost fingers when rockets exploded in their hands at private parties in Easterhouse and Govan.';
    expect(run(t, '2026-01-20').events).toEqual([]);
    expect(dropped(t, '2026-01-20', 'reading-everyday-report')).toEqual(['exploded']);
  });
  it('a rocket attack in a story with no such headline stays', () => {
    const t = 'Rockets hit Sderot\n\nSDEROT, 20 January 2026 — Two men were wounded when rockets exploded near a school on Monday, police said.';
    expect(run(t, '2026-01-20').events.map((e) => [e.type, e.wounded?.value])).toEqual([['shelling', 2]]);
  });
});

describe('background-named-past: the relative clause of a named past incident', () => {
  it('"the 2008 Mumbai attacks, in which gunmen killed 166 people" is background to a film prize', () => {
    const t = 'BERLIN, Feb 24, 2026 (AFP) - An Indian film about the 2008 Mumbai attacks, in which gunmen killed 166 people at hotels and a railway station, won the Golden Bear on Saturday.';
    expect(run(t, '2026-02-24').events).toEqual([]);
    expect(dropped(t, '2026-02-24', 'background-named-past')).toEqual(['killed']);
  });
  it('an attack of this year with its relative clause stays', () => {
    const t = 'MUMBAI, Feb 24, 2026 (AFP) - Police said the 2026 attack on the hotel, in which gunmen killed six people on Monday, was planned abroad.';
    const es = run(t, '2026-02-24').events;
    expect(es.map((e) => [e.trigger.text, e.killed?.value])).toEqual([['attack', 6]]);
    expect(dropped(t, '2026-02-24', 'background-named-past')).toEqual([]);
  });
});
