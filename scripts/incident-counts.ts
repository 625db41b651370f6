// node dist/scripts/incident-counts.js [--scope terrorism] [--list] DIR…: where the incident model errs, counted per
// article against gold, in the scorer's own pairing (pairEvents):
// - gold events against our events (articles with more, fewer);
// - over-splitting: our events paired with no gold event that share a slot (a target, the place or the day) with
//   the gold event paired to another of ours (a second record of one incident);
// - spread slots: slots of a paired gold event missed on its pair but found on another record of ours (split on an
//   unpaired sibling, or on a record paired with another gold event);
// - fused: gold events paired with nothing while a record of ours paired elsewhere scores ≥ 2 with them or holds a
//   target or the place of theirs (two incidents told as one).
// `--list` prints one line per finding (article, kind, detail) after the counts.
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { checkGold, nameMatch, pairEvents, pairScore, scoreArticle, slotTotals, type Alternatives, type GoldEvent } from '../src/eval/score.js';

const args = process.argv.slice(2);
const scope = args.includes('--scope') ? (args[args.indexOf('--scope') + 1] as 'terrorism') : 'all';
const list = args.includes('--list');
/** `--dump FILE`: each article's event and slot counts (tp fp fn), as JSON, to compare two runs. */
const dump = args.includes('--dump') ? args[args.indexOf('--dump') + 1]! : null;
const perArticle: Record<string, number[]> = {};
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--scope' && args[i - 1] !== '--dump');

const alts = (g: Alternatives) => (Array.isArray(g) ? g : [g]);
const itemIn = (g: Alternatives, items: { name: string; text: string }[]) => items.some((p) => alts(g).some((n) => nameMatch(n, p.name) || nameMatch(n, p.text)));
const locIn = (g: GoldEvent, p: EventRecord) =>
  !!g.location?.name && !!p.location && [p.location.name, p.location.place, p.location.admin1].some((n) => !!n && nameMatch(g.location!.name!, n));
const dateIn = (g: GoldEvent, p: EventRecord) => !!g.date && !!p.date.value && g.date.length === 10 && p.date.value === g.date;
const count = (gv: GoldEvent['killed'], p: EventRecord['killed']) => gv !== undefined && !!p && (typeof gv === 'number' ? p.value === gv : p.low === gv.low && p.high === gv.high);

/** A slot by its field and the text held ("targets:X" of two gold events are one when they name the same). */
const key = (s: string) => s.toLowerCase();

/** The slots of a gold event an event of ours holds: "targets:X", "location", … */
function slotsHeld(g: GoldEvent, p: EventRecord): string[] {
  const out: string[] = [];
  for (const f of ['attackers', 'targets', 'weapons'] as const) for (const x of g[f] ?? []) if (itemIn(x, p[f])) out.push(`${f}:${alts(x)[0]}`);
  if (locIn(g, p)) out.push('location');
  if (dateIn(g, p)) out.push('date');
  if (count(g.killed, p.killed)) out.push('killed');
  if (count(g.wounded, p.wounded)) out.push('wounded');
  return out;
}

