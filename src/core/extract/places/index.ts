// Places: country names, admin1 regions and settlements named in the text,
// sites ("Balad airbase"), demonyms that locate ("an Iraqi airbase") and the
// dateline's place, resolved with the countries the article mentions.
// Capitals that speak for their governments ("Washington said") are skipped.
import type { Place, RuleFiring } from '../../types.js';
import { NAME_WORD, upperRatio } from '../../text.js';
import { countryByCode, countryByDemonym, countryByName, inSomeCountryName } from '../../geo/countries.js';
import { parseDateline } from '../dates/index.js';
import { inSomeName, key, lookup, lookupHit, seatOf, type GazEntry } from './gazetteer.js';
import { isGivenName, SAINT_BEFORE } from '../actors/names.js';
import {
  ADMIN_AFTER,
  DATELINE_FALLBACK,
  DATELINE_NOT_PLACE,
  DISTRICT_OF,
  LOCALITY_AFTER,
  PART_OF_AFTER,
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
  STREET_WORD,
  STREET_WORD_FIRST,
  STREET_NAME_AFTER,
  NOT_STREET_NAME,
  STATE_AFTER,
  listHead,
  LIST_KIND,
  RIVER_AFTER,
  WATER_OF_BEFORE,
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
  NEIGHBOURHOOD_OF_CITY,
  KNOWN_SITE_RULE,
  DEMONYM_OF_REGION,
  LOCALITY_IN_ARTICLE_COUNTRY,
  STORY_COUNTRY_OF_PLACES,
  DATELINE_CAPITAL,
  UNLISTED_IN_CITY,
  SURNAME_NOT_PLACE,
} from './lexicon.js';


export interface PlaceMention extends Place {
  /** The rule that found the place: a label for --explain, never read as a condition. */
  rule: string;
  kind: 'place' | 'demonym' | 'dateline';
  /** A country named as a possessive ("Iraq's northern Sinjar district"): a place right after it lies inside it. */
  possessive?: true;
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

/** Prepositions that open a sentence before a place ("In Kupiansk district, …"), never a name's first word. */
const OPENING_PREPOSITION = /^(?:in|at|near|from|on|to|by|with|outside|inside|into|across|around|during|after|before|since)$/;

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
  /** The length of the text it read after the name. */
  length: number;
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
      if (c) out.push({ cc: c.code, admin1: null, rule: rule.name, length: m[0].length });
      const regions = lookup(q).regions.slice();
      for (let best = pick(regions, hints); best; best = pick(regions, hints)) {
        out.push({ cc: best.cc, admin1: best.name, rule: rule.name, length: m[0].length });
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

/**
 * `place-dateline-capital`: a dateline is a bureau's city: a national capital of that name rather than a small
 * namesake (under NAMESAKE_POPULATION) in a country the story names ("SAN JOSE, 17 OCT 89 (DPA) -- … SALVADORAN …"
 * is Costa Rica's capital, not San José, La Unión).
 */
function datelineCapital(name: string, named: Resolved | null): Resolved | null {
  if (named && (named.precision !== 'city' || biggestPopulation(name, named.country_code!) >= NAMESAKE_POPULATION)) return null;
  const cap = lookup(name).cities.filter(nationalCapital).sort((a, b) => b.pop - a.pop)[0];
  return cap && cap.cc !== named?.country_code ? toResolved(cap, name) : null;
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
export function findPlaces(text: string, trace?: RuleFiring[]): PlaceMention[] {
  return withKnownSites(text, inDatelineCity(text, inNamedCity(text, allMentions(text, trace))));
}

/**
 * `place-neighbourhood-of-city`: a place followed by "neighborhood in", "sector of the northern" … and a settlement the
 * gazetteer lists ("the El Poblado neighborhood in southern Medellin") is a site of that settlement, whatever its own
 * entry (unlisted, or a namesake abroad).
 */
function inNamedCity(text: string, found: PlaceMention[]): PlaceMention[] {
  return found.map((p, i) => {
    const q = found[i + 1];
    // (a site, "La Aurora airport in Guatemala City", is in the city named after it whatever its own entry)
    const site = p.precision === 'site' && p.rule === 'place-site';
    if (!q || p.kind !== 'place' || (p.precision !== 'city' && !site) || q.kind !== 'place' || q.precision !== 'city' || q.lat === null) return p;
    const gap = text.slice(p.end, q.start);
    const rule = !site && NEIGHBOURHOOD_OF_CITY.match.test(gap) ? NEIGHBOURHOOD_OF_CITY : (p.lat === null || site) && UNLISTED_IN_CITY.match.test(gap) ? UNLISTED_IN_CITY : null;
    if (!rule) return p;
    return { ...p, place: q.place, admin1: q.admin1, country: q.country, country_code: q.country_code, lat: q.lat, lon: q.lon, precision: 'site', rule: `${p.rule}>${rule.name}` };
  });
}

/** A name in title case, whatever its case as written ("EL SALVADOR UNIVERSITY", "El Salvador university" → "El Salvador University"). */
const titled = (s: string) => s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()).replace(/(?<=\s)(Of|De|Del|La|The)\b/g, (w) => w.toLowerCase());

/** Each known site's patterns (its names, any case; its acronym), built once. */
let siteRes: RegExp[][] | null = null;
const knownSiteRes = () =>
  (siteRes ??= KNOWN_SITE_RULE.sites.map((k) => [new RegExp(k.names.source, 'gi'), ...(k.acronym ? [new RegExp(`\\b(?:${k.acronym}|${k.acronym[0]}${k.acronym.slice(1).toLowerCase()})\\b`, 'g')] : [])]));

/**
 * `place-known-site`: the sites of KNOWN_SITE_RULE named in the text, each a site of its table's place; a mention
 * inside one ("El Salvador" of "University of El Salvador") gives way to it.
 */
function withKnownSites(text: string, found: PlaceMention[]): PlaceMention[] {
  const sites: PlaceMention[] = [];
  for (const [i, k] of KNOWN_SITE_RULE.sites.entries()) {
    for (const re of knownSiteRes()[i]!) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index!;
        const end = start + m[0].length;
        // (a window: this finder reads every sentence, the layer is built for 5,183 of muc4-dev's 19,139)
        const before = text.slice(Math.max(0, start - 50), start);
        const rel = RELATION_BEFORE.exec(before);
        const c = resolveCountry(k.cc);
        const name = m[0].toUpperCase() === k.acronym ? k.name : titled(m[0].replace(/\s+/g, ' '));
        sites.push({ name, place: k.place, admin1: k.admin1, country: c.country, country_code: k.cc, lat: k.lat, lon: k.lon, precision: 'site', relation: rel ? rel[1]!.toLowerCase().replace(/\s+/g, ' ') : null, text: m[0], start, end, rule: KNOWN_SITE_RULE.name, kind: 'place' });
      }
    }
  }
  if (sites.length === 0) return found;
  return [...found.filter((p) => !sites.some((x) => p.start < x.end && x.start < p.end)), ...sites].sort((a, b) => a.start - b.start);
}

