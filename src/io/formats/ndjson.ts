// NDJSON: one ArticleResult per line.
import type { ArticleResult } from '../../core/types.js';

export function renderNdjson(results: ArticleResult[]): string {
  return results.map((r) => JSON.stringify(r) + '\n').join('');
}
