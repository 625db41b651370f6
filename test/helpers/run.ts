// The shared `run` of the pipeline tests (new test files use it rather than a copy of their own): a text coded with
// explain, and what the tests read of it: triggers coded, the rules' rejects and drops, out-of-scope warnings.
import { extract } from '../../src/core/index.js';
import type { ArticleResult, EventRecord, Scope } from '../../src/core/types.js';

export interface Run {
  res: ArticleResult;
  events: EventRecord[];
  /** The trigger text of each event, in order. */
  triggers: string[];
  /** Rejects and drops of the trace: [rule, text, start]. */
  rejected: [string, string, number][];
  dropped: [string, string, number][];
  /** The warnings of events taken out by a scope rule. */
  outOfScope: string[];
  /** Whether a rule is in some event's explain (any field), or in the trace. */
  fired: (rule: string) => boolean;
}

export function run(text: string, opts: { scope?: Scope; published?: string | null } = {}): Run {
  const res = extract(text, { explain: true, scope: opts.scope ?? 'terrorism', published: opts.published === undefined ? '1990-01-03' : opts.published });
  const trace = res.trace ?? [];
  const of = (action: string) => trace.filter((f) => f.action === action).map((f): [string, string, number] => [f.rule, f.text, f.start]);
  const explained = new Set(res.events.flatMap((e) => Object.values(e.explain ?? {}).flat().flatMap((r) => r.split('>'))));
  return {
    res,
    events: res.events,
    triggers: res.events.map((e) => e.trigger.text),
    rejected: of('reject'),
    dropped: of('drop'),
    outOfScope: res.warnings.filter((w) => w.startsWith('out of scope')),
    fired: (rule) => explained.has(rule) || trace.some((f) => f.rule.split('>').includes(rule)),
  };
}