/**
 * `place-neighbourhood-of-city`, of the dateline (NEIGHBOURHOOD_OF_DATELINE): an unlisted place before "neighborhood", "sector", "suburb" … ("in the Escalon
 * neighborhood") lies in the dateline's city when that city is of its country: a site (more precise than the
 * city, as "Balad airbase" is) whose settlement (place), admin1 and coordinates are that city's.
 */
function inDatelineCity(text: string, found: PlaceMention[]): PlaceMention[] {
  const city = found.find((p) => p.kind === 'dateline' && p.precision === 'city' && p.place);
  if (!city) return found;
  return found.map((p) => {
    // (a town of that name too: a town is no neighbourhood, "in the Dolores neighborhood" of a San Salvador wire)
    if (p.kind !== 'place' || p.precision !== 'city' || p.place === city.place || p.country_code !== city.country_code || !NEIGHBOURHOOD_OF_DATELINE.match.test(listHead(text.slice(p.end, p.end + 140), LIST_KIND.parts))) return p;
    return { ...p, place: city.place, admin1: city.admin1, lat: city.lat, lon: city.lon, precision: 'site', rule: `${p.rule}>${NEIGHBOURHOOD_OF_DATELINE.name}` };
  });
}

/** DEMONYM_OF_REGION's language pattern after a demonym, read anchored at its end (no window). */
const LANGUAGE_AFTER = new RegExp(DEMONYM_OF_REGION.language.after.source.replace(/^\^/, ''), 'iy');

/** `demonym-of-region-skip`, a language: token `i` (a demonym) right after the token "in", a bracket, stop, "to", "at" or figure after it. */
function languageUse(text: string, toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev || !DEMONYM_OF_REGION.language.before.test(text.slice(prev.start, toks[i]!.start))) return false;
  LANGUAGE_AFTER.lastIndex = toks[i]!.end;
  return LANGUAGE_AFTER.test(text);
}

