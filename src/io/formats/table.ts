// Terminal table: one row per event, 100 columns wide unless a width is given
// (the terminal's): then the columns are narrowed or widened to fit, long
// words broken, the lines under the table wrapped, and below MIN_TABLE_WIDTH
// each event is a short block of lines instead. Colour only when asked (a TTY
// without NO_COLOR), rule names with --explain.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { ArticleResult, EventRecord } from '../../core/types.js';

export interface TableOptions {
  color: boolean;
  explain: boolean;
  /** Columns to fit in (the terminal's); 100 when not given. */
  width?: number;
}

/** Each column's width at 100 columns, the narrowest it may get, and its share of any room beyond 100. */
const COLUMNS = [
  { head: '#', width: 4, min: 4, grow: 0 },
  { head: 'type', width: 15, min: 11, grow: 1 },
  { head: 'date', width: 12, min: 12, grow: 0 },
  { head: 'where', width: 15, min: 10, grow: 2 },
  { head: 'who → whom', width: 20, min: 11, grow: 3 },
  { head: 'with', width: 10, min: 8, grow: 1 },
  { head: 'dead', width: 6, min: 6, grow: 0 },
  { head: 'wounded', width: 9, min: 9, grow: 0 },
];
const BORDERS = COLUMNS.length + 1;
/** Narrower than this, events are listed as blocks of lines. */
export const MIN_TABLE_WIDTH = COLUMNS.reduce((n, c) => n + c.min, BORDERS);
/** Wider than this, the table stops growing (rows that long are hard to read). */
const MAX_TABLE_WIDTH = 160;

/** Column widths (padding included) that add up, with the borders, to `width` clamped to [MIN_TABLE_WIDTH, MAX_TABLE_WIDTH]. */
export function columnWidths(width = 100): number[] {
  const target = Math.max(MIN_TABLE_WIDTH, Math.min(MAX_TABLE_WIDTH, width)) - BORDERS;
  const w = COLUMNS.map((c) => c.width);
  let total = w.reduce((a, b) => a + b, 0);
  while (total > target) {
    // take from the column with the most room above its minimum
    let k = 0;
    for (let i = 1; i < w.length; i++) if (w[i]! - COLUMNS[i]!.min > w[k]! - COLUMNS[k]!.min) k = i;
    w[k]!--;
    total--;
  }
  const grows = COLUMNS.flatMap((c, i) => Array<number>(c.grow).fill(i));
  for (let j = 0; total < target; j++, total++) w[grows[j % grows.length]!]!++;
  return w;
}

/** A word's first piece that fits in `room`: up to a hyphen of its own, else cut with one. */
function cutWord(word: string, room: number): [string, string] {
  const h = word.lastIndexOf('-', room - 1);
  const at = h > 0 ? h + 1 : room > 1 ? room - 1 : room;
  return [word.slice(0, at) + (h > 0 || room < 2 ? '' : '-'), word.slice(at)];
}

/** Lines of at most `width` characters, broken at spaces (a word longer than a line is cut at a hyphen); the text's leading spaces start the first line, `indent` the others. */
export function wrapText(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let prefix = /^ */.exec(text)![0];
  let line = '';
  const room = () => Math.max(1, width - prefix.length);
  const flush = () => {
    lines.push(prefix + line);
    prefix = indent;
    line = '';
  };
  for (let word of text.trimStart().split(/ +/)) {
    if (line && line.length + 1 + word.length <= room()) {
      line += ` ${word}`;
      continue;
    }
    if (line) flush();
    while (word.length > room()) {
      [line, word] = cutWord(word, room());
      flush();
    }
    line = word;
  }
  lines.push(prefix + line);
  return lines;
}

/** A cell wrapped to the column's inner width here, so that the table breaks long words rather than truncate them. */
function fitCell(s: string, inner: number): string {
  return s
    .split('\n')
    .flatMap((l) => wrapText(l, inner))
    .join('\n');
}

/** An event's cells, in COLUMNS order. */
function cells(e: EventRecord): string[] {
  const count = (x: EventRecord['killed']) => (x ? (x.low !== x.high ? `${x.value}\n${x.low}-${x.high}` : String(x.value)) : '');
  const who = `${e.attackers.map((x) => x.name + (x.attributed ? '?' : '')).join(', ') || '?'} → ${e.targets.map((x) => x.name).join(', ') || '?'}`;
  return [
    e.id.split('#')[1] ?? '',
    e.type.replace(/_/g, ' ') + (e.aggregate ? ' (tally)' : ''),
    e.date.value ?? '',
    e.location ? `${e.location.name}${e.location.country_code ? `, ${e.location.country_code}` : ''}` : '',
    who,
    e.weapons.map((w) => (w.count ? `${w.count} ${w.name}` : w.name)).join(', '),
    count(e.killed),
    count(e.wounded),
  ];
}

function table(r: ArticleResult, c: InstanceType<typeof Chalk>, width: number | undefined): string {
  const colWidths = columnWidths(width);
  const t = new Table({
    head: COLUMNS.map((h) => c.cyan(h.head)),
    colWidths,
    wordWrap: true,
    style: { head: [], border: [] },
  });
  // inner width: the column less its two spaces of padding
  for (const e of r.events) t.push(cells(e).map((s, i) => (width ? fitCell(s, colWidths[i]! - 2) : s)));
  return t.toString();
}

/** Below MIN_TABLE_WIDTH: each event as a few wrapped lines. */
function blocks(r: ArticleResult, width: number): string[] {
  return r.events.flatMap((e) => {
    const [n, type, date, where, who, withWhat, dead, wounded] = cells(e).map((s) => s.replace(/\n/g, ' '));
    const facts = [`#${n} ${type}`, date, where, who, withWhat, dead && `dead ${dead}`, wounded && `wounded ${wounded}`].filter(Boolean).join(' · ');
    return wrapText(facts, width, '   ');
  });
}

export function renderTable(results: ArticleResult[], opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = opts.width;
  // without a width, lines are as long as they are (a pipe, a file)
  const wrap = (s: string, indent: string) => (width ? wrapText(s, width, indent) : [s]);
  const out: string[] = [];
  for (const r of results) {
    const a = r.article;
    const [first, ...rest] = wrap(`${a.id}  ${a.headline ?? ''}  published ${a.published ?? 'unknown'}${a.published_from ? ` (${a.published_from})` : ''}`, '  ');
    out.push(first!.startsWith(a.id) ? c.bold(a.id) + c.dim(first!.slice(a.id.length)) : c.dim(first!), ...rest.map((l) => c.dim(l)));
    for (const w of r.warnings) out.push(...wrap(`  warning: ${w}`, '    ').map((l) => c.yellow(l)));
    if (r.events.length === 0) {
      out.push(c.dim('  no events found'), '');
      continue;
    }
    out.push(width && width < MIN_TABLE_WIDTH ? blocks(r, width).join('\n') : table(r, c, width));
    for (const e of r.events) {
      out.push(...wrap(`  #${e.id.split('#')[1]} "${e.trigger.text}" (sentence ${e.sentence}; ${e.responsibility}${e.reported_by.length ? `; reported by ${e.reported_by.join(', ')}` : ''})`, '    ').map((l) => c.dim(l)));
      if (opts.explain && e.explain) for (const [f, rules] of Object.entries(e.explain)) out.push(...wrap(`      ${f}: ${[...new Set(rules)].join(', ')}`, '        ').map((l) => c.dim(l)));
    }
    out.push('');
  }
  return out.join('\n') + '\n';
}
