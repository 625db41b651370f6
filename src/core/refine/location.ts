// Where an incident happened when none of its own sentences names a place:
// a place told in a sentence next to them (location-nearby-sentence), else
// the dateline's city, unless the dateline is abroad (a Moscow or Panama City
// wire about a murder in El Salvador), where the country the body names most
// stands in. Rules as data; record.ts applies them.
import type { PlaceMention } from '../extract/places/index.js';
import { countryByCode, countryByDemonym } from '../geo/countries.js';
import type { ArticleContext, Role } from './context.js';
import { incidentPlace } from './attach.js';
import { holdsBefore, sentenceAfter, sentenceBefore, skippedAt, skippedBefore, type ClauseReader } from '../lang/within.js';
import { ADMIN_AFTER, DEMONYM_OF_REGION, LOCALITY_AFTER, SETTLEMENT_NAMED_BEFORE } from '../extract/places/lexicon.js';

export interface LocationRule {
  name: string;
  /** What it applies to, in words (the code below is its only test). */
  match: string;
  then: string;
  examples: string[];
}

export const ARTICLE_COUNTRY: LocationRule & { least: number } = {
  name: 'location-article-country',
  // (one mention is a victim's nationality or a party's name, "A SPANISH PRIEST", "[APRA AMERICAN POPULAR REVOLUTIONARY
  // ALLIANCE]", not a story told from abroad: muc4-dev DEV-MUC3-1263, -0201)
  least: 2,
  match: 'an incident whose sentences name no place, in an article whose body names another country (places and demonyms) more often than the dateline\'s, and at least `least` times',
  then: 'the city of that country the article names most (the first on a tie), else the country at country precision, with the span of its first mention (its name, else a place or demonym of it)',
  examples: [
    'MOSCOW (USSR), 20 SEP 89 (TASS) -- … the murder … Salvadoran … in El Salvador: El Salvador, not Moscow',
    'PANAMA CITY (PANAMA), 17 NOV 89 (LA REPUBLICA) -- … the Jesuits murdered in San Salvador …: San Salvador',
    'TEGUCIGALPA, 9 JUN 89 (ACAN-EFE) -- THE HONDURAN GOVERNMENT TODAY DENOUNCED THE ASSASSINATION OF SALVADORAN PRESIDENCY MINISTER … WHAT HAS HAPPENED IN SAN SALVADOR "IS INHUMANE": San Salvador',
    'neg: SAN SALVADOR, 3 MAY 90 -- … THE MURDER OF A SPANISH PRIEST … (one Spanish mention, none of El Salvador in the body): the dateline stands',
  ],
};

export const NEARBY_SENTENCE: LocationRule = {
  name: 'location-nearby-sentence',
  match: 'an incident whose sentences name no place, in an article with a dateline place, a sentence of no other incident within two of its own, naming no year but the publication\'s, that names a town, site or region of the fallback\'s country',
  then: 'that place (the nearest sentence; after before before), not the dateline\'s city',
  examples: [
    'pos: LIMA … INSPECTOR EULOGIO FLORES DIED IN THE EXPLOSION.  THE POLICE REPORTED THAT THE INCIDENT TOOK PLACE … IN THE CARAHUAICHI-JAURIN AREA.: Carahuaichi-Jaurin, not Lima',
    'pos: LIMA … TEN TERRORISTS HURLED DYNAMITE STICKS AT U.S. EMBASSY FACILITIES IN THE MIRAFLORES DISTRICT …  THE ATTACK TOOK PLACE AT 2100: Miraflores',
    'neg: SAN SALVADOR … A BOMB EXPLODED AT A BANK.  GUERRILLAS ALSO ATTACKED A POST IN CHALATENANGO.: the bomb stays in San Salvador (the next sentence is another incident\'s)',
    'neg: PEMBA … It was the third attack on the highway this month. The insurgency began in October 2017 in the coastal town of Mocimboa da Praia.: Pemba (another year, another time)',
  ],
};

