// Refiner: a lead that counts incidents ("Two terrorist attacks were carried
// out in Lima last night", "Three new terrorist attacks were carried out early
// this morning") summarizes the incidents the story then reports one by one.
// The summary is no incident of its own and no tally to keep beside them: it
// is dropped when at least one single incident follows it. Counted tallies
// with nothing reported after them stay (`aggregate: true`).
import type { Scope, Span } from '../types.js';
import { leadingQuantity } from '../quantity.js';
import { incidentSentences, type ArticleContext, type Incident } from './context.js';

/**
 * `drop-counted-summary`: an incident told only as counted ones ("three bombings", `aggregate-counted`) before the
 * incidents it sums; and a lead that lists their victims (LISTED_SUMMARY): one rule, a lead summary is no incident.
 */
export const SUMMARY = {
  name: 'drop-counted-summary',
  /** the scopes in which an undated count is dropped (muc4-tst1 lost a paired event under `terrorism`) */
  undatedScopes: ['all'] as readonly Scope[],
  /** a perfect in the sentence of a count with no date: a group's record ("have carried out dozens of kidnappings") */
  perfect: /\b(?:has|have)\s+(?:[a-z]+ly\s+|also\s+)?[a-z]+(?:ed|en|wn)\b/,
  /** a count by no number ("dozens of", "several"): a number ("45 attacks since January") may be the tally a story reports */
  vague: /\b(?:several|numerous|many|most\s+of\s+the|dozens\s+of|scores\s+of|hundreds\s+of|a\s+(?:series|wave|spate|string)\s+of)\s+(?:[a-z]+[-\s]){0,2}$/,
};

export function dropSummaries(incidents: Incident[], ctx: ArticleContext): Incident[] {
  return incidents.filter((inc) => {
    if (!inc.aggregate) return true;
    const mentions = inc.groups.flatMap((g) => g.mentions.filter((m) => m.aggregate));
    if (SUMMARY.undatedScopes.includes(ctx.scope ?? 'all') && undatedCount(ctx, inc, mentions) && incidents.some((o) => !o.aggregate)) return false;
    if (mentions.length === 0 || !mentions.every((m) => m.counted === 'counted')) return true;
    const at = inc.groups[0]!.sentence;
    return !incidents.some((o) => !o.aggregate && o.groups[0]!.sentence > at);
  });
}

/**
 * `drop-counted-summary`, undated: deeds told only by their number or plural ("have carried out dozens of kidnappings
 * for ransom in Kaduna", "has claimed several attacks on pipelines since February", "a wave of suicide attacks"), with no
 * date in any of their sentences, told in the perfect, sum a group's record, no incident; an ordinal ("the second explosion at the same
 * address", "the fourth attack on an MSF facility") counts the incident told.
 */
function undatedCount(ctx: ArticleContext, inc: Incident, mentions: { counted?: string; sentence: number; trigger: { start: number } }[]): boolean {
  const perfect = (i: number) => SUMMARY.perfect.test(ctx.lower.slice(ctx.sentences[i]!.start, ctx.sentences[i]!.end));
  const vague = (m: { counted?: string; trigger: { start: number } }) => (m.counted === 'counted' || m.counted === 'plural') && SUMMARY.vague.test(ctx.lower.slice(Math.max(0, m.trigger.start - 40), m.trigger.start));
  return mentions.length > 0 && mentions.every((m) => vague(m) && perfect(m.sentence)) && !inc.groups.some((g) => g.dates.some((d) => d.value.value));
}

/**
 * `drop-counted-summary`, of a list: a lead that lists the victims of several incidents
 * ("Shining Path terrorists killed a university professor, a policeman, and a
 * pedestrian") which the story then reports one by one (the professor shot in
 * Huancayo; a civil guard and a pedestrian machinegunned in Paucarbambilla) is
 * no incident of its own. It is dropped when every victim it lists is a victim
 * of one of at least two later incidents, and each of those takes the deaths
 * the lead gave it (`counts.lead-listed`: its victims, the lead's words the
 * evidence) when it has no death toll of its own.
 */
export const LISTED_SUMMARY = {
  name: 'drop-counted-summary',
  rule: 'counts.lead-listed',
  /** The lead: the incident of the first sentences, up to this sentence index. */
  leadSentences: 1,
};

/** What separates the items of a victim list ("a professor, a policeman, and a pedestrian"). */
const LIST_SEPARATOR = /,(?:\s*and\b)?|\band\b/g;

