// `wirecoder eval PATH…`: run the tool over every NAME.txt that has a
// NAME.gold.json beside it (folders recursive), score as docs/gold.md says,
// and report event and slot P/R/F1, per field and per corpus (folder).
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../core/index.js';
import { FIELDS, addScores, emptyScore, prf, scoreArticle, slotTotals, type GoldFile, type PRF, type Score } from './score.js';

export interface EvalCommandOptions {
  verbose: boolean;
  format: 'text' | 'json';
}

export interface EvalReport {
  total: Score;
  corpora: { name: string; articles: number; score: Score }[];
  articles: { id: string; corpus: string; score: Score }[];
}

function goldPairs(p: string): string[] {
  const st = fs.statSync(p);
  if (st.isFile()) return p.endsWith('.txt') && fs.existsSync(p.replace(/\.txt$/, '.gold.json')) ? [p] : [];
  return fs
    .readdirSync(p, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const q = path.join(p, e.name);
      if (e.isDirectory()) return goldPairs(q);
      return e.name.endsWith('.txt') && fs.existsSync(q.replace(/\.txt$/, '.gold.json')) ? [q] : [];
    });
}

/** Score every article with a gold file under the paths. Throws on a missing path. */
export function runEval(paths: string[]): EvalReport {
  const files: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw Object.assign(new Error(`eval: ${p}: no such file or directory`), { code: 'ENOENT' });
    files.push(...goldPairs(p));
  }
  const corpora = new Map<string, { articles: number; score: Score }>();
  const articles: EvalReport['articles'] = [];
  let total = emptyScore();
  for (const file of files) {
    const gold = JSON.parse(fs.readFileSync(file.replace(/\.txt$/, '.gold.json'), 'utf8')) as GoldFile;
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const id = path.basename(file, '.txt');
    const res = extract(text, { id, source: file, published: gold.published ?? null, publishedFrom: 'metadata' });
    const s = scoreArticle(gold.events, res.events);
    for (const d of s.disagreements) (d as { article?: string }).article = id;
    const corpus = path.dirname(file);
    const c = corpora.get(corpus) ?? { articles: 0, score: emptyScore() };
    c.articles++;
    c.score = addScores(c.score, s);
    corpora.set(corpus, c);
    articles.push({ id, corpus, score: s });
    total = addScores(total, s);
  }
  return { total, corpora: [...corpora].map(([name, c]) => ({ name, ...c })), articles };
}

const f3 = (n: number) => n.toFixed(3);
const line = (label: string, c: PRF) => {
  const { p, r, f1 } = prf(c);
  return `${label.padEnd(16)} P ${f3(p)}  R ${f3(r)}  F1 ${f3(f1)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

export function renderText(rep: EvalReport, verbose: boolean): string {
  const out: string[] = [];
  const block = (title: string, s: Score, n: number) => {
    const slot = prf(slotTotals(s));
    out.push(`== ${title} (${n} articles)`);
    out.push(`slot F1 ${f3(slot.f1)} (P ${f3(slot.p)} R ${f3(slot.r)})   event F1 ${f3(prf(s.events).f1)}`);
    out.push(line('events', s.events));
    for (const f of FIELDS) out.push(line(`  ${f}`, s.fields[f]));
  };
  for (const c of rep.corpora) block(c.name, c.score, c.articles);
  if (rep.corpora.length > 1) block('all', rep.total, rep.articles.length);
  if (verbose) {
    out.push('', '== disagreements (article, field, gold, predicted, evidence)');
    for (const a of rep.articles)
      for (const d of a.score.disagreements)
        out.push(`${a.id}\t${d.field}\tgold=${JSON.stringify(d.gold)}\tpred=${JSON.stringify(d.predicted)}\t${d.evidence ? JSON.stringify(d.evidence.slice(0, 120)) : ''}`);
  }
  return out.join('\n') + '\n';
}

export function renderJson(rep: EvalReport, verbose: boolean): string {
  const figures = (s: Score) => ({
    slot: { ...prf(slotTotals(s)), ...slotTotals(s) },
    events: { ...prf(s.events), ...s.events },
    fields: Object.fromEntries(FIELDS.map((f) => [f, { ...prf(s.fields[f]), ...s.fields[f] }])),
  });
  return (
    JSON.stringify(
      {
        total: figures(rep.total),
        corpora: rep.corpora.map((c) => ({ name: c.name, articles: c.articles, ...figures(c.score) })),
        ...(verbose ? { disagreements: rep.articles.flatMap((a) => a.score.disagreements.map((d) => ({ article: a.id, ...d }))) } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}

/** Runs the evaluation, writes its report to `out`, returns the exit code. */
export async function evalCommand(
  paths: string[],
  opts: EvalCommandOptions,
  out: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  const rep = runEval(paths);
  if (rep.articles.length === 0) {
    process.stderr.write(`wirecoder eval: no NAME.txt with a NAME.gold.json beside it under ${paths.join(', ')}\n`);
    return 3;
  }
  out(opts.format === 'json' ? renderJson(rep, opts.verbose) : renderText(rep, opts.verbose));
  return 0;
}
