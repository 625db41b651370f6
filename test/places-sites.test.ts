// place-known-site (landmarks the gazetteer does not list, placed in their
// city) and country names broken over lines ("EL\nSALVADOR").
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/core/extract/places/index.js';
import { countryByName } from '../src/core/geo/countries.js';
import { extract } from '../src/core/index.js';

describe('place-known-site', () => {
  it('the Central American University is a site of San Salvador, span and rule', () => {
    const text = 'SAN SALVADOR, 18 NOV 89 (EFE) -- [TEXT] THE SIX JESUITS WERE RIDDLED WITH BULLETS AT THE CENTRAL AMERICAN UNIVERSITY ON 16 NOVEMBER.';
    const site = findPlaces(text).find((p) => p.rule === 'place-known-site')!;
    const start = text.indexOf('CENTRAL AMERICAN UNIVERSITY');
    expect(site).toMatchObject({ name: 'Central American University', place: 'San Salvador', admin1: 'San Salvador', country_code: 'SV', precision: 'site', relation: 'at', start, end: start + 27 });
    expect(text.slice(site.start, site.end)).toBe(site.text);
    // the incident is placed at the site, in its city (a gold "San Salvador" matches its place)
    const [e] = extract(text, { published: '1989-11-18', explain: true }).events;
    expect(e!.location).toMatchObject({ name: 'Central American University', place: 'San Salvador', country_code: 'SV', text: 'CENTRAL AMERICAN UNIVERSITY', start });
    expect(e!.explain?.location).toEqual(['place-known-site']);
  });

  it('an acronym takes the full name; a spelled-out name stays as written, in title case', () => {
    const uca = 'SAN SALVADOR, 18 NOV 89 -- [TEXT] SOLDIERS SEARCHED THE UCA CAMPUS.';
    expect(findPlaces(uca).find((p) => p.text === 'UCA')).toMatchObject({ name: 'Central American University', place: 'San Salvador', start: uca.indexOf('UCA'), rule: 'place-known-site' });
    const ues = 'SAN SALVADOR, 18 NOV 89 -- [TEXT] A BOMB EXPLODED AT THE EL SALVADOR UNIVERSITY TODAY.';
    const m = findPlaces(ues).filter((p) => p.kind === 'place');
    // the country inside the site's name gives way to the site
    expect(m.map((p) => [p.text, p.name, p.place, p.precision, p.rule])).toEqual([['EL SALVADOR UNIVERSITY', 'El Salvador University', 'San Salvador', 'site', 'place-known-site']]);
  });

  it('an airport the gazetteer does not list is in its municipality and department', () => {
    const text = 'MEDELLIN, 3 SEP 89 -- [TEXT] A BOMB EXPLODED AT JOSE MARIA CORDOBA AIRPORT.';
    expect(findPlaces(text).find((p) => p.rule === 'place-known-site')).toMatchObject({ name: 'Jose Maria Cordoba Airport', place: 'Rionegro', admin1: 'Antioquia', country_code: 'CO', relation: 'at' });
  });

  it('is no acronym in lower case, nor another university (negatives)', () => {
    expect(findPlaces('Fishermen drowned in the uca river near Iquitos.').filter((p) => p.rule === 'place-known-site')).toEqual([]);
    const other = 'BOGOTA, 3 SEP 89 -- [TEXT] A BOMB EXPLODED AT THE NATIONAL UNIVERSITY.';
    expect(findPlaces(other).filter((p) => p.rule === 'place-known-site')).toEqual([]);
  });
});

describe('a country name broken over lines', () => {
  it('is the country, not a namesake town ("EL\\nSALVADOR" is not El Salvador, Jalisco)', () => {
    expect(countryByName('EL\nSALVADOR')?.code).toBe('SV');
    const text = 'MEXICO CITY (MEXICO), 18 NOV 89 (THE NEWS) -- [TEXT] MEXICO BITTERLY\nCONDEMNED FRIDAY THE ASSASSINATION OF SIX JESUIT PRIESTS THURSDAY IN EL\nSALVADOR, SAID A COMMUNIQUE.';
    const p = findPlaces(text).find((x) => x.text === 'EL\nSALVADOR')!;
    expect(p).toMatchObject({ name: 'El Salvador', country_code: 'SV', precision: 'country', rule: 'place-country', start: text.indexOf('EL\nSALVADOR') });
  });

  it('a name that is no country stays none (negative)', () => {
    expect(countryByName('EL\nPASO')).toBeNull();
  });
});

