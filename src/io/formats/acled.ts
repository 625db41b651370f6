// ACLED CSV (`--format acled`): one row per event in the column order of an
// ACLED export, so rows can be appended to an ACLED download and analysed
// with it. ACLED's conventions, as we know its codebook:
// - event_date YYYY-MM-DD; time_precision 1 when the day is known, 2 when only
//   the report's date stands in (no date in the text), 3 for a month (coded
//   to its 15th) or a year (1 July);
// - geo_precision 1 for the town or a site in it, 2 for "near"/"outside"/a
//   direction from a town, 3 for a region or country only;
// - fatalities the most conservative figure reported: the low of a range, 0
//   when the text gives none or no number ("several", ACLED_FATALITIES);
// - interaction the two inter codes smaller first (src/core/acled).
import { stringify } from 'csv-stringify/sync';
import type { ArticleResult, EventRecord } from '../../core/types.js';
import { acledCountryName, acledFatalities, acledSides, interaction } from '../../core/acled/index.js';
import { renderEventRows, type Cell } from './csv.js';

export const ACLED_COLUMNS = [
  'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'country', 'admin1', 'admin2', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities',
] as const;


/** event_date and time_precision by ACLED's rule; the publication date stands in for an undated event. */
export function acledDate(e: EventRecord, published: string | null): { date: string | null; precision: 1 | 2 | 3 | null } {
  const v = e.date.value;
  if (v && e.date.precision === 'day') return { date: v, precision: 1 };
  if (v && e.date.precision === 'month') return { date: `${v}-15`, precision: 3 };
  if (v && e.date.precision === 'year') return { date: `${v}-07-01`, precision: 3 };
  return published ? { date: published, precision: 2 } : { date: null, precision: null };
}

/** A place given by its neighbourhood: "near", "outside", "north of", "10 km from". */
const NEAR = /\b(near|outside|around|outskirts|north|south|east|west|km|kilomet(?:re|er)s|miles)\b/i;

/** geo_precision: 1 the town itself, 2 near it, 3 a region or the country. */
export function geoPrecision(l: EventRecord['location']): 1 | 2 | 3 | null {
  if (!l) return null;
  if (l.precision === 'admin1' || l.precision === 'country') return 3;
  return l.relation && NEAR.test(l.relation) ? 2 : 1;
}

/** A wire's dateline before the first sentence ("MOGADISHU, March 3, 2024 (AFP) - "): no part of the notes. */
const DATELINE = /^[A-Z][A-Z .'’-]+,[^()]{0,60}\([^)]{1,40}\)\s*[-–—]+\s*/;

function acledRow(r: ArticleResult, e: EventRecord): Cell[] {
  const l = e.location;
  const { date, precision } = acledDate(e, r.article.published);
  const { side1, side2 } = acledSides(e);
  const place = l ? (l.place ?? (l.precision === 'admin1' ? l.admin1 : l.precision === 'country' ? acledCountryName(l.country_code) ?? l.country : l.name)) : null;
  const notes = [...new Set(e.evidence.map((s) => s.text.replace(/\s+/g, ' ').trim().replace(DATELINE, '')))].join(' ');
  return [
    date, date ? Number(date.slice(0, 4)) : null, precision, e.acled_event_type, e.acled_sub_event_type,
    side1.actors[0] ?? null, side1.actors.slice(1).join('; '), side1.inter,
    side2.actors[0] ?? null, side2.actors.slice(1).join('; '), side2.inter, interaction(side1.inter, side2.inter),
    l ? (acledCountryName(l.country_code) ?? l.country) : null, l?.admin1 ?? null, null, place,
    l?.lat ?? null, l?.lon ?? null, geoPrecision(l), e.reported_by.join('; '), notes, acledFatalities(e.killed).value,
  ];
}

export const acledHeader = (): string => stringify([[...ACLED_COLUMNS]]);
export const renderAcledRows = (results: ArticleResult[]): string => renderEventRows(results, acledRow);
export const renderAcled = (results: ArticleResult[]): string => acledHeader() + renderAcledRows(results);
