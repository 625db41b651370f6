// The inventory of named rules: every rule record of the lexicons, with the
// kind of decision it makes. `wirecoder rules` sets what fired against it, so
// a rule that never fires shows up. Labels written in code (a few
// refiners') are counted when they fire but are not listed here.
import { TRIGGERS, MODALITY, TYPE_CUES } from '../extract/events/lexicon.js';
import { SENSE_RULES } from '../extract/events/sense-rules.js';
import { DOMAINS, NAMED_PAST, READINGS } from '../extract/events/senses.js';
import { CLAUSE_RULES, MENTION_RULES, SENSE_LAYER_RULES, TYPE_LAYER_RULES } from '../extract/events/layer-rules.js';
import { TAG_FIXES } from '../lang/layer.js';
import { CHRONO_PARSERS, DATELINES, NEWS_PARSERS, REFINERS as DATE_REFINERS } from '../extract/dates/rules.js';
import { RULES as COUNT_RULES } from '../extract/counts/rules.js';
import { COUNT_LAYER_RULES } from '../extract/counts/layer-rules.js';
import { CLAIMANT_NAMED, POSTMODIFIED_PERSON, RESPONSIBILITY_RULES, REPORTER_RULES } from '../extract/actors/lexicon.js';
import { NAME_RULES, SURNAME_RULES } from '../extract/actors/names.js';
import { MENTION_LABELS } from '../extract/actors/index.js';
import { CARRIED_BEFORE, WEAPONS, WEAPON_LAYER_RULES, WEAPON_SENSE_RULES } from '../extract/weapons/lexicon.js';
import { OFFSET_BACK_REFERENCE, REPORT_PLACE_RULES } from '../refine/roles.js';
import { CLAUSE_ROLE_RULES, DAMAGE_RULES, HARM_RULES, NAMED_ONCE_RULES, FORCE_AIRCRAFT_RULES, IDENTIFIED_RULES, LIST_RULES, OWNER_RULES, POSSESSIVE_RULES, PP_ROLE_RULES, ROLE_RULES, SHARED_SUBJECT_RULES, SUSPECT_RULES, TITLE_RULES } from '../refine/roles.js';
import { MENTION_SCOPE_RULES, SCOPE_RULES, SCOPE_TARGET_RULES } from '../refine/scope.js';
import { LISTED_SUMMARY, SUMMARY } from '../refine/summary.js';
import { COUNTED_MEMBER, HEADLINE_INCIDENT, RECAP, SAME_NAMED_VICTIM, SINGLE_MERGE_RULES } from '../refine/merge.js';
import { FALLBACK_LAYER_SKIP_RULES, FALLBACK_SKIP_RULES, FALLBACK_TARGET_SKIP_RULES, FALLBACK_TYPE_SKIP_RULES, OWN_ORGANIZATION_RULES } from '../refine/record.js';
import { HISTORY, JUDICIAL_LEAD } from '../refine/retrospective.js';
import { BACK_REFERENCE_RULES } from '../refine/back-reference.js';
import { PLACE_LIST } from '../refine/place-list.js';
import { ACLED_ASSOC, ACLED_FATALITIES, ACLED_FILL, ACLED_GROUPS, ACLED_KINDS, ACLED_SIDES } from '../acled/rules.js';
import { DEMONYM_OF_REGION, KNOWN_SITE_RULE, LOCALITY_IN_ARTICLE_COUNTRY, NEIGHBOURHOOD_OF_CITY, STORY_COUNTRY_OF_PLACES, DATELINE_CAPITAL, UNLISTED_IN_CITY, SURNAME_NOT_PLACE, NEIGHBOURHOOD_OF_DATELINE, REGION_ADMIN1, REGION_BESIDE, REGION_UNKNOWN } from '../extract/places/lexicon.js';
import { LOCATION_RULES } from '../refine/location.js';
import { LEAD_REPORT_DAY, NEXT_SENTENCE_DAY, SAME_TIME_RULES } from '../refine/when.js';
import { DAY_ONLY, FUTURE_DAY } from '../refine/when.js';
import { BODY_FOUND_DAY, DATE_OWN_CLAUSE, KINDS_APART } from '../refine/attach.js';
import { BOILERPLATE_RULES } from '../lang/boilerplate.js';

export interface RuleEntry {
  name: string;
  /** The extractor or refiner whose rule it is. */
  kind: string;
}

/** Each call is one table: its records may share a name; two tables may not (their firings would be summed as one rule). */
let tables = 0;
const entries = (kind: string, rules: readonly { name: string }[]): (RuleEntry & { table: number })[] => {
  const table = ++tables;
  return rules.map((r) => ({ name: r.name, kind, table }));
};

let inventory: RuleEntry[] | null = null;
let shared: string[] = [];

/** Names that two tables give their records (none should: a name is one rule's logic). */
export function namesInTwoTables(): string[] {
  ruleInventory();
  return shared;
}

