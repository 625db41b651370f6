// MUC-4 location, date, killed, wounded and weapons slots (branch muc-where-counts-7): places named in a list before the
// plural word of their kind (places/lexicon.ts listHead).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { findPlaces } from '../src/core/extract/places/index.js';

describe('listHead: a list of names before the plural word of their kind', () => {
  it('place-neighbourhood-of-dateline: each neighbourhood of "the X and Y neighborhoods" is a site of the dateline city', () => {
    const text = 'SAN SALVADOR, 7 DEC 89 -- [TEXT] GUERRILLAS BLEW UP POWER LINES IN THE ESCALON AND SAN BENITO NEIGHBORHOODS.';
    const found = findPlaces(text);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    const escalon = found.find((p) => p.text === 'ESCALON');
    // (not Escalon, California: the word after the list says what its names are)
    expect(escalon).toMatchObject({ country_code: 'SV', place: 'San Salvador', precision: 'site', start: text.indexOf('ESCALON') });
    expect(escalon!.rule).toMatch(/>place-neighbourhood-of-dateline$/);
    const [e] = extract(text, { published: '1989-12-07', scope: 'terrorism', explain: true }).events;
    expect(e!.location).toMatchObject({ name: 'Escalon', country_code: 'SV', place: 'San Salvador' });
  });

  it('a list of three, commas and "and"', () => {
    const text = 'TEGUCIGALPA, 7 DEC 89 -- [TEXT] BOMBS EXPLODED IN GUADALUPE, SUYAPA, AND LOS SANTOS NEIGHBORHOODS.';
    const found = findPlaces(text).filter((p) => p.kind !== 'dateline');
    expect(found.map((p) => [p.text, p.country_code, p.place, p.precision])).toEqual([
      ['GUADALUPE', 'HN', 'Tegucigalpa', 'site'],
      ['LOS SANTOS', 'HN', 'Tegucigalpa', 'site'],
    ]);
    // (SUYAPA, in no gazetteer, is read at the event: an unknown name after a preposition, then a site of the city)
    const events = extract(text, { published: '1989-12-07', scope: 'terrorism', explain: true }).events;
    expect(events.map((e) => [e.location?.text, e.location?.place])).toEqual([
      ['GUADALUPE', 'Tegucigalpa'],
      ['SUYAPA', 'Tegucigalpa'],
      ['LOS SANTOS', 'Tegucigalpa'],
    ]);
    expect(events[1]!.explain?.location?.[0]).toMatch(/place-neighbourhood-of-dateline>place-list-apart$/);
  });

  it('place-street-skip: the names of "the corner of X and Y streets" are streets, not towns', () => {
    const text = 'BUENOS AIRES, 30 MAY 89 (NA) -- [TEXT] A BOMB EXPLODED ON THE DOWNTOWN CORNER OF SARMIENTO AND SAN MARTIN STREETS, INJURING TWO PEOPLE.';
    expect(findPlaces(text).filter((p) => p.kind !== 'dateline').map((p) => p.text)).toEqual([]);
    const [e] = extract(text, { published: '1989-05-30', scope: 'terrorism', explain: true }).events;
    expect(e!.location).toMatchObject({ name: 'Buenos Aires', country_code: 'AR' });
    expect(e!.explain?.location).toEqual(['place-dateline>dateline']);
  });

  it('a phrase that is no name keeps the place before it (negatives)', () => {
    for (const text of [
      'SAN SALVADOR, 7 DEC 89 -- [TEXT] GUERRILLAS ATTACKED POSITIONS IN SOYAPANGO AND OTHER NEIGHBORHOODS.',
      'SAN SALVADOR, 7 DEC 89 -- [TEXT] GUERRILLAS ATTACKED POSITIONS IN SOYAPANGO AND SURROUNDING NEIGHBORHOODS.',
    ]) {
      const m = findPlaces(text).find((p) => p.text === 'SOYAPANGO');
      expect(m).toMatchObject({ name: 'Soyapango', precision: 'city', place: 'Soyapango' });
    }
    // one name, no list: the plural word alone after a town is no list ("IN SOYAPANGO STREETS" is read as before)
    const town = 'SAN SALVADOR, 7 DEC 89 -- [TEXT] A BOMB EXPLODED IN SOYAPANGO AND MEJICANOS, NORTH OF THE CAPITAL.';
    expect(findPlaces(town).find((p) => p.text === 'SOYAPANGO')).toMatchObject({ place: 'Soyapango', precision: 'city' });
  });
});
