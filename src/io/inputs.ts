// Readers: standard input, files, folders (recursive, symlink loops cut),
// NDJSON/JSON lines of {id?, text, date?|published?, headline?, url?}, HTML,
// Markdown with front matter. Yields, in input order, one article or one
// error per input article: nothing is lost silently.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
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

/** A real calendar date: "2021-02-30" is not one. */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function fromJsonRecord(rec: unknown, fallbackId: string, source: string, file: string, ids: Ids): InputItem {
  const own = rec && typeof rec === 'object' ? (rec as { id?: unknown }).id : undefined;
  const id = () => ids.unique(typeof own === 'string' || typeof own === 'number' ? String(own) : fallbackId);
  if (!rec || typeof rec !== 'object' || typeof (rec as { text?: unknown }).text !== 'string') return { kind: 'error', id: id(), source, file, code: 'E_NOTEXT', message: 'record has no "text" string' };
  const r = rec as { id?: unknown; text: string; date?: unknown; published?: unknown; headline?: unknown; title?: unknown; url?: unknown };
  const key = typeof r.published === 'string' ? 'published' : 'date';
  const date = typeof r.published === 'string' ? r.published : typeof r.date === 'string' ? r.date : null;
  // looks like a date and is none: an error rather than a wrong date on every event
  if (date && ISO.test(date) && !isCalendarDate(date.slice(0, 10))) return { kind: 'error', id: id(), source, file, code: 'E_DATE', message: `"${key}": "${date.slice(0, 40)}" is not a calendar date` };
  return {
    kind: 'article',
    id: id(),
    source,
    file,
    text: r.text.replace(/^\uFEFF/, ''),
    published: date && ISO.test(date) ? date.slice(0, 10) : null,
    headline: typeof r.headline === 'string' ? r.headline : typeof r.title === 'string' ? r.title : null,
    url: typeof r.url === 'string' ? r.url : null,
    warnings: date && !ISO.test(date) ? [`ignored date "${date}" (not YYYY-MM-DD)`] : [],
  };
}

/** Where NDJSON lines come from: a file (`wires.ndjson:3`, id `wires:3`) or standard input (`stdin:3`). */
interface LineSource {
  lines: AsyncIterable<string>;
  file: string;
  /** Prefix of the source (`wires.ndjson`) and of the fallback id (`wires`). */
  source: string;
  base: string;
  /** The source of each coded article when not `SOURCE:N` (standard input: "stdin", so a chunked run gives the same records). */
  articleSource?: string;
  close(): void;
}

function fileLines(file: string): LineSource {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  return { lines: rl, file, source: file, base: path.basename(file).replace(/\.(ndjson|jsonl|json)$/i, ''), close: () => rl.close() };
}

async function* readNdjson(src: LineSource, ids: Ids): AsyncGenerator<InputItem> {
  const { file, base } = src;
  let n = 0;
  try {
    for await (const raw of src.lines) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (!line.trim()) continue;
      const source = `${src.source}:${n}`;
      let rec: unknown;
      try {
        rec = JSON.parse(line);
      } catch {
        yield { kind: 'error', id: ids.unique(`${base}:${n}`), source, file, code: 'E_JSON', message: 'line is not valid JSON' };
        continue;
      }
      const item = fromJsonRecord(rec, `${base}:${n}`, source, file, ids);
      if (item.kind === 'article' && src.articleSource) item.source = src.articleSource;
      yield item;
    }
  } catch (e) {
    yield errorItem(ids, `${base}:${n + 1}`, n ? `${src.source}:${n + 1}` : src.source, file, e);
  } finally {
    src.close();
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
    yield* readNdjson(fileLines(file), ids);
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
      yield* readNdjson(fileLines(file), ids);
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

/** Why an entry of a folder is not read (hidden files and gold files are skipped on purpose, and not counted). */
export type SkipReason = 'dangling symlink' | 'not a regular file' | 'unknown extension' | 'folder readme';

/** A folder's README (any case, any text extension) documents the folder; it is read only when named itself. */
const README = /^readme(?:\.[a-z]+)?$/i;
export type OnSkip = (file: string, reason: SkipReason) => void;

function entryKind(dir: string, e: fs.Dirent): { isDir: boolean; isFile: boolean } | 'dangling' {
  if (!e.isSymbolicLink()) return { isDir: e.isDirectory(), isFile: e.isFile() };
  try {
    const st = fs.statSync(path.join(dir, e.name));
    return { isDir: st.isDirectory(), isFile: st.isFile() };
  } catch {
    return 'dangling'; // or a loop of links
  }
}

function* walk(dir: string, recursive: boolean, seen: Set<string>, onSkip?: OnSkip): Generator<Listed> {
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
    const k = entryKind(dir, e);
    if (k === 'dangling') {
      onSkip?.(p, 'dangling symlink');
      continue;
    }
    if (k.isDir) {
      if (recursive) yield* walk(p, recursive, seen, onSkip);
      continue;
    }
    if (e.name.endsWith('.gold.json')) continue;
    const ext = path.extname(e.name).toLowerCase();
    if (!k.isFile) onSkip?.(p, 'not a regular file'); // a FIFO, socket or device
    else if (README.test(e.name)) onSkip?.(p, 'folder readme');
    else if (TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSON_EXT.has(ext)) yield { kind: 'file', path: p };
    else onSkip?.(p, 'unknown extension');
  }
}

