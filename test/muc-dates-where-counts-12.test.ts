// Location and count slots (muc-dates-where-counts-12): a sentence between an incident's own is next to them (a site of
// its city told there); "X state" is the region; "the town of X" the town; the street word after a name is no town;
// "the X area of CITY" is a site of the city, "the CITY neighborhood of X" no site of the dateline's; an incident sentence naming another year gives
// way to the others for the place; counts.tally reads a singular past period. Values, spans, rules and negatives.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { findPlaces } from '../src/core/extract/places/index.js';
import { COUNT_LAYER_RULES } from '../src/core/extract/counts/layer-rules.js';

const run = (text: string, scope?: string) => extract(text, { explain: true, ...(scope ? { scope } : {}) });

describe('location-site-of-city-nearby: a sentence between two of the incident\'s own', () => {
  const text = '   MEDELLIN, 11 SEP 89 (EFE) -- [TEXT] PABLO PELAEZ GONZALES, 45, A FORMER MAYOR OF MEDELLIN, WAS MURDERED TODAY BY GUNMEN WHO FIRED SEVEN SHOTS AT HIM, SAID MEDICAL SOURCES AT GENERAL HOSPITAL, WHERE THE VICTIM WAS TAKEN AFTER THE ATTACK.\n\n   PELAEZ GONZALEZ WAS INTERCEPTED BY SEVERAL UNIDENTIFIED INDIVIDUALS WHILE ENROUTE TO HIS OFFICE FROM HIS HOME IN THE EL POBLADO NEIGHBORHOOD IN SOUTHERN MEDELLIN, COLOMBIA\'S SECOND LARGEST CITY.\n\n   THE ATTACK TOOK PLACE AT APPROXIMATELY 0845 (1345 GMT) WHEN, ACCORDING TO WITNESSES, AT LEAST THREE UNIDENTIFIED INDIVIDUALS FIRED FROM VARIOUS ANGLES AT PELAEZ\' VEHICLE.';
  it('"… WAS MURDERED TODAY …  … FROM HIS HOME IN THE EL POBLADO NEIGHBORHOOD IN SOUTHERN MEDELLIN.  THE ATTACK TOOK PLACE …": El Poblado, place Medellín', () => {
    const e = run(text, 'terrorism').events[0]!;
    expect([e.location?.name, e.location?.place, e.location?.precision]).toEqual(['El Poblado', 'Medellín', 'site']);
    expect(text.slice(e.location!.start!, e.location!.end!)).toBe('EL POBLADO');
    expect(e.explain?.location?.at(-1)).toMatch(/location-site-of-city-nearby$/);
  });
  it('not a site of another city in the sentence between', () => {
    const other = text.replace('IN SOUTHERN MEDELLIN', 'IN SOUTHERN CALI');
    const e = run(other, 'terrorism').events[0]!;
    expect(e.location?.name).toBe('Medellín');
  });
});

