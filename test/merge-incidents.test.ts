// Merging the mentions of one incident (src/core/refine/merge.ts SINGLE_MERGE_RULES, roles.ts OFFSET_BACK_REFERENCE):
// each rule joins a later mention to the incident told, with the values it brings, and is recorded in the trace;
// two distinct incidents stay apart.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1989-06-10'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => ({ action: f.action, text: f.text }));
const spanOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) for (const a of [...e.attackers, ...e.targets]) expect(text.slice(a.start, a.end)).toBe(a.text);
};

describe('new-parties-new-incident: a sentence that names the victim by name is no other incident', () => {
  const text =
    'SAN SALVADOR, 9 JUN 89 (AFP) -- Minister Jose Antonio Rodriguez Porth was killed today in a terrorist attack in which his driver was also killed. ' +
    "Unidentified individuals machinegunned Rodriguez Porth's car as he was leaving his home in the La Mascota neighborhood.";
  it('joins the attacker and target of a retelling that names the victim ("Rodriguez Porth\'s car") (continuation)', () => {
    const r = code(text, '1989-06-09');
    expect(r.events).toHaveLength(1);
    const [e] = r.events;
    expect(e!.attackers.map((a) => a.name)).toContain('Unidentified individuals');
    expect(e!.targets.map((t) => t.name)).toEqual(expect.arrayContaining(['Jose Antonio Rodriguez Porth', 'car']));
    expect(e!.evidence).toHaveLength(2);
    expect(fired(r, 'continuation')).toContainEqual({ action: 'accept', text: 'machinegunned' });
    spanOk(r, text);
  });
  it('keeps apart a sentence naming another attacker and target, and not the victim', () => {
    const other = 'Gunmen shot dead a judge in Tame on 5 June. Army troops machinegunned a bus carrying peasants.';
    const r = code(other);
    expect(r.events.map((e) => e.attackers.map((a) => a.name))).toEqual([['Gunmen'], ['Army']]);
    expect(r.events[1]!.targets.map((t) => t.name)).toEqual(['bus', 'peasants']);
    expect(fired(r, 'continuation')).toEqual([]);
  });
});

describe('anaphor-despite-also', () => {
  const text =
    'HAVANA, 18 NOV 89 (PRENSA LATINA) -- [TEXT] Havana University condemned the assassination of Ignacio Ellacuria, rector of the Central American University. ' +
    'In a declaration, the university group also condemns the assassination of four other priests, who were killed as the gunmen entered the home of the rector.';
  it('joins the mention that "also" follows and that points back ("the assassination of four other priests")', () => {
    const r = code(text, '1989-11-18');
    expect(r.events).toHaveLength(1);
    const [e] = r.events;
    expect(e!.type).toBe('assassination');
    expect(e!.targets.map((t) => t.name)).toContain('priests');
    expect(e!.attackers.map((a) => a.name)).toContain('gunmen');
    expect(e!.evidence.map((x) => x.text.slice(0, 16))).toEqual(['HAVANA, 18 NOV 8', 'In a declaration']);
    expect(fired(r, 'anaphor-despite-also')).toEqual([{ action: 'accept', text: 'assassination' }]);
    spanOk(r, text);
  });
  it('keeps apart an anaphor of another type told with "also" ("also connected to the car bomb attack")', () => {
    const other =
      'BOGOTA, 22 SEP 89 -- Four persons who are involved in the murder of Luis Carlos Galan Sarmiento have been arrested. ' +
      'They are also connected to the car bomb attack on the newspaper El Espectador.';
    const r = code(other, '1989-09-22');
    expect(fired(r, 'anaphor-despite-also')).toEqual([]);
    expect(r.events.map((e) => e.type)).toEqual(['assassination', 'bombing']);
  });
  it('keeps apart a mention told with "another" ("Another attack was reported in Arauca")', () => {
    const other = 'Rebels attacked a police patrol in Tame on 5 June. Another attack on the patrol was reported in Arauca.';
    const r = code(other);
    expect(fired(r, 'anaphor-despite-also')).toEqual([]);
    expect(r.events.length).toBe(2);
  });
});

