// `wirecoder eval --acled EXPORT.csv`: score wirecoder against an ACLED
// export. Each row's `notes` is an article published on its `event_date`;
// the row's fields are the gold of that article's one event, in gold.md's
// shape, so src/eval/score.ts scores it as it scores any gold file:
// - type: every type of ours whose ACLED codes (docs/taxonomy.md, taxonomy.ts)
//   can be the row's event type / sub-event type; rows of Protests and of
//   Strategic developments we do not code (arrests, agreements, weapons
//   seized…) are articles with no event, so what wirecoder codes there is a
//   false event; rows of other types we do not code (riots: mob violence may
//   be an attack in our terms) and protests met with excessive force (forces
//   firing on a crowd are an attack in our terms) are skipped and counted;
// - date: event_date, to the day at time_precision 1, to the month otherwise;
// - location: `location` (or `admin1` at geo_precision 3) and the country;
// - attackers: actor1 or one of its associated actors (one slot), targets
//   likewise from actor2; compared with what `--format acled` writes
//   (acled_actor names; "Unidentified Armed Group (X)" when no attacker is named).
//   In a battle ACLED's two actors are the two sides in no order, so a
//   prediction's sides are swapped when that matches the row better;
// - killed: fatalities, compared with the low figure `--format acled` writes
//   (0 when the text gives none).
// Pure apart from runAcledEval, which reads the file.
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../core/index.js';
import type { Actor, EventRecord, EventType } from '../core/types.js';
import type { Scope } from '../core/refine/scope.js';
import { TYPES } from '../core/taxonomy.js';
import { acledCountryCode, acledSides } from '../core/acled/index.js';
import { addScores, emptyScore, nameMatch, scoreArticle, type Alternatives, type GoldEvent } from './score.js';
import { addToSplit, emptySplit, type EvalReport } from './report.js';

