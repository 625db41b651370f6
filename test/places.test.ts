// The places extractor: its corpus (one test per case), the AFP Balad story,
// and the span invariant over every real corpus file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from './corpus/places.js';
import { findPlaces, resolvePlace } from '../src/core/extract/places/index.js';

import { CORPUS, UNLABELED, articleFiles, title } from './helpers/corpus.js';

describe(`corpus: ${corpus.kind}`, () => {
  it('has at least 90 cases, positive and negative', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(90);
    expect(corpus.cases.filter((c) => c.negative).length).toBeGreaterThanOrEqual(25);
    for (const c of corpus.cases) if (!c.negative) expect(c.text).toContain(c.expect!.text);
  });
  for (const [i, c] of corpus.cases.entries()) {
    it(`${c.negative ? 'neg' : 'pos'} #${i + 1}: ${title(c.text)}`, () => {
      const failure = corpus.check(c);
      expect(failure, c.note ? `${failure}\nnote: ${c.note}` : (failure ?? undefined)).toBeNull();
    });
  }
});

describe('the AFP Balad story', () => {
  const file = path.join(CORPUS, 'afp/balad-airbase.txt');
  const run = fs.existsSync(file) ? it : it.skip;
  run('finds Balad airbase, Syria, and no Washington', () => {
    const text = fs.readFileSync(file, 'utf8');
    const places = findPlaces(text);
    const balad = places.find((p) => p.text === 'Balad airbase');
    expect(balad).toBeDefined();
    expect(balad).toMatchObject({ name: 'Balad airbase', place: 'Balad', admin1: 'Salah ad Din', country_code: 'IQ', precision: 'site' });
    expect(balad!.lat).toBeCloseTo(34.0, 0);
    expect(balad!.lon).toBeCloseTo(44.1, 0);
    const syria = places.find((p) => p.text === 'Syria');
    expect(syria).toMatchObject({ country_code: 'SY', precision: 'country' });
    expect(places.filter((p) => /washington/i.test(p.text))).toEqual([]);
  });
});

describe('resolvePlace', () => {
  it('prefers the hinted country, then population', () => {
    expect(resolvePlace('Balad', ['IQ'])).toMatchObject({ country_code: 'IQ', precision: 'city', place: 'Balad' });
    expect(resolvePlace('Tripoli', ['LB'])).toMatchObject({ country_code: 'LB' });
    expect(resolvePlace('Tripoli')).toMatchObject({ country_code: 'LY' });
    expect(resolvePlace('Syria')).toMatchObject({ country_code: 'SY', precision: 'country' });
    expect(resolvePlace('Xqzzyville')).toBeNull();
  });
});

describe('span invariant on the real corpora', () => {
  const files = articleFiles([path.join(CORPUS, 'afp'), path.join(CORPUS, 'muc4-tst4'), UNLABELED], /\.(txt|xhtml)$/);
  it(`holds on ${files.length} files`, () => {
    let n = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const p of findPlaces(text)) {
        n++;
        if (text.slice(p.start, p.end) !== p.text) throw new Error(`${f}: ${JSON.stringify(p)}`);
        expect(p.rule).toMatch(/^place-/);
      }
    }
    expect(n).toBeGreaterThan(0);
  }, 120_000);
});

describe('a national capital over its namesakes', () => {
  it('"killed in San Salvador" in a Madrid wire is El Salvador\'s capital, not the Spanish village', () => {
    const text = 'Madrid (Spain), 18 Nov 89 (EFE) -- The delegation that will attend the funerals of the Jesuits who were killed in San Salvador left today.';
    const m = findPlaces(text).find((p) => p.text === 'San Salvador')!;
    expect(m).toMatchObject({ country_code: 'SV', place: 'San Salvador', start: text.indexOf('San Salvador'), rule: 'place-city' });
  });
  it('a namesake the text qualifies stays (negative)', () => {
    const text = 'Madrid (Spain), 18 Nov 89 (EFE) -- Two bombs exploded in San Salvador, Hidalgo, on Friday.';
    expect(findPlaces(text).find((p) => p.text === 'San Salvador')).toMatchObject({ country_code: 'MX', admin1: 'Hidalgo' });
  });
});

