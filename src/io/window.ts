// Very long articles are coded window by window (paragraph boundaries, at
// most WINDOW characters each) so that time and memory stay bounded whatever
// the core does; spans, sentence indexes and event ids are shifted back so
// they refer to the whole text.
import { extract } from '../core/index.js';
import { splitSentences } from '../core/text.js';
import type { ArticleResult, EventRecord, ExtractOptions } from '../core/types.js';

/** Articles longer than this are coded in windows. */
export const WINDOW = 200_000;

/** Shift every span ({text, start, end} with numeric offsets) in place. */
function shiftSpans(v: unknown, by: number): void {
  if (Array.isArray(v)) {
    for (const x of v) shiftSpans(x, by);
    return;
  }
  if (!v || typeof v !== 'object') return;
  const o = v as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && 'text' in o) {
    o.start += by;
    o.end += by;
  }
  for (const k of Object.keys(o)) if (k !== 'start' && k !== 'end' && k !== 'explain') shiftSpans(o[k], by);
}

/** Text with no sentence end for this long is cut into windows this small (the core is slow on endless sentences). */
const RUN_ON = 20_000;

function lastMatch(slice: string, re: RegExp): number {
  let last = -1;
  for (let m = re.exec(slice); m; m = re.exec(slice)) last = m.index + m[0].length;
  return last;
}

/** Where to end a window that starts at `from`: a blank line, else a line end, else a sentence end, else a space. */
export function windowEnd(text: string, from: number, size = WINDOW): number {
  if (from + size >= text.length) return text.length;
  const min = from + Math.floor(size / 2);
  const slice = text.slice(min, from + size);
  for (const re of [/\r?\n[ \t]*\r?\n|\r[ \t]*\r/g, /\r\n|\n|\r/g, /[.!?]["')\]]?\s/g]) {
    const last = lastMatch(slice, re);
    if (last > 0) return min + last;
  }
  // One endless run-on "sentence": small windows cut at a space.
  const small = Math.min(size, RUN_ON);
  const space = lastMatch(text.slice(from + Math.floor(small / 2), from + small), /\s/g);
  if (space > 0) return from + Math.floor(small / 2) + space;
  // no whitespace at all: a hard cut, never inside a surrogate pair
  const limit = from + small;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** extract(), window by window when the text is longer than `size`. */
export function extractWindowed(text: string, opts: ExtractOptions & { id: string }, size = WINDOW): ArticleResult {
  if (text.length <= size) return extract(text, opts);
  // The article's metadata (headline, dateline) comes from its beginning.
  const head = extract(text.slice(0, windowEnd(text, 0, Math.min(size, 4000))), opts);
  const published = head.article.published;
  const inner: ExtractOptions = { ...opts, published, publishedFrom: head.article.published_from };
  const events: EventRecord[] = [];
  const warnings = new Set<string>(head.warnings);
  let at = 0;
  let sentences = 0;
  let windows = 0;
  while (at < text.length) {
    const end = windowEnd(text, at, size);
    const part = text.slice(at, end);
    const r = extract(part, inner);
    for (const e of r.events) {
      shiftSpans(e, at);
      e.sentence += sentences;
      events.push(e);
    }
    for (const w of r.warnings) warnings.add(w);
    sentences += splitSentences(part).length;
    windows++;
    at = end;
  }
  warnings.add(`long article (${text.length} characters) coded in ${windows} windows of at most ${size} characters`);
  return {
    article: head.article,
    events: events.map((e, i) => ({ ...e, id: `${opts.id}#${i + 1}` })),
    warnings: [...warnings],
  };
}
