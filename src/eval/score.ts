// Scoring against gold, exactly as docs/gold.md says. Pure: gold and
// predictions in, counts out; counts add up across articles and corpora.
//
// Decisions where gold.md leaves room:
// - Paired event, field absent from the gold: not scored at all (no TP, no
//   FP), whatever the prediction says.
// - What a prediction "has" (unpaired predicted events count one FP per field
//   it has): type and aggregate always; date when its value is not null;
//   location when not null; killed/wounded when not null (null means the text
//   does not say; {value: 0} is a value); responsibility unless 'unknown';
//   one slot per actor or weapon.
// - Paired event, gold has the field, prediction lacks it: FN only.
// - Pair score taken literally: 2·type + date + country + killed, paired at ≥ 2.
import type { Actor, EventRecord, Weapon } from '../core/types.js';

export type Alternatives = string | string[];

export interface GoldEvent {
  type: string | string[];
  date?: string;
  location?: { name?: string; country_code?: string };
  attackers?: Alternatives[];
  targets?: Alternatives[];
  weapons?: Alternatives[];
  killed?: number | { low: number; high: number };
  wounded?: number | { low: number; high: number };
  responsibility?: string;
  aggregate?: boolean;
}

export interface GoldFile {
  id: string;
  published?: string | null;
  events: GoldEvent[];
  notes?: string;
}

export const FIELDS = ['type', 'date', 'location', 'attackers', 'targets', 'weapons', 'killed', 'wounded', 'responsibility', 'aggregate'] as const;
export type Field = (typeof FIELDS)[number];

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
}

export interface Disagreement {
  /** Set by scoreCorpus / the eval command. */
  article?: string;
  field: Field | 'event';
  gold: unknown;
  predicted: unknown;
  evidence: string | null;
}

export interface Score {
  events: PRF;
  fields: Record<Field, PRF>;
  disagreements: Disagreement[];
}

export const emptyPRF = (): PRF => ({ tp: 0, fp: 0, fn: 0 });

export function emptyScore(): Score {
  return { events: emptyPRF(), fields: Object.fromEntries(FIELDS.map((f) => [f, emptyPRF()])) as Record<Field, PRF>, disagreements: [] };
}

export function addScores(a: Score, b: Score): Score {
  const add = (x: PRF, y: PRF): PRF => ({ tp: x.tp + y.tp, fp: x.fp + y.fp, fn: x.fn + y.fn });
  return {
    events: add(a.events, b.events),
    fields: Object.fromEntries(FIELDS.map((f) => [f, add(a.fields[f], b.fields[f])])) as Record<Field, PRF>,
    disagreements: [...a.disagreements, ...b.disagreements],
  };
}

export function prf(c: PRF): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Micro-average over all fields: the headline slot figure. */
export function slotTotals(s: Score): PRF {
  return FIELDS.reduce((acc, f) => ({ tp: acc.tp + s.fields[f].tp, fp: acc.fp + s.fields[f].fp, fn: acc.fn + s.fields[f].fn }), emptyPRF());
}

/** Lower case, accents removed, punctuation to spaces. */
export function normalize(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Either contains the other as whole words (case and accents ignored). */
export function nameMatch(a: string, b: string): boolean {
  const x = normalize(a);
  const y = normalize(b);
  if (!x || !y) return false;
  return ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

const alts = (g: Alternatives): string[] => (Array.isArray(g) ? g : [g]);

function typeAgrees(gold: GoldEvent, p: EventRecord): boolean {
  return Array.isArray(gold.type) ? gold.type.includes(p.type) : gold.type === p.type;
}

function dateAgrees(gold: string, p: EventRecord): boolean {
  const v = p.date.value;
  if (!v) return false;
  if (v.length < gold.length) return false; // less precise than the gold
  return v.slice(0, gold.length) === gold;
}

function locationAgrees(gold: NonNullable<GoldEvent['location']>, p: EventRecord): boolean {
  const l = p.location;
  if (!l) return false;
  if (gold.country_code && (l.country_code ?? '').toUpperCase() !== gold.country_code.toUpperCase()) return false;
  if (gold.name) return [l.name, l.place, l.admin1].some((n) => !!n && nameMatch(gold.name!, n));
  return true;
}

function countAgrees(gold: number | { low: number; high: number }, p: EventRecord['killed']): boolean {
  if (!p) return false;
  if (typeof gold === 'number') return p.value === gold;
  return p.low === gold.low && p.high === gold.high;
}

function itemMatches(g: Alternatives, item: Actor | Weapon): boolean {
  return alts(g).some((n) => nameMatch(n, item.name) || nameMatch(n, item.text));
}

/** Greedy one-to-one set matching: returns the number of gold elements matched. */
function matchSet(gold: Alternatives[], pred: (Actor | Weapon)[]): { tp: number; unmatchedGold: Alternatives[]; unmatchedPred: (Actor | Weapon)[] } {
  const used = new Set<number>();
  const unmatchedGold: Alternatives[] = [];
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && itemMatches(g, p));
    if (i >= 0) used.add(i);
    else unmatchedGold.push(g);
  }
  return { tp: used.size, unmatchedGold, unmatchedPred: pred.filter((_, k) => !used.has(k)) };
}

