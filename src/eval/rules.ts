// `wirecoder rules PATH…`: every named rule with how often it fired on a
// folder of articles and, where a NAME.gold.json sits beside NAME.txt, how
// many of the events and slots it produced were right. The gate for rules:
// one that never fires, fires on too few articles or is mostly wrong shows.
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../core/index.js';
import type { EventRecord, ArticleResult } from '../core/types.js';
import type { Scope } from '../core/refine/scope.js';
import { ruleInventory } from '../core/rules/registry.js';
import { checkGold, FIELDS, pairEvents, scoreArticle, type Field, type GoldEvent } from './score.js';
import { EvalError, textFiles } from './command.js';
import { acledArticles, asAcledWrites, orientBattle, type AcledArticle } from './acled.js';

export interface RuleStats {
  name: string;
  kind: string;
  /** Articles it fired in. */
  articles: number;
  /** Times it fired: values it gave (accepts) plus triggers it rejected and events it dropped. */
  accepts: number;
  rejects: number;
  /** Events it took part in, and of those (on gold) the ones paired with a gold event. */
  events: number;
  eventsRight: number;
  /** Slots of the fields it produced that agree / disagree with the gold (a slot of a false event is wrong). */
  slotsRight: number;
  slotsWrong: number;
  /** The same slots counted on the events paired with a gold event only: a field rule is not blamed for a false event. */
  pairedRight: number;
  pairedWrong: number;
}

export interface RulesReport {
  articles: number;
  gold: number;
  /** Articles coded with each scope. */
  scopes: Partial<Record<Scope, number>>;
  rules: RuleStats[];
}

function readGold(file: string): { events: GoldEvent[]; published: string | null } | null {
  const g = file.replace(/\.txt$/, '.gold.json');
  if (!fs.existsSync(g)) return null;
  try {
    const gold = checkGold(JSON.parse(fs.readFileSync(g, 'utf8').replace(/^\uFEFF/, '')));
    return { events: gold.events, published: gold.published ?? null };
  } catch (e) {
    throw new EvalError(`${g}: ${(e as Error).message}`);
  }
}

type Tally = Omit<RuleStats, 'name' | 'kind' | 'articles'> & { seen: Set<string> };
const emptyTally = (): Tally => ({ accepts: 0, rejects: 0, events: 0, eventsRight: 0, slotsRight: 0, slotsWrong: 0, pairedRight: 0, pairedWrong: 0, seen: new Set() });

/** Explain keys scored as a field: the rules that found the parties (actor mentions) are judged on the parties' slots. */
const SCORED_AS: Record<string, string> = { attackers_mention: 'attackers', targets_mention: 'targets' };

/** Right and wrong slots of one field of a predicted event (its gold pair, or none). */
function fieldSlots(e: EventRecord, g: GoldEvent | null, f: Field): { right: number; wrong: number } {
  const s = g ? scoreArticle([g], [e]) : scoreArticle([], [e]);
  if (g && g[f] === undefined) return { right: 0, wrong: 0 };
  return { right: s.fields[f].tp, wrong: s.fields[f].fp };
}

/**
 * Adds one coded article to the tallies. `gold` null: no gold file, only firings are counted.
 * A value an extractor found is in the trace (an accept) and, when an event uses it, in that event's explain too:
 * an article counts, for each rule, the larger of its two numbers of accepts, not their sum.
 */
