// Casualty counts: find killed/wounded figures in a stretch of text and merge
// the figures of one event into a Count. The patterns and word lists are data
// in rules.ts; this file only applies them. Pure.
import type { Count, CountReport, Span } from '../../types.js';
import { foldCase, sentenceAt, span, trimSpan } from '../../text.js';
import { clauseAfter, holdsBefore, readerOf, type ClauseReader } from '../../lang/within.js';
import { MAX_LAYER_CHARS } from '../../lang/layer.js';
import { parseQuantity, type Quantity } from './numbers.js';
import {
  ADDITIVE, ACTIVE_OBJECT, BARE_PASSIVE_FOLLOW, BY_ACCORDING, BY_AFTER, BY_AFTER_REACH, BY_BEFORE, INDEPENDENT_SOURCE, NON_VICTIM, NOT_A_SOURCE, NUMBER_LABEL,
  APPOSITION_ONE, INITIAL_FIGURE, LEAD_ONE, ROLE_ONE, TAIL_ONE, PARTITIVE_AFTER, PARTITIVE_OF_THEM, PARTITIVE_PARTICIPLE, PREFILTER, QTY, REPORTER_LEAD, RULES, SOURCES, TOLL_RISEN, WOUND_WORDS,
} from './rules.js';

export { parseQuantity, type Quantity } from './numbers.js';

/** One casualty phrase: a Count's figure and evidence, before reports are merged. */
export interface CasualtyMention extends Omit<Count, 'reports'> {
  kind: 'killed' | 'wounded';
  rule: string;
  victims: Span | null;
  by: string | null;
  /** `toll-revised`: a toll that rose ("has risen to 13"), or a figure given first and superseded ("had initially reported five dead"). */
  revision?: 'risen' | 'initial';
  /** `counts.additive` (rules.ts ADDITIVE): victims other than those counted before ("two others were also killed"). */
  additive?: boolean;
  /** From a rule whose phrase may name another incident by its toll (`reference-figure-skip`). */
  reference?: true;
}

const LEADING_QTY = new RegExp(`^${QTY}`);
const CONJUNCT = /\s*,(?!\d{3})\s*(?:and\s+)?|\s+and\s+/g;
const WOUND = new Set(WOUND_WORDS);

/** The stretch of text read (text[from, to), its folded copy) and the clauses of the whole text, asked for lazily. */
interface Stretch {
  text: string;
  lower: string;
  from: number;
  clauses: () => ClauseReader;
}

/** Whether `re` (…$) holds on the words before `pos` (of the stretch) in its clause (lang/within.ts). */
const beforeInClause = (st: Stretch, pos: number, re: RegExp): boolean => holdsBefore(st.clauses(), st.from + pos, re);

