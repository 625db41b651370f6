// Dates: the dateline's publication date, and every date expression of an
// article resolved against publication the way a journalist means it
// (past-tense weekday → the most recent such day on or before publication).
// Pure: the reference date is an argument; arithmetic is UTC-only.
import type { Span } from '../../types.js';
import { foldCase } from '../../text.js';
import { DATELINES, DATE_RULES, EVENT_AFTER, FUTURE_BEFORE, MONTHS, NAME_AFTER, NAME_BEFORE, NAME_BEFORE_MONTH, NAME_MONTHS, NUMBER_WORDS, WEEKDAYS } from './rules.js';

export interface Dateline {
  date: string | null;
  place: Span | null;
  agency: string | null;
  span: Span;
  rule: string;
}

export interface DateMention {
  value: string | null;
  precision: 'day' | 'month' | 'year' | 'unknown';
  text: string;
  start: number;
  end: number;
  rule: string;
  relative: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (t: number) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const DAY = 86400000;

function parseIso(s: string): number {
  const [y, m, d] = s.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

function year(y: string): number {
  const n = Number(y.replace("'", ''));
  if (y.replace("'", '').length === 2) return n <= 30 ? 2000 + n : 1900 + n;
  return n;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCDate() === d;
}

/** The dateline at the start of the article (after an optional headline). */
export function parseDateline(text: string): Dateline | null {
  const head = foldCase(text.slice(0, 600));
  const starts = [0];
  for (let i = head.indexOf('\n'); i >= 0 && starts.length < 4; i = head.indexOf('\n', i + 1)) starts.push(i + 1);
  for (const at of starts) {
    const line = head.slice(at);
    for (const r of DATELINES) {
      const m = r.re.exec(line);
      if (!m) continue;
      const g = m.groups!;
      const ix = m.indices!.groups!;
      let date: string | null = null;
      if (g.y && g.d && g.mo) {
        const y = year(g.y);
        const mm = MONTHS[g.mo.replace('.', '')]!;
        if (validDay(y, mm, Number(g.d))) date = `${y}-${pad(mm)}-${pad(Number(g.d))}`;
      }
      const span = (s: number, e: number): Span => ({ text: text.slice(at + s, at + e), start: at + s, end: at + e });
      const ps = ix.place![0];
      const sStart = m.index + (m[0].length - m[0].trimStart().length);
      return {
        date,
        place: span(ps, ps + g.place!.trimEnd().length),
        agency: ix.agency ? span(...ix.agency).text.trim() : null,
        span: span(sStart, m.index + m[0].length),
        rule: r.name,
      };
    }
  }
  return null;
}

function resolveWeekday(pub: number, wd: number, future: boolean, last: boolean): number {
  const cur = new Date(pub).getUTCDay();
  if (future) {
    const diff = (wd - cur + 7) % 7 || 7;
    return pub + diff * DAY;
  }
  let diff = (cur - wd + 7) % 7;
  if (last && diff === 0) diff = 7;
  return pub - diff * DAY;
}

const monthValue = (y: number, m: number) => (m < 1 ? `${y - 1}-${pad(m + 12)}` : `${y}-${pad(m)}`);

/** Every date expression of the text, resolved against `published` (YYYY-MM-DD or null). */
export function findDates(text: string, published: string | null): DateMention[] {
  const lower = foldCase(text);
  const pub = published ? parseIso(published) : null;
  const pubDate = pub !== null ? new Date(pub) : null;
  const found: DateMention[] = [];
  for (const r of DATE_RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(lower); m; m = r.re.exec(lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const before = lower.slice(Math.max(0, start - 50), start);
      const after = lower.slice(end, end + 40);
      if (r.month !== undefined && !monthName(text, m, r.month)) continue;
      if ((r.kind === 'dmy' || r.kind === 'mdy' || r.kind === 'weekday') && (NAME_AFTER.test(after) || NAME_BEFORE.test(before))) continue;
      const future = FUTURE_BEFORE.test(before) || /^\s*(next)\b/.test(m[0]);
      let value: string | null = null;
      let precision: DateMention['precision'] = 'unknown';
      let relative = true;
      switch (r.kind) {
        case 'dmy':
        case 'mdy': {
          const [d, mo, y] = r.kind === 'dmy' ? [m[1]!, m[2]!, m[3]] : [m[2]!, m[1]!, m[3]];
          const mm = MONTHS[mo.replace('.', '')]!;
          const day = Number(d);
          if (y) {
            const yy = year(y);
            if (!validDay(yy, mm, day)) continue;
            value = `${yy}-${pad(mm)}-${pad(day)}`;
            relative = false;
          } else if (pub !== null) {
            // the most recent such day (a day's slack), the next one in the future, the nearest for an event ahead
            const y0 = pubDate!.getUTCFullYear();
            const ts = [y0 - 1, y0, y0 + 1].filter((yy) => validDay(yy, mm, day)).map((yy) => Date.UTC(yy, mm - 1, day));
            const near = EVENT_AFTER.test(after);
            const pick = near
              ? ts.sort((a, b) => Math.abs(a - pub) - Math.abs(b - pub))[0]
              : future ? ts.find((t) => t >= pub) : ts.filter((t) => t <= pub + DAY).pop();
            if (pick === undefined) continue;
            value = iso(pick);
          } else if (!validDay(2000, mm, day)) continue;
          precision = 'day';
          break;
        }
        case 'my':
          value = `${m[2]}-${pad(MONTHS[m[1]!]!)}`;
          precision = 'month';
          relative = false;
          break;
        case 'month': {
          const mm = MONTHS[m[1]!]!;
          if (pubDate) {
            let yy = pubDate.getUTCFullYear();
            const pm = pubDate.getUTCMonth() + 1;
            if (!future && mm > pm) yy--;
            if (future && mm < pm) yy++;
            value = `${yy}-${pad(mm)}`;
          }
          precision = 'month';
          break;
        }
        case 'year':
          value = m[1]!;
          precision = 'year';
          relative = false;
          break;
        case 'weekday': {
          if (pub !== null) value = iso(resolveWeekday(pub, WEEKDAYS[m[1]!]!, future, /^last\s/.test(m[0])));
          precision = 'day';
          break;
        }
        case 'relative-day': {
          const w = m[1]!;
          const back = /before\s+yesterday/.test(w) ? 2 : /yesterday|last\s+night/.test(w) ? 1 : 0;
          if (pub !== null) value = iso(pub - back * DAY);
          precision = 'day';
          break;
        }
        case 'relative-month': {
          const w = m[1]!;
          const last = /^(last|past|this\s+past)\b/.test(w);
          precision = w.endsWith('year') ? 'year' : 'month';
          if (pubDate) {
            const y = pubDate.getUTCFullYear();
            const mo = pubDate.getUTCMonth() + 1;
            if (w.endsWith('year')) value = String(last ? y - 1 : y);
            else if (w.endsWith('month')) value = monthValue(y, last ? mo - 1 : mo);
            // a week has no day: the month of a week before
            else value = iso(last ? pub! - 7 * DAY : pub!).slice(0, 7);
          }
          break;
        }
        case 'offset': {
          const n = NUMBER_WORDS[m[1]!] ?? Number(m[1]);
          const sign = m[3] === 'ago' ? -1 : 1;
          // "two years ago": that month, two years back (as precise as "ago" is)
          if (m[2]!.startsWith('year')) {
            precision = 'month';
            if (pubDate) value = monthValue(pubDate.getUTCFullYear() + sign * n, pubDate.getUTCMonth() + 1);
          } else if (m[2]!.startsWith('month')) {
            precision = 'month';
            if (pubDate) {
              const t = pubDate.getUTCFullYear() * 12 + pubDate.getUTCMonth() + sign * n;
              value = `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
            }
          } else {
            precision = 'day';
            if (pub !== null) value = iso(pub + sign * n * (m[2]!.startsWith('week') ? 7 : 1) * DAY);
          }
          break;
        }
      }
      found.push({ value, precision: value === null ? 'unknown' : precision, text: text.slice(start, end), start, end, rule: r.name, relative });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A month word of a match is a month: capitalized as written, and no surname ("Theresa May"). */
function monthName(text: string, m: RegExpExecArray, group: number): boolean {
  const [s, e] = m.indices![group]!;
  if (!/\p{Lu}/u.test(text[s]!)) return false;
  return !(NAME_MONTHS.test(text.slice(s, e).toLowerCase()) && NAME_BEFORE_MONTH.test(text.slice(Math.max(0, s - 30), s)));
}
