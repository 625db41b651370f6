// Incidents → EventRecords: pick the best value of each field over the
// merged mentions, fill the fallbacks, and record which rule gave each value.
import type { Actor, Count, DateValue, EventRecord, EventType, Place, Responsibility, RuleFiring, Scope, Span, Weapon } from '../types.js';
import { TYPES, acledFor, moreSpecific } from '../taxonomy.js';
import { mergeCasualties, type CasualtyMention } from '../extract/counts/index.js';
import { NAMED_DEATH_AFTER, NAMED_LATER_MENTION, NAMED_POSSESSOR_BEFORE, NAMED_WOUND_AFTER, PERPETRATOR_TOLL, VICTIM_LIST_KILLED } from '../extract/counts/rules.js';
import { GROUP_HEADS, GROUP_NOUN_MODIFIERS } from '../extract/actors/lexicon.js';
import { SOLE_FIREARM_FIRED, WEAPON_SUBSUMED } from '../extract/weapons/lexicon.js';
import { COUNT_LAYER_RULES } from '../extract/counts/layer-rules.js';
import { AIRCRAFT, WAR_TOLL, scopeTargetDrops } from './scope.js';
import { MAX_LAYER_CHARS, type VerbInfo } from '../lang/layer.js';
import { sentenceAt } from '../text.js';
import type { ActorMention, PersonCue } from '../extract/actors/index.js';
import type { PlaceMention } from '../extract/places/index.js';
import { incidentSentences, type ArticleContext, type Incident, type Role } from './context.js';
import { CONTINUATION_REACH, TYPE_FAMILIES, habitualCue } from './merge.js';
import { DAMAGE_RULES, DIRECTIONAL, HARM_RULES, IDENTIFIED_RULES, NAMED_ONCE_RULES, PERIOD_START, REACTION_AFTER, SPEAKER_AFTER, TITLE_RULES } from './roles.js';
import { BODY_FOUND_DAY, bodyFoundDay, coordinatedTargets, damagedIn, groupBeside, harmedIn, incidentPlace, reportDay, withGroupMembers, type DeedOf } from './attach.js';
import { holdsBefore } from '../lang/within.js';
import { NEARBY_SENTENCE, UNLISTED_LOCALITY, SITE_OF_CITY_NEARBY, fallbackLocation, nearbyPlace, otherYear, siteOfCityNearby, unlistedInTown, unlistedLocality } from './location.js';
import { dayOverPeriod, futureDay, LEAD_REPORT_DAY, leadReportDay, NEXT_SENTENCE_DAY, nextSentenceDate, sameTimeDate, type DatedIncident } from './when.js';
import { lastEndingBy, overlapsAny, within, withinAny } from '../spans.js';
import { firstRule, viewOf, wordsAfterRe, wordsBeforeRe, type LayerRule } from '../lang/match.js';
import { SINGULAR_VICTIM, singularPassiveVictim } from './singular-victim.js';
import { backReferenceAttackers } from './back-reference.js';
import { numberWords } from '../lang/number-words.js';

const PRECISION_RANK: Record<string, number> = { site: 4, city: 3, admin1: 2, country: 1 };
/** The cue that names an incident's responsibility, first first: an accused party's denial outranks the accusation (the accused stays the attacker, attributed). */
const RESPONSIBILITY_ORDER: Responsibility[] = ['claimed', 'unclaimed', 'denied', 'attributed', 'unknown'];
/**
 * `denied-keeps-accused`: an incident denied keeps the party an attribution names as its attacker; so does one no one
 * claimed, in the scopes listed (MUC-4 keys name whom an unclaimed incident is blamed on as its perpetrator, "ALTHOUGH NO
 * ONE HAS CLAIMED CREDIT FOR THE BOMBING, PRESS SECTORS BLAMED IT ON THE DRUG MAFIA"; modern codings leave it unidentified).
 */
const ACCUSED_KEPT: { value: Responsibility; scopes: Scope[] }[] = [
  { value: 'denied', scopes: ['all', 'terrorism'] },
  { value: 'unclaimed', scopes: ['terrorism'] },
];
const keepsAccused = (r: Responsibility, scope: Scope | undefined): boolean => ACCUSED_KEPT.some((k) => k.value === r && k.scopes.includes(scope ?? 'all'));
/** Who may carry out an incident when no clause says so: armed groups and the unknown perpetrators of wire copy. */
const FALLBACK_ATTACKER = /\b(terrorists?|guerrillas?|rebels?|insurgents?|militants?|gunmen|gunman|individuals|attackers?|assailants?|kidnappers?|jihadists?|extremists?|subversives?|commandos?|FMLN|ELN|FARC|EPL|MRTA|Shining Path|Islamic State|Al-Shabaab|Boko Haram|ISWAP|Taliban|Houthis|death squads?|M-19|FPMR|Manuel Jose Arce Urban Command)\b/i;
/**
 * Who the fallback does not take for the attacker. `fallback-modifier-skip`: a lone singular group noun ("a terrorist
 * attack", "this terrorist action") types the deed; it names no party: MUC-4 keys leave such incidents' perpetrators
 * empty, or name them elsewhere; "other terrorist acts", "a Spanish terrorist" too. `unlessAgent`: a story whose passive
 * names them as the agent anywhere ("another tower destroyed by the terrorists") keeps them (the plural named anywhere
 * kept 1 right attacker and 9 wrong on muc4-dev). `fallback-speaker-skip`: a party that speaks or reacts in the sentence (the text right
 * after it, `match.after`) is who tells of the incident, not who did it.
 */
