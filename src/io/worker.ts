// Worker of the batch pool (piscina): one article in, one result or error out.
// Never throws: an extraction failure comes back as an error value.
import { workerData } from 'node:worker_threads';
import type { ActorEntry, ArticleResult, ExtractOptions } from '../core/types.js';
import { extractWindowed } from './window.js';

export interface Task {
  text: string;
  opts: ExtractOptions & { id: string };
}

export type TaskResult = { ok: true; result: ArticleResult } | { ok: false; message: string };

const shared = (workerData ?? {}) as { actors?: ActorEntry[]; explain?: boolean };

export function code(task: Task): TaskResult {
  try {
    return { ok: true, result: extractWindowed(task.text, { ...task.opts, actors: task.opts.actors ?? shared.actors }) };
  } catch (e) {
    return { ok: false, message: (e as Error)?.message ?? String(e) };
  }
}

export default code;
