// Worker of the batch pool (piscina): a batch of articles in, one result or
// error per article out, in order. Batches, not single articles, so that a
// run of small articles does not pay a message round trip (and a thread
// wake-up) per article. Never throws: an extraction failure comes back as an
// error value.
import { workerData } from 'node:worker_threads';
import type { ActorEntry, ArticleResult, ExtractOptions } from '../core/types.js';
import { extractWindowed } from './window.js';
import { renderAcledRows, renderCsvRows, renderHtmlArticle, renderNdjson } from './formats/index.js';

export interface Task {
  text: string;
  opts: ExtractOptions & { id: string };
  /** Reader warnings and URL to put on the result before it is rendered. */
  warnings?: string[];
  url?: string | null;
  /** Streaming formats are rendered here, in the worker, so the main thread only writes strings. */
  render?: 'ndjson' | 'csv' | 'acled' | 'html';
}

export type TaskResult =
  | { ok: true; result: ArticleResult; rendered?: undefined }
  | { ok: true; rendered: string; events: number; result?: undefined }
  | { ok: false; message: string };

const shared = (workerData ?? {}) as { actors?: ActorEntry[]; explain?: boolean };

export function code(task: Task): TaskResult {
  try {
    const result = extractWindowed(task.text, { ...task.opts, actors: task.opts.actors ?? shared.actors });
    if (task.warnings?.length) result.warnings.unshift(...task.warnings);
    if (task.url) result.article.url = task.url;
    if (task.render === 'ndjson') return { ok: true, rendered: renderNdjson([result]), events: result.events.length };
    if (task.render === 'csv') return { ok: true, rendered: renderCsvRows([result]), events: result.events.length };
    if (task.render === 'html') return { ok: true, rendered: renderHtmlArticle(result, task.text), events: result.events.length };
    if (task.render === 'acled') return { ok: true, rendered: renderAcledRows([result]), events: result.events.length };
    return { ok: true, result };
  } catch (e) {
    return { ok: false, message: (e as Error)?.message ?? String(e) };
  }
}

/** The pool's entry: every task of the batch, in order. */
export function codeBatch(tasks: Task[]): TaskResult[] {
  return tasks.map(code);
}

export default codeBatch;
