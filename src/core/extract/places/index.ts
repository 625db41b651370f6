// Places: country names, admin1 regions and settlements named in the text,
// sites ("Balad airbase"), demonyms that locate ("an Iraqi airbase") and the
// dateline's place, resolved with the countries the article mentions.
// Capitals that speak for their governments ("Washington said") are skipped.
import type { Place } from '../../types.js';
import { upperRatio } from '../../text.js';
import { countryByCode, countryByDemonym, countryByName } from '../../geo/countries.js';
import { parseDateline } from '../dates/index.js';
import { lookup, type GazEntry } from './gazetteer.js';
import {
  ADMIN_AFTER,
  AMBIGUOUS,
  DEMONYM_PLACE_NOUN,
  METONYM_AFTER,
  PERSON_BEFORE,
  RELATION_BEFORE,
  SITE_AFTER,
  NOT_PLACE,
} from './lexicon.js';

/** A name ending in (or followed by) one of these is an organisation or a building, not a place. */
const ORG_WORD = /^(party|front|army|union|ministry|command|battalion|brigade|church|university|company|bank|embassy|headquarters|offices?|building|council|court|government|movement|association|federation|institute|hospital|school|station|airlines?|group|forces?|police|guard|corporation|inc|agency|newspaper|radio|television|committee|commission)$/;

export interface PlaceMention extends Place {
  rule: string;
  kind: 'place' | 'demonym' | 'dateline';
}

interface Token {
  start: number;
  end: number;
  lower: string;
  cap: boolean;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'of', 'da', 'do', 'al', 'ad', 'an', 'y']);

