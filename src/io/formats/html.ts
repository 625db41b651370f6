// HTML: one self-contained page (inline CSS; no scripts, fonts or images;
// a Content-Security-Policy that allows nothing else) with, per article, the
// headline and metadata, the text with every value of every event marked at
// its span in the event's colour, and the table of events.
//
// Overlapping spans are cut at every span boundary: each piece of text is
// wrapped in one <mark> per value covering it, outermost the longest, so
// marks nest properly and a value split over pieces keeps its data-e/data-f/
// data-s/data-t on each piece (concatenated, the pieces are the span's text).
import type { ArticleResult, EventRecord, Span } from '../../core/types.js';

/** Text for HTML text and attribute values (both quotes escaped). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One highlighted value: the field, the event (1-based) and the words shown on hover. */
export interface Mark {
  event: number;
  field: string;
  start: number;
  end: number;
  title: string;
}

/** Hue of event n (1-based): the golden angle apart, so neighbours always differ. */
export function eventHue(n: number): number {
  return Math.round(((n - 1) * 137.508 + 200) % 360);
}

type Valued = Span & { name?: string };

/** The fields highlighted, in table order: which spans, the value shown, and the explain key naming their rules. */
const FIELDS: { field: string; rules: string; spans: (e: EventRecord) => Valued[]; value: (e: EventRecord, s: Valued) => string }[] = [
  { field: 'trigger', rules: 'type', spans: (e) => [e.trigger], value: (e) => e.type.replace(/_/g, ' ') },
  { field: 'date', rules: 'date', spans: (e) => (e.date.text !== null && e.date.start !== null && e.date.end !== null ? [{ text: e.date.text, start: e.date.start, end: e.date.end }] : []), value: (e) => `${e.date.value ?? '?'} (${e.date.precision})` },
  { field: 'location', rules: 'location', spans: (e) => (e.location ? [e.location] : []), value: (e) => [e.location?.name, e.location?.admin1, e.location?.country].filter(Boolean).join(', ') },
  { field: 'attackers', rules: 'attackers', spans: (e) => e.attackers, value: (_e, s) => s.name ?? s.text },
  { field: 'targets', rules: 'targets', spans: (e) => e.targets, value: (_e, s) => s.name ?? s.text },
  { field: 'weapons', rules: 'weapons', spans: (e) => e.weapons, value: (_e, s) => s.name ?? s.text },
  { field: 'killed', rules: 'killed', spans: (e) => (e.killed ? [e.killed] : []), value: (e) => count(e.killed) },
  { field: 'wounded', rules: 'wounded', spans: (e) => (e.wounded ? [e.wounded] : []), value: (e) => count(e.wounded) },
];

function count(c: EventRecord['killed']): string {
  if (!c) return '';
  return c.low !== c.high ? `${c.value} (${c.low}–${c.high})` : `${c.approximate ? 'about ' : ''}${c.value}`;
}

/** Rule names of a field's i-th value: the i-th when the list is parallel to the values, else all of them. */
function rulesOf(e: EventRecord, key: string, i: number, n: number): string {
  const rules = e.explain?.[key];
  if (!rules?.length) return '';
  return rules.length === n ? rules[i]! : [...new Set(rules)].join(', ');
}

/** reported_by has no span in the record: its first mention by name in the event's own sentences. */
function reporterSpans(e: EventRecord, text: string): Valued[] {
  const found: Valued[] = [];
  for (const name of e.reported_by) {
    for (const ev of e.evidence) {
      const at = text.slice(ev.start, ev.end).indexOf(name);
      if (at < 0) continue;
      found.push({ text: name, start: ev.start + at, end: ev.start + at + name.length, name });
      break;
    }
  }
  return found;
}

