// A region named beside a place (places/lexicon.ts REGION_BESIDE), unknown names that are no places
// (UNKNOWN_NOT_PLACE), and the choice of an event's place when its sentences name none
// (refine/location.ts, roles.ts REPORT_PLACE_RULES).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { findPlaces, type PlaceMention } from '../src/core/extract/places/index.js';

/** The mention whose span reads `span`, with the span invariant checked. */
function mention(text: string, span: string): PlaceMention {
  const found = findPlaces(text);
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  const m = found.find((x) => x.text === span);
  expect(m, `no mention "${span}" in ${JSON.stringify(found.map((x) => x.text))}`).toBeDefined();
  expect(m!.start).toBe(text.indexOf(span));
  return m!;
}

describe('a region beside a place picks the entry and fills admin1', () => {
  it('"Hays (Al Hudaydah)" is the Yemeni Hays, not Kansas', () => {
    const m = mention('Houthi forces shelled Hays (Al Hudaydah), killing a child.', 'Hays');
    expect(m).toMatchObject({ country_code: 'YE', admin1: 'Al Hudaydah', precision: 'city', rule: 'place-region-bracket' });
    expect(m.lat).toBeCloseTo(13.93, 1);
  });

  it('"Hays, Kansas" stays in Kansas (negative: the same name with another region)', () => {
    expect(mention('Guerrillas attacked Hays, Kansas.', 'Hays')).toMatchObject({ country_code: 'US', admin1: 'Kansas', rule: 'place-qualified' });
  });

  it('"near Terter (Tartar)" is in Azerbaijan though the article says "Armenian"', () => {
    const m = mention('Armenian forces fired on positions near Terter (Tartar).', 'Terter');
    expect(m).toMatchObject({ country_code: 'AZ', admin1: 'Tartar', relation: 'near', rule: 'place-region-bracket' });
  });

  it('ACLED notes: "Nikopol (Nikopolskyi, Dnipropetrovsk)" takes the last of the bracket as admin1', () => {
    const m = mention('On 9 November 2023, Russian forces shelled Nikopol (Nikopolskyi, Dnipropetrovsk) with heavy artillery.', 'Nikopol');
    expect(m).toMatchObject({ country_code: 'UA', admin1: 'Dnipropetrovsk', place: 'Nikopol', rule: 'place-region-bracket' });
  });

  it('"Andar district, Ghazni province": an unlisted district gets the province as admin1', () => {
    const m = mention('A Taliban attack in Andar district, Ghazni province killed 3 police officers.', 'Andar');
    expect(m).toMatchObject({ name: 'Andar', country_code: 'AF', admin1: 'Ghazni', precision: 'city', relation: 'in', rule: 'place-region-after-locality>place-region-unknown' });
    expect(m.lat).toBeNull();
  });

  it('"in Maiwand district, Kandahar province" the same way', () => {
    expect(mention('Gunmen killed two farmers in Maiwand district, Kandahar province, on Monday.', 'Maiwand')).toMatchObject({ country_code: 'AF', admin1: 'Kandahar' });
  });

  it('a province before another province is not qualified by it (negative)', () => {
    const m = mention('Fighting spread in Kandahar province, Helmand province and Ghazni.', 'Kandahar');
    expect(m).toMatchObject({ country_code: 'AF', admin1: 'Kandahar', precision: 'admin1', rule: 'place-admin1' });
  });

  it('"Santa Maria del Valle, Huanuco Department" is a Peruvian place, not the Mexican namesake', () => {
    const text = 'Lima, 11 Mar 89 -- Terrorists murdered four members of a family in Santa Maria del Valle, Huanuco Department.';
    expect(mention(text, 'Santa Maria del Valle')).toMatchObject({ country_code: 'PE', admin1: 'Huanuco', lat: null, rule: 'place-qualified>place-region-unknown' });
  });

  it('"Tecoluca, in San Vicente department": the Salvadoran entry, with the department the text names as admin1', () => {
    const m = mention('Rebels attacked the town of Tecoluca, in San Vicente department.', 'Tecoluca');
    expect(m).toMatchObject({ country_code: 'SV', admin1: 'San Vicente', place: 'Tecoluca', rule: 'place-qualified>place-region-admin1' });
    expect(m.lat).not.toBeNull();
  });

  it('"Atlanta, Georgia" is the US state, "Jos, Plateau State" the Nigerian Plateau: the region that has the name', () => {
    expect(mention('A deputy was shot dead in Atlanta, Georgia, on Monday.', 'Atlanta')).toMatchObject({ country_code: 'US', admin1: 'Georgia' });
    expect(mention('Gunmen killed two people in Jos, Plateau State.', 'Jos')).toMatchObject({ country_code: 'NG', rule: 'place-qualified' });
  });

  it('a bracket that is no region leaves the place alone (negative)', () => {
    const found = findPlaces('Soldiers said Suchitoto (FMLN) was quiet; a bomb exploded in Suchitoto.');
    expect(found.filter((m) => m.rule.startsWith('place-region'))).toEqual([]);
  });

  it('a name written across a line break is found ("SAN\\nSALVADOR")', () => {
    const text = 'THE MURDER WAS CARRIED OUT EARLY THIS MORNING IN SAN\nSALVADOR.';
    const m = findPlaces(text).find((x) => x.start === text.indexOf('SAN'));
    expect(m).toMatchObject({ country_code: 'SV', text: 'SAN\nSALVADOR', rule: 'place-city' });
  });

  it('keeps the written spelling where the gazetteer only adds transliteration marks', () => {
    expect(mention('Fighting near Debre Markos (Amhara) killed 4.', 'Debre Markos')).toMatchObject({ name: 'Debre Markos', place: 'Debre Mark’os', admin1: 'Amhara', country_code: 'ET' });
  });
});

