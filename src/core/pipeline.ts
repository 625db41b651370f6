// The pipeline: text in, records out. Pure and synchronous.
//
//   headline, dateline → published
//   sentences → event mentions (extract/events)
//   mentions grouped by sentence → arguments attached (refine/attach)
//   groups merged into incidents (refine/merge)
//   incidents → EventRecords (refine/record), actors named as ACLED names them (acled/)
import type { ArticleResult, EventRecord, ExtractOptions, RuleFiring, Span } from './types.js';
import { foldCase, splitSentences, type Sentence } from './text.js';
import { findEventMentions, type EventMention, type RejectedMention } from './extract/events/index.js';
import { readHeadline, violenceCue, type ArticleReading } from './extract/events/senses.js';
import { HEADLINE_INCIDENT } from './refine/merge.js';
import { Language } from './lang/layer.js';
import { clauseSpanAt } from './lang/within.js';
import { isUpperCaseText, truecase } from './lang/truecase.js';
import { blankBoilerplate, findBoilerplate } from './lang/boilerplate.js';
import { parseDateline, findDates, type Dateline } from './extract/dates/index.js';
import { findPlaces } from './extract/places/index.js';
import { findActors, findResponsibility, findReporters } from './extract/actors/index.js';
import { findCasualties } from './extract/counts/index.js';
import { findWeapons, weaponLook } from './extract/weapons/index.js';
import { groupMentions } from './refine/attach.js';
import { mergeGroups, type DroppedAlone } from './refine/merge.js';
import { ownedForcesDropped, toRecords } from './refine/record.js';
import type { ArticleContext, Group, Incident } from './refine/context.js';
import { dropHistory, dropRetrospective, HISTORY, JUDICIAL_LEAD } from './refine/retrospective.js';
import { dayOnly } from './refine/when.js';
import { splitPlaceLists } from './refine/place-list.js';
import { applyScope, scopeMentions } from './refine/scope.js';
import { dropListedSummaries, dropSummaries, LISTED_SUMMARY, SUMMARY } from './refine/summary.js';
import { withAcledActors } from './acled/index.js';

const HEADLINE = /^[^\n]{3,160}$/;

/** A first line that is a headline: short, no final period, followed by a blank line, not a dateline. */
function headlineOf(text: string): { text: string; end: number } | null {
  // on the first 400 characters only: the pattern is quadratic on a long run of blanks
  const m = /^\s*([^\n]*)\n[ \t\r]*\n/.exec(text.slice(0, 400));
  if (!m) return null;
  const line = m[1]!.trim();
  if (!HEADLINE.test(line) || /[.:]$/.test(line) || /\((AFP|Reuters|AP|EFE|[A-Z][\w ]+)\)\s*[-–—]/.test(line)) return null;
  const start = text.indexOf(line);
  return { text: line, end: start + line.length };
}

/** The headline names one violent incident (merge.ts HEADLINE_INCIDENT). */
function headlineIncident(headline: string | null): boolean {
  const h = headline?.toLowerCase();
  return !!h && violenceCue().test(h) && !HEADLINE_INCIDENT.several.test(h);
}

/** With a trace (explain), records what a dropping refiner took out of `before` under its rule name. */
function traced<T>(trace: RuleFiring[] | undefined, rule: string, before: T[], after: T[], span: (x: T) => Span): T[] {
  if (trace && after.length < before.length) {
    const kept = new Set(after);
    for (const x of before) if (!kept.has(x)) trace.push({ rule, action: 'drop', ...span(x) });
  }
  return after;
}

const incidentTrigger = (i: Incident): Span => i.groups[0]!.mentions[0]!.trigger;

/** The incidents some mention tells: one of `joinsOnly` mentions alone is dropped, traced under its trigger's name. */
function toldIncidents(incidents: Incident[], trace: RuleFiring[] | undefined): Incident[] {
  const told: Incident[] = [];
  for (const inc of incidents) {
    if (inc.groups.some((g) => g.mentions.some((m) => !m.joinsOnly))) told.push(inc);
    else trace?.push({ rule: inc.groups[0]!.mentions[0]!.rules[0]!, action: 'drop', ...incidentTrigger(inc) });
  }
  return told;
}

/** With a trace (explain), records every value an extractor found as an accept of its rules ("a>b": each), with its span. */
function noted<T extends { rule: string; start: number; end: number }>(trace: RuleFiring[] | undefined, text: string, found: T[]): T[] {
  if (trace) for (const x of found) for (const rule of x.rule.split('>')) trace.push({ rule, action: 'accept', text: text.slice(x.start, x.end), start: x.start, end: x.end });
  return found;
}