describe('also-victims-join', () => {
  const text =
    'LIMA, 5 JUL 89 (EFE) -- [TEXT] A Soviet tourist was injured today when a bomb exploded beside a tourist bus in Lima. ' +
    'The anti-terrorist police reported that 10 other people were also injured and 2 vehicles in the area were damaged.';
  it('joins more victims of the incident ("were also injured") with their targets', () => {
    const r = code(text, '1989-07-05');
    expect(r.events).toHaveLength(1);
    const [e] = r.events;
    expect(e!.type).toBe('bombing');
    expect(e!.targets.map((t) => t.name)).toEqual(expect.arrayContaining(['tourist bus', 'vehicles']));
    expect(e!.evidence).toHaveLength(2);
    expect(fired(r, 'also-victims-join')).toEqual([{ action: 'accept', text: 'injured' }]);
    spanOk(r, text);
  });
  it('keeps apart victims in another place ("were also injured in Cuzco")', () => {
    const other = 'LIMA, 5 JUL 89 (EFE) -- A bomb exploded beside a tourist bus in Lima today. Two policemen were also injured in Cuzco.';
    const r = code(other, '1989-07-05');
    expect(fired(r, 'also-victims-join')).toEqual([]);
  });
  it('keeps apart another deed of the attackers ("the guerrillas also killed …")', () => {
    const other =
      'SAN SALVADOR, 17 JUN 89 -- USIS reported that the guerrillas killed presidency minister Antonio Rodriguez Porth. ' +
      'USIS reported that the guerrillas also killed attorney general Roberto Garcia Alvarado.';
    const r = code(other, '1989-06-17');
    expect(fired(r, 'also-victims-join')).toEqual([]);
    expect(r.events).toHaveLength(2);
    const victim = r.events[1]!.targets.find((t) => t.name === 'Roberto Garcia Alvarado');
    expect(victim).toBeDefined();
    expect(other.slice(victim!.start, victim!.end)).toBe(victim!.text);
  });
});

describe('time-offset-back-reference', () => {
  const text =
    'BOGOTA, 30 MAY 89 (EFE) -- [TEXT] A car-bomb attack against DAS director Miguel Maza Marquez killed four pedestrians in Bogota today. ' +
    'Maza stated this when he read an open letter he addressed to the attorney general a few hours after the attack. ' +
    'Police found documents linking right-wing paramilitary groups with the attack.';
  it('a clause whose only mention is the one its offset names points back: one incident', () => {
    const r = code(text, '1989-05-30');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.type).toBe('bombing');
    expect(r.events[0]!.evidence.length).toBeGreaterThanOrEqual(2);
    expect(fired(r, 'time-offset-back-reference')).toEqual([{ action: 'accept', text: 'attack' }]);
  });
  it('an offset after an event verb of its own still names another incident', () => {
    const other =
      'SAN SALVADOR, 3 JUN 89 -- Guerrillas attacked the 3d Infantry Brigade in San Miguel today. ' +
      'These terrorist attacks took place 1 day after the serious attack launched at the 2d Army Division headquarters.';
    const r = code(other, '1989-06-03');
    expect(fired(r, 'time-offset-back-reference')).toEqual([]);
  });
});

describe('date-conflict-apart', () => {
  it('keeps apart an incident of another day, recorded as a reject', () => {
    const text = 'Guerrillas bombed the Banco Popular in Cali on 5 May. The guerrillas bombed a power tower in Cali on 9 June.';
    const r = code(text);
    expect(r.events.map((e) => e.date?.value)).toEqual(['1989-05-05', '1989-06-09']);
    expect(fired(r, 'date-conflict-apart')).toEqual([{ action: 'reject', text: 'bombed' }]);
  });
});