function allMentions(text: string, trace?: RuleFiring[]): PlaceMention[] {
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
    // (`demonym-of-region-skip`: "Latin American" is no American)
    let demonym = t.lower.length > 3 && countryByDemonym(t.lower.replace(/^(pro|anti)-/, ''));
    if (demonym && DEMONYM_OF_REGION.match.test(text.slice(Math.max(0, t.start - 12), t.start))) {
      demonym = null;
      trace?.push({ rule: DEMONYM_OF_REGION.name, action: 'reject', text: text.slice(t.start, t.end), start: t.start, end: t.end });
    }
    // (and "[REPORTER, IN ENGLISH]" is no mention of England)
    if (demonym && languageUse(text, toks, i)) {
      demonym = null;
      trace?.push({ rule: DEMONYM_OF_REGION.name, action: 'reject', text: text.slice(t.start, t.end), start: t.start, end: t.end });
    }
    const c = (two && countryByName(two)) || (bare.length > 3 && countryByName(bare)) || demonym;
    if (c) hints.push(c.code);
    if (c && !((two && countryByName(two)) || (bare.length > 3 && countryByName(bare)))) continue;
    if (c) nameHints.push(c.code);
  }
  if (dateline) {
    // "Managua (Nicaragua), …": the bracketed country decides
    const bracket = /^\s*\(([^)]+)\)/.exec(text.slice(dateline.end, dateline.end + 40));
    const bc = bracket ? countryByName(bracket[1]!) : null;
    const named = resolveWith(dateline.text, hintMap(bc ? [bc.code, bc.code, ...hints] : hints), { within: bc ? { cc: bc.code, admin1: null } : null });
    const capital = bc ? null : datelineCapital(dateline.text, named);
    const r = capital ?? named;
    if (r) {
      hints.unshift(r.country_code!, r.country_code!);
      nameHints.unshift(r.country_code!); // once: a country the article names wins over it, the dateline's on a tie
      out.push({ ...r, relation: null, text: dateline.text, start: dateline.start, end: dateline.end, rule: capital ? DATELINE_CAPITAL.name : 'place-dateline', kind: 'dateline' });
    }
  }
  const first = mentionPass(text, toks, run, caps, dateline, hints, out.slice(), nameHints, trace);
  if (hints.length > 0) return first;
  const story = storyCountryOfPlaces(first);
  if (story) return markChanged(first, mentionPass(text, toks, run, caps, dateline, [story, story], out.slice()), STORY_COUNTRY_OF_PLACES.name);
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

/**
 * `place-story-country-of-places`: the country the names found point to, each name's weight split among the countries
 * it has entries in; null unless it leads every other country by STORY_COUNTRY_OF_PLACES.lead.
 */
function storyCountryOfPlaces(found: PlaceMention[]): string | null {
  const share = new Map<string, number>();
  const seen = new Set<string>();
  for (const m of found) {
    if (m.kind !== 'place' || m.precision === 'country' || !m.country_code) continue;
    const k = key(m.text);
    if (seen.has(k)) continue;
    seen.add(k);
    const { cities, regions } = lookup(m.text);
    const ccs = new Set([...cities, ...regions].map((e) => e.cc));
    if (ccs.size === 0) ccs.add(m.country_code);
    for (const cc of ccs) share.set(cc, (share.get(cc) ?? 0) + 1 / ccs.size);
  }
  const [top, next] = [...share].sort((a, b) => b[1] - a[1]);
  return top && top[1] - (next?.[1] ?? 0) >= STORY_COUNTRY_OF_PLACES.lead ? top[0] : null;
}

/** The second reading, its mentions that the first read in another country labelled with the rule that changed them. */
function markChanged(first: PlaceMention[], second: PlaceMention[], rule: string): PlaceMention[] {
  const before = new Map(first.map((m) => [m.start, m.country_code]));
  return second.map((m) => (before.has(m.start) && before.get(m.start) !== m.country_code ? { ...m, rule: `${m.rule}>${rule}` } : m));
}

type Runs = { end: Int32Array; start: Int32Array };
type Dateline = { text: string; start: number; end: number; spanEnd: number };

/** What a mention pass knows of the whole text. */
interface Pass {
  text: string;
  toks: Token[];
  run: Runs | null;
  caps: boolean;
  dateline: Dateline | null;
  hints: string[];
  hintsMap: Map<string, number>;
  /** The country of unknown places and of small namesakes abroad. */
  fallbackCountry: string | null;
  /** Upper case: how many tokens from each one are words of some gazetteer name (an n-gram longer than that is none). */
  gazRun: Int32Array | null;
  /** Upper case: the same for country names. */
  countryRun: Int32Array | null;
  /** `place-surname-skip`: words the text writes after a given name. */
  surnames: Set<string>;
  out: PlaceMention[];
  trace?: RuleFiring[];
}

/** The token an n-gram starts at, and what precedes it: the same for every n-gram starting there, tested once. */
interface At {
  i: number;
  t: Token;
  before: string;
  relationBefore: string | null;
  districtOf: boolean;
  seatBefore: boolean;
  runEnd: number;
  /** An unknown name found at this token, taken when no shorter n-gram resolves. */
  unknown: PlaceMention | null;
  /** place-source-seat-skip: the end of a source's seat and its qualifier. */
  skipTo: number;
}

/** One n-gram starting at the token; the steps fill in what they find in order. */
interface Gram {
  n: number;
  last: Token;
  name: string;
  lname: string;
  /** Mixed case: the n-gram is only part of a capitalized run. */
  partial: boolean;
  relation: string | null;
  after: string;
  adminAfter: RegExpExecArray | null;
  localityAfter: RegExpExecArray | null;
  siteAfter: RegExpExecArray | null;
  within: Qualifier | null;
  r: Resolved | null;
  regionRule: string | null;
  strong: boolean;
}

/** `shorter`: no place, try the next shorter n-gram; `matched`: the token is done; `stop`: done, nothing found (a skip). */
type Outcome = 'shorter' | 'matched' | 'stop';
type GramStep = (p: Pass, a: At, g: Gram) => Outcome | undefined;

