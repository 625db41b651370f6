// `wirecoder eval PATH…`: run the tool over every NAME.txt that has a
// NAME.gold.json beside it (folders recursive), score as docs/gold.md says,
// and report event and slot P/R/F1, per field and per corpus (folder).
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../core/index.js';
import type { Scope } from '../core/refine/scope.js';
import { addScores, checkGold, emptyScore, scoreArticle, type Score } from './score.js';
import { addSplits, addToSplit, emptySplit, renderJson, renderText, type EvalReport, type QuietSplit } from './report.js';
import { runAcledEval } from './acled.js';

export type { EvalReport } from './report.js';
export { falseRate, renderJson, renderText } from './report.js';

export interface EvalCommandOptions {
  verbose: boolean;
  format: 'text' | 'json';
  /** The coding scope the articles are extracted with (`--scope`). */
  scope?: Scope;
  /** An ACLED export to score against (`--acled FILE`), beside or instead of the gold folders. */
  acled?: string;
}

/** An error of the eval command: a missing path, an unreadable or malformed gold file. */
export class EvalError extends Error {}

const goldOf = (txt: string) => txt.replace(/\.txt$/, '.gold.json');

/** The NAME.txt files under `p` (folders recursive, sorted by name); `p` itself when it is one. */
export function textFiles(p: string): string[] {
  if (fs.statSync(p).isFile()) return p.endsWith('.txt') ? [p] : [];
  return fs
    .readdirSync(p, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const q = path.join(p, e.name);
      if (e.isDirectory()) return textFiles(q);
      return e.isFile() && e.name.endsWith('.txt') ? [q] : [];
    });
}

/** The NAME.txt files under `p` that have a NAME.gold.json beside them, sorted (a gold file names its article). */
function goldArticles(p: string): string[] {
  if (fs.statSync(p).isFile() && p.endsWith('.gold.json')) p = p.replace(/\.gold\.json$/, '.txt');
  if (!fs.existsSync(p)) return [];
  return textFiles(p).filter((f) => fs.existsSync(goldOf(f)));
}

/** Score every article with a gold file under the paths. Throws EvalError on a missing path or a bad gold file. */
export function runEval(paths: string[], scope: Scope = 'all'): EvalReport {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new EvalError(`${p}: no such file or directory`);
    for (const f of goldArticles(p)) {
      const abs = path.resolve(f);
      if (!seen.has(abs)) {
        seen.add(abs);
        files.push(f);
      }
    }
  }
  const corpora = new Map<string, { articles: number; score: Score; split: QuietSplit }>();
  const articles: EvalReport['articles'] = [];
  let total = emptyScore();
  let totalSplit = emptySplit();
  for (const file of files) {
    const goldPath = goldOf(file);
    let gold;
    try {
      gold = checkGold(JSON.parse(fs.readFileSync(goldPath, 'utf8').replace(/^\uFEFF/, '')));
    } catch (e) {
      throw new EvalError(`${goldPath}: ${(e as Error).message}`);
    }
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const id = path.basename(file, '.txt');
    const res = extract(text, { id, source: file, published: gold.published ?? null, publishedFrom: 'metadata', scope });
    const s = scoreArticle(gold.events, res.events);
    for (const d of s.disagreements) d.article = id;
    const corpus = path.dirname(file);
    const c = corpora.get(corpus) ?? { articles: 0, score: emptyScore(), split: emptySplit() };
    c.articles++;
    c.score = addScores(c.score, s);
    c.split = addToSplit(c.split, gold.events.length, s);
    corpora.set(corpus, c);
    articles.push({ id, corpus, score: s });
    total = addScores(total, s);
    totalSplit = addToSplit(totalSplit, gold.events.length, s);
  }
  return { total, totalSplit, corpora: [...corpora].map(([name, c]) => ({ name, ...c })), articles };
}

/** The report with the rows of an ACLED export as one more corpus; the rows of types we do not code are counted on stderr. */
function withAcled(rep: EvalReport, file: string, scope: Scope | undefined): EvalReport {
  let a: ReturnType<typeof runAcledEval>;
  try {
    a = runAcledEval(file, scope);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new EvalError(`${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  }
  const skipped = [...a.skipped.values()].reduce((x, y) => x + y, 0);
  const rows = skipped === 1 ? '1 row of a type' : `${skipped} rows of types`;
  if (skipped) process.stderr.write(`wirecoder eval: ${file}: ${rows} wirecoder does not code that may hold violence (riots, force against protesters), not scored (${[...a.skipped].map(([t, n]) => `${t}: ${n}`).join('; ')})\n`);
  return {
    total: addScores(rep.total, a.report.total),
    totalSplit: addSplits(rep.totalSplit, a.report.totalSplit),
    corpora: [...rep.corpora, ...a.report.corpora],
    articles: [...rep.articles, ...a.report.articles],
  };
}

/**
 * Runs the evaluation, writes its report to `out`, returns the exit code:
 * 0, or 2 (message on stderr) when a path does not exist, a gold file is
 * malformed, or there is nothing to score.
 */
export async function evalCommand(
  paths: string[],
  opts: EvalCommandOptions,
  out: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  let rep: EvalReport;
  try {
    rep = runEval(paths, opts.scope);
    if (opts.acled) rep = withAcled(rep, opts.acled, opts.scope);
  } catch (e) {
    if (!(e instanceof EvalError)) throw e;
    process.stderr.write(`wirecoder eval: ${e.message}\n`);
    return 2;
  }
  if (rep.articles.length === 0) {
    process.stderr.write(`wirecoder eval: nothing to score: no NAME.txt with a NAME.gold.json beside it under ${paths.join(', ') || '(no paths)'}${opts.acled ? ` and no row to score in ${opts.acled}` : ''}\n`);
    return 2;
  }
  out(opts.format === 'json' ? renderJson(rep, opts.verbose) : renderText(rep, opts.verbose));
  return 0;
}
