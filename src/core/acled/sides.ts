// An event's two sides as an ACLED row has them (actor1 and its associated
// actors, actor2 and its associated actors), from the attackers and targets
// and their ACLED names, by the rules of rules.ts: ACLED_SIDES for actors on
// the wrong side, ACLED_FILL for a side the note leaves empty. Pure.
import type { Actor, EventRecord } from '../types.js';
import { ACLED_ASSOC, ACLED_FILL, ACLED_FORCE_ACRONYMS, ACLED_SIDES, type AcledFillRule, type AcledSideRule, type Role } from './rules.js';
import { countryByDemonym } from '../geo/countries.js';
import { acledActor, fill } from './names.js';

export interface AcledSide {
  /** ACLED actor names, the first is the side's actor, the rest its associated actors. */
  actors: string[];
  inter: number | null;
  /** The rules that put actors on this side, moved them off it or filled it. */
  rules: string[];
}

interface Named {
  acled: string;
  inter: number | null;
}

const STATE_NAME = /^(?:Military|Police) Forces of (?:the )?|^Government of (?:the )?/;

/** The camp of an actor: "state:<country>" for a state's forces, "group:<name>" for a non-state armed group, null for the rest. */
export function camp(n: Named): string | null {
  if (STATE_NAME.test(n.acled) && (n.inter === 1 || n.inter === 8)) return `state:${n.acled.replace(STATE_NAME, '')}`;
  if (n.inter === 2 || n.inter === 3 || n.inter === 4) return `group:${n.acled}`;
  return null;
}

/**
 * How two actors stand: the same actor; opposed camps (a state's forces and a group; two states' forces or two groups
 * in a battle); allied ones (one camp, or two states or two groups outside a battle: a coalition's strike); or none.
 */
export function relation(a: Named, b: Named, battle: boolean): 'same' | 'opposed' | 'allied' | null {
  if (a.acled === b.acled) return 'same';
  const x = camp(a);
  const y = camp(b);
  if (!x || !y) return null;
  if (x === y) return 'allied';
  const states = [x, y].filter((c) => c.startsWith('state:')).length;
  return states === 1 || battle ? 'opposed' : 'allied';
}

function named(e: EventRecord, actors: Actor[], role: Role): Named[] {
  const country = e.location?.country_code ?? null;
  const out: Named[] = [];
  for (const a of actors) {
    const n = a.acled_actor !== undefined ? { acled_actor: a.acled_actor, inter: a.inter ?? null } : acledActor(a, role, country);
    if (n.acled_actor && !out.some((o) => o.acled === n.acled_actor)) out.push({ acled: n.acled_actor, inter: n.inter });
  }
  return out;
}

/** The associated actors of the civilians attacked (ACLED_ASSOC): who they are, by their words; each with its rule. */
function assocActors(e: EventRecord): (Named & { rule: string })[] {
  const country = e.location?.country_code ?? null;
  const out: (Named & { rule: string })[] = [];
  for (const t of e.targets) {
    if (!(t.acled_actor ?? '').startsWith('Civilians')) continue;
    for (const r of ACLED_ASSOC) {
      const m = r.match;
      if (m.kind && !m.kind.includes(t.kind)) continue;
      if (!m.words.test(t.name) && !m.words.test(t.text)) continue;
      if (m.evidence && !e.evidence.some((s) => m.evidence!.test(s.text))) continue;
      const acled = fill(r.then.acled, t.country_code ?? country);
      if (!out.some((o) => o.acled === acled)) out.push({ acled, inter: 7, rule: r.name });
    }
  }
  return out;
}

const sideRule = (role: Role, rel: string | null, battle = false): AcledSideRule | undefined => ACLED_SIDES.find((r) => r.match.role === role && r.match.relation === rel && (!r.match.battle || battle));

/** A name that tells no one in particular: an unidentified group, civilians. */
const GENERIC = /^(?:Unidentified Armed Group|Unidentified Communal Militia|Civilians)\b/;

/**
 * A generic target beside sides already named: an armed actor named on side 1 and one on side 2 (or among the targets);
 * civilians beside an armed actor1 (people caught in a battle); an unidentified group beside a named group as actor1
 * (its own fighters).
 */