describe('place-neighbourhood-of-city', () => {
  it('a neighbourhood the text places in a named city is a site of that city, span and rule', () => {
    const text = 'Bogota, 3 Sep 89 -- He was kidnapped at his home in the El Poblado neighborhood in southern Medellin, police said.';
    const p = findPlaces(text).find((x) => x.text === 'El Poblado')!;
    expect(p).toMatchObject({ name: 'El Poblado', place: 'Medellín', admin1: 'Antioquia', country_code: 'CO', precision: 'site', start: text.indexOf('El Poblado'), end: text.indexOf('El Poblado') + 10 });
    expect(p.rule).toBe('place-unknown-after-preposition>place-neighbourhood-of-city');
    expect(p.lat).toBeCloseTo(6.25, 1);
  });

  it('a namesake abroad takes the named city\'s country ("San Francisco neighborhood in southwest San Salvador")', () => {
    const text = 'SAN SALVADOR, 24 FEB 90 -- [TEXT] HE WAS MACHINEGUNNED WHILE LEAVING HIS HOME, LOCATED IN THE LUXURIOUS SAN FRANCISCO NEIGHBORHOOD IN SOUTHWEST SAN SALVADOR.';
    const [e] = extract(text, { published: '1990-02-24', explain: true }).events;
    expect(e!.location).toMatchObject({ name: 'San Francisco', place: 'San Salvador', country_code: 'SV', precision: 'site', text: 'SAN FRANCISCO', start: text.indexOf('SAN FRANCISCO') });
    expect(e!.explain?.location).toEqual(['place-city>place-neighbourhood-of-city']);
  });

  it('no locality word, or no settlement after it, leaves the place as it was (negatives)', () => {
    const list = 'Bogota, 3 Sep 89 -- Rebels attacked posts in Soyapango and Mejicanos.';
    expect(findPlaces(list).filter((p) => p.rule.includes('place-neighbourhood-of-city'))).toEqual([]);
    // no city named after it: only the rule's dateline record places it, in the dateline's city
    const none = 'Bogota, 3 Sep 89 -- A bomb exploded in the Teusaquillo neighborhood, north of the center.';
    expect(findPlaces(none).filter((p) => p.rule.includes('place-neighbourhood-of-city')).map((p) => [p.text, p.place, p.rule])).toEqual([['Teusaquillo', 'Bogotá', 'place-unknown-after-preposition>place-neighbourhood-of-city']]);
  });
});

describe('demonym-of-region-skip', () => {
  const story = (demonyms: string) =>
    `CLANDESTINE, 1 AUG 89 (RADIO VENCEREMOS) -- [TEXT] THE ${demonyms} BISHOPS CONDEMNED THE ATTACK BY THE SALVADORAN ARMY.  GUERRILLAS SABOTAGED THE POWER LINES IN ESCALON.`;

  it('"Latin American" is no mention of the United States: Escalon is a place of El Salvador, not the Californian town', () => {
    const text = story('LATIN AMERICAN AND CENTRAL AMERICAN');
    const trace: import('../src/core/types.js').RuleFiring[] = [];
    const places = findPlaces(text, trace);
    expect(places.find((p) => p.text === 'ESCALON')).toMatchObject({ country_code: 'SV', lat: null, rule: 'place-locality-in-article-country' });
    const skips = trace.filter((t) => t.rule === 'demonym-of-region-skip');
    expect(skips.map((t) => [t.text, t.start])).toEqual([
      ['AMERICAN', text.indexOf('AMERICAN')],
      ['AMERICAN', text.indexOf('AMERICAN', text.indexOf('CENTRAL'))],
    ]);
    for (const t of skips) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('a demonym on its own still hints its country (negative)', () => {
    const text = story('AMERICAN');
    const trace: import('../src/core/types.js').RuleFiring[] = [];
    expect(findPlaces(text, trace).find((p) => p.text === 'ESCALON')).toMatchObject({ country_code: 'US', admin1: 'California' });
    expect(trace.filter((t) => t.rule === 'demonym-of-region-skip')).toEqual([]);
  });
});
