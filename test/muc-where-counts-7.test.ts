// MUC-4 location, date, killed, wounded and weapons slots (branch muc-where-counts-7): places named in a list before the
// plural word of their kind (places/lexicon.ts listHead).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { findPlaces } from '../src/core/extract/places/index.js';
import { LIST_KIND, listHead } from '../src/core/extract/places/lexicon.js';
import { findCasualties } from '../src/core/extract/counts/index.js';

describe('listHead: a list of names before the plural word of their kind', () => {
  it('place-neighbourhood-of-city: each neighbourhood of "the X and Y neighborhoods" is a site of the dateline city', () => {
    const text = 'SAN SALVADOR, 7 DEC 89 -- [TEXT] GUERRILLAS BLEW UP POWER LINES IN THE ESCALON AND SAN BENITO NEIGHBORHOODS.';
    const found = findPlaces(text);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    const escalon = found.find((p) => p.text === 'ESCALON');
    // (not Escalon, California: the word after the list says what its names are)
    expect(escalon).toMatchObject({ country_code: 'SV', place: 'San Salvador', precision: 'site', start: text.indexOf('ESCALON') });
    expect(escalon!.rule).toMatch(/>place-neighbourhood-of-city$/);
    const [e] = extract(text, { published: '1989-12-07', scope: 'terrorism', explain: true }).events;
    expect(e!.location).toMatchObject({ name: 'Escalon', country_code: 'SV', place: 'San Salvador' });
  });

  it('a list of three, commas and "and": the first name read past the list', () => {
    const text = 'SAN SALVADOR, 7 DEC 89 -- [TEXT] BOMBS EXPLODED IN ESCALON, SAN BENITO, AND MERLIOT NEIGHBORHOODS.';
    const m = findPlaces(text).find((p) => p.text === 'ESCALON');
    expect(m).toMatchObject({ country_code: 'SV', place: 'San Salvador', precision: 'site', start: text.indexOf('ESCALON') });
    expect(m!.rule).toMatch(/>place-neighbourhood-of-city$/);
    // (a town's parts are read past a list only at the dateline's city: a name with a large namesake abroad keeps it,
    // "GUADALUPE, SUYAPA, AND LOS SANTOS NEIGHBORHOODS" of a Tegucigalpa wire is still Guadalupe, Mexico)
    const abroad = 'TEGUCIGALPA, 7 DEC 89 -- [TEXT] BOMBS EXPLODED IN GUADALUPE, SUYAPA, AND LOS SANTOS NEIGHBORHOODS.';
    expect(findPlaces(abroad).find((p) => p.text === 'LOS SANTOS')).toMatchObject({ country_code: 'HN', place: 'Tegucigalpa', precision: 'site' });
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

describe('listHead on its own', () => {
  it('skips the rest of a list of capitalized names before the plural word', () => {
    expect(listHead(' and San Martin streets, in the center')).toBe(' streets, in the center');
    expect(listHead(', SAN BENITO, AND MERLIOT NEIGHBORHOODS.', LIST_KIND.parts)).toBe(' NEIGHBORHOODS.');
  });
  it('leaves words that are no list of names (negatives)', () => {
    for (const t of [' AND OTHER NEIGHBORHOODS', ' and energy streets', ' AND SURROUNDING NEIGHBORHOODS', ' AND MEJICANOS, NORTH OF THE CAPITAL'])
      expect(listHead(t, LIST_KIND.parts)).toBe(t);
    // (a town's parts are no street: the default kind is streets)
    expect(listHead(' AND SAN BENITO NEIGHBORHOODS')).toBe(' AND SAN BENITO NEIGHBORHOODS');
  });
});

describe('counts: a later group of a victim list may take a possessive', () => {
  it('counts.killing_of: "six Jesuit priests and their two employees" is eight', () => {
    const text = 'COL GUILLERMO ALFREDO BENAVIDES, PRIMARY PERSON IMPLICATED IN THE MURDER OF SIX JESUIT PRIESTS AND THEIR TWO EMPLOYEES, WAS REMOVED TODAY.';
    const c = findCasualties(text).filter((x) => x.kind === 'killed');
    expect(c.map((x) => [x.value, x.rule, text.slice(x.start, x.end) === x.text])).toEqual([[8, 'counts.killing_of', true]]);
  });
  it('a later group with no figure ends the list (negative)', () => {
    const text = 'THE MURDER OF SIX JESUIT PRIESTS AND THEIR HOUSEKEEPER SHOCKED THE COUNTRY.';
    expect(findCasualties(text).filter((x) => x.kind === 'killed').map((x) => x.value)).toEqual([6]);
  });
});
