// JSON: an array of ArticleResult.
import type { ArticleResult } from '../../core/types.js';

export function renderJson(results: ArticleResult[]): string {
  return JSON.stringify(results, null, 2) + '\n';
}