function tokens(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    while (/[.'’-]$/.test(w)) w = w.slice(0, -1);
    if (!w) continue;
    out.push({ start: m.index, end: m.index + w.length, lower: w.toLowerCase(), cap: /^\p{Lu}/u.test(w) });
  }
  return out;
}

function resolveCountry(code: string) {
  const c = countryByCode(code);
  return c ? { country: c.name, lat: c.lat, lon: c.lon } : { country: null, lat: null, lon: null };
}

/** Cities this large are meant whatever the article's countries (Lima, Bogotá in a Washington story). */
const WORLD_CITY = 2_000_000;

function pick(entries: GazEntry[], hints: Map<string, number>): GazEntry | null {
  if (entries.length === 0) return null;
  let best: GazEntry | null = null;
  let score = -1;
  for (const e of entries) {
    // tiers: the dateline's country, then any country the article names, then the rest;
    // population decides within a tier (Bogotá, not Bogota NJ, in a story that also names the US)
    const tier = Math.max(hints.get(e.cc) ?? 0, e.pop >= WORLD_CITY ? 2.5 : 0);
    const s = tier * 1e9 + e.pop;
    if (s > score) {
      best = e;
      score = s;
    }
  }
  return best;
}

/** Settlements smaller than this, in a country the article never names, are taken as namesakes. */
export const NAMESAKE_POPULATION = 100_000;

function biggestPopulation(name: string, cc: string): number {
  return Math.max(0, ...lookup(name).cities.filter((c) => c.cc === cc).map((c) => c.pop));
}

/** Resolve a name to a gazetteer entry, preferring the countries hinted. */
export function resolvePlace(name: string, countryHints: string[] = []): Omit<Place, 'text' | 'start' | 'end' | 'relation'> | null {
  // countryHints: the dateline's country first (given twice when there is a dateline), then the others named
  const hints = new Map<string, number>();
  countryHints.forEach((c, i) => hints.set(c, Math.max(hints.get(c) ?? 0, i < 2 && countryHints[0] === countryHints[1] ? 2 : 1)));
  const country = countryByName(name);
  if (country) return { name: country.name, place: null, admin1: null, country: country.name, country_code: country.code, lat: country.lat, lon: country.lon, precision: 'country' };
  const { cities, regions } = lookup(name);
  const city = pick(cities, hints);
  const region = pick(regions, hints);
  const useRegion = region && (!city || ((hints.get(region.cc) ?? 0) > (hints.get(city.cc) ?? 0)));
  const e = useRegion ? region! : city;
  if (!e) return null;
  const c = resolveCountry(e.cc);
  return {
    name: e.name,
    place: e.level === 'city' ? e.name : null,
    admin1: e.admin1,
    country: c.country,
    country_code: e.cc,
    lat: e.lat,
    lon: e.lon,
    precision: e.level,
  };
}

/** All place mentions of the text, in order. */
export function findPlaces(text: string): PlaceMention[] {
  const caps = upperRatio(text) > 0.8;
  const toks = tokens(text);
  const out: PlaceMention[] = [];
  // pass 1: countries and demonyms named anywhere give the article's country hints
  const hints: string[] = [];
  const dateline = parseDateline(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!caps && !t.cap) continue;
    const two = toks[i + 1] && toks[i + 1]!.start - t.end <= 1 ? `${t.lower} ${toks[i + 1]!.lower}` : null;
    const c = (two && countryByName(two)) || (t.lower.length > 3 && countryByName(t.lower)) || (t.lower.length > 3 && countryByDemonym(t.lower.replace(/^(pro|anti)-/, '')));
    if (c) hints.push(c.code);
  }
  if (dateline?.place) {
    const r = resolvePlace(dateline.place.text, hints);
    if (r) {
      hints.unshift(r.country_code!, r.country_code!);
      out.push({ ...r, relation: null, text: dateline.place.text, start: dateline.place.start, end: dateline.place.end, rule: 'place-dateline', kind: 'dateline' });
    }
  }
  const fallbackCountry = hints[0] ?? null;
  // pass 2: mentions
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (dateline && t.start < dateline.span.end && t.end > dateline.span.start) continue;
    if (!caps && !t.cap) continue;
    const before = text.slice(Math.max(0, t.start - 50), t.start);
    let matched = false;
    let unknown: PlaceMention | null = null;
    const prev = toks[i - 1];
    const afterName = !!prev && prev.cap && !caps && t.start - prev.end <= 1 && !/[.!?\n]/.test(text.slice(prev.end, t.start));
    for (let n = Math.min(5, toks.length - i); n >= 1 && !matched; n--) {
      const run = toks.slice(i, i + n);
      const last = run[n - 1]!;
      if (run.some((x, j) => j > 0 && x.start - run[j - 1]!.end > 1)) continue;
      if (n > 1 && /^(province|department|district|governorate|region|state|municipality|street|avenue|highway)$/.test(last.lower)) continue;
      if (!caps && run.some((x, j) => !x.cap && !(j > 0 && j < n - 1 && PARTICLES.has(x.lower)))) continue;
      const name = text.slice(t.start, last.end);
      const lname = name.toLowerCase();
      const relM = RELATION_BEFORE.exec(before);
      const relation = relM ? relM[1]!.toLowerCase().replace(/\s+/g, ' ') : null;
      const after = text.slice(last.end, last.end + 40);
      if (n === 1 && (AMBIGUOUS.has(lname) || lname.length < 3) && !relation) continue;
      if (PERSON_BEFORE.test(before)) continue;
      // demonym that locates: "an Iraqi airbase"
      if (n === 1) {
        const d = countryByDemonym(lname);
        if (d) {
          if (DEMONYM_PLACE_NOUN.test(after)) {
            out.push({ name: d.name, place: null, admin1: null, country: d.name, country_code: d.code, lat: d.lat, lon: d.lon, precision: 'country', relation, text: name, start: t.start, end: last.end, rule: 'place-demonym', kind: 'demonym' });
            matched = true;
          }
          continue;
        }
      }
      const country = countryByName(lname);
      if (country) {
        // without "in/near/…" a country name is an actor ("the US routinely blames"), not where something happened
        if (!relation && !ADMIN_AFTER.test(after)) {
          matched = true;
          break;
        }
        out.push({ name: country.name, place: null, admin1: null, country: country.name, country_code: country.code, lat: country.lat, lon: country.lon, precision: 'country', relation, text: name, start: t.start, end: last.end, rule: 'place-country', kind: 'place' });
        matched = true;
        break;
      }
      if (n === 1 && (lname === 'us' || lname === 'u.s')) continue;
      const adminAfter = ADMIN_AFTER.exec(after);
      const siteAfter = SITE_AFTER.exec(after);
      const r = resolvePlace(name, hints);
      const strong = !!relation || !!adminAfter || !!siteAfter || n > 1;
      if (!r) {
        // an unknown name after "in/near/at" or before "Department": a place of the article's country
        if (ORG_WORD.test(last.lower) || ORG_WORD.test((after.split(/\s+/)[1] ?? '').toLowerCase())) continue;
        if (!unknown && !caps && ((relation && /^(in|near|at|outside)/.test(relation)) || adminAfter) && fallbackCountry && !(n === 1 ? NOT_PLACE.test(t.lower) : NOT_PLACE.test(last.lower) || /^(the|a|an|his|her|their|its)$/.test(t.lower)) && !/\d/.test(name)) {
          const c = resolveCountry(fallbackCountry);
          unknown = { name, place: name, admin1: null, country: c.country, country_code: fallbackCountry, lat: null, lon: null, precision: adminAfter ? 'admin1' : 'city', relation, text: name, start: t.start, end: last.end, rule: adminAfter ? 'place-unknown-admin' : 'place-unknown-after-preposition', kind: 'place' };
        }
        continue;
      }
      if (caps && !strong) continue;
      // a small namesake abroad ("San Borja" in a Lima story is not the Bolivian town): an unlisted place of the article's country
      const mentions = (cc: string) => hints.filter((h) => h === cc).length;
      if (fallbackCountry && r.precision === 'city' && r.country_code !== fallbackCountry && mentions(r.country_code!) < mentions(fallbackCountry) && strong && biggestPopulation(name, r.country_code!) < NAMESAKE_POPULATION) {
        const c = resolveCountry(fallbackCountry);
        out.push({ name, place: name, admin1: null, country: c.country, country_code: fallbackCountry, lat: null, lon: null, precision: 'city', relation, text: name, start: t.start, end: last.end, rule: 'place-namesake-in-article-country', kind: 'place' });
        matched = true;
        break;
      }
      if (afterName && !relation) continue; // "John Kirby", "Pentagon spokesman John Kirby"
      if (NOT_PLACE.test(lname)) continue;
      if (caps && t.lower === 'the') continue; // "THE ENTRANCE", "THE BOTTOM" in upper-case wires
      if (!strong && !hints.includes(r.country_code!)) continue;
      if (!relation && METONYM_AFTER.test(after) && r.precision !== 'city') continue;
      if (!relation && METONYM_AFTER.test(after) && countryByCode(r.country_code!)?.capital?.toLowerCase().startsWith(lname)) {
        matched = true;
        break;
      }
      if (siteAfter) {
        const end = last.end + siteAfter[0].length;
        out.push({ ...r, name: text.slice(t.start, end), precision: 'site', relation, text: text.slice(t.start, end), start: t.start, end, rule: 'place-site', kind: 'place' });
      } else {
        out.push({ ...r, relation, text: name, start: t.start, end: last.end, rule: r.precision === 'admin1' ? 'place-admin1' : 'place-city', kind: 'place' });
      }
      matched = true;
    }
    if (!matched && unknown) {
      out.push(unknown);
      matched = true;
    }
    if (matched) {
      const lastOut = out[out.length - 1];
      if (lastOut && lastOut.start === t.start) while (i + 1 < toks.length && toks[i + 1]!.start < lastOut.end) i++;
    }
  }
  return out;
}