export const PLACELESS_DATELINE_COUNTRY: LocationRule = {
  name: 'location-placeless-dateline-country',
  match: 'an incident whose sentences name no place, in an article whose dateline names no place ("CLANDESTINE, 12 JAN 90 (RADIO VENCEREMOS) --", "NO CITY (EL SALVADOR), 20 OCT 89 --"), whose body names one country (places and demonyms) more often than any other',
  then: 'the city of that country the article names most (the first on a tie), else the country at country precision, with the span of its first mention',
  examples: [
    'CLANDESTINE, 17 NOV 89 (RADIO VENCEREMOS) -- … WHO HAD KILLED FATHER IGNACIO ELLACURIA … THE SALVADORAN ARMY …: El Salvador',
    'Clandestine, 26 Aug 88 (Radio Venceremos) -- … was killed … in San Salvador … Salvadoran …: San Salvador',
    'neg: NO CITY, NO DATE -- … (no dateline date: no dateline read, no country)',
  ],
};

export const UNLISTED_LOCALITY: LocationRule = {
  name: 'location-unlisted-locality',
  match: 'two places of an incident\'s sentences that rank the same (precision, relation), of one country, one of them a place the gazetteer does not list that the words beside it call a locality ("Araucita jurisdiction", "Palo Quemado sector", "the village of Chinchipe": LOCALITY_AFTER, ADMIN_AFTER, SETTLEMENT_NAMED_BEFORE)',
  then: 'the unlisted one: a town the gazetteer lists is the larger place the text names beside the village where it happened; a district or neighbourhood beside a listed town is a site of that town',
  examples: [
    'pos: BOGOTA … A NEW ATTACK … WAS CARRIED OUT … BY TERRORISTS IN ARAUCA INTENDANCY.  … THE ATTACK OCCURRED NEAR THE KM - 45 MARKER IN ARAUCITA JURISDICTION: Araucita, not Arauca',
    'pos: LIMA … THE TERRORISTS ATTACKED THE POLICE POST IN CHINCHIPE, IN LA MAR PROVINCE …, AND THEN MOVED ON TO AYACUCHO: Chinchipe',
    'neg: BOGOTA … A BOMB EXPLODED IN MEDELLIN, NOT FAR FROM ENVIGADO: both listed, the first stays',
    'neg: … IN THE VILLAGE OF X, 7 KM NORTH OF HUANTA: a place "north of" ranks lower already',
    'neg: … THE ATTACK OCCURRED NEAR THE KM - 45 MARKER IN ARAUCA: "KM" is no locality (no word beside it says so)',
    'pos: KHARKIV … Russian forces struck Kharkiv with two guided aerial bombs, hitting a residential area of the Kyivskyi district: Kyivskyi, a site of Kharkiv (a district or neighbourhood beside a listed town is a site of it)',
  ],
};

export const SITE_OF_CITY_NEARBY: LocationRule = {
  name: 'location-site-of-city-nearby',
  match: 'an incident placed in a city (a place of its sentences, or the dateline\'s), when a sentence of no other incident between two of its own or within two of them, naming no year but the publication\'s, names a site of that city (a neighbourhood, a campus: its settlement is the city)',
  then: 'that site, its settlement the city: the sentence says where in the city',
  examples: [
    'pos: MEDELLIN, 11 SEP 89 (EFE) -- PABLO PELAEZ GONZALES … WAS MURDERED TODAY BY GUNMEN …  PELAEZ GONZALEZ WAS INTERCEPTED … FROM HIS HOME IN THE EL POBLADO NEIGHBORHOOD IN SOUTHERN MEDELLIN.  THE ATTACK TOOK PLACE AT 0845 …: El Poblado, place Medellín (the sentence between two of its own)',
    'neg: … WAS MURDERED TODAY IN MEDELLIN.  A BOMB EXPLODED IN THE EL POBLADO NEIGHBORHOOD OF MEDELLIN: the next sentence is another incident\'s',
    'neg: … WAS MURDERED TODAY IN CALI.  HE HAD LIVED IN THE EL POBLADO NEIGHBORHOOD IN SOUTHERN MEDELLIN: a site of another city',
  ],
};

