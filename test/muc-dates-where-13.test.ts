// Date and location slots (muc-dates-where-13): place-surname-skip widened to a whole unknown name that opens with a
// given name ("Gunmen … fired at Roberto Salgado, 45, as he greeted voters" is a person, not a town of Mexico), unless
// words beside it make it a place ("the village of Abu Saida", "Juan Bueno, Arboledas municipality", "Juan Diaz, Panama"):
// values, spans, rules and negatives.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { findPlaces } from '../src/core/extract/places/index.js';
import { SURNAME_NOT_PLACE } from '../src/core/extract/places/lexicon.js';

const SALGADO =
  'MORELIA, Mexico, Nov 3, 2026 (AFP) - A candidate for mayor in the western Mexican state of Michoacan was shot dead on Monday while campaigning in the town of Zinapecuaro, state authorities said.\n\nGunmen on a motorcycle fired at Roberto Salgado, 45, as he greeted voters in the main square, and he died on the way to hospital. One of his aides was wounded.';

describe('place-surname-skip: an unknown name that opens with a given name is a person', () => {
  it('"fired at Roberto Salgado, 45": no place Roberto Salgado; the shooting stays in Zinapecuaro', () => {
    const trace: { rule: string; action: string; text: string }[] = [];
    const places = findPlaces(SALGADO, trace as never);
    expect(places.map((p) => p.text)).not.toContain('Roberto Salgado');
    expect(trace.some((t) => t.rule === SURNAME_NOT_PLACE.name && t.action === 'reject' && t.text === 'Roberto Salgado')).toBe(true);
    const r = extract(SALGADO, { explain: true });
    for (const e of r.events) expect(e.location?.text).not.toBe('Roberto Salgado');
    const e = r.events.find((x) => x.location?.text === 'Zinapecuaro')!;
    expect(e.location?.country_code).toBe('MX');
    expect(SALGADO.slice(e.location!.start, e.location!.end)).toBe('Zinapecuaro');
  });

  it('not after "the village of" ("near the village of Abu Saida")', () => {
    const text = 'BAGHDAD, Jan 5, 2026 (Reuters) - Gunmen opened fire with machine guns from a palm grove near the village of Abu Saida and then withdrew, two army officers said.';
    const p = findPlaces(text).find((x) => x.text === 'Abu Saida');
    expect(p).toBeDefined();
    expect(p!.country_code).toBe('IQ');
  });

  it('not with its municipality beside it ("at Juan Bueno, Arboledas municipality")', () => {
    const text = 'BOGOTA, Feb 4, 1990 (RCN) - The governor was attacked while inaugurating a dining hall for children at Juan Bueno, Arboledas municipality, in Norte de Santander department.';
    const p = findPlaces(text).find((x) => x.text === 'Juan Bueno');
    expect(p).toBeDefined();
    expect(p!.country_code).toBe('CO');
  });

  it('not with its country beside it ("in Juan Diaz, Panama")', () => {
    const text = 'PANAMA CITY, Dec 20, 1989 (AFP) - Two policemen were killed in Juan Diaz, Panama, witnesses said.';
    expect(findPlaces(text).some((p) => p.text === 'Juan Diaz' && p.country_code === 'PA')).toBe(true);
  });

  it('not a site named after a person ("at Omar Torrijos international airport")', () => {
    const text = 'PANAMA CITY, Dec 24, 1989 (AFP) - The airplane landed a cargo of medicine at Omar Torrijos international airport, officials said.';
    expect(findPlaces(text).map((p) => p.text)).toContain('Omar Torrijos');
  });
});
