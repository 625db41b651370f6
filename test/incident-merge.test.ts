// The incident model (src/core/refine/merge.ts): the dates the merge compares are those the records take (toldDate):
// a report's day ("the authorities disclosed today that …") parts no group from the incident it tells; a group or
// incident dated only by such a day is placed by its month, so that another year or month still keeps two apart.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published: string, scope: 'terrorism' | 'all' = 'terrorism'): ArticleResult => extract(text, { published, explain: true, scope });
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => ({ action: f.action, text: f.text }));

describe('date-conflict-apart: a report day is not the date of the incident it tells', () => {
  const text =
    'GUATEMALA CITY, 4 AUG 89 (ACAN-EFE) -- [TEXT] Unidentified men kidnapped Christian Democratic leader Pedro Lopez on 2 August in the capital. ' +
    'The authorities disclosed today that Lopez was kidnapped by heavily armed men and his body was found in southern Guatemala City.';
  it('joins a retelling dated only by the day of its report ("disclosed today that Lopez was kidnapped") (continuation)', () => {
    const r = code(text, '1989-08-04');
    expect(r.events).toHaveLength(1);
    const [e] = r.events;
    expect(e!.type).toBe('abduction');
    expect(e!.date.value).toBe('1989-08-02');
    expect(text.slice(e!.date.start!, e!.date.end!)).toBe(e!.date.text);
    expect(e!.targets.map((t) => t.name)).toContain('Pedro Lopez');
    expect(e!.evidence).toHaveLength(2);
    expect(fired(r, 'continuation')).toContainEqual({ action: 'accept', text: 'kidnapped' });
    expect(fired(r, 'date-conflict-apart')).toEqual([]);
  });
  it('keeps apart a mention dated to another month ("On 3 September … a judge was kidnapped")', () => {
    const other =
      'GUATEMALA CITY, 4 AUG 89 (ACAN-EFE) -- [TEXT] Unidentified men kidnapped Christian Democratic leader Pedro Lopez on 2 August in the capital. ' +
      'On 3 September the authorities disclosed that a judge was kidnapped by heavily armed men.';
    const r = code(other, '1989-08-04');
    expect(fired(r, 'date-conflict-apart')).toEqual([{ action: 'reject', text: 'kidnapped' }]);
    expect(fired(r, 'continuation')).toEqual([]);
    expect(r.events[0]!.date.value).toBe('1989-08-02');
  });
  it('keeps apart an incident of another year from one dated only by its report day ("police said on Sunday" … "in 2015")', () => {
    const other =
      'BUJUMBURA, May 27, 2018 (AFP) - Two people were killed when unidentified men threw a grenade into a bar in Bujumbura, police said on Sunday. ' +
      'The attackers fled on foot. Burundi has been hit by a grenade attack in 2015 that killed a minister.';
    const r = code(other, '2018-05-27', 'all');
    expect(fired(r, 'date-conflict-apart')).toEqual([{ action: 'reject', text: 'hit' }]);
    expect(fired(r, 'continuation')).toEqual([]);
  });
});

describe('same-named-victim: the same full name, told far down in another place', () => {
  const lead = 'SAN SALVADOR, 9 JUN 89 (AFP) -- Urban guerrillas shot dead minister Jose Antonio Rodriguez Porth today near his home in San Salvador. ';
  const mid = 'The minister had returned from a trip. His party met in the afternoon. The president called for calm. The curfew was extended. ';
  it('joins a later sentence that names the victim in full, whatever place it names ("killed by a commando trained in Nicaragua")', () => {
    const text = lead + mid + 'The armed forces claimed that Rodriguez Porth was killed by a commando trained in Nicaragua.';
    const r = code(text, '1989-06-09');
    expect(fired(r, 'same-named-victim')).toEqual([{ action: 'accept', text: 'killed' }]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.targets.map((t) => t.name)).toContain('Jose Antonio Rodriguez Porth');
    expect(r.events[0]!.location?.name).toBe('San Salvador');
  });
  it('keeps apart a victim of another name ("Carlos Porth") in another place', () => {
    const text = lead + mid + 'Gunmen killed Carlos Porth in Santa Ana.';
    const r = code(text, '1989-06-09');
    expect(fired(r, 'same-named-victim')).toEqual([]);
  });
});