export function tallyArticle(tallies: Map<string, Tally>, id: string, res: ArticleResult, gold: GoldEvent[] | null) {
  const get = (rule: string) => tallies.get(rule) ?? tallies.set(rule, emptyTally()).get(rule)!;
  const inExplain = new Map<string, number>();
  const inTrace = new Map<string, number>();
  const add = (m: Map<string, number>, rule: string) => m.set(rule, (m.get(rule) ?? 0) + 1);
  const paired = new Map<number, GoldEvent>();
  if (gold) for (const [i, j] of pairEvents(gold, res.events)) paired.set(j, gold[i]!);
  res.events.forEach((e, j) => {
    const g = paired.get(j) ?? null;
    const inEvent = new Set<string>();
    for (const [key, rules] of Object.entries(e.explain ?? {})) {
      const field = SCORED_AS[key] ?? key;
      const slots = gold && (FIELDS as readonly string[]).includes(field) ? fieldSlots(e, g, field as Field) : null;
      for (const rule of new Set(rules.flatMap((r) => r.split('>')))) {
        add(inExplain, rule);
        inEvent.add(rule);
        if (slots) {
          const t = get(rule);
          t.slotsRight += slots.right;
          t.slotsWrong += slots.wrong;
          if (g) {
            t.pairedRight += slots.right;
            t.pairedWrong += slots.wrong;
          }
        }
      }
    }
    for (const rule of inEvent) {
      const t = get(rule);
      t.events++;
      if (g) t.eventsRight++;
    }
  });
  for (const r of res.trace ?? []) {
    if (r.action === 'accept') add(inTrace, r.rule);
    else get(r.rule).rejects++;
    get(r.rule).seen.add(id);
  }
  for (const rule of new Set([...inExplain.keys(), ...inTrace.keys()])) {
    const t = get(rule);
    t.accepts += Math.max(inExplain.get(rule) ?? 0, inTrace.get(rule) ?? 0);
    t.seen.add(id);
  }
}

/** The scope a folder is scored with when none is given: MUC-4's messages code terrorism (their gold has no battles). */
export function folderScope(file: string): Scope {
  return /(^|[\\/])muc[\w-]*[\\/]/i.test(file) ? 'terrorism' : 'all';
}

/** The part of a file's path that `folderScope` reads: from the folder named on the command line (or a file's own folder) down, so that where the tree sits (a /work/muc-… checkout) does not count. */
export function scopedPart(arg: string, file: string): string {
  const named = path.resolve(arg);
  const top = fs.statSync(named).isDirectory() ? named : path.dirname(named);
  return path.relative(path.dirname(top), path.resolve(file));
}

/**
 * Codes every article under the paths with explain on and sums what each rule did. Throws EvalError on a missing path or bad gold.
 * `scope` 'auto' (the command's default) codes a file under a muc… folder with the terrorism scope, as it is scored, and the others with all.
 * A path ending in .csv is an ACLED export: each row's notes are coded and scored against the row, as `eval --acled` does.
 */
export function runRules(paths: string[], scope: Scope | 'auto' = 'auto'): RulesReport {
  const tallies = new Map<string, Tally>();
  const rep: RulesReport = { articles: 0, gold: 0, scopes: {}, rules: [] };
  const code = (id: string, text: string, used: Scope, published: string | null, gold: GoldEvent[] | null, asScored = (e: EventRecord) => e) => {
    rep.scopes[used] = (rep.scopes[used] ?? 0) + 1;
    const res = extract(text, { id: path.basename(id, '.txt'), published, publishedFrom: 'metadata', scope: used, explain: true });
    tallyArticle(tallies, id, { ...res, events: res.events.map(asScored) }, gold);
    rep.articles++;
    if (gold) rep.gold++;
  };
  const seen = new Set<string>();
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new EvalError(`${p}: no such file or directory`);
    if (p.endsWith('.csv')) {
      // an ACLED export: each row's notes an article, the row its gold, events as `--format acled` writes them
      const used = scope === 'auto' ? 'all' : scope;
      // (a row of no event we code is gold with no event)
      for (const a of acledRows(p)) {
        const g = a.gold;
        code(`${path.resolve(p)}#${a.id}`, a.text, used, a.published, g ? [g] : [], (e) => (g ? orientBattle(g, asAcledWrites(e)) : asAcledWrites(e)));
      }
      continue;
    }
    for (const file of textFiles(p)) {
      const abs = path.resolve(file);
      if (seen.has(abs)) continue;
      seen.add(abs);
      const gold = readGold(file);
      const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      code(abs, text, scope === 'auto' ? folderScope(scopedPart(p, file)) : scope, gold?.published ?? null, gold?.events ?? null);
    }
  }
  return { ...rep, rules: summarize(tallies) };
}