/**
 * A range's finds read once: the refiners ask for a sentence's cues, casualties, weapons and reporters at several steps
 * (attach, merge, back-reference, record), and each read would search again and note its finds in the trace again.
 * Each call gets its own array (a refiner may push on it), of the same mentions.
 */
function perRange<T>(find: (from: number, to: number) => T[]): (from: number, to: number) => T[] {
  const seen = new Map<string, T[]>();
  return (from, to) => {
    const key = `${from}:${to}`;
    let found = seen.get(key);
    if (!found) seen.set(key, (found = find(from, to)));
    return found.slice();
  };
}

/** The trace of the mention stage: rejected triggers, generic mentions, the dateline's rule. */
function firstTrace(found: EventMention[], rejected: RejectedMention[], dateline: Dateline | null): RuleFiring[] {
  // a generic mention ("attacks on our people") is rejected by the last rule that marked it
  for (const m of found) if (m.generic) rejected.push({ trigger: m.trigger, rule: m.rules[m.rules.length - 1]! });
  const trace: RuleFiring[] = rejected.map((r) => ({ rule: r.rule, action: r.action ?? 'reject', ...r.trigger }));
  if (dateline) trace.push({ rule: dateline.rule, action: 'accept', ...dateline.span });
  return trace;
}

/** The one value of a field that holds one (date, location, killed, wounded), with its span; null for lists and bare values. */
function valueSpan(e: EventRecord, field: string): Span | null {
  const v = (e as unknown as Record<string, unknown>)[field] as { text?: unknown; start?: unknown; end?: unknown } | null | undefined;
  return v && !Array.isArray(v) && typeof v.text === 'string' && typeof v.start === 'number' && typeof v.end === 'number' ? { text: v.text, start: v.start, end: v.end } : null;
}

/**
 * The rules that gave the values of an event a refiner took out: they fired, though no record shows them. Each on the
 * value it gave where the field holds one value ("23 JAN" for a date rule), else on the event's trigger (a list's rules
 * are not kept item by item).
 */
function explained(e: EventRecord): RuleFiring[] {
  return Object.entries(e.explain ?? {}).flatMap(([field, rs]) => {
    const span = valueSpan(e, field) ?? e.trigger;
    return rs.flatMap((r) => r.split('>')).map((rule) => ({ rule, action: 'accept' as const, ...span }));
  });
}

/** The trace with the scope's drops, the rules of every event taken out, the layer's tag fixes; each firing once. */
function finalTrace(trace: RuleFiring[], records: EventRecord[], kept: EventRecord[], dropped: { event: EventRecord; rule: string }[], lang: Language): RuleFiring[] {
  const left = new Set(kept);
  const gone = records.filter((e) => !left.has(e)).flatMap(explained);
  return distinct([...trace, ...dropped.map((d) => ({ rule: d.rule, action: 'drop' as const, ...d.event.trigger })), ...gone, ...lang.fixes()]);
}

/** Each firing once: the refiners ask the extractors about the same sentences more than once. */
function distinct(trace: RuleFiring[]): RuleFiring[] {
  const seen = new Set<string>();
  return trace.filter((f) => {
    const key = `${f.rule}\u0000${f.action}\u0000${f.start}\u0000${f.end}`;
    return !seen.has(key) && !!seen.add(key);
  });
}

/** The warning that names the article's reading and the triggers it held back (explain). */
function readingWarning(reading: ArticleReading, rejected: RejectedMention[]): string {
  const raised = rejected.filter((r) => r.rule === `reading-${reading.name}`).map((r) => `"${r.trigger.text}"`);
  return `article reading: ${reading.name} (headline "${reading.cue}"): weak triggers need a violence cue in their sentence${raised.length ? `; not coded: ${raised.join(', ')}` : ''}`;
}

/**
 * Text in, records out. An ALL-CAPS wire is coded from its truecased copy
 * (lang/truecase.ts: the same length, so every offset holds) and its spans'
 * text is then taken from the original, so evidence stays exact.
 */
export function extract(text: string, options: ExtractOptions = {}): ArticleResult {
  const upper = isUpperCaseText(text);
  const cased = upper ? truecase(text) : text;
  // a release's boilerplate (lang/boilerplate.ts) is coded blanked: no value comes from media contacts or "About the ICRC"
  const tail = findBoilerplate(cased);
  if (!upper && !tail) return extractCased(text, options);
  const opts = upper ? { ...options, headline: options.headline ?? headlineOf(text)?.text } : options;
  const result = extractCased(tail ? blankBoilerplate(cased, tail) : cased, opts);
  restoreSpans(result, text);
  if (tail && result.trace) result.trace.push({ rule: tail.rule, action: 'drop', text: tail.text, start: tail.start, end: tail.start + tail.text.length });
  return result;
}

