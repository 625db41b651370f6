// Event-mention rules over the language layer (src/core/lang): records of
// {name, match, then, examples}, applied by firstRule. `reject`: the trigger
// is no incident; `specific`: a bare plural that would be generic reports
// incidents. Each example is checked by test/lang.test.ts.
import type { LayerRule } from '../../lang/match.js';
import type { EventType } from '../../types.js';

/** Nouns after a trigger that still make the phrase an incident ("bomb attack", "shooting victims"). */
const EVENT_HEADS = ['attack', 'attacks', 'explosion', 'explosions', 'blast', 'blasts', 'incident', 'incidents', 'victim', 'victims', 'survivor', 'survivors', 'toll', 'scene', 'site', 'spree', 'wave', 'death', 'deaths',
  'action', 'actions', 'operation', 'operations', 'activity', 'activities', 'mission', 'missions', 'strike', 'strikes', 'fire', 'campaign', 'raid', 'raids', 'tonight', 'today', 'yesterday', 'here', 'there', 'overnight'];

export type MentionThen = 'reject' | 'specific';

export const MENTION_RULES: LayerRule<MentionThen>[] = [
  {
    // a trigger noun that modifies the noun after it names a thing, not an incident
    name: 'compound-modifier',
    match: { head: { tags: ['Noun'], notTags: ['Verb'], notEnds: ['ing', 'ed'] }, next: { tags: ['Noun'], notTags: ['Date', 'Value', 'Pronoun', 'ProperNoun', 'Possessive', 'Place', 'Verb', 'Adverb'], notWords: EVENT_HEADS } },
    then: 'reject',
    examples: {
      pos: ['Police seized grenade launchers and rifles in the raid.', 'Attack helicopters flew over the city.', 'The bomb squad defused the device.', 'His name stands at the top of the hit list.'],
      neg: ['A bomb exploded near the market.', 'The bomb attack killed three people.', 'The rebels carried out sabotage actions against the power grid.', 'Planes were bombing areas near the capital.'],
    },
  },
];

/**
 * Everyday senses over the layer, tried on a weak verb trigger whose sentence
 * names no violence (senses.ts): who did what to whom says it is no attack.
 */
export const SENSE_LAYER_RULES: LayerRule<'reject'>[] = [
  {
    // "attacked the investigation as 'Witch Hunt garbage'": to attack something as something is to call it that
    name: 'verbal-attack-as',
    match: { role: ['verb'], verb: { lemma: ['attack', 'slam', 'blast'], voice: 'active' }, pp: { preps: ['as'], nominal: true } },
    then: 'reject',
    examples: {
      pos: ['Trump attacked the impeachment investigation as "Witch Hunt garbage."', 'On live television Erdogan also attacked the proclamation of Golan Heights as official Israeli territory.', 'The mayor attacked the scheme as a waste of money.'],
      neg: ['Gunmen attacked the police station in the town on Sunday.', 'Men attacked the convoy as it left the base.', 'Gunmen attacked the police station as night fell.'],
    },
  },
];

/**
 * Layer rules that type a mention by what its clause says of it: `then` is
 * the type it reports. Tried on the trigger forms their head names
 * (TYPE_LAYER_FORMS), so that no other sentence builds its layer for them.
 */
export const TYPE_LAYER_RULES: LayerRule<EventType>[] = [
  {
    // a monitoring mission's tally of explosions is shelling, never a bombing: "recorded 5 explosions and 40 bursts of fire"
    name: 'monitor-tally',
    match: { head: { words: ['explosion', 'explosions'] }, role: ['object', 'subject'], verb: { lemma: ['record', 'observe', 'register', 'count', 'log'], negated: false } },
    then: 'shelling',
    examples: {
      pos: ['On 9 April 2024, the monitoring mission recorded 5 explosions and 40 bursts of fire near Tovuz.', 'UNIFIL observed 20 explosions of artillery shells in the vicinity of Khiam.', 'Monitors recorded 12 undetermined explosions near Avdiivka.', 'Five explosions were recorded near Tovuz overnight.'],
      neg: ['Residents heard several explosions near the airport.', 'Two explosions killed four people at the market.', 'Police recorded no explosions in the area.'],
    },
  },
];

/** The trigger forms a type layer rule may hold for (the words of its head). */
export const TYPE_LAYER_FORMS: ReadonlySet<string> = new Set(TYPE_LAYER_RULES.flatMap((r) => r.match.head?.words ?? []));
