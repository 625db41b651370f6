// Places read in the story's country: the country its places point to
// (place-story-country-of-places), localities before "neighborhood"/"canton"
// (place-locality-in-article-country), a dateline capital over a small
// namesake (place-dateline-capital), the municipalities GeoNames leaves out
// (place-extra-settlement), places inside a named city, and meeting places.
import { describe, expect, it } from 'vitest';
import { findPlaces, type PlaceMention } from '../src/core/extract/places/index.js';
import { lookup } from '../src/core/extract/places/gazetteer.js';
import { extract } from '../src/core/index.js';

const at = (text: string, name: string, from = 0): PlaceMention => {
  const start = text.indexOf(name, from);
  const p = findPlaces(text).find((x) => x.start === start);
  expect(p, name).toBeDefined();
  expect(text.slice(p!.start, p!.end)).toBe(p!.text);
  return p!;
};

describe('place-story-country-of-places', () => {
  const text =
    'CLANDESTINE, 13 NOV 89 (RADIO VENCEREMOS) -- [TEXT] A RAILROAD BRIDGE BETWEEN TIERRA BLANCA AND JIQUILISCO HAS BEEN DESTROYED.  A SOLDIER FIRED AT A WOMAN IN ZACATECOLUCA.  REVOLUTIONARY FIGHTING IS TAKING PLACE IN SANTA ANA.';

  it('an article naming no country reads an ambiguous name in the country its other places are only in', () => {
    const p = at(text, 'SANTA ANA');
    expect(p).toMatchObject({ name: 'Santa Ana', place: 'Santa Ana', admin1: 'Santa Ana', country_code: 'SV', precision: 'city', end: text.indexOf('SANTA ANA') + 9 });
    expect(p.rule).toBe('place-city>place-story-country-of-places');
    // a name read in that country already is not relabelled
    expect(at(text, 'ZACATECOLUCA')).toMatchObject({ country_code: 'SV', rule: 'place-city' });
  });

  it('places of many countries alike give no story country (negative)', () => {
    const none = 'CLANDESTINE, 1 AUG 89 (RADIO VENCEREMOS) -- [TEXT] GUERRILLA COLUMNS ATTACKED POSITIONS IN SAN RAMON AND IN SAN BENITO.';
    expect(findPlaces(none).filter((p) => p.rule.includes('place-story-country-of-places'))).toEqual([]);
  });

  it('a country the article names decides instead (negative)', () => {
    const named = 'CLANDESTINE, 13 NOV 89 (RADIO VENCEREMOS) -- [TEXT] FIGHTING IN ZACATECOLUCA AND JIQUILISCO.  A FIRE IN SANTA ANA, CALIFORNIA, IN THE UNITED STATES.';
    expect(at(named, 'SANTA ANA')).toMatchObject({ country_code: 'US', admin1: 'California' });
    expect(findPlaces(named).filter((p) => p.rule.includes('place-story-country-of-places'))).toEqual([]);
  });
});

describe('place-locality-in-article-country', () => {
  it('a canton of a Salvadoran story is Salvadoran, not the Dominican capital', () => {
    const text = 'SAN SALVADOR, 14 MAR 89 (CANAL DOCE TELEVISION) -- [TEXT] TWO MEMBERS OF THE SANTO DOMINGO CANTON CIVIL DEFENSE WERE ABDUCTED BY THE REBELS IN PANAMA.';
    const p = at(text, 'SANTO DOMINGO');
    expect(p).toMatchObject({ country_code: 'SV', precision: 'city', text: 'SANTO DOMINGO', rule: 'place-locality-in-article-country' });
  });

  it('a neighbourhood of the dateline city, however large its namesake abroad', () => {
    const text = 'SAN SALVADOR, 26 APR 89 (EL DIARIO DE HOY) -- [TEXT] HE WAS KILLED BY A BOMB AT AN INTERSECTION IN SAN MIGUELITO NEIGHBORHOOD, NORTH OF THE CAPITAL, SAID A PANAMA RADIO.';
    const p = at(text, 'SAN MIGUELITO');
    expect(p).toMatchObject({ place: 'San Salvador', country_code: 'SV', precision: 'site' });
    expect(p.rule).toBe('place-locality-in-article-country>place-neighbourhood-of-city');
  });

  it('no locality word: the namesake abroad stands (negative)', () => {
    const text = 'SAN SALVADOR, 26 APR 89 -- [TEXT] THE MINISTER TRAVELLED TO SAN MIGUELITO, PANAMA.';
    const p = at(text, 'SAN MIGUELITO');
    expect(p.country_code).toBe('PA');
    expect(p.rule).not.toContain('place-locality-in-article-country');
  });

  it('an ambiguous word before a locality word is a place ("of Dolores neighborhood")', () => {
    const text = 'SAN SALVADOR, 14 MAR 89 (CANAL DOCE TELEVISION) -- [TEXT] URBAN COMMANDOS DESTROYED A TRUCK ON THE MAIN ROAD OF DOLORES NEIGHBORHOOD.';
    const p = at(text, 'DOLORES');
    expect(p).toMatchObject({ place: 'San Salvador', country_code: 'SV', precision: 'site' });
    expect(p.rule).toMatch(/>place-neighbourhood-of-city$/);
    // without the locality word it is a word
    const bare = 'SAN SALVADOR, 14 MAR 89 -- [TEXT] DOLORES SAID THE TRUCK WAS DESTROYED.';
    expect(findPlaces(bare).filter((x) => x.text === 'DOLORES')).toEqual([]);
  });
});