/** The fields a prediction "has": non-null values and set elements. */
function predictedSlots(p: EventRecord, field: Field): number {
  switch (field) {
    case 'type':
      return 1;
    case 'date':
      return p.date.value ? 1 : 0;
    case 'location':
      return p.location ? 1 : 0;
    case 'attackers':
      return p.attackers.length;
    case 'targets':
      return p.targets.length;
    case 'weapons':
      return p.weapons.length;
    case 'killed':
      return p.killed ? 1 : 0;
    case 'wounded':
      return p.wounded ? 1 : 0;
    case 'responsibility':
      return p.responsibility && p.responsibility !== 'unknown' ? 1 : 0;
    case 'aggregate':
      return 1;
  }
}

function goldSlots(g: GoldEvent, field: Field): number {
  const v = g[field];
  if (v === undefined) return 0;
  if (field === 'attackers' || field === 'targets' || field === 'weapons') return (v as unknown[]).length;
  return 1;
}

/**
 * gold.md, "Matching events": 2 for an agreeing type, plus 1 for each of
 * date, country and killed that agree. Taken literally, so a pair whose type
 * disagrees but whose date and country agree scores 2 and is paired (its
 * type slot then counts as a disagreement). A gold field that is absent adds
 * nothing.
 */
export function pairScore(g: GoldEvent, p: EventRecord): number {
  let s = typeAgrees(g, p) ? 2 : 0;
  if (g.date !== undefined && dateAgrees(g.date, p)) s++;
  if (g.location?.country_code && (p.location?.country_code ?? '').toUpperCase() === g.location.country_code.toUpperCase()) s++;
  if (g.killed !== undefined && countAgrees(g.killed, p.killed)) s++;
  return s;
}

const evidenceOf = (p: EventRecord | null): string | null => (p ? p.trigger.text : null);

/** A short view of an event for the disagreement list. */
function goldSummary(g: GoldEvent): unknown {
  return g;
}
function predSummary(p: EventRecord): unknown {
  return {
    type: p.type,
    date: p.date.value,
    location: p.location ? `${p.location.name} (${p.location.country_code ?? '?'})` : null,
    killed: p.killed?.value ?? null,
  };
}

/**
 * The fields of a paired event. A field absent from the gold is not scored at
 * all (gold.md: "a field that is absent is not scored"): whatever the
 * prediction says there is neither a false positive nor a true positive.
 */
function scorePair(g: GoldEvent, p: EventRecord, score: Score) {
  for (const f of FIELDS) {
    const c = score.fields[f];
    if (g[f] === undefined) continue;
    if (f === 'attackers' || f === 'targets' || f === 'weapons') {
      const gold = g[f] as Alternatives[];
      const pred = p[f] as (Actor | Weapon)[];
      const m = matchSet(gold, pred);
      c.tp += m.tp;
      c.fn += m.unmatchedGold.length;
      c.fp += m.unmatchedPred.length;
      for (const u of m.unmatchedGold) score.disagreements.push({ field: f, gold: u, predicted: null, evidence: evidenceOf(p) });
      for (const u of m.unmatchedPred) score.disagreements.push({ field: f, gold: null, predicted: u.name, evidence: u.text });
      continue;
    }
    const has = predictedSlots(p, f) > 0;
    let agree = false;
    let predicted: unknown = null;
    let evidence: string | null = null;
    switch (f) {
      case 'type':
        agree = typeAgrees(g, p);
        predicted = p.type;
        break;
      case 'date':
        agree = dateAgrees(g.date!, p);
        predicted = p.date.value;
        evidence = p.date.text;
        break;
      case 'location':
        agree = locationAgrees(g.location!, p);
        predicted = p.location ? { name: p.location.name, place: p.location.place, admin1: p.location.admin1, country_code: p.location.country_code } : null;
        evidence = p.location?.text ?? null;
        break;
      case 'killed':
      case 'wounded': {
        const n = p[f];
        agree = countAgrees(g[f]!, n);
        predicted = n ? (n.low !== n.high ? { value: n.value, low: n.low, high: n.high } : n.value) : null;
        evidence = n?.text ?? null;
        break;
      }
      case 'responsibility':
        agree = p.responsibility === g.responsibility;
        predicted = p.responsibility;
        break;
      case 'aggregate':
        agree = p.aggregate === g.aggregate;
        predicted = p.aggregate;
        break;
    }
    if (agree) c.tp++;
    else {
      c.fn++;
      if (has) c.fp++;
      score.disagreements.push({ field: f, gold: g[f], predicted, evidence: evidence ?? evidenceOf(p) });
    }
  }
}

