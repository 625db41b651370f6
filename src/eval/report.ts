// Rendering of an eval report: text (headline slot F1, events, fields,
// per-corpus subtotals, and with verbose every disagreement) or JSON with
// the same numbers.
import { FIELDS, prf, slotTotals, type Disagreement, type PRF, type Score } from './score.js';

export interface EvalReport {
  total: Score;
  /** One per folder holding gold files, in the order first met. */
  corpora: { name: string; articles: number; score: Score }[];
  articles: { id: string; corpus: string; score: Score }[];
}

const f3 = (n: number) => n.toFixed(3);

function line(label: string, c: PRF): string {
  const { p, r, f1 } = prf(c);
  return `${label.padEnd(16)} P ${f3(p)}  R ${f3(r)}  F1 ${f3(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

export function headline(s: Score): string {
  const slot = prf(slotTotals(s));
  return `slot F1 ${f3(slot.f1)} (P ${f3(slot.p)} R ${f3(slot.r)})`;
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
  out.push('');
  block(out, rep.total);
  for (const c of rep.corpora) {
    out.push('', `== ${c.name} (${c.articles} article${c.articles === 1 ? '' : 's'}): ${headline(c.score)}   event F1 ${f3(prf(c.score.events).f1)}`);
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

function figures(s: Score) {
  const r = (c: PRF) => ({ ...prf(c), ...c });
  return {
    slot: r(slotTotals(s)),
    events: r(s.events),
    fields: Object.fromEntries(FIELDS.map((f) => [f, r(s.fields[f])])),
  };
}

export function renderJson(rep: EvalReport, verbose: boolean): string {
  const disagreements: (Disagreement & { article: string })[] = rep.articles.flatMap((a) => a.score.disagreements.map((d) => ({ ...d, article: a.id })));
  return (
    JSON.stringify(
      {
        articles: rep.articles.length,
        total: figures(rep.total),
        corpora: rep.corpora.map((c) => ({ name: c.name, articles: c.articles, ...figures(c.score) })),
        ...(verbose ? { disagreements } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}