function genericBesideNamed(t: Named, side1: Named[], others: Named[]): boolean {
  if (!GENERIC.test(t.acled) || !side1[0]) return false;
  const armed = (n: Named) => camp(n) !== null && !GENERIC.test(n.acled);
  if (armed(side1[0]) && others.some((o) => o !== t && armed(o))) return true;
  // civilians are no side of a battle; an unidentified group beside a named one is its fighters
  return armed(side1[0]) && (t.acled.startsWith('Civilians') || camp(side1[0])!.startsWith('group:'));
}

function fillMatches(r: AcledFillRule, e: EventRecord): boolean {
  const m = r.match;
  if (m.types && !m.types.includes(e.type)) return false;
  if (m.evidence && !e.evidence.some((s) => m.evidence!.test(s.text))) return false;
  if (m.notEvidence && e.evidence.some((s) => m.notEvidence!.test(s.text))) return false;
  if (m.hurt && !((e.killed?.value ?? 0) > 0 || (e.wounded?.value ?? 0) > 0)) return false;
  return true;
}

/** The country `{who}` of a fill rule names in the evidence: a demonym, a force's acronym, or the event's own ("government forces"). */
function whoCountry(r: AcledFillRule, e: EventRecord): string | null {
  for (const s of e.evidence) {
    const m = r.match.evidence?.exec(s.text);
    const who = m?.groups?.who ?? m?.groups?.who2;
    if (!who) continue;
    if (/^(?:government|regime|military|army|junta|air\s+force)$/i.test(who)) return e.location?.country_code ?? null;
    return ACLED_FORCE_ACRONYMS[who] ?? countryByDemonym(who)?.code ?? null;
  }
  return null;
}

/** The actor ACLED names on an empty side, by the first fill rule of that side that matches the event and names someone not on the other side. */
function fillSide(e: EventRecord, side: 1 | 2, other: Named[]): (Named & { rule: string }) | null {
  for (const r of ACLED_FILL) {
    if (r.side !== side || !fillMatches(r, e)) continue;
    const who = r.then.acled.includes('{who}') ? whoCountry(r, e) : null;
    if (r.then.acled.includes('{who}') && !who) continue;
    const acled = who ? fill(r.then.acled.replace('{who}', '{country}'), who) : fill(r.then.acled, e.location?.country_code ?? null);
    if (!other.some((o) => o.acled === acled)) return { acled, inter: r.then.inter, rule: r.name };
  }
  return null;
}

/**
 * The two sides: actor1 is the first attacker, an attacker opposed to it goes
 * to side 2, the targets follow (once, and not the attacker's own); a side
 * left empty is filled as ACLED fills it (ACLED_FILL); property has no name.
 */
export function acledSides(e: EventRecord): { side1: AcledSide; side2: AcledSide } {
  const battle = e.type === 'armed_clash';
  const side1: Named[] = [];
  const side2: Named[] = [];
  const rules1: string[] = [];
  const rules2: string[] = [];
  const attackers = named(e, e.attackers, 'attacker');
  if (attackers.length === 0) {
    const f = fillSide(e, 1, []);
    if (f) side1.push(f), rules1.push(f.rule);
  }
  for (const a of attackers) {
    const r = side1.length ? sideRule('attacker', relation(side1[0]!, a, battle)) : undefined;
    if (r?.then === 'side2') side2.push(a), rules2.push(r.name);
    else side1.push(a);
  }
  const targets = named(e, e.targets, 'target');
  const opposed = (n: Named) => side1.length > 0 && relation(side1[0]!, n, battle) === 'opposed';
  const facing = side2.some(opposed) || targets.some(opposed);
  for (const t of targets) {
    if (side2.some((s) => s.acled === t.acled)) continue;
    const generic = battle && genericBesideNamed(t, side1, [...side2, ...targets]) ? sideRule('target', 'generic', battle) : undefined;
    const rel = side1.some((s) => s.acled === t.acled) ? 'same' : side1.length ? relation(side1[0]!, t, battle) : null;
    const r = generic ?? sideRule('target', rel);
    if (r && (generic || rel === 'same' || facing)) rules2.push(r.name);
    else side2.push(t);
  }
  if (side2.length === 0) {
    const f = fillSide(e, 2, side1);
    if (f) side2.push(f), rules2.push(f.rule);
  }
  if (side2.some((n) => n.acled.startsWith('Civilians'))) for (const a of assocActors(e)) side2.push(a), rules2.push(a.rule);
  const side = (ns: Named[], rules: string[]): AcledSide => ({ actors: ns.map((n) => n.acled), inter: ns[0]?.inter ?? null, rules: [...new Set(rules)] });
  return { side1: side(side1, rules1), side2: side(side2, rules2) };
}