describe('kidnapped-then-killed', () => {
  const text =
    'BOGOTA, 3 OCT 89 (AFP) -- [TEXT] The authorities of Arauca have announced that Msgr Jesus Emilio Jaramillo was murdered and that his body was found today. ' +
    'Yesterday several armed men kidnapped Jaramillo, the bishop of Arauca, and his assistant, Elmer Munoz.';
  it('joins the kidnapping of the victim the day before the murder, with its attackers', () => {
    const r = code(text, '1989-10-03');
    expect(r.events).toHaveLength(1);
    const [e] = r.events;
    // one incident typed by the most specific of its mentions (taxonomy TYPE_PRECEDENCE)
    expect(e!.type).toBe('abduction');
    expect(e!.attackers.map((a) => a.name)).toContain('several armed men');
    expect(e!.targets.map((t) => t.name)).toContain('Jesus Emilio Jaramillo');
    expect(e!.evidence).toHaveLength(2);
    expect(fired(r, 'kidnapped-then-killed')).toEqual([{ action: 'accept', text: 'kidnapped' }]);
    spanOk(r, text);
  });
  it('keeps apart the kidnapping of another named person', () => {
    const other =
      'BOGOTA, 3 OCT 89 (AFP) -- [TEXT] The authorities of Arauca have announced that Msgr Jesus Emilio Jaramillo was murdered and that his body was found today. ' +
      'Yesterday several armed men kidnapped the mayor of Saravena, Carlos Garcia Rojas.';
    const r = code(other, '1989-10-03');
    expect(fired(r, 'kidnapped-then-killed')).toEqual([]);
    expect(r.events.map((e) => e.type)).toEqual(['assassination', 'abduction']);
  });
  it('keeps apart a kidnapping a week before', () => {
    const other =
      'BOGOTA, 3 OCT 89 (AFP) -- [TEXT] The authorities of Arauca have announced that Msgr Jesus Emilio Jaramillo was murdered and that his body was found today. ' +
      'On 24 September several armed men kidnapped a rancher.';
    const r = code(other, '1989-10-03');
    expect(fired(r, 'kidnapped-then-killed')).toEqual([]);
  });
});

describe('other-named-victim-apart', () => {
  it('keeps apart "the assassination of journalist Guillermo Cano" from the murder of Galan told before', () => {
    const text =
      'BOGOTA, 20 AUG 89 (EFE) -- [TEXT] Gunmen assassinated senator Luis Carlos Galan in Soacha on 18 August. ' +
      'Police compared it with the assassination of journalist Guillermo Cano.';
    const r = code(text, '1989-08-20');
    expect(fired(r, 'other-named-victim-apart')).toEqual([{ action: 'reject', text: 'assassination' }]);
    expect(r.events).toHaveLength(2);
    expect(r.events[0]!.targets.map((t) => t.name)).toContain('Luis Carlos Galan');
    expect(r.events[0]!.targets.map((t) => t.name)).not.toContain('Guillermo Cano');
    expect(r.events[1]!.targets.map((t) => t.name)).toEqual(['Guillermo Cano']);
  });
  it('joins a mention naming a victim the incident told ("Galan\'s assassination")', () => {
    const text =
      'BOGOTA, 20 AUG 89 (EFE) -- [TEXT] Gunmen assassinated senator Luis Carlos Galan in Soacha on 18 August. ' +
      "Police compared it with Galan's assassination.";
    const r = code(text, '1989-08-20');
    expect(fired(r, 'other-named-victim-apart')).toEqual([]);
    expect(fired(r, 'continuation')).toEqual([{ action: 'accept', text: 'assassination' }]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.evidence).toHaveLength(2);
  });
  it('joins a victim named in the incident\'s sentence though not found as its target ("Oqueli and Gilda Flores")', () => {
    const text =
      'GUATEMALA CITY, 13 JAN 90 (EFE) -- [TEXT] Armed men kidnapped Hector Oqueli and Gilda Flores in Guatemala City yesterday. ' +
      'The party issued a communique deploring the assassination of Oqueli.';
    const r = code(text, '1990-01-13');
    expect(fired(r, 'other-named-victim-apart')).toEqual([]);
  });
});

