// Public entry of the pure core. extract(text, options) → ArticleResult.
export { extract } from './pipeline.js';
export type * from './types.js';
