// The article index (`--articles FILE`): one CSV row per input article, coded
// or failed, so an article with no events is still visible in a spreadsheet.
import { stringify } from 'csv-stringify/sync';
import { escapeFormula } from './csv.js';

export const ARTICLE_COLUMNS = ['article_id', 'source', 'published', 'status', 'events', 'error'] as const;

export interface ArticleRow {
  id: string;
  source: string;
  published: string | null;
  status: 'ok' | 'error';
  events: number | null;
  error: string | null;
}

export function articlesHeader(): string {
  return stringify([ARTICLE_COLUMNS as unknown as string[]]);
}

export function renderArticleRow(r: ArticleRow): string {
  return stringify([[r.id, r.source, r.published, r.status, r.events, r.error].map(escapeFormula)]);
}
