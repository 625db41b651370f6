// Places: country names, admin1 regions and settlements named in the text,
// sites ("Balad airbase"), demonyms that locate ("an Iraqi airbase") and the
// dateline's place, resolved with the countries the article mentions.
// Capitals that speak for their governments ("Washington said") are skipped.
import type { Place } from '../../types.js';
import { NAME_WORD, upperRatio } from '../../text.js';
import { countryByCode, countryByDemonym, countryByName, inSomeCountryName } from '../../geo/countries.js';
import { parseDateline } from '../dates/index.js';
import { inSomeName, key, lookup, lookupHit, seatOf, type GazEntry } from './gazetteer.js';
import {
  ADMIN_AFTER,
  DATELINE_FALLBACK,
  DATELINE_NOT_PLACE,
  DISTRICT_OF,
  LOCALITY_AFTER,
  OF_BEFORE,
  ORG_WORD,
  RUN_STOP,
  AMBIGUOUS,
  DEMONYM_PLACE_NOUN,
  METONYM_AFTER,
  PERSON_BEFORE,
  RELATION_BEFORE,
  SITE_AFTER,
  NOT_PLACE,
  RANGE_BEFORE,
  CAPITAL_OF_BEFORE,
  SETTLEMENT_OF_AFTER,
  CAPS_COMMON_WORDS,
  SETTLEMENT_NAMED_BEFORE,
  STREET_AFTER,
  STRUCTURE_AFTER,
  SOURCE_SEAT_BEFORE,
  SOURCE_SEAT_AFTER,
  DESTINATION_BEFORE,
  SPEAKER_AFTER,
  REGION_BESIDE,
  REGION_ADMIN1,
  REGION_UNKNOWN,
  UNKNOWN_NOT_PLACE,
  WORLD_REGION,
  NEIGHBOURHOOD_OF_DATELINE,
} from './lexicon.js';


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

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'of', 'the', 'da', 'do', 'al', 'ad', 'an', 'y']);
/** Particles that join a capitalized run ("Alto de San Pablo"); "of"/"the" join only a name that resolves whole. */
const RUN_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'da', 'do', 'y']);
/** Capitalized function words that do not start a run ("In Paucarbambilla", "The Pentagon"). */
const FUNCTION_WORDS = new Set(['in', 'at', 'near', 'the', 'a', 'an', 'from', 'on', 'to', 'of', 'for', 'by', 'with', 'and', 'but', 'since', 'after', 'before', 'during', 'when', 'while', 'as', 'last', 'this', 'that', 'these', 'those', 'outside', 'inside', 'into', 'across', 'around', 'meanwhile', 'also', 'today', 'yesterday', 'residents', 'according', 'some', 'two', 'three', 'several', 'other', 'another', 'there', 'it', 'he', 'she', 'they', 'we', 'i']);

