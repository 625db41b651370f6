// Rendering of an eval report: text (headline slot F1, events, fields,
// per-corpus subtotals, and with verbose every disagreement) or JSON with
// the same numbers.
import { addScores, emptyScore, FIELDS, prf, slotTotals, type Disagreement, type PRF, type Score } from './score.js';

/**
 * The split of a corpus by its gold: articles whose gold has no event (the
 * tool must find nothing there; every event it codes is a false one) and
 * articles with gold events (scored on their own, so that the quiet ones
 * do not dilute or inflate the figure).
 */
export interface QuietSplit {
  /** Articles whose gold has no event. */
  quiet: number;
  /** Events coded in those articles: all false. */
  falseEvents: number;
  /** Articles with gold events and their score alone. */
  eventful: number;
  eventfulScore: Score;
}

export interface EvalReport {
  total: Score;
  totalSplit: QuietSplit;
  /** One per folder holding gold files, in the order first met. */
  corpora: { name: string; articles: number; score: Score; split: QuietSplit }[];
  articles: { id: string; corpus: string; score: Score }[];
}

export const emptySplit = (): QuietSplit => ({ quiet: 0, falseEvents: 0, eventful: 0, eventfulScore: emptyScore() });

/** Adds one article (its gold event count and score) to a quiet/eventful split. */
export function addToSplit(s: QuietSplit, goldEvents: number, score: Score): QuietSplit {
  if (goldEvents === 0) return { ...s, quiet: s.quiet + 1, falseEvents: s.falseEvents + score.events.fp };
  return { ...s, eventful: s.eventful + 1, eventfulScore: addScores(s.eventfulScore, score) };
}

export const addSplits = (a: QuietSplit, b: QuietSplit): QuietSplit => ({
  quiet: a.quiet + b.quiet,
  falseEvents: a.falseEvents + b.falseEvents,
  eventful: a.eventful + b.eventful,
  eventfulScore: addScores(a.eventfulScore, b.eventfulScore),
});

/** False events per 100 articles whose gold has no event (0 when there are none). */
export const falseRate = (s: QuietSplit): number => (s.quiet === 0 ? 0 : (100 * s.falseEvents) / s.quiet);

const f3 = (n: number) => n.toFixed(3);

function line(label: string, c: PRF): string {
  const { p, r, f1 } = prf(c);
  return `${label.padEnd(16)} P ${f3(p)}  R ${f3(r)}  F1 ${f3(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

export function headline(s: Score): string {
  const slot = prf(slotTotals(s));
  return `slot F1 ${f3(slot.f1)} (P ${f3(slot.p)} R ${f3(slot.r)})`;
}

/** The quiet-article line: false events per 100 articles with no gold event, and F1 on the others. */
export function splitLine(s: QuietSplit): string {
  const ev = prf(s.eventfulScore.events).f1;
  const slot = prf(slotTotals(s.eventfulScore)).f1;
  return (
    `no-event articles ${s.quiet}: ${s.falseEvents} false event${s.falseEvents === 1 ? '' : 's'}, ${falseRate(s).toFixed(1)} per 100` +
    `   |   ${s.eventful} article${s.eventful === 1 ? '' : 's'} with gold events: event F1 ${f3(ev)}, slot F1 ${f3(slot)}`
  );
}

function block(out: string[], s: Score) {
  out.push(line('events', s.events));
  for (const f of FIELDS) out.push(line(`  ${f}`, s.fields[f]));
  out.push(line('slots (micro)', slotTotals(s)));
}

const show = (v: unknown): string => (v === null || v === undefined ? '-' : typeof v === 'string' ? v : JSON.stringify(v));

export function renderText(rep: EvalReport, verbose: boolean): string {
  const out: string[] = [];
  out.push(`${headline(rep.total)}   event F1 ${f3(prf(rep.total.events).f1)}   (${rep.articles.length} article${rep.articles.length === 1 ? '' : 's'}, ${rep.corpora.length} ${rep.corpora.length === 1 ? 'corpus' : 'corpora'})`);
  out.push(splitLine(rep.totalSplit));
  out.push('');
  block(out, rep.total);
  for (const c of rep.corpora) {
    out.push('', `== ${c.name} (${c.articles} article${c.articles === 1 ? '' : 's'}): ${headline(c.score)}   event F1 ${f3(prf(c.score.events).f1)}`);
    out.push(splitLine(c.split));
    block(out, c.score);
  }
  if (verbose) {
    out.push('', '== disagreements (article, field, gold, predicted, evidence)');
    for (const a of rep.articles)
      for (const d of a.score.disagreements)
        out.push([a.id, d.field, `gold=${show(d.gold)}`, `pred=${show(d.predicted)}`, d.evidence ? JSON.stringify(d.evidence.replace(/\s+/g, ' ').slice(0, 160)) : ''].join('\t'));
  }
  return out.join('\n') + '\n';
}

const counted = (c: PRF) => ({ ...prf(c), ...c });

function splitFigures(s: QuietSplit) {
  return {
    no_event_articles: s.quiet,
    false_events: s.falseEvents,
    false_per_100: Number(falseRate(s).toFixed(2)),
    event_articles: s.eventful,
    event_articles_events: counted(s.eventfulScore.events),
    event_articles_slot: counted(slotTotals(s.eventfulScore)),
  };
}

function figures(s: Score, split: QuietSplit) {
  return {
    slot: counted(slotTotals(s)),
    events: counted(s.events),
    fields: Object.fromEntries(FIELDS.map((f) => [f, counted(s.fields[f])])),
    ...splitFigures(split),
  };
}

export function renderJson(rep: EvalReport, verbose: boolean): string {
  const disagreements: (Disagreement & { article: string })[] = rep.articles.flatMap((a) => a.score.disagreements.map((d) => ({ ...d, article: a.id })));
  return (
    JSON.stringify(
      {
        articles: rep.articles.length,
        total: figures(rep.total, rep.totalSplit),
        corpora: rep.corpora.map((c) => ({ name: c.name, articles: c.articles, ...figures(c.score, c.split) })),
        ...(verbose ? { disagreements } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}