describe('continuation: a retelling a few sentences down, after sentences of no deed nor date (UNDATED_CONTINUATION_REACH)', () => {
  const lead = 'GUATEMALA CITY, 12 JAN 90 (ACAN-EFE) -- [TEXT] Heavily armed men kidnapped Hector Oqueli Colindres in Guatemala City today. ';
  const mid = 'Oqueli was to fly to Managua. He is a leader of the party. The party met in the afternoon. Its leaders called for calm. ';
  it('joins the retelling five sentences on, with the victim it adds ("his companion Gilda Flores were abducted")', () => {
    const text = lead + mid + 'Oqueli and his companion Gilda Flores were abducted as they were heading to La Aurora airport.';
    const r = code(text, '1990-01-12');
    expect(r.events).toHaveLength(1);
    expect(fired(r, 'continuation')).toContainEqual({ action: 'accept', text: 'abducted' });
    const gilda = r.events[0]!.targets.find((t) => t.name === 'Gilda Flores');
    expect(gilda).toBeDefined();
    expect(text.slice(gilda!.start, gilda!.end)).toBe(gilda!.text);
  });
  it('keeps apart another kidnapping five sentences on ("In another development")', () => {
    const text = lead + mid + 'In another development, armed men abducted a trader in Quetzaltenango.';
    const r = code(text, '1990-01-12');
    expect(fired(r, 'continuation')).toEqual([]);
    expect(r.events).toHaveLength(2);
  });
  it('does not continue past three sentences with a sentence of its own date ("since the start of January")', () => {
    const text = lead + mid + 'At least 12 people have been abducted in Guatemala City since the start of January, the police said.';
    const r = code(text, '1990-01-12');
    expect(fired(r, 'continuation')).toEqual([]);
  });
});

describe('towns-of-one-region-apart: two towns of one region are two places (placesConflict)', () => {
  const lead = 'BOGOTA, 10 SEP 89 (AFP) -- A bomb destroyed a private factory in Itagui last night. Two workers were injured. ';
  it('a bomb in Medellin is not the bomb in Itagui, both in Antioquia', () => {
    const t = `${lead}Five pedestrians were injured when a bomb exploded outside the telephone company in Medellin.`;
    const r = code(t, '1989-09-10');
    expect(r.events.map((e) => e.location?.name)).toEqual(['Itagüí', 'Medellín']);
    expect(r.events.map((e) => e.location?.admin1)).toEqual(['Antioquia', 'Antioquia']);
    const [a, b] = r.events;
    expect(t.slice(a!.location!.start!, a!.location!.end!)).toBe('Itagui');
    expect(t.slice(b!.location!.start!, b!.location!.end!)).toBe('Medellin');
    expect(fired(r, 'continuation')).toEqual([]);
  });
  it('in all scopes a region still ties its towns (a day of strikes on a region\'s towns told as one)', () => {
    const t = `${lead}Five pedestrians were injured when a bomb exploded outside the telephone company in Medellin.`;
    const r = code(t, '1989-09-10', 'all');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location?.name).toBe('Itagüí');
    expect(fired(r, 'continuation')).toEqual([{ action: 'accept', text: 'bomb' }]);
  });
  it('a region whose name holds another\'s is another place (Norte de Santander, Santander), under terrorism only', () => {
    const t = 'BOGOTA, 4 MAR 90 (RADIO CADENA NACIONAL) -- [TEXT] Rebels kidnapped the mayor of Sardinata, Norte de Santander, on Saturday. A rancher was kidnapped in El Carmen, Santander.';
    const r = code(t, '1990-03-04');
    expect(r.events.map((e) => e.location?.admin1)).toEqual(['Norte de Santander', 'Santander']);
    const [a, b] = r.events;
    expect(t.slice(a!.location!.start!, a!.location!.end!)).toBe('Sardinata');
    expect(t.slice(b!.location!.start!, b!.location!.end!)).toBe('El Carmen');
    expect(fired(r, 'continuation')).toEqual([]);
    // (in all scopes a region's name inside its part's still ties them: Darfur and North Darfur)
    expect(fired(code(t, '1990-03-04', 'all'), 'continuation')).toEqual([{ action: 'accept', text: 'kidnapped' }]);
  });
  it('a mention naming the whole region still continues the incident of its town (continuation)', () => {
    const t = 'BOGOTA, 4 MAR 90 (RADIO CADENA NACIONAL) -- [TEXT] Rebels kidnapped the mayor of Sardinata, Norte de Santander, on Saturday. The mayor was kidnapped as he left his office in Norte de Santander Department.';
    const r = code(t, '1990-03-04');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location?.name).toBe('Sardinata');
    const join = (r.trace ?? []).find((f) => f.rule === 'continuation' && f.action === 'accept');
    expect(join && t.slice(join.start, join.end)).toBe('kidnapped');
  });
  it('a mention naming the region itself still continues the incident of its town (continuation)', () => {
    const t = `${lead}Five pedestrians were injured when a bomb exploded outside the factory in Antioquia Department.`;
    const r = code(t, '1989-09-10');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location?.name).toBe('Itagüí');
    const join = (r.trace ?? []).find((f) => f.rule === 'continuation' && f.action === 'accept');
    expect(join && t.slice(join.start, join.end)).toBe('injured');
  });
});