/** Every `{text, start, end}` inside a result takes its text from the original. */
function restoreSpans(x: unknown, original: string): void {
  if (Array.isArray(x)) {
    for (const y of x) restoreSpans(y, original);
    return;
  }
  if (!x || typeof x !== 'object') return;
  const o = x as Record<string, unknown>;
  if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') o.text = original.slice(o.start, o.end);
  for (const v of Object.values(o)) if (v && typeof v === 'object') restoreSpans(v, original);
}

/** The mention stage's output: the text's forms and sentences, the language layer, and the mentions in scope. */
interface MentionStage {
  lower: string;
  sentences: Sentence[];
  /** The sentences after the headline. */
  body: Sentence[];
  lang: Language;
  mentions: EventMention[];
}

function extractCased(text: string, options: ExtractOptions): ArticleResult {
  const headline = headlineOf(text);
  const dateline = parseDateline(text);
  const result = articleOf(options, headline, dateline);
  const stage = mentionStage(text, options, result, headline, dateline);
  if (stage.mentions.length === 0) {
    if (result.trace) result.trace.push(...stage.lang.fixes());
    return result;
  }
  const ctx = contextOf(text, options, result, stage, dateline);
  const { records, kept: events, dropped } = codeIncidents(ctx, stage, options);
  if (options.explain) {
    for (const d of dropped) result.warnings.push(`out of scope (${d.rule}): ${d.event.type} "${d.event.trigger.text}" in sentence ${d.event.sentence}`);
    result.trace = finalTrace(result.trace!, records, events, dropped, stage.lang);
  }
  // ids follow the order of first mention among the events kept; actors get their ACLED names
  result.events = events.map((e, i) => ({ ...withAcledActors(e), id: `${result.article.id}#${i + 1}` }));
  return result;
}

/** The article's metadata (publication date: the option, else the dateline's), no events yet. */
function articleOf(options: ExtractOptions, headline: { text: string } | null, dateline: Dateline | null): ArticleResult {
  const id = options.id ?? 'article';
  let published = options.published ?? null;
  let publishedFrom = published ? (options.publishedFrom ?? 'flag') : null;
  if (!published && dateline?.date) {
    published = dateline.date;
    publishedFrom = 'dateline';
  }
  return {
    article: {
      id,
      source: options.source ?? id,
      headline: options.headline ?? headline?.text ?? null,
      published,
      published_from: publishedFrom,
    },
    events: [],
    warnings: [],
  };
}

/** The event mentions of the body in scope; with explain, the first trace and the reading's warning. */
function mentionStage(text: string, options: ExtractOptions, result: ArticleResult, headline: { end: number } | null, dateline: Dateline | null): MentionStage {
  const lower = foldCase(text);
  const sentences: Sentence[] = splitSentences(text);
  const body = headline ? sentences.filter((s) => s.start >= headline.end) : sentences;
  const reading = readHeadline(result.article.headline, body[0] ? text.slice(body[0].start, body[0].end) : null);
  const rejected: RejectedMention[] | undefined = options.explain ? [] : undefined;
  // (with no trace, a sentence's layer is built only where a rule reads it, not for the trace of tag fixes)
  const lang = new Language(text, sentences, !!options.explain);
  const found = findEventMentions(text, lower, body, rejected, { reading, published: result.article.published, lang, scope: options.scope });
  const inScope = scopeMentions(found.filter((m) => !m.generic), options.scope, lang);
  if (rejected) {
    for (const d of inScope.dropped) rejected.push({ trigger: d.mention.trigger, rule: d.rule });
    if (reading) result.warnings.push(readingWarning(reading, rejected));
    result.trace = firstTrace(found, rejected, dateline);
  }
  return { lower, sentences, body, lang, mentions: inScope.kept };
}

/** What the refiners ask about the article: its dates, places and actors, and its sentences' other facts on demand. */
/** The spans that lie outside the dateline. */
function outsideDateline<T extends { start: number; end: number }>(spans: T[], dateline: Dateline | null): T[] {
  return dateline ? spans.filter((d) => d.end <= dateline.span.start || d.start >= dateline.span.end) : spans;
}