function acledRows(file: string): AcledArticle[] {
  try {
    return acledArticles(fs.readFileSync(file, 'utf8'), path.basename(file, '.csv')).articles;
  } catch (e) {
    throw new EvalError(`${file}: ${(e as Error).message}`);
  }
}

/** One line per rule: those of the inventory (fired or not), then labels that fired but are not in it. */
export function summarize(tallies: Map<string, Tally>): RuleStats[] {
  const stats = (name: string, kind: string): RuleStats => {
    const t = tallies.get(name) ?? emptyTally();
    const { seen, ...rest } = t;
    return { name, kind, articles: seen.size, ...rest };
  };
  const inv = ruleInventory();
  const listed = new Set(inv.map((r) => r.name));
  const extra = [...tallies.keys()].filter((n) => !listed.has(n)).sort();
  return [...inv.map((r) => stats(r.name, r.kind)), ...extra.map((n) => stats(n, 'label'))];
}

export interface RulesRenderOptions {
  /** A rule that fires on fewer articles is flagged (the gate: three). */
  minArticles: number;
  /** A rule whose gated precision (gatedPrecision) is lower is flagged (with at least 10 events or slots scored). */
  minPrecision: number;
}

/** The least number of events or slots a precision is judged on. */
const MIN_SCORED = 10;

/**
 * The precision a rule is gated on. A trigger makes events: the share of its events paired with a gold event.
 * Any other rule fills fields: the share of its slots right on paired events, so that a weapon or a date on a
 * false event does not blame the weapon or date rule for the trigger's error. Null: too few to judge.
 */
export function gatedPrecision(r: RuleStats): number | null {
  const [right, all] = r.kind === 'events.trigger' ? [r.eventsRight, r.events] : [r.pairedRight, r.pairedRight + r.pairedWrong];
  return all >= MIN_SCORED ? right / all : null;
}

/** Why a rule fails the gate, or null. */
export function flag(r: RuleStats, o: RulesRenderOptions): string | null {
  if (r.articles === 0) return 'never fires';
  if (r.articles < o.minArticles) return `fires on ${r.articles} article${r.articles === 1 ? '' : 's'}`;
  const p = gatedPrecision(r);
  if (p !== null && p < o.minPrecision) return 'low precision';
  return null;
}

const pct = (a: number, b: number) => (b === 0 ? '-' : (a / b).toFixed(2));
const gated = (r: RuleStats) => (r.kind === 'events.trigger' ? pct(r.eventsRight, r.events) : pct(r.pairedRight, r.pairedRight + r.pairedWrong));

export function renderRulesText(rep: RulesReport, o: RulesRenderOptions): string {
  // precision: of all its slots; gated: of its events (a trigger) or of its slots on paired events (any other rule)
  const head = ['rule', 'kind', 'articles', 'accepts', 'rejects', 'events', 'right', 'slots ok', 'wrong', 'precision', 'gated', 'gate'];
  const rows = rep.rules.map((r) => [r.name, r.kind, r.articles, r.accepts, r.rejects, r.events, r.eventsRight, r.slotsRight, r.slotsWrong, pct(r.slotsRight, r.slotsRight + r.slotsWrong), gated(r), flag(r, o) ?? 'ok'].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i < 2 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const flagged = rep.rules.filter((r) => flag(r, o));
  const never = rep.rules.filter((r) => r.articles === 0);
  return [
    `${rep.articles} article${rep.articles === 1 ? '' : 's'} (${rep.gold} with gold; scope ${Object.entries(rep.scopes).map(([k, n]) => `${k} ${n}`).join(', ')}); ${rep.rules.length} rules, ${rep.rules.length - never.length} fired, ${never.length} never; ${flagged.length} fail the gate (fewer than ${o.minArticles} articles, or gated precision under ${o.minPrecision})`,
    '',
    fmt(head),
    ...rows.map(fmt),
    '',
  ].join('\n');
}

export function renderRulesJson(rep: RulesReport, o: RulesRenderOptions): string {
  return JSON.stringify({ ...rep, rules: rep.rules.map((r) => ({ ...r, gate: flag(r, o) })) }, null, 2) + '\n';
}