describe('place-dateline-capital', () => {
  it('a dateline capital over a small namesake of the country the story names', () => {
    const text = 'SAN JOSE, 17 OCT 89 (DPA) -- [TEXT] NO CEASE-FIRE AGREEMENT WAS REACHED BETWEEN THE FMLN AND THE SALVADORAN GOVERNMENT.';
    const d = findPlaces(text).find((p) => p.kind === 'dateline')!;
    expect(d).toMatchObject({ name: 'San José', country_code: 'CR', text: 'SAN JOSE', start: 0, end: 8, rule: 'place-dateline-capital' });
  });

  it('a dateline city large in the story\'s country stays (negative)', () => {
    const d = findPlaces('SAN SALVADOR, 17 OCT 89 (DPA) -- [TEXT] THE TALKS IN COSTA RICA ENDED.').find((p) => p.kind === 'dateline')!;
    expect(d).toMatchObject({ name: 'San Salvador', country_code: 'SV', rule: 'place-dateline' });
  });
});

describe('place-extra-settlement', () => {
  it('municipalities GeoNames leaves out are in the gazetteer, their department as admin1', () => {
    expect(lookup('Arcatao').cities.map((c) => [c.name, c.cc, c.admin1, c.pop])).toEqual([['Arcatao', 'SV', 'Chalatenango', 0]]);
    expect(lookup('Ilobasco').cities.find((c) => c.cc === 'SV')).toMatchObject({ name: 'Ilobasco', admin1: 'Cabañas' });
    // a town the sources list is not added twice
    expect(lookup('Soyapango').cities.filter((c) => c.cc === 'SV')).toHaveLength(1);
  });

  it('a Salvadoran story reads Arcatao in Chalatenango, not as a place of the country named most', () => {
    const text = 'CLANDESTINE, 25 AUG 89 (RADIO FARABUNDO MARTI) -- [TEXT] A HONDURAN ARMY PATROL ENTERED SALVADORAN TERRITORY.  HONDURAN TROOPS HAVE RAIDED HOMES IN ARCATAO.  HONDURAN PRESIDENT JOSE AZCONA WAS SILENT.';
    expect(at(text, 'ARCATAO')).toMatchObject({ name: 'Arcatao', admin1: 'Chalatenango', country_code: 'SV', precision: 'city', rule: 'place-city' });
  });

  it("Lima's districts are Peruvian towns: Villa El Salvador is no place of El Salvador", () => {
    const text = 'Lima, 7 May 89 (Television Peruana) -- [Excerpt] Three individuals shot him in front of his drugstore in the Villa El Salvador district.';
    expect(at(text, 'Villa El Salvador')).toMatchObject({ name: 'Villa El Salvador', place: 'Villa El Salvador', admin1: 'Lima', country_code: 'PE', precision: 'city', relation: 'in', rule: 'place-city' });
  });

  it('a pop-0 entry does not win without the story pointing to its country (negative)', () => {
    // Santo Domingo, San Vicente is added; a story with no country hint still reads the Dominican capital
    const text = 'Officials met in Santo Domingo on Tuesday.';
    expect(at(text, 'Santo Domingo').country_code).toBe('DO');
  });
});

