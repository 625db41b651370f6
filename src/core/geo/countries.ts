// Countries, their names, alternative spellings, demonyms and capitals, from
// the `world-countries` package (ODbL data, shipped with the package).
// Loaded once, lazily, into a compact index. Pure after loading: no file is
// read by extraction code beyond this package's own JSON through require.
import { createRequire } from 'node:module';
import { NAME_WORD } from '../text.js';
import { COUNTRY_EXTRA_NAMES, DEMONYM_EXTRA } from './countries.lexicon.js';

export interface Country {
  code: string; // ISO 3166-1 alpha-2
  name: string; // common English name
  capital: string | null;
  lat: number | null;
  lon: number | null;
}

interface Index {
  byCode: Map<string, Country>;
  /** lower-case name or alt spelling → code */
  byName: Map<string, string>;
  /** lower-case demonym ("iraqi", "iranian", "american") → code */
  byDemonym: Map<string, string>;
}

let index: Index | null = null;

interface RawCountry {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings?: string[];
  latlng?: [number, number];
  demonyms?: { eng?: { f: string; m: string } };
}

function load(): Index {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const raw = require('world-countries/dist/countries.json') as RawCountry[];
  const byCode = new Map<string, Country>();
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  for (const c of raw) {
    const code = c.cca2;
    byCode.set(code, {
      code,
      name: c.name.common,
      capital: c.capital?.[0] ?? null,
      lat: c.latlng?.[0] ?? null,
      lon: c.latlng?.[1] ?? null,
    });
    const names = [c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((s) => s.length > 3)];
    for (const n of names) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), code);
    const d = c.demonyms?.eng;
    if (d) {
      for (const w of [d.m, d.f]) if (w && !byDemonym.has(w.toLowerCase())) byDemonym.set(w.toLowerCase(), code);
    }
  }
  for (const [name, code] of Object.entries(COUNTRY_EXTRA_NAMES)) byName.set(name, code);
  for (const [dem, code] of Object.entries(DEMONYM_EXTRA)) byDemonym.set(dem, code);
  index = { byCode, byName, byDemonym };
  return index;
}

/** Country by ISO alpha-2 code. */
export function countryByCode(code: string): Country | null {
  return load().byCode.get(code.toUpperCase()) ?? null;
}

/** Country by a name or alternative spelling, any case ("Iraq", "IRAQ", "the United States"). */
export function countryByName(name: string): Country | null {
  // (a name broken over lines, "EL\nSALVADOR", is the same name)
  const key = name.toLowerCase().replace(/\s+/g, ' ').replace(/^the\s+/, '').trim();
  const code = load().byName.get(key);
  return code ? countryByCode(code) : null;
}

let nameWords: Set<string> | null = null;

/** Whether some country name has this word, any case (a cheap test before countryByName on many n-grams). */
export function inSomeCountryName(word: string): boolean {
  if (!nameWords) {
    nameWords = new Set(['the']);
    for (const k of load().byName.keys()) for (const w of k.match(NAME_WORD) ?? []) nameWords.add(w);
  }
  return nameWords.has(word.toLowerCase());
}

/** Country of a demonym or nationality adjective, any case ("Iraqi", "pro-Iranian" → give "Iranian"). */
export function countryByDemonym(word: string): Country | null {
  const code = load().byDemonym.get(word.toLowerCase());
  return code ? countryByCode(code) : null;
}

/** Every country name and demonym key (lower case), for building matchers. */
export function countryKeys(): { names: string[]; demonyms: string[] } {
  const i = load();
  return { names: [...i.byName.keys()], demonyms: [...i.byDemonym.keys()] };
}