/** Every named rule record, each name once (the first kind that names it; namesInTwoTables lists a name two tables give). */
export function ruleInventory(): RuleEntry[] {
  if (inventory) return inventory;
  const all = [
    ...entries('events.trigger', TRIGGERS),
    ...entries('events.sense', SENSE_RULES),
    ...entries('events.modality', MODALITY),
    ...entries('events.type-cue', TYPE_CUES),
    // the everyday senses fire under the label their domain or reading gives them
    ...entries('events.everyday', DOMAINS.filter((d) => !d.headlineOnly).map((d) => ({ name: `sense-${d.name}` }))),
    ...entries('events.reading', READINGS.map((r) => ({ name: `reading-${r.name}` }))),
    ...entries('events.sense', [NAMED_PAST]),
    ...entries('events.layer', MENTION_RULES),
    ...entries('events.layer', SENSE_LAYER_RULES),
    ...entries('events.layer', CLAUSE_RULES),
    ...entries('events.layer', TYPE_LAYER_RULES),
    ...entries('lang.tag', TAG_FIXES),
    ...entries('lang.boilerplate', BOILERPLATE_RULES),
    ...entries('dates.dateline', DATELINES),
    ...entries('dates.parser', [...CHRONO_PARSERS, ...NEWS_PARSERS]),
    ...entries('dates.refiner', DATE_REFINERS),
    ...entries('counts', COUNT_RULES),
    ...entries('counts.layer', COUNT_LAYER_RULES),
    ...entries('actors.responsibility', RESPONSIBILITY_RULES),
    ...entries('actors.reporter', REPORTER_RULES),
    // the mentions of parties (who was found, before a role rule takes it for attacker or target)
    // (and two the attach refiner writes, refine/attach.ts: a group's members, a demonym's state)
    ...entries('actors.mention', [...NAME_RULES, ...SURNAME_RULES, POSTMODIFIED_PERSON, CLAIMANT_NAMED, ...MENTION_LABELS, { name: 'actor-group-members' }, { name: 'actor-demonym' }]),
    ...entries('weapons', WEAPONS),
    ...entries('weapons.sense', [...WEAPON_SENSE_RULES, CARRIED_BEFORE]),
    ...entries('weapons.layer', WEAPON_LAYER_RULES),
    ...entries('roles.layer', PP_ROLE_RULES),
    ...entries('roles.layer', SUSPECT_RULES),
    ...entries('roles.layer', SHARED_SUBJECT_RULES),
    ...entries('roles', ROLE_RULES),
    ...entries('roles.layer', LIST_RULES),
    ...entries('roles.layer', CLAUSE_ROLE_RULES),
    ...entries('roles.layer', POSSESSIVE_RULES),
    ...entries('roles.layer', DAMAGE_RULES),
    ...entries('roles.layer', HARM_RULES),
    ...entries('roles', NAMED_ONCE_RULES),
    ...entries('roles', OWNER_RULES),
    ...entries('roles', FORCE_AIRCRAFT_RULES),
    ...entries('roles', IDENTIFIED_RULES),
    ...entries('roles', TITLE_RULES),
    ...entries('scope', Object.values(SCOPE_RULES).flat()),
    ...entries('scope', Object.values(MENTION_SCOPE_RULES).flat()),
    ...entries('scope.target', SCOPE_TARGET_RULES),
    ...entries('refine', [SUMMARY, LISTED_SUMMARY, HISTORY, JUDICIAL_LEAD, SAME_NAMED_VICTIM, PLACE_LIST]),
    ...entries('merge', [...SINGLE_MERGE_RULES, RECAP, HEADLINE_INCIDENT, COUNTED_MEMBER, OFFSET_BACK_REFERENCE]),
    ...entries('attach', [KINDS_APART]),
    ...entries('refine', FALLBACK_SKIP_RULES),
    ...entries('refine.layer', FALLBACK_LAYER_SKIP_RULES),
    ...entries('refine.layer', FALLBACK_TARGET_SKIP_RULES),
    ...entries('refine', FALLBACK_TYPE_SKIP_RULES),
    ...entries('refine', OWN_ORGANIZATION_RULES),
    ...entries('refine', BACK_REFERENCE_RULES),
    ...entries('acled', [...ACLED_GROUPS, ...ACLED_KINDS]),
    ...entries('acled.sides', [...ACLED_SIDES, ...ACLED_FILL, ...ACLED_ASSOC]),
    ...entries('acled.fatalities', ACLED_FATALITIES),
    ...entries('places.region', [...REGION_BESIDE, REGION_ADMIN1, REGION_UNKNOWN]),
    ...entries('places', [NEIGHBOURHOOD_OF_DATELINE, NEIGHBOURHOOD_OF_CITY, KNOWN_SITE_RULE, DEMONYM_OF_REGION, LOCALITY_IN_ARTICLE_COUNTRY, STORY_COUNTRY_OF_PLACES, DATELINE_CAPITAL, UNLISTED_IN_CITY, SURNAME_NOT_PLACE]),
    ...entries('location', LOCATION_RULES),
    ...entries('location', REPORT_PLACE_RULES),
    ...entries('date.layer', SAME_TIME_RULES),
    ...entries('date', [LEAD_REPORT_DAY, NEXT_SENTENCE_DAY, DATE_OWN_CLAUSE, BODY_FOUND_DAY]),
    ...entries('date', [DAY_ONLY, FUTURE_DAY]),
  ];
  const tableOf = new Map<string, number>();
  const twice = new Set<string>();
  for (const r of all) {
    const t = tableOf.get(r.name);
    if (t === undefined) tableOf.set(r.name, r.table);
    else if (t !== r.table) twice.add(r.name);
  }
  shared = [...twice];
  const seen = new Set<string>();
  inventory = all.filter((r) => !seen.has(r.name) && seen.add(r.name)).map(({ name, kind }) => ({ name, kind }));
  return inventory;
}
