// Pure renderers: (results, options) → string. json, ndjson, csv (the exact
// columns of docs/records.md, formula-escaped) and a terminal table.
import { stringify } from 'csv-stringify/sync';
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { ArticleResult, EventRecord } from '../core/types.js';

export type Format = 'table' | 'json' | 'ndjson' | 'csv';
export const FORMATS: Format[] = ['table', 'json', 'ndjson', 'csv'];

export const CSV_COLUMNS = [
  'article_id', 'event_id', 'type', 'acled_event_type', 'acled_sub_event_type', 'cameo',
  'date', 'date_precision', 'location', 'place', 'admin1', 'country', 'country_code', 'lat', 'lon',
  'location_precision', 'attackers', 'targets', 'weapons', 'killed', 'killed_low', 'killed_high',
  'wounded', 'wounded_low', 'wounded_high', 'responsibility', 'aggregate', 'reported_by',
  'sentence', 'trigger', 'evidence', 'source',
] as const;

type Cell = string | number | boolean | null | undefined;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function escapeFormula(v: Cell): string {
  if (v === null || v === undefined) return '';
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
    e.evidence.map((s) => s.text.replace(/\s+/g, ' ')).join(' | '), r.article.source,
  ];
}

export function csvHeader(): string {
  return stringify([CSV_COLUMNS as unknown as string[]]);
}

export function renderCsvRows(results: ArticleResult[]): string {
  const rows = results.flatMap((r) => r.events.map((e) => csvRow(r, e).map(escapeFormula)));
  return rows.length ? stringify(rows) : '';
}

export function renderNdjson(results: ArticleResult[]): string {
  return results.map((r) => JSON.stringify(r) + '\n').join('');
}

export function renderJson(results: ArticleResult[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}

export interface TableOptions {
  color: boolean;
  explain: boolean;
  width?: number;
}

export function renderTable(results: ArticleResult[], opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  for (const r of results) {
    const a = r.article;
    out.push(c.bold(`${a.id}`) + c.dim(`  ${a.headline ?? ''}  published ${a.published ?? 'unknown'}${a.published_from ? ` (${a.published_from})` : ''}`));
    for (const w of r.warnings) out.push(c.yellow(`  warning: ${w}`));
    if (r.events.length === 0) {
      out.push(c.dim('  no events found'), '');
      continue;
    }
    const t = new Table({
      head: ['#', 'type', 'date', 'where', 'who → whom', 'with', 'killed', 'wounded'].map((h) => c.cyan(h)),
      colWidths: [4, 15, 12, 17, 22, 11, 8, 9],
      wordWrap: true,
      style: { head: [], border: [] },
    });
    for (const e of r.events) {
      const count = (x: EventRecord['killed']) => (x ? (x.low !== x.high ? `${x.value} (${x.low}-${x.high})` : String(x.value)) : '');
      const who = `${e.attackers.map((x) => x.name + (x.attributed ? '?' : '')).join(', ') || '?'} → ${e.targets.map((x) => x.name).join(', ') || '?'}`;
      t.push([
        e.id.split('#')[1] ?? '',
        e.type + (e.aggregate ? ' (tally)' : ''),
        e.date.value ?? '',
        e.location ? `${e.location.name}${e.location.country_code ? `, ${e.location.country_code}` : ''}` : '',
        who,
        e.weapons.map((w) => (w.count ? `${w.count} ${w.name}` : w.name)).join(', '),
        count(e.killed),
        count(e.wounded),
      ]);
    }
    out.push(t.toString());
    for (const e of r.events) {
      out.push(c.dim(`  #${e.id.split('#')[1]} "${e.trigger.text}" (sentence ${e.sentence}; ${e.responsibility}${e.reported_by.length ? `; reported by ${e.reported_by.join(', ')}` : ''})`));
      if (opts.explain && e.explain) for (const [f, rules] of Object.entries(e.explain)) out.push(c.dim(`      ${f}: ${[...new Set(rules)].join(', ')}`));
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