export const LOCATION_RULES: LocationRule[] = [ARTICLE_COUNTRY, NEARBY_SENTENCE, PLACELESS_DATELINE_COUNTRY, UNLISTED_LOCALITY, SITE_OF_CITY_NEARBY];

const NEARBY_PRECISION = new Set(['city', 'site', 'admin1']);

/** Whether a sentence names a year other than the publication's. */
export function otherYear(ctx: ArticleContext, s: { start: number; end: number }): boolean {
  const year = ctx.published?.slice(0, 4);
  for (const m of ctx.text.slice(s.start, s.end).matchAll(/\b(?:19|20)\d{2}\b/g)) if (m[0] !== year) return true;
  return false;
}

/**
 * `location-nearby-sentence`: the place told in a sentence next to an incident's own (none of another incident), when its
 * own name none: the nearest, the later first; in the country `cc` when given. Scans stop at another incident's sentence.
 * `between`: a sentence between two of its own first.
 */
export function nearbyPlace(ctx: ArticleContext, own: number[], others: Set<number>, cc: string | null, keep: (p: PlaceMention) => boolean = (p) => NEARBY_PRECISION.has(p.precision), between = false): PlaceMention | null {
  const first = Math.min(...own);
  const last = Math.max(...own);
  const placeIn = (i: number): PlaceMention | undefined => {
    const s = ctx.sentences[i]!;
    if (s.end <= (ctx.dateline?.span.start ?? 0)) return undefined; // the headline
    // a sentence that names another year tells another time ("The insurgency began in October 2017 in … Mocimboa da Praia")
    if (otherYear(ctx, s)) return undefined;
    return ctx.places.find((x) => x.start >= s.start && x.end <= s.end && x.kind === 'place' && keep(x) && (!cc || x.country_code === cc) && incidentPlace(ctx, x));
  };
  // a sentence between two of its own is next to them both (only for a site of the incident's city: for a place of an
  // incident that names none, muc4-tst2 gained a false event and everyday-dev-2 fell 0.674 -> 0.667)
  for (let i = first + 1; between && i < last; i++) {
    const p = own.includes(i) || others.has(i) ? undefined : placeIn(i);
    if (p) return p;
  }
  const open = { after: true, before: true };
  for (let dist = 1; dist <= 2; dist++) {
    for (const [dir, i] of [['after', last + dist], ['before', first - dist]] as const) {
      if (!open[dir] || i < 0 || i >= ctx.sentences.length) continue;
      if (others.has(i)) {
        open[dir] = false;
        continue;
      }
      const p = placeIn(i);
      if (p) return p;
    }
  }
  return null;
}

interface CountryWeight {
  /** Places of the body in the country (not the dateline), and words after the dateline that are its demonym. */
  n: number;
  /** The first of them: its country name as placed, else the first mention. */
  first: { text: string; start: number; end: number; country: boolean };
}

/** How often the body names each country: its places (not the dateline) and its demonyms ("the Salvadoran army"). */
function countryWeights(ctx: ArticleContext, from: number): Map<string, CountryWeight> {
  const w = new Map<string, CountryWeight>();
  const add = (cc: string, at: { start: number; end: number }, country: boolean) => {
    const x = w.get(cc);
    const first = { text: ctx.text.slice(at.start, at.end), start: at.start, end: at.end, country };
    if (!x) w.set(cc, { n: 1, first });
    else {
      x.n++;
      if (country && !x.first.country) x.first = first;
    }
  };
  for (const p of ctx.places) if (p.kind !== 'dateline' && p.country_code && incidentPlace(ctx, p)) add(p.country_code, p, p.precision === 'country');
  for (const m of ctx.lower.slice(from).matchAll(/[a-z]+(?:-[a-z]+)?/g)) {
    if (m[0].length <= 3) continue;
    const at = from + m.index!;
    const c = countryByDemonym(m[0]);
    // (`demonym-of-region-skip`: "Latin American" is no American; read before a demonym only)
    if (!c) skippedBefore(ctx, at, DEMONYM_OF_REGION.match);
    else if (!regionDemonym(ctx, at) && !languageDemonym(ctx, at, at + m[0].length)) add(c.code, { start: at, end: at + m[0].length }, false);
  }
  return w;
}