describe('places: "X state", "the town of X", the street word, a part of a city told first', () => {
  it('"in northwest Nigeria\'s Kaduna state": the region Kaduna, not the city', () => {
    const text = 'Gunmen abducted 15 pupils from a primary school in northwest Nigeria\'s Kaduna state on Sunday, police said.';
    const p = findPlaces(text).find((x) => x.text === 'Kaduna')!;
    expect([p.precision, p.admin1, p.place]).toEqual(['admin1', 'Kaduna', null]);
    // without the word, the city
    const city = findPlaces('Gunmen abducted 15 pupils from a primary school in Kaduna on Sunday, police said.').find((x) => x.text === 'Kaduna')!;
    expect([city.precision, city.place]).toEqual(['city', 'Kaduna']);
  });
  it('"the Islamic State group": no region of an unknown name', () => {
    const ps = findPlaces('A bomb exploded in the market, and the Islamic State group claimed it.');
    expect(ps.some((x) => x.text === 'Islamic')).toBe(false);
  });
  it('"the southern Ukrainian city of Kharkiv": the city, not the region; "the department of Meta" stays the region', () => {
    const p = findPlaces('A missile killed three people in the northeastern Ukrainian city of Kharkiv on Thursday.').find((x) => x.text === 'Kharkiv')!;
    expect([p.precision, p.place]).toEqual(['city', 'Kharkiv']);
    expect(p.rule).toBe('place-district-of');
  });
  it('"a stabbing in Church Street": no town Street; "in the street" is no street name either way', () => {
    const text = 'CROYDON, 29 September 2024 — Police were called to reports of a stabbing in Church Street in Croydon.';
    const ps = findPlaces(text);
    expect(ps.some((x) => x.text === 'Street')).toBe(false);
    expect(ps.some((x) => x.text === 'Croydon' && x.kind === 'place')).toBe(true);
  });
  it('"in the Abu Shouk area of El Fasher": Abu Shouk, a site of El Fasher', () => {
    const text = 'At least eight children were killed on Sunday when shells struck a crowded market in the Abu Shouk area of El Fasher, North Darfur.';
    const p = findPlaces(text).find((x) => x.text === 'Abu Shouk')!;
    expect([p.precision, p.place, p.country_code]).toEqual(['site', 'El Fasher', 'SD']);
    expect(p.rule).toMatch(/place-neighbourhood-of-city$/);
  });
  it('"BOGOTA … in the Medellin neighborhood of Belencito": Medellin stays a city, no site of the dateline\'s Bogota', () => {
    const p = findPlaces('BOGOTA, Feb 4, 2024 (AFP) - Gunmen shot two men in the Medellin neighborhood of Belencito on Friday.').find((x) => x.text === 'Medellin')!;
    expect([p.precision, p.place, p.rule]).toEqual(['city', 'Medellín', 'place-city']);
    // the dateline record still makes a neighbourhood with no "of" a site of the dateline city
    const q = findPlaces('SAN SALVADOR, 7 DEC 89 -- [TEXT] GUERRILLAS OPENED FIRE ON TWO HELICOPTERS IN ESCALON NEIGHBORHOOD.').find((x) => x.text === 'ESCALON')!;
    expect([q.precision, q.place]).toEqual(['site', 'San Salvador']);
  });
});

describe('location: an incident sentence that names another year gives way', () => {
  it('"… a school in Kaduna state …  The abduction revived memories of the 2014 kidnapping of 276 schoolgirls from Chibok": not Chibok', () => {
    const text = 'KADUNA, Mar 8, 2024 (AFP) - Gunmen stormed a school in northwest Nigeria\'s Kaduna state on Thursday and abducted more than 200 pupils, residents said.\n\nThe attackers arrived at the school in Kuriga, a farming town in Chikun district, shortly after morning assembly.\n\nThe abduction revived painful memories of the 2014 kidnapping of 276 schoolgirls from Chibok by Boko Haram jihadists.';
    const e = run(text).events.find((x) => x.type === 'abduction')!;
    expect(e.location?.name).not.toBe('Chibok');
    expect(e.location?.name).toBe('Kuriga');
    expect(text.slice(e.location!.start!, e.location!.end!)).toBe('Kuriga');
  });
});

describe('counts.tally: a singular past period', () => {
  const tally = COUNT_LAYER_RULES.find((r) => r.name === 'counts.tally')!;
  it('"has killed twelve people in the region over the past week" is cued; a figure of the night is not a tally', () => {
    const text = 'LIMA, 12 DEC 89 (EFE) -- [TEXT] A BOMB EXPLODED AT A BANK IN LIMA TODAY AND KILLED TWO PEOPLE.  THE SHINING PATH HAS KILLED 12 PEOPLE IN THE REGION OVER THE PAST WEEK.';
    const e = run(text, 'terrorism').events[0]!;
    expect([e.killed?.value, e.killed?.text]).toEqual([2, 'KILLED TWO PEOPLE']);
    expect(tally.cue.test('the shining path has killed 12 people in the region over the past week.')).toBe(true);
  });
});