/** Every value of event `e` (number n) that has a span inside `text`, as marks. */
export function eventMarks(e: EventRecord, n: number, text: string): Mark[] {
  const marks: Mark[] = [];
  const add = (field: string, s: Valued, value: string, rules: string) => {
    if (s.start < 0 || s.end > text.length || s.start >= s.end) return;
    if (marks.some((m) => m.field === field && m.start === s.start && m.end === s.end)) return;
    marks.push({ event: n, field, start: s.start, end: s.end, title: `#${n} ${field}: ${value}${rules ? ` (rule: ${rules})` : ''}` });
  };
  for (const f of FIELDS) {
    const spans = f.spans(e);
    spans.forEach((s, i) => add(f.field, s, f.value(e, s), rulesOf(e, f.rules, i, spans.length)));
  }
  for (const s of reporterSpans(e, text)) add('reported_by', s, `${s.name} (named in the event's sentence; records give no span)`, '');
  return marks;
}

function openMark(m: Mark, title: string, last: boolean): string {
  const cls = `v ${m.field}${last ? ' end' : ''}`;
  return `<mark class="${cls}" style="--h:${eventHue(m.event)}" data-e="${m.event}" data-f="${m.field}" data-s="${m.start}" data-t="${m.end}" title="${escapeHtml(title)}">`;
}

