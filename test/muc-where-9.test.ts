// MUC location slots (muc-where-9): `demonym-of-region-skip`, widened: a demonym that names the language something is said or
// broadcast in ("[REPORTER, IN ENGLISH]", "RADIO VENCEREMOS IN SPANISH TO EL SALVADOR") is no mention of its country:
// no hint for resolving names, no weight for `location-article-country`. Values, spans, rules, negatives.
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../src/core/extract/places/index.js';
import { DEMONYM_OF_REGION } from '../src/core/extract/places/lexicon.js';
import { run as coded } from './helpers/run.js';
import { ARTICLE_COUNTRY } from '../src/core/refine/location.js';
import type { RuleFiring } from '../src/core/types.js';

const run = (text: string) => coded(text, { published: null }).res;

describe('demonym-of-region-skip: the language of a speaker tag weighs for no country', () => {
  const conference =
    'SAN SALVADOR, 12 MAR 90 (DOMESTIC SERVICE) -- [NEWS CONFERENCE WITH PRESIDENT ALFREDO CRISTIANI BY REPORTERS] [TEXT]  ' +
    '[REPORTER, IN ENGLISH] MR PRESIDENT, WHAT ABOUT THE DIALOGUE?  ' +
    '[CRISTIANI, IN ENGLISH] WE ARE READY FOR IT.  ' +
    '[REPORTER, IN ENGLISH] AND THE ATTACKS?  ' +
    '[CRISTIANI, IN ENGLISH] A BOMB EXPLODED YESTERDAY AT A POWER STATION, KILLING TWO GUARDS.';

  it('four "[…, IN ENGLISH]" tags: the dateline\'s San Salvador, not the United Kingdom', () => {
    const [e] = run(conference).events;
    expect(e).toBeDefined();
    expect(e!.location?.country_code).toBe('SV');
    expect(e!.location?.name).toBe('San Salvador');
    expect(e!.explain?.location?.join()).not.toContain(ARTICLE_COUNTRY.name);
    expect(conference.slice(e!.location!.start!, e!.location!.end!)).toBe(e!.location!.text);
  });

  it('the tags are traced as the rule\'s rejects, with their spans', () => {
    const trace: RuleFiring[] = [];
    findPlaces(conference, trace);
    const skips = trace.filter((t) => t.rule === DEMONYM_OF_REGION.name);
    expect(skips).toHaveLength(4);
    expect(skips.every((t) => t.action === 'reject' && t.text === 'ENGLISH' && conference.slice(t.start, t.end) === t.text)).toBe(true);
    expect(skips[0]!.start).toBe(conference.indexOf('ENGLISH'));
  });

  it('a broadcast "IN SPANISH TO EL SALVADOR AT 0000 GMT" is no mention of Spain', () => {
    const text =
      'CLANDESTINE, 29 NOV 89 (RADIO VENCEREMOS) -- [TEXT] RADIO VENCEREMOS IN SPANISH TO EL SALVADOR AT 0000 GMT ON 29 NOVEMBER.  ' +
      'THE GUERRILLAS ATTACKED THE ARMY POST IN SAN MIGUEL YESTERDAY.';
    const trace: RuleFiring[] = [];
    const places = findPlaces(text, trace);
    expect(trace.filter((t) => t.rule === DEMONYM_OF_REGION.name).map((t) => t.text)).toEqual(['SPANISH']);
    expect(places.find((p) => p.text === 'SAN MIGUEL')).toMatchObject({ country_code: 'SV' });
  });
});

describe('demonym-of-region-skip, a language: negatives', () => {
  it('"IN SALVADORAN TERRITORY" is El Salvador: a noun after the demonym', () => {
    const text =
      'PANAMA CITY (PANAMA), 17 NOV 89 (LA REPUBLICA) -- [TEXT] THE PRIESTS WERE MURDERED YESTERDAY IN SALVADORAN TERRITORY, ' +
      'THE SALVADORAN CHURCH SAID.';
    const trace: RuleFiring[] = [];
    findPlaces(text, trace);
    expect(trace.filter((t) => t.rule === DEMONYM_OF_REGION.name)).toEqual([]);
    const [e] = run(text).events;
    expect(e!.location?.country_code).toBe('SV');
    expect(e!.location?.start).toBe(text.indexOf('SALVADORAN'));
    expect(e!.explain?.location).toEqual(['place-demonym']);
  });

  it('a demonym with no "in" before it, at a stop, still names its country ("THE DELEGATION WAS SPANISH.")', () => {
    const text = 'MADRID, 3 MAR 90 (EFE) -- [TEXT] A BOMB EXPLODED IN THE EMBASSY.  THE DELEGATION WAS SPANISH.';
    const trace: RuleFiring[] = [];
    findPlaces(text, trace);
    expect(trace.filter((t) => t.rule === DEMONYM_OF_REGION.name)).toEqual([]);
  });

  it('the record\'s language pattern reads the words after the demonym', () => {
    expect(DEMONYM_OF_REGION.language.after.test('] I THINK')).toBe(true);
    expect(DEMONYM_OF_REGION.language.after.test(' TO EL SALVADOR AT 0000 GMT')).toBe(true);
    expect(DEMONYM_OF_REGION.language.after.test(' TERRITORY, THE CHURCH SAID')).toBe(false);
    expect(DEMONYM_OF_REGION.language.after.test(' ARMY UNITS')).toBe(false);
  });
});

describe('place-demonym: "the Peruvian capital" is the capital city', () => {
  it('"IN THE PERUVIAN CAPITAL" in a Moscow wire: Lima, the span "PERUVIAN CAPITAL"', () => {
    const text =
      'MOSCOW (USSR), 26 OCT 89 (DOMESTIC SERVICE) -- [TEXT] TERRORIST ACTS WERE CARRIED OUT ON WEDNESDAY EVENING IN THE PERUVIAN CAPITAL ' +
      'AGAINST THE EMBASSY OF THE USSR.  A BOMB WAS PLACED UNDER A CAR.';
    const p = findPlaces(text).find((x) => x.rule === 'place-demonym');
    expect(p).toMatchObject({ name: 'Lima', country_code: 'PE', precision: 'city', text: 'PERUVIAN CAPITAL', kind: 'place' });
    expect(text.slice(p!.start, p!.end)).toBe(p!.text);
    const [e] = run(text).events;
    expect(e!.location?.name).toBe('Lima');
    expect(e!.location?.text).toBe('PERUVIAN CAPITAL');
    expect(e!.explain?.location).toEqual(['place-demonym']);
  });

  it('"A SALVADORAN AIR BASE" stays the country (negative: no capital)', () => {
    const text = 'SAN JOSE (COSTA RICA), 3 MAR 90 (AFP) -- [TEXT] GUERRILLAS ATTACKED A SALVADORAN AIR BASE YESTERDAY.';
    const p = findPlaces(text).find((x) => x.rule === 'place-demonym');
    expect(p).toMatchObject({ name: 'El Salvador', precision: 'country', text: 'SALVADORAN', kind: 'demonym' });
  });
});
