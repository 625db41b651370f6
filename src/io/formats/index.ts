// Pure renderers: (results, options) → string.
import type { ArticleResult } from '../../core/types.js';
import { renderAcled } from './acled.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderNdjson } from './ndjson.js';
import { renderTable, type TableOptions } from './table.js';
import { renderHtml } from './html.js';

export type Format = 'table' | 'json' | 'ndjson' | 'csv' | 'acled' | 'html';
export const FORMATS: Format[] = ['table', 'json', 'ndjson', 'csv', 'acled', 'html'];
/** Formats written article by article as they are coded (rendered in the workers). */
export const STREAMING: ReadonlySet<Format> = new Set(['ndjson', 'csv', 'acled', 'html']);

export { ACLED_COLUMNS, acledHeader, renderAcled, renderAcledRows } from './acled.js';
export { CSV_COLUMNS, csvHeader, escapeFormula, renderCsv, renderCsvRows } from './csv.js';
export { renderJson } from './json.js';
export { renderNdjson } from './ndjson.js';
export { renderTable, type TableOptions } from './table.js';
export { escapeHtml, htmlFoot, htmlHead, renderHtml, renderHtmlArticle } from './html.js';

/** Render a whole set of results in one format (HTML needs the texts they were coded from). */
export function render(format: Format, results: ArticleResult[], opts: TableOptions, texts: string[] = []): string {
  switch (format) {
    case 'csv':
      return renderCsv(results);
    case 'acled':
      return renderAcled(results);
    case 'json':
      return renderJson(results);
    case 'ndjson':
      return renderNdjson(results);
    case 'table':
      return renderTable(results, opts);
    case 'html':
      return renderHtml(results, texts);
  }
}