interface ListedVictim {
  start: number;
  end: number;
  head: string;
  /** how many: "two soldiers" 2, "a teacher" 1 */
  n: number;
  /** dictionary actors inside it ("a policeman" → Police): synonyms a later incident may use ("a civil guard") */
  names: string[];
}

function listedVictims(ctx: ArticleContext, victims: Span): ListedVictim[] {
  const out: ListedVictim[] = [];
  const lower = ctx.lower.slice(victims.start, victims.end);
  const sep = new RegExp(LIST_SEPARATOR.source, 'g');
  const items: [number, number][] = [];
  let from = 0;
  for (let m = sep.exec(lower); m; m = sep.exec(lower)) {
    items.push([from, m.index]);
    from = m.index + m[0].length;
  }
  items.push([from, lower.length]);
  for (const [a, b] of items) {
    const raw = lower.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const start = victims.start + a + lead;
    const end = victims.start + a + raw.trimEnd().length;
    const head = /([a-z][a-z'-]*)$/.exec(raw.trimEnd())?.[1];
    if (end <= start || !head) continue;
    const n = leadingQuantity(ctx.text, ctx.lower, end - head.length)?.value ?? 1;
    const names = ctx.actors.filter((x) => x.start >= start && x.end <= end && !x.source && !!x.known).map((x) => x.name);
    out.push({ start, end, head, n, names });
  }
  return out;
}

/**
 * Whether a listed victim is among the people an incident's sentences name: a dictionary actor by the same name
 * ("a policeman" for "a civil guard": Police), not as a source; any other victim by its head noun ("a university
 * professor" for "professor Herminio Parra", "the teacher").
 */
function victimOf(ctx: ArticleContext, inc: Incident, v: ListedVictim): boolean {
  const headWord = new RegExp(`\\b${v.head.replace(/[^a-z'-]/g, '')}(?:s|es)?\\b`, 'g');
  for (const si of incidentSentences(inc)) {
    const s = ctx.sentences[si];
    if (!s) continue;
    const reporters = ctx.reporters(s.start, s.end);
    const reported = (x: { start: number; end: number }) => reporters.some((r) => r.start < x.end && x.start < r.end);
    if (v.names.length) {
      if (ctx.actors.some((a) => a.start >= s.start && a.end <= s.end && !a.source && !reported(a) && v.names.includes(a.name))) return true;
      continue;
    }
    const sl = ctx.lower.slice(s.start, s.end);
    for (const m of sl.matchAll(headWord)) if (!reported({ start: s.start + m.index!, end: s.start + m.index! + m[0].length })) return true;
  }
  return false;
}

export function dropListedSummaries(ctx: ArticleContext, incidents: Incident[]): Incident[] {
  const lead = incidents.find((i) => !i.aggregate);
  const leadGroup = lead?.groups[0];
  if (!lead || !leadGroup || leadGroup.sentence > LISTED_SUMMARY.leadSentences) return incidents;
  const listed = leadGroup.casualties.find((c) => c.kind === 'killed' && c.victims);
  if (!listed?.victims) return incidents;
  const victims = listedVictims(ctx, listed.victims);
  if (victims.length < 2) return incidents;
  // the groups the merger joined to the lead are an incident of their own (the first one told in detail)
  const rest: Incident | null = lead.groups.length > 1 ? { ...lead, groups: lead.groups.slice(1) } : null;
  const later = [...(rest ? [rest] : []), ...incidents.filter((i) => i !== lead && !i.aggregate && i.groups[0]!.sentence > leadGroup.sentence)];
  const whose = new Map<Incident, ListedVictim[]>();
  for (const v of victims) {
    const inc = later.find((i) => victimOf(ctx, i, v));
    if (!inc) return incidents;
    whose.set(inc, [...(whose.get(inc) ?? []), v]);
  }
  if (whose.size < 2) return incidents;
  for (const [inc, vs] of whose) {
    if (inc.groups.some((g) => g.casualties.some((c) => c.kind === 'killed'))) continue;
    const start = vs[0]!.start;
    const end = vs[vs.length - 1]!.end;
    const span: Span = { text: ctx.text.slice(start, end), start, end };
    const n = vs.reduce((k, v) => k + v.n, 0);
    inc.groups[0]!.casualties.push({ kind: 'killed', value: n, low: n, high: n, approximate: false, ...span, rule: LISTED_SUMMARY.rule, victims: span, by: null });
  }
  return incidents.flatMap((i) => (i !== lead ? [i] : rest ? [rest] : []));
}