/** The text, escaped, with the marks nested at every piece they cover (a sweep: linear in text and marks, times the overlap). */
export function markText(text: string, marks: Mark[]): string {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const byStart = [...marks].sort((x, y) => x.start - y.start);
  const out: string[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    // a CR as a reference: the parser would make a raw CR (or CRLF) one LF, and offsets would drift
    const piece = escapeHtml(text.slice(a, b)).replace(/\r/g, '&#13;');
    active = active.filter((m) => m.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    if (!active.length) {
      out.push(piece);
      continue;
    }
    // outermost first: the longest span, then the earlier event
    const over = [...active].sort((x, y) => y.end - y.start - (x.end - x.start) || x.event - y.event);
    const all = over.map((m) => m.title).join('\n');
    out.push(over.map((m, k) => openMark(m, k === over.length - 1 ? all : m.title, m.end === b)).join(''), piece, '</mark>'.repeat(over.length));
  }
  return out.join('');
}

function cell(s: string | number | null | undefined): string {
  return `<td>${escapeHtml(s === null || s === undefined ? '' : String(s))}</td>`;
}

function eventRow(e: EventRecord, n: number, explain: boolean): string {
  const actors = (a: EventRecord['attackers']) => a.map((x) => x.name + (x.attributed ? ' (attributed)' : '')).join('; ');
  const where = e.location ? [e.location.name, e.location.admin1, e.location.country_code].filter(Boolean).join(', ') : '';
  const rules = Object.entries(e.explain ?? {}).map(([f, r]) => `${f}: ${[...new Set(r)].join(', ')}`).join('; ');
  const rulesRow = explain ? `\n<tr class="rules"><td></td><td colspan="${COLUMNS.length - 1}">rules: ${escapeHtml(rules)}</td></tr>` : '';
  return `<tr><td><span class="sw" style="--h:${eventHue(n)}">#${n}</span></td>${[
    `${e.type.replace(/_/g, ' ')}${e.aggregate ? ' (tally)' : ''}`,
    e.date.value,
    where,
    actors(e.attackers),
    actors(e.targets),
    e.weapons.map((w) => (w.count ? `${w.count} ${w.name}` : w.name)).join('; '),
    count(e.killed),
    count(e.wounded),
    e.reported_by.join('; '),
    e.responsibility,
    e.sentence,
  ].map(cell).join('')}</tr>${rulesRow}`;
}

/** The table's columns: heading, and its full name on hover where shortened. */
const COLUMNS: [string, string?][] = [['#', 'event'], ['type'], ['date'], ['where'], ['attackers'], ['targets'], ['weapons'], ['killed'], ['wounded'], ['reported by'], ['claim', 'responsibility'], ['sent.', 'sentence (from 1)']];

function eventTable(r: ArticleResult): string {
  if (!r.events.length) return '<p class="none">No events found.</p>';
  const explain = r.events.some((e) => e.explain);
  const head = COLUMNS.map(([h, long]) => `<th${long ? ` title="${long}"` : ''}>${h}</th>`).join('');
  return `<div class="events"><table><thead><tr>${head}</tr></thead><tbody>\n${r.events.map((e, i) => eventRow(e, i + 1, explain)).join('\n')}\n</tbody></table></div>`;
}

function meta(r: ArticleResult): string {
  const a = r.article;
  const url = a.url && /^https?:\/\//i.test(a.url) ? ` · <a href="${escapeHtml(a.url)}">${escapeHtml(a.url)}</a>` : '';
  const pub = `published ${a.published ?? 'unknown'}${a.published_from ? ` (from ${a.published_from})` : ''}`;
  const warnings = r.warnings.length ? `<ul class="warn">${r.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>` : '';
  return `<p class="meta">${escapeHtml(`${a.id} · ${a.source} · ${pub} · ${r.events.length} event${r.events.length === 1 ? '' : 's'}`)}${url}</p>${warnings}`;
}

/** One article's section: headline, metadata, the marked text, the table. */
export function renderHtmlArticle(r: ArticleResult, text: string): string {
  const marks = r.events.flatMap((e, i) => eventMarks(e, i + 1, text));
  return `<article id="${escapeHtml(r.article.id)}">
<h1>${escapeHtml(r.article.headline ?? r.article.id)}</h1>
${meta(r)}
<div class="text">${markText(text, marks)}</div>
${eventTable(r)}
</article>
`;
}

const CSS = `
body{font:16px/1.6 system-ui,sans-serif;color:#111;background:#fff;margin:0 auto;max-width:60rem;padding:1rem 1.5rem}
h1{font-size:1.5rem;line-height:1.3;margin:1.5rem 0 .25rem}
.meta{color:#444;font-size:.875rem;margin:0 0 1rem}
.warn{color:#6b4e00;font-size:.875rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,serif;font-size:1.0625rem;line-height:1.75}
mark.v{background:hsl(var(--h) 90% 85%);color:#111;border-bottom:2px solid hsl(var(--h) 70% 30%);padding:3px 0}
mark.v mark.v{padding:0}
mark.trigger{font-weight:700}
mark.trigger.end::after{content:"#" attr(data-e);font:700 .65em system-ui,sans-serif;vertical-align:super;color:hsl(var(--h) 70% 20%);margin-left:1px}
.events{overflow-x:auto;margin:1.5rem 0 2.5rem}
table{border-collapse:collapse;font-size:.8125rem;line-height:1.4;width:100%}
th,td{border:1px solid #bbb;padding:.25rem .35rem;text-align:left;vertical-align:top}
th{background:#eee}
td:nth-child(3){white-space:nowrap}
tr.rules td{border-top:0;color:#444;font-size:.75rem}
.sw{display:inline-block;background:hsl(var(--h) 90% 85%);border-bottom:2px solid hsl(var(--h) 70% 30%);padding:0 .3rem;font-weight:700}
.none{color:#444;font-style:italic}
.key{color:#444;font-size:.8125rem;border-bottom:1px solid #ddd;padding-bottom:.5rem}
@media print{mark.v{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`.trim();

/** The page's head: inline CSS, and a policy that lets the page load or run nothing. */
export function htmlHead(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<p class="key">Each event's values are marked in its colour at the words they were read from: <b>trigger</b> in bold with the event's number, then date, place, attackers, targets, weapons, killed, wounded and the reporting source. Hover a mark for the field${' '}and value (and the rule, with <code>--explain</code>).</p>
`;
}

export function htmlFoot(): string {
  return '</body>\n</html>\n';
}

/** A whole page: results with the texts they were coded from, in the same order. */
export function renderHtml(results: ArticleResult[], texts: string[], title?: string): string {
  const t = title ?? (results.length === 1 ? (results[0]!.article.headline ?? results[0]!.article.id) : `wirecoder: ${results.length} articles`);
  return htmlHead(t) + results.map((r, i) => renderHtmlArticle(r, texts[i] ?? '')).join('') + htmlFoot();
}
