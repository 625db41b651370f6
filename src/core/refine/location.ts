// Where an incident happened when none of its own sentences names a place:
// the dateline's city, unless the dateline is abroad (a Moscow or Panama City
// wire about a murder in El Salvador), where the country the article's places
// are in stands in. Rules as data; record.ts applies them.
import type { PlaceMention } from '../extract/places/index.js';
import { countryByCode } from '../geo/countries.js';
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
  match: 'an incident whose sentences name no place, in an article whose dateline country has no place or actor in the body while another country has two places or more',
  then: 'the country most of the article\'s places are in, at country precision, with the span of its first mention',
  examples: [
    'MOSCOW (USSR), 20 SEP 89 (TASS) -- … the murder … Salvadoran … in El Salvador: El Salvador, not Moscow',
    'PANAMA CITY (PANAMA), 17 NOV 89 (LA REPUBLICA) -- … the Jesuits murdered in San Salvador …: El Salvador',
  ],
};

/** How many places the article must name in its country for `location-article-country` to replace the dateline. */
const MIN_MENTIONS = 2;

export const LOCATION_RULES: LocationRule[] = [ARTICLE_COUNTRY];

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
 * article's places are in when the dateline is abroad or missing.
 */
export function fallbackLocation(ctx: ArticleContext): Role<PlaceMention> | null {
  const dateline: PlaceMention | undefined = ctx.places.find((p) => p.kind === 'dateline');
  const counts = countryCounts(ctx);
  let top: string | null = null;
  for (const [cc, n] of counts) if (top === null || n > counts.get(top)!) top = cc;
  const n = top ? counts.get(top)! : 0;
  // the dateline's country counts as named by a place, or by an actor of that country ("the Salvadoran army")
  const cc = dateline?.country_code;
  const home = cc ? (counts.get(cc) ?? 0) + ctx.actors.filter((a) => a.country_code === cc || a.affiliation === cc).length : -1;
  if (dateline && (!top || dateline.country_code === top || home > 0 || n < MIN_MENTIONS)) return { value: dateline, rule: `${dateline.rule}>dateline` };
  if (!top || !dateline) return null;
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