describe('a place inside a named city', () => {
  it('place-neighbourhood-of-city: "NEIGHBORHOOD IN THE WESTERN SECTION OF SAN SALVADOR"', () => {
    const text = 'SAN SALVADOR, 12 JAN 89 -- [TEXT] THE OFFICES ARE LOCATED IN THE SAN JOSE NEIGHBORHOOD IN THE WESTERN SECTION OF SAN SALVADOR.';
    const p = at(text, 'SAN JOSE');
    expect(p).toMatchObject({ place: 'San Salvador', admin1: 'San Salvador', country_code: 'SV', precision: 'site' });
    expect(p.rule).toMatch(/>place-neighbourhood-of-city$/);
  });

  it('place-neighbourhood-of-city: an unlisted name in a listed town is a site of it; a listed town stays a town', () => {
    const text = 'San Salvador, 12 Nov 89 -- Troops fought rebels in Prados de Venecia in Soyapango and in Mejicanos in San Salvador.';
    const p = at(text, 'Prados de Venecia');
    expect(p).toMatchObject({ name: 'Prados de Venecia', place: 'Soyapango', country_code: 'SV', precision: 'site', rule: 'place-unknown-after-preposition>place-neighbourhood-of-city' });
    expect(at(text, 'Mejicanos')).toMatchObject({ place: 'Mejicanos', precision: 'city', rule: 'place-city' });
  });
});

describe('other-place-skip (talks)', () => {
  it('the city that names talks is not where the incident happened; the skip is traced with its span', () => {
    const text = 'SAN SALVADOR, 5 NOV 89 (AFP) -- [TEXT] A BOMB EXPLODED AT A BANK TODAY, THE POLICE REPORTED.  THE ARCHBISHOP DOUBTED THE SAN JOSE TALKS WILL SUCCEED.';
    const r = extract(text, { published: '1989-11-05', explain: true });
    expect(r.events[0]!.location).toMatchObject({ name: 'San Salvador', country_code: 'SV' });
    const skip = r.trace!.find((t) => t.rule === 'other-place-skip')!;
    expect(skip).toMatchObject({ action: 'reject', text: 'SAN JOSE', start: text.indexOf('SAN JOSE'), end: text.indexOf('SAN JOSE') + 8 });
  });

  it('a bomb in Caracas stays in Caracas (negative)', () => {
    const text = 'SAN SALVADOR, 5 NOV 89 (AFP) -- [TEXT] A BOMB EXPLODED AT A BANK IN CARACAS TODAY, THE POLICE REPORTED.';
    const r = extract(text, { published: '1989-11-05', explain: true });
    expect(r.events[0]!.location).toMatchObject({ name: 'Caracas', country_code: 'VE', text: 'CARACAS', start: text.indexOf('CARACAS') });
    expect(r.trace!.filter((t) => t.rule === 'other-place-skip')).toEqual([]);
  });
});

describe('place-surname-skip', () => {
  it("a town's name that is a person's surname in the text is no place, and the skip is traced", () => {
    const text = 'GUATEMALA CITY, 13 JAN 90 (ACAN-EFE) -- [TEXT] THE KILLERS OF GILDA FLORES WERE NOT FOUND. POLICE SAID OQUELI AND FLORES WERE HEADING TO THE AIRPORT.';
    const trace: { rule: string; text: string; start: number; end: number }[] = [];
    const found = findPlaces(text, trace as never);
    expect(found.filter((p) => p.text === 'FLORES')).toEqual([]);
    const second = text.indexOf('FLORES', text.indexOf('OQUELI'));
    expect(trace.find((t) => t.rule === 'place-surname-skip' && t.start === second)).toMatchObject({ text: 'FLORES', end: second + 6 });
  });

  it('a region beside the name keeps the town (negative)', () => {
    const text = 'GUATEMALA CITY, 13 JAN 90 -- [TEXT] JOSE FLORES WAS KILLED IN FLORES, PETEN.';
    expect(at(text, 'FLORES', text.indexOf('IN FLORES'))).toMatchObject({ name: 'Flores', admin1: 'Petén', country_code: 'GT' });
  });
});