/** End (exclusive token index) of the capitalized run that token `i` belongs to, and whether `i` starts it. */
function runs(toks: Token[], text: string): { end: Int32Array; start: Int32Array } {
  const n = toks.length;
  const start = new Int32Array(n).fill(-1);
  const end = new Int32Array(n).fill(-1);
  const joined = (a: Token, b: Token) => b.start - a.end <= 1 && !/[.,;:!?()\[\]"“”]/.test(text.slice(a.end, b.start));
  let i = 0;
  while (i < n) {
    const t = toks[i]!;
    if (!t.cap || FUNCTION_WORDS.has(t.lower) || RUN_STOP.test(t.lower)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const x = toks[j]!;
      if (!joined(toks[j - 1]!, x)) break;
      if (/['’]s$/.test(toks[j - 1]!.lower)) break; // a possessive ends a name: "Niger's Tillaberi region"
      if (x.cap && !RUN_STOP.test(x.lower)) {
        j++;
        continue;
      }
      // particle between two capitalized words
      if (!x.cap && RUN_PARTICLES.has(x.lower) && toks[j + 1] && toks[j + 1]!.cap && joined(x, toks[j + 1]!) && !RUN_STOP.test(toks[j + 1]!.lower)) {
        j += 2;
        continue;
      }
      break;
    }
    for (let k = i; k < j; k++) {
      start[k] = i;
      end[k] = j;
    }
    i = j;
  }
  return { start, end };
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  NAME_WORD.lastIndex = 0;
  for (let m = NAME_WORD.exec(text); m; m = NAME_WORD.exec(text)) {
    let w = m[0];
    while (/[.'’-]$/.test(w)) w = w.slice(0, -1);
    if (!w) continue;
    // an Arabic article joined to a capital is a name part: "Deir ez-Zor", "al-Qaim"
    out.push({ start: m.index, end: m.index + w.length, lower: w.toLowerCase(), cap: /^\p{Lu}/u.test(w) || /^(?:al|el|ad|ez|es|as|at|ash|az|an|ar)-\p{Lu}/u.test(w) });
  }
  return out;
}

function resolveCountry(code: string) {
  const c = countryByCode(code);
  return c ? { country: c.name, lat: c.lat, lon: c.lon } : { country: null, lat: null, lon: null };
}

/** Cities this large are meant whatever the article's countries (Lima, Bogotá in a Washington story). */
const WORLD_CITY = 2_000_000;

/**
 * A capital of a country the article names (or, when no country named has the name, any capital) is meant over its
 * namesakes, as a world city is: "the Jesuits who were killed in San Salvador … left for El Salvador" in a Madrid wire
 * is El Salvador's capital, not the Spanish village (the dateline's country ranks first otherwise); Tripoli in a
 * story naming Lebanon only stays Lebanese.
 */
function nationalCapital(e: GazEntry): boolean {
  if (e.level !== 'city') return false;
  const cap = countryByCode(e.cc)?.capital;
  return !!cap && key(cap) === key(e.name);
}

function pick(entries: GazEntry[], hints: Map<string, number>): GazEntry | null {
  if (entries.length === 0) return null;
  let best: GazEntry | null = null;
  let score = -1;
  // (a capital counts as a world city when its country is named, or when no entry is of a country named)
  const anyHinted = entries.some((e) => hints.has(e.cc));
  for (const e of entries) {
    // tiers: the dateline's country, then any country the article names, then the rest;
    // population decides within a tier (Bogotá, not Bogota NJ, in a story that also names the US)
    const hinted = hints.get(e.cc) ?? 0;
    const tier = Math.max(hinted, e.pop >= WORLD_CITY || ((hinted > 0 || !anyHinted) && nationalCapital(e)) ? 2.5 : 0);
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

type Resolved = Omit<Place, 'text' | 'start' | 'end' | 'relation'>;

interface ResolveOptions {
  /** An admin word follows ("Meta Department"): the region before a namesake settlement. */
  preferRegion?: boolean;
  /** A qualifier follows ("Paris, Texas", "Tripoli, Libya"): only entries of that country / region. */
  within?: { cc: string; admin1: string | null } | null;
}

function hintMap(countryHints: string[]): Map<string, number> {
  // countryHints: the dateline's country first (given twice when there is a dateline), then the others named
  const hints = new Map<string, number>();
  countryHints.forEach((c, i) => hints.set(c, Math.max(hints.get(c) ?? 0, i < 2 && countryHints[0] === countryHints[1] ? 2 : 1)));
  return hints;
}

/**
 * The entry as resolved; when it was found under another spelling (`place-alias`: "Zaporizhzhia" for the
 * gazetteer's Zaporizhia) the name is the one written and `place` the gazetteer's.
 */
function toResolved(e: GazEntry, written?: string): Resolved {
  // (and where the gazetteer's spelling only adds transliteration marks: "Debre Markos" for its Debre Mark’os)
  if (written && (key(written) !== key(e.name) || /['’ʼʻ`]/.test(e.name)) && e.level !== 'admin1') {
    const r = toResolved(e);
    return { ...r, name: written.replace(/\s+/g, ' ') };
  }
  const c = resolveCountry(e.cc);
  return { name: e.name, place: e.level === 'city' ? e.name : null, admin1: e.admin1, country: c.country, country_code: e.cc, lat: e.lat, lon: e.lon, precision: e.level };
}

function resolveWith(name: string, hints: Map<string, number>, opts: ResolveOptions = {}): Resolved | null {
  const { cities: allCities, regions: allRegions } = lookup(name);
  const w = opts.within;
  const keep = (e: GazEntry) => !w || (e.cc === w.cc && (!w.admin1 || e.admin1 === w.admin1));
  const cities = w ? allCities.filter(keep) : allCities;
  const regions = w ? allRegions.filter((e) => e.cc === w.cc && !w.admin1) : allRegions;
  const country = w ? null : countryByName(name);
  if (country) {
    // "Georgia" in a story about the US (and not about Georgia) is the state
    const region = regions.find((r) => (hints.get(r.cc) ?? 0) > 0);
    if (!(region && !hints.has(country.code))) {
      return { name: country.name, place: null, admin1: null, country: country.name, country_code: country.code, lat: country.lat, lon: country.lon, precision: 'country' };
    }
  }
  if (opts.preferRegion) {
    const region = pick(regions, hints);
    if (region) return toResolved(region, name);
  }
  const city = pick(cities, hints);
  const region = pick(regions, hints);
  const useRegion = region && (!city || (hints.get(region.cc) ?? 0) > (hints.get(city.cc) ?? 0));
  const e = useRegion ? region! : city;
  return e ? toResolved(e, name) : null;
}

/** Resolve a name to a gazetteer entry, preferring the countries hinted, then population. */
export function resolvePlace(name: string, countryHints: string[] = []): Resolved | null {
  return resolveWith(name, hintMap(countryHints));
}

interface Qualifier {
  cc: string;
  admin1: string | null;
  /** The REGION_BESIDE rule that read it. */
  rule: string;
}

/**
 * "Paris, Texas", "Tripoli, Libya", "Hays (Al Hudaydah)", "Maiwand district, Kandahar province": the countries and
 * regions the words beside a name may be, the hinted first ("Georgia" the country and the US state; "Plateau" in
 * Nigeria and in Benin). The caller keeps the first that has the name.
 */
function qualifiersOf(after: string, hints: Map<string, number> = new Map()): Qualifier[] {
  for (const rule of REGION_BESIDE) {
    const m = rule.match.exec(after);
    if (!m) continue;
    const words = m[1]!.replace(/[.'’]+$/, '').split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const q = words.slice(0, n).join(' ');
      if (/^(state|department|province|region|governorate)$/i.test(words[n - 1]!)) continue;
      const out: Qualifier[] = [];
      const c = countryByName(q);
      if (c) out.push({ cc: c.code, admin1: null, rule: rule.name });
      const regions = lookup(q).regions.slice();
      for (let best = pick(regions, hints); best; best = pick(regions, hints)) {
        out.push({ cc: best.cc, admin1: best.name, rule: rule.name });
        regions.splice(regions.indexOf(best), 1);
      }
      if (out.length > 0) return out;
    }
  }
  return [];
}

function qualifierOf(after: string, hints: Map<string, number> = new Map()): Qualifier | null {
  return qualifiersOf(after, hints)[0] ?? null;
}

/**
 * A name with a region beside it that the region's own entries do not have: the entry of the region's country
 * with the text's region as admin1 (`place-region-admin1`), else null (the caller makes it `place-region-unknown`).
 */
function resolveInRegion(name: string, hints: Map<string, number>, within: Qualifier, preferRegion: boolean): Resolved | null {
  const r = resolveWith(name, hints, { preferRegion, within: { cc: within.cc, admin1: null } });
  if (!r) {
    // not in the region's country: an entry of a country the article names stands (the region was misread), not a namesake abroad
    const any = resolveWith(name, hints, { preferRegion });
    return any && hints.has(any.country_code!) ? any : null;
  }
  return r.precision === 'city' && within.admin1 ? { ...r, admin1: within.admin1 } : r;
}

/** An unknown name (or, `listed`, a small namesake abroad) that is no place: UNKNOWN_NOT_PLACE, or a region of the world. */
function unknownNotPlace(lname: string, n: number, before: string, after: string, listed = false): boolean {
  if (WORLD_REGION.test(lname)) return true;
  return UNKNOWN_NOT_PLACE.some((u) => (!listed || !u.unknownOnly) && (u.before || u.after) && (!u.single || n === 1) && (!u.before || u.before.test(before)) && (!u.after || u.after.test(after)));
}

/** The dateline place: the dates extractor's dateline, else the agency-less forms ("Lima, 20 Aug 88 --"). */
function datelinePlace(text: string): { text: string; start: number; end: number; spanEnd: number } | null {
  const d = parseDateline(text);
  if (d?.place) return { ...d.place, spanEnd: d.span.end };
  const head = text.slice(0, 400);
  let at = 0;
  for (let line = 0; line < 4 && at < head.length; line++) {
    const m = DATELINE_FALLBACK.exec(head.slice(at));
    if (m) {
      const start = at + m.index + m[0].indexOf(m[1]!);
      const place = m[1]!;
      if (DATELINE_NOT_PLACE.test(place)) return null;
      return { text: place, start, end: start + place.length, spanEnd: at + m.index + m[0].length };
    }
    const nl = head.indexOf('\n', at);
    if (nl < 0) break;
    at = nl + 1;
  }
  return null;
}

/** The country named most often among the hints (the dateline's counts twice and wins ties, as it comes first). */
function mostHinted(hints: string[]): string | null {
  const counts = new Map<string, number>();
  for (const h of hints) counts.set(h, (counts.get(h) ?? 0) + 1);
  let best: string | null = null;
  for (const [h, n] of counts) if (best === null || n > counts.get(best)!) best = h;
  return best;
}

/** All place mentions of the text, in order, with absolute offsets. */
export function findPlaces(text: string): PlaceMention[] {
  return inDatelineCity(text, mentionsOf(text));
}

/**
 * `place-neighbourhood-of-dateline`: an unlisted place before "neighborhood", "sector", "suburb" … ("in the Escalon
 * neighborhood") lies in the dateline's city when that city is of its country: a site (more precise than the
 * city, as "Balad airbase" is) whose settlement (place), admin1 and coordinates are that city's.
 */
function inDatelineCity(text: string, found: PlaceMention[]): PlaceMention[] {
  const city = found.find((p) => p.kind === 'dateline' && p.precision === 'city' && p.place);
  if (!city) return found;
  return found.map((p) => {
    if (p.kind !== 'place' || p.precision !== 'city' || p.lat !== null || p.country_code !== city.country_code || !NEIGHBOURHOOD_OF_DATELINE.match.test(text.slice(p.end, p.end + 30))) return p;
    return { ...p, place: city.place, admin1: city.admin1, lat: city.lat, lon: city.lon, precision: 'site', rule: `${p.rule}>${NEIGHBOURHOOD_OF_DATELINE.name}` };
  });
}

function mentionsOf(text: string): PlaceMention[] {
  const caps = upperRatio(text) > 0.8;
  const toks = tokens(text);
  const run = caps ? null : runs(toks, text);
  const out: PlaceMention[] = [];
  // pass 1: countries and demonyms named anywhere give the article's country hints
  const hints: string[] = [];
  const nameHints: string[] = [];
  const dateline = datelinePlace(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!caps && !t.cap) continue;
    const two = toks[i + 1] && toks[i + 1]!.start - t.end <= 1 ? `${t.lower} ${toks[i + 1]!.lower}` : null;
    const bare = t.lower.replace(/['’]s$/, ''); // "Iraq's"
    const c = (two && countryByName(two)) || (bare.length > 3 && countryByName(bare)) || (t.lower.length > 3 && countryByDemonym(t.lower.replace(/^(pro|anti)-/, '')));
    if (c) hints.push(c.code);
    if (c && !((two && countryByName(two)) || (bare.length > 3 && countryByName(bare)))) continue;
    if (c) nameHints.push(c.code);
  }
  if (dateline) {
    // "Managua (Nicaragua), …": the bracketed country decides
    const bracket = /^\s*\(([^)]+)\)/.exec(text.slice(dateline.end, dateline.end + 40));
    const bc = bracket ? countryByName(bracket[1]!) : null;
    const r = resolveWith(dateline.text, hintMap(bc ? [bc.code, bc.code, ...hints] : hints), { within: bc ? { cc: bc.code, admin1: null } : null }) ?? (bc ? null : null);
    if (r) {
      hints.unshift(r.country_code!, r.country_code!);
      nameHints.unshift(r.country_code!); // once: a country the article names wins over it, the dateline's on a tie
      out.push({ ...r, relation: null, text: dateline.text, start: dateline.start, end: dateline.end, rule: 'place-dateline', kind: 'dateline' });
    }
  }
  const first = mentionPass(text, toks, run, caps, dateline, hints, out.slice(), nameHints);
  if (hints.length > 0) return first;
  // no country named and no dateline country: the country of the settlements found stands in
  // (small unlisted places of the article, namesakes abroad), then a second pass
  const counts = new Map<string, number>();
  for (const m of first) if (m.kind === 'place' && m.precision !== 'country' && m.country_code) counts.set(m.country_code, (counts.get(m.country_code) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!top || top[1] < 1) return first;
  const large = first.some((m) => m.country_code === top[0] && m.lat !== null && biggestPopulation(m.text, top[0]) >= NAMESAKE_POPULATION);
  if (!large && counts.size > 1) return first;
  return mentionPass(text, toks, run, caps, dateline, [top[0], top[0]], out.slice());
}

function mentionPass(
  text: string,
  toks: Token[],
  run: { end: Int32Array; start: Int32Array } | null,
  caps: boolean,
  dateline: { text: string; start: number; end: number; spanEnd: number } | null,
  hints: string[],
  out: PlaceMention[],
  nameHints: string[] = hints,
): PlaceMention[] {
  const hintsMap = hintMap(hints);
  // unknown places belong to the country the article names most by name (a Beirut-datelined story about Syria; demonyms
  // do not count: a Kherson story says "Russian" often), the dateline's on a tie
  const fallbackCountry = mostHinted(nameHints.length ? nameHints : hints);
  const mentions = (cc: string) => hints.filter((h) => h === cc).length;
  // upper case: how many tokens from each one are words of some gazetteer name, or of some country name
  // (an n-gram longer than that is neither)
  const gazRun = caps ? new Int32Array(toks.length + 1) : null;
  const countryRun = caps ? new Int32Array(toks.length + 1) : null;
  if (gazRun && countryRun)
    for (let i = toks.length - 1; i >= 0; i--) {
      gazRun[i] = inSomeName(toks[i]!.lower) ? gazRun[i + 1]! + 1 : 0;
      countryRun[i] = inSomeCountryName(toks[i]!.lower) ? countryRun[i + 1]! + 1 : 0;
    }
  // pass 2: mentions
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (dateline && t.start < dateline.spanEnd && t.end > dateline.start) continue;
    if (!caps && !t.cap) continue;
    if (run && run.start[i] !== i && !(run.start[i] === -1)) continue; // inside a run: only whole runs are names
    const before = text.slice(Math.max(0, t.start - 50), t.start);
    // what precedes the token is the same for every n-gram starting at it: tested once
    if (PERSON_BEFORE.test(before)) continue;
    if (/between/i.test(before) && RANGE_BEFORE.test(before)) continue; // place-range-skip
    if (DESTINATION_BEFORE.test(before)) continue; // place-destination-skip
    const relM = RELATION_BEFORE.exec(before);
    let relationBefore = relM ? relM[1]!.toLowerCase().replace(/\s+/g, ' ') : null;
    const districtOf = DISTRICT_OF.test(before);
    if (!relationBefore && (districtOf || OF_BEFORE.test(before))) relationBefore = 'in';
    // coordination: "in northern Iraq and Syria"
    if (!relationBefore) {
      const prevOut = out[out.length - 1];
      if (prevOut && prevOut.relation && /^\s*(?:,|and|or|,\s*and)\s*$/.test(text.slice(prevOut.end, t.start))) relationBefore = prevOut.relation;
      // "in Iraq's northern Sinjar district": the place inside a possessive country is where it happened
      else if (prevOut && prevOut.relation && prevOut.rule === 'place-possessive' && /^['’]s\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$/i.test(text.slice(prevOut.end, t.start))) relationBefore = prevOut.relation;
    }
    let matched = false;
    let unknown: PlaceMention | null = null;
    let skipTo = -1; // place-source-seat-skip: the end of a source's seat and its qualifier
    const seatBefore = SOURCE_SEAT_BEFORE.test(before);
    const runEnd = run ? run.end[i] : -1;
    for (let n = Math.min(6, toks.length - i); n >= 1 && !matched; n--) {
      const seq = toks.slice(i, i + n);
      const last = seq[n - 1]!;
      if (seq.some((x, j) => j > 0 && x.start - seq[j - 1]!.end > 1)) continue;
      if (n > 1 && /^(province|department|district|governorate|region|state|municipality|street|avenue|highway)$/.test(last.lower)) continue;
      if (!caps && seq.some((x, j) => !x.cap && !(j > 0 && j < n - 1 && PARTICLES.has(x.lower)))) continue;
      // mixed case: a name is a whole capitalized run ("Teresa Rueda" is not Teresa; "Galera Quemada" is not Galera)
      const partial = run !== null && runEnd >= 0 && i + n < runEnd;
      const name = text.slice(t.start, last.end);
      const lname = name.toLowerCase().replace(/\s+/g, ' ');
      // upper case: every n-gram is a candidate, and one that is no gazetteer key, country, demonym or
      // possessive can yield nothing (no unknown places in upper case): skip the tests on what follows it
      if (caps && !(n <= gazRun![i]! && lookupHit(name)) && !(n <= countryRun![i]! && countryByName(lname)) && !(n === 1 && countryByDemonym(lname)) && !/['’]s$/.test(name)) continue;
      const relation = relationBefore;
      const after = text.slice(last.end, last.end + 60);
      if (n === 1 && (AMBIGUOUS.has(lname) || lname.length < 3) && !relation && !qualifierOf(after, hintsMap)) continue;
      if (STREET_AFTER.test(after)) continue; // place-street-skip
      if (n === 1 && SETTLEMENT_OF_AFTER.test(after) && !countryByDemonym(lname)) continue; // place-adjective-skip
      if (NOT_PLACE.test(lname)) continue; // before any gazetteer look-up: "on Sunday" must not load it
      if ((seatBefore || SOURCE_SEAT_AFTER.test(after)) && (lookupHit(name) || countryByName(lname))) {
        const q = seatBefore ? qualifierOf(after, hintsMap) : null;
        skipTo = last.end + (q ? REGION_BESIDE.find((x) => x.name === q.rule)!.match.exec(after)![0].length : 0);
        break;
      }
      // place-possessive: "in Iraq's northern Sinjar district" names Iraq; no unknown place "Iraq's"
      if (/['’]s$/.test(name)) {
        const stem = name.slice(0, -2);
        const c = countryByName(stem.toLowerCase());
        if (c && relation) {
          const r = resolveCountry(c.code);
          out.push({ name: c.name, place: null, admin1: null, country: c.name, country_code: c.code, lat: r.lat, lon: r.lon, precision: 'country', relation, text: stem, start: t.start, end: t.start + stem.length, rule: 'place-possessive', kind: 'place' });
          matched = true;
          break;
        }
        continue;
      }
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
      const adminAfter = ADMIN_AFTER.exec(after);
      const localityAfter = LOCALITY_AFTER.exec(after);
      const siteAfter = SITE_AFTER.exec(after);
      // the country or region beside the name that has it ("Atlanta, Georgia": the state), else the first one
      const quals = qualifiersOf(after, hintsMap);
      const found = partial ? undefined : quals.find((q) => resolveWith(name, hintsMap, { within: q }));
      const within = found ?? quals[0] ?? null;
      const country = within ? null : countryByName(lname);
      // place-country-facility-skip: "at US bases", "outside the US embassy": a country's facility abroad, not the country
      if (country && !partial && (SITE_AFTER.test(after) || /^\s+bases\b/i.test(after))) {
        matched = true;
        break;
      }
      if (country && !partial) {
        // without "in/near/…" a country name is an actor ("the US routinely blames"), not where something happened
        if (!relation && !adminAfter) {
          matched = true;
          break;
        }
        const r = resolveWith(name, hintsMap);
        if (r && r.precision === 'country') {
          out.push({ ...r, relation, text: name, start: t.start, end: last.end, rule: 'place-country', kind: 'place' });
          matched = true;
          break;
        }
      }
      if (n === 1 && (lname === 'us' || lname === 'u.s')) continue;
      const preferRegion = !!adminAfter && !localityAfter || districtOf;
      const inRegion = partial ? null : resolveWith(name, hintsMap, { preferRegion, within });
      // place-region-admin1: in the region's country, but the gazetteer has it in another admin1 (or none)
      const r = inRegion ?? (within && !partial ? resolveInRegion(name, hintsMap, within, preferRegion) : partial ? null : resolveWith(name, hintsMap, { preferRegion }));
      const regionRule = within ? (inRegion ? within.rule : r?.country_code === within.cc ? `${within.rule}>${REGION_ADMIN1.name}` : null) : null;
      const strong = !!relation || !!adminAfter || !!siteAfter || !!localityAfter || !!within || n > 1;
      const wholeRun = !run || runEnd < 0 || i + n === runEnd;
      if (!r) {
        // an unknown name after "in/near/at" or before "Department": a place of the article's country
        if (!wholeRun) continue;
        if (ORG_WORD.test(last.lower) || ORG_WORD.test((after.split(/\s+/)[1] ?? '').toLowerCase())) continue;
        if (STRUCTURE_AFTER.test(after)) continue; // place-structure-skip
        if (/['’]s$/.test(text.slice(last.end, last.end + 2))) continue; // "Aeronica's offices"
        if (/^['’](?:\s|$)/.test(text.slice(last.end, last.end + 2))) continue; // "Pelaez' vehicle"
        if (unknownNotPlace(lname, n, before, after)) continue;
        const local = (relation && /^(in|near|at|outside)/.test(relation)) || adminAfter || localityAfter || SETTLEMENT_NAMED_BEFORE.test(before);
        // place-region-unknown: a region beside it gives its country and admin1
        const cc = within?.cc ?? fallbackCountry;
        if (!unknown && !caps && local && cc && !(n === 1 ? NOT_PLACE.test(t.lower) : NOT_PLACE.test(last.lower) || /^(the|a|an|his|her|their|its)$/.test(t.lower)) && !/\d/.test(name)) {
          const c = resolveCountry(cc);
          const clean = name.replace(/\s+/g, ' ');
          const admin = !!adminAfter && !localityAfter && !within?.admin1;
          const rule = within ? `${within.rule}>${REGION_UNKNOWN.name}` : admin ? 'place-unknown-admin' : 'place-unknown-after-preposition';
          unknown = { name: clean, place: admin ? null : clean, admin1: admin ? clean : (within?.admin1 ?? null), country: c.country, country_code: cc, lat: null, lon: null, precision: admin ? 'admin1' : 'city', relation, text: name, start: t.start, end: last.end, rule, kind: 'place' };
        }
        continue;
      }
      if (caps && !strong) continue;
      // place-caps-common-word: in upper-case wires, "THE VILLAGE", "GARRISON", "TO CHANGE" are words, not namesakes of towns abroad
      if (caps && (t.lower === 'the' || (n === 1 && CAPS_COMMON_WORDS.test(lname)) || (n === 1 && relation === 'to'))) continue;
      // place-speaker-skip: "…, state security chief Juan Mauro Gonzalez said": a name that speaks is a person or an institution
      if (!relation && SPEAKER_AFTER.test(after)) continue;
      // a small namesake abroad ("San Borja" in a Lima story is not the Bolivian town): an unlisted place of the article's country
      const namesake = !within && !!fallbackCountry && r.precision === 'city' && r.country_code !== fallbackCountry && mentions(r.country_code!) < mentions(fallbackCountry!) && strong && biggestPopulation(name, r.country_code!) < NAMESAKE_POPULATION;
      // place-structure-skip: "La Cruz Hill" names a hill, not a small town abroad or in a country the article never names
      if (STRUCTURE_AFTER.test(after) && r.precision === 'city' && (namesake || (!hintsMap.has(r.country_code!) && biggestPopulation(name, r.country_code!) < NAMESAKE_POPULATION))) continue;
      if (namesake) {
        if (unknownNotPlace(lname, n, before, after, true)) continue; // as unlisted as an unknown name
        const c = resolveCountry(fallbackCountry);
        const clean = name.replace(/\s+/g, ' ');
        out.push({ name: clean, place: clean, admin1: null, country: c.country, country_code: fallbackCountry, lat: null, lon: null, precision: 'city', relation, text: name, start: t.start, end: last.end, rule: 'place-namesake-in-article-country', kind: 'place' });
        matched = true;
        break;
      }
      if (NOT_PLACE.test(lname)) continue;
      if (caps && t.lower === 'the') continue; // "THE ENTRANCE", "THE BOTTOM" in upper-case wires
      if (!strong && !hintsMap.has(r.country_code!)) continue;
      if (!relation && METONYM_AFTER.test(after) && r.precision !== 'city') continue;
      if (!relation && METONYM_AFTER.test(after) && countryByCode(r.country_code!)?.capital?.toLowerCase().startsWith(lname)) {
        matched = true;
        break;
      }
      if (siteAfter) {
        const end = last.end + siteAfter[0].length;
        out.push({ ...r, name: text.slice(t.start, end).replace(/\s+/g, ' '), precision: 'site', relation, text: text.slice(t.start, end), start: t.start, end, rule: 'place-site', kind: 'place' });
      } else {
        const rule = regionRule ?? (districtOf ? 'place-district-of' : r.precision === 'admin1' ? 'place-admin1' : 'place-city');
        // place-capital-of-region: "the capital of Caqueta" is the region's seat, Florencia
        const cap = r.precision === 'admin1' && r.admin1 ? CAPITAL_OF_BEFORE.exec(before) : null;
        const seat = cap ? seatOf(r.country_code!, r.admin1!) : null;
        if (cap && seat) {
          const start = t.start - before.length + cap.index + cap[0].search(/\S/);
          out.push({ ...r, name: seat.name, place: seat.name, lat: seat.lat, lon: seat.lon, precision: 'city', relation: relation ?? 'in', text: text.slice(start, last.end), start, end: last.end, rule: 'place-capital-of-region', kind: 'place' });
        } else out.push({ ...r, relation, text: name, start: t.start, end: last.end, rule, kind: 'place' });
      }
      matched = true;
    }
    if (skipTo >= 0) {
      while (i + 1 < toks.length && toks[i + 1]!.start < skipTo) i++;
      continue;
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