function mentionPass(
  text: string,
  toks: Token[],
  run: Runs | null,
  caps: boolean,
  dateline: Dateline | null,
  hints: string[],
  out: PlaceMention[],
  nameHints: string[] = hints,
  trace?: RuleFiring[],
): PlaceMention[] {
  const p = newPass(text, toks, run, caps, dateline, hints, out, nameHints);
  p.trace = trace;
  // pass 2: mentions
  for (let i = 0; i < toks.length; i++) {
    const a = tokenAt(p, i);
    if (a) i = mentionAt(p, a);
  }
  return out;
}

function newPass(text: string, toks: Token[], run: Runs | null, caps: boolean, dateline: Dateline | null, hints: string[], out: PlaceMention[], nameHints: string[]): Pass {
  // unknown places belong to the country the article names most by name (a Beirut-datelined story about Syria; demonyms
  // do not count: a Kherson story says "Russian" often), the dateline's on a tie
  const fallbackCountry = mostHinted(nameHints.length ? nameHints : hints);
  // upper case: how many tokens from each one are words of some gazetteer name, or of some country name
  // (an n-gram longer than that is neither)
  const gazRun = caps ? new Int32Array(toks.length + 1) : null;
  const countryRun = caps ? new Int32Array(toks.length + 1) : null;
  if (gazRun && countryRun)
    for (let i = toks.length - 1; i >= 0; i--) {
      gazRun[i] = inSomeName(toks[i]!.lower) ? gazRun[i + 1]! + 1 : 0;
      countryRun[i] = inSomeCountryName(toks[i]!.lower) ? countryRun[i + 1]! + 1 : 0;
    }
  return { text, toks, run, caps, dateline, hints, hintsMap: hintMap(hints), fallbackCountry, gazRun, countryRun, surnames: surnamesOf(text, toks), out };
}

/** `place-surname-skip`: the words (lower case) that follow a given name in a name of two or three words ("Gilda Flores", "Jose Angel Flores"). */
function surnamesOf(text: string, toks: Token[]): Set<string> {
  const out = new Set<string>();
  const joined = (a: Token, b: Token) => b.cap && /^[ \t\n]+$/.test(text.slice(a.end, b.start));
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || !isGivenName(t.lower) || (i > 0 && SAINT_BEFORE.test(toks[i - 1]!.lower) && joined(toks[i - 1]!, t))) continue;
    for (let j = i + 1; j <= i + 2 && j < toks.length && joined(toks[j - 1]!, toks[j]!); j++) out.add(toks[j]!.lower);
  }
  return out;
}

/** place-surname-skip: a lone word that is a person's surname elsewhere in the text, with nothing beside it that makes it a place (after resolveGram: listed or not). */
const surname: GramStep = (p, a, g) => {
  if (g.n !== 1 || !p.surnames.has(g.lname) || g.within || g.adminAfter || g.localityAfter || g.siteAfter) return undefined;
  // (traced where the name would have been a place: a listed one)
  if (g.r) p.trace?.push({ rule: SURNAME_NOT_PLACE.name, action: 'reject', text: g.name, start: a.t.start, end: g.last.end });
  return 'shorter';
};

/** How often the article's hints name the country. */
function mentionsOf(p: Pass, cc: string): number {
  return p.hints.filter((h) => h === cc).length;
}

/** The token as the start of a name, or null when what it is or what precedes it rules that out. */
function tokenAt(p: Pass, i: number): At | null {
  const { text, toks, run, dateline } = p;
  const t = toks[i]!;
  if (dateline && t.start < dateline.spanEnd && t.end > dateline.start) return null;
  if (!p.caps && !t.cap) return null;
  if (run && run.start[i] !== i && !(run.start[i] === -1)) return null; // inside a run: only whole runs are names
  // (a capitalised preposition opens no name: "In Kupiansk district" at a sentence's start is Kupiansk)
  if (run && run.start[i] === -1 && OPENING_PREPOSITION.test(t.lower)) return null;
  // (a window: this finder reads every sentence, the layer is built for 5,183 of muc4-dev's 19,139)
  const before = text.slice(Math.max(0, t.start - 50), t.start);
  if (PERSON_BEFORE.test(before)) return null;
  if (/between/i.test(before) && RANGE_BEFORE.test(before)) return null; // place-range-skip
  if (DESTINATION_BEFORE.test(before)) return null; // place-destination-skip
  const districtOf = DISTRICT_OF.test(before);
  const relationBefore = relationOf(p, t, before, districtOf);
  return { i, t, before, relationBefore, districtOf, seatBefore: SOURCE_SEAT_BEFORE.test(before), runEnd: run ? run.end[i]! : -1, unknown: null, skipTo: -1 };
}