/**
 * Score one article's predictions against its gold events (an empty gold list
 * means the article reports no event: every prediction is a false positive).
 */
/**
 * The one-to-one pairing of gold and predicted events: greedy, best pair
 * first (ties: gold order, then prediction order); pairs under 2 are not
 * paired. Returns [gold index, predicted index] pairs.
 */
export function pairEvents(gold: GoldEvent[], predicted: EventRecord[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const s = pairScore(g, p);
    if (s >= 2) pairs.push([s, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.add(i);
    pUsed.add(j);
    out.push([i, j]);
  }
  return out;
}

export function scoreArticle(gold: GoldEvent[], predicted: EventRecord[]): Score {
  const score = emptyScore();
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const [i, j] of pairEvents(gold, predicted)) {
    gUsed.add(i);
    pUsed.add(j);
    score.events.tp++;
    scorePair(gold[i]!, predicted[j]!, score);
  }
  gold.forEach((g, i) => {
    if (gUsed.has(i)) return;
    score.events.fn++;
    score.disagreements.push({ field: 'event', gold: goldSummary(g), predicted: null, evidence: null });
    for (const f of FIELDS) score.fields[f].fn += goldSlots(g, f);
  });
  predicted.forEach((p, j) => {
    if (pUsed.has(j)) return;
    score.events.fp++;
    score.disagreements.push({ field: 'event', gold: null, predicted: predSummary(p), evidence: p.evidence[0]?.text ?? p.trigger.text });
    for (const f of FIELDS) score.fields[f].fp += predictedSlots(p, f);
  });
  return score;
}

/**
 * Score many articles and sum the counts; each disagreement is tagged with its
 * article's id. Totals of corpora add up the same way (addScores).
 */
export function scoreCorpus(articles: { id: string; gold: GoldEvent[]; predicted: EventRecord[] }[]): Score {
  let total = emptyScore();
  for (const a of articles) {
    const s = scoreArticle(a.gold, a.predicted);
    for (const d of s.disagreements) d.article = a.id;
    total = addScores(total, s);
  }
  return total;
}

/** Checks the shape of a parsed gold file; throws an Error naming what is wrong. */
export function checkGold(x: unknown): GoldFile {
  const bad = (m: string): never => {
    throw new Error(`not a gold file: ${m}`);
  };
  if (!x || typeof x !== 'object') bad('expected an object');
  const g = x as GoldFile;
  if (!Array.isArray(g.events)) bad('"events" must be an array');
  g.events.forEach((e, i) => {
    const t = e?.type;
    if (!(typeof t === 'string' || (Array.isArray(t) && t.length > 0 && t.every((v) => typeof v === 'string')))) bad(`events[${i}].type must be a type or a list of types`);
    if (e.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(e.date)) bad(`events[${i}].date must be YYYY-MM-DD, YYYY-MM or YYYY`);
    for (const f of ['attackers', 'targets', 'weapons'] as const) if (e[f] !== undefined && !Array.isArray(e[f])) bad(`events[${i}].${f} must be an array`);
    for (const f of ['killed', 'wounded'] as const) {
      const v = e[f];
      if (v !== undefined && typeof v !== 'number' && !(v && typeof v === 'object' && typeof v.low === 'number' && typeof v.high === 'number')) bad(`events[${i}].${f} must be a number or {low, high}`);
    }
  });
  return g;
}
