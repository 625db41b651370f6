// Scoring against gold, exactly as docs/gold.md says. Pure: gold and
// predictions in, counts out; counts add up across articles and corpora.
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

function pairScore(g: GoldEvent, p: EventRecord): number {
  if (!typeAgrees(g, p)) return 0;
  let s = 2;
  if (g.date && dateAgrees(g.date, p)) s++;
  if (g.location?.country_code && p.location?.country_code?.toUpperCase() === g.location.country_code.toUpperCase()) s++;
  if (g.killed !== undefined && countAgrees(g.killed, p.killed)) s++;
  return s;
}

const evidenceOf = (p: EventRecord | null): string | null => (p ? p.trigger.text : null);

function scorePair(g: GoldEvent, p: EventRecord, score: Score) {
  for (const f of FIELDS) {
    const c = score.fields[f];
    if (g[f] === undefined) continue; // a field that is absent from the gold is not scored
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
    let evidence: string | null = evidenceOf(p);
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
        predicted = p.location ? `${p.location.name} (${p.location.country_code})` : null;
        evidence = p.location?.text ?? null;
        break;
      case 'killed':
      case 'wounded':
        agree = countAgrees(g[f]!, p[f]);
        predicted = p[f] ? (p[f]!.low !== p[f]!.high ? { value: p[f]!.value, low: p[f]!.low, high: p[f]!.high } : p[f]!.value) : null;
        evidence = p[f]?.text ?? null;
        break;
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
      score.disagreements.push({ field: f, gold: g[f], predicted, evidence });
    }
  }
}

/** Score one article's predictions against its gold events. */
export function scoreArticle(gold: GoldEvent[], predicted: EventRecord[]): Score {
  const score = emptyScore();
  // greedy one-to-one pairing, best pair first; pairs under 2 are not paired
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) => predicted.forEach((p, j) => {
    const s = pairScore(g, p);
    if (s >= 2) pairs.push([s, i, j]);
  }));
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const [, i, j] of pairs) {
    if (gUsed.has(i) || pUsed.has(j)) continue;
    gUsed.add(i);
    pUsed.add(j);
    score.events.tp++;
    scorePair(gold[i]!, predicted[j]!, score);
  }
  gold.forEach((g, i) => {
    if (gUsed.has(i)) return;
    score.events.fn++;
    score.disagreements.push({ field: 'event', gold: g.type, predicted: null, evidence: null });
    for (const f of FIELDS) score.fields[f].fn += goldSlots(g, f);
  });
  predicted.forEach((p, j) => {
    if (pUsed.has(j)) return;
    score.events.fp++;
    score.disagreements.push({ field: 'event', gold: null, predicted: p.type, evidence: p.evidence[0]?.text ?? p.trigger.text });
    for (const f of FIELDS) score.fields[f].fp += predictedSlots(p, f);
  });
  return score;
}