/** The files under the paths, in order (folders sorted by name, `--recursive` descends). */
export function* listFiles(paths: string[], recursive: boolean, onSkip?: OnSkip): Generator<Listed> {
  const seen = new Set<string>();
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      yield { kind: 'error', path: p, error: e };
      continue;
    }
    if (st.isDirectory()) yield* walk(p, recursive, seen, onSkip);
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

export type InputFormat = 'auto' | 'ndjson' | 'text';

export interface ReadOptions {
  recursive: boolean;
  stdin?: NodeJS.ReadableStream;
  /** Standard input: NDJSON lines, one article, or detected (first line a JSON object with "text"). */
  inputFormat?: InputFormat;
  onSkip?: OnSkip;
}

/** The bytes of standard input read so far, and the rest. */
interface Peeked {
  head: Buffer;
  rest: AsyncIterator<unknown>;
  ended: boolean;
}

const chunkOf = (c: unknown): Buffer => (Buffer.isBuffer(c) ? c : Buffer.from(c as string));

/** Reads standard input until its first line is complete (or it ends), and says whether it is NDJSON. */
async function peekStdin(stdin: NodeJS.ReadableStream, format: InputFormat): Promise<Peeked & { ndjson: boolean }> {
  const rest = stdin[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let ended = false;
  let head = Buffer.alloc(0);
  const start = () => head.toString('utf8').replace(/^\uFEFF/, '').search(/\S/);
  while (format === 'auto') {
    const i = start();
    if (i >= 0 && head.toString('utf8').replace(/^\uFEFF/, '')[i] !== '{') break; // prose
    if (i >= 0 && head.indexOf(10, i) >= 0) break; // the first line is complete
    const n = await rest.next();
    if (n.done) {
      ended = true;
      break;
    }
    chunks.push(chunkOf(n.value));
    head = Buffer.concat(chunks);
  }
  if (format !== 'auto') return { head, rest, ended, ndjson: format === 'ndjson' };
  return { head, rest, ended, ndjson: firstLineIsArticle(head) };
}

function firstLineIsArticle(head: Buffer): boolean {
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('{')) return false;
  const nl = text.indexOf('\n');
  try {
    const rec = JSON.parse(nl >= 0 ? text.slice(0, nl) : text) as { text?: unknown };
    return !!rec && typeof rec === 'object' && typeof rec.text === 'string';
  } catch {
    return false;
  }
}

async function* rejoin(p: Peeked): AsyncGenerator<Buffer> {
  if (p.head.length) yield p.head;
  if (p.ended) return;
  for (let n = await p.rest.next(); !n.done; n = await p.rest.next()) yield chunkOf(n.value);
}

/** Standard input: NDJSON streamed line by line (`stdin:N`), or the whole of it as one article with id "stdin". */
async function* readStdin(stdin: NodeJS.ReadableStream, format: InputFormat, ids: Ids): AsyncGenerator<InputItem> {
  try {
    const peeked = await peekStdin(stdin, format);
    if (peeked.ndjson) {
      const rl = readline.createInterface({ input: Readable.from(rejoin(peeked)), crlfDelay: Infinity });
      yield* readNdjson({ lines: rl, file: 'stdin', source: 'stdin', base: 'stdin', articleSource: 'stdin', close: () => rl.close() }, ids);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of rejoin(peeked)) chunks.push(c);
    const { text, warnings } = decode(Buffer.concat(chunks), 'stdin');
    if (!text.trim()) throw new WirecoderError('E_EMPTY', 'empty input', 'stdin');
    if (/^\s*(<!doctype html|<\?xml[^>]*>\s*<html|<html)/i.test(text.slice(0, 200))) {
      const h = fromHtml(text);
      yield { kind: 'article', id: 'stdin', source: 'stdin', file: 'stdin', text: h.text, published: h.published, headline: h.headline, url: null, warnings };
    } else yield { kind: 'article', id: 'stdin', source: 'stdin', file: 'stdin', text, published: null, headline: null, url: null, warnings };
  } catch (e) {
    yield errorItem(ids, 'stdin', 'stdin', 'stdin', e);
  }
}

export function readsStdin(paths: string[]): boolean {
  return paths.length === 0 || (paths.length === 1 && paths[0] === '-');
}

/** Every input article, in order: stdin when there are no paths. */
export async function* readInputs(paths: string[], opts: ReadOptions): AsyncGenerator<InputItem> {
  const ids = new Ids();
  if (readsStdin(paths)) {
    yield* readStdin(opts.stdin ?? process.stdin, opts.inputFormat ?? 'auto', ids);
    return;
  }
  // read ahead: the next few small files are read while this one is coded, so that --jobs 1 does not
  // wait on the disk between articles
  const queue: { f: Listed; ahead?: Promise<Buffer | { error: unknown }> }[] = [];
  const listed = listFiles(paths, opts.recursive, opts.onSkip);
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