describe('place-caps-common-word', () => {
  it('upper-case words that GeoNames also has as towns are not namesakes of the dateline country', () => {
    const text = 'GUATEMALA CITY, 14 FEB 89 (EFE) -- THERE WAS AN ATTACK ON THE VILLAGE OF POCHUTA, AND THE GUERRILLAS BURNED THE GARRISON.';
    const found = findPlaces(text).map((p) => p.text);
    expect(found).toContain('POCHUTA');
    expect(found).not.toContain('THE VILLAGE');
    expect(found).not.toContain('GARRISON');
  });
});

describe('fallback country of unknown places', () => {
  it('is the country named most by name (a Beirut-datelined Syria story), not by adjectives', () => {
    const syria = 'BEIRUT, Feb 26, 2025 (AFP) - A landmine killed four truffle hunters in Syria on Tuesday. Syria has seen many such deaths. The mine exploded near Al-Busayrah in Syria.';
    expect(findPlaces(syria).find((p) => p.text === 'Al-Busayrah')?.country_code).toBe('SY');
    const kherson = 'KHERSON, Ukraine, Nov 28, 2024 (AFP) - Russian shelling killed two people. Russian troops fired on the city. Russian shells hit a bus stop near Korabelny, said officials in Ukraine.';
    expect(findPlaces(kherson).find((p) => p.text === 'Korabelny')?.country_code).toBe('UA');
  });
});

describe('gazetteer index (sorted key lines, parsed on look-up)', () => {
  it('finds a name whatever its case and accents, with its fields', async () => {
    const { lookup } = await import('../src/core/extract/places/gazetteer.js');
    const sp = lookup('sao paulo');
    expect(sp.cities.map((c) => [c.name, c.cc, c.admin1, c.level, c.seat])).toEqual([['São Paulo', 'BR', 'São Paulo', 'city', true]]);
    expect(sp.cities[0]!.pop).toBeGreaterThan(10_000_000);
    expect(lookup('SÃO PAULO')).toEqual(sp);
    expect(lookup('Bogota').cities[0]).toMatchObject({ name: 'Bogotá', cc: 'CO', lat: 4.6097, lon: -74.0817 });
  });
  it('keeps a region under its short, full and bare names', async () => {
    const { lookup } = await import('../src/core/extract/places/gazetteer.js');
    for (const n of ['Al Anbar', 'Anbar']) expect(lookup(n).regions.map((r) => [r.name, r.cc, r.level])).toEqual([['Al Anbar', 'IQ', 'admin1']]);
  });
  it('misses cleanly, and knows the seat of a region', async () => {
    const { lookup, seatOf } = await import('../src/core/extract/places/gazetteer.js');
    expect(lookup('Xyzzy Qux')).toEqual({ cities: [], regions: [] });
    expect(lookup('')).toEqual({ cities: [], regions: [] });
    expect(seatOf('CO', 'Caquetá')).toMatchObject({ name: 'Florencia', seat: true });
    expect(seatOf('CO', 'caqueta')?.name).toBe('Florencia');
  });
  it('writes one sorted line per key, alt names included, and the seats in its header', async () => {
    const { buildIndex } = await import('../src/core/extract/places/gazetteer.js');
    const tiny = buildIndex({ cities: [['Ab City', 'XX', 'Reg', 1, 2, 3000, 'Abcity', 1], ['Zed', 'XX', null, 0, 0, 1000, '', 0]], regions: [['Reg', 'Reg Province', 'XX', null, null]] });
    const lines = tiny.index.split('\n');
    expect(JSON.parse(lines[0]!).seats).toEqual([['XX:reg', 'Ab City|XX|Reg|1|2|3000|1']]);
    expect(lines.slice(1).map((l) => l.split('\t')[0])).toEqual(['ab city', 'abcity', 'reg', 'reg province', 'zed']);
    expect(tiny.words.split('\n')).toEqual(['ab', 'abcity', 'city', 'province', 'reg', 'zed']);
  });
  it('knows the words of its names, for upper-case n-grams', async () => {
    const { inSomeName, lookupHit } = await import('../src/core/extract/places/gazetteer.js');
    expect(['SALVADOR', 'san', 'Bogotá', 'BOGOTA', 'ANBAR'].map(inSomeName)).toEqual([true, true, true, true, true]);
    expect(['COMMUNIQUE', 'xyzzy', ''].map(inSomeName)).toEqual([false, false, false]);
    expect(['SAN SALVADOR', 'san salvador'].map(lookupHit)).toEqual([true, true]);
    expect(['SAN SALVADOR GUERRILLAS', 'SAN', 'zzzz'].map(lookupHit)).toEqual([false, true, false]);
  });
});

