// The news reading of chrono-node: a clone of chrono's English casual parser
// with only the parsers news needs (rules.ts CHRONO_PARSERS), ours added
// through its `parsers` array (NEWS_PARSERS) and our refiners through its
// `refiners` array (REFINERS), each under its rule name. The reference is the
// publication day at local noon; values are read from the components, never
// through Date objects of the machine's zone, so the result is the same
// anywhere.
import { casual, Chrono, ParsingComponents, ParsingResult, type Parser, type ParsingContext, type ParsingOption, type Refiner } from 'chrono-node';
import {
  CHRONO_PARSERS, CHRONO_REFINERS, COUNTED, DATELINES, EVENT_AFTER, FUTURE_BEFORE, GMT_BEFORE, LOCAL_BEFORE_GMT, LEAD_IN_DAY, LEAD_IN_PERIOD, LOWER_MONTH_LEAD, MODAL_AFTER, MONTH_LEAD, MONTHS, NAME_AFTER, NAME_BEFORE,
  NAME_BEFORE_MONTH, NEWS_PARSERS, PART_OF_DAY_AFTER, REFINERS, WORD_MONTHS, type NewsParserRule, type RefinerRule,
} from './rules.js';

const DAY = 86400000;
export const RULE_TAG = 'rule/';
export const REFINER_TAG = 'refiner/';

/** The reference day as a UTC timestamp (chrono's reference is that day at local noon). */
export function refDay(ctx: ParsingContext): number {
  const d = ctx.refDate;
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
}
const ymd = (t: number) => {
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
function assignDay(c: ParsingComponents, t: number): void {
  const v = ymd(t);
  c.assign('year', v.year).assign('month', v.month).assign('day', v.day);
}
/** Make a known component implied (it stays the value, but no longer makes the precision). */
function unknow(c: ParsingComponents, k: 'day' | 'month'): void {
  const v = c.get(k);
  c.delete(k);
  if (v !== null) c.imply(k, v);
}
const MONTH_WORD = new RegExp(`\\b(?:${Object.keys(MONTHS).join('|')})\\b`, 'i');
/** The month word of a result as written ("MAY" of "3 MAY"). */
const monthWord = (r: ParsingResult) => MONTH_WORD.exec(r.text)?.[0] ?? '';
const before = (ctx: ParsingContext, r: ParsingResult, n: number) => ctx.text.slice(Math.max(0, r.index - n), r.index);
const after = (ctx: ParsingContext, r: ParsingResult, n: number) => ctx.text.slice(r.index + r.text.length, r.index + r.text.length + n);
// (a window: dates are parsed on the text, before the layer, for the sentences read and the first three)
const future = (ctx: ParsingContext, r: ParsingResult) => FUTURE_BEFORE.test(before(ctx, r, 50)) || /^next\b/i.test(r.text);
const onlyWeekday = (c: ParsingComponents) => c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month') && !c.isCertain('year');
/** A day told by publication, no number or month written: "today", "yesterday", "last night". */
const dayByPublication = (r: ParsingResult) => r.start.isCertain('day') && !/\d/.test(r.text) && !monthWord(r);
/** A day and month as written, digits and the month's word: "30 JUNE", "November 16, 1988". */
const writtenDayMonth = (r: ParsingResult) => r.start.isCertain('day') && r.start.isCertain('month') && /\d/.test(r.text) && !!monthWord(r);


function setText(ctx: ParsingContext, r: ParsingResult, start: number, end: number): void {
  r.index = start;
  r.text = ctx.text.slice(start, end);
}

// ---- parsers ----

function newsParser(rule: NewsParserRule): Parser {
  const re = new RegExp(rule.re.source, rule.re.flags.replace('g', ''));
  return {
    pattern: () => re,
    extract(ctx, m) {
      const at = m.index!;
      if (rule.notCounted && COUNTED.test(ctx.text.slice(at + m[0].length))) return null;
      const c = new ParsingComponents(ctx.reference);
      const then = rule.then;
      // (a day counted from publication is no date a weekday before it names: "on Sunday, three days ahead")
      if (then.kind === 'day-offset') assignDay(c.addTag('result/relativeDate'), refDay(ctx) + then.offset(m) * DAY);
      else c.assign('year', Number(m[then.group])).imply('month', 1).imply('day', 1);
      c.addTag(RULE_TAG + rule.name);
      return ctx.createParsingResult(at, m[0], c);
    },
  };
}

/** chrono's parser `cls`, its results tagged with our rule name, minus the texts it may not match. */
/** A two-digit "year" ending a day and month that counts a noun or lies after publication: left out, the year implied (a parser's `notCounted`). */
function countedYear(ctx: ParsingContext, r: ParsingResult): void {
  const m = /(?<!\s)\s+'?(\d{2})$/.exec(r.text);
  if (!m || !r.start.isCertain('year') || !(COUNTED.test(after(ctx, r, 30)) || r.start.get('year')! > ymd(refDay(ctx)).year)) return;
  setText(ctx, r, r.index, r.index + r.text.length - m[0].length);
  r.start.delete('year');
  r.start.imply('year', ymd(refDay(ctx)).year);
}

function chronoParser(name: string, cls: string, reject?: RegExp, notCounted?: true): Parser {
  const p = casual.parsers.find((x) => x.constructor.name === cls);
  if (!p) throw new Error(`chrono-node has no parser ${cls}`);
  return {
    pattern: (ctx) => p.pattern(ctx),
    extract(ctx, m) {
      const out = p.extract(ctx, m);
      if (!out) return null;
      const r = out instanceof ParsingResult ? out : ctx.createParsingResult(m.index!, m[0], out instanceof ParsingComponents ? out : ctx.createParsingComponents(out));
      // chrono takes a comma or bracket around some dates ("on Monday,"): not part of the date's text
      const lead = /^[\s,(（]*/.exec(r.text)![0].length;
      const text = r.text.slice(lead).replace(/(?<![\s,)）-])(?:[\s,)）-]|(?<=\s)of)+$/i, '');
      r.index += lead;
      r.text = text;
      if (!text || reject?.test(text)) return null;
      if (notCounted) countedYear(ctx, r);
      r.addTag(RULE_TAG + name);
      return r;
    },
  };
}

