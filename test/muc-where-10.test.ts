// muc-where-10: place names of upper-case wires that are English words too (truecase.ts TRUECASE_PLACE_RULES and
// Spanish name phrases), sites in the city named after them, destinations, exonyms of the gazetteer, a capitalised
// preposition at a sentence's start, and an unlisted district of a listed town.
import { describe, expect, it } from 'vitest';
import { truecase, TRUECASE_PLACE_RULES } from '../src/core/lang/truecase.js';
import { findPlaces, resolvePlace } from '../src/core/extract/places/index.js';
import { extract } from '../src/core/index.js';

describe('TRUECASE_PLACE_RULES', () => {
  for (const r of TRUECASE_PLACE_RULES) {
    it(`${r.name}: its examples`, () => {
      for (const [caps, cased] of r.examples.pos) expect(truecase(caps)).toBe(cased);
      // a negative keeps every word the rule would read lower case, as the rules-less truecase writes it
      for (const caps of r.examples.neg) expect(truecase(caps)).toBe(truecase(caps, undefined, []));
    });
  }

  it('a place noun, a compass adjective and a month are never capitalised by a rule', () => {
    expect(truecase('IN THE NORTHEASTERN DEPARTMENT OF CABANAS.')).toBe(truecase('IN THE NORTHEASTERN DEPARTMENT OF CABANAS.', undefined, []).replace('cabanas', 'Cabanas'));
    expect(truecase('LA NACION OF 21 MARCH, SEINELDIN SAID')).toBe(truecase('LA NACION OF 21 MARCH, SEINELDIN SAID', undefined, []));
  });

  it('a Spanish name the gazetteer has whole: SAN/CIUDAD/PUERTO … or joined by DE/DEL; one opening with an article only after a preposition and before a stop', () => {
    expect(truecase('IN CIUDAD BARRIOS IN THE DEPARTMENT OF')).toBe('In Ciudad Barrios in the department of');
    expect(truecase('ON THE ROAD BETWEEN VINA DEL MAR AND QUILPUE.')).toBe('On the road between Vina del Mar and Quilpue.');
    expect(truecase('IN THE AREA KNOWN AS CORRAL DE PIEDRA, GUANCORITA CANTON')).toBe('In the area known as Corral de Piedra, Guancorita canton');
    // negatives: an article's phrase, an English word before DE with no name the gazetteer has
    expect(truecase('HE SAID EL PUEBLO WILL WIN.')).toBe('He said el pueblo will win.');
    expect(truecase('THE COUP DE GRACE WAS GIVEN')).toBe('The coup de grace was given');
  });

  it('a place word and a Spanish adjective are a name together ("BARRIO ALTO"), an adjective alone is none', () => {
    expect(truecase('HE WAS ATTACKED AT HIS OFFICE AT BARRIO ALTO.')).toBe('He was attacked at his office at Barrio Alto.');
    expect(truecase('PRICES WERE ALTO AND THE MESA OF THE HILL WAS DRY')).toBe('Prices were alto and the mesa of the hill was dry');
  });

  it('the town of an upper-case wire is the incident\'s place, with its span', () => {
    const text = 'LIMA, 12 MAR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED LAST NIGHT IN THE TOWN OF BARRANCA, 200 KM NORTH OF LIMA, KILLING TWO PEOPLE.';
    const [e] = extract(text, { published: '1990-03-12', scope: 'terrorism', explain: true }).events;
    const start = text.indexOf('BARRANCA');
    expect(e!.location).toMatchObject({ name: 'Barranca', country_code: 'PE', text: 'BARRANCA', start, end: start + 8 });
    expect(text.slice(e!.location!.start, e!.location!.end)).toBe(e!.location!.text);
  });
});

describe('places', () => {
  it('a site "in" a city named after it is a site of that city, whatever its own entry (place-neighbourhood-of-city)', () => {
    const text = 'SAN SALVADOR, 2 Jun 90 -- The rebels attacked the San Carlos barracks in San Salvador.';
    const site = findPlaces(text).find((p) => p.start === text.indexOf('San Carlos'))!;
    expect(site).toMatchObject({ name: 'San Carlos barracks', text: 'San Carlos barracks', place: 'San Salvador', country_code: 'SV', precision: 'site', rule: 'place-site>place-neighbourhood-of-city' });
    // a town "in" a city stays the town when the gazetteer lists it (negative)
    const town = findPlaces('A bomb exploded in Soyapango in San Salvador department.').find((p) => p.text === 'Soyapango')!;
    expect(town).toMatchObject({ precision: 'city', place: 'Soyapango' });
  });

  it('an unlisted place before "shelter, located in" a city is a site of it', () => {
    const text = 'SAN SALVADOR, 2 DEC 89 -- SOME 50 REFUGEES IN THE SAN ROQUE SHELTER, LOCATED IN SOUTHERN SAN SALVADOR, WERE ATTACKED.';
    const p = findPlaces(truecase(text)).find((x) => x.start === text.indexOf('SAN ROQUE'));
    expect(p).toMatchObject({ place: 'San Salvador', precision: 'site', rule: expect.stringContaining('place-neighbourhood-of-city') });
  });

  it('where people were heading is no place of the incident (place-destination-skip); where they were is', () => {
    const on = findPlaces('The two were kidnapped while on their way to Cobán.').map((p) => p.text);
    expect(on).toEqual([]);
    const heading = findPlaces('Gunmen ambushed the convoy heading to Kismayo.').map((p) => p.text);
    expect(heading).toEqual([]);
    expect(findPlaces('Gunmen ambushed the convoy in Kismayo.').map((p) => p.text)).toEqual(['Kismayo']);
  });

  it('English names of places the gazetteer knows by their own (place-alias)', () => {
    expect(resolvePlace('Geneva', [])).toMatchObject({ country_code: 'CH' });
    expect(resolvePlace('North Kivu', [])).toMatchObject({ country_code: 'CD', precision: 'admin1' });
    expect(resolvePlace('Cologne', [])).toMatchObject({ name: 'Cologne', country_code: 'DE' });
    // a US Geneva still where the story is American (negative of the world-city tier: hints decide)
    expect(resolvePlace('Geneva', ['US', 'US'])).toMatchObject({ country_code: 'US' });
  });

  it('a capitalised preposition at a sentence\'s start opens no name', () => {
    const text = 'The occupiers shelled 11 settlements of Kharkiv region. In Kupiansk district, a woman was wounded.';
    const p = findPlaces(text).find((x) => x.text.includes('Kupiansk'))!;
    expect(p).toMatchObject({ text: 'Kupiansk', start: text.indexOf('Kupiansk'), country_code: 'UA' });
    // a name that starts with a word of the same spelling stays whole ("The Hague" is no preposition's)
    expect(findPlaces('Judges met in The Hague.').some((x) => x.text === 'Hague' || x.text === 'The Hague')).toBe(true);
  });

  it('an unlisted district beside a listed town is a site of the town (location-unlisted-locality)', () => {
    const text = 'KHARKIV, 21 November 2024 — On Wednesday evening, Russian forces struck Kharkiv with two guided aerial bombs, hitting a residential area of the Kyivskyi district. Three people were killed.';
    const [e] = extract(text, { published: '2024-11-21', explain: true }).events;
    const start = text.indexOf('Kyivskyi');
    expect(e!.location).toMatchObject({ name: 'Kyivskyi', place: 'Kharkiv', precision: 'site', country_code: 'UA', text: 'Kyivskyi', start });
    expect(e!.explain?.location?.[0]).toContain('location-unlisted-locality');
  });
});
