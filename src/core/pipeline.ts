// The pipeline: text in, records out. Pure and synchronous.
// (Skeleton: extractors are plugged in as they land.)
import type { ArticleResult, ExtractOptions } from './types.js';

export function extract(text: string, options: ExtractOptions = {}): ArticleResult {
  const id = options.id ?? 'article';
  return {
    article: {
      id,
      source: options.source ?? id,
      headline: options.headline ?? null,
      published: options.published ?? null,
      published_from: options.published ? (options.publishedFrom ?? 'flag') : null,
    },
    events: [],
    warnings: [],
  };
}