describe('unknown names that are no places', () => {
  const unknown = (text: string) => findPlaces(text).filter((m) => m.kind === 'place' && m.lat === null && m.precision !== 'country');
  it('place-modifier-skip: "the Xolotlan soda shop", "the UCA campus"', () => {
    expect(unknown('San Salvador, 9 Jun 89 -- A bomb was thrown at the Xolotlan soda shop.')).toEqual([]);
    expect(unknown('San Salvador, 9 Jun 89 -- Four bombs went off inside the Uca campus.')).toEqual([]);
  });
  it('place-expansion-skip: an acronym spelled out in brackets', () => {
    expect(unknown('San Salvador, 9 Jun 89 -- A car bomb exploded outside the Fensatras [Salvadoran Workers National Union Federation] building.')).toEqual([]);
  });
  it('place-world-region-skip and place-the-word-skip', () => {
    expect(unknown('Quito, 9 Jun 89 -- Both were a nuisance to U.S. plans in Latin America.')).toEqual([]);
    expect(unknown('San Salvador, 9 Jun 89 -- Two policemen were killed in the Controntation, which took place at night.')).toEqual([]);
  });
  it('keeps an unknown neighbourhood or sector (negative)', () => {
    const text = 'Bogota, 9 Jun 89 -- One of the explosions occurred in the Palo Quemado sector.';
    // (a sector of the dateline's city: place-neighbourhood-of-city gives it Bogotá's coordinates)
    const m = findPlaces(text).filter((x) => x.kind === 'place').map((x) => [x.text, x.country_code, x.place, x.rule]);
    expect(m).toEqual([['Palo Quemado', 'CO', 'Bogotá', 'place-unknown-after-preposition>place-neighbourhood-of-city']]);
  });
});