function contextOf(text: string, options: ExtractOptions, result: ArticleResult, stage: MentionStage, dateline: Dateline | null): ArticleContext {
  const { lower, sentences, lang, mentions } = stage;
  const { published } = result.article;
  // dates only where they are read: the sentences of the mentions (attach), and the first three (the lead's date, record)
  const read = new Set([0, 1, 2, ...mentions.map((m) => m.sentence)]);
  const trace = result.trace;
  const dates = noted(trace, text, findDates(text, published, sentences.filter((s) => read.has(s.index)), trace));
  if (!published && dates.some((d) => d.relative)) {
    result.warnings.push('no publication date: relative dates left unresolved (pass --date)');
  }
  return {
    text,
    lower,
    sentences,
    published,
    dateline,
    dates: outsideDateline(dates, dateline),
    places: noted(trace, text, findPlaces(text, trace)),
    // the dateline's place and agency ("GENEVA / PORT SUDAN, … (ICRC) —") are where and who reports, never a party
    actors: ownedForcesDropped(outsideDateline(findActors(text, options.actors), dateline), options.scope ?? 'all', trace),
    casualties: perRange((from, to) => noted(trace, text, findCasualties(text, from, to, { lang, lower, sentences }))),
    weapons: perRange((from, to) => noted(trace, text, findWeapons(text, lower, from, to, trace, options.scope, weaponLook(lower, sentences, lang)))),
    responsibility: perRange((from, to) => noted(trace, text, findResponsibility(text, from, to, options.scope))),
    reporters: perRange((from, to) => noted(trace, text, findReporters(text, from, to))),
    headlineIncident: headlineIncident(result.article.headline),
    trace,
    scope: options.scope ?? 'all',
    lang,
  };
}

/** What drops the groups told alone (merge.ts DroppedAlone): the refiners of codeIncidents on them, untraced; memoized. */
function droppedAlone(ctx: ArticleContext, stage: MentionStage, options: ExtractOptions): DroppedAlone {
  const quiet: ArticleContext = { ...ctx, trace: undefined };
  const seen = new Map<string, string | null>();
  return (groups) => {
    const key = groups.map((g) => g.mentions[0]!.trigger.start).join(' ');
    if (!seen.has(key)) seen.set(key, aloneDrop(quiet, stage, options, groups));
    return seen.get(key)!;
  };
}

function aloneDrop(ctx: ArticleContext, stage: MentionStage, options: ExtractOptions, groups: Group[]): string | null {
  const incidents: Incident[] = [{ groups, aggregate: false, extraSentences: [] }];
  const incidentDrop = INCIDENT_DROPS.find((d) => d.keep(ctx, incidents).length === 0);
  if (incidentDrop) return incidentDrop.name;
  const records = toRecords(ctx, incidents, options.id ?? 'article', false);
  const recordDrop = RECORD_DROPS.find((d) => d.keep(ctx, stage, records).length === 0);
  return recordDrop?.name ?? applyScope(records, options.scope, ctx.published, ctx.lang).dropped[0]?.rule ?? null;
}

/** The refiners that drop incidents before records are made, in order: what codeIncidents traces and aloneDrop asks. */
const INCIDENT_DROPS: { name: string; keep: (ctx: ArticleContext, incidents: Incident[]) => Incident[] }[] = [
  { name: SUMMARY.name, keep: (ctx, incidents) => dropSummaries(incidents, ctx) },
  { name: LISTED_SUMMARY.name, keep: (ctx, incidents) => dropListedSummaries(ctx, incidents) },
];

/** The refiners that drop records before the scope filters, in order (the judicial lead, then history). */
const RECORD_DROPS: { name: string; keep: (ctx: ArticleContext, stage: MentionStage, records: EventRecord[]) => EventRecord[] }[] = [
  {
    name: JUDICIAL_LEAD.name,
    keep: (ctx, stage, records) => {
      const lead = stage.body[0]!;
      return dropRetrospective(records, stage.lower.slice(lead.start, lead.end), lead.index, ctx.published, lead);
    },
  },
  { name: HISTORY.name, keep: (ctx, _stage, records) => dropHistory(records, ctx.published, ctx.text, (pos) => clauseSpanAt(ctx, pos)) },
];

/** Mentions → groups → incidents → records, each dropping refiner traced; the records, and those the scope keeps and drops. */
function codeIncidents(ctx: ArticleContext, stage: MentionStage, options: ExtractOptions): { records: EventRecord[]; kept: EventRecord[]; dropped: { event: EventRecord; rule: string }[] } {
  const { trace, published } = ctx;
  const groups = groupMentions(ctx, stage.mentions);
  const merged = toldIncidents(mergeGroups(ctx, groups, trace, options.scope === 'terrorism' ? droppedAlone(ctx, stage, options) : undefined), trace);
  const incidents = INCIDENT_DROPS.reduce((kept, d) => traced(trace, d.name, kept, d.keep(ctx, kept), incidentTrigger), merged);
  const records = toRecords(ctx, incidents, options.id ?? 'article', !!options.explain);
  const coded = RECORD_DROPS.reduce((kept, d) => traced(trace, d.name, kept, d.keep(ctx, stage, kept), (e) => e.trigger), records);
  const scoped = applyScope(splitPlaceLists(ctx, coded, trace), options.scope, published, ctx.lang);
  // (date-day-only, when.ts: after the filters that read the dates)
  return { records, ...scoped, kept: dayOnly(scoped.kept, options.scope, trace) };
}
