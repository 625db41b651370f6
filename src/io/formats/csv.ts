// CSV: one row per event, exactly the columns of docs/records.md in order,
// RFC 4180 quoting via csv-stringify, lists joined with '; ', empty for null,
// formula-looking cells escaped.
import { stringify } from 'csv-stringify/sync';
import type { ArticleResult, EventRecord } from '../../core/types.js';

export const CSV_COLUMNS = [
  'article_id', 'event_id', 'type', 'acled_event_type', 'acled_sub_event_type', 'cameo',
  'date', 'date_precision', 'location', 'place', 'admin1', 'country', 'country_code', 'lat', 'lon',
  'location_precision', 'attackers', 'targets', 'weapons', 'killed', 'killed_low', 'killed_high',
  'wounded', 'wounded_low', 'wounded_high', 'responsibility', 'aggregate', 'reported_by',
  'sentence', 'trigger', 'evidence', 'source',
] as const;

export type Cell = string | number | boolean | null | undefined;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function escapeFormula(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function csvRow(r: ArticleResult, e: EventRecord): Cell[] {
  const l = e.location;
  const actors = (a: EventRecord['attackers']) => a.map((x) => (x.attributed ? `${x.name} (attributed)` : x.name)).join('; ');
  return [
    r.article.id, e.id, e.type, e.acled_event_type, e.acled_sub_event_type, e.cameo,
    e.date.value, e.date.precision, l?.name, l?.place, l?.admin1, l?.country, l?.country_code, l?.lat, l?.lon,
    l?.precision, actors(e.attackers), actors(e.targets), e.weapons.map((w) => (w.count ? `${w.name} x${w.count}` : w.name)).join('; '),
    e.killed?.value, e.killed?.low, e.killed?.high, e.wounded?.value, e.wounded?.low, e.wounded?.high,
    e.responsibility, e.aggregate, e.reported_by.join('; '), e.sentence, e.trigger.text,
    e.evidence.map((s) => s.text.replace(/\s+/g, ' ')).join('; '), r.article.source,
  ];
}

export function csvHeader(): string {
  return stringify([CSV_COLUMNS as unknown as string[]]);
}

/** One CSV row per event, cells escaped; '' for no event. Shared with the ACLED renderer. */
export function renderEventRows(results: ArticleResult[], row: (r: ArticleResult, e: EventRecord) => Cell[]): string {
  const rows = results.flatMap((r) => r.events.map((e) => row(r, e).map(escapeFormula)));
  return rows.length ? stringify(rows) : '';
}

export function renderCsvRows(results: ArticleResult[]): string {
  return renderEventRows(results, csvRow);
}

export function renderCsv(results: ArticleResult[]): string {
  return csvHeader() + renderCsvRows(results);
}
