// Readers: standard input, files, folders (recursive, symlink loops cut),
// NDJSON/JSON lines of {id?, text, date?|published?, headline?, url?}, HTML,
// Markdown with front matter. Yields, in input order, one article or one
// error per input article: nothing is lost silently.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { decode } from './decode.js';
import { fromHtml } from './html.js';
import { WirecoderError, type ErrorCode } from './errors.js';

export interface InputArticle {
  kind: 'article';
  id: string;
  source: string;
  /** The file it came from (several articles may share one: NDJSON). */
  file: string;
  text: string;
  published: string | null;
  headline: string | null;
  url: string | null;
  warnings: string[];
}

export interface InputError {
  kind: 'error';
  id: string;
  source: string;
  file: string;
  code: ErrorCode;
  message: string;
}

export type InputItem = InputArticle | InputError;

const TEXT_EXT = new Set(['.txt', '.md', '.markdown', '.text']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSON_EXT = new Set(['.json', '.ndjson', '.jsonl']);
const ISO = /^\d{4}-\d{2}-\d{2}/;

class Ids {
  private seen = new Map<string, number>();
  unique(id: string): string {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  }
}

function errorItem(ids: Ids, id: string, source: string, file: string, e: unknown): InputError {
  if (e instanceof WirecoderError) return { kind: 'error', id: ids.unique(id), source, file, code: e.code, message: e.message };
  const err = e as NodeJS.ErrnoException;
  const code: ErrorCode = err.code === 'ENOENT' ? 'E_NOENT' : 'E_READ';
  const message = err.code === 'ENOENT' ? 'no such file or directory' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : (err.message ?? String(e));
  return { kind: 'error', id: ids.unique(id), source, file, code, message };
}

function fromJsonRecord(rec: unknown, fallbackId: string, source: string, file: string, ids: Ids): InputItem {
  if (!rec || typeof rec !== 'object' || typeof (rec as { text?: unknown }).text !== 'string') {
    const own = rec && typeof rec === 'object' ? (rec as { id?: unknown }).id : undefined;
    return { kind: 'error', id: ids.unique(typeof own === 'string' || typeof own === 'number' ? String(own) : fallbackId), source, file, code: 'E_NOTEXT', message: 'record has no "text" string' };
  }
  const r = rec as { id?: unknown; text: string; date?: unknown; published?: unknown; headline?: unknown; title?: unknown; url?: unknown };
  const date = typeof r.published === 'string' ? r.published : typeof r.date === 'string' ? r.date : null;
  return {
    kind: 'article',
    id: ids.unique(typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId),
    source,
    file,
    text: r.text.replace(/^\uFEFF/, ''),
    published: date && ISO.test(date) ? date.slice(0, 10) : null,
    headline: typeof r.headline === 'string' ? r.headline : typeof r.title === 'string' ? r.title : null,
    url: typeof r.url === 'string' ? r.url : null,
    warnings: date && !ISO.test(date) ? [`ignored date "${date}" (not YYYY-MM-DD)`] : [],
  };
}

async function* readNdjson(file: string, ids: Ids): AsyncGenerator<InputItem> {
  const base = path.basename(file).replace(/\.(ndjson|jsonl|json)$/i, '');
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const raw of rl) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!line.trim()) continue;
      const source = `${file}:${n}`;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        yield { kind: 'error', id: ids.unique(`${base}:${n}`), source, file, code: 'E_JSON', message: 'line is not valid JSON' };
        continue;
      }
      yield fromJsonRecord(rec, `${base}:${n}`, source, file, ids);
    }
  } catch (e) {
    yield errorItem(ids, `${base}:${n + 1}`, n ? `${file}:${n + 1}` : file, file, e);
  } finally {
    rl.close();
  }
}

/**
 * Markdown front matter gives `date:` and `title:`; it is blanked out (spaces,
 * line ends kept) rather than cut, so offsets still refer to the file as read.
 */