export const FALLBACK_SKIP_RULES: { name: string; match: { names?: RegExp; unlessAgent?: boolean; after?: RegExp; header?: RegExp }; then: 'skip'; examples: { pos: string[]; neg: string[] } }[] = [
  {
    name: 'fallback-modifier-skip',
    match: { names: /^(?:other\s+|[a-z]+(?:an|ish|ese)\s+)?(?:terrorist|guerrilla|rebel|insurgent|militant|subversive)$/i, unlessAgent: true },
    then: 'skip',
    examples: {
      pos: ['LIMA, 9 JAN 90 (EFE) -- [TEXT] FORMER DEFENSE MINISTER GENERAL ENRIQUE LOPEZ ALBUJAR DIED TODAY IN LIMA AS A CONSEQUENCE OF A TERRORIST ATTACK.'],
      neg: ['LIMA, 9 JAN 90 (EFE) -- [TEXT] FORMER DEFENSE MINISTER GENERAL ENRIQUE LOPEZ ALBUJAR DIED TODAY IN LIMA AS A CONSEQUENCE OF AN ATTACK THAT POLICE BLAMED ON TERRORISTS.'],
    },
  },
  {
    // who condemns, announces, demands or denies in the incident's sentence speaks of it ("THE GUERRILLAS ANNOUNCED THAT
    // THEY WILL REVISE THEIR OFFER", "THE FMLN GENERAL COMMAND MADE THE DECISION"), past its bracketed expansion ("THE
    // FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) CONDEMNED THE COWARDLY ATTACK"), or who bears no responsibility
    // ("THE FMLN BEARS NO RESPONSIBILITY"; read from inside the brackets too, "(FMLN) CONDEMNED", it cost muc4-tst1 0.002),
    // who charges another or tells what it did not see ("THE GUERRILLAS CHARGED TODAY THAT", "THE REBELS DID NOT REPORT ANY
    // DEAD OR WOUNDED IN THE ALLEGED ATTACKS"; not the accused "CHARGED WITH THE MURDER")
    name: 'fallback-speaker-skip',
    match: { after: /^\s*(?:[[(][^\])[(]{1,80}[\])]\s*)?(?:,[^,]{0,60},\s*)?(?:has\s+|have\s+|had\s+|also\s+|later\s+|today\s+|yesterday\s+)?(?:bears?\s+no|condemned|condemns|denounced|denounces|deplored|said|says|announced|announces|demanded|demand|demands|denied|denies|rejected|rejects|stated|states|declared|declares|reported|reports|called|calls|urged|urges|asked|asks|accused|accuses|blamed|blames|charged(?!\s+with\b)|charges|decided|made\s+the\s+decision|suspended|issued|will|would|(?:did|does|do|has|have|had)\s+not\s+(?:report|say|confirm|comment))\b/ },
    then: 'skip',
    examples: {
      pos: ["SAN SALVADOR, 8 JAN 90 -- [TEXT] AFTER LEARNING OF OQUELI'S ASSASSINATION, THE GUERRILLAS ANNOUNCED THAT THEY WILL REVISE THEIR OFFER TO RESUME THE DIALOGUE."],
      neg: ['SAN SALVADOR, 11 MAY 89 -- [TEXT] THE GUERRILLAS OF THE FMLN AND THE MURDER OF MSGR OSCAR ARNULFO ROMERO WERE DISCUSSED AT LENGTH.'],
    },
  },
  {
    // the wire's bracketed note before its text names who speaks in it, the author of a communique or the one interviewed
    // ("[COMMUNIQUE] [FARABUNDO MARTI NATIONAL LIBERATION FRONT GENERAL COMMAND] [TEXT]", "[INTERVIEW WITH …, A COMMANDER OF
    // THE FMLN, BY UNIDENTIFIED REPORTER]"); `match.header`: the text before the group, from the story's start, is such a note
    name: 'fallback-speaker-skip',
    match: { header: /^[^[\]]*--\s*(?:\[[^[\]]*\]\s*)*\[[^[\]]*$/ },
    then: 'skip',
    examples: {
      pos: ['CLANDESTINE, 13 JAN 90 (RADIO VENCEREMOS) -- [COMMUNIQUE] [FARABUNDO MARTI NATIONAL LIBERATION FRONT GENERAL COMMAND] [TEXT] REGARDING THE ASSASSINATION OF HECTOR OQUELI COLINDRES IN GUATEMALA ON 12 JANUARY, WE STATE: WE BLAME ARENA FOR THIS DETESTABLE CRIME.'],
      neg: ['SAN SALVADOR, 13 JAN 90 (ACAN-EFE) -- [TEXT] THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] KILLED A PEASANT TODAY IN AN ATTACK ON THE TOWN.'],
    },
  },
];

/**
 * Who the fallback does not take for the attacker, read on the language layer: where the group stands in its own
 * clause says it suffered or was sought, not that it acted (one rule, `fallback-not-agent-skip`: a passive subject, the
 * noun phrase after "against", "for", "as").
 */
/** Persons who stand for a party, not for its armed deeds: a group named as theirs is no attacker (`fallback-not-agent-skip`). */
const PARTY_PERSONS = ['candidate', 'candidates', 'leader', 'leaders', 'man', 'founder', 'founders', 'sympathizer', 'sympathizers', 'representative', 'representatives', 'negotiator', 'negotiators', 'delegate', 'delegates', 'ideologist', 'adviser', 'advisor', 'deputy', 'senator', 'congressman', 'mayor', 'councilman'];

/** Deed nouns a possessive group carries out ("THE FMLN'S ATTACK", "the ELN's kidnappings"). */
const OWNED_DEEDS = ['attack', 'attacks', 'offensive', 'ambush', 'ambushes', 'bombing', 'bombings', 'raid', 'raids', 'massacre', 'murder', 'murders', 'assassination', 'kidnapping', 'kidnappings', 'killing', 'killings', 'sabotage'];

export const FALLBACK_LAYER_SKIP_RULES: LayerRule<'skip'>[] = [
  {
    // "FOUR INDIVIDUALS WERE ARRESTED WHILE LOOTING", "FIVE INDIVIDUALS WERE INJURED"
    name: 'fallback-not-agent-skip',
    match: { role: ['subject'], verb: { voice: 'passive' } },
    then: 'skip',
    examples: {
      pos: ['LIMA, 5 APR 90 -- [TEXT] ONE GIRL WAS WOUNDED DURING THE EXPLOSIONS IN LIMA YESTERDAY, AND FOUR INDIVIDUALS WERE ARRESTED WHILE LOOTING TWO SHOE STORES.'],
      neg: ['LIMA, 5 APR 90 -- [TEXT] ONE GIRL WAS WOUNDED DURING THE EXPLOSIONS IN LIMA YESTERDAY, AND FOUR INDIVIDUALS FLED IN A CAR.'],
    },
  },
  {
    // the party of a person named, whom the incident may have struck: "CARLOS PIZARRO, PRESIDENTIAL CANDIDATE FOR THE
    // DISBANDED M-19 GUERRILLA GROUP, WAS SHOT", "THE NUMBER TWO MAN IN THE 19 APRIL MOVEMENT"
    name: 'fallback-not-agent-skip',
    match: { near: { reach: 6, test: { words: PARTY_PERSONS }, stop: ['by', 'and', 'or', 'said', 'that', 'who', 'which'] } },
    then: 'skip',
    examples: {
      pos: ['BOGOTA, 26 APR 90 (AFP) -- [TEXT] CARLOS PIZARRO, PRESIDENTIAL CANDIDATE FOR THE DISBANDED M-19 GUERRILLA GROUP, WAS SHOT THURSDAY ABOARD A PASSENGER PLANE.'],
      neg: ['BOGOTA, 26 APR 90 (AFP) -- [TEXT] CARLOS PIZARRO, PRESIDENTIAL CANDIDATE, WAS SHOT THURSDAY ABOARD A PLANE OF THE M-19 GUERRILLA GROUP.'],
    },
  },
  {
    // a named group that owns what its clause names, not a party that acts in it: "IN SHARP CONTRAST WITH THE FMLN'S
    // STRICT RESPECT FOR THE HOSPITALS" (its head a proper noun and a possessive); not generic perpetrators, who stay the
    // story's ("THE ALLEGED GUNMAN'S VIDEOS OF THE MURDER": wikinews lost that attacker); nor a group that owns the deed
    // itself ("THE FMLN'S ATTACK ON THE SAN MIGUEL POWER STATION")
    name: 'fallback-not-agent-skip',
    match: { head: { tags: ['ProperNoun'] }, not: { any: [{ head: { notTags: ['Possessive'] } }, { wordAfter: OWNED_DEEDS }] } },
    then: 'skip',
    examples: {
      pos: ["SAN SALVADOR, 12 NOV 89 -- [TEXT] TWO NURSES WERE MURDERED IN SAN MIGUEL TODAY, IN SHARP CONTRAST WITH THE FMLN'S STRICT RESPECT FOR THE HOSPITALS."],
      neg: ['SAN SALVADOR, 12 NOV 89 -- [TEXT] TWO NURSES WERE MURDERED IN SAN MIGUEL TODAY, IN SHARP CONTRAST WITH THE RESPECT OF THE FMLN FOR THE HOSPITALS.', "Fifty people were murdered at two mosques in Christchurch on Friday. Social media have been struggling to censor the alleged gunman's videos of the murder.", "SAN SALVADOR, 12 NOV 89 -- [TEXT] THE FMLN'S ATTACK ON THE SAN MIGUEL POWER STATION BEGAN AT DAWN."],
    },
  },
  {
    // "A CLEAN-UP OPERATION AGAINST GUERRILLAS", "MISTOOK THEM FOR GUERRILLAS", "LABEL THE PARTISANS AS TERRORISTS"
    name: 'fallback-not-agent-skip',
    match: { afterPrep: ['against', 'for', 'as', 'toward', 'towards'] },
    then: 'skip',
    examples: {
      pos: ['SAN SALVADOR, 12 NOV 89 -- [TEXT] A BOMB EXPLODED TODAY AT THE MARKET OF SAN MIGUEL DURING AN ARMY OPERATION AGAINST THE GUERRILLAS.'],
      neg: [
        'SAN SALVADOR, 12 NOV 89 -- [TEXT] A BOMB EXPLODED TODAY AT THE MARKET OF SAN MIGUEL DURING AN OPERATION OF THE GUERRILLAS.',
        // "as" opening a clause, not a preposition
        'SAN SALVADOR, 16 NOV 89 -- [TEXT] FOUR PRIESTS WERE KILLED AS THE GUNMEN ENTERED THE HOME OF THE RECTOR.',
      ],
    },
  },
];

/**
 * Who the fallback does not take for the victim, read on the language layer: a party that acts in its own clause, whom
 * a report cites, or who owns what is named ("THE STATION ADDS", "ACCORDING TO THE DOCTOR", "PRESIDENT BUSH'S VISIT"),
 * or a nation or a class ("THE SALVADORAN PEOPLE"): one rule, `fallback-target-skip`, its records tried in order.
 */
export const FALLBACK_TARGET_SKIP_RULES: (LayerRule<'skip'> & { scope?: 'terrorism' })[] = [
  {
    // "A C-47 PLANE MACHINEGUNNED DOWNTOWN MEJICANOS", "DEMONSTRATORS THREW STONES AT THE EMBASSY" (`scope`: measured on
    // MUC-4's wires, whose incident sentences name many who speak or act; only there)
    name: 'fallback-target-skip',
    scope: 'terrorism',
    // (not a verb of suffering, nor of what bystanders were doing: "WHILE RESIDENTS SLEPT OR WATCHED TELEVISION")
    match: {
      role: ['subject'],
      verb: { voice: 'active', notLemma: ['be', 'die', 'suffer', 'remain', 'become', 'lose', 'receive', 'sustain', 'have', 'escape', 'sleep', 'watch', 'live', 'stay', 'work', 'travel', 'walk', 'sit', 'wait', 'pass', 'ride', 'return'] },
    },
    then: 'skip',
    examples: {
      pos: ['SAN SALVADOR, 12 NOV 89 -- [TEXT] A BOMB EXPLODED IN SOYAPANGO TODAY. A HELICOPTER BOMBED HEAVILY POPULATED AREAS IN CIUDAD DELGADO.'],
      neg: [
        'SAN SALVADOR, 12 NOV 89 -- [TEXT] A BOMB EXPLODED IN SOYAPANGO TODAY. THE HELICOPTER WAS DESTROYED IN CIUDAD DELGADO.',
        // who slept while it happened was there, no agent of the incident
        'SAN SALVADOR, 12 NOV 89 -- [TEXT] GUERRILLAS OPENED FIRE ON A VILLAGE LAST NIGHT, WHILE RESIDENTS SLEPT.',
      ],
    },
  },
  {
    // …nor an aircraft right before a verb it does, whatever phrase the tagger puts it in ("AT 0933 TODAY A HELICOPTER
    // BOMBED HEAVILY POPULATED AREAS": read as a time's phrase): the state's fire, not its victim
    name: 'fallback-target-skip',
    scope: 'terrorism',
    match: { head: { words: AIRCRAFT }, near: { reach: 1, after: true, test: { tags: ['PastTense'], notTags: ['Passive', 'Copula'] } } },
    then: 'skip',
    examples: {
      pos: ['SAN SALVADOR, 13 NOV 89 -- [TEXT] A BOMB EXPLODED IN SOYAPANGO. AT 0933 TODAY A HELICOPTER BOMBED HEAVILY POPULATED AREAS IN CIUDAD DELGADO.'],
      neg: ['SAN SALVADOR, 13 NOV 89 -- [TEXT] A BOMB EXPLODED IN SOYAPANGO. AT 0933 TODAY GUERRILLAS HIT A HELICOPTER PARKED IN CIUDAD DELGADO.'],
    },
  },
  {
    // …nor whom the story arrests, frees or names to an office: "EDUARDO MARTINEZ ROMERO, THE ALLEGED \"COMPTROLLER\" OF THE
    // MEDELLIN CARTEL, WAS CAPTURED", "ANTONIO NAVARRO WOLFF … WAS NOMINATED TODAY AS THE NEW PRESIDENTIAL CANDIDATE"
    name: 'fallback-target-skip',
    scope: 'terrorism',
    match: {
      role: ['subject'],
      verb: { voice: 'passive', lemma: ['capture', 'arrest', 'detain', 'jail', 'imprison', 'extradite', 'sentence', 'convict', 'charge', 'accuse', 'release', 'free', 'rescue', 'locate', 'nominate', 'elect', 'appoint', 'name', 'replace', 'interview', 'quote'] },
    },
    then: 'skip',
    examples: {
      pos: ["BOGOTA, 21 AUG 89 (DPA) -- [TEXT] EDUARDO MARTINEZ ROMERO WAS NOMINATED TODAY AS THE PARTY'S CANDIDATE, HOURS AFTER A BOMB EXPLODED IN MEDELLIN."],
      neg: ['BOGOTA, 21 AUG 89 (DPA) -- [TEXT] EDUARDO MARTINEZ ROMERO WAS INSIDE THE HOUSE WHEN A BOMB EXPLODED IN MEDELLIN TODAY.'],
    },
  },
  {
    // "ACCORDING TO THE DOCTOR, THE HOSPITAL …", "MET WITH THE PRESIDENT AFTER THE MURDER"
    name: 'fallback-target-skip',
    match: { afterPrep: ['to', 'with', 'from', 'by'] },
    then: 'skip',
    examples: {
      pos: ['PANAMA CITY, 21 DEC 89 -- [TEXT] A BOMB EXPLODED IN THE CITY TODAY, ACCORDING TO THE DOCTOR.'],
      neg: ['PANAMA CITY, 21 DEC 89 -- [TEXT] A BOMB EXPLODED IN THE CITY TODAY, KILLING THE DOCTOR.'],
    },
  },
  {
    // "PRESIDENT GEORGE BUSH'S VISIT", "THE PRESIDENT'S OFFICE HAS REPORTED" (whose property it was, the plural
    // "STOLE VILLAGERS' PROPERTY", may be the victims)
    name: 'fallback-target-skip',
    match: { head: { tags: ['Possessive'], ends: ["'s", '’s'] } },
    then: 'skip',
    examples: {
      pos: ["BOGOTA, 15 FEB 90 -- [TEXT] A BOMB EXPLODED IN BOGOTA TODAY, HOURS BEFORE THE PRESIDENT'S VISIT."],
      neg: ['BOGOTA, 15 FEB 90 -- [TEXT] A BOMB EXPLODED IN BOGOTA TODAY, HOURS BEFORE THE VISIT OF THE PRESIDENT.'],
    },
  },
  {
    // a nation or a class, not whom an incident struck: "THE MASSACRE OF THE SALVADORAN PEOPLE", "OUR PEOPLE", "THE WEALTHY
    // PEOPLE" ("FOUR PEOPLE WERE INJURED" keeps them)
    name: 'fallback-target-skip',
    match: { head: { words: ['people'] }, first: { notWords: ['people'], notTags: ['Value'] } },
    then: 'skip',
    examples: {
      pos: ['SAN SALVADOR, 16 NOV 89 -- [TEXT] THE FMLN SAID THE BOMBINGS ARE A GENOCIDE AGAINST THE SALVADORAN PEOPLE.'],
      neg: ['SAN SALVADOR, 16 NOV 89 -- [TEXT] THE FMLN SAID THE BOMBINGS KILLED FOUR PEOPLE.'],
    },
  },
];

/**
 * Whom the fallback does not take for the victim by the incident's type (`--scope terrorism`): a place or thing named
 * near a shooting, a shelling, an assassination or a grenade is where it happened or what the story tells beside it
 * ("AGENTS SHOT HIM NEAR THE TEGUCIGALPA RESTAURANT", "THE ARMY SHELLED THE HILLS NEAR THE DAM"); a bomb's is what it hit
 * (`match.types`: the types it holds for, `match.kinds`: the actor kinds). On muc4-dev the facility fallbacks of these
 * types were right 4 times in 49.
 */
export const FALLBACK_TYPE_SKIP_RULES: { name: string; match: { scope: 'terrorism'; kinds: string[]; types: string[] }; then: 'skip'; examples: { pos: string[]; neg: string[] } }[] = [
  {
    name: 'fallback-facility-not-bombed',
    match: { scope: 'terrorism', kinds: ['facility'], types: ['armed_assault', 'shelling', 'assassination', 'grenade', 'raid', 'air_strike'] },
    then: 'skip',
    examples: {
      pos: ['TEGUCIGALPA, 8 FEB 89 -- [TEXT] GUNMEN ASSASSINATED A HONDURAN LAST NIGHT. THE SHOOTING TOOK PLACE NEAR THE TEGUCIGALPA RESTAURANT.'],
      neg: ['TEGUCIGALPA, 8 FEB 89 -- [TEXT] A BOMB EXPLODED LAST NIGHT. THE BLAST TOOK PLACE NEAR THE TEGUCIGALPA RESTAURANT.'],
    },
  },
];

/** The first FALLBACK_TYPE_SKIP_RULES record that holds for a would-be victim of an incident of `type`, recorded as a reject. */
function fallbackTypeSkip(ctx: ArticleContext, type: string, a: ActorMention): boolean {
  const r = FALLBACK_TYPE_SKIP_RULES.find((x) => x.match.scope === ctx.scope && x.match.kinds.includes(a.kind) && x.match.types.includes(type));
  if (r) ctx.trace?.push({ rule: r.name, action: 'reject', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
  return !!r;
}

/** The first FALLBACK_LAYER_SKIP_RULES record that holds for an actor in its sentence's layer, or null. */
function fallbackLayerSkip(ctx: ArticleContext, a: ActorMention, rules: readonly LayerRule<'skip'>[] = FALLBACK_LAYER_SKIP_RULES): LayerRule<'skip'> | null {
  if (!ctx.lang) return null;
  const si = sentenceAt(ctx.sentences, a.start);
  return si < 0 ? null : firstRule(rules, viewOf(ctx.lang, si, a.start, a.end));
}

/** The first FALLBACK_TARGET_SKIP_RULES record that holds for a would-be victim, recorded as a reject in the trace. */
function fallbackTargetSkip(ctx: ArticleContext, a: ActorMention): boolean {
  const rules = FALLBACK_TARGET_SKIP_RULES.filter((r) => !r.scope || r.scope === ctx.scope);
  const r = fallbackLayerSkip(ctx, a, rules);
  if (r) ctx.trace?.push({ rule: r.name, action: 'reject', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
  return !!r;
}

/** How far into a story (characters) its bracketed note before the text may reach. */
const HEADER_REACH = 400;

/**
 * The FALLBACK_SKIP_RULES record of the wire's bracketed note (`match.header`) for the target fallback too: who is named in
 * "[REPORT] [NELSON LOPEZ] [TEXT]" reports or speaks, no victim. Recorded as a reject in the trace.
 */
function headerSpeaker(ctx: ArticleContext, a: ActorMention): boolean {
  const r = a.start < HEADER_REACH ? FALLBACK_SKIP_RULES.find((x) => !!x.match.header && x.match.header.test(ctx.text.slice(0, a.start))) : undefined;
  if (r) ctx.trace?.push({ rule: r.name, action: 'reject', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
  return !!r;
}

/** The first FALLBACK_SKIP_RULES record that holds for an actor, recorded as a reject in the trace. */
function fallbackSkip(ctx: ArticleContext, a: ActorMention): boolean {
  const r = fallbackLayerSkip(ctx, a) ?? FALLBACK_SKIP_RULES.find(
    (x) =>
      (!x.match.names || x.match.names.test(a.name)) &&
      (!x.match.after || x.match.after.test(ctx.lower.slice(a.end, a.end + 100))) &&
      (!x.match.header || (a.start < HEADER_REACH && x.match.header.test(ctx.text.slice(0, a.start)))) &&
      !(x.match.unlessAgent && new RegExp(`\\bby\\s+(?:the\\s+)?${pluralOf(a.name.toLowerCase().split(/\\s+/).pop()!)}\\b`).test(ctx.lower)),
  );
  if (r) ctx.trace?.push({ rule: r.name, action: 'reject', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
  return !!r;
}

/**
 * `generic-own-organization` (`--scope terrorism`): generic perpetrators ("THE GUERRILLAS", "URBAN COMMANDOS", "THE
 * TERRORISTS") with no named group beside them belong to the one armed group the story names, when its lead (the first
 * `match.lead` sentences) names it: MUC-4 keys code the perpetrators and their organization. `match.generic`: the
 * generic attacker's name; `match.only`: no other armed group of the dictionary in the story; `match.mentions`: the
 * story names the group at least so often ("THE STRIKE IS SUPPORTED BY THE SHINING PATH", once, names no author);
 * `match.stated`: a clause states the generic perpetrators, the fallback did not guess them.
 */
export const OWN_ORGANIZATION_RULES: { name: string; match: { scope: 'terrorism'; generic: RegExp; lead: number; only: true; mentions?: number; stated?: true }; then: 'attacker'; examples: { pos: string[]; neg: string[] } }[] = [
  {
    name: 'generic-own-organization',
    match: { scope: 'terrorism', generic: /(?:^|\s)(?:guerrillas|terrorists|rebels|subversives|commandos?|commands)$/i, lead: 2, only: true },
    then: 'attacker',
    examples: {
      pos: ['SAN SALVADOR, 3 JAN 90 -- [TEXT] THE FMLN HAS STEPPED UP ITS ACTIONS IN THE CAPITAL. LAST NIGHT URBAN COMMANDOS BLEW UP THE OFFICES OF THE MAYOR IN SOYAPANGO.'],
      neg: ['SAN SALVADOR, 3 JAN 90 -- [TEXT] THE FMLN AND THE ELN MET IN MANAGUA. LAST NIGHT URBAN COMMANDOS BLEW UP THE OFFICES OF THE MAYOR IN SOYAPANGO.'],
    },
  },
  {
    // the story's one named group, wherever it names it: "GUERRILLAS ATTACKED THE POWER PLANT … THE FMLN HAS ANNOUNCED A
    // NEW OFFENSIVE" (the generic comes first, the group later)
    // (not qualified urban commandos or alleged ones: MUC-4 keys leave those without their organization)
    name: 'generic-story-organization',
    match: { scope: 'terrorism', generic: /^(?![^]*\b(?:urban|alleged|presumed|commandos?|commands)\b)(?:[^]*\s)?(?:guerrillas|terrorists|rebels|subversives)$/i, lead: 1000, only: true, mentions: 2, stated: true },
    then: 'attacker',
    examples: {
      pos: ['SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMED FORCES REPORTED TODAY THAT A SOLDIER WAS WOUNDED. LAST NIGHT GUERRILLAS ATTACKED THE POWER PLANT IN SOYAPANGO. THE FMLN HAS ANNOUNCED A NEW OFFENSIVE. THE FMLN MET IN MANAGUA.'],
      neg: ['SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMED FORCES REPORTED TODAY THAT A SOLDIER WAS WOUNDED. LAST NIGHT GUERRILLAS ATTACKED THE POWER PLANT IN SOYAPANGO. THE FMLN AND THE ELN MET IN MANAGUA.'],
    },
  },
];

/** The story's only armed group of the dictionary when its lead names it (OWN_ORGANIZATION_RULES), or null. */
function ownOrganization(story: Story, lead: number): ActorMention | null {
  story.ownOrganization ??= new Map();
  if (!story.ownOrganization.has(lead)) story.ownOrganization.set(lead, findOwnOrganization(story, lead));
  return story.ownOrganization.get(lead)!;
}

function findOwnOrganization(story: Story, lead: number): ActorMention | null {
  const { ctx } = story;
  story.armedGroups ??= ctx.actors.filter((x) => !x.source && x.kind === 'armed_group' && !!x.known);
  const named = story.armedGroups.filter((x) => x.name !== 'death squads');
  if (named.length === 0 || named.some((x) => x.name !== named[0]!.name)) return null;
  const end = ctx.sentences[Math.min(lead, ctx.sentences.length) - 1]?.end ?? 0;
  return named[0]!.start < end ? named[0]! : null;
}

/** OWN_ORGANIZATION_RULES: the organization of generic perpetrators, added beside them. */
const ownOrganizationAttacker: RecordStep = (d, story) => {
  const { ctx } = story;
  const roles = d.attackerRoles;
  const generic = (a: ActorMention) => !!a.descriptive && !a.members;
  if (roles.length === 0 || roles.some((r) => r.value.kind === 'armed_group' && !generic(r.value))) return;
  for (const r of OWN_ORGANIZATION_RULES) {
    if (r.match.scope !== ctx.scope || !roles.some((x) => generic(x.value) && x.value.kind === 'armed_group' && r.match.generic.test(x.value.name) && !(r.match.stated && x.guessed))) continue;
    const org = ownOrganization(story, r.match.lead);
    if (!org || (r.match.mentions && story.armedGroups!.filter((x) => x.name === org.name).length < r.match.mentions)) continue;
    ctx.trace?.push({ rule: r.name, action: 'accept', text: ctx.text.slice(org.start, org.end), start: org.start, end: org.end });
    roles.push({ value: org, rule: r.name });
    d.note('attackers', r.name);
    return;
  }
};

/** A group referred back to: "the same urban command", "the same group". */
const SAME_GROUP = /\b(the\s+same|that\s+same)\s+([\w-]+\s+){0,2}(command|group|organi[sz]ation|guerrillas|rebels|militants|gunmen|commandos?|unit|cell|faction|militia|gang)\b/;
/** (and one person by a bare noun: "a woman", "a child") */
const GENERIC_VICTIMS = /^(people|persons|others|other people|woman|girl|child)$/i;
/** What a denial of claims refers to when it speaks of every incident ("for either incident", "for any of the attacks"). */
const ALL_INCIDENTS = new RegExp(String.raw`^\s*(?:responsibility\s+|credit\s+)?(?:for|of)\s+(?:either|both|any\s+of\s+(?:the|these)|all\s+(?:the|these|three|four)|the\s+(?:${numberWords('two', 'four')}))\b`);
/** Vehicles that carry the people attacked (not buses, whose passengers the attack is on too). */
const CARRIER_VEHICLE = /^(?:(?:their|his|her|the|a|an|lead|armou?red|military|police|army|civilian|private|white)\s+)*(?:vehicle|vehicles|car|cars|truck|trucks|pickup|pickups|pickup truck|pickup trucks|jeep|jeeps|motorcycle|motorcycles|motorbike|motorbikes|suv)$/i;
/** Perpetrators named by what they are, not who: the named group of the incident stands for them. */
const GENERIC_PERPETRATOR = /^(?:(?:suspected|unidentified|unknown|armed|heavily\s+armed|masked|suicide|the)\s+)*(?:gunmen|gunman|fighters|militants|militant|terrorists|terrorist|attackers|attacker|assailants|bomber|bombers|insurgents|rebels|jihadists|extremists)$/i;
const FALLBACK_TARGET_KINDS = new Set(['facility', 'civilians', 'government']);
/** `fallback-victim`, of a person: one named in the incident's sentences by a given name (names.ts) may be its victim whatever their kind, unless they speak or act. */
const FALLBACK_PERSON_CUES: ReadonlySet<PersonCue> = new Set(['given-name']);

function placeScore(p: PlaceMention): number {
  let s = PRECISION_RANK[p.precision] ?? 0;
  if (p.kind === 'demonym') s -= 0.5;
  // "15 km south of the town of Macomia" still places it at Macomia rather than in its province; a site or a town "in" wins
  if (p.relation && DIRECTIONAL.test(p.relation)) s -= 0.4;
  else if (p.relation && /^(in|at|near|inside|on)$/.test(p.relation)) s += 0.5; // "in Guatemala City" beats a bare mention
  return s;
}

/** Cues that name a person beside a kill verb: a title before it, a title in apposition (a given name alone is not enough). */
const NAMED_PERSON_CUES: ReadonlySet<PersonCue> = new Set(['title', 'appositive']);

/** Kill verbs whose passive subject, a named person, is one death. */
const NAMED_KILL = /^(killed|murdered|assassinated|shot\s+dead|executed|slain|gunned\s+down|shot\s+and\s+killed)$/;

const NO_DATE: DateValue = { value: null, precision: 'unknown', text: null, start: null, end: null };

/** One death, the trigger its evidence ("assassinated", "shot dead"). */
const oneDeath = (t: Span): Count => ({ value: 1, low: 1, high: 1, approximate: false, text: t.text, start: t.start, end: t.end, reports: [] });

/** Names read as one line, without bracketed insertions ("Christian Democratic Party [PDC]\nheadquarters"). */
const cleanName = (s: string) => s.replace(/\s*\[[^\]]*\]\s*/g, ' ').replace(/\s+/g, ' ').trim() || s;

/** `attacker-plural`: an attacker named by a lone singular group noun ("a terrorist attack", "a rebel attack") is the group: terrorists, rebels. */
const GROUP_SINGULAR = /^(terrorist|guerrilla|rebel|insurgent|militant|jihadist|extremist|subversive|separatist|gunman)$/i;
const pluralOf = (s: string) => (/man$/i.test(s) ? s.replace(/man$/i, 'men') : `${s}s`);

function toActor(a: ActorMention, attributed = false, role: 'attacker' | 'target' = 'target'): Actor {
  const name = role === 'attacker' && GROUP_SINGULAR.test(a.name) ? pluralOf(a.name.toLowerCase()) : cleanName(a.name);
  const out: Actor = { name, text: a.text, start: a.start, end: a.end, kind: a.kind, country_code: a.country_code, affiliation: a.affiliation };
  if (attributed) out.attributed = true;
  return out;
}

function uniqueActors(roles: Role<ActorMention>[]): Role<ActorMention>[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const k = r.value.name.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function sentenceSpan(ctx: ArticleContext, i: number): Span {
  const s = ctx.sentences[i]!;
  return { text: s.text, start: s.start, end: s.end };
}


/** The deaths of the persons among the targets whose own clause says they died, one each, spanning the first such sentence. */
function namedDeaths(ctx: ArticleContext, targets: Role<ActorMention>[], phrase: RegExp = NAMED_DEATH_AFTER): Count | null {
  const hits: { start: number; end: number }[] = [];
  for (const t of targets) {
    // `named-victims-killed`: any named person (a given name too: the death phrase, not the name, says a victim died)
    if (!t.value.person) continue;
    // (a name in another's apposition, "THE SON-IN-LAW OF GENERAL RAFAEL VILLAMARIONA": NAMED_POSSESSOR_BEFORE)
    if (holdsBefore(ctx, t.value.start, NAMED_POSSESSOR_BEFORE)) continue;
    const m = phrase.exec(ctx.lower.slice(t.value.end, t.value.end + 220));
    if (m) hits.push({ start: t.value.start, end: t.value.end + m.index + m[0].length });
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.start - b.start);
  const s = sentenceAt(ctx.sentences, hits[0]!.start);
  const same = hits.filter((h) => sentenceAt(ctx.sentences, h.start) === s);
  const start = same[0]!.start;
  const end = Math.max(...same.map((h) => h.end));
  return { value: hits.length, low: hits.length, high: hits.length, approximate: false, text: ctx.text.slice(start, end), start, end, reports: [] };
}

/** Where `needle` (lower case) stands in `lower` as whole words. */
function wordsAt(lower: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
    if (!/[\w-]/.test(lower[i - 1] ?? ' ') && !/[\w-]/.test(lower[i + needle.length] ?? ' ')) at.push(i);
  }
  return at;
}

/**
 * `named-victim-later-mention` (counts/rules.ts NAMED_LATER_MENTION): the persons among the targets whose death (or wound,
 * with NAMED_WOUND_AFTER) the story tells at another mention of their name, full or the surname alone; one each.
 */
function laterMentionDeaths(ctx: ArticleContext, targets: Role<ActorMention>[], phrase: RegExp): Count | null {
  const hits: { start: number; end: number }[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    if (!t.value.person) continue;
    const full = ctx.lower.slice(t.value.start, t.value.end).replace(/\s+/g, ' ');
    const words = t.value.name.toLowerCase().split(/\s+/);
    const surname = words.length >= 2 && words[words.length - 1]!.length >= NAMED_LATER_MENTION.minSurname ? words[words.length - 1]! : null;
    if (seen.has(surname ?? full)) continue;
    const reads = [...wordsAt(ctx.lower, full).map((i) => [i, full.length] as const), ...(surname ? wordsAt(ctx.lower, surname).map((i) => [i, surname.length] as const) : [])];
    for (const [i, n] of reads) {
      if (i < t.value.end && i + n > t.value.start) continue;
      if (n !== full.length && !NAMED_LATER_MENTION.before.test(ctx.lower.slice(Math.max(0, i - 30), i))) continue;
      const m = phrase.exec(ctx.lower.slice(i + n, i + n + 220));
      if (!m) continue;
      hits.push({ start: i, end: i + n + m.index + m[0].length });
      seen.add(surname ?? full);
      break;
    }
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.start - b.start);
  const { start, end } = hits[0]!;
  return { value: hits.length, low: hits.length, high: hits.length, approximate: false, text: ctx.text.slice(start, end), start, end, reports: [] };
}

/** What the whole story shares: looked up once for all its incidents. */
interface Story {
  ctx: ArticleContext;
  /** Sentences that hold a group of some incident. */
  groupSentences: Set<number>;
  /** "No group has claimed responsibility for either incident" speaks of every incident of the story: the rule of that cue. */
  forAll: string | null;
  armedGroups?: ActorMention[];
  /** OWN_ORGANIZATION_RULES: the story's one armed group its lead names, per lead length (computed once per story). */
  ownOrganization?: Map<number, ActorMention | null>;
  fallbackPlace?: { place: Role<PlaceMention> | null };
  /** The story tells one incident (`weapon-sole-incident`). */
  sole?: boolean;
  /** The story's incidents (back-reference.ts: which one a sentence names). */
  incidents: readonly Incident[];
  /** The incidents coded so far, with their dates (when.ts SAME_TIME_RULES). */
  dated: DatedIncident[];
}

/** One incident on its way to a record: each step below fills or prunes its fields and notes the rule that decided. */
interface Draft {
  inc: Incident;
  /** The incident's position in the story (0: its main incident). */
  n: number;
  mentions: Incident['groups'][number]['mentions'];
  /** The trigger: the first incident word ("ambush", "attack"), not a victim verb ("killed"), where the first group has one. */
  first: Incident['groups'][number]['mentions'][number];
  note: (field: string, rule: string) => void;
  why: Record<string, string[]>;
  type: EventType;
  date: DateValue;
  location: Place | null;
  attackerRoles: Role<ActorMention>[];
  targetRoles: Role<ActorMention>[];
  cues: ReturnType<ArticleContext['responsibility']>;
  responsibility: Responsibility;
  weapons: Weapon[];
  killed: Count | null;
  wounded: Count | null;
  /** `counts.additive`: every figure of the field counts others than the victims named ("two of his bodyguards were also killed"). */
  othersOnly: { killed: boolean; wounded: boolean };
  /** The casualty phrases of the incident (chooseCasualties). */
  casualtyMentions: CasualtyMention[];
}

/** A refiner of a draft: one signature, applied in order (as chrono-node's refiners are). */
type RecordStep = (d: Draft, story: Story) => void;

function draftOf(inc: Incident, n: number): Draft {
  const why: Record<string, string[]> = {};
  const mentions = inc.groups.flatMap((g) => g.mentions);
  return {
    inc,
    n,
    mentions,
    first: inc.groups[0]!.mentions.find((m) => !m.casualtyOnly) ?? mentions[0]!,
    why,
    note: (field, rule) => (why[field] ??= []).push(rule),
    type: 'attack',
    date: NO_DATE,
    location: null,
    attackerRoles: uniqueActors(inc.groups.flatMap((g) => g.attackers)),
    targetRoles: uniqueActors(inc.groups.flatMap((g) => g.targets)),
    cues: [],
    responsibility: 'unknown',
    weapons: [],
    killed: null,
    wounded: null,
    othersOnly: { killed: false, wounded: false },
    casualtyMentions: [],
  };
}

/**
 * The groups whose type counts: the lead's, those told within CONTINUATION_REACH sentences of it or of one so told,
 * those of the lead's kind (TYPE_FAMILIES), and those that are no back-reference or bring a victim, toll or date. A
 * distant anaphor of another kind with none ("the bombing has been intense", 11 sentences after the Jesuits' murder)
 * tells of the war around the incident, not of its kind; a lead of no kind ("attack") takes any.
 */
function typedGroups(inc: Incident): Incident['groups'] {
  const lead = inc.groups[0]!;
  if (inc.aggregate || lead.type === 'attack') return inc.groups;
  let last = lead.sentence;
  return inc.groups.filter((g) => {
    const near = g.sentence - last <= CONTINUATION_REACH;
    if (near) last = Math.max(last, g.sentence);
    return near || !g.anaphoric || g.targets.length + g.casualties.length + g.dates.length > 0 || g.type === lead.type || TYPE_FAMILIES.some((f) => f.includes(lead.type) && f.includes(g.type));
  });
}

/** type: the most specific over the groups that count (typedGroups; tallies keep their trigger's type); shots in a raid keep it a raid. */
const chooseType: RecordStep = (d) => {
  const { inc, note } = d;
  for (const g of typedGroups(inc)) {
    const t = inc.aggregate ? (g.mentions.find((m) => m.aggregate)?.type ?? g.mentions[0]!.type) : g.type;
    if (moreSpecific(t, d.type) !== d.type || t === d.type) {
      if (t !== d.type) note('type', inc.aggregate ? g.mentions[0]!.rules[0]! : g.typeRule);
      d.type = moreSpecific(t, d.type);
    }
  }
  if (!d.why.type) note('type', d.first.rules[0]!);
  // shots fired in a raid ("a suspect was shot dead after he opened fire on officers") keep it a raid: the raid's rule
  if (d.type === 'armed_assault' && inc.groups[0]!.type === 'raid') {
    d.type = 'raid';
    note('type', inc.groups[0]!.typeRule);
  }
};

/** BODY_FOUND_DAY (attach.ts): the day a body was found, its reject traced. */
function foundDay(ctx: ArticleContext, x: { text: string; start: number; end: number }): boolean {
  if (!bodyFoundDay(ctx, x)) return false;
  ctx.trace?.push({ rule: BODY_FOUND_DAY.name, action: 'reject', text: x.text, start: x.start, end: x.end });
  return true;
}

/** date: nearest in the incident's sentences; the lead's date for the story's main incident. */
const chooseDate: RecordStep = (d, { ctx, dated }) => {
  // (not a report's day: `report-day-skip`, "police reported today that…"; nor a day to come: `date-future-skip`; `day-over-period`: a day
  // within the month or year nearer the trigger, of its sentence or of a later sentence of the incident, "ON 25 JANUARY … SEEN IN
  // JANUARY", "KIDNAPPED … ALMOST 2 MONTHS AGO … KIDNAPPED THE BUSINESSMAN LAST 9 AUGUST"; a day outside it, "upheld on Tuesday the
  // sentences for the 2016 attack", tells of another time)
  const told = d.inc.groups.map((g) => g.dates.filter((y) => !reportDay(ctx, y.value) && !foundDay(ctx, y.value) && !futureDay(ctx, y.value)));
  const flat = told.flat();
  const x = dayOverPeriod(flat, (y) => y.value);
  if (x) {
    d.date = { value: x.value.value, precision: x.value.precision, text: x.value.text, start: x.value.start, end: x.value.end };
    d.note('date', x === flat[0] ? x.rule : `${x.rule}>day-over-period`);
    return;
  }
  // (when.ts: "THE REBELS ALSO BLEW UP …" keeps the date of the incident told before)
  const same = d.inc.aggregate ? null : sameTimeDate(ctx, d.inc, dated);
  if (same) {
    d.date = same.date;
    d.note('date', same.rule);
    return;
  }
  const next = d.inc.aggregate ? null : nextSentenceDate(ctx, d.inc, dated);
  if (next) {
    d.date = next;
    d.note('date', NEXT_SENTENCE_DAY.name);
    return;
  }
  if (d.n !== 0 || d.inc.aggregate) return;
  // (not a period's start: "since 1985" dates a trend, not an incident)
  const lead = ctx.dates.find((x) => x.start < (ctx.sentences[Math.min(2, ctx.sentences.length - 1)]?.end ?? 0) && !PERIOD_START.test(x.text) && !reportDay(ctx, x) && !foundDay(ctx, x) && !futureDay(ctx, x));
  if (lead) {
    d.date = { value: lead.value, precision: lead.precision, text: lead.text, start: lead.start, end: lead.end };
    d.note('date', `${lead.rule}>lead`);
    return;
  }
  const day = leadReportDay(ctx, d.inc);
  if (day) {
    d.date = day;
    d.note('date', LEAD_REPORT_DAY.name);
  }
};

/** `location-next-sentence`: the lead names the province, the next sentence (no incident of its own) the town in it. */
function townNextSentence(d: Draft, story: Story, b: PlaceMention): PlaceMention | undefined {
  const { ctx } = story;
  const from = d.inc.groups[0]!.sentence;
  for (let i = from + 1; i <= from + 2 && i < ctx.sentences.length; i++) {
    if (story.groupSentences.has(i) && !d.inc.groups.some((g) => g.sentence === i)) return undefined; // another incident's sentence
    const s = ctx.sentences[i]!;
    const town = within(ctx.places, s.start, s.end).find(
      (p) => p.kind === 'place' && incidentPlace(ctx, p) && (p.precision === 'city' || p.precision === 'site') && p.country_code === b.country_code && (b.precision === 'country' || !p.admin1 || p.admin1 === b.admin1),
    );
    if (town) return town;
  }
  return undefined;
}

/** A fallback that stands for a place of the story (not the guess of `location-placeless-dateline-country`, which `placelessCountry` applies). */
const placed = (fb: Role<PlaceMention> | null) => (fb?.guessed ? null : fb);

/**
 * `location-placeless-dateline-country` (location.ts): after a dateline with no place, the country the body names most,
 * for an incident with particulars of its own (a date or a party): a country guessed from the article is none of them.
 */
const placelessCountry: RecordStep = (d, story) => {
  const fb = story.fallbackPlace?.place;
  if (d.location || !fb || placed(fb) || d.n !== 0 || (!d.date.value && d.attackerRoles.length === 0 && d.targetRoles.length === 0)) return;
  const { rule: _r, kind: _k, possessive: _p, ...place } = fb.value;
  d.location = place;
  d.note('location', fb.rule);
};

/** location: the most specific place named in the incident; the dateline's (or the article's country, location.ts) otherwise. */
const chooseLocation: RecordStep = (d, story) => {
  let best: Role<PlaceMention> | null = null;
  // (a sentence of the incident that names another year than the publication's tells of another time, "revived memories
  // of the 2014 kidnapping … from Chibok": its places give way to those of the others)
  const now = d.inc.groups.filter((g) => g.places.length > 0 && !otherYear(story.ctx, story.ctx.sentences[g.sentence]!));
  for (const g of now.length > 0 ? now : d.inc.groups) for (const p of g.places) if (!best || placeScore(p.value) > placeScore(best.value)) best = p;
  // `location-unlisted-locality`: of two places that rank the same, in one country, the one the gazetteer does not list
  const b = best?.value;
  const unlisted = b && unlistedLocality(story.ctx, b, d.inc.groups.flatMap((g) => g.places), (p) => placeScore(p) === placeScore(b));
  if (unlisted) best = { value: { ...unlistedInTown(story.ctx, unlisted.value, b), rule: unlisted.value.rule }, rule: `${unlisted.rule}>${UNLISTED_LOCALITY.name}` };
  if (best && (best.value.precision === 'admin1' || best.value.precision === 'country') && !d.inc.aggregate) {
    const town = townNextSentence(d, story, best.value);
    if (town) best = { value: town, rule: `${town.rule}>location-next-sentence` };
  }
  if (best) d.note('location', best.rule);
  else {
    // the dateline's place, or the country of the article's places when the dateline is abroad (location.ts)
    const fb = placed((story.fallbackPlace ??= { place: fallbackLocation(story.ctx) }).place);
    // `location-nearby-sentence`: a sentence next to the incident's own says where
    const own = incidentSentences(d.inc);
    // (only beside a fallback, and in its country: an article with no dateline has no country to keep to)
    const near = fb ? nearbyPlace(story.ctx, own, new Set([...story.groupSentences].filter((i) => !own.includes(i))), fb.value.country_code) : null;
    if (near) best = { value: near, rule: `${near.rule}>${NEARBY_SENTENCE.name}` };
    else if (fb) best = fb;
    else return;
    d.note('location', best.rule);
  }
  // `location-site-of-city-nearby`: a sentence next to the incident's own says where in its city
  const own = incidentSentences(d.inc);
  const site = siteOfCityNearby(story.ctx, own, new Set([...story.groupSentences].filter((i) => !own.includes(i))), best.value);
  if (site) {
    best = { value: site, rule: `${site.rule}>${SITE_OF_CITY_NEARBY.name}` };
    d.why.location = [best.rule];
  }
  const { rule: _r, kind: _k, possessive: _p, ...place } = best.value;
  d.location = place;
};

/** responsibility: the first cue by RESPONSIBILITY_ORDER; a claimed or attributed party joins the attackers. */
const chooseResponsibility: RecordStep = (d, story) => {
  const { ctx } = story;
  const { inc, attackerRoles } = d;
  d.cues = [...inc.groups.flatMap((g) => g.responsibility), ...inc.extraSentences.flatMap((i) => ctx.responsibility(ctx.sentences[i]!.start, ctx.sentences[i]!.end))];
  for (const r of RESPONSIBILITY_ORDER) {
    // a habitual statement ("are sometimes claimed by", "routinely blames") is about no incident in particular
    const cue = d.cues.find((c) => c.value === r && !habitualCue(ctx, c));
    if (!cue) continue;
    d.responsibility = r;
    d.note('responsibility', cue.rule);
    for (const party of cue.actor && (r === 'claimed' || r === 'attributed') ? [cue.actor, ...(cue.also ?? [])] : []) {
      if (!attackerRoles.some((a) => a.value.name === party.name)) attackerRoles.push({ value: r === 'attributed' ? { ...party } : party, rule: cue.rule });
    }
    break;
  }
  if (d.responsibility === 'unknown' && story.forAll && !inc.aggregate) {
    d.responsibility = 'unclaimed';
    d.note('responsibility', story.forAll);
  }
  // `denied-keeps-accused`: "the force said, blaming the United States" … "The US military denied any involvement"; and
  // an incident no one claimed keeps whom it is blamed on ("ALTHOUGH NO ONE HAS CLAIMED CREDIT FOR THE BOMBING, PRESS
  // SECTORS BLAMED IT ON THE DRUG MAFIA")
  if (keepsAccused(d.responsibility, ctx.scope)) {
    const accused = d.cues.find((c) => c.value === 'attributed' && c.actor && !habitualCue(ctx, c));
    if (accused && !attackerRoles.some((a) => a.value.name === accused.actor!.name)) attackerRoles.push({ value: { ...accused.actor! }, rule: accused.rule });
  }
};

/**
 * BACK_REFERENCE_RULES (back-reference.ts): for an incident whose own sentences name no attacker, not even a fallback's, the
 * party of a claim of it in a sentence that tells no incident. (Tried before the fallback, and beside the attackers found:
 * muc4-tst1 lost an attacker either way, muc4-dev gained the same.)
 */
const backReference: RecordStep = (d, story) => {
  if (d.attackerRoles.length === 0) backReferenceAttackers(story.ctx, d.inc, d.type, story.incidents, story.groupSentences, d.attackerRoles);
};

/** Fallbacks: the incident's sentences name the parties outside the trigger's clause. */
const fallbackActors: RecordStep = (d, story) => {
  const { ctx } = story;
  const { inc, attackerRoles, targetRoles } = d;
  const weaponSpans = inc.groups.flatMap((g) => g.weapons);
  const nearby = withinAny(ctx.actors, incidentSentences(inc).map((i) => ctx.sentences[i]!)).filter((a) => !a.source && !overlapsAny(weaponSpans, a));
  const known = (a: ActorMention) => [...attackerRoles, ...targetRoles].some((r) => r.value.name.toLowerCase() === a.name.toLowerCase());
  // "The same urban command carried out other sabotage": the group named before, the fallback's armed group (its own name,
  // `anaphoric-group-attacker`, was folded into `fallback-armed-group` to pay for `claim-back-reference`: 4 articles in the gate)
  if (attackerRoles.length === 0 && !inc.aggregate) {
    const s0 = ctx.sentences[inc.groups[0]!.sentence]!;
    if (SAME_GROUP.test(ctx.lower.slice(s0.start, s0.end))) {
      story.armedGroups ??= ctx.actors.filter((x) => !x.source && x.kind === 'armed_group' && !!x.known);
      const a = lastEndingBy(story.armedGroups, s0.start);
      if (a) attackerRoles.push({ value: a, rule: 'fallback-armed-group' });
    }
  }
  if (attackerRoles.length === 0 && !inc.aggregate) {
    const a = nearby.find((x) => FALLBACK_ATTACKER.test(x.name) && !known(x) && !fallbackSkip(ctx, x));
    // (generic perpetrators of a named group, "suspected JNIM militants": the group, as `group-beside-generic` reads it)
    const g = a?.descriptive && a.kind === 'armed_group' ? groupBeside(ctx, ctx.actors, a, ctx.actors.indexOf(a)) : null;
    if (g && !known(g)) attackerRoles.push({ value: g, rule: 'fallback-armed-group>group-beside-generic', guessed: true });
    else if (a) attackerRoles.push({ value: a, rule: 'fallback-armed-group', guessed: true });
  }
  if (targetRoles.some((r) => !r.counted)) return;
  const reacting = (x: ActorMention) => REACTION_AFTER.test(ctx.lower.slice(x.end, x.end + 100));
  const person = (x: ActorMention) => !!x.person && FALLBACK_PERSON_CUES.has(x.person) && !SPEAKER_AFTER.test(ctx.lower.slice(x.end, x.end + 100));
  for (const t of nearby.filter((x) => (FALLBACK_TARGET_KINDS.has(x.kind) || person(x)) && !x.again && !known(x) && !reacting(x) && !fallbackTargetSkip(ctx, x) && !headerSpeaker(ctx, x) && !fallbackTypeSkip(ctx, d.type, x)).slice(0, 2)) {
    targetRoles.push({ value: t, rule: 'fallback-victim', guessed: true });
  }
};

/** How many sentences after an incident's last one may name its victims, when they tell no incident of their own. */
const IDENTIFIED_REACH = 8;


/**
 * IDENTIFIED_RULES (roles.ts, `--scope terrorism`): the persons a sentence of the incident, or one of the next few that
 * tells no other incident, names as its victims ("THE VICTIMS WERE IDENTIFIED AS …", "THEY ARE …") are its targets.
 */
const identifiedVictims: RecordStep = (d, story) => {
  const { ctx } = story;
  if (ctx.scope !== 'terrorism' || d.inc.aggregate) return;
  const own = new Set(d.inc.groups.map((g) => g.sentence));
  const first = Math.min(...own);
  const last = Math.max(...own);
  const sentences = new Set([...own, ...d.inc.extraSentences]);
  // `identified-between`: a sentence between two of the incident's own that tells no other incident is its too
  // ("THE BOMB … AT A BRANCH OF BANCO POPULAR. THE INJURED WERE … THE BLAST COMPLETELY DESTROYED THE BANK FACILITIES")
  for (let i = first + 1; i < last; i++) if (!story.groupSentences.has(i)) sentences.add(i);
  for (let i = last + 1; i <= last + IDENTIFIED_REACH && i < ctx.sentences.length && !story.groupSentences.has(i); i++) sentences.add(i);
  const known = new Set([...d.attackerRoles, ...d.targetRoles].map((r) => r.value.name.toLowerCase()));
  for (const si of sentences) {
    const s = ctx.sentences[si]!;
    const sl = ctx.lower.slice(s.start, s.end);
    for (const r of IDENTIFIED_RULES) {
      const m = r.match.scope === ctx.scope ? r.match.cue.exec(sl) : null;
      if (!m) continue;
      for (const a of within(ctx.actors, s.start + m.index + m[0].length, s.end)) {
        if (a.source || !a.person || known.has(a.name.toLowerCase())) continue;
        ctx.trace?.push({ rule: r.name, action: 'accept', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
        d.targetRoles.push({ value: a, rule: r.name });
        known.add(a.name.toLowerCase());
      }
      break;
    }
  }
};

/**
 * DAMAGE_RULES and HARM_RULES (roles.ts, `--scope terrorism`) over the sentences of an incident that hold none of its
 * triggers: its other sentences, those between two of its own, and up to the rule's `reach` after its last that tell no
 * other incident ("A BOMB EXPLODED AT THE RADIO STATION. SEVERAL HOMES NEAR THE STATION WERE SERIOUSLY DAMAGED",
 * "… HOWEVER, NEITHER TRUSHIN NOR HIS WIFE WERE INJURED"). A damage clause there is the incident's when passive with no
 * agent or a blast's, or active with a blast for its subject (`match.blasts`).
 */
const sentenceTargets: RecordStep = (d, story) => {
  const { ctx } = story;
  // (only beside the targets its own sentences name: a later sentence's damage or harm makes no incident of a mention that has none)
  if (ctx.scope !== 'terrorism' || d.inc.aggregate || !ctx.lang || d.targetRoles.length === 0) return;
  const own = new Set(d.inc.groups.map((g) => g.sentence));
  const last = Math.max(...own);
  const reach = Math.max(0, ...DAMAGE_RULES.map((r) => r.match.reach), ...HARM_RULES.map((r) => r.match.reach));
  const sentences = new Set(d.inc.extraSentences);
  for (let i = Math.min(...own) + 1; i < last; i++) if (!story.groupSentences.has(i)) sentences.add(i);
  for (let i = last + 1; i <= last + reach && i < ctx.sentences.length && !story.groupSentences.has(i); i++) sentences.add(i);
  const parties = new Set([...d.attackerRoles, ...d.targetRoles].map((r) => r.value));
  const names = new Set([...parties].map((a) => a.name.toLowerCase()));
  const blasts = new Set(DAMAGE_RULES.flatMap((r) => r.match.blasts));
  const deed: DeedOf = (c, terms, v) => {
    const by = c.pps.find((p) => p.prep === 'by');
    if (v.voice === 'passive') return !by || blasts.has(by.np.head) ? 'passive' : null;
    return c.subject && (blasts.has(c.subject.head) || blasts.has(terms[c.subject.from]!.normal)) ? 'active' : null;
  };
  // (a harm told as done: not one urged or feared, "URGED THE PEOPLE TO ASSASSINATE", "MAY HAVE BEEN MURDERED")
  const told = (v: VerbInfo) => !v.modal && (v.tense === 'past' || v.tense === 'perfect' || v.tense === 'gerund');
  for (const si of [...sentences].sort((a, b) => a - b)) {
    if (own.has(si)) continue;
    const s = ctx.sentences[si]!;
    const actors = within(ctx.actors, s.start, s.end).filter((a) => !a.source && !names.has(a.name.toLowerCase()));
    const found: Role<ActorMention>[] = [];
    if (si - last <= Math.max(0, ...HARM_RULES.map((r) => r.match.reach))) harmedIn(ctx, si, actors, parties, found, told, d.type);
    if (si - last <= Math.max(0, ...DAMAGE_RULES.map((r) => r.match.reach))) damagedIn(ctx, si, actors, parties, deed, found);
    // (and what a list joins to them: "ENGINEERS AUGUSTO CARNEIRO MOREIRA JUNIOR, CESAR PAIM DE OLIVEIRA, AND JOSE ROBERTO REIS WERE RELEASED")
    if (found.length > 0) coordinatedTargets(ctx, si, { start: s.end, end: s.end }, actors.filter((a) => !parties.has(a)), [], found);
    for (const r of found) parties.add(r.value);
    d.targetRoles.push(...found);
  }
};

/** Attackers: one party for generic perpetrators described twice or beside the named group. */
const pruneAttackers: RecordStep = (d, { ctx }) => {
  // `group-members-attacker` for a group the responsibility cues or the fallbacks gave
  if (!d.attackerRoles.some((r) => r.value.members)) withGroupMembers(ctx, d.attackerRoles);
  const attackerNames = new Set(d.attackerRoles.map((a) => a.value.name.toLowerCase()));
  d.targetRoles = d.targetRoles.filter((t) => !attackerNames.has(t.value.name.toLowerCase()));
  // `generic-attacker-beside-group`: "gunmen" are the named group beside them ("Al-Shabaab claimed the attack"), not another party;
  // `one-generic-attacker`: "gunmen … bandits, as armed gangs are known": unnamed perpetrators described twice are one party
  const generic = d.attackerRoles.filter((r) => r.value.kind === 'armed_group' && !!r.value.descriptive);
  if (generic.length > 1 && generic.length === d.attackerRoles.length) {
    const first = generic.reduce((a, b) => (b.value.start < a.value.start ? b : a));
    d.attackerRoles.splice(0, d.attackerRoles.length, first);
  }
  // and on the other side: "Hashed al-Shaabi fighters" targeted are the Hashed, not two parties
  for (const roles of [d.attackerRoles, d.targetRoles]) {
    if (!roles.some((r) => r.value.kind === 'armed_group' && !!r.value.known)) continue;
    for (let i = roles.length - 1; i >= 0; i--) {
      const v = roles[i]!.value;
      if (v.kind === 'armed_group' && !!v.descriptive && GENERIC_PERPETRATOR.test(v.name)) roles.splice(i, 1);
    }
  }
  for (const r of d.attackerRoles) d.note('attackers', r.rule);
  for (const r of d.attackerRoles) d.note('attackers_mention', mentionRule(r.value));
};

/** The rule that found a party's mention (explain `attackers_mention`, `targets_mention`): the dictionary's under one name. */
const mentionRule = (m: ActorMention) => m.rule.replace(/:.*$/, '');

const HOME_WORD = /^(home|house|residence|door|doorstep|car|vehicle|office|truck|pickup|pickup truck|motorcycle|motorbike|shop|store)$/i;
/** A bare facility word ("home", "tower") without its article. */
const facilityWords = (r: Role<ActorMention>) => cleanName(r.value.name).toLowerCase().replace(/^(another|other|the|a|an)\s+/, '');

/** TITLE_RULES (roles.ts): a bare title beside a person named among the targets is that person ("THE MINISTER"). */
const pruneTitles: RecordStep = (d, { ctx }) => {
  const named = d.targetRoles.filter((t) => !!t.value.person);
  if (named.length === 0) return;
  for (const r of TITLE_RULES) {
    if (r.match.scope !== ctx.scope) continue;
    d.targetRoles = d.targetRoles.filter((t) => {
      if (!r.match.titles.test(cleanName(t.value.name))) return true;
      const definite = holdsBefore(ctx, t.value.start, r.match.definite);
      const apposed = named.some((p) => p.value.end <= t.value.start && r.match.apposition.test(ctx.lower.slice(p.value.end, t.value.start)));
      if (!definite && !apposed) return true;
      ctx.trace?.push({ rule: r.name, action: 'reject', text: ctx.text.slice(t.value.start, t.value.end), start: t.value.start, end: t.value.end });
      return false;
    });
  }
};

/** Targets: people over the places and vehicles around them; one facility named twice is one. */
const pruneTargets: RecordStep = (d, { ctx }) => {
  const before = (t: Role<ActorMention>, n: number) => ctx.lower.slice(Math.max(0, t.value.start - n), t.value.start);
  const isFacility = (t: Role<ActorMention>) => t.value.kind === 'facility';
  // `abduction-targets-people`: people are kidnapped, not the highway they were working on
  if (d.type === 'abduction') d.targetRoles = d.targetRoles.filter((t) => !isFacility(t));
  // `generic-victims-beside-target`: "killing at least 17 people" adds nothing to "a crowded market" as a target
  if (ctx.scope !== 'terrorism' && d.targetRoles.some((t) => !GENERIC_VICTIMS.test(t.value.name))) d.targetRoles = d.targetRoles.filter((t) => !GENERIC_VICTIMS.test(t.value.name));
  if (d.targetRoles.some((t) => !isFacility(t))) {
    // `victim-home-is-place`: "shot dead journalist Juan Perez outside his home": the home of a person attacked is where, not whom
    d.targetRoles = d.targetRoles.filter((t) => !(isFacility(t) && /\b(his|her|their)\s+$/.test(before(t, 8)) && HOME_WORD.test(t.value.name)));
    // `vehicle-beside-people`: "a strike on a vehicle killed three members of a Yazidi armed group": the people in it are the
    // target, the vehicle only carried them (a bus stays: its passengers; a named owner's vehicle, "the general's vehicle", too)
    d.targetRoles = d.targetRoles.filter((t) => !(isFacility(t) && CARRIER_VEHICLE.test(cleanName(t.value.name)) && !/['’]s\s+$/.test(before(t, 4))));
  }
  // `facility-named-once`: a bare facility word ("home", "tower") is the fuller one named beside it ("the home of General Enrique Franco")
  d.targetRoles = namedAgain(d.targetRoles, (t) => (isFacility(t) ? facilityWords(t) : null));
  d.targetRoles = namedOnce(ctx, d.targetRoles);
};

/** SCOPE_TARGET_RULES (scope.ts): the targets the scope does not code, beside one it does, dropped (each traced); then the targets noted. */
const scopeTargets: RecordStep = (d, { ctx }) => {
  const drop = scopeTargetDrops(ctx.scope ?? 'all', d.type, d.targetRoles.map((r) => toActor(r.value)));
  if (drop) {
    for (const [i, t] of d.targetRoles.entries()) if (drop.drops[i]) ctx.trace?.push({ rule: drop.rule, action: 'reject', text: ctx.text.slice(t.value.start, t.value.end), start: t.value.start, end: t.value.end });
    d.targetRoles = d.targetRoles.filter((_, i) => !drop.drops[i]);
  }
  for (const r of d.targetRoles) d.note('targets', r.rule);
  for (const r of d.targetRoles) d.note('targets_mention', mentionRule(r.value));
};

/**
 * The roles named again: a role whose words (`words`, null for a role not compared) are a whole-word part of another's
 * longer words, or the same words as an earlier one's (the same name twice, across a line break: "PEDRO\nJESUS HERNANDEZ",
 * "PEDRO JESUS HERNANDEZ", is kept once, the first), is dropped (`dropped` is told of it), the fuller name kept.
 */
function namedAgain(roles: Role<ActorMention>[], words: (t: Role<ActorMention>) => string | null, dropped?: (t: Role<ActorMention>) => void): Role<ActorMention>[] {
  const ws = roles.map((t) => {
    const w = words(t);
    return w === null || w === '' ? null : ` ${w} `;
  });
  return roles.filter((t, i) => {
    const w = ws[i];
    const again = !!w && ws.some((v, j) => j !== i && !!v && ((v.length > w.length && v.includes(w)) || (v === w && j < i)));
    if (again) dropped?.(t);
    return !again;
  });
}

/**
 * NAMED_ONCE_RULES (roles.ts) with `match.inside`, read on the article's actors before any role: under its scope, a
 * dictionary force of `match.kinds` (no person so titled: "the home of General Enrique Franco") whose mention overlaps a mention of the `inside` kind (the force named in the facility it owns, "A
 * POLICE PATROL CAR") is that facility named, no party of its own.
 */
export function ownedForcesDropped(actors: ActorMention[], scope: string, trace?: RuleFiring[]): ActorMention[] {
  for (const r of NAMED_ONCE_RULES) {
    const inside = r.match.inside;
    if (!inside || (r.match.scope && r.match.scope !== scope)) continue;
    const hosts = actors.filter((h) => h.kind === inside);
    if (hosts.length === 0) continue;
    actors = actors.filter((a) => {
      if (!a.known || !r.match.kinds?.includes(a.kind) || !hosts.some((h) => h !== a && h.start < a.end && a.start < h.end)) return true;
      trace?.push({ rule: r.name, action: 'reject', text: a.text, start: a.start, end: a.end });
      return false;
    });
  }
  return actors;
}

/** NAMED_ONCE_RULES (roles.ts): a target named again by a part of its name is dropped, the fuller name kept. */
function namedOnce(ctx: ArticleContext, roles: Role<ActorMention>[]): Role<ActorMention>[] {
  for (const r of NAMED_ONCE_RULES) {
    if (r.match.scope && r.match.scope !== ctx.scope) continue;
    if (r.match.inside) continue; // (read on the actors: `ownedForcesDropped`)
    const words = (t: Role<ActorMention>) => (r.match.notKinds.includes(t.value.kind) ? null : t.value.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
    roles = namedAgain(roles, words, (t) => ctx.trace?.push({ rule: r.name, action: 'reject', text: ctx.text.slice(t.value.start, t.value.end), start: t.value.start, end: t.value.end }));
  }
  return roles;
}

/** weapons: one per name, the first count known. */
const chooseWeapons: RecordStep = (d) => {
  for (const w of d.inc.groups.flatMap((g) => g.weapons)) {
    const have = d.weapons.find((x) => x.name === w.name);
    if (!have) {
      d.weapons.push({ name: w.name, count: w.count, text: w.text, start: w.start, end: w.end });
      d.note('weapons', w.rule);
    } else if (have.count === null && w.count !== null) have.count = w.count;
  }
  // `weapon-subsumed-*`: a generic name beside a specific one of the same device (weapons/lexicon.ts WEAPON_SUBSUMED)
  for (const rule of WEAPON_SUBSUMED) {
    if (!d.weapons.some((w) => w.name === rule.match) || !d.weapons.some((w) => rule.then.dropWhen.includes(w.name))) continue;
    d.weapons = d.weapons.filter((w) => w.name !== rule.match);
    d.note('weapons', rule.name);
  }
};

/**
 * `weapon-sole-incident`: a story of one bombing whose sentences name no weapon names its explosive elsewhere ("TEN TERRORISTS HURLED
 * DYNAMITE STICKS AT U.S. EMBASSY FACILITIES … THE ATTACK TOOK PLACE AT 2100"): the weapons of the whole story are its own.
 */
const EXPLOSIVE_WEAPONS: ReadonlySet<string> = new Set(['bomb', 'explosive', 'car bomb', 'IED', 'roadside bomb', 'grenade', 'landmine']);
/** …and a story of one shooting (or attack of no other kind: "HIT BY 12 BULLETS IN AN ATTACK") its firearm where it is fired (SOLE_FIREARM_FIRED). */
const FIREARM = { names: new Set(SOLE_FIREARM_FIRED.weapons), before: wordsBeforeRe(SOLE_FIREARM_FIRED.match.wordBefore), after: wordsAfterRe(SOLE_FIREARM_FIRED.match.wordAfter) };
const firedFirearm = (lower: string, w: { start: number; end: number }) => FIREARM.before.test(lower.slice(Math.max(0, w.start - 16), w.start)) || FIREARM.after.test(lower.slice(w.end, w.end + 16));
const soleIncidentWeapons: RecordStep = (d, { ctx, sole }) => {
  const shooting = d.type === 'armed_assault' || d.type === 'assassination' || d.type === 'attack';
  if (!sole || d.weapons.length > 0 || d.inc.aggregate || (d.type !== 'bombing' && !shooting)) return;
  for (const w of ctx.weapons(0, ctx.text.length)) {
    const fits = shooting ? FIREARM.names.has(w.name) && firedFirearm(ctx.lower, w) : EXPLOSIVE_WEAPONS.has(w.name);
    if (!fits || d.weapons.some((x) => x.name === w.name)) continue;
    d.weapons.push({ name: w.name, count: w.count, text: w.text, start: w.start, end: w.end });
    d.note('weapons', 'weapon-sole-incident');
  }
};

/** `plural-victims-no-figure`: a target that is a group of persons named by a plural ("jesuit priests", "journalists", "Salvadoran people"). */
const pluralVictims = (t: Role<ActorMention>) => t.value.kind === 'civilians' && !(t.value.person && NAMED_PERSON_CUES.has(t.value.person)) && /(?:[^s]s|people)$/i.test(t.value.name);

/** A figure that a COUNT_LAYER_RULES record reads as a tally over a period (counts/layer-rules.ts); its reject is traced. */
function tallyFigure(ctx: ArticleContext, c: CasualtyMention): boolean {
  // (a war's toll stays: the scope refiner drops the event it gives, `terrorism-war-toll`)
  if (!ctx.lang || c.value === 0 || c.value >= WAR_TOLL) return false;
  const si = sentenceAt(ctx.sentences, c.start);
  const s = ctx.sentences[si];
  const inScope = COUNT_LAYER_RULES.filter((r) => r.scopes.includes(ctx.scope ?? 'all'));
  // (a run-on sentence gets no layer: read once per figure, its text would make the figures of an endless sentence quadratic)
  if (!s || inScope.length === 0 || s.end - s.start > MAX_LAYER_CHARS) return false;
  const sentence = ctx.lower.slice(s.start, s.end);
  const cued = inScope.filter((r) => r.cue.test(sentence));
  const rule = cued.length ? firstRule(cued, viewOf(ctx.lang, si, c.start, c.end)) : null;
  if (rule) ctx.trace?.push({ rule: rule.name, action: 'reject', text: c.text, start: c.start, end: c.end });
  return rule !== null;
}

/** `terrorism-battle-casualties` (counts/rules.ts PERPETRATOR_TOLL): a figure of the perpetrators' own dead or wounded; its reject is traced. */
function perpetratorToll(ctx: ArticleContext, c: CasualtyMention): boolean {
  const r = PERPETRATOR_TOLL;
  if (!c.victims || !r.scopes.includes(ctx.scope ?? 'all')) return false;
  const victims = c.victims.text.toLowerCase();
  if (r.list.test(victims)) return false;
  const [modifier, head] = victims.split(/\s+/).slice(-2);
  const own = GROUP_HEADS.get(head ?? '') === 'armed_group' || (!!head && r.member.test(head) && GROUP_NOUN_MODIFIERS.test(modifier ?? ''));
  if (own) ctx.trace?.push({ rule: r.name, action: 'reject', text: c.text, start: c.start, end: c.end });
  return own;
}

/** An assassination's lone noun, the story naming no victim of it ("THE MURDER", "THE ASSASSINATION"): a death all the same. */
const ASSASSINATION_NOUN = /^(?:murder|assassination)$/i;

/**
 * `assassination-implies-death`: an assassination with a victim named, or, with none named, told by its lone noun ("ON THE
 * MURDER, THE POLICE SAID …": MUC-4 keys give it one death). Not for victims named only as a plural group ("the murder of
 * the Jesuit priests": how many died is not one, and the story gives no figure here: `plural-victims-no-figure`), nor for
 * a verb with no victim found ("MURDERED" with no subject read: the story's figure is elsewhere).
 */
function assassinationDeath(d: Draft): boolean {
  if (d.type !== 'assassination' || d.inc.aggregate) return false;
  if (d.targetRoles.length === 0) return ASSASSINATION_NOUN.test(d.first.trigger.text);
  return !d.targetRoles.every(pluralVictims);
}

/** `victim-list-killed` (counts/rules.ts VICTIM_LIST_KILLED): the person targets named in a row after a kill word, one death each. */
function victimListDeaths(ctx: ArticleContext, d: Draft, least: number): Count | null {
  const r = VICTIM_LIST_KILLED;
  const persons = d.targetRoles.filter((t) => !!t.value.person).sort((a, b) => a.value.start - b.value.start);
  for (const i of new Set(d.inc.groups.map((g) => g.sentence))) {
    const s = ctx.sentences[i]!;
    if (!persons.some((t) => t.value.start >= s.start && t.value.end <= s.end)) continue;
    for (const w of ctx.lower.slice(s.start, s.end).matchAll(r.word)) {
      const from = s.start + w.index! + w[0].length;
      let [at, n] = [from, 0];
      for (const t of persons) {
        if (t.value.start < from || t.value.end > s.end) continue;
        const gap = ctx.lower.slice(at, t.value.start);
        if (!(n === 0 ? r.first : r.next).test(gap) || r.stop.test(gap)) break;
        [at, n] = [t.value.end, n + 1];
      }
      if (n >= least) return { value: n, low: n, high: n, approximate: false, text: ctx.text.slice(from - w[0].length, at), start: from - w[0].length, end: at, reports: [] };
    }
  }
  return null;
}

/** casualties, with the trigger-less sentences that continue the incident. */
const chooseCasualties: RecordStep = (d, { ctx }) => {
  let cas: CasualtyMention[] = d.inc.groups.flatMap((g) => g.casualties);
  for (const i of d.inc.extraSentences) {
    const s = ctx.sentences[i]!;
    cas.push(...ctx.casualties(s.start, s.end).filter((c) => !c.reference));
  }
  // (a tally's own figure is its value: "attacks have killed at least 412 civilians since January")
  if (!d.inc.aggregate) cas = cas.filter((c) => !tallyFigure(ctx, c));
  cas = cas.filter((c) => !perpetratorToll(ctx, c));
  d.casualtyMentions = cas;
  const killedM = cas.filter((c) => c.kind === 'killed');
  const woundedM = cas.filter((c) => c.kind === 'wounded');
  d.killed = mergeCasualties(killedM);
  d.wounded = mergeCasualties(woundedM);
  for (const c of killedM) d.note('killed', c.rule);
  for (const c of woundedM) d.note('wounded', c.rule);
  // (a zero of others, `counts.zero.unharmed`, names no others: the named victims are not added to it)
  const othersOnly = (ms: CasualtyMention[]) => ms.some((c) => c.value > 0) && ms.every((c) => c.additive);
  // (`named-plus-others`: wounded "others" just after a death are others than the dead, "killed a teacher and seriously wounded
  // three other people": no named victim to add to them)
  const afterDeath = (c: CasualtyMention) => killedM.some((k) => k.end <= c.start && /^[\s,]*and\s+(?:\w+\s+)?$/.test(ctx.lower.slice(k.end, c.start)));
  d.othersOnly = { killed: othersOnly(killedM), wounded: othersOnly(woundedM) && !woundedM.some(afterDeath) };
  // `counts.additive`: a figure of others added to the one before it (mergeCasualties)
  for (const [field, ms] of [['killed', killedM], ['wounded', woundedM]] as const) if (ms.some((c) => c.additive) && ms.some((c) => !c.additive)) d.note(field, 'counts.additive');
  // nobody hurt means nobody killed: "did not cause any injuries", "there were no injuries"
  if (!d.killed && d.wounded && d.wounded.value === 0 && woundedM.every((c) => c.value === 0)) {
    d.killed = { ...d.wounded, reports: [] };
    d.note('killed', 'no-injuries-implies-no-deaths');
  }
  // (a list of more persons than a figure of one person, "THE ASSASSINATION OF HECTOR OQUELI, LEADER OF …, AND … GILDA FLORES")
  const single = !d.killed || (killedM.every((c) => c.value === 1) && killedM.length > 0);
  // (two or more here; one person alone is left to the rules of one victim first, namedCasualties)
  const listed = !single || d.inc.aggregate ? null : victimListDeaths(ctx, d, 2);
  if (listed && listed.value > (d.killed?.value ?? 0)) {
    d.killed = listed;
    d.note('killed', VICTIM_LIST_KILLED.name);
  }
  if (!d.killed && assassinationDeath(d)) {
    d.killed = oneDeath(d.first.trigger);
    d.note('killed', 'assassination-implies-death');
  }
};

/** A target right beside a kill verb: its passive subject before it, or its object after it, within 40 characters. */
function besideKillVerb(t: Role<ActorMention>, m: Draft['mentions'][number]): boolean {
  if (t.relation === 'passive-subject') return t.value.end <= m.trigger.start && m.trigger.start - t.value.end <= 40;
  return t.relation === 'object' && t.value.start >= m.trigger.end && t.value.start - m.trigger.end <= 40;
}

/** `named-victims-killed`: "Corporal Alexander Molina Granados was killed", "shot dead journalist Juan Perez": one person named, one dead. */
function namedVictimKilled(d: Draft): Count | null {
  for (const m of d.mentions) {
    if (!NAMED_KILL.test(m.trigger.text.toLowerCase())) continue;
    const person = d.targetRoles.find(
      (t) =>
        !!t.value.person && NAMED_PERSON_CUES.has(t.value.person) && besideKillVerb(t, m),
    );
    if (person) return oneDeath(m.trigger);
  }
  return null;
}

/**
 * For `named-plus-others`: the one victim of a kill verb ("shot dead the commissioner", "the minister was assassinated") who
 * is no victim of the figures of others, or the target of an assassination.
 */
function victimOfKillVerb(d: Draft, cas: CasualtyMention[]): Count | null {
  const counted = cas.flatMap((c) => (c.victims ? [c.victims] : [{ start: c.start, end: c.end }]));
  for (const m of d.mentions) {
    if (!NAMED_KILL.test(m.trigger.text.toLowerCase())) continue;
    const victim = d.targetRoles.find(
      (t) =>
        !overlapsAny(counted, t.value) && besideKillVerb(t, m),
    );
    if (victim) return oneDeath(m.trigger);
  }
  return d.type === 'assassination' && d.targetRoles.length > 0 ? oneDeath(d.first.trigger) : null;
}

/** `singular-passive-victim` (singular-victim.ts) as one death. */
function singularVictimDeath(ctx: ArticleContext, d: Draft): Count | null {
  const t = ctx.lang ? singularPassiveVictim(ctx.lang, ctx.lower, d.mentions) : null;
  return t ? oneDeath(t) : null;
}

/** Casualties of named persons when no figure is given. */
const namedCasualties: RecordStep = (d, { ctx }) => {
  if (d.inc.aggregate) return;
  const cas = d.casualtyMentions;
  const steps: [field: 'killed' | 'wounded', rule: string, find: () => Count | null][] = [
    ['killed', 'named-victims-killed', () => namedVictimKilled(d)],
    // `named-victims-killed`: "RICARDO ALFONSO CASTELLAR, MAYOR OF ACHI, … WAS FOUND DEAD", "INSPECTOR EULOGIO FLORES DIED IN THE
    // EXPLOSION": each person named as a target whose clause says they died is one death (counts/rules.ts NAMED_DEATH_AFTER)
    ['killed', 'named-victims-killed', () => namedDeaths(ctx, d.targetRoles)],
    // `named-victims-wounded`: "MAURICIO GUTIERREZ CASTRO, PRESIDENT OF THE SUPREME COURT, WAS WOUNDED" (NAMED_WOUND_AFTER)
    ['wounded', 'named-victims-wounded', () => namedDeaths(ctx, d.targetRoles, NAMED_WOUND_AFTER)],
    // `singular-passive-victim`: one person the subject of a passive kill verb, an apposition or relative clause between
    ['killed', SINGULAR_VICTIM.name, () => singularVictimDeath(ctx, d)],
    // `named-victim-later-mention`: "… JOURNALIST ROBERTO NAVAS …", then "NAVAS DIED AND GALDAMEZ WAS SERIOUSLY INJURED"
    ['killed', NAMED_LATER_MENTION.name, () => laterMentionDeaths(ctx, d.targetRoles, NAMED_DEATH_AFTER)],
    ['wounded', NAMED_LATER_MENTION.name, () => laterMentionDeaths(ctx, d.targetRoles, NAMED_WOUND_AFTER)],
    // `victim-list-killed` of one person: "… SUSPECTED OF KILLING LIBERAL PRESIDENTIAL CANDIDATE LUIS CARLOS GALAN SARMIENTO"
    ['killed', VICTIM_LIST_KILLED.name, () => victimListDeaths(ctx, d, 1)],
  ];
  for (const [field, rule, find] of steps) {
    if (d[field] && d.othersOnly[field]) {
      // `named-plus-others`: "X WAS ASSASSINATED … TWO MEMBERS OF HIS ESCORT WERE ALSO KILLED": the others and the named victims
      const c = find() ?? (field === 'killed' ? victimOfKillVerb(d, cas) : null);
      if (!c) continue;
      const n = c.value;
      d[field] = { ...d[field]!, value: d[field]!.value + n, low: d[field]!.low + n, high: d[field]!.high + n };
      d.othersOnly[field] = false;
      d.note(field, 'named-plus-others');
      continue;
    }
    // (`counts.zero-yields`: a zero of the wounded, "ALVARENGA SUFFERED NO INJURIES", yields to a person named as wounded apart
    // from it, not to one read inside it; a zero of the dead stays: a death read by these steps beside it is less sure than it)
    const zero = d[field];
    if (zero && (zero.value > 0 || field === 'killed')) continue;
    const c = find();
    if (!c || (zero && (c.value === 0 || (c.start < zero.end && zero.start < c.end)))) continue;
    d[field] = zero ? { ...c, low: 0 } : c;
    d.note(field, rule);
  }
};

/** `named-victim-assassination`: a shooting or killing whose victim is a named person is an assassination. */
const retypeAssassination: RecordStep = (d) => {
  if ((d.type === 'armed_assault' || d.type === 'attack') && !d.inc.aggregate && (d.killed?.value ?? 0) >= 1 && d.targetRoles.length > 0 && d.targetRoles.some((t) => t.value.person === 'title' && !t.guessed)) {
    d.type = 'assassination';
    d.note('type', 'named-victim-assassination');
  }
};

/** The refiners of a record, in order. */
const RECORD_STEPS: RecordStep[] = [chooseType, chooseDate, chooseLocation, chooseResponsibility, fallbackActors, backReference, identifiedVictims, sentenceTargets, pruneAttackers, ownOrganizationAttacker, pruneTitles, pruneTargets, chooseWeapons, soleIncidentWeapons, chooseCasualties, namedCasualties, retypeAssassination, placelessCountry, scopeTargets];

function recordOf(d: Draft, ctx: ArticleContext, articleId: string, explain: boolean): EventRecord {
  const { inc } = d;
  const attributed = d.responsibility === 'attributed' || keepsAccused(d.responsibility, ctx.scope);
  const attackers = d.attackerRoles.map((r) => toActor(r.value, attributed && d.cues.some((c) => c.value === 'attributed' && c.actor?.name === r.value.name), 'attacker'));
  const targets = d.targetRoles.map((r) => toActor(r.value));
  const evidence = [...incidentSentences(inc)].sort((a, b) => a - b).map((i) => sentenceSpan(ctx, i));
  const [acledType, acledSub] = acledFor(d.type, targets);
  const record: EventRecord = {
    id: `${articleId}#${d.n + 1}`,
    type: d.type,
    acled_event_type: acledType,
    acled_sub_event_type: acledSub,
    cameo: TYPES[d.type].cameo,
    trigger: { ...d.first.trigger },
    sentence: d.first.sentence,
    date: d.date,
    location: d.location,
    attackers,
    targets,
    weapons: d.weapons,
    killed: d.killed,
    wounded: d.wounded,
    responsibility: d.responsibility,
    reported_by: [...new Set(inc.groups.flatMap((g) => g.reporters.map((r) => r.name)))],
    aggregate: inc.aggregate,
    evidence,
  };
  if (inc.aggregate) d.note('aggregate', d.mentions.find((m) => m.aggregate)?.rules.find((r) => r.startsWith('aggregate')) ?? 'aggregate');
  if (explain) record.explain = d.why;
  return record;
}

export function toRecords(ctx: ArticleContext, incidents: Incident[], articleId: string, explain: boolean): EventRecord[] {
  const forAll = (incidents.length > 1 && ctx.responsibility(0, ctx.text.length).find((c) => c.value === 'unclaimed' && ALL_INCIDENTS.test(ctx.lower.slice(c.end, c.end + 40)))?.rule) || null;
  const story: Story = { ctx, groupSentences: new Set(incidents.flatMap((i) => i.groups.map((g) => g.sentence))), forAll, sole: incidents.length === 1, incidents, dated: [] };
  return incidents.map((inc, n) => {
    const d = draftOf(inc, n);
    for (const step of RECORD_STEPS) step(d, story);
    story.dated.push({ sentence: inc.groups[0]!.sentence, date: d.date, own: d.why.date?.length === 1 && d.inc.groups.some((g) => g.dates.some((x) => x.value.start === d.date.start)) });
    return recordOf(d, ctx, articleId, explain);
  });
}