/** The relation word before the token ("in", "north of"), else the previous place's when the token continues it. */
function relationOf(p: Pass, t: Token, before: string, districtOf: boolean): string | null {
  const relM = RELATION_BEFORE.exec(before);
  if (relM) return relM[1]!.toLowerCase().replace(/\s+/g, ' ');
  if (districtOf || OF_BEFORE.test(before)) return 'in';
  const prevOut = p.out[p.out.length - 1];
  if (!prevOut || !prevOut.relation) return null;
  const gap = p.text.slice(prevOut.end, t.start);
  // coordination: "in northern Iraq and Syria"
  if (/^\s*(?:,|and|or|,\s*and)\s*$/.test(gap)) return prevOut.relation;
  // "in Iraq's northern Sinjar district": the place inside a possessive country is where it happened
  if (prevOut.possessive && /^['’]s\s+(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$/i.test(gap)) return prevOut.relation;
  return null;
}

/** The n-grams at the token, longest first, until one is a place; returns the index of the last token it covers. */
function mentionAt(p: Pass, a: At): number {
  const { toks, out } = p;
  let outcome: Outcome = 'shorter';
  for (let n = Math.min(6, toks.length - a.i); n >= 1 && outcome === 'shorter'; n--) {
    const g = gramAt(p, a, n);
    if (g) outcome = gramOutcome(p, a, g);
  }
  let i = a.i;
  if (a.skipTo >= 0) {
    while (i + 1 < toks.length && toks[i + 1]!.start < a.skipTo) i++;
    return i;
  }
  let matched = outcome === 'matched';
  if (!matched && a.unknown) {
    out.push(a.unknown);
    matched = true;
  }
  if (matched) {
    const lastOut = out[out.length - 1];
    if (lastOut && lastOut.start === a.t.start) while (i + 1 < toks.length && toks[i + 1]!.start < lastOut.end) i++;
  }
  return i;
}

/** The n-gram of `n` tokens at the token, or null when it cannot be a name. */
function gramAt(p: Pass, a: At, n: number): Gram | null {
  const { text, toks, caps, run } = p;
  const { i, t } = a;
  const seq = toks.slice(i, i + n);
  const last = seq[n - 1]!;
  if (seq.some((x, j) => j > 0 && x.start - seq[j - 1]!.end > 1)) return null;
  if (n > 1 && /^(province|department|district|governorate|region|state|municipality|street|avenue|highway)$/.test(last.lower)) return null;
  if (!caps && seq.some((x, j) => !x.cap && !(j > 0 && j < n - 1 && PARTICLES.has(x.lower)))) return null;
  // mixed case: a name is a whole capitalized run ("Teresa Rueda" is not Teresa; "Galera Quemada" is not Galera)
  const partial = run !== null && a.runEnd >= 0 && i + n < a.runEnd;
  const name = text.slice(t.start, last.end);
  const lname = name.toLowerCase().replace(/\s+/g, ' ');
  // upper case: every n-gram is a candidate, and one that is no gazetteer key, country, demonym or
  // possessive can yield nothing (no unknown places in upper case): skip the tests on what follows it
  if (caps && !(n <= p.gazRun![i]! && lookupHit(name)) && !(n <= p.countryRun![i]! && countryByName(lname)) && !(n === 1 && countryByDemonym(lname)) && !/['’]s$/.test(name)) return null;
  // (past a list of street names: "SARMIENTO AND SAN MARTIN STREETS", listHead; not of a town's parts, "THE X AND Y
  // NEIGHBORHOODS", which make a namesake abroad a local place: press-heldout fell 0.588 -> 0.584)
  const after = listHead(text.slice(last.end, last.end + 140)).slice(0, 60);
  return { n, last, name, lname, partial, relation: a.relationBefore, after, adminAfter: null, localityAfter: null, siteAfter: null, within: null, r: null, regionRule: null, strong: false };
}

function gramOutcome(p: Pass, a: At, g: Gram): Outcome {
  for (const step of GRAM_STEPS) {
    const o = step(p, a, g);
    if (o) return o;
  }
  return 'shorter';
}

/** Words around the n-gram that make it no place, tested before any gazetteer look-up ("on Sunday" must not load it). */
const notAPlace: GramStep = (p, a, g) => {
  if (g.n === 1 && (AMBIGUOUS.has(g.lname) || g.lname.length < 3) && !g.relation && !qualifierOf(g.after, p.hintsMap) && !LOCALITY_IN_ARTICLE_COUNTRY.match.test(g.after)) return 'shorter';
  if (STREET_AFTER.test(g.after)) return 'shorter'; // place-street-skip
  // (and the street word after the name: "in Church Street" is no Street, Somerset)
  const prev = a.i > 0 ? p.toks[a.i - 1] : undefined;
  if (g.n === 1 && prev && STREET_WORD.test(g.lname) && (p.caps || prev.cap) && a.t.start - prev.end === 1 && !NOT_STREET_NAME.test(prev.lower)) return 'shorter';
  if (g.n === 1 && STREET_WORD_FIRST.test(g.lname) && STREET_NAME_AFTER.test(g.after)) return 'shorter';
  if (RIVER_AFTER.test(g.after) || WATER_OF_BEFORE.test(a.before)) return 'shorter'; // place-river-skip
  if (g.n === 1 && SETTLEMENT_OF_AFTER.test(g.after) && !countryByDemonym(g.lname)) return 'shorter'; // place-adjective-skip
  if (NOT_PLACE.test(g.lname)) return 'shorter';
  return undefined;
};

/** place-source-seat-skip: a source's seat and its qualifier are skipped whole. */
const sourceSeat: GramStep = (p, a, g) => {
  if (!((a.seatBefore || SOURCE_SEAT_AFTER.test(g.after)) && (lookupHit(g.name) || countryByName(g.lname)))) return undefined;
  const q = a.seatBefore ? qualifierOf(g.after, p.hintsMap) : null;
  a.skipTo = g.last.end + (q?.length ?? 0);
  return 'stop';
};

/** place-possessive: "in Iraq's northern Sinjar district" names Iraq; no unknown place "Iraq's". */
const possessive: GramStep = (p, a, g) => {
  if (!/['’]s$/.test(g.name)) return undefined;
  const stem = g.name.slice(0, -2);
  const c = countryByName(stem.toLowerCase());
  if (!c || !g.relation) return 'shorter';
  const r = resolveCountry(c.code);
  const start = a.t.start;
  p.out.push({ name: c.name, place: null, admin1: null, country: c.name, country_code: c.code, lat: r.lat, lon: r.lon, precision: 'country', relation: g.relation, text: stem, start, end: start + stem.length, rule: 'place-possessive', kind: 'place', possessive: true });
  return 'matched';
};

/** "the Peruvian capital": the noun after the demonym is its country's capital. */
const CAPITAL_NOUN = /^\s+capital\b/i;

/**
 * place-demonym: a demonym that locates, "an Iraqi airbase"; any other demonym is no place. "The Peruvian capital" is
 * the capital city of its country (Lima), its span the two words.
 */
const demonym: GramStep = (p, a, g) => {
  const d = g.n === 1 ? countryByDemonym(g.lname) : null;
  if (!d) return undefined;
  if (!DEMONYM_PLACE_NOUN.test(g.after)) return 'shorter';
  const noun = CAPITAL_NOUN.exec(g.after);
  const cap = noun && d.capital ? resolveWith(d.capital, hintMap([d.code, d.code]), { within: { cc: d.code, admin1: null } }) : null;
  if (cap && cap.precision === 'city') {
    const end = g.last.end + noun![0].length;
    p.out.push({ ...cap, relation: g.relation, text: p.text.slice(a.t.start, end), start: a.t.start, end, rule: 'place-demonym', kind: 'place' });
    return 'matched';
  }
  p.out.push({ name: d.name, place: null, admin1: null, country: d.name, country_code: d.code, lat: d.lat, lon: d.lon, precision: 'country', relation: g.relation, text: g.name, start: a.t.start, end: g.last.end, rule: 'place-demonym', kind: 'demonym' });
  return 'matched';
};

/** The words after the name, and the country or region beside it that has it ("Atlanta, Georgia": the state), else the first one. */
const qualify: GramStep = (p, _a, g) => {
  g.adminAfter = ADMIN_AFTER.exec(g.after);
  g.localityAfter = LOCALITY_AFTER.exec(g.after);
  g.siteAfter = SITE_AFTER.exec(g.after);
  const quals = qualifiersOf(g.after, p.hintsMap);
  const found = g.partial ? undefined : quals.find((q) => resolveWith(g.name, p.hintsMap, { within: q }));
  g.within = found ?? quals[0] ?? null;
  return undefined;
};

/** place-country: a country name where something happened; a country's facility or a country that acts is none. */
const countryName: GramStep = (p, a, g) => {
  const country = g.within ? null : countryByName(g.lname);
  if (!country || g.partial) return undefined;
  // "IN CENTRAL AMERICA", "in Latin America": a region of the world (WORLD_REGION) with its word before, not the country
  const b = a.before.trimEnd();
  if (WORLD_REGION.test(`${b.slice(Math.max(b.lastIndexOf(' '), b.lastIndexOf('\n')) + 1).toLowerCase()} ${g.lname}`)) return 'matched';
  // place-country-facility-skip: "at US bases", "outside the US embassy": a country's facility abroad, not the country
  if (SITE_AFTER.test(g.after) || /^\s+bases\b/i.test(g.after)) return 'matched';
  // without "in/near/…" a country name is an actor ("the US routinely blames"), not where something happened
  if (!g.relation && !g.adminAfter) return 'matched';
  const r = resolveWith(g.name, p.hintsMap);
  if (!r || r.precision !== 'country') return undefined;
  p.out.push({ ...r, relation: g.relation, text: g.name, start: a.t.start, end: g.last.end, rule: 'place-country', kind: 'place' });
  return 'matched';
};

/** The gazetteer's entry for the name, in the region beside it if any. */
const resolveGram: GramStep = (p, a, g) => {
  if (g.n === 1 && (g.lname === 'us' || g.lname === 'u.s')) return 'shorter';
  const { hintsMap } = p;
  const { name, within, partial } = g;
  // ("the city of Kherson" is the city, "the department of Meta" the region)
  const preferRegion = ((!!g.adminAfter || STATE_AFTER.test(g.after)) && !g.localityAfter) || (a.districtOf && !SETTLEMENT_NAMED_BEFORE.test(a.before));
  const inRegion = partial ? null : resolveWith(name, hintsMap, { preferRegion, within });
  // place-region-admin1: in the region's country, but the gazetteer has it in another admin1 (or none)
  g.r = inRegion ?? (within && !partial ? resolveInRegion(name, hintsMap, within, preferRegion) : partial ? null : resolveWith(name, hintsMap, { preferRegion }));
  g.regionRule = within ? (inRegion ? within.rule : g.r?.country_code === within.cc ? `${within.rule}>${REGION_ADMIN1.name}` : null) : null;
  g.strong = !!g.relation || !!g.adminAfter || !!g.siteAfter || !!g.localityAfter || !!within || g.n > 1;
  return undefined;
};

/** An unknown name after "in/near/at" or before "Department": a place of the article's country, kept for the token. */
const unknownName: GramStep = (p, a, g) => {
  if (g.r) return undefined;
  const { text } = p;
  const { t, before } = a;
  const { n, last, name, lname, after, within } = g;
  const wholeRun = !p.run || a.runEnd < 0 || a.i + n === a.runEnd;
  if (!wholeRun) return 'shorter';
  // (the next word without its punctuation: "AT FENASTRAS HEADQUARTERS, WHICH", "[AT FENASTRAS HEADQUARTERS]")
  if (ORG_WORD.test(last.lower) || ORG_WORD.test((/^\s*([\p{L}-]+)/u.exec(after)?.[1] ?? '').toLowerCase())) return 'shorter';
  if (STRUCTURE_AFTER.test(after)) return 'shorter'; // place-structure-skip
  if (/['’]s$/.test(text.slice(last.end, last.end + 2))) return 'shorter'; // "Aeronica's offices"
  if (/^['’](?:\s|$)/.test(text.slice(last.end, last.end + 2))) return 'shorter'; // "Pelaez' vehicle"
  if (unknownNotPlace(lname, n, before, after)) return 'shorter';
  const local = (g.relation && /^(in|near|at|outside)/.test(g.relation)) || g.adminAfter || g.localityAfter || SETTLEMENT_NAMED_BEFORE.test(before);
  // place-region-unknown: a region beside it gives its country and admin1
  const cc = within?.cc ?? p.fallbackCountry;
  if (!a.unknown && !p.caps && local && cc && !(n === 1 ? NOT_PLACE.test(t.lower) : NOT_PLACE.test(last.lower) || /^(the|a|an|his|her|their|its)$/.test(t.lower)) && !/\d/.test(name)) {
    // place-surname-skip: an unknown name that opens with a given name ("fired at Roberto Salgado, 45, as he greeted voters")
    // is a person's, unless words beside it make it a place ("the village of Abu Saida", "Juan Bueno, Arboledas municipality")
    if (n >= 2 && givenNameOpens(a, g)) {
      p.trace?.push({ rule: SURNAME_NOT_PLACE.name, action: 'reject', text: name, start: t.start, end: last.end });
      return 'shorter';
    }
    const c = resolveCountry(cc);
    const clean = name.replace(/\s+/g, ' ');
    const admin = !!g.adminAfter && !g.localityAfter && !within?.admin1;
    const rule = within ? `${within.rule}>${REGION_UNKNOWN.name}` : admin ? 'place-unknown-admin' : 'place-unknown-after-preposition';
    a.unknown = { name: clean, place: admin ? null : clean, admin1: admin ? clean : (within?.admin1 ?? null), country: c.country, country_code: cc, lat: null, lon: null, precision: admin ? 'admin1' : 'city', relation: g.relation, text: name, start: t.start, end: last.end, rule, kind: 'place' };
  }
  return 'shorter';
};

/** `place-surname-skip`, of a whole name: its first word a given name, no locality, region or site word beside it, not quoted. */
function givenNameOpens(a: At, g: Gram): boolean {
  if (!isGivenName(a.t.lower) || g.within || g.adminAfter || g.localityAfter || g.siteAfter || SETTLEMENT_NAMED_BEFORE.test(a.before)) return false;
  // (a site named after a person: "at Omar Torrijos international airport", "on Simon Bolivar avenue")
  const site = g.after.replace(/^\s+(?:international|national|military|regional|municipal)\b/i, '');
  if (SITE_AFTER.test(site) || STRUCTURE_AFTER.test(site) || STREET_AFTER.test(site)) return false;
  // (a part of a city, as place-neighbourhood-of-city reads it: "in the Abu Shouk area of El Fasher")
  if (PART_OF_AFTER.test(g.after)) return false;
  // (a town's own municipality or department after it: "at Juan Bueno, Arboledas municipality")
  const next = /^,\s+(?:\p{Lu}[\p{L}'-]*\s+){1,3}/u.exec(g.after);
  return !(next && (ADMIN_AFTER.test(` ${g.after.slice(next[0].length)}`) || LOCALITY_AFTER.test(` ${g.after.slice(next[0].length)}`)));
}

/** Known names that are words here: weak ones in upper case, common words in upper case, names that speak. */
const wordNotPlace: GramStep = (p, a, g) => {
  if (p.caps && !g.strong) return 'shorter';
  // place-caps-common-word: in upper-case wires, "THE VILLAGE", "GARRISON", "TO CHANGE" are words, not namesakes of towns abroad
  if (p.caps && (a.t.lower === 'the' || (g.n === 1 && CAPS_COMMON_WORDS.test(g.lname)) || (g.n === 1 && g.relation === 'to'))) return 'shorter';
  // place-speaker-skip: "…, state security chief Juan Mauro Gonzalez said": a name that speaks is a person or an institution
  if (!g.relation && SPEAKER_AFTER.test(g.after)) return 'shorter';
  return undefined;
};

/** A small namesake abroad ("San Borja" in a Lima story is not the Bolivian town): an unlisted place of the article's country. */
const namesake: GramStep = (p, a, g) => {
  const r = g.r!;
  const { name, lname, n, after } = g;
  const fallback = p.fallbackCountry;
  const abroad = !g.within && !!fallback && r.precision === 'city' && r.country_code !== fallback && mentionsOf(p, r.country_code!) < mentionsOf(p, fallback!) && g.strong && !onlyIn(name, r.country_code!, p);
  // place-locality-in-article-country: a neighbourhood or canton is local whatever the size of its namesakes abroad
  const locality = abroad && LOCALITY_IN_ARTICLE_COUNTRY.match.test(after);
  const isNamesake = abroad && (locality || biggestPopulation(name, r.country_code!) < NAMESAKE_POPULATION);
  // place-structure-skip: "La Cruz Hill" names a hill, not a small town abroad or in a country the article never names
  if (STRUCTURE_AFTER.test(after) && r.precision === 'city' && (isNamesake || (!p.hintsMap.has(r.country_code!) && biggestPopulation(name, r.country_code!) < NAMESAKE_POPULATION))) return 'shorter';
  if (!isNamesake) return undefined;
  if (unknownNotPlace(lname, n, a.before, after, true)) return 'shorter'; // as unlisted as an unknown name
  const c = resolveCountry(fallback!);
  const clean = name.replace(/\s+/g, ' ');
  // (one rule, a locality word after it or a small namesake abroad: a place of the article's country)
  p.out.push({ name: clean, place: clean, admin1: null, country: c.country, country_code: fallback, lat: null, lon: null, precision: 'city', relation: g.relation, text: name, start: a.t.start, end: g.last.end, rule: LOCALITY_IN_ARTICLE_COUNTRY.name, kind: 'place' });
  return 'matched';
};

/** A name whose every entry is in one country the article names ("Arcatao" in a story of Honduran raids on Salvadoran soil): no namesake. */
function onlyIn(name: string, cc: string, p: Pass): boolean {
  if (!p.hintsMap.has(cc)) return false;
  const { cities, regions } = lookup(name);
  return cities.length + regions.length > 0 && [...cities, ...regions].every((e) => e.cc === cc);
}

/** A weak name abroad, and a region or capital that speaks for its government ("Washington said"). */
const weakOrMetonym: GramStep = (p, _a, g) => {
  const r = g.r!;
  if (!g.strong && !p.hintsMap.has(r.country_code!)) return 'shorter';
  if (!g.relation && METONYM_AFTER.test(g.after) && r.precision !== 'city') return 'shorter';
  if (!g.relation && METONYM_AFTER.test(g.after) && countryByCode(r.country_code!)?.capital?.toLowerCase().startsWith(g.lname)) return 'matched';
  return undefined;
};

/** The place: a site ("Balad airbase"), a region's seat ("the capital of Caqueta"), else the name as resolved. */
const emitPlace: GramStep = (p, a, g) => {
  const { text, out } = p;
  const { t, before } = a;
  const { last, relation, name, siteAfter } = g;
  const r = g.r!;
  if (siteAfter) {
    const end = last.end + siteAfter[0].length;
    out.push({ ...r, name: text.slice(t.start, end).replace(/\s+/g, ' '), precision: 'site', relation, text: text.slice(t.start, end), start: t.start, end, rule: 'place-site', kind: 'place' });
    return 'matched';
  }
  const rule = g.regionRule ?? (a.districtOf ? 'place-district-of' : r.precision === 'admin1' ? 'place-admin1' : 'place-city');
  // place-capital-of-region: "the capital of Caqueta" is the region's seat, Florencia
  const cap = r.precision === 'admin1' && r.admin1 ? CAPITAL_OF_BEFORE.exec(before) : null;
  const seat = cap ? seatOf(r.country_code!, r.admin1!) : null;
  if (cap && seat) {
    const start = t.start - before.length + cap.index + cap[0].search(/\S/);
    out.push({ ...r, name: seat.name, place: seat.name, lat: seat.lat, lon: seat.lon, precision: 'city', relation: relation ?? 'in', text: text.slice(start, last.end), start, end: last.end, rule: 'place-capital-of-region', kind: 'place' });
  } else out.push({ ...r, relation, text: name, start: t.start, end: last.end, rule, kind: 'place' });
  return 'matched';
};

/** The tests on an n-gram, in order: the first outcome decides. */
const GRAM_STEPS: GramStep[] = [notAPlace, sourceSeat, possessive, demonym, qualify, countryName, resolveGram, surname, unknownName, wordNotPlace, namesake, weakOrMetonym, emitPlace];
