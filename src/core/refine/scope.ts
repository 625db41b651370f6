// Refiner: the coding scope. `all` (the default) keeps every kind of
// political violence, as ACLED codes it: battles between armed sides too.
// `terrorism` keeps what the terrorism data sets code (MUC-4's task
// definition, and the GTD's in spirit): violence against civilians,
// officials, police and property; it drops combat between armed sides
// (clashes, attacks whose every target is a military force or an armed
// group, soldiers kidnapped from a patrol). Each rule has a name.
import type { ActorKind, EventRecord } from '../types.js';

export type Scope = 'all' | 'terrorism';
export const SCOPES: readonly Scope[] = ['all', 'terrorism'];

/** Combatants: an attack on them is a battle, not terrorism. Police are not: attacks on police are in scope. */
export const COMBATANT_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>(['military', 'armed_group']);

export interface ScopeRule {
  name: string;
  /** true when the event is outside the scope */
  drop: (e: EventRecord) => boolean;
}

export const SCOPE_RULES: Record<Scope, ScopeRule[]> = {
  all: [],
  terrorism: [
    { name: 'terrorism-no-clash', drop: (e) => e.type === 'armed_clash' },
    { name: 'terrorism-no-combatant-target', drop: (e) => e.targets.length > 0 && e.targets.every((t) => COMBATANT_KINDS.has(t.kind)) },
  ],
};

/** The events inside the scope, with the rule that dropped each of the others. */
export function applyScope(events: EventRecord[], scope: Scope = 'all'): { kept: EventRecord[]; dropped: { event: EventRecord; rule: string }[] } {
  const kept: EventRecord[] = [];
  const dropped: { event: EventRecord; rule: string }[] = [];
  for (const e of events) {
    const rule = SCOPE_RULES[scope].find((r) => r.drop(e));
    if (rule) dropped.push({ event: e, rule: rule.name });
    else kept.push(e);
  }
  return { kept, dropped };
}