/** Quantity at `pos` of the folded text, checked against its context; null if not a head count. */
function countAt(st: Stretch, pos: number, end: number): (Quantity & { qEnd: number }) | null {
  const { text, lower } = st;
  const m = LEADING_QTY.exec(lower.slice(pos, end));
  if (!m) return null;
  const q = parseQuantity(text.slice(pos, pos + m[0].length));
  if (!q) return null;
  const bare = m[0].replace(/^\D*/, '');
  if (/^\d{4}$/.test(bare) && q.value >= 1800 && q.value <= 2100) return null; // a year
  if (/\d/.test(m[0]) && beforeInClause(st, pos, NUMBER_LABEL)) return null;
  const next = /^\s+([a-z][a-z'.-]*)/.exec(lower.slice(pos + m[0].length, end));
  if (next && NON_VICTIM.has(next[1]!.replace(/\.$/, ''))) return null;
  // `partitive-skip`: "two of the wounded were in critical condition" counts some of a toll already given
  if (PARTITIVE_AFTER.test(lower.slice(pos + m[0].length, pos + m[0].length + 30))) return null;
  return { ...q, qEnd: pos + m[0].length };
}

/** The article or possessive a later group of a victim list may take (rules.ts NP_MORE). */
const LATER_GROUP_DET = /^(?:the|their|his|her|its)\s/;

/** Where a passive's subject list may start with `counts.lead-one`: its clause's start ("in which his driver and …"), not an object. */
const LEAD_CLAUSE_START = /(?:^|[,;:(]\s*|(?<![\w-])(?:which|whom|that|when|while|whereas|and|but|where|after|as|because|although|whose|meanwhile|also|today|yesterday|later)\s+)$/;

/** Sum the figures of a victim list ("Two Americans and an Iraqi civilian"); `subject`: the list is a passive's subject. */
function victimsCount(st: Stretch, start: number, end: number, subject = false): (Quantity & { from?: number }) | null {
  const { lower } = st;
  const sum: Quantity & { from?: number } = { value: 0, low: 0, high: 0, approximate: false };
  const seg = lower.slice(start, end);
  // `counts.lead-one` at the end (rules.ts TAIL_ONE): "the driver and his assistant", "six Jesuits, a woman, and her daughter"
  const tail = TAIL_ONE.exec(seg);
  if (tail && tail.index > 0) {
    const head = ROLE_ONE.test(seg.slice(0, tail.index)) ? { value: 1, low: 1, high: 1, approximate: false } : victimsCount(st, start, start + tail.index, subject);
    return head && { ...head, value: head.value + 1, low: head.low + 1, high: head.high + 1 };
  }
  // `counts.lead-one` (rules.ts LEAD_ONE): "his driver and one of his bodyguards": one person before the figures
  const lead = countAt(st, start, end) ? null : LEAD_ONE.exec(seg);
  // (a subject's lead that is no clause's start is an object before it: "attacked the mayor and two people were killed")
  const one = !!lead && !(subject && !beforeInClause(st, start, LEAD_CLAUSE_START));
  if (one) Object.assign(sum, { value: 1, low: 1, high: 1 });
  const from = lead ? start + lead[0].length : start;
  if (lead && !one) sum.from = from;
  const cuts: number[] = [];
  let commaOnly = false;
  // (no group starts inside a bracketed aside, "six Jesuits (five Spaniards and one Salvadoran)")
  for (const c of lower.slice(from, end).matchAll(CONJUNCT)) {
    if (insideBrackets(seg, from - start + c.index!)) continue;
    cuts.push(from + c.index! + c[0].length);
    commaOnly = !/and/.test(c[0]);
  }
  for (const cut of [from, ...cuts]) {
    // (a last group after a comma alone, one person, is an apposition: "injured one civilian, a female street peddler")
    if (commaOnly && cut === cuts[cuts.length - 1] && APPOSITION_ONE.start.test(lower.slice(cut, cut + 4)) && !APPOSITION_ONE.listGoesOn.test(lower.slice(end, end + 24))) return sum;
    // (a later group may take an article or a possessive: "the six Jesuits and the two women", "… and their two employees")
    const det = cut !== start ? LATER_GROUP_DET.exec(lower.slice(cut, cut + 6)) : null;
    const at = det ? cut + det[0].length : cut;
    const q = countAt(st, at, end);
    if (!q) return at === start || (lead && cut === from) ? null : sum; // a later conjunct without a figure ends the list
    // `partitive-skip`: "six Jesuits, five of them Spaniards": a later conjunct that counts some of the ones before is no more victims
    if (at !== start && cut !== from && PARTITIVE_OF_THEM.test(lower.slice(q.qEnd, q.qEnd + 12))) return sum;
    sum.value += q.value;
    sum.low += q.low;
    sum.high += q.high;
    sum.approximate ||= q.approximate;
  }
  return sum;
}

/** Whether `at` of `s` lies inside an open round or square bracket. */
function insideBrackets(s: string, at: number): boolean {
  const inside = (o: string, c: string) => {
    const open = s.lastIndexOf(o, at);
    return open >= 0 && s.lastIndexOf(c, at) < open;
  };
  return inside('(', ')') || inside('[', ']');
}

/** Bounds of the sentence around `pos` of the stretch (the article's sentences), as offsets into the stretch. */
function sentenceBounds(st: Stretch, pos: number): [number, number] {
  const r = st.clauses();
  const s = r.sentences[sentenceAt(r.sentences, st.from + pos)];
  if (!s) return [0, st.lower.length];
  // (a run-on sentence, longer than the layer's limit, as far as that limit on each side)
  const [start, end] = [Math.max(s.start - st.from, pos - MAX_LAYER_CHARS), Math.min(s.end - st.from, pos + MAX_LAYER_CHARS)];
  return [Math.max(0, Math.min(pos, start)), Math.min(st.lower.length, Math.max(pos, end))];
}

function reporter(st: Stretch, s: number, e: number): string | null {
  const { text, lower } = st;
  const name = (start: number, end: number): string | null => {
    let sp = trimSpan(text, start, end);
    const lead = REPORTER_LEAD.exec(lower.slice(sp.start, sp.end));
    if (lead) sp = trimSpan(text, sp.start + lead[0].length, sp.end);
    const low = lower.slice(sp.start, sp.end);
    if (sp.text.length < 2 || NOT_A_SOURCE.test(low) || low.split(/\s+/).length > 8) return null;
    for (const src of SOURCES) if (src.match.test(low)) return src.name;
    return sp.text;
  };
  const [ss, se] = sentenceBounds(st, s);
  const pre = lower.slice(ss, s);
  const b = BY_BEFORE.exec(pre);
  if (b?.indices?.groups?.by) {
    const [a, z] = b.indices.groups.by;
    const n = name(ss + a, ss + z);
    if (n) return n;
  }
  // (the sentence's text first, as a cue: the figure's clause is read only where a reporter may follow)
  const after = BY_AFTER.test(lower.slice(e, se)) ? BY_AFTER.exec(clauseAfter(st.clauses(), st.from + e, undefined, BY_AFTER_REACH)) : null;
  if (after?.indices?.groups?.by) {
    const [a, z] = after.indices.groups.by;
    const n = name(e + a, e + z);
    if (n) return n;
  }
  const sentence = lower.slice(ss, se);
  const acc = BY_ACCORDING.exec(sentence);
  if (acc?.indices?.groups?.by) {
    const [a, z] = acc.indices.groups.by;
    return name(ss + a, ss + z);
  }
  return null;
}

/** `counts.additive`: the phrase at [start, end) of the folded text counts victims besides those counted before it. */
function isAdditive(st: Stretch, start: number, end: number, victims: [number, number] | undefined): boolean {
  const { lower } = st;
  if (victims && ADDITIVE.victims.test(lower.slice(victims[0], victims[1]))) return true;
  return ADDITIVE.phrase.test(lower.slice(start, end)) || beforeInClause(st, start, ADDITIVE.before);
}

/**
 * A rule's trigger pattern alone (its `trig` group), or null: a text it is not found in cannot match the rule, whose
 * pattern (a victim phrase first) is costly to try at every word.
 */
export function triggerCue(re: RegExp): RegExp | null {
  const src = re.source;
  const at = src.indexOf('(?<trig>');
  if (at < 0) return null;
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '[') for (i++; i < src.length && src[i] !== ']'; i++) i += src[i] === '\\' ? 1 : 0;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return new RegExp(src.slice(at, i + 1));
  }
  return null;
}

/** Each rule's trigger cue; rules with the same trigger pattern share one, tested once a stretch. */
const CUE_BY_SOURCE = new Map<string, RegExp>();
const CUES = new Map(
  RULES.map((r) => {
    const cue = triggerCue(r.re);
    if (cue && !CUE_BY_SOURCE.has(cue.source)) CUE_BY_SOURCE.set(cue.source, cue);
    return [r, cue && CUE_BY_SOURCE.get(cue.source)!];
  }),
);

/**
 * Casualty mentions in text[from, to), with absolute offsets. A sentence with
 * no casualty word costs one regex test; a rule whose trigger is not in it, one more.
 */
export function findCasualties(text: string, from = 0, to = text.length, clauses?: ClauseReader): CasualtyMention[] {
  const sub = text.slice(from, to);
  const lower = foldCase(sub);
  if (!PREFILTER.test(lower)) return [];
  let own: ClauseReader | undefined;
  const st: Stretch = { text: sub, lower, from, clauses: () => clauses ?? (own ??= readerOf(text)) };
  const found: CasualtyMention[] = [];
  const cued = new Map<RegExp, boolean>();
  for (const rule of RULES) {
    const cue = CUES.get(rule);
    if (cue && !(cued.get(cue) ?? (cued.set(cue, cue.test(lower)), cued.get(cue)))) continue;
    const re = rule.re;
    re.lastIndex = 0;
    // (an exec loop, as matchAll would run it: matchAll copies the pattern first, a cost on these long ones three times
    // their search)
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      if (m[0].length === 0) re.lastIndex++;
      const g = m.indices!.groups!;
      const start = m.index!;
      const end = start + m[0].length;
      const trig = g.trig ? lower.slice(g.trig[0], g.trig[1]).replace(/\s+/g, ' ') : '';
      const kinds: ('killed' | 'wounded')[] =
        rule.kind === 'both' ? ['killed', 'wounded'] : rule.kind === 'trigger' ? [WOUND.has(trig) || WOUND.has(trig.slice(trig.lastIndexOf(' ') + 1)) ? 'wounded' : 'killed'] : [rule.kind];
      let q: (Quantity & { from?: number }) | null = rule.zero ? { value: 0, low: 0, high: 0, approximate: false } : null;
      let victims: Span | null = null;
      if (g.victims) {
        q = victimsCount(st, g.victims[0], g.victims[1], rule.passive === true) ?? (rule.one ? { value: 1, low: 1, high: 1, approximate: false } : null);
        victims = span(sub, q?.from ?? g.victims[0], g.victims[1]);
      } else if (g.q) q = countAt(st, g.q[0], g.q[1]);
      if (!q) continue;
      if (rule.passive) {
        const aux = g.aux ? lower.slice(g.aux[0], g.aux[1]) : '';
        if ((aux === '' || /^ha(?:d|ve|s)\s+$/.test(aux)) && ACTIVE_OBJECT.test(lower.slice(end, end + 40))) continue;
        const adjective = /^(?:dead|wounded|injured)$/.test(trig) && !/^an?\s/.test(lower.slice(start, end)); // "one dead terrorist"
        if (aux === '' && !adjective && !BARE_PASSIVE_FOLLOW.test(lower.slice(end, end + 40))) continue;
        // `partitive-skip`: "one of the persons killed was …" names a victim, not a toll
        if (aux === '' && g.victims && PARTITIVE_PARTICIPLE.test(lower.slice(g.victims[0], g.victims[1]))) continue;
      }
      let s = q.from ?? start;
      if (g.victims && g.trig && g.trig[0] < g.victims[0]) s = g.trig[0];
      const phrase = trimSpan(sub, s, end);
      const by = reporter(st, phrase.start, phrase.end);
      const revision = TOLL_RISEN.test(lower.slice(start, end)) ? 'risen' : beforeInClause(st, start, INITIAL_FIGURE) ? 'initial' : undefined;
      const additive = rule.additive === true || isAdditive(st, phrase.start, phrase.end, g.victims && [q.from ?? g.victims[0], g.victims[1]]);
      for (const kind of kinds) {
        found.push({
          kind, value: q.value, low: q.low, high: q.high, approximate: q.approximate,
          text: phrase.text, start: phrase.start + from, end: phrase.end + from, rule: rule.name,
          victims: victims && { text: victims.text, start: victims.start + from, end: victims.end + from },
          by,
          ...(revision ? { revision } : {}),
          // (a zero rule is additive only by its own flag: `counts.zero.unharmed` adds nobody to a figure of others)
          ...(additive && (!rule.zero || rule.additive) ? { additive } : {}),
          ...(rule.reference ? { reference: rule.reference } : {}),
        });
      }
    }
  }
  const out = longestOfOverlaps(found);
  // "X reported that one was killed and five were wounded": the second figure has the same reporter
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    const prev = out[i - 1]!;
    if (m.by === null && prev.by !== null && m.start >= prev.end && /^\s*(?:,\s*)?(?:and\s*)?$/i.test(text.slice(prev.end, m.start))) m.by = prev.by;
  }
  return out;
}

