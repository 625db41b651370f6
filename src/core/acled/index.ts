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
import type { Role } from './rules.js';
import { acledActor, acledFatalities } from './names.js';
import { acledSides } from './sides.js';

export { ACLED_GROUPS, ACLED_KINDS, ACLED_COUNTRY_NAMES, ACLED_FILL, ACLED_SIDES, ACLED_FATALITIES, ACLED_ASSOC, type AcledAssocRule, type AcledRule, type AcledFillRule, type AcledSideRule, type Inter, type Role } from './rules.js';
export { acledActor, acledCountryCode, acledCountryName, acledFatalities, type AcledName } from './names.js';
export { acledSides, camp, relation, type AcledSide } from './sides.js';

/** ACLED's interaction code: both inter codes, smaller first; one actor alone: its code and 0. */
export function interaction(inter1: number | null, inter2: number | null): number | null {
  if (inter1 === null && inter2 === null) return null;
  if (inter1 === null || inter2 === null) return (inter1 ?? inter2)! * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/** The refiner: every attacker and target of the event gets `acled_actor` and `inter` (and, with explain, the rules that named them and that place them on ACLED's sides). */
export function withAcledActors(e: EventRecord): EventRecord {
  const country = e.location?.country_code ?? null;
  const rules: string[] = [];
  const name = (role: Role) => (a: Actor): Actor => {
    const n = acledActor(a, role, country);
    rules.push(n.rule);
    return { ...a, acled_actor: n.acled_actor, inter: n.inter };
  };
  const out: EventRecord = { ...e, attackers: e.attackers.map(name('attacker')), targets: e.targets.map(name('target')) };
  if (!e.explain) return out;
  const { side1, side2 } = acledSides(out);
  rules.push(...side1.rules, ...side2.rules);
  if (rules.length) out.explain = { ...e.explain, acled_actor: [...new Set(rules)] };
  const dead = acledFatalities(e.killed);
  if (dead.rule) out.explain = { ...(out.explain ?? e.explain), acled_fatalities: [dead.rule] };
  return out;
}
