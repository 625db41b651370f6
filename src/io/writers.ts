// The outputs of a run: results (standard output or --out), failed inputs
// (--errors), the article index (--articles). Streaming formats are written
// as articles are coded; JSON and the table at the end. Files are committed
// (renamed into place) only when the run is complete.
import type { ArticleResult } from '../core/types.js';
import { acledHeader, csvHeader, htmlFoot, htmlHead, renderJson, renderTable, type Format } from './formats/index.js';
import { articlesHeader, renderArticleRow, type ArticleRow } from './formats/articles.js';
import { fileSink, stdoutSink, type OpenFile, type Sink } from './sink.js';
import type { InputArticle, InputError } from './inputs.js';
import type { TaskResult } from './worker.js';

export interface WriterOptions {
  format: Format;
  /** CSV and ACLED: a UTF-8 byte order mark first, for Excel. */
  bom?: boolean;
  /** Table: the terminal's width. */
  width?: number;
  /** The inputs, for the HTML page's title. */
  paths: string[];
  out: string | null;
  errors: string | null;
  articles: string | null;
  color: boolean;
  explain: boolean;
}

export class Writers {
  readonly out: Sink;
  private errors: Sink | null = null;
  private articles: Sink | null = null;
  private buffered: ArticleResult[] = [];

  /** Opens every output (temporary files beside the targets); nothing is replaced yet. */
  constructor(
    private o: WriterOptions,
    stdout: NodeJS.WritableStream,
    openFile?: OpenFile,
  ) {
    const opened: Sink[] = [];
    try {
      this.out = o.out ? fileSink('--out', o.out, openFile) : stdoutSink(stdout);
      opened.push(this.out);
      if (o.errors) opened.push((this.errors = fileSink('--errors', o.errors, openFile)));
      if (o.articles) opened.push((this.articles = fileSink('--articles', o.articles, openFile)));
    } catch (e) {
      for (const s of opened) void s.abort();
      throw e;
    }
  }

  private get files(): Sink[] {
    return [this.errors, this.articles, this.o.out ? this.out : null].filter((s): s is Sink => !!s);
  }

  /** The standard output's reader went away (`| head`). */
  get gone(): boolean {
    return this.out.gone;
  }

  async begin(): Promise<void> {
    const bom = this.o.bom ? '\uFEFF' : '';
    if (this.o.format === 'csv') await this.out.write(bom + csvHeader());
    if (this.o.format === 'acled') await this.out.write(bom + acledHeader());
    if (this.o.format === 'html') await this.out.write(htmlHead(`wirecoder: ${this.o.paths.join(' ') || 'stdin'}`));
    if (this.articles) await this.articles.write(articlesHeader());
  }

  async result(a: InputArticle, r: Extract<TaskResult, { ok: true }>): Promise<void> {
    if (r.rendered !== undefined) await this.out.write(r.rendered);
    else this.buffered.push(r.result);
    const events = r.rendered !== undefined ? r.events : r.result.events.length;
    const published = r.rendered !== undefined ? r.published : r.result.article.published;
    await this.row({ id: a.id, source: a.source, published, status: 'ok', events, error: null });
  }

  async failure(e: Pick<InputError, 'id' | 'source' | 'message' | 'code'>): Promise<void> {
    await this.errors?.write(JSON.stringify({ source: e.source, id: e.id, error: e.message, code: e.code }) + '\n');
    await this.row({ id: e.id, source: e.source, published: null, status: 'error', events: null, error: e.message });
  }

  private async row(r: ArticleRow): Promise<void> {
    await this.articles?.write(renderArticleRow(r));
  }

  /** The run is complete: JSON and the table are written, and every file put in place. */
  async commit(): Promise<void> {
    if (this.o.format === 'json') await this.out.write(renderJson(this.buffered));
    if (this.o.format === 'html') await this.out.write(htmlFoot());
    if (this.o.format === 'table') await this.out.write(renderTable(this.buffered, { color: this.o.color, explain: this.o.explain, width: this.o.width }));
    if (!this.o.out) await this.out.commit();
    // every file complete before any is put in place
    for (const s of this.files) await s.ready();
    for (const s of this.files) await s.commit();
  }

  /** The run failed or was interrupted: no file is replaced; with `keep`, the partial files are kept as FILE.partial. Returns those. */
  async abort(keep = false): Promise<string[]> {
    const kept: string[] = [];
    for (const [s, target] of [[this.errors, this.o.errors], [this.articles, this.o.articles], [this.o.out ? this.out : null, this.o.out]] as const) {
      const k = s && (await s.abort(keep && target ? `${target}.partial` : undefined));
      if (k) kept.push(k);
    }
    return kept;
  }
}