// ---- refiners ----

type Step = (ctx: ParsingContext, r: ParsingResult) => ParsingResult | null | false;
/** Per-result refiners: return the result (changed: tagged), null to drop it, false when it does not apply. */
const STEPS: Record<string, Step> = {
  'name-not-date': (ctx, r) => {
    if (!/\d|sunday|monday|tuesday|wednesday|thursday|friday|saturday/i.test(r.text)) return false;
    return NAME_AFTER.test(after(ctx, r, 40)) || (onlyWeekday(r.start) && NAME_BEFORE.test(before(ctx, r, 30))) ? null : false;
  },
  'month-word': (ctx, r) => {
    const w = monthWord(r);
    if (!w || r.start.isCertain('year') || !WORD_MONTHS.test(w)) return false;
    const day = r.start.isCertain('day');
    if (day && /^may$/i.test(w) && MODAL_AFTER.test(after(ctx, r, 20))) return null;
    // lower case (as written, or as the truecased copy of a wire has it): a month only beside its day or after in/since/…
    if (/^\p{Ll}/u.test(w)) return day || LOWER_MONTH_LEAD.test(before(ctx, r, 20)) ? false : null;
    return !day && /\p{Ll}/u.test(ctx.text) && NAME_BEFORE_MONTH.test(before(ctx, r, 30)) ? null : false;
  },
  'lead-in': (ctx, r) => {
    const m = (r.start.isCertain('day') || onlyWeekday(r.start) ? LEAD_IN_DAY : LEAD_IN_PERIOD).exec(before(ctx, r, 40));
    if (!m || !m[1] || !/\S/.test(m[1])) return false;
    setText(ctx, r, r.index - m[1].length, r.index + r.text.length);
    return r;
  },
  'part-of-day': (ctx, r) => {
    const m = PART_OF_DAY_AFTER.exec(after(ctx, r, 12));
    if (!m || !(onlyWeekday(r.start) || r.start.isCertain('day')) || /night$/i.test(r.text)) return false;
    setText(ctx, r, r.index, r.index + r.text.length + m[0].length);
    return r;
  },
  'month-alone': (ctx, r) => {
    const c = r.start;
    if (!c.isCertain('month') || c.isCertain('day') || c.isCertain('year') || !monthWord(r)) return false;
    return MONTH_LEAD.test(before(ctx, r, 20)) || /^(?:in|since|during|until|from)\b/i.test(r.text) ? false : null;
  },
  'weekday-most-recent': (ctx, r) => {
    if (!onlyWeekday(r.start)) return false;
    const pub = refDay(ctx);
    const cur = new Date(pub).getUTCDay();
    const wd = r.start.get('weekday')!;
    let diff: number;
    if (future(ctx, r)) diff = -((wd - cur + 7) % 7 || 7);
    else diff = (cur - wd + 7) % 7 || (/^(?:last|past)\b/i.test(r.text) ? 7 : 0);
    assignDay(r.start, pub - diff * DAY);
    return r;
  },
  'day-month-most-recent': (ctx, r) => {
    const c = r.start;
    if (!c.isCertain('month') || c.isCertain('year')) return false;
    if (!c.isCertain('day')) {
      // a month alone: the latest not after publication; after future words, the next not before it
      const ref = ymd(refDay(ctx));
      const m = c.get('month')!;
      const fwd = future(ctx, r);
      c.assign('year', !fwd && m > ref.month ? ref.year - 1 : fwd && m < ref.month ? ref.year + 1 : ref.year);
      return r;
    }
    const pub = refDay(ctx);
    const y0 = ymd(pub).year;
    const [m, d] = [c.get('month')!, c.get('day')!];
    const ts = [y0 - 1, y0, y0 + 1].map((y) => Date.UTC(y, m - 1, d)).filter((t) => ymd(t).day === d);
    // after future words, or naming an election ahead, the nearest such day: "will be tried for the murder on 20 December" is last month's
    const pick = EVENT_AFTER.test(after(ctx, r, 40)) || future(ctx, r)
      ? ts.sort((a, b) => Math.abs(a - pub) - Math.abs(b - pub))[0]
      : ts.filter((t) => t <= pub + DAY).pop();
    if (pick === undefined) return null;
    c.assign('year', ymd(pick).year);
    return r;
  },
  'gmt-day': (ctx, r) => {
    if (!(writtenDayMonth(r) || dayByPublication(r)) || !r.start.isCertain('day')) return false;
    const gmt = GMT_BEFORE.exec(before(ctx, r, 16));
    if (!gmt) return false;
    const local = LOCAL_BEFORE_GMT.exec(before(ctx, r, 30).slice(0, -gmt[0].length));
    if (!local) return null;
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(2));
    const ahead = minutes(local[1]!) - minutes(gmt[1]!);
    const c = r.start;
    const day = Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!);
    assignDay(c, day + (ahead > 720 ? -DAY : ahead < -720 ? DAY : 0));
    return r;
  },
  'period-as-month': (ctx, r) => {
    if (/\byears?\s+ago$/i.test(r.text) && !r.start.isCertain('month')) {
      r.start.assign('month', ymd(refDay(ctx)).month);
      return r;
    }
    if (!/\bweek$/i.test(r.text)) return false;
    const v = ymd(refDay(ctx) - (/\b(?:last|past)\s+week$/i.test(r.text) ? 7 * DAY : 0));
    r.start.assign('year', v.year).assign('month', v.month);
    unknow(r.start, 'day');
    return r;
  },
};