describe('claimed-reference: a confirmed or sought incident points back', () => {
  it('"a note confirming the kidnapping" today joins yesterday\'s kidnapping, its day not the incident\'s', () => {
    const text =
      'BOGOTA, 20 APR 89 (EFE) -- [TEXT] Guerrillas kidnapped the Braspetro manager in Arauca yesterday. ' +
      'Braspetro president Wagner Freire today released an official note confirming the kidnapping.';
    const r = code(text, '1989-04-20');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.date).toMatchObject({ value: '1989-04-19', text: 'yesterday' });
    expect(r.events[0]!.evidence).toHaveLength(2);
    expect(fired(r, 'anaphoric-join')).toEqual([{ action: 'accept', text: 'kidnapping' }]);
    expect(fired(r, 'date-conflict-apart')).toEqual([]);
  });
  it('a new kidnapping reported today stays apart from yesterday\'s', () => {
    const text =
      'BOGOTA, 20 APR 89 (EFE) -- [TEXT] Guerrillas kidnapped the Braspetro manager in Arauca yesterday. ' +
      'Guerrillas kidnapped a rancher in Saravena today.';
    const r = code(text, '1989-04-20');
    expect(r.events.map((e) => e.date?.value)).toEqual(['1989-04-19', '1989-04-20']);
  });
});

describe('another-vehicle-not-fresh (roles.ts FRESH_INCIDENT)', () => {
  const text =
    'SAN SALVADOR, 21 JUN 89 (AFP) -- [TEXT] Mary Stanislaus Makeil, a U.S. nun, was seriously wounded today when shots were fired at a vehicle in which she was traveling near Zaragoza. ' +
    'Makeil was traveling with two other nuns in a private vehicle along the highway, when unidentified assailants in another vehicle opened fire.';
  it('joins the assailants "in another vehicle" to the shooting told (continuation)', () => {
    const r = code(text, '1989-06-21');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.evidence).toHaveLength(2);
    expect(fired(r, 'continuation')).toContainEqual({ action: 'accept', text: 'opened fire' });
    spanOk(r, text);
  });
  it('keeps "another car bomb" a new incident', () => {
    const other =
      'BOGOTA, 10 SEP 89 -- A car bomb destroyed the offices of the newspaper El Espectador in Bogota on 2 September. ' +
      'Another car bomb exploded outside the offices of the newspaper Vanguardia Liberal.';
    const r = code(other, '1989-09-10');
    expect(r.events).toHaveLength(2);
    expect(fired(r, 'continuation')).toEqual([]);
  });
});

describe('place-river-skip (places/lexicon.ts RIVER_AFTER): a river shares no place with the incident', () => {
  const text =
    'BOGOTA, 9 JAN 90 (EFE) -- [TEXT] Ricardo Alfonso Castellar, mayor of Achi, in the northern department of Bolivar, was kidnapped on 5 January by ELN guerrillas. ' +
    'Castellar was kidnapped while he was traveling in a boat down the Cauca River to the Tenche area.';
  it('does not place the retelling in Cauca Department, and joins it (continuation)', () => {
    const r = code(text, '1990-01-09');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location?.name).toBe('Achí');
    expect(fired(r, 'continuation')).toContainEqual({ action: 'accept', text: 'kidnapped' });
    expect((r.trace ?? []).filter((f) => f.text === 'Cauca')).toEqual([]);
  });
  it('still places a kidnapping told in Cauca Department apart from one in Achi', () => {
    const other =
      'BOGOTA, 9 JAN 90 (EFE) -- [TEXT] Ricardo Alfonso Castellar, mayor of Achi, in the northern department of Bolivar, was kidnapped on 5 January by ELN guerrillas. ' +
      'A judge was kidnapped in Popayan, Cauca Department.';
    const r = code(other, '1990-01-09');
    expect(r.events.map((e) => e.location?.admin1)).toEqual(['Bolívar', 'Cauca']);
  });
});
