// Where an incident happened when none of its own sentences names a place:
// the dateline's city, unless the dateline is abroad (a Moscow or Panama City
// wire about a murder in El Salvador), where the country the article's places
// are in stands in. Rules as data; record.ts applies them.
import type { PlaceMention } from '../extract/places/index.js';
import { countryByCode, countryByDemonym } from '../geo/countries.js';
import type { ArticleContext, Role } from './context.js';
import { incidentPlace } from './attach.js';

export interface LocationRule {
  name: string;
  /** What it applies to, in words (the code below is its only test). */
  match: string;
  then: string;
  examples: string[];
}

export const ARTICLE_COUNTRY: LocationRule = {
  name: 'location-article-country',
  match: 'an incident whose sentences name no place, in an article whose dateline country has no place, actor or demonym in the body while another country has places',
  then: 'the country most of the article\'s places are in, at country precision, with the span of its first mention',
  examples: [
    'MOSCOW (USSR), 20 SEP 89 (TASS) -- … the murder … Salvadoran … in El Salvador: El Salvador, not Moscow',
    'PANAMA CITY (PANAMA), 17 NOV 89 (LA REPUBLICA) -- … the Jesuits murdered in San Salvador …: El Salvador',
  ],
};

export const LOCATION_RULES: LocationRule[] = [ARTICLE_COUNTRY];

/** Whether a word after the dateline is the demonym of the country ("the Salvadoran army"). */
function namesDemonym(ctx: ArticleContext, cc: string, from: number): boolean {
  for (const m of ctx.lower.slice(from).matchAll(/[a-z]+(?:-[a-z]+)?/g)) if (m[0].length > 3 && countryByDemonym(m[0])?.code === cc) return true;
  return false;
}

/** How many of the article's place mentions (not the dateline) are in each country. */
function countryCounts(ctx: ArticleContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of ctx.places) {
    if (p.kind === 'dateline' || !p.country_code || !incidentPlace(ctx, p)) continue;
    counts.set(p.country_code, (counts.get(p.country_code) ?? 0) + 1);
  }
  return counts;
}

/**
 * The place of an incident that names none: the dateline's, or (`location-article-country`) the country the
 * article's places are in when the dateline is abroad (its country never named in the body).
 */
export function fallbackLocation(ctx: ArticleContext): Role<PlaceMention> | null {
  const dateline: PlaceMention | undefined = ctx.places.find((p) => p.kind === 'dateline');
  if (!dateline) return null;
  const counts = countryCounts(ctx);
  let top: string | null = null;
  for (const [cc, n] of counts) if (top === null || n > counts.get(top)!) top = cc;
  // the dateline's country is at home when the body names it: a place, an actor of that country, a demonym ("Salvadoran")
  const cc = dateline.country_code;
  const home = !cc || (counts.get(cc) ?? 0) > 0 || ctx.actors.some((a) => a.country_code === cc || a.affiliation === cc) || namesDemonym(ctx, cc, dateline.end);
  if (!top || cc === top || home) return { value: dateline, rule: `${dateline.rule}>dateline` };
  const c = countryByCode(top);
  const first = ctx.places.find((p) => p.kind !== 'dateline' && p.country_code === top && p.precision === 'country') ?? ctx.places.find((p) => p.kind !== 'dateline' && p.country_code === top)!;
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
    rule: ARTICLE_COUNTRY.name,
    kind: 'place',
  };
  return { value, rule: ARTICLE_COUNTRY.name };
}