/** The steps that are no refiners of single results but of neighbours. */
function mergeWeekdayWithDate(ctx: ParsingContext, results: ParsingResult[]): ParsingResult[] {
  return mergeWithDate(ctx, results, 'weekday-with-date', (prev) => onlyWeekday(prev.start), /^\s*(?:(?:morning|afternoon|evening|night)\s*)?(?:,\s*)?$/i);
}

/** `casual-day-with-date`: "TODAY, 30 JUNE", "YESTERDAY, 13 NOVEMBER": the date in apposition decides (a broadcast's day may not be the dateline's); any day told by publication, whichever parser read it. */
function mergeCasualDayWithDate(ctx: ParsingContext, results: ParsingResult[]): ParsingResult[] {
  return mergeWithDate(ctx, results, 'casual-day-with-date', dayByPublication, /^\s*,\s*$/);
}

/** A result `first` holds, then a day and month with only `between` between them: one mention, the date's value. */
function mergeWithDate(ctx: ParsingContext, results: ParsingResult[], name: string, first: (r: ParsingResult) => boolean, between: RegExp): ParsingResult[] {
  const out: ParsingResult[] = [];
  for (const r of results) {
    const prev = out[out.length - 1];
    const gap = prev ? ctx.text.slice(prev.index + prev.text.length, r.index) : '';
    const date = writtenDayMonth(r);
    if (prev && first(prev) && date && between.test(gap)) {
      setText(ctx, r, prev.index, r.index + r.text.length);
      r.start.addTag(REFINER_TAG + name);
      out[out.length - 1] = r;
    } else out.push(r);
  }
  return out;
}

