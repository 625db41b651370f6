// MUC-4 events we missed: trigger words and violence cues (lexicon.ts TRIGGERS, CONTEXT_CUES) and a find that is no
// find of arms (`seized-weapons`, MODALITY).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1989-11-30'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const rejected = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((x) => x.action === 'reject' && x.rule === rule).map((x) => x.text);
const spansOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) {
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    for (const t of [...e.targets, ...e.attackers]) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
};
const one = (text: string) => {
  const r = code(text);
  expect(r.events).toHaveLength(1);
  spansOk(r, text);
  return r.events[0]!;
};

describe('trigger forms', () => {
  it('"straffed", as the wires spell it, is strafing (air-strike-verb)', () => {
    const e = one('SAN SALVADOR, 30 NOV 89 (ACAN-EFE) -- [TEXT] FORMER FOREIGN MINISTER FRANCISCO JOSE GUERRERO DIED ON 28 NOVEMBER WHEN HE WAS STRAFFED BY GUERRILLAS, ACCORDING TO MILITARY SOURCES.');
    expect([e.type, e.trigger.text, e.explain?.type]).toEqual(['air_strike', 'STRAFFED', ['air-strike-verb']]);
    expect(e.targets.map((t) => t.name)).toEqual(['Francisco Jose Guerrero']);
  });
  it('"the burning of" a thing is arson when a violence cue is near (arson)', () => {
    const e = one('SAN SALVADOR, 30 NOV 89 (DOMESTIC SERVICE) -- [TEXT] SEVERAL HARASSMENT OPERATIONS AND THE BURNING OF A STEEL FACTORY TOOK PLACE EARLY THIS MORNING IN ZACATECOLUCA, BUT NO CASUALTIES HAVE BEEN REPORTED.');
    expect([e.type, e.trigger.text, e.explain?.type]).toEqual(['arson', 'BURNING OF', ['arson']]);
    expect(e.targets.map((t) => t.name)).toEqual(['steel factory']);
  });
  it('but not with no cue: "condemned the burning of the flag"', () => {
    const r = code('SAN SALVADOR, 30 NOV 89 (DOMESTIC SERVICE) -- [TEXT] STUDENTS CONDEMNED THE BURNING OF THE FLAG AT THE CONSULATE.');
    expect(r.events).toEqual([]);
    expect(rejected(r, 'no-violence-context')).toEqual(['BURNING OF']);
  });
});

describe('CONTEXT_CUES: sappers, sabotage and ransacking make a weak trigger violent', () => {
  it('"FMLN sappers destroyed several high-voltage posts"', () => {
    const e = one('SAN SALVADOR, 30 NOV 89 (ACAN-EFE) -- [TEXT] FMLN SAPPERS DESTROYED SEVERAL HIGH-VOLTAGE POSTS IN LA LIBERTAD DEPARTMENT TODAY.');
    expect([e.type, e.trigger.text, e.explain?.type]).toEqual(['attack', 'DESTROYED', ['hit']]);
    expect(e.targets.map((t) => t.name)).toEqual(['high-voltage posts']);
  });
  it('"the library was burned and the rooms had been ransacked"', () => {
    const e = one('SAN SALVADOR, 30 NOV 89 (ACAN-EFE) -- [TEXT] HE SAID THAT THE LIBRARY WAS BURNED AND THE ROOMS HAD BEEN RANSACKED.');
    expect([e.type, e.trigger.text]).toEqual(['arson', 'BURNED']);
  });
  it('but workers who destroyed old posts did no violence', () => {
    const r = code('SAN SALVADOR, 30 NOV 89 (ACAN-EFE) -- [TEXT] THE WORKERS DESTROYED SEVERAL OLD POSTS IN LA LIBERTAD TODAY.');
    expect(r.events).toEqual([]);
    expect(rejected(r, 'no-violence-context')).toEqual(['DESTROYED']);
  });
});

describe('seized-weapons: "found" right before the deed is a body found, no find of arms', () => {
  it('"has been found murdered"', () => {
    const e = one('GUATEMALA CITY, 30 NOV 89 (DPA) -- [TEXT] THE LOCAL PRESS REPORTED TODAY THAT A FORMER LAW STUDENT HAS BEEN FOUND MURDERED IN A DISTRICT IN NORTHERN GUATEMALA CITY.');
    expect([e.type, e.trigger.text, e.explain?.type]).toEqual(['assassination', 'MURDERED', ['assassinate']]);
  });
  it('"were found today shot to death"', () => {
    const r = code('GUATEMALA CITY, 30 NOV 89 (DPA) -- [TEXT] TWO BODIES, NEW VICTIMS OF THE GUATEMALAN VIOLENCE, WERE FOUND TODAY SHOT TO DEATH IN THE UNITED NATIONS PARK.');
    expect(r.events.map((e) => e.trigger.text)).toEqual(['SHOT']);
    expect(rejected(r, 'seized-weapons')).toEqual([]);
  });
  it('but "the police found five bombs" is a find', () => {
    const r = code('GUATEMALA CITY, 30 NOV 89 (DPA) -- [TEXT] THE POLICE FOUND FIVE BOMBS IN A HOUSE IN NORTHERN GUATEMALA CITY TODAY.');
    expect(r.events).toEqual([]);
    expect(rejected(r, 'seized-weapons')).toEqual(['BOMBS']);
  });
});

describe('type-cue: aircraft bombing is an air strike, as MUC-4 codes it (an ATTACK, no BOMBING)', () => {
  it('"helicopters were bombing the Escalon neighborhood"', () => {
    const e = one('SAN SALVADOR, 21 NOV 89 (ACAN-EFE) -- [TEXT] IT WAS ALSO LEARNED THAT HELICOPTERS WERE BOMBING THE ESCALON NEIGHBORHOOD, WHERE FIVE CIVILIANS WERE KILLED.');
    expect([e.type, e.trigger.text, e.explain?.type]).toEqual(['air_strike', 'BOMBING', ['type-cue']]);
  });
  it('but a building bombed by terrorists is a bombing', () => {
    const e = one('LIMA, 19 NOV 89 (EFE) -- [TEXT] THE HEADQUARTERS OF THE APRA PARTY WAS BOMBED BY TERRORISTS WITH DYNAMITE LAST NIGHT.');
    expect([e.type, e.trigger.text, e.explain?.type]).toEqual(['bombing', 'BOMBED', ['bomb-verb']]);
  });
});