/**
 * Overlapping mentions of one kind: keep the longer phrase (rules are tried in priority order). In order of start, each
 * mention is compared with the first mention kept of its kind that it overlaps, found among those that still reach past
 * its start (a queue per kind; a mention that ends before one starts ends before every later one): linear, where a
 * search of every mention kept was quadratic in a run-on sentence of figures.
 */
export function longestOfOverlaps(found: CasualtyMention[]): CasualtyMention[] {
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: CasualtyMention[] = [];
  const live = new Map<string, { at: number[]; head: number }>();
  for (const m of found) {
    const q = live.get(m.kind) ?? { at: [], head: 0 };
    live.set(m.kind, q);
    while (q.head < q.at.length && out[q.at[q.head]!]!.end <= m.start) q.head++;
    // (an empty phrase overlaps nothing that starts where it is: the first live one need not be it)
    const clashAt = m.end > m.start ? q.at[q.head] : q.at.slice(q.head).find((i) => out[i]!.start < m.end && m.start < out[i]!.end);
    if (clashAt === undefined) {
      q.at.push(out.length);
      out.push(m);
    } else if (m.end - m.start > out[clashAt]!.end - out[clashAt]!.start) out[clashAt] = m;
  }
  return out;
}

const independent = (by: string | null) => (by !== null && INDEPENDENT_SOURCE.test(by) ? 1 : 0);