function frontMatter(text: string): { body: string; published: string | null; headline: string | null } {
  const m = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { body: text, published: null, headline: null };
  const date = /^(?:date|published):\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(m[1]!)?.[1] ?? null;
  const title = /^(?:title|headline):\s*["']?(.+?)["']?\s*$/m.exec(m[1]!)?.[1] ?? null;
  return { body: m[0].replace(/[^\r\n]/g, ' ') + text.slice(m[0].length), published: date, headline: title };
}

async function* readFile(file: string, ids: Ids, ahead?: Promise<Buffer | { error: unknown }>): AsyncGenerator<InputItem> {
  const ext = path.extname(file).toLowerCase();
  const id = path.basename(file, path.extname(file));
  if (ext === '.ndjson' || ext === '.jsonl') {
    try {
      fs.accessSync(file, fs.constants.R_OK);
    } catch (e) {
      yield errorItem(ids, id, file, file, e);
      return;
    }
    yield* readNdjson(file, ids);
    return;
  }
  const read = await (ahead ?? readAhead(file));
  if (!Buffer.isBuffer(read)) {
    yield errorItem(ids, id, file, file, read.error);
    return;
  }
  const buf = read;
  try {
    const { text, warnings } = decode(buf, file);
    if (ext === '.json') {
      const trimmed = text.trim();
      if (trimmed.startsWith('[')) {
        let arr: unknown;
        try {
          arr = JSON.parse(trimmed);
        } catch {
          throw new WirecoderError('E_JSON', 'not valid JSON', file);
        }
        let i = 0;
        for (const rec of arr as unknown[]) yield fromJsonRecord(rec, `${id}:${++i}`, `${file}[${i - 1}]`, file, ids);
        return;
      }
      if (trimmed.startsWith('{') && trimmed.includes('\n')) {
        let rec: unknown = undefined;
        try {
          rec = JSON.parse(trimmed);
        } catch {
          // not one object: read it as NDJSON below
        }
        if (rec !== undefined) {
          yield fromJsonRecord(rec, id, file, file, ids);
          return;
        }
      }
      yield* readNdjson(file, ids);
      return;
    }
    if (!text.trim()) throw new WirecoderError('E_EMPTY', 'empty file', file);
    if (HTML_EXT.has(ext) || /^\s*(<!doctype html|<\?xml[^>]*>\s*<html|<html)/i.test(text.slice(0, 200))) {
      const h = fromHtml(text);
      if (!h.text.trim()) throw new WirecoderError('E_EMPTY', 'HTML page with no text', file);
      yield { kind: 'article', id: ids.unique(id), source: file, file, text: h.text, published: h.published, headline: h.headline, url: null, warnings };
      return;
    }
    const fm = ext === '.md' || ext === '.markdown' ? frontMatter(text) : { body: text, published: null, headline: null };
    yield { kind: 'article', id: ids.unique(id), source: file, file, text: fm.body, published: fm.published, headline: fm.headline, url: null, warnings };
  } catch (e) {
    yield errorItem(ids, id, file, file, e);
  }
}

/** A file to read, or an error for a path that cannot be listed. */
export type Listed = { kind: 'file'; path: string } | { kind: 'error'; path: string; error: unknown };

function* walk(dir: string, recursive: boolean, seen: Set<string>): Generator<Listed> {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch (e) {
    yield { kind: 'error', path: dir, error: e };
    return;
  }
  if (seen.has(real)) return; // a symlink loop or a folder named twice
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    yield { kind: 'error', path: dir, error: e };
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.name.startsWith('.')) continue;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // dangling link or a loop of links
      }
    }
    if (isDir) {
      if (recursive) yield* walk(p, recursive, seen);
      continue;
    }
    if (!isFile || e.name.endsWith('.gold.json')) continue;
    const ext = path.extname(e.name).toLowerCase();
    if (TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSON_EXT.has(ext)) yield { kind: 'file', path: p };
  }
}

/** The files under the paths, in order (folders sorted by name, `--recursive` descends). */
export function* listFiles(paths: string[], recursive: boolean): Generator<Listed> {
  const seen = new Set<string>();
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      yield { kind: 'error', path: p, error: e };
      continue;
    }
    if (st.isDirectory()) yield* walk(p, recursive, seen);
    else yield { kind: 'file', path: p };
  }
}

/** True when the paths name exactly one article file (no folder, no JSON): no pool needed. */
export function singleArticle(paths: string[]): boolean {
  if (paths.length === 0) return true;
  if (paths.length > 1) return false;
  try {
    return fs.statSync(paths[0]!).isFile() && !JSON_EXT.has(path.extname(paths[0]!).toLowerCase());
  } catch {
    return true;
  }
}

/** Every input article, in order: stdin when there are no paths. */
export async function* readInputs(paths: string[], opts: { recursive: boolean; stdin?: NodeJS.ReadableStream }): AsyncGenerator<InputItem> {
  const ids = new Ids();
  if (paths.length === 0 || (paths.length === 1 && paths[0] === '-')) {
    const chunks: Buffer[] = [];
    try {
      for await (const c of opts.stdin ?? process.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
      const { text, warnings } = decode(Buffer.concat(chunks), 'stdin');
      if (!text.trim()) throw new WirecoderError('E_EMPTY', 'empty input', 'stdin');
      if (/^\s*(<!doctype html|<\?xml[^>]*>\s*<html|<html)/i.test(text.slice(0, 200))) {
        const h = fromHtml(text);
        yield { kind: 'article', id: 'stdin', source: 'stdin', file: 'stdin', text: h.text, published: h.published, headline: h.headline, url: null, warnings };
      } else yield { kind: 'article', id: 'stdin', source: 'stdin', file: 'stdin', text, published: null, headline: null, url: null, warnings };
    } catch (e) {
      yield errorItem(ids, 'stdin', 'stdin', 'stdin', e);
    }
    return;
  }
  // read ahead: the next few small files are read while this one is coded, so that --jobs 1 does not
  // wait on the disk between articles
  const queue: { f: Listed; ahead?: Promise<Buffer | { error: unknown }> }[] = [];
  const listed = listFiles(paths, opts.recursive);
  const fill = () => {
    while (queue.length < READ_AHEAD) {
      const n = listed.next();
      if (n.done) return;
      const f = n.value;
      queue.push({ f, ahead: f.kind === 'file' && aheadable(f.path) ? readAhead(f.path) : undefined });
    }
  };
  for (fill(); queue.length; fill()) {
    const { f, ahead } = queue.shift()!;
    if (f.kind === 'error') yield errorItem(ids, path.basename(f.path), f.path, f.path, f.error);
    else yield* readFile(f.path, ids, ahead);
  }
}

/** Files read ahead of the one being coded, at most, each no larger than READ_AHEAD_BYTES. */
const READ_AHEAD = 8;
const READ_AHEAD_BYTES = 4 << 20;

function readAhead(file: string): Promise<Buffer | { error: unknown }> {
  return fs.promises.readFile(file).catch((error: unknown) => ({ error }));
}

function aheadable(file: string): boolean {
  if (JSON_EXT.has(path.extname(file).toLowerCase())) return false;
  try {
    return fs.statSync(file).size <= READ_AHEAD_BYTES;
  } catch {
    return false; // read in turn, and its error reported then
  }
}