/** RFC 4180: quoted cells with doubled quotes and line breaks; CRLF or LF rows; a byte order mark dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows.filter((r) => r.some((x) => x.trim() !== ''));
}

/** Our types whose ACLED codes can be this event type / sub-event type (attack and armed_assault on civilians, arson with people attacked). */
export function typesForAcled(eventType: string, subEventType: string): EventType[] {
  const out: EventType[] = [];
  for (const [t, info] of Object.entries(TYPES) as [EventType, (typeof TYPES)[EventType]][]) {
    const [et, sub] = info.acled;
    const codes: [string, string][] = [[et, sub]];
    if (info.byTarget || t === 'arson') codes.push(['Violence against civilians', 'Attack']);
    // ACLED's other battle sub-events (territory taken or regained) are battles all the same
    if (et === 'Battles') codes.push(['Battles', '*']);
    if (codes.some(([e, s]) => e === eventType && (s === subEventType || s === '*'))) out.push(t);
  }
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** event_date as ACLED exports write it, now or formerly: 2024-03-12, 2024/03/12, "12 March 2024", "12-March-2024", "12-Mar-24" → YYYY-MM-DD. */
export function acledDate(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /^(\d{1,2})[-\s]([A-Za-z]{3,9})[-\s](\d{2}|\d{4})$/.exec(t);
  const month = m ? MONTHS.findIndex((x) => x.startsWith(m![2]!.toLowerCase())) : -1;
  if (!m || month < 0) return null;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3];
  return `${year}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

export interface AcledArticle {
  id: string;
  text: string;
  published: string;
  /** The row's event; null for a row that reports no event we code (a peaceful protest, an arrest). */
  gold: GoldEvent | null;
}

/** ACLED event types whose rows, when no type of ours maps to them, report no violent event at all. */
const NO_EVENT_TYPES = /^(protests|strategic developments)$/i;
/** …except these sub-events, which are violence by our taxonomy (forces firing on a crowd): skipped and counted, as riots are. */
const VIOLENT_SUB_EVENTS = /^excessive force against protesters$/i;

const REQUIRED = ['event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'location', 'fatalities', 'notes'];
const side = (actor: string, assoc: string | undefined) => [actor, ...(assoc ?? '').split(/;\s*/)].map((s) => s.trim()).filter(Boolean);

/** One row → an article and its gold event (none for a protest or a non-violent development); the reason for a row skipped. */
function rowToArticle(r: Record<string, string>, id: string): AcledArticle | { skip: string } {
  const type = typesForAcled(r.event_type!, r.sub_event_type!);
  const noEvent = type.length === 0 && NO_EVENT_TYPES.test(r.event_type!.trim()) && !VIOLENT_SUB_EVENTS.test(r.sub_event_type!.trim());
  if (type.length === 0 && !noEvent) return { skip: `${r.event_type} / ${r.sub_event_type}` };
  const date = acledDate(r.event_date!);
  if (!date) throw new Error(`${id}: event_date "${r.event_date}" is not a date (YYYY-MM-DD, "12 March 2024", "12-March-2024")`);
  if (noEvent) return { id, text: r.notes!, published: date, gold: null };
  const gold: GoldEvent = { type, date: r.time_precision && r.time_precision.trim() !== '1' ? date.slice(0, 7) : date };
  const cc = acledCountryCode(r.country ?? '');
  const name = (r.geo_precision?.trim() === '3' && r.admin1?.trim()) || r.location?.trim();
  if (name || cc) gold.location = { ...(name ? { name } : {}), ...(cc ? { country_code: cc } : {}) };
  const a1 = side(r.actor1!, r.assoc_actor_1);
  const a2 = side(r.actor2!, r.assoc_actor_2);
  if (a1.length) gold.attackers = [a1];
  if (a2.length) gold.targets = [a2];
  const dead = r.fatalities!.trim();
  if (/^\d+$/.test(dead)) gold.killed = Number(dead);
  return { id, text: r.notes!, published: date, gold };
}

/** The rows of an ACLED export (header row first) as articles with gold; rows of other types counted by type. */
export function acledArticles(csv: string, name = 'acled'): { articles: AcledArticle[]; skipped: Map<string, number> } {
  const [header, ...rows] = parseCsv(csv);
  if (!header) throw new Error('empty file');
  const cols = header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !cols.includes(c));
  if (missing.length) throw new Error(`not an ACLED export: no column ${missing.join(', ')}`);
  const articles: AcledArticle[] = [];
  const skipped = new Map<string, number>();
  rows.forEach((cells, i) => {
    const r = Object.fromEntries(cols.map((c, k) => [c, cells[k] ?? '']));
    const a = rowToArticle(r, r.event_id_cnty?.trim() || `${name}:${i + 2}`);
    if ('skip' in a) skipped.set(a.skip, (skipped.get(a.skip) ?? 0) + 1);
    else articles.push(a);
  });
  return { articles, skipped };
}

/** A prediction as `--format acled` writes it: actors by their ACLED names, killed as the low figure (0 when none). */
export function asAcledWrites(e: EventRecord): EventRecord {
  const { side1, side2 } = acledSides(e);
  const actor = (name: string): Actor => ({ name, text: name, start: 0, end: 0, kind: 'unknown', country_code: null, affiliation: null });
  const low = e.killed?.low ?? 0;
  const killed = e.killed ? { ...e.killed, value: low, high: low } : { value: 0, low: 0, high: 0, approximate: false, text: '', start: 0, end: 0, reports: [] };
  return { ...e, attackers: side1.actors.map(actor), targets: side2.actors.map(actor), killed };
}

const hits = (gold: Alternatives[] | undefined, pred: Actor[]) => (gold ?? []).filter((g) => pred.some((p) => [g].flat().some((n) => nameMatch(n, p.name)))).length;

/** A battle's sides in the order that matches the row's actor1/actor2 better (ACLED gives them in no order). */
export function orientBattle(gold: GoldEvent, p: EventRecord): EventRecord {
  if (![gold.type].flat().includes('armed_clash')) return p; // only rows of Battles map to armed_clash
  const kept = hits(gold.attackers, p.attackers) + hits(gold.targets, p.targets);
  const swapped = hits(gold.attackers, p.targets) + hits(gold.targets, p.attackers);
  return swapped > kept ? { ...p, attackers: p.targets, targets: p.attackers } : p;
}

/** Scores every row of the export; the file is one corpus. */
export function runAcledEval(file: string, scope: Scope = 'all'): { report: EvalReport; skipped: Map<string, number> } {
  const { articles, skipped } = acledArticles(fs.readFileSync(file, 'utf8'), path.basename(file, '.csv'));
  let total = emptyScore();
  let split = emptySplit();
  const out: EvalReport['articles'] = [];
  for (const a of articles) {
    const res = extract(a.text, { id: a.id, source: file, published: a.published, publishedFrom: 'metadata', scope });
    const gold = a.gold;
    const s = gold ? scoreArticle([gold], res.events.map((e) => orientBattle(gold, asAcledWrites(e)))) : scoreArticle([], res.events.map(asAcledWrites));
    for (const d of s.disagreements) d.article = a.id;
    out.push({ id: a.id, corpus: file, score: s });
    total = addScores(total, s);
    split = addToSplit(split, gold ? 1 : 0, s);
  }
  return { report: { total, totalSplit: split, corpora: [{ name: file, articles: articles.length, score: total, split }], articles: out }, skipped };
}