/** chrono's option with a sink for what our refiners drop (explain): the rule and the result's index and text in the parsed text. */
export interface NewsOption extends ParsingOption {
  dropped?: (rule: string, index: number, text: string) => void;
}

/** The code of the records that read the whole list of results at once (`whole`), by their record's name. */
const LIST_REFINERS: Record<string, Refiner['refine']> = { 'weekday-with-date': mergeWeekdayWithDate, 'casual-day-with-date': mergeCasualDayWithDate };

/** A REFINERS record as a chrono refiner: its code is a list refiner for a `whole` record, a step over each result otherwise. */
function refiner(rule: RefinerRule): Refiner {
  const name = rule.name;
  if (rule.whole) {
    const whole = LIST_REFINERS[name];
    if (!whole) throw new Error(`no list refiner ${name}`);
    return { refine: whole };
  }
  const step = STEPS[name];
  if (!step) throw new Error(`no date refiner ${name}`);
  return {
    refine(ctx, results) {
      const out: ParsingResult[] = [];
      for (const r of results) {
        const x = step(ctx, r);
        if (x === false) out.push(r);
        else if (x) out.push(x.addTag(REFINER_TAG + name));
        else (ctx.option as NewsOption).dropped?.(name, r.index, r.text);
      }
      return out;
    },
  };
}

function chronoRefiner(cls: string): Refiner {
  const r = casual.refiners.find((x) => x.constructor.name === cls);
  if (!r) throw new Error(`chrono-node has no refiner ${cls}`);
  return r;
}

/** The news chrono: chrono's kept parsers and ours, chrono's kept refiners and ours. */
export function newsChrono(): Chrono {
  const c = casual.clone();
  c.parsers = [...CHRONO_PARSERS.map((p) => chronoParser(p.name, p.chrono, p.reject, p.notCounted)), ...NEWS_PARSERS.map(newsParser)];
  c.refiners = [...CHRONO_REFINERS.map(chronoRefiner), ...REFINERS.map(refiner)];
  return c;
}

// ---- datelines ----

export interface DatelineGroups {
  rule: string;
  groups: Record<string, string | undefined>;
  indices: Record<string, [number, number] | undefined>;
}

/** The dateline parsers: one chrono parser per DATELINES record; a result carries its match groups. */
export function datelineChrono(found: WeakMap<ParsingResult, DatelineGroups>): Chrono {
  const c = casual.clone();
  c.parsers = DATELINES.map((rule) => ({
    pattern: () => rule.re,
    extract(ctx: ParsingContext, m: RegExpMatchArray) {
      if (m.index !== 0) return null;
      const g = m.groups ?? {};
      const comp = new ParsingComponents(ctx.reference);
      const day = g.d ?? g.dd;
      if (g.mo && day) comp.assign('month', MONTHS[g.mo.replace('.', '')]!).assign('day', Number(day));
      if (g.y) comp.assign('year', year(g.y));
      const r = ctx.createParsingResult(0, m[0], comp);
      r.addTag(RULE_TAG + rule.name);
      found.set(r, { rule: rule.name, groups: g, indices: (m.indices?.groups ?? {}) as DatelineGroups['indices'] });
      return r;
    },
  }));
  c.refiners = [];
  return c;
}

/** A wire year: two digits are 2000–2030 or 1931–1999. */
export function year(y: string): number {
  const s = y.replace("'", '');
  const n = Number(s);
  return s.length === 2 ? (n <= 30 ? 2000 + n : 1900 + n) : n;
}
