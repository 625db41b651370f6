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
  | { ok: true; rendered: string; events: number; published: string | null; result?: undefined }
  | { ok: false; message: string };

const shared = (workerData ?? {}) as { actors?: ActorEntry[]; explain?: boolean };

export function code(task: Task, actors = shared.actors): TaskResult {
  try {
    const result = extractWindowed(task.text, { ...task.opts, actors: task.opts.actors ?? actors });
    if (task.warnings?.length) result.warnings.unshift(...task.warnings);
    if (task.url) result.article.url = task.url;
    const done = { ok: true as const, events: result.events.length, published: result.article.published };
    if (task.render === 'ndjson') return { ...done, rendered: renderNdjson([result]) };
    if (task.render === 'csv') return { ...done, rendered: renderCsvRows([result]) };
    if (task.render === 'html') return { ...done, rendered: renderHtmlArticle(result, task.text) };
    if (task.render === 'acled') return { ...done, rendered: renderAcledRows([result]) };
    return { ok: true, result };
  } catch (e) {
    return { ok: false, message: (e as Error)?.message ?? String(e) };
  }
}

/** The pool's entry: every task of the batch, in order (in-process, with the actor dictionary given). */
export function codeBatch(tasks: Task[], actors = shared.actors): TaskResult[] {
  return tasks.map((t) => code(t, actors));
}

export default codeBatch;