/** `demonym-of-region-skip`, a language: "in" right before the demonym at `at`..`end`, a bracket, a stop, "to", "at" or a figure after it. */
export function languageDemonym(ctx: ClauseReader, at: number, end: number): boolean {
  const { before, after } = DEMONYM_OF_REGION.language;
  if (!before.test(sentenceBefore(ctx, at)) || !after.test(sentenceAfter(ctx, end))) return false;
  skippedAt(ctx, at);
  return true;
}

/**
 * A region word right before the demonym, one blank or hyphen between ("central american"): no clause starts between
 * them (lang/clauses.ts: not after a comma, a dash or a verb of saying, nor at a demonym), so the sentence's text gives
 * what the clause's would, and no layer is built for it.
 */
const REGION_WORD_BESIDE = /^(?:latin|central|south|north|ibero|meso|pan)(?:\s+|-)$/i;

/** DEMONYM_OF_REGION before a demonym at `at`, in its clause. */
export function regionDemonym(ctx: ClauseReader, at: number): boolean {
  const m = DEMONYM_OF_REGION.match.exec(sentenceBefore(ctx, at));
  if (!m || !REGION_WORD_BESIDE.test(m[0])) return holdsBefore(ctx, at, DEMONYM_OF_REGION.match);
  skippedAt(ctx, at);
  return true;
}

/** The country a story is about: the one its body names most; `home` (the dateline's) wins a tie. */
function storyCountry(w: Map<string, CountryWeight>, home: string | null): string | null {
  let top = home && w.has(home) ? home : null;
  for (const [cc, x] of w) if (top === null || x.n > w.get(top)!.n) top = cc;
  return top;
}

/**
 * The place of an incident that names none: the dateline's, or (`location-article-country`) the country the body
 * names most, places and demonyms, when it names it more often than the dateline's.
 */
export function fallbackLocation(ctx: ArticleContext): Role<PlaceMention> | null {
  const dateline: PlaceMention | undefined = ctx.places.find((p) => p.kind === 'dateline');
  if (!dateline) return ctx.dateline ? placelessDatelineCountry(ctx, ctx.dateline.span.end) : null;
  const cc = dateline.country_code;
  const w = countryWeights(ctx, dateline.end);
  const top = storyCountry(w, cc);
  if (!top || top === cc || w.get(top)!.n <= (cc ? (w.get(cc)?.n ?? 0) : 0) || w.get(top)!.n < ARTICLE_COUNTRY.least) return { value: dateline, rule: `${dateline.rule}>dateline` };
  // (a city the gazetteer lists: an unlisted name of a story told from abroad may be a misread word, "Latin American")
  const city = mostNamedCity(ctx, top);
  if (city && city.lat !== null) return { value: { ...city, rule: ARTICLE_COUNTRY.name }, rule: ARTICLE_COUNTRY.name };
  return countryPlace(top, w.get(top)!.first, ARTICLE_COUNTRY.name);
}

/** `location-placeless-dateline-country`: the country the body names most, alone at the top, after a dateline with no place. */
function placelessDatelineCountry(ctx: ArticleContext, from: number): Role<PlaceMention> | null {
  const w = countryWeights(ctx, from);
  const ranked = [...w].sort((a, b) => b[1].n - a[1].n);
  const [top, second] = ranked;
  if (!top || (second && second[1].n === top[1].n)) return null;
  const city = mostNamedCity(ctx, top[0]);
  // (a guess: record.ts applies it only to an incident with particulars of its own)
  if (city) return { value: { ...city, rule: PLACELESS_DATELINE_COUNTRY.name }, rule: PLACELESS_DATELINE_COUNTRY.name, guessed: true };
  return { ...countryPlace(top[0], top[1].first, PLACELESS_DATELINE_COUNTRY.name), guessed: true };
}

