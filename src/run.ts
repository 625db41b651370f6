// read → extract → write: the one place I/O meets the pure core.
import fs from 'node:fs';
import { extract } from './core/index.js';
import type { ActorEntry, ArticleResult, EventRecord } from './core/types.js';
import { readInputs, type InputError } from './io/inputs.js';
import { EXIT } from './io/errors.js';
import { csvHeader, renderCsvRows, renderJson, renderNdjson, renderTable, type Format } from './io/formats.js';

export interface RunOptions {
  paths: string[];
  date: string | null;
  format: Format;
  out: string | null;
  recursive: boolean;
  explain: boolean;
  actors: ActorEntry[] | undefined;
  quiet: boolean;
  errors: string | null;
  color: boolean;
}

export interface RunIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin?: NodeJS.ReadableStream;
}

/** Articles longer than this are coded in windows of paragraphs so time and memory stay bounded. */
export const WINDOW = 200_000;

function shift(e: EventRecord, by: number): EventRecord {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number' && 'text' in o) {
        o.start += by;
        o.end = (o.end as number) + by;
      }
      for (const k of Object.keys(o)) if (k !== 'start' && k !== 'end') walk(o[k]);
    }
  };
  walk(e);
  return e;
}

/** Extract from a long text window by window (split at blank lines), offsets into the whole text. */
export function extractWindowed(text: string, opts: Parameters<typeof extract>[1] & { id: string }): ArticleResult {
  if (text.length <= WINDOW) return extract(text, opts);
  const first = extract(text.slice(0, Math.min(text.length, 2000)), opts); // headline, dateline, published
  const events: EventRecord[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + WINDOW);
    if (end < text.length) {
      const para = text.lastIndexOf('\n\n', end);
      end = para > at + WINDOW / 2 ? para : end;
    }
    const r = extract(text.slice(at, end), { ...opts, published: first.article.published });
    for (const e of r.events) events.push(shift(e, at));
    at = end;
  }
  return { article: first.article, events: events.map((e, i) => ({ ...e, id: `${opts.id}#${i + 1}` })), warnings: [...first.warnings, `long article (${text.length} characters) coded in windows of ${WINDOW}`] };
}

export async function run(opts: RunOptions, io: RunIO): Promise<number> {
  const out: NodeJS.WritableStream = opts.out ? fs.createWriteStream(opts.out) : io.stdout;
  const errorsOut = opts.errors ? fs.createWriteStream(opts.errors) : null;
  const buffered: ArticleResult[] = [];
  const streaming = opts.format === 'ndjson' || opts.format === 'csv';
  const progress = !opts.quiet && !!io.stderr.isTTY;
  let ok = 0;
  let failed = 0;
  let events = 0;
  const t0 = Date.now();
  let lastProgress = 0;
  if (opts.format === 'csv') out.write(csvHeader());
  const report = (e: InputError) => {
    failed++;
    if (progress) io.stderr.write('\r\x1b[K');
    io.stderr.write(`wirecoder: ${e.source}: ${e.message}\n`);
    errorsOut?.write(JSON.stringify({ source: e.source, id: e.id, error: e.message, code: e.code }) + '\n');
  };
  for await (const item of readInputs(opts.paths, { recursive: opts.recursive, stdin: io.stdin })) {
    if (item.kind === 'error') {
      report(item);
      continue;
    }
    let result: ArticleResult;
    try {
      result = extractWindowed(item.text, {
        id: item.id,
        source: item.source,
        published: opts.date ?? item.published,
        publishedFrom: opts.date ? 'flag' : item.published ? 'metadata' : null,
        headline: item.headline,
        explain: opts.explain,
        actors: opts.actors,
      });
    } catch (e) {
      report({ kind: 'error', id: item.id, source: item.source, code: 'E_EXTRACT', message: `extraction failed: ${(e as Error).message}` });
      continue;
    }
    result.warnings.unshift(...item.warnings);
    ok++;
    events += result.events.length;
    if (streaming) out.write(opts.format === 'csv' ? renderCsvRows([result]) : renderNdjson([result]));
    else buffered.push(result);
    if (progress && Date.now() - lastProgress > 250) {
      lastProgress = Date.now();
      const secs = (Date.now() - t0) / 1000;
      io.stderr.write(`\r\x1b[K${ok + failed} articles, ${(ok / Math.max(secs, 0.001)).toFixed(0)}/s, ${events} events, ${failed} errors`);
    }
  }
  if (opts.format === 'json') out.write(renderJson(buffered));
  if (opts.format === 'table') out.write(renderTable(buffered, { color: opts.color, explain: opts.explain }));
  if (progress) io.stderr.write(`\r\x1b[K${ok} articles coded, ${events} events, ${failed} errors in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  else if (failed > 0 && !opts.quiet) io.stderr.write(`wirecoder: ${failed} input${failed > 1 ? 's' : ''} failed, ${ok} coded\n`);
  await Promise.all(
    [opts.out ? out : null, errorsOut].filter(Boolean).map((s) => new Promise<void>((res) => (s as fs.WriteStream).end(res))),
  );
  if (failed === 0) return EXIT.OK;
  return ok > 0 ? EXIT.SOME_FAILED : EXIT.NO_INPUT;
}
