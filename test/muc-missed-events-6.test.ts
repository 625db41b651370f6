// MUC-4 events we missed: a deed told in a list of places (refine/place-list.ts `place-list-apart`), deed verbs that need
// no violence cue (`set-fire`, `bomb-deed`), and trigger forms that were missing (dynamite charges).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';
import { PLACE_LIST } from '../src/core/refine/place-list.js';

const code = (text: string, published = '1989-10-20'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => ({ action: f.action, text: f.text }));
const spansOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) {
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    if (e.location) expect(text.slice(e.location.start, e.location.end)).toBe(e.location.text);
  }
};

describe('place-list-apart: a deed told in a list of places is one incident in each', () => {
  it('copies the incident to every place of "in Guazapa, Chalatenango, and Ilobasco"', () => {
    const text = 'SAN SALVADOR, 20 OCT 89 (AFP) -- The rebels destroyed two high-voltage pylons and seven power poles in Guazapa, Chalatenango, and Ilobasco, the army reported.';
    const r = code(text);
    expect(r.events.map((e) => e.location?.name)).toEqual(['Guazapa', 'Chalatenango', 'Ilobasco']);
    expect(new Set(r.events.map((e) => e.type)).size).toBe(1);
    expect(r.events[1]!.explain?.location?.join('>')).toContain(PLACE_LIST.name);
    expect(fired(r, PLACE_LIST.name)).toEqual([
      { action: 'accept', text: 'Chalatenango' },
      { action: 'accept', text: 'Ilobasco' },
    ]);
    spansOk(r, text);
  });
  it('leaves the toll with the first place: a copy has no killed or wounded of its own', () => {
    const text = 'SAN SALVADOR, 20 OCT 89 (AFP) -- Guerrillas killed three peasants in Guazapa and Ilobasco yesterday.';
    const r = code(text);
    expect(r.events.map((e) => e.location?.name)).toEqual(['Guazapa', 'Ilobasco']);
    expect(r.events[0]!.killed?.value).toBe(3);
    expect(r.events[1]!.killed).toBeNull();
  });
  it('does not split a place and its province ("San Carlos, Morazan department": no "and")', () => {
    const text = 'SAN SALVADOR, 20 OCT 89 (AFP) -- A peasant was murdered by terrorists in San Carlos, Morazan department.';
    const r = code(text);
    expect(r.events).toHaveLength(1);
    expect(fired(r, PLACE_LIST.name)).toEqual([]);
  });
  it('does not split the streets of a crossing, nor a route between two towns', () => {
    for (const text of [
      'BUENOS AIRES, 20 OCT 89 (EFE) -- A bomb exploded in a bank at Sarmiento and San Martin streets.',
      'SAN SALVADOR, 20 OCT 89 (AFP) -- The guerrillas blew up a bridge between Guazapa and Ilobasco.',
    ]) {
      const r = code(text);
      expect(fired(r, PLACE_LIST.name)).toEqual([]);
    }
  });
});

describe('deed verbs with no violence cue (set-fire, bomb-deed)', () => {
  it('codes "set fire to the country club" as arson, with the rule that found it', () => {
    const text = 'MEDELLIN, 25 AUG 89 (AFP) -- The clandestine group, which early this morning set fire to the Llano Grande Country Club in Rionegro, sent a letter to a judge.';
    const r = code(text, '1989-08-25');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.type).toBe('arson');
    expect(r.events[0]!.trigger.text).toBe('set fire to');
    expect(r.events[0]!.explain?.type).toContain('set-fire');
    spansOk(r, text);
  });
  it('codes offices "dynamited by drug traffickers" as a bombing (bomb-deed)', () => {
    const text = 'BOGOTA, 8 SEP 89 (EFE) -- The president visited the El Espectador newspaper offices, which were dynamited by drug traffickers last weekend.';
    const r = code(text, '1989-09-08');
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['bombing', 'dynamited']]);
    expect(r.events[0]!.explain?.type).toContain('bomb-deed');
  });
  it('keeps a threat and a stunt out', () => {
    expect(code('BOGOTA, 8 SEP 89 (EFE) -- The rebels threatened to have the bridge blown up.', '1989-09-08').events).toEqual([]);
    expect(code('LOS ANGELES, 8 SEP 89 (AP) -- The stuntman was willing to be set on fire for the film.', '1989-09-08').events).toEqual([]);
  });
});

describe('trigger forms: dynamite charges', () => {
  it('codes "another dynamite charge was placed at an establishment" as a bombing', () => {
    const text = 'BOGOTA, 1 MAY 89 (EFE) -- Another dynamite charge was placed today at an establishment known as La Rebaja.';
    const r = code(text, '1989-05-01');
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['bombing', 'dynamite charge']]);
    expect(r.events[0]!.explain?.type).toContain('bomb-noun');
  });
});