/** The city of country `cc` the article names most often (the first named on a tie), or null. */
function mostNamedCity(ctx: ArticleContext, cc: string): PlaceMention | null {
  const count = new Map<string, { n: number; first: PlaceMention }>();
  for (const p of ctx.places) {
    if (p.kind !== 'place' || p.country_code !== cc || p.precision !== 'city' || !incidentPlace(ctx, p)) continue;
    const x = count.get(p.name);
    if (x) x.n++;
    else count.set(p.name, { n: 1, first: p });
  }
  let best: { n: number; first: PlaceMention } | null = null;
  for (const x of count.values()) if (!best || x.n > best.n) best = x;
  return best?.first ?? null;
}

/** A country as the place of an incident, at country precision, with the span of its first mention. */
function countryPlace(top: string, first: CountryWeight['first'], rule: string): Role<PlaceMention> {
  const c = countryByCode(top);
  const value: PlaceMention = {
    name: c?.name ?? top,
    place: null,
    admin1: null,
    country: c?.name ?? null,
    country_code: top,
    lat: c?.lat ?? null,
    lon: c?.lon ?? null,
    precision: 'country',
    relation: null,
    text: first.text,
    start: first.start,
    end: first.end,
    rule,
    kind: 'place',
  };
  return { value, rule };
}

/**
 * `location-unlisted-locality`: of the incident's places that rank the same as `best` (`same`), in its country, the first
 * the gazetteer does not list whose words beside it call it a locality; undefined when `best` is unlisted itself or none is.
 */
export function unlistedLocality<T extends { value: PlaceMention }>(ctx: ArticleContext, best: PlaceMention, places: readonly T[], same: (p: PlaceMention) => boolean): T | undefined {
  if (best.lat === null) return undefined;
  return places.find(
    (p) =>
      p.value.lat === null &&
      p.value.kind === 'place' &&
      p.value.country_code === best.country_code &&
      same(p.value) &&
      (LOCALITY_AFTER.test(sentenceAfter(ctx, p.value.end)) || ADMIN_AFTER.test(sentenceAfter(ctx, p.value.end)) || holdsBefore(ctx, p.value.start, SETTLEMENT_NAMED_BEFORE)),
  );
}

/** A town's part after an unlisted name ("the Kyivskyi district", "the Palo Quemado sector"). */
const TOWN_PART_AFTER = /^\s+(?:neighbou?rhood|district|sector|quarter|suburb)s?\b/i;

/**
 * `location-unlisted-locality`, in a town: an unlisted neighbourhood or district beside a town the gazetteer lists ("struck
 * Kharkiv …, hitting a residential area of the Kyivskyi district") is a site of that town, its settlement the town's.
 */
export function unlistedInTown(ctx: ArticleContext, unlisted: PlaceMention, town: PlaceMention): PlaceMention {
  if (town.precision !== 'city' || town.lat === null || !town.place || unlisted.country_code !== town.country_code || !TOWN_PART_AFTER.test(sentenceAfter(ctx, unlisted.end))) return unlisted;
  return { ...unlisted, place: town.place, admin1: town.admin1, lat: town.lat, lon: town.lon, precision: 'site' };
}

/** `location-site-of-city-nearby`: a site of the city `city` told in a sentence next to the incident's own, or null. */
export function siteOfCityNearby(ctx: ArticleContext, own: number[], others: Set<number>, city: PlaceMention): PlaceMention | null {
  if (city.precision !== 'city' || !city.place) return null;
  return nearbyPlace(ctx, own, others, city.country_code, (p) => p.precision === 'site' && p.place === city.place, true);
}