describe('the place of an event', () => {
  const loc = (text: string, published = '1989-11-18') => extract(text, { published, explain: true }).events.map((e) => [e.location?.name ?? null, e.location?.country_code ?? null, e.explain?.location]);

  it('location-article-country: a dateline abroad gives way to the country the article\'s places are in', () => {
    const text = 'HAVANA, 18 NOV 89 (RADIO REBELDE) -- Six Jesuit priests were murdered by uniformed men on 16 November. The rector spoke on the radio. The bishop wept. Church leaders in El Salvador demanded an inquiry, and students marched in San Salvador.';
    const e = extract(text, { published: '1989-11-18', explain: true }).events[0]!;
    // (since muc-where-when-6: the country's most-named listed city, where the body names one; else the country)
    expect([e.location?.name, e.location?.country_code, e.explain?.location]).toEqual(['San Salvador', 'SV', ['location-article-country']]);
    // the span is the city's name where the body places it
    expect(e.location).toMatchObject({ text: 'San Salvador', start: text.indexOf('San Salvador'), precision: 'city' });
  });

  it('location-article-country: the body\'s demonyms count; a dateline country named as often keeps the dateline', () => {
    // a Nicaraguan voice in a Managua wire, about Salvadoran victims and a Salvadoran army: El Salvador
    const abroad = 'MANAGUA, 18 NOV 89 (RADIO SANDINO) -- The Nicaraguan charge d\'affaires said the Salvadoran army murdered the priests. The rector spoke on the radio. The bishop wept. Salvadoran church leaders demanded an inquiry.';
    expect(loc(abroad)[0]!.slice(1)).toEqual(['SV', ['location-article-country']]);
    // as many Nicaraguan mentions as Salvadoran ones: the dateline stands (negative)
    const tie = 'MANAGUA, 18 NOV 89 (RADIO SANDINO) -- The Nicaraguan charge d\'affaires said the Salvadoran army murdered the priests. The rector spoke on the radio. The bishop wept. Nicaraguan church leaders demanded an inquiry.';
    expect(loc(tie)[0]!).toEqual(['Managua', 'NI', ['place-dateline>dateline']]);
  });

  it('location-nearby-sentence: a sentence next to the incident\'s says where, not the dateline', () => {
    const text = 'LIMA, 30 MAR 89 (EFE) -- A cargo train was derailed before dawn today after hitting a dynamite charge. Inspector Eulogio Flores died in the explosion. The police reported that the incident took place past midnight in the Huancayo area.';
    const e = extract(text, { published: '1989-03-30', explain: true }).events[0]!;
    expect(e.explain?.location).toEqual(['place-city>location-nearby-sentence']);
    expect(e.location).toMatchObject({ name: 'Huancayo', country_code: 'PE', text: 'Huancayo', start: text.indexOf('Huancayo') });
  });

  it('location-nearby-sentence: another incident\'s sentence between them blocks it (negative)', () => {
    const text = 'LIMA, 30 MAR 89 (EFE) -- A bomb exploded at a bank today. Guerrillas also burned a bus in Huancayo.';
    const [bomb, bus] = extract(text, { published: '1989-03-30', explain: true }).events;
    expect(bomb!.explain?.location).toEqual(['place-dateline>dateline']);
    expect(bomb!.location?.name).toBe('Lima');
    expect(bus!.location?.name).toBe('Huancayo');
  });

  it('keeps a dateline whose country the story names by a place or an actor (negatives)', () => {
    const home = 'SAN SALVADOR, 18 NOV 89 (ACAN-EFE) -- Six Jesuit priests were murdered on 16 November, and the Salvadoran army denied any role. Church leaders in Rome demanded an inquiry.';
    expect(loc(home)).toEqual([['San Salvador', 'SV', ['place-dateline>dateline']]]);
    const named = 'HAVANA, 18 NOV 89 (RADIO REBELDE) -- Six Jesuit priests were murdered by uniformed men on 16 November. The Cuban government condemned it, and students marched in San Salvador.';
    expect(loc(named)[0]!.slice(0, 2)).toEqual(['Havana', 'CU']);
  });

  it('location-nearby-sentence: a sentence that names another year tells another time (negative)', () => {
    const text = 'PEMBA, Mozambique, Sept 20, 2023 (AFP) - It was the third attack on the highway this month, officials said. The insurgency began in October 2017 in the coastal town of Mocimboa da Praia.';
    const [e] = extract(text, { published: '2023-09-20', explain: true }).events;
    expect(e!.explain?.location).toEqual(['place-dateline>dateline']);
    expect(e!.location?.name).toBe('Pemba');
  });

  it('place-neighbourhood-of-city: an unlisted neighbourhood is a site of the dateline\'s city', () => {
    const text = 'SAN SALVADOR, 7 DEC 89 (ACAN-EFE) -- Urban commandos opened fire on two helicopters in the Zacamil neighborhood today.';
    const m = findPlaces(text).find((p) => p.text === 'Zacamil')!;
    expect(m).toMatchObject({ name: 'Zacamil', place: 'San Salvador', country_code: 'SV', precision: 'site', start: text.indexOf('Zacamil'), rule: 'place-unknown-after-preposition>place-neighbourhood-of-city' });
    // the event's location matches a gold "San Salvador" by its place, a gold "Zacamil" by its name
    const [e] = extract(text, { published: '1989-12-07', explain: true }).events;
    expect(e!.location).toMatchObject({ name: 'Zacamil', place: 'San Salvador' });
  });

  it('place-neighbourhood-of-city: not a district, not a dateline of another country (negatives)', () => {
    const district = 'SAN SALVADOR, 7 DEC 89 (ACAN-EFE) -- Urban commandos opened fire on two helicopters in the Zacamil district today.';
    expect(findPlaces(district).find((p) => p.text === 'Zacamil')).toMatchObject({ place: 'Zacamil', precision: 'city', lat: null });
    const abroad = 'MANAGUA, 7 DEC 89 (ACAN-EFE) -- In El Salvador, urban commandos opened fire on two helicopters in the Zacamil neighborhood today.';
    expect(findPlaces(abroad).find((p) => p.text === 'Zacamil')?.place).not.toBe('Managua');
  });

  it('other-place-skip: where the police reported is not where it happened', () => {
    const text = 'LIMA, 25 JAN 89 (TELAM) -- Police authorities reported today in Lima that yesterday Shining Path terrorists burned the offices of the Agrarian Bank.';
    expect(loc(text, '1989-01-25')).toEqual([['Lima', 'PE', ['place-dateline>dateline']]]);
    const away = 'BOGOTA, 25 JAN 89 (EFE) -- Police authorities reported today in Lima that yesterday Shining Path terrorists burned the offices of the Agrarian Bank.';
    expect(loc(away, '1989-01-25')[0]![2]).not.toEqual(['place-city']);
  });

  it('a passive "were reported in" stays the event\'s place (negative)', () => {
    const text = 'Two bombs exploded and several attacks were reported in Huancayo on Tuesday.';
    expect(loc(text, '1989-01-25')[0]!.slice(0, 2)).toEqual(['Huancayo', 'PE']);
  });
});
