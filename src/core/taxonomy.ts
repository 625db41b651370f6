// Event types → ACLED event/sub-event types and CAMEO codes (docs/taxonomy.md).
import type { Actor, EventType } from './types.js';

interface TypeInfo {
  acled: [string, string];
  cameo: string;
  /** ACLED decides the sub-event by target: civilians → Violence against civilians / Attack. */
  byTarget?: boolean;
}

export const TYPES: Record<EventType, TypeInfo> = {
  air_strike: { acled: ['Explosions/Remote violence', 'Air/drone strike'], cameo: '195' },
  shelling: { acled: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], cameo: '194' },
  bombing: { acled: ['Explosions/Remote violence', 'Remote explosive/landmine/IED'], cameo: '183' },
  suicide_bombing: { acled: ['Explosions/Remote violence', 'Suicide bomb'], cameo: '1831' },
  grenade: { acled: ['Explosions/Remote violence', 'Grenade'], cameo: '183' },
  armed_clash: { acled: ['Battles', 'Armed clash'], cameo: '190' },
  armed_assault: { acled: ['Battles', 'Armed clash'], cameo: '190', byTarget: true },
  assassination: { acled: ['Violence against civilians', 'Attack'], cameo: '186' },
  abduction: { acled: ['Violence against civilians', 'Abduction/forced disappearance'], cameo: '181' },
  arson: { acled: ['Strategic developments', 'Looting/property destruction'], cameo: '180' },
  raid: { acled: ['Battles', 'Armed clash'], cameo: '190' },
  attack: { acled: ['Battles', 'Armed clash'], cameo: '190', byTarget: true },
};

/**
 * Precedence when several words of one event fit: the taxonomy's table order,
 * except that suicide_bombing is taken as more specific than bombing and
 * grenade (a "suicide car bomb" is a suicide bombing), grenade as more
 * specific than bombing (a grenade that "exploded" is a grenade attack), and abduction and
 * assassination as more specific than armed_assault ("gunmen kidnapped 15
 * students" is an abduction, "gunmen shot dead the prosecutor" an
 * assassination): the spec's order would make every armed kidnapping an assault.
 */
export const TYPE_PRECEDENCE: EventType[] = [
  'suicide_bombing',
  'air_strike',
  'shelling',
  'grenade',
  'bombing',
  'abduction',
  'assassination',
  'armed_clash',
  'armed_assault',
  'arson',
  'raid',
  'attack',
];

export function moreSpecific(a: EventType, b: EventType): EventType {
  return TYPE_PRECEDENCE.indexOf(a) <= TYPE_PRECEDENCE.indexOf(b) ? a : b;
}

const ARMED: ReadonlySet<string> = new Set(['state', 'military', 'police', 'armed_group']);

/** ACLED names for a type given its targets (an attack on unarmed civilians is violence against civilians). */
export function acledFor(type: EventType, targets: Actor[], hasPeopleKilledOnly = false): [string, string] {
  const info = TYPES[type];
  if (type === 'arson' && hasPeopleKilledOnly) return ['Violence against civilians', 'Attack'];
  if (!info.byTarget) return info.acled;
  const people = targets.filter((t) => t.kind !== 'facility');
  if (people.length > 0 && people.every((t) => !ARMED.has(t.kind))) return ['Violence against civilians', 'Attack'];
  return info.acled;
}
