// Terminal table: one row per event, readable at 100 columns; colour only
// when asked (a TTY without NO_COLOR), rule names with --explain.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { ArticleResult, EventRecord } from '../../core/types.js';

export interface TableOptions {
  color: boolean;
  explain: boolean;
  width?: number;
}

export function renderTable(results: ArticleResult[], opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  for (const r of results) {
    const a = r.article;
    out.push(c.bold(`${a.id}`) + c.dim(`  ${a.headline ?? ''}  published ${a.published ?? 'unknown'}${a.published_from ? ` (${a.published_from})` : ''}`));
    for (const w of r.warnings) out.push(c.yellow(`  warning: ${w}`));
    if (r.events.length === 0) {
      out.push(c.dim('  no events found'), '');
      continue;
    }
    const t = new Table({
      head: ['#', 'type', 'date', 'where', 'who → whom', 'with', 'dead', 'wounded'].map((h) => c.cyan(h)),
      colWidths: [4, 15, 12, 15, 20, 10, 6, 9], // 100 columns with the borders
      wordWrap: true,
      style: { head: [], border: [] },
    });
    for (const e of r.events) {
      const count = (x: EventRecord['killed']) => (x ? (x.low !== x.high ? `${x.value}\n${x.low}-${x.high}` : String(x.value)) : '');
      const who = `${e.attackers.map((x) => x.name + (x.attributed ? '?' : '')).join(', ') || '?'} → ${e.targets.map((x) => x.name).join(', ') || '?'}`;
      t.push([
        e.id.split('#')[1] ?? '',
        e.type.replace(/_/g, ' ') + (e.aggregate ? ' (tally)' : ''),
        e.date.value ?? '',
        e.location ? `${e.location.name}${e.location.country_code ? `, ${e.location.country_code}` : ''}` : '',
        who,
        e.weapons.map((w) => (w.count ? `${w.count} ${w.name}` : w.name)).join(', '),
        count(e.killed),
        count(e.wounded),
      ]);
    }
    out.push(t.toString());
    for (const e of r.events) {
      out.push(c.dim(`  #${e.id.split('#')[1]} "${e.trigger.text}" (sentence ${e.sentence}; ${e.responsibility}${e.reported_by.length ? `; reported by ${e.reported_by.join(', ')}` : ''})`));
      if (opts.explain && e.explain) for (const [f, rules] of Object.entries(e.explain)) out.push(c.dim(`      ${f}: ${[...new Set(rules)].join(', ')}`));
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
