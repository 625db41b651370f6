// The `rules` command around runRules: options checked, report written, exit code.
import type { Scope } from '../core/refine/scope.js';
import { EvalError } from './command.js';
import { renderRulesJson, renderRulesText, runRules } from './rules.js';

export interface RulesCommandOptions {
  format: 'text' | 'json';
  /** `auto`: muc… folders with the terrorism scope, the others with all (rules.ts folderScope). */
  scope: Scope | 'auto';
  minArticles: number;
  minPrecision: number;
}

/** Writes the rules report; returns 0, or 2 (message on stderr) for a bad option, a missing path, bad gold or no article. */
export function rulesCommand(paths: string[], o: RulesCommandOptions, out: (s: string) => void): number {
  const fail = (m: string) => {
    process.stderr.write(`wirecoder rules: ${m}\n`);
    return 2;
  };
  if (!Number.isInteger(o.minArticles) || o.minArticles < 1) return fail('--min-articles must be a whole number of at least 1');
  if (!(o.minPrecision >= 0 && o.minPrecision <= 1)) return fail('--min-precision must be between 0 and 1');
  let rep;
  try {
    rep = runRules(paths, o.scope);
  } catch (e) {
    if (!(e instanceof EvalError)) throw e;
    return fail(e.message);
  }
  if (rep.articles === 0) return fail(`no NAME.txt article under ${paths.join(', ')}`);
  out(o.format === 'json' ? renderRulesJson(rep, o) : renderRulesText(rep, o));
  return 0;
}