const c = { articles: 0, multi: 0, gold: 0, ours: 0, paired: 0, more: 0, fewer: 0, overSplit: 0, overSplitArticles: new Set<string>(), spreadEvents: 0, spreadOnUnpaired: 0, spreadOnPaired: 0, fused: 0 };
const spreadByField: Record<string, number> = {};
const findings: string[] = [];
const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.gold.json')).sort().map((f) => path.join(d, f)));
for (const gp of files) {
  const gold = checkGold(JSON.parse(fs.readFileSync(gp, 'utf8').replace(/^\uFEFF/, '')));
  const tp = gp.replace(/\.gold\.json$/, '.txt');
  const id = path.basename(tp, '.txt');
  const ours = extract(fs.readFileSync(tp, 'utf8').replace(/^\uFEFF/, ''), { id, source: tp, published: gold.published ?? null, publishedFrom: 'metadata', scope }).events;
  const G = gold.events;
  const pairs = pairEvents(G, ours);
  const sc = scoreArticle(G, ours);
  const st = slotTotals(sc);
  perArticle[id] = [sc.events.tp, sc.events.fp, sc.events.fn, st.tp, st.fp, st.fn];
  const goldOf = new Map(pairs.map(([i, j]) => [j, i]));
  const oursOf = new Map(pairs.map(([i, j]) => [i, j]));
  c.articles++;
  if (G.length > 1) c.multi++;
  c.gold += G.length;
  c.ours += ours.length;
  c.paired += pairs.length;
  if (ours.length > G.length) c.more++;
  if (ours.length < G.length) c.fewer++;
  // over-splitting: an unpaired record holding a slot of a gold event that is paired with another record
  ours.forEach((q, j) => {
    if (goldOf.has(j)) return;
    const hits = pairs.map(([i]) => ({ i, s: slotsHeld(G[i]!, q) })).filter((x) => x.s.length > 0);
    if (hits.length === 0) return;
    c.overSplit++;
    c.overSplitArticles.add(id);
    findings.push(`${id}\tover-split\tours#${j} ${q.type} "${q.trigger.text}" ~ gold#${hits[0]!.i} (ours#${oursOf.get(hits[0]!.i)}): ${hits[0]!.s.join(', ')}`);
  });
  // spread: slots of a paired gold event missed on its pair, held by another record
  for (const [i, j] of pairs) {
    const mine = new Set(slotsHeld(G[i]!, ours[j]!));
    let spread = false;
    ours.forEach((q, k) => {
      if (k === j) return;
      // on a record paired with another gold event, only slots that gold event does not have (misplaced, not shared)
      const own = goldOf.has(k) ? new Set(slotsHeld(G[goldOf.get(k)!]!, q).map(key)) : new Set<string>();
      const extra = slotsHeld(G[i]!, q).filter((s) => !mine.has(s) && !own.has(key(s)));
      if (extra.length === 0) return;
      spread = true;
      for (const s of extra) spreadByField[s.split(':')[0]!] = (spreadByField[s.split(':')[0]!] ?? 0) + 1;
      if (goldOf.has(k)) c.spreadOnPaired += extra.length;
      else c.spreadOnUnpaired += extra.length;
      findings.push(`${id}\tspread\tgold#${i} (ours#${j} ${ours[j]!.type} "${ours[j]!.trigger.text}") has on ours#${k} ${q.type} "${q.trigger.text}"${goldOf.has(k) ? ` [paired gold#${goldOf.get(k)}]` : ''}: ${extra.join(', ')}`);
    });
    if (spread) c.spreadEvents++;
  }
  // fused: an unpaired gold event that a record paired elsewhere would pair with or holds a target/the place of
  G.forEach((g, i) => {
    if (oursOf.has(i)) return;
    const hit = pairs.find(([, j]) => pairScore(g, ours[j]!) >= 2 || slotsHeld(g, ours[j]!).some((s) => s.startsWith('targets') || s === 'location'));
    if (!hit) return;
    c.fused++;
    findings.push(`${id}\tfused\tgold#${i} ${JSON.stringify(g.type)} ${g.date ?? ''} ${g.location?.name ?? ''} in ours#${hit[1]} (paired gold#${hit[0]}): ${slotsHeld(g, ours[hit[1]]!).join(', ')}`);
  });
}
console.log(`articles ${c.articles} (with ≥2 gold events ${c.multi}); gold events ${c.gold}, ours ${c.ours}, paired ${c.paired}`);
console.log(`articles where we have more events than gold ${c.more}, fewer ${c.fewer}`);
console.log(`over-split records (unpaired, holding a slot of a paired gold event) ${c.overSplit} in ${c.overSplitArticles.size} articles`);
console.log(`gold events with slots spread over another record ${c.spreadEvents}; slots on unpaired siblings ${c.spreadOnUnpaired}, on records paired elsewhere ${c.spreadOnPaired}`);
console.log(`spread slots by field ${JSON.stringify(spreadByField)}`);
console.log(`fused (unpaired gold event held by a record paired elsewhere) ${c.fused}`);
if (dump) fs.writeFileSync(dump, JSON.stringify(perArticle));
if (list) for (const f of findings) console.log(f);
