// The pipeline: text in, records out. Pure and synchronous.
//
//   headline, dateline → published
//   sentences → event mentions (extract/events)
//   mentions grouped by sentence → arguments attached (refine/attach)
//   groups merged into incidents (refine/merge)
//   incidents → EventRecords (refine/record)
import type { ArticleResult, ExtractOptions } from './types.js';
import { foldCase, splitSentences, type Sentence } from './text.js';
import { findEventMentions } from './extract/events/index.js';
import { parseDateline, findDates } from './extract/dates/index.js';
import { findPlaces } from './extract/places/index.js';
import { findActors, findResponsibility, findReporters } from './extract/actors/index.js';
import { findCasualties } from './extract/counts/index.js';
import { findWeapons } from './extract/weapons/index.js';
import { groupMentions } from './refine/attach.js';
import { mergeGroups } from './refine/merge.js';
import { toRecords } from './refine/record.js';
import type { ArticleContext } from './refine/context.js';
import { dropHistory, dropRetrospective } from './refine/retrospective.js';
import { applyScope } from './refine/scope.js';
import { dropListedSummaries, dropSummaries } from './refine/summary.js';

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

export function extract(text: string, options: ExtractOptions = {}): ArticleResult {
  const id = options.id ?? 'article';
  const warnings: string[] = [];
  const headline = headlineOf(text);
  const dateline = parseDateline(text);
  let published = options.published ?? null;
  let publishedFrom = published ? (options.publishedFrom ?? 'flag') : null;
  if (!published && dateline?.date) {
    published = dateline.date;
    publishedFrom = 'dateline';
  }
  const result: ArticleResult = {
    article: {
      id,
      source: options.source ?? id,
      headline: options.headline ?? headline?.text ?? null,
      published,
      published_from: publishedFrom,
    },
    events: [],
    warnings,
  };

  const lower = foldCase(text);
  const sentences: Sentence[] = splitSentences(text);
  const body = headline ? sentences.filter((s) => s.start >= headline.end) : sentences;
  const mentions = findEventMentions(text, lower, body).filter((m) => !m.generic);
  if (mentions.length === 0) return result;

  // dates only where they are read: the sentences of the mentions (attach), and the first three (the lead's date, record)
  const read = new Set([0, 1, 2, ...mentions.map((m) => m.sentence)]);
  const dates = findDates(text, published, sentences.filter((s) => read.has(s.index)));
  if (!published && dates.some((d) => d.relative)) {
    warnings.push('no publication date: relative dates left unresolved (pass --date)');
  }
  const ctx: ArticleContext = {
    text,
    lower,
    sentences,
    published,
    dateline,
    dates: dateline ? dates.filter((d) => d.end <= dateline.span.start || d.start >= dateline.span.end) : dates,
    places: findPlaces(text),
    actors: findActors(text, options.actors),
    casualties: (from, to) => findCasualties(text, from, to),
    weapons: (from, to) => findWeapons(text, lower, from, to),
    responsibility: (from, to) => findResponsibility(text, from, to),
    reporters: (from, to) => findReporters(text, from, to),
  };
  const groups = groupMentions(ctx, mentions);
  const incidents = dropListedSummaries(ctx, dropSummaries(mergeGroups(ctx, groups)));
  const lead = body[0]!;
  const coded = dropHistory(dropRetrospective(toRecords(ctx, incidents, id, !!options.explain), lower.slice(lead.start, lead.end), lead.index, published), published);
  const { kept: events, dropped } = applyScope(coded, options.scope);
  if (options.explain) for (const d of dropped) warnings.push(`out of scope (${d.rule}): ${d.event.type} "${d.event.trigger.text}" in sentence ${d.event.sentence}`);
  // ids follow the order of first mention among the events kept
  result.events = events.map((e, i) => ({ ...e, id: `${id}#${i + 1}` }));
  return result;
}
