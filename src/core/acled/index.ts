// ACLED names for actors (rules.ts), applied when records are built: each
// attacker and target gets `acled_actor` and `inter`. Pure.
//
// ACLED's conventions followed here (its codebook, as we know it):
// - the country in "Military Forces of X" / "Civilians (X)" is the actor's own
//   (its country_code), else the country where the event took place;
// - state forces of a country other than the event's are external forces
//   (inter 8); the name stays theirs ("Military Forces of Russia" in Ukraine);
// - interaction: the two inter codes, smaller first ("17"); one actor alone
//   gives its code and 0 ("10", "20").
import type { Actor, EventRecord } from '../types.js';
import { countryByCode, countryByName } from '../geo/countries.js';
import { ACLED_COUNTRY_NAMES, ACLED_COUNTRY_THE, ACLED_GROUPS, ACLED_KINDS, type AcledRule, type Inter, type Role } from './rules.js';

export { ACLED_GROUPS, ACLED_KINDS, ACLED_COUNTRY_NAMES, type AcledRule, type Inter, type Role } from './rules.js';

export interface AcledName {
  acled_actor: string | null;
  inter: Inter | null;
  rule: string;
}

/** A country's name as ACLED spells it ("DR Congo" → "Democratic Republic of Congo"). */
export function acledCountryName(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.toUpperCase();
  return ACLED_COUNTRY_NAMES[c] ?? countryByCode(c)?.name ?? null;
}

/** The ISO code of a country named as ACLED (or anyone) spells it. */
export function acledCountryCode(name: string): string | null {
  const n = name.trim().toLowerCase();
  for (const [code, acled] of Object.entries(ACLED_COUNTRY_NAMES)) if (acled.toLowerCase() === n) return code;
  return countryByName(n)?.code ?? null;
}

function matches(rule: AcledRule, a: Actor, role: Role): boolean {
  const m = rule.match;
  if (m.actor !== undefined && m.actor !== a.name) return false;
  if (m.kind && !m.kind.includes(a.kind)) return false;
  if (m.role && m.role !== role) return false;
  if (m.words && !m.words.test(a.name) && !m.words.test(a.text)) return false;
  return true;
}

const STATE_KINDS = new Set(['state', 'military', 'police', 'government']);

/** Fills `{country}` (ISO code), "of the" where ACLED writes it; with no country known, the parenthesis or "of" goes ("Civilians", "Military Forces"). */
function fill(template: string, code: string | null): string {
  const country = acledCountryName(code);
  if (country) return template.replace(' of {country}', ` of ${ACLED_COUNTRY_THE.has(code!.toUpperCase()) ? 'the ' : ''}${country}`).replace('{country}', country);
  return template.replace(' ({country})', '').replace(' of {country}', '');
}

/**
 * ACLED's name and inter code for an actor in a role, given the country of
 * the event (ISO code, null when unknown).
 */
export function acledActor(a: Actor, role: Role, eventCountry: string | null): AcledName {
  const rule = ACLED_GROUPS.find((r) => matches(r, a, role)) ?? ACLED_KINDS.find((r) => matches(r, a, role));
  const own = a.country_code ?? eventCountry;
  if (!rule) {
    // a named group of the user's dictionary (--actors) that the table lacks: its own name, a rebel group
    return { acled_actor: a.name, inter: 2, rule: 'acled-named-group' };
  }
  let inter = rule.then.inter;
  if (inter === 1 && STATE_KINDS.has(a.kind) && a.country_code && eventCountry && a.country_code !== eventCountry) inter = 8;
  return { acled_actor: rule.then.acled === null ? null : fill(rule.then.acled, own), inter, rule: rule.name };
}

/** ACLED's interaction code: both inter codes, smaller first; one actor alone: its code and 0. */
export function interaction(inter1: number | null, inter2: number | null): number | null {
  if (inter1 === null && inter2 === null) return null;
  if (inter1 === null || inter2 === null) return (inter1 ?? inter2)! * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/** The refiner: every attacker and target of the event gets `acled_actor` and `inter` (and, with explain, the rules). */
export function withAcledActors(e: EventRecord): EventRecord {
  const country = e.location?.country_code ?? null;
  const rules: string[] = [];
  const name = (role: Role) => (a: Actor): Actor => {
    const n = acledActor(a, role, country);
    rules.push(n.rule);
    return { ...a, acled_actor: n.acled_actor, inter: n.inter };
  };
  const out: EventRecord = { ...e, attackers: e.attackers.map(name('attacker')), targets: e.targets.map(name('target')) };
  if (e.explain && rules.length) out.explain = { ...e.explain, acled_actor: [...new Set(rules)] };
  return out;
}

export interface AcledSide {
  /** ACLED actor names, the first is the side's actor, the rest its associated actors. */
  actors: string[];
  inter: number | null;
}

/**
 * The two sides of an event as an ACLED row has them: actor1 and its
 * associated actors from the attackers, actor2 from the targets; property
 * (no ACLED name) left out and repeated names once. No attacker named: ACLED's
 * "Unidentified Armed Group (X)" of the event's country, inter 3.
 */
export function acledSides(e: EventRecord): { side1: AcledSide; side2: AcledSide } {
  const side = (actors: Actor[], role: Role): AcledSide => {
    const named = actors.map((a) => (a.acled_actor !== undefined ? { acled_actor: a.acled_actor, inter: a.inter ?? null } : acledActor(a, role, e.location?.country_code ?? null))).filter((n) => n.acled_actor);
    const names = [...new Set(named.map((n) => n.acled_actor!))];
    return { actors: names, inter: named[0]?.inter ?? null };
  };
  const side1 = side(e.attackers, 'attacker');
  if (side1.actors.length === 0) {
    const unknown = acledActor({ name: 'gunmen', text: '', start: 0, end: 0, kind: 'armed_group', country_code: null, affiliation: null }, 'attacker', e.location?.country_code ?? null);
    side1.actors.push(unknown.acled_actor!);
    side1.inter = unknown.inter;
  }
  return { side1, side2: side(e.targets, 'target') };
}