/**
 * Merge the figures of one event (one kind) into a Count: the best figure
 * (rules.ts: independent monitor over party, else later over earlier), the
 * range over every figure, and the conflicting reports with their sources.
 */
export function mergeCasualties(mentions: CasualtyMention[]): Count | null {
  if (mentions.length === 0) return null;
  const base = mergeFigures(mentions.filter((m) => !m.additive));
  // (figures of others only: a zero of others, `counts.zero.unharmed`, adds nobody to them and is no figure of its own)
  if (!base) return mergeFigures(mentions.some((m) => m.value > 0) ? mentions.filter((m) => m.value > 0 || !m.additive) : mentions);
  // `counts.additive`: "two others were also killed" after the figure adds to it (a total given after it already holds them)
  const extra = mentions.filter((m) => m.additive && m.start > base.start);
  if (extra.length === 0) return base;
  const sum = (f: (m: CasualtyMention) => number) => extra.reduce((n, m) => n + f(m), 0);
  return { ...base, value: base.value + sum((m) => m.value), low: base.low + sum((m) => m.low), high: base.high + sum((m) => m.high), approximate: base.approximate || extra.some((m) => m.approximate) };
}

/** The best figure of mentions that may each be the whole toll (rules.ts: independent source, later report, risen toll). */
function mergeFigures(mentions: CasualtyMention[]): Count | null {
  if (mentions.length === 0) return null;
  // `toll-revised`: once a toll has risen, the figures it replaced (lower ones before it, "initially" ones anywhere) are no
  // other source's: they leave the range
  const risen = mentions.filter((m) => m.revision === 'risen');
  const top = risen.length ? Math.max(...risen.map((m) => m.value)) : null;
  const kept = top === null ? mentions : mentions.filter((m) => m.revision === 'risen' || !(m.value < top && (m.revision === 'initial' || m.start < risen[risen.length - 1]!.start)));
  const ordered = [...kept].sort((a, b) => a.start - b.start);
  // `counts.zero-yields` (rules.ts): a zero beside a figure of persons hurt tells of others: the figure is the toll
  const pool = ordered.some((m) => m.value > 0) ? ordered.filter((m) => m.value > 0) : ordered;
  let best = pool[0]!;
  for (const m of pool) if (independent(m.by) >= independent(best.by)) best = m;
  if (top !== null && best.value < top && best.revision !== 'risen') best = [...ordered].reverse().find((m) => m.revision === 'risen') ?? best;
  const reports: CountReport[] = [];
  for (const m of ordered) {
    const r = reports.find((x) => x.value === m.value);
    if (!r) reports.push({ value: m.value, by: m.by });
    else if (r.by === null) r.by = m.by;
  }
  return {
    value: best.value,
    low: Math.min(...ordered.map((m) => m.low)),
    high: Math.max(...ordered.map((m) => m.high)),
    approximate: ordered.some((m) => m.approximate),
    text: best.text,
    start: best.start,
    end: best.end,
    reports: reports.length > 1 ? reports : [],
  };
}
