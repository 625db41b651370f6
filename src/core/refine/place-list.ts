// Refiner: one sentence that tells the same deed in a list of places ("destroyed
// two pylons and seven power poles in Guazapa, Chalatenango, and Ilobasco",
// "kidnapped 30 peasants in Cuscatlan and Santa Ana departments") tells one
// incident in each place, as MUC-4 and the GTD code them. The incident of the
// list's place is copied to every other place of the list.
import type { EventRecord, RuleFiring } from '../types.js';
import type { ArticleContext } from './context.js';
import type { PlaceMention } from '../extract/places/index.js';
import { holdsAfter, holdsBefore } from '../lang/within.js';

/**
 * `place-list-apart`: the places of a coordinated list ("in X, Y, and Z", "in X and Y") in the sentence of an incident's
 * location, each a town, site or province of one country, none inside another, are one incident each. Not a route or
 * a span ("the road between X and Y", "from X to Y"), not streets of a crossing, not the places of people ("the mayors of X and Y"), not a place and its province ("San Carlos, Morazan department":
 * no "and"), not a name the gazetteer does not know. A place another incident of the story already has is that incident's.
 */
export const PLACE_LIST = {
  name: 'place-list-apart',
  /** What may stand between two places of the list: a comma, "and", or both. */
  separator: /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/,
  /** The list stands where a place of the incident stands: after "in", "at", "near" ("in the towns of"); not "between" (a route). */
  after: /\b(?:in|at|near)\s+(?:the\s+)?(?:(?:towns?|cities|villages|municipalities|departments|provinces|neighbou?rhoods|areas)\s+of\s+)?$/,
  /** A list that places a target ("the post located in El Guineo and Pueblo Nuevo"), not the deeds. */
  notAfter: /\b(?:located|situated|based|stationed|lying)\s+(?:in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+of\s+)?$/,
  /** Names of streets ("on Tarapaca and Santa Rosa streets") are one crossing. */
  notBefore: /^\s+(?:streets?|avenues?|sts?\b|roads?)/,
  examples: {
    pos: [
      'The rebels destroyed two high-voltage pylons and seven power poles in Guazapa, Chalatenango, and Ilobasco.',
      'The army accused the guerrillas of kidnapping 30 peasants in Cuscatlan and Santa Ana departments.',
    ],
    neg: [
      'A terrorist was killed in La Ranera stream, San Carlos, Morazan department.',
      'The guerrillas blew up the road between Andahua and Arequipa.',
      'The mayors of Cocorna, San Carlos, and San Francisco were released in the municipality of San Francisco.',
      'A bomb exploded on the downtown corner of Sarmiento and San Martin streets.',
      'The rebels attacked the 9th Infantry Brigade post located in El Guineo and Pueblo Nuevo.',
    ],
  },
};

/** Precisions a place of a list may have: below a country (a list of countries is a region's story). */
const LISTED_PRECISION: ReadonlySet<string> = new Set(['city', 'site', 'admin1']);

const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Whether `a` lies inside `b` (a town and its province), or both are one place. */
const inside = (a: PlaceMention, b: PlaceMention) => b.precision === 'admin1' && a.precision !== 'admin1' && !!a.admin1 && norm(a.admin1) === norm(b.name);
const nested = (a: PlaceMention, b: PlaceMention) => inside(a, b) || inside(b, a) || norm(a.name) === norm(b.name);

/** The coordinated list of places that holds the mention at `k` of `places` (sorted by start), or null. */
function listAt(ctx: ArticleContext, places: PlaceMention[], k: number): PlaceMention[] | null {
  const sep = (a: PlaceMention, b: PlaceMention) => ctx.lower.slice(a.end, b.start);
  const fits = (p: PlaceMention) => p.kind === 'place' && p.lat !== null && LISTED_PRECISION.has(p.precision) && p.country_code === places[k]!.country_code;
  let from = k;
  let to = k;
  while (from > 0 && fits(places[from - 1]!) && PLACE_LIST.separator.test(sep(places[from - 1]!, places[from]!))) from--;
  while (to + 1 < places.length && fits(places[to + 1]!) && PLACE_LIST.separator.test(sep(places[to]!, places[to + 1]!))) to++;
  if (to === from) return null;
  const list = places.slice(from, to + 1);
  const coordinated = list.slice(1).some((p, i) => /\band\b/.test(sep(list[i]!, p)));
  if (!coordinated || !holdsBefore(ctx, list[0]!.start, PLACE_LIST.after) || holdsBefore(ctx, list[0]!.start, PLACE_LIST.notAfter) || holdsAfter(ctx, list[list.length - 1]!.end, PLACE_LIST.notBefore)) return null;
  if (list.some((a, i) => list.some((b, j) => i < j && nested(a, b)))) return null;
  return list;
}

/** The incidents with a copy for every other place of their location's list (killed and wounded stay with the first). */
export function splitPlaceLists(ctx: ArticleContext, records: EventRecord[], trace?: RuleFiring[]): EventRecord[] {
  const places = ctx.places.filter((p) => p.kind === 'place').sort((a, b) => a.start - b.start);
  if (places.length < 2) return records;
  const taken = new Set(records.flatMap((e) => (e.location ? [norm(e.location.name)] : [])));
  const out: EventRecord[] = [];
  for (const e of records) {
    out.push(e);
    const loc = e.location;
    // (the list in the trigger's own sentence: a list told elsewhere may place something else)
    const own = ctx.sentences[e.sentence];
    const inOwn = !!loc && !!own && loc.start >= own.start && loc.end <= own.end;
    const k = loc && inOwn && !e.aggregate ? places.findIndex((p) => p.start === loc.start && p.end === loc.end) : -1;
    const list = k >= 0 ? listAt(ctx, places, k) : null;
    if (!list) continue;
    for (const p of list) {
      if (p === places[k] || taken.has(norm(p.name))) continue;
      taken.add(norm(p.name));
      const { rule: _r, kind: _k, possessive: _p, ...place } = p;
      const copy: EventRecord = { ...e, location: place, killed: null, wounded: null, evidence: [...e.evidence] };
      if (e.explain) copy.explain = { ...e.explain, location: [`${p.rule}>${PLACE_LIST.name}`] };
      trace?.push({ rule: PLACE_LIST.name, action: 'accept', text: p.text, start: p.start, end: p.end });
      out.push(copy);
    }
  }
  return out;
}