describe('place-structure-skip', () => {
  it('a name before Bridge/Hill names the structure; the town after it is the place (offsets and text)', () => {
    const text = 'San Salvador, 25 Aug 88 -- Corporal Alexander Molina Granados was killed as he was trying to defuse a mine placed by the insurgents on La Noria Bridge, in San Marcos Lempa.';
    const found = findPlaces(text);
    expect(found.map((p) => p.text)).toEqual(['San Salvador', 'San Marcos Lempa']);
    const town = found[1]!;
    expect(town).toMatchObject({ name: 'San Marcos Lempa', country_code: 'SV', precision: 'city', relation: 'in', start: text.indexOf('San Marcos Lempa'), end: text.indexOf('San Marcos Lempa') + 16 });
    expect(text.slice(town.start, town.end)).toBe(town.text);
  });
  it('keeps a known town before a structure noun as a site', () => {
    const text = 'Bogota, 3 Oct 88 -- The guerrillas dynamited the Puente Nacional Bridge near Barbosa.';
    const site = findPlaces(text).find((p) => p.rule === 'place-site')!;
    expect(site).toMatchObject({ text: 'Puente Nacional Bridge', place: 'Puente Nacional', country_code: 'CO', start: 49, end: 71 });
    expect(text.slice(site.start, site.end)).toBe(site.text);
  });
});

describe('place-source-seat-skip', () => {
  it('skips the seat of a newspaper and its country, and keeps the place after it (offsets and text)', () => {
    const text = 'According to the newspaper LA PRENSA, of Managua, Nicaragua, guerrillas attacked a post in Jinotega.';
    const found = findPlaces(text);
    expect(found.map((p) => [p.text, p.start, p.end, p.name, p.country_code, p.relation])).toEqual([['Jinotega', 91, 99, 'Jinotega', 'NI', 'in']]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Jinotega');
  });
  it('skips "the Madrid daily El Pais"', () => {
    const text = 'Lima, 3 Oct 88 -- According to the Madrid daily El Pais, the attack was carried out in Ayacucho.';
    const found = findPlaces(text);
    expect(found.map((p) => [p.text, p.start, p.end, p.rule])).toEqual([
      ['Lima', 0, 4, 'place-dateline'],
      ['Ayacucho', 87, 95, 'place-city'],
    ]);
  });
});

describe('place-destination-skip', () => {
  it('drops the destination of "taken to", keeps the place of the deed (offsets and text)', () => {
    const text = 'Gunmen seized five aid workers in Mandera, Kenya, and took them to Somalia.';
    const found = findPlaces(text);
    expect(found.map((p) => [p.text, p.start, p.end, p.country_code, p.relation])).toEqual([
      ['Mandera', 34, 41, 'KE', 'in'],
      ['Kenya', 43, 48, 'KE', 'in'],
    ]);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('place-destination-skip on a demonym', () => {
  it('"taken to Nicaraguan territory" gives no Nicaragua (TST4-MUC4-0038)', () => {
    const text = 'Tegucigalpa, 15 Oct 88 (EL HERALDO) -- On 21 August 1988, EPS soldiers kidnapped Honduran citizens Rosalio Mejia Rodriguez and her son, who were taken to Nicaraguan territory.';
    const found = findPlaces(text);
    expect(found.map((p) => [p.text, p.start, p.end, p.country_code, p.kind])).toEqual([['Tegucigalpa', 0, 11, 'HN', 'dateline']]);
  });
});
