// Dates: the dateline's publication date, and every date expression of an
// article resolved against publication the way a journalist means it
// (past-tense weekday → the most recent such day on or before publication).
// Pure: the reference date is an argument; arithmetic is UTC-only.
import type { Span } from '../../types.js';
import { foldCase } from '../../text.js';
import { DATELINES, DATE_RULES, FUTURE_BEFORE, MONTHS, NAME_AFTER, WEEKDAYS } from './rules.js';

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
      const placeText = m[1]!.trim();
      const pStart = at + line.indexOf(placeText);
      let date: string | null = null;
      let agency: string;
      if (r.order === 'none') agency = m[2]!;
      else {
        const [d, mo] = r.order === 'dmy' ? [m[2]!, m[3]!] : [m[3]!, m[2]!];
        const y = year(m[4]!);
        const mm = MONTHS[mo.replace('.', '')]!;
        if (validDay(y, mm, Number(d))) date = `${y}-${pad(mm)}-${pad(Number(d))}`;
        agency = m[5]!;
      }
      const sStart = at + m.index + (m[0].length - m[0].trimStart().length);
      const sEnd = at + m.index + m[0].length;
      const aStart = text.indexOf('(', sStart) + 1;
      return {
        date,
        place: { text: text.slice(pStart, pStart + placeText.length), start: pStart, end: pStart + placeText.length },
        agency: text.slice(aStart, aStart + agency.length).trim(),
        span: { text: text.slice(sStart, sEnd), start: sStart, end: sEnd },
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
      const after = lower.slice(end, end + 20);
      const future = FUTURE_BEFORE.test(before) || /^\s*(next)\b/.test(m[0]);
      let value: string | null = null;
      let precision: DateMention['precision'] = 'unknown';
      let relative = true;
      switch (r.kind) {
        case 'dmy':
        case 'mdy': {
          const [d, mo, y] = r.kind === 'dmy' ? [m[1]!, m[2]!, m[3]] : [m[2]!, m[1]!, m[3]];
          const mm = MONTHS[mo.replace('.', '')]!;
          if (mo === 'may' && r.kind === 'mdy' && !/^\d/.test(d)) continue;
          if (y) {
            const yy = year(y);
            if (!validDay(yy, mm, Number(d))) continue;
            value = `${yy}-${pad(mm)}-${pad(Number(d))}`;
            relative = false;
          } else if (pubDate) {
            let yy = pubDate.getUTCFullYear();
            if (!validDay(yy, mm, Number(d)) && !validDay(yy - 1, mm, Number(d))) continue;
            let t = Date.UTC(yy, mm - 1, Number(d));
            if (!future && t > pub! + DAY) t = Date.UTC(--yy, mm - 1, Number(d));
            if (future && t < pub!) t = Date.UTC(++yy, mm - 1, Number(d));
            value = iso(t);
          } else if (!validDay(2000, mm, Number(d))) continue;
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
          if (m[1] === 'may' && !/^(in|since|during|early|late|mid|last|this)/.test(m[0])) continue;
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
          if (NAME_AFTER.test(after)) continue;
          if (pub !== null) value = iso(resolveWeekday(pub, WEEKDAYS[m[1]!]!, future, /^last\s/.test(m[0])));
          precision = 'day';
          break;
        }
        case 'relative-day': {
          const w = m[1]!.replace(/\s+/g, ' ');
          if (pub !== null) value = iso(w === 'yesterday' || w === 'last night' ? pub - DAY : pub);
          precision = 'day';
          break;
        }
        case 'relative-month': {
          const w = m[1]!.replace(/\s+/g, ' ');
          if (pubDate) {
            const y = pubDate.getUTCFullYear();
            const mo = pubDate.getUTCMonth() + 1;
            if (w === 'last year') (value = String(y - 1)), (precision = 'year');
            else if (w === 'this year') (value = String(y)), (precision = 'year');
            else if (w === 'last month') (value = mo === 1 ? `${y - 1}-12` : `${y}-${pad(mo - 1)}`), (precision = 'month');
            else if (w === 'last week') (value = iso(pub! - 7 * DAY).slice(0, 7)), (precision = 'month');
            else (value = `${y}-${pad(mo)}`), (precision = 'month');
          } else precision = w.endsWith('year') ? 'year' : 'month';
          break;
        }
        case 'offset': {
          const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
          const n = words[m[1]!] ?? Number(m[1]);
          const days = n * (m[2]!.startsWith('week') ? 7 : 1);
          const sign = m[3] === 'ahead' || m[3] === 'later' ? 1 : -1;
          if (pub !== null) value = iso(pub + sign * days * DAY);
          precision = 'day';
          break;
        }
      }
      found.push({ value, precision: value === null ? 'unknown' : precision, text: text.slice(start, end), start, end, rule: r.name, relative });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
