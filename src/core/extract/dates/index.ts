// Dates: the dateline's publication date, and every date expression of an
// article resolved against publication the way a journalist means it
// (past-tense weekday → the most recent such day on or before publication).
// Read by chrono-node (chrono.ts) with the rules of rules.ts. Pure: the
// reference date is an argument; values come from chrono's components.
import type { ParsingResult } from 'chrono-node';
import type { RuleFiring, Span } from '../../types.js';
import { foldCase } from '../../text.js';
import { REFINER_TAG, RULE_TAG, datelineChrono, newsChrono, type DatelineGroups, type NewsOption } from './chrono.js';
import { CHRONO_PARSERS } from './rules.js';

export interface Dateline {
  date: string | null;
  place: Span | null;
  agency: string | null;
  span: Span;
  /** The date's own words in the dateline ("13 JAN 90"), when it gives a full date. */
  dateSpan: Span | null;
  rule: string;
}

export interface DateMention {
  value: string | null;
  precision: 'day' | 'month' | 'year' | 'unknown';
  text: string;
  start: number;
  end: number;
  /** The parser's rule name, then the refiners that changed it: "weekday>lead-in>weekday-most-recent". */
  rule: string;
  /** The value depends on the publication date. */
  relative: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const NEWS = newsChrono();
const DATELINE_FOUND = new WeakMap<ParsingResult, DatelineGroups>();
const DATELINE = datelineChrono(DATELINE_FOUND);
/** Parsers that give their result's name to another parser that read it too (CHRONO_PARSERS `yields`: a weekday before its date). */
const YIELDING = new Set(CHRONO_PARSERS.filter((p) => p.yields).map((p) => p.name));
/** The reference when there is no publication date: relative values are then dropped. */
const NO_REF = '2000-06-15';

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCDate() === d && t.getUTCMonth() === m - 1;
}

/** The last article's dateline: the pipeline and the places extractor both ask for it. */
let lastDateline: { head: string; dateline: Dateline | null } | null = null;

/** The dateline at the start of the article (after an optional headline). */
export function parseDateline(text: string): Dateline | null {
  // (a dateline lies in the first 600 characters: they are the key)
  const first = text.slice(0, 600);
  if (lastDateline?.head === first) return lastDateline.dateline;
  const dateline = readDateline(text, foldCase(first));
  lastDateline = { head: first, dateline };
  return dateline;
}

function readDateline(text: string, head: string): Dateline | null {
  const starts = [0];
  for (let i = head.indexOf('\n'); i >= 0 && starts.length < 4; i = head.indexOf('\n', i + 1)) starts.push(i + 1);
  for (const at of starts) {
    const r = (DATELINE.parse(head.slice(at), new Date(2000, 0, 1, 12)) as ParsingResult[])[0];
    const found = r && DATELINE_FOUND.get(r);
    if (!r || !found) continue;
    const c = r.start;
    const y = c.isCertain('year') ? c.get('year')! : null;
    const [mo, d] = [c.get('month')!, c.get('day')!];
    const date = y !== null && c.isCertain('day') && validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
    const span = (s: number, e: number): Span => ({ text: text.slice(at + s, at + e), start: at + s, end: at + e });
    const ps = found.indices.place?.[0];
    const sStart = r.text.length - r.text.trimStart().length;
    const parts = (['d', 'dd', 'mo', 'y'] as const).map((k) => found.indices[k]).filter((x) => x !== undefined);
    return {
      date,
      place: ps === undefined ? null : span(ps, ps + found.groups.place!.trimEnd().length),
      // "(AFP)" or "/Press Service/": the name between the marks
      agency: found.indices.agency ? span(...found.indices.agency).text.trim().slice(1, -1).trim() : null,
      span: span(sStart, r.text.length),
      dateSpan: date && parts.length > 0 ? span(Math.min(...parts.map((x) => x[0])), Math.max(...parts.map((x) => x[1]))) : null,
      rule: found.rule,
    };
  }
  return null;
}

/** A result's date as a mention: value and precision from chrono's known components. */
function toMention(r: ParsingResult, offset: number, hasRef: boolean): DateMention {
  const c = r.start;
  const precision: DateMention['precision'] = c.isCertain('day') ? 'day' : c.isCertain('month') ? 'month' : c.isCertain('year') ? 'year' : 'unknown';
  const [y, m, d] = [c.get('year')!, c.get('month')!, c.get('day')!];
  const stated = c.isCertain('year') && new RegExp(`(?:^|\\D)'?(?:${y}|${pad(y % 100)})(?!\\d)`).test(r.text) && !/\bago\b|\b(?:last|this|next|past)\s+year\b/i.test(r.text);
  const relative = !stated;
  const value = !hasRef && relative ? null : precision === 'day' ? `${y}-${pad(m)}-${pad(d)}` : precision === 'month' ? `${y}-${pad(m)}` : precision === 'year' ? String(y) : null;
  const tags = [...c.tags()];
  const parser = tags.filter((t) => t.startsWith(RULE_TAG)).map((t) => t.slice(RULE_TAG.length));
  const refiners = tags.filter((t) => t.startsWith(REFINER_TAG)).map((t) => t.slice(REFINER_TAG.length));
  const name = parser.find((p) => !YIELDING.has(p)) ?? parser[0] ?? 'chrono';
  return {
    value,
    precision: value === null ? 'unknown' : precision,
    text: r.text,
    start: offset + r.index,
    end: offset + r.index + r.text.length,
    rule: [name, ...refiners].join('>'),
    relative,
  };
}

/**
 * Every date expression of the text, resolved against `published` (YYYY-MM-DD or null).
 * `ranges` (sentences) limit the reading to the parts the caller needs; the whole text otherwise.
 * With a `trace` (explain), the dates the refiners drop are recorded there under the refiner's name.
 */
export function findDates(text: string, published: string | null, ranges?: readonly { start: number; end: number }[], trace?: RuleFiring[]): DateMention[] {
  const [y, m, d] = (published ?? NO_REF).split('-').map(Number);
  const ref = new Date(y!, (m ?? 1) - 1, d ?? 1, 12);
  const out: DateMention[] = [];
  for (const { start, end } of ranges ?? [{ start: 0, end: text.length }]) {
    const option: NewsOption | undefined = trace && { dropped: (rule, at, t) => trace.push({ rule, action: 'drop', text: t, start: start + at, end: start + at + t.length }) };
    for (const r of NEWS.parse(text.slice(start, end), ref, option) as ParsingResult[]) out.push(toMention(r, start, published !== null));
  }
  return out.sort((a, b) => a.start - b.start);
}
