// Casualty-count rules as data: number words, qualifiers, trigger words, the
// phrase patterns (each with a `name` carried on every mention as `rule`),
// reporter patterns and the source classes used to choose the best figure.
//
// All patterns run on a length-preserving lower-cased copy of the text
// (foldCase), so they match ALL-CAPS wires and offsets stay valid. Every
// repetition is bounded and alternatives are separated by fixed words, so no
// pattern can backtrack catastrophically.
//
// Best-figure rule (mergeCasualties): when figures conflict, a figure
// credited to a named independent monitor, NGO or UN body (INDEPENDENT_SOURCE)
// beats one credited to a party to the conflict (military, ministry,
// government, Pentagon, police, rebels) or to nobody; among equals the later
// report in the text beats the earlier. `low`/`high` span every figure.
// `counts.zero-yields`: a zero beside a figure of persons hurt tells of others or of the serious cases only ("POLICEMEN
// DISPATCHED TO THE SCENE REPORTED THAT THEY DID NOT SUSTAIN ANY CASUALTIES", "FORTUNATELY, NO ONE WAS SERIOUSLY HURT"): the
// figure is the toll, the zero stays in the range.

import { numberWords, UNITS, TENS } from '../../lang/number-words.js';
import { GROUP_HEADS } from '../actors/lexicon.js';
export { UNITS, TENS };
export const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Vague amounts: a conventional value and a range. */
export const VAGUE: Record<string, { value: number; low: number; high: number; approximate: boolean }> = {
  dozens: { value: 24, low: 24, high: 99, approximate: true },
  scores: { value: 40, low: 40, high: 199, approximate: true },
  hundreds: { value: 200, low: 200, high: 999, approximate: true },
  thousands: { value: 2000, low: 2000, high: 9999, approximate: true },
  several: { value: 3, low: 3, high: 9, approximate: true },
  'a few': { value: 3, low: 2, high: 5, approximate: true },
  'a handful': { value: 3, low: 2, high: 5, approximate: true },
  'a dozen': { value: 12, low: 12, high: 12, approximate: false },
};

/** Qualifiers before a number, longest first. `approximate` marks the result. */
export const QUALIFIERS: { words: string[]; approximate: boolean }[] = [
  'at least', 'more than', 'fewer than', 'less than', 'as many as', 'up to', 'an estimated', 'at most',
  'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'over', 'close to',
].map((q) => ({ words: q.split(' '), approximate: true }))
  .concat(['just', 'only', 'another', 'a further', 'a total of', 'all'].map((q) => ({ words: q.split(' '), approximate: false })))
  .sort((a, b) => b.words.length - a.words.length);

// ---- regex building blocks (lower-case text) --------------------------------

const alt = (words: string[]) => words.slice().sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const WORD_NUM = alt([...Object.keys(UNITS), ...Object.keys(TENS)]);
const ONE_TO_NINE = alt(Object.keys(UNITS).filter((w) => UNITS[w]! >= 1 && UNITS[w]! <= 9));
const TENS_RE = alt(Object.keys(TENS));
// (`counts.fused-number`: a wire's tens and units written as one word, "THIRTYTHREE SOVIET SEAMEN")
const WNUM = `(?:(?:${TENS_RE})-?(?:${ONE_TO_NINE})|${WORD_NUM})`;
const QUAL = alt(QUALIFIERS.map((q) => q.words.join(' ')));
const VAGUE_RE = alt(Object.keys(VAGUE));
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:million|thousand))?)(?![\\w-]|[.,]\\d)`;
const WORDS = `(?:(?:a|an|${WNUM})(?:\\s+(?:dozen|hundred|thousand|million)(?:\\s+(?:and\\s+)?${WNUM})?)?)(?![\\w-])`;
/** A quantity phrase: optional qualifier, then digits, number words or a vague amount. */
// (not an age: "a man aged about 25 was shot dead" is one man)
// (its blanks bounded: a lookbehind's `\s+` reads back over a whole run of blanks at every position, quadratic)
export const QTY = `(?<![\\w-])(?<!(?<![\\w-])aged\\s{1,3}(?:(?:${QUAL})\\s{1,3})?)(?:(?:${QUAL})\\s+)?(?:${VAGUE_RE}|${DIGITS}|${WORDS})`;

/** Words that end a victim noun phrase. */
export const STOP_WORDS = [
  'and', 'or', 'but', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'for', 'during', 'when', 'while',
  'after', 'before', 'near', 'since', 'as', 'who', 'that', 'which', 'were', 'was', 'is', 'are', 'be', 'been',
  'being', 'have', 'has', 'had', 'the', 'a', 'an', 'this', 'these', 'those', 'their', 'his', 'her', 'its',
  'yesterday', 'today', 'tonight', 'said', 'says', 'reported', 'according', 'including', 'killed', 'wounded',
  'injured', 'dead', 'died', 'hurt', 'also', 'reportedly', 'allegedly', 'not', 'no', 'got', 'lost', 'into',
  'instantly', 'accused', 'arrested', 'held', 'captured', 'taken', 'whom', 'whose', 'death', 'deaths', 'fatalities', 'injuries', 'lives', 'inside', 'there', 'here', 'then',
];
const NOUN_WORD = `(?!(?:${alt(STOP_WORDS)})(?![\\w'-]))[a-z](?:[a-z'-]|\\.(?=[a-z]))*`;
/** An age before the noun, "a 19-year-old man", "a 19-year-old" (`counts.passive`: the figure is the article before it). */
const AGE_WORD = `\\d{1,3}-(?:year|month|week)-old(?![\\w-])`;
const NOUN = `(?:${AGE_WORD}|${NOUN_WORD})(?:\\s+${NOUN_WORD}){0,3}`;
/** "six rebels from the National Liberation Army (ELN)", "two members of the armed forces": a victim's group after the noun. */
// (`counts.np-possessive-tail`: "two members of his escort", "one of their bodyguards" too)
// (up to six words: "FOUR EMPLOYEES OF THE RIO LEMPA HYDROELECTRIC EXECUTIVE COMMISSION"; a bracketed note after it, "[UP]")
const NP_TAIL = `(?:\\s+(?:from|of)\\s+(?:the|his|her|their)\\s+${NOUN_WORD}(?:\\s+${NOUN_WORD}){0,5}(?:\\s*\\([^()]{1,12}\\)|\\s*\\[[^\\[\\]]{1,12}\\])?)?`;
/** `counts.date-not-figure`: "16 NOVEMBER, SIX JESUIT PRIESTS … WERE MURDERED": a day before a month is a date, not victims. */
const NOT_A_DATE = `(?!\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![\\w-]))`;
/** A bracketed aside after a group of victims, "SIX JESUITS (FIVE SPANIARDS AND ONE SALVADORAN) AND TWO WOMEN", or a wire's note,
 * "10 OTHER PEOPLE [NOT FURTHER IDENTIFIED] WERE ALSO INJURED". */
const ASIDE = `(?:\\s*(?:\\([^()]{1,48}\\)|\\[[^\\[\\]]{1,48}\\]))?`;
// (`partitive-skip`: "two of the 30 passengers": the figure of the part, the group's after "of the" read with it)
/** An age after the noun, "a man aged about 25" (QTY: no figure of victims). */
const AGED = `(?:\\s+aged\\s+(?:(?:${QUAL})\\s+)?\\d{1,3}(?![\\w-]))?`;
const NP = `${QTY}${NOT_A_DATE}(?:\\s+of\\s+(?:them|those|whom|these|the)(?:\\s+${QTY})?)?(?:\\s+${NOUN}${AGED})?${NP_TAIL}`;
/** A later group of a victim list, which may take an article or a possessive: "the six Jesuits and the two women", "six
 * Jesuit priests and their two employees", "the minister and two of his bodyguards". */
const NP_MORE = `(?:(?:the|their|his|her|its)\\s+)?${NP}`;
/** A figure and the persons it counts, the noun required and no part of a group ("SIX JESUITS", not "45" nor "ONE OF THE WOMEN"). */
const NP_NOUN = `${QTY}${NOT_A_DATE}\\s+(?!of\\s)${NOUN}${NP_TAIL}`;
const NP_NOUN_LIST = `${NP_NOUN}(?:(?:\\s*,\\s*${NP_NOUN}){0,3}\\s*,?\\s+and\\s+${NP_NOUN})?`;
/** "Two Americans and an Iraqi civilian", "one lieutenant, four soldiers, and three civilians" (a subject list must end in "and"). */
const NP_LIST = `${NP}${ASIDE}(?:(?:\\s*,\\s*${NP}){0,3}\\s*,?\\s+and\\s+${NP_MORE})?`;
/** "a university professor, a policeman, and a pedestrian" (object lists after the verb). */
/** A later item that is the subject of a reporting verb is the source, not a victim: "wounding seven, a security source told AFP". */
// (and two sources: "killing seven drivers and two soldiers escorting them, a security source and a local official told Reuters")
const NOT_REPORTER = `(?!(?:a|an|the|${numberWords('one', 'three')})\\s+(?:[a-z'-]+\\s+){0,3}?(?:(?:and|or)\\s+(?:a|an|the)\\s+(?:[a-z'-]+\\s+){0,3}?)?(?:said|says|told|tells|reported|added|confirmed|stated)(?![\\w-]))`;
const OBJ_LIST = `${NP}${ASIDE}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)${NOT_REPORTER}${NP_MORE}){0,4}`;
/**
 * `counts.lead-one` (a part of the list patterns, counted by counts/index.ts victimsCount): one person named with no figure
 * before a figure of others, "HIS DRIVER AND ONE OF HIS BODYGUARDS WERE KILLED", "THE MINISTER AND HIS TWO BODYGUARDS DIED",
 * "THE MURDER OF … RODRIGUEZ PORTH AND TWO OF HIS BODYGUARDS": one more victim. A role noun in the singular (not a
 * perpetrator: "THE GUNMAN AND A YOUNG MAN DIED"), or, after a kill word, a name whose people the figure counts ("two of
 * his bodyguards", "his two bodyguards").
 */
export const ONE_PERSON_ROLES = ['driver', 'chauffeur', 'bodyguard', 'escort', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'mother',
  'father', 'nephew', 'niece', 'secretary', 'aide', 'assistant', 'companion', 'watchman', 'guard', 'policeman', 'soldier', 'officer', 'agent',
  'colonel', 'captain', 'lieutenant', 'sergeant', 'corporal', 'technician', 'cameraman', 'senator', 'deputy', 'councilman', 'congressman', 'magistrate', 'prosecutor', 'judge', 'mayor',
  'governor', 'minister', 'president', 'director', 'leader', 'commander', 'official', 'journalist', 'reporter', 'photographer', 'editor', 'priest',
  'manager', 'owner', 'businessman', 'pilot', 'student', 'teacher', 'doctor', 'lawyer', 'child', 'boy', 'girl', 'woman', 'man', 'peasant', 'civilian',
  'lawmaker', 'councillor', 'councilor', 'candidate', 'pastor', 'imam', 'activist', 'policewoman', 'chief', 'farmer', 'trader', 'shopkeeper', 'villager'];
const ONE_PERSON = `(?:${alt(ONE_PERSON_ROLES)})(?![\\w'-])`;
/** `counts.role_victim`: a role that modifies a group's head is no one person ("KILLING THE PEASANT FAMILY", "the student leaders"). */
const GROUP_HEAD_WORDS = alt([...GROUP_HEADS.keys()]);
/** `counts.lead-one` at a list's end: "killing the driver and his assistant", "THE SIX JESUITS, A WOMAN, AND HER DAUGHTER": a
 * singular role after a possessive, no figure, is one more victim (counts/index.ts victimsCount, TAIL_ONE). */
const TAIL_ROLE = `(?:his|her|their|its)\\s+(?:${NOUN_WORD}\\s+)??${ONE_PERSON}`;
/** ", and " or " and " before a list's last item: the blanks read once (`\s*,?\s+` is quadratic on a run of blanks). */
const AND_LEAD = String.raw`(?:\s*,\s+|\s+)and\s+`;
/** A list's comma, ", and " or " and " (the blanks read once). */
const AND_LEAD_OR_COMMA = String.raw`(?:\s*,\s+(?:and\s+)?|\s+and\s+)`;
const ONE_TAIL = `(?:${AND_LEAD}${TAIL_ROLE})?`;
/** The tail alone, on a victim phrase's end, and a role alone before it ("the driver"). */
// (it starts right after a word and reads the comma or the blanks once: `\s*,?\s+` read from inside a run of blanks is cubic)
export const TAIL_ONE = new RegExp(`(?<![\\s,])${AND_LEAD}${TAIL_ROLE}$`);
export const ROLE_ONE = new RegExp(`^(?:(?:the|his|her|its|their|a|an)\\s+)?(?:${NOUN_WORD}\\s+){0,2}?${ONE_PERSON}$`);
const LATER_DET = `(?:(?:the|their|his|her|its)\\s+)?`;
const LEAD_ROLE = `(?:(?:the|his|her|its|their)\\s+)(?:${NOUN_WORD}\\s+){0,2}?${ONE_PERSON}\\s+and\\s+${LATER_DET}`;
// (and others than the one named: "KILLED PARTY LEADER CECILIO RIVERA AND TWO OTHER PARTY SUPPORTERS", "THE ASSASSINATION OF RECTOR
// IGNACIO ELLACURIA, FIVE OTHER JESUITS, AND TWO WOMEN"; not others that start a clause, "KILLED JUAN PEREZ AND TWO OTHERS ESCAPED")
const LEAD_NAMED = `${NOUN_WORD}(?:\\s+${NOUN_WORD}){0,5}(?:\\s+and\\s+(?=(?:${QTY})\\s+of\\s+(?:his|her)\\s|(?:his|her)\\s+(?:${QTY}))(?:(?:his|her)\\s+)?|${AND_LEAD_OR_COMMA}(?=(?:${QTY})\\s+others?(?![\\w-])(?!\\s+(?:were|was|had|have|escaped|fled|survived|managed)(?![\\w-]))))`;
/** The lead alone, read again on a victim phrase (victimsCount): its span is one victim. */
export const LEAD_ONE = new RegExp(`^(?:${LEAD_ROLE}|(?:(?:the|his|her|its|their)\\s+)?(?:${NOUN_WORD}\\s+){0,2}?${ONE_PERSON}\\s+and\\s+${LATER_DET}|${LEAD_NAMED})`);
/** A subject list's lead (a passive's victims): a role with its determiner. */
const NP_LIST_LEAD = `(?:${LEAD_ROLE})?${NP_LIST}${ONE_TAIL}`;
/** An object list's lead (after a kill word): a role, its determiner optional, or a name before its people. */
const OBJ_LIST_LEAD = `(?:(?:(?:the|his|her|its|their)\\s+)?(?:${NOUN_WORD}\\s+){0,2}?${ONE_PERSON}\\s+and\\s+${LATER_DET}|${LEAD_NAMED})?${OBJ_LIST}${ONE_TAIL}`;

export const KILL_WORDS = [
  'killed', 'martyred', 'dead', 'died', 'murdered', 'slain', 'massacred', 'shot dead', 'gunned down', 'executed',
  'assassinated', 'lost their lives', 'killing', 'kills', 'kill', 'murdering', 'massacring', 'slew',
  'shooting dead', 'shot and killed', 'deaths', 'death', 'fatalities', 'lives', 'killings', 'murder', 'murders',
  'massacre', 'slaying', 'slayings', 'assassination', 'toll', 'beaten to death', 'tortured to death', 'body', 'bodies',
];
// (`stabbed`: a stab not said to kill wounds, "A man stabbed three people at a street festival", "a man was stabbed in Digbeth";
// "stabbed to death" is a death, the longer trigger)
export const WOUND_WORDS = ['shot and wounded', 'shot and injured', 'wounded', 'injured', 'hurt', 'wounding', 'injuring', 'hurting', 'injuries', 'wounds', 'stabbed', 'stabbing'];

export type RuleKind = 'killed' | 'wounded' | 'both' | 'trigger';

export interface CountRule {
  name: string;
  /** Global, lower-case pattern. Groups: `q` quantity (absent for zero rules), `trig`, `victims`, `aux`. */
  re: RegExp;
  /** Fixed kind, `both` (killed 0 and wounded 0), or `trigger`: from the `trig` word. */
  kind: RuleKind;
  /** Zero rules give value 0 with no quantity group. */
  zero?: boolean;
  /** Passive rules: with no auxiliary, the trigger must not take an object ("a bomb killed two"). */
  passive?: boolean;
  /** Victims named by a role with no figure ("the mayor") are one. */
  one?: boolean;
  /** Its figure counts victims besides those counted elsewhere (`counts.additive`). */
  additive?: boolean;
  /** Its phrase may name another incident by its toll ("the murder of three judges"): `reference-figure-skip` (merge.ts). */
  reference?: true;
  /** Sentences the rule reads a figure from (pos: [sentence, figure]) and sentences it must not read (neg); each is a test. */
  examples?: { pos: [string, number][]; neg: string[] };
}

/** Persons a release says its forces "neutralised" or "executed" (not drones, devices or threats). */
const PERSONS = alt(['terrorists', 'militants', 'insurgents', 'fighters', 'bandits', 'assailants', 'gunmen', 'attackers', 'rebels', 'jihadists',
  'extremists', 'combatants', 'operatives', 'kidnappers', 'criminals', 'members', 'elements', 'civilians', 'people', 'villagers', 'men', 'women',
  'prisoners', 'detainees', 'hostages', 'soldiers', 'servicemen', 'residents', 'boys', 'youths']);
/** "11 terrorists", "at least 56 civilians", "six ISWAP fighters": a figure, up to two words, a person noun. */
const PERSON_NP = `${QTY}(?:\\s+[a-z][\\w'-]*){0,2}?\\s+(?:${PERSONS})(?![\\w-])${NP_TAIL}`;
/** The roles an apposition gives a named victim ("Abu Yahya al-Shami, a senior leader of Hurras al-Din"). */
const VICTIM_ROLES = alt(['wife', 'leader', 'commander', 'operative', 'official', 'member', 'journalist', 'reporter', 'editor', 'activist', 'mayor', 'judge',
  'governor', 'candidate', 'priest', 'emir', 'financier', 'facilitator', 'recruiter', 'chief', 'founder', 'deputy', 'lawyer', 'teacher', 'doctor',
  'president', 'minister', 'director', 'secretary']);

const re = (s: string) => new RegExp(s, 'gd');
/**
 * `counts.zero` of a group: "NONE OF THE 4 PRIESTS AND APPROXIMATELY 100 REFUGEES, WHO HAVE BEEN THERE SINCE …, WAS HURT",
 * "none of the crew was hurt": the group (a victim list or a noun), an aside between commas, then the auxiliary.
 */
const NONE_OF = `none\\s+of\\s+(?:the|its|their|his|her|these|those)\\s+(?:${NP_LIST}|${NOUN})(?:\\s*,\\s+[^,.;:()"]{3,70}?,)?\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+`;
const PASSIVE_TRIG = alt(['shot and wounded', 'shot and injured', 'killed', 'wounded', 'injured', 'hurt', 'stabbed', 'dead', 'died', 'murdered', 'slain', 'massacred',
  'shot dead', 'gunned down', 'executed', 'assassinated', 'lost their lives', 'martyred', 'beaten to death', 'tortured to death',
  // `counts.to-death`: "CRISTOBAL PEREZ AND RUBEN DARIO RAMIREZ WERE SHOT TO DEATH", "TWO PEASANTS WERE MACHINEGUNNED TO DEATH"
  'shot to death', 'stabbed to death', 'machinegunned to death', 'machine-gunned to death', 'hacked to death', 'burned to death'])
  // `counts.passive` of wounds taken: "TWO PASSENGERS SUSTAINED GUNSHOT INJURIES", "ONE PERSON SUFFERED MINOR INJURIES" (a wound: its last word, WOUND_WORDS)
  // (not after a bare figure, a part of a group told before: "SEVEN U.S. SOLDIERS WERE WOUNDED. FOUR SUSTAINED VERY MINOR INJURIES")
  + `|(?<!(?<![\\w-])(?:${WNUM}|\\d+)\\s+)(?:sustained|suffered)\\s+(?:(?:very|minor|serious|severe|slight|light|gunshot|stab|bullet|shrapnel|life-threatening|critical|multiple|head|burn)\\s+){0,2}(?:injuries|wounds)`;
const AUX = `(?:were|was|are|is|have\\s+been|has\\s+been|had\\s+been|had|have|has|got|been|being)\\s+(?:(?:reportedly|also|allegedly|all|later|apparently|subsequently|already|seriously|slightly|lightly|severely|moderately|critically|badly|fatally|mortally|gravely|both|feared|believed|presumed|confirmed|reported|found)\\s+)?`;

/**
 * Records that share a name are one rule's alternatives, tried in order (a
 * pattern each, as one regex for all would be slower to read and to run):
 * `counts.zero` nobody killed or hurt, said of deaths, injuries or both;
 * `counts.passive_interposed` the victims, a clause or phrase between, then
 * the passive verb. `counts.named_victim` (a person's name, then a role: a
 * death) and `counts.role_victim` (a role: the trigger's kind) are two rules.
 */
export const RULES: CountRule[] = [
  {
    name: 'counts.zero',
    re: re(`(?<![\\w-])(?<trig>no\\s+(?:(?:reported|immediate|human|other)\\s+)?casualties|without\\s+(?:(?:causing|inflicting|leaving|suffering|any|reported)\\s+){0,3}casualties|no\\s+(?:one|body)\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:killed\\s+or\\s+(?:injured|wounded|hurt)|(?:injured|wounded|hurt)\\s+or\\s+killed)|nobody\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:killed\\s+or\\s+(?:injured|wounded|hurt)|(?:injured|wounded|hurt)\\s+or\\s+killed))(?![\\w-])`),
    kind: 'both', zero: true,
  },
  {
    name: 'counts.zero',
    re: re(`(?<![\\w-])(?<trig>no\\s+(?:(?:reported|immediate|serious)\\s+)?(?:injuries|injured|wounded)|(?:(?:no\\s+one|nobody|none)\\s+(?:was|were|has\\s+been|had\\s+been)\\s+|${NONE_OF})(?:(?:seriously|badly)\\s+)?(?:hurt|injured|wounded)|without\\s+(?:any\\s+)?(?:reported\\s+)?injuries|(?:did|does|do)\\s+not\\s+(?:cause|result\\s+in|leave|produce)\\s+any\\s+injuries)(?![\\w-])`),
    kind: 'wounded', zero: true,
    examples: {
      pos: [["none of the 4 priests and approximately 100 refugees, who have been there since last week's confrontations, was hurt", 0], ['the ship was hit but none of the crew was hurt', 0]],
      neg: ['none of the victims was identified'],
    },
  },
  {
    name: 'counts.zero',
    re: re(`(?<![\\w-])(?<trig>no\\s+(?:(?:reported|immediate)\\s+)?(?:deaths|fatalities|dead|loss\\s+of\\s+life)|(?:(?:no\\s+one|nobody|none|not\\s+a\\s+single\\s+(?:person|one|civilian))\\s+(?:was|were|has\\s+been|had\\s+been)\\s+|${NONE_OF})killed|(?:no\\s+one|nobody)\\s+died|without\\s+(?:any\\s+)?(?:loss\\s+of\\s+life|deaths|fatalities)|(?:did|does|do)\\s+not\\s+(?:cause|result\\s+in|leave|produce)\\s+any\\s+(?:deaths|fatalities))(?![\\w-])`),
    kind: 'killed', zero: true,
    examples: {
      pos: [['no one was killed in the attack', 0], ['not a single person was killed in medellin.', 0]],
      neg: ['a single person was killed in the attack'],
    },
  },
  {
    name: 'counts.zero',
    re: re(`(?<![\\w-])(?<trig>(?:did|does|do|has|have|had)\\s+not\\s+(?:cause|result\\s+in|leave|produce|sustain|suffer|inflict|report)\\s+any\\s+casualties)(?![\\w-])`),
    kind: 'both', zero: true,
  },
  {
    // MUC wires: "THERE WERE NO VICTIMS", "POLICE HAVE REPORTED NO VICTIMS", "NO VICTIMS AT THE SITE WERE REPORTED": nobody killed or hurt
    name: 'counts.zero',
    re: re(`(?<![\\w-])(?<!\\bthe\\s)(?<trig>no\\s+(?:(?:other|human|reported)\\s+)?victims)(?![\\w'’-])(?!\\s+(?:of|were\\s+identified|have\\s+been\\s+identified|had\\s+been\\s+identified))`),
    kind: 'both', zero: true,
    examples: {
      pos: [['there were no victims, and the explosion caused little damage', 0], ['police have reported no victims.', 0], ['no victims at the site of the explosions were reported', 0]],
      neg: ['no victims of the war have been compensated', "there is no victims' fund", 'no victims were identified by this afternoon'],
    },
  },
  {
    // a person who came out of the attack unhurt: "THE VICE PRESIDENT ESCAPED UNHARMED", "WHO ESCAPED THE ATTACK UNHARMED", "NEITHER
    // TRUSHIN NOR HIS WIFE WERE INJURED": nobody killed or hurt, unless a figure of others says otherwise (additive: it adds 0)
    name: 'counts.zero.unharmed',
    re: re(`(?<![\\w-])(?<trig>(?:escaped|emerged|was|were|remained|came\\s+out)\\s+(?:(?:the\\s+(?:attack|explosion|blast|ambush)|completely|apparently|reportedly|miraculously)\\s+)?(?:unharmed|unhurt|unscathed|uninjured)|escaped\\s+(?:without\\s+)?(?:injury|injuries)|(?:was|were)\\s+not\\s+(?:injured|hurt|wounded|harmed)(?:\\s+either)?(?!\\s+(?:but|until|when|by|in\\s+the\\s+(?:head|leg|arm|chest)))|neither\\s+[^.;]{1,60}?\\s+nor\\s+[^.;]{1,60}?\\s+(?:was|were)\\s+(?:injured|hurt|wounded|harmed))(?![\\w-])`),
    kind: 'both', zero: true, additive: true,
    examples: {
      pos: [['vice president francisco merino escaped unharmed from an attack tonight', 0], ['roberto angulo, who escaped the attack unharmed.', 0], ['however, neither trushin nor his wife were injured.', 0],
        ['the three policemen and two civilians who were inside escaped injury.', 0], ['a woman who passed through the area was not injured either', 0]],
      neg: ['the hostage was released unharmed by the subversives', 'the businessman, who they found unharmed'],
    },
  },
  {
    // "Two Americans and an Iraqi civilian have been killed", "22 of them had died", "12 killed, 15 injured"
    name: 'counts.passive',
    // (not a list that starts after "including", a part of the victims of the clause before: "Three people were killed, including a
    // 14-year-old boy, and 24 others were injured")
    re: re(`(?<!\\bincluding\\s{1,3})(?<victims>${NP_LIST_LEAD})\\s+(?<aux>${AUX})?(?<trig>${PASSIVE_TRIG})(?![\\w-])`),
    kind: 'trigger', passive: true,
    examples: {
      pos: [['two of the 30 passengers were hurt when gunmen attacked the bus', 2], ['a 19-year-old man was stabbed to death in birmingham', 1],
        ['one of the drivers was shot dead and two passengers sustained gunshot injuries', 2], ['two other staff members were lightly injured', 2],
        ['three people were killed, including a 14-year-old boy, and 24 others were injured', 24], ['a man aged about 25 was shot dead outside a block of flats', 1],
        ['thirtythree soviet seamen have been injured in the port', 33], ['10 other people [not further identified] were also injured', 10]],
      neg: ['alvarenga suffered no injuries', 'he was stabbed in the neck', 'the victim suffered life-threatening injuries', 'four sustained very minor injuries.'],
    },
  },
  {
    // "a lieutenant and five civilians who were passing through the area at the time were injured"
    name: 'counts.passive_interposed',
    // (the relative clause holds no other "were" but a progressive one: "Three men who tried to resist were shot dead and two others
    // were wounded", "five civilians who were passing through the area were injured")
    // (`…(?:brutally) assassinated`: "SIX JESUIT PRIESTS AND TWO HUMBLE WOMEN WHO WORKED FOR THEM WERE BRUTALLY ASSASSINATED")
    // (and "FIVE OTHER PERSONS WHO WERE WOUNDED", "TWO CIVILIANS THAT WERE PASSING BY WERE HURT")
    re: re(`(?<victims>${NP_NOUN_LIST})\\s+(?:who|that(?=\\s+(?:were|was)\\s))\\s+(?:(?:(?!\\b(?:were|was|been)\\s+(?![a-z]+ing\\b))[^.;,:()]){0,80}?\\s+)?(?:were|was|had\\s+been|have\\s+been|has\\s+been)\\s+(?:(?:brutally|also|later|seriously|slightly)\\s+)?(?<trig>killed|wounded|injured|hurt|shot\\s+dead|shot\\s+and\\s+killed|gunned\\s+down|murdered|assassinated|massacred)(?![\\w-])`),
    kind: 'trigger',
    examples: {
      pos: [['six jesuit priests and two humble women who worked for them were brutally assassinated', 8], ['five civilians who were passing through the area were injured', 5],
        ['galan was machinegunned together with five other persons who were wounded', 5], ['two civilians that were passing by were hurt by that explosion', 2]],
      neg: ['two men who murdered a priest were arrested today', 'people who were killed in the war', 'one of the women who were slightly injured', '1533 gmt reports that pizarro was seriously wounded'],
    },
  },
  {
    // "SIX JESUITS, FIVE OF THEM OF SPANISH BACKGROUND, WERE ASSASSINATED", "four people including one child were injured": the
    // head figure, not the figure of the part
    name: 'counts.passive_interposed',
    re: re(`(?<victims>${NP})\\s*,?\\s+(?:including|among\\s+them|(?:${QTY})\\s+of\\s+(?:them|whom))\\s[^.;,:()]{1,60}?,?\\s+(?<aux>${AUX})(?<trig>${PASSIVE_TRIG})(?![\\w-])`),
    kind: 'trigger',
    examples: {
      pos: [['six jesuits, five of them of spanish background, were assassinated', 6], ['four people including one child were killed by the explosion', 4], ['12 persons, including 2 newsmen, were killed', 12]],
      neg: ['pablo pelaez, 45, a former mayor, was murdered', 'the mayor, including his staff, was not hurt'],
    },
  },
  {
    // the victims, an apposition or a relative clause between commas, then the verb: "A SECURITY GUARD, WHO WAS INSIDE THE
    // BUILDING, WAS SERIOUSLY INJURED", "TWO MEMBERS OF THE JUDGE'S ESCORT, MEMBERS OF THE SECRET POLICE, WERE WOUNDED" (not a
    // part of a group named before: "NONE OF THE 100 REFUGEES, …, WAS HURT")
    name: 'counts.passive_interposed',
    re: re(`(?<!\\bof\\s{1,3}(?:the\\s{1,3})?)(?<victims>${NP_NOUN})\\s*,\\s+(?!including\\b)[^,.;:()"]{3,70}?,\\s+(?<aux>${AUX})(?<trig>${PASSIVE_TRIG})(?![\\w-])`),
    kind: 'trigger',
    examples: {
      pos: [['a security guard, who was inside the building, was seriously injured', 1], ["two members of the judge's escort, members of the secret police, were wounded", 2],
        ['four persons, dressed in camouflage wear, were killed', 4]],
      neg: ["none of the 100 refugees, who have been there since last week's confrontations, was hurt", 'the minister, the police said, was killed', 'pablo pelaez gonzales, 45, a former mayor of medellin, was murdered'],
    },
  },
  {
    // "An Iraqi civilian working for a firm maintaining US fighter jets for the Iraq airforce was also wounded"
    name: 'counts.passive_interposed',
    re: re(`(?<victims>${NP_LIST})\\s+(?:working|living|employed|travell?ing|serving|driving|riding|walking|standing|based|stationed|guarding|waiting|going|passing|returning|leaving|coming|sitting|playing)\\s+[^.;,:()]{0,90}?\\s+(?:were|was|had\\s+been|have\\s+been|has\\s+been)\\s+(?:(?:also|reportedly|seriously|slightly)\\s+)?(?<trig>killed|wounded|injured|hurt)(?![\\w-])`),
    kind: 'trigger',
  },
  {
    // "killing 12", "wounding at least 30", "shot dead two policemen", "murdered 124 inmates"
    name: 'counts.active',
    re: re(`(?<![\\w-])(?<trig>${alt(['killing', 'killed', 'kills', 'murdered', 'murdering', 'massacred', 'massacring', 'slew', 'shot dead', 'shooting dead', 'gunned down', 'shot and killed', 'wounding', 'wounded', 'injuring', 'injured', 'hurting', 'stabbed', 'stabbing'])})\\s+(?<victims>${OBJ_LIST_LEAD})`),
    kind: 'trigger',
    // (a last group after a comma alone, one person, is an apposition: APPOSITION_ONE)
    examples: {
      pos: [['the bomb injured one civilian, a female street peddler, and damaged a car', 1], ['gunmen killed a policeman, a teacher and two farmers', 4],
        ['killing seven drivers and two soldiers escorting them, a security source and a local official told reuters', 9],
        ['the missile hit the car, killing all three.', 3], ['gunmen killed party leader cecilio rivera and two other party supporters', 3]],
      neg: ['the explosion injured nobody', 'gunmen killed juan perez and two others escaped'],
    },
  },
  // victims killed or wounded with a person told before, after "along with", "together with", "as well as": "RODRIGUEZ PORTH, 65,
  // WAS KILLED AT 0815 NEAR HIS HOME, ALONG WITH TWO OF HIS BODYGUARDS", "KILLED THE MAYOR OF THE SMALL TOWN OF HOSTIGAL, AS WELL AS
  // TWO PEASANTS", "DIED ALONG WITH 15 OF HIS MEN": others, added to the figure before or to the person named (additive; the
  // phrase is the companions alone, the verb read behind it, so that the victim before keeps its own phrase)
  ...([
    ['killed', ['killed', 'died', 'murdered', 'assassinated', 'massacred', 'shot dead', 'gunned down', 'killing', 'murdering'],
      [['rodriguez porth, 65, was killed at 0815 (1415 gmt) near his home in san salvador, along with two of his bodyguards, only 8 days after', 2],
        ['guerrillas have killed the mayor of the small town of hostigal, as well as two peasants, the local press reported', 2]]],
    ['wounded', ['wounded', 'injured', 'wounding', 'injuring'], [['the nun, who was wounded along with two other nuns on 21 june', 2]]],
  ] as const).map(
    ([kind, verbs, pos]): CountRule => ({
      name: 'counts.active',
      re: re(`(?<trig>(?:along|together)\\s+with|as\\s+well\\s+as)(?<=(?<![\\w-])(?:${alt([...verbs])})(?![\\w-])(?:[^.;:"]{0,100}?,)?\\s{1,3}(?:(?:along|together)\\s+with|as\\s+well\\s+as))\\s+(?<victims>${OBJ_LIST})`),
      kind, additive: true,
      examples: {
        pos: pos.map(([text, value]): [string, number] => [text, value]),
        neg: ['the victims were killed, as well as those killed in the past', 'the bomb destroyed the bank along with two cars'],
      },
    })),
  {
    // a force's own words for killing: "troops neutralised 11 terrorists", "eliminated six bandits", "summarily executed at least 56 civilians"
    name: 'counts.neutralised',
    re: re(`(?<![\\w-])(?<trig>neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|executed|executing)\\s+(?<victims>${PERSON_NP})`),
    kind: 'killed',
    examples: {
      pos: [['Troops neutralised 11 terrorists of the Islamic State West Africa Province.', 11], ['Soldiers summarily executed at least 56 civilians in the village.', 56]],
      neg: ['Air defences neutralised 34 drones over the region.', 'Engineers neutralised two explosive devices near the school.'],
    },
  },
  {
    // one person named, then a role in apposition: "killing Abu Yahya al-Shami, a senior leader of Hurras al-Din",
    // "resulting in the death of Usamah al-Muhajir, a senior ISIS leader" (not "killing three, a police officer said")
    name: 'counts.named_victim',
    // (and one wounded: "A GROUP OF UNIDENTIFIED PERSONS THIS EVENING WOUNDED MAURICIO GUTIERREZ CASTRO, PRESIDENT OF THE SUPREME
    // COURT OF JUSTICE"; a role with no article before it)
    re: re(`(?<![\\w-])(?<trig>killing|killed|assassinated|murdered|shot\\s+dead|wounded|wounding|injured|injuring|(?:death|killing|murder|assassination)\\s+of)\\s+(?!(?:${WNUM}|\\d)(?![\\w-]))(?<victims>${NOUN_WORD}(?:\\s+${NOUN_WORD}){0,3}),\\s+(?:(?:a|an|the)\\s+)?(?:[a-z][\\w'-]*\\s+){0,3}?(?:${VICTIM_ROLES})(?![\\w-])(?![^.;,]{0,30}?\\b(?:said|says|told|reported|added)\\b)`),
    kind: 'trigger', one: true,
    examples: {
      pos: [['U.S. forces conducted a precision airstrike, killing Abu Yahya al-Shami, a senior leader of Hurras al-Din.', 1],
        ['The raid resulted in the death of Usamah al-Muhajir, a senior ISIS leader.', 1],
        ['a group of unidentified persons this evening wounded mauricio gutierrez castro, president of the supreme court of justice.', 1]],
      neg: ['The bomb exploded near the market, killing three, a police officer said.', 'The blast killed people in Kabul, the capital.'],
    },
  },
  {
    // "shot dead the mayor of a small town", "killed a journalist": one person named by a role
    name: 'counts.role_victim',
    re: re(`(?<![\\w-])(?<trig>shot\\s+dead|gunned\\s+down|killed|killing|assassinated|murdered|stabbed\\s+to\\s+death|wounded|wounding|injured|injuring)\\s+(?<victims>(?:the|a|an|[a-z]+'s)\\s+(?:[a-z-]+\\s+){0,2}?${ONE_PERSON}${ONE_TAIL})(?![\\w-])(?!\\s+(?:${GROUP_HEAD_WORDS})(?![\\w'-]))(?!\\s+(?:and|or)\\s+(?:\\d|${numberWords('two', 'ten')}|several|dozens))`),
    kind: 'trigger', one: true,
    // (`counts.lead-one` at its end: "killing the driver and his assistant" is two)
    // (and a wound, a relative named by a possessive: "THE ATTACKERS ALSO WOUNDED CASTILLO'S SON")
    // (its roles are ONE_PERSON_ROLES, stated once; not a role that modifies a group's head, "KILLING THE PEASANT FAMILY")
    examples: { pos: [['shot dead the mayor of a small town', 1], ['killing the driver and his assistant, officials said', 2], ["the attackers also wounded castillo's son.", 1], ['gunmen killed the magistrate in his office', 1]],
      neg: ['the driver and his assistant escaped', "the bomb injured the mayor's pride", 'after killing the peasant family, the terrorists fled'] },
  },
  {
    // one more victim by a role, told after the others with "also" and no figure: "THE DRIVER OF THE VEHICLE, WHOM AUTHORITIES
    // HAVE NOT YET IDENTIFIED, WAS ALSO KILLED", "A SOUND TECHNICIAN OF THE (CBS) TELEVISION NETWORK WAS ALSO KILLED" (additive: it
    // adds to the figure before it, or to the person named as killed, `named-plus-others`)
    name: 'counts.role_victim',
    re: re(`(?<![\\w-])(?<victims>(?:the|his|her|their|a|an)\\s+(?:[a-z0-9][\\w'-]*\\s+){0,2}?${ONE_PERSON}(?:\\s+(?:of|from)\\s+(?:the|his|her|their)\\s+(?:\\([^()]{1,12}\\)\\s+)?${NOUN_WORD}(?:\\s+${NOUN_WORD}){0,4})?)(?:\\s*,\\s+[^,.;:()"]{3,70}?,)?\\s+(?:was|were|has\\s+been|had\\s+been)\\s+also\\s+(?:(?:seriously|slightly|badly|critically|gravely|fatally)\\s+)?(?<trig>killed|murdered|assassinated|wounded|injured|hurt)(?![\\w-])`),
    kind: 'trigger', one: true, additive: true,
    examples: {
      pos: [['the driver of the vehicle, whom authorities have not yet identified, was also killed in the attack', 1], ['a sound technician of the (cbs) television network was also killed', 1],
        ['a 2d corporal of the carabineros was also killed', 1]],
      neg: ['the driver of the vehicle was killed in the attack', 'the building was also damaged'],
    },
  },
  {
    // "left 12 dead", "leaving two wounded"
    name: 'counts.left',
    // (an adverb before the word: "LEFT ONE POLICEMAN SLIGHTLY INJURED")
    re: re(`(?<![\\w-])(?:left|leaving|leaves)\\s+(?<victims>${NP})\\s+(?:(?:slightly|seriously|badly|critically|gravely)\\s+)?(?<trig>dead|wounded|injured)(?![\\w-])`),
    kind: 'trigger',
    examples: {
      pos: [['the explosion left 10 dead and 30 wounded', 10], ['the blast left one policeman slightly injured', 1]],
      neg: ['the guerrillas left the town before dawn'],
    },
  },
  {
    // "the death toll rose to 12", "a toll of 12"
    name: 'counts.toll',
    re: re(`(?<![\\w-])(?<trig>(?:death\\s+)?toll|number\\s+of\\s+(?:dead|deaths|fatalities|victims))\\s+(?:(?:has|had|have|was|is|now|officially|further|then)\\s+){0,2}(?:rose|risen|climbed|reached|stood|stands|increased|jumped|hit|was|is|of)(?:\\s+(?:to|at))?\\s+(?<q>${QTY})`),
    kind: 'killed',
  },
  {
    // "a hospital official put the toll at 21", "medics estimated the death toll at 30"
    name: 'counts.toll',
    re: re(`(?<![\\w-])(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets)\\s+(?:the\\s+|a\\s+)?(?<trig>(?:death\\s+)?toll)\\s+at\\s+(?<q>${QTY})`),
    kind: 'killed',
  },
  {
    // "his staff had received 21 bodies", "six rebel bodies were recovered"
    name: 'counts.bodies',
    re: re(`(?<q>${QTY})\\s+(?:(?:other|charred|mutilated|unidentified|rebel|civilian)\\s+)?(?<trig>bodies|corpses)(?![\\w-])(?!\\s+of\\s+(?:water|knowledge|evidence|work|research|law|thought))`),
    kind: 'killed',
  },
  {
    // a body found is one dead: "the body of a man was found with gunshot wounds", "the bodies of 2 young men bearing signs of torture"
    name: 'counts.bodies',
    re: re(`(?<![\\w-])(?<!(?:governing|legislative|student|advisory|regulatory|professional|oversight|main|whole|entire|umbrella)\\s+)(?:(?:bullet-riddled|tortured|mutilated|decomposed|charred|lifeless|headless|decapitated|burnt|burned)\\s+)?(?<trig>body|bodies)\\s+of\\s+(?<victims>${OBJ_LIST})`),
    kind: 'killed',
  },
  {
    // "just one death", "22 civilian deaths", "three injuries"
    name: 'counts.noun',
    re: re(`(?<q>${QTY})\\s+(?:(?:civilian|confirmed|reported)\\s+)?(?<trig>deaths?|fatalities|fatality|injuries)(?![\\w-])(?!\\s+(?:squads?|threats?|penalty|penalties|sentences?|row|certificates?|toll))`),
    kind: 'trigger',
  },
  {
    // "the killing of 124 inmates", "the deaths of two soldiers"
    name: 'counts.killing_of',
    // (and "the assassination of six Jesuits and two women", MUC's way of naming a toll)
    // (`the`: "the murder of the six Jesuits and two women": the figure after an article names the victims all the same)
    re: re(`(?<![\\w-])(?<trig>killings?|murders?|massacre|deaths?|slayings?|assassinations?)\\s+of\\s+(?:the\\s+)?(?<victims>${OBJ_LIST_LEAD})`),
    kind: 'killed', reference: true,
    examples: {
      pos: [['condemned the assassination of six jesuits and two women', 8], ['the killing of 12 judicial officials', 12], ['the deaths of two soldiers', 2], ['the murder of the six jesuits and two women', 8], ['as for the assassination of the six jesuits and the two women', 8], ['the murder of six jesuits (five spaniards and one salvadoran) and two women', 8],
        ['the murder of the six jesuits, a woman, and her daughter was an action by the armed forces', 8], ['the assassination of rector ignacio ellacuria, five other jesuits, and two women', 8]],
      neg: ['the assassination of the minister', 'the assassination of colonel ochoa'],
    },
  },
  {
    // the same for the wounded: "RESULTING IN THE INJURY OF SIX PEOPLE", "HAS RESULTED IN INJURIES TO A POLICEMAN"
    name: 'counts.killing_of',
    re: re(`(?<![\\w-])(?<trig>injury|injuries|wounding)\\s+(?:of|to)\\s+(?:the\\s+)?(?<victims>${OBJ_LIST})`),
    kind: 'wounded', reference: true,
    examples: {
      pos: [['resulting in the injury of six people and millions in losses', 6], ['has resulted in injuries to a policeman and heavy property damage', 1]],
      neg: ['the injury of carmen gloria quintana', 'injuries to his leg'],
    },
  },
];

/**
 * A passive trigger with no auxiliary ("12 killed", "seven people injured and") must be followed by
 * punctuation, the end, or one of these words; otherwise it is an adjective or an active verb
 * ("a dead drug baron", "five of the murdered Jesuits", "a bomb killed two").
 */
export const BARE_PASSIVE_FOLLOW = /^(?:\s*(?:[.,;:!?)"”\]—–-]|$)|\s+(?:in|on|at|during|when|while|and|or|by|as|after|before|since|near|today|yesterday|tonight|this|last|so|including|among|but|from|with|inside|outside|within|instantly|outright|immediately|following|because|due|until|over|under|earlier|later|overnight|there|here|were|was|have|had|has|for|throughout|across)(?![\w-]))/;

/** After a passive trigger with no auxiliary, these start an object: "a bomb killed two". */
export const ACTIVE_OBJECT = new RegExp(`^\\s+(?:${QTY}|the|his|her|their|its|him|them|it|us|me|one|dozens|scores|hundreds|several)(?![\\w-])`);

/** First noun words after a number that show it is not a head count ("25 years", "50,000 pesos"). */
export const NON_VICTIM = new Set([
  'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute',
  'seconds', 'times', 'pesos', 'dollars', 'euros', 'colones', 'soles', 'intis', 'bolivares', 'percent', 'per',
  'km', 'kilometers', 'kilometres', 'meters', 'metres', 'miles', 'yards', 'feet', 'kg', 'kilograms', 'grams',
  'tons', 'number', 'large', 'great', 'unspecified', 'undetermined', 'bill', 'bills', 'deal', 'plan', 'plans', 'proposal', 'idea', 'motion', 'chance', 'story', 'time',
  'song', 'engine', 'project', 'law', 'amendment', 'rumor', 'rumour', 'sentence', 'o\'clock', 'am', 'pm', 'hrs',
]);

/** Words before a number that make it a code or label, not a count ("No 3856", "Resolution 1701"). */
export const NUMBER_LABEL = /(?:^|[^\w])(?:no\.?|nos\.?|number|resolution|article|route|highway|road|km|kilometer|code|tel\.?|phone|page|room|flight|unit|section|decree|law|item|case|file|box|apartment|brigade|battalion|detachment|zone|g|p\.o\.)\s*$/;

// ---- reporters ---------------------------------------------------------------

export const REPORT_VERBS = 'state|stated|indicated|reported|reports|report|said|says|say|told|announced|announces|confirmed|confirms|mentions|mentioned|stated|states|added|adds|claimed|claims|estimated|estimates|put\\s+the\\s+toll\\s+at';

/** Reporter named before the figure in the same clause: "the Pentagon reported just one death". */
export const BY_BEFORE = new RegExp(`(?:^|[,;:(]|\\b(?:while|whereas|but|and|meanwhile)\\b)\\s*(?<by>[^,;:()]{2,80}?)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${REPORT_VERBS})(?:\\s+that)?\\s*["“]?$`, 'd');
/** "according to police", anywhere in the sentence. */
export const BY_ACCORDING = /\baccording\s+to\s+(?<by>(?:[^,;:.()"“”]|\.(?=\w)){2,80})/d;
/** Reporter named after the figure in its clause (on the layer): "..., police said". */
export const BY_AFTER = new RegExp(`^[^.;]*?,\\s*(?!(?:while|whereas|but|and)\\s)(?<by>[^,;:.()"“”]{2,60}?)\\s+(?:${REPORT_VERBS})\\s*(?:[.,;]|$)`, 'd');
/** How far BY_AFTER reads in a sentence with no layer (too long to tag): a comma within 60 characters, the reporter and verb. */
export const BY_AFTER_REACH = 140;

/** Known sources: canonical name for a matching reporter phrase. */
export const SOURCES: { match: RegExp; name: string }[] = [
  { match: /syrian observatory for human rights/, name: 'Syrian Observatory for Human Rights' },
  { match: /\bthe pentagon\b/, name: 'the Pentagon' },
  { match: /^pentagon\b/, name: 'Pentagon' },
  { match: /^(?:the\s+)?police$/, name: 'police' },
];

/** Reporters that cannot be a source: pronouns and impersonal "it". */
export const NOT_A_SOURCE = /^(?:(?:it|there|he|she|they|we|i|you|this|that|which|who)(?![\w'-])|sources?$)/;

/** Leading words stripped off a reporter phrase. */
export const REPORTER_LEAD = /^(?:(?:meanwhile|also|and|but|while|whereas|however|earlier|later|today|yesterday)\s+)+/;

/** Independent monitors, NGOs and UN bodies: their figure wins over a party's. */
export const INDEPENDENT_SOURCE = /\b(?:observatory|monitor|monitors|human rights|amnesty|red cross|red crescent|united nations|u\.?n\.?|unicef|unhcr|ocha|who|doctors without borders|m[eé]decins sans fronti[eè]res|msf|ngo|airwars|acled|iraq body count|watch)\b/i;

/** Cheap pre-filter: a casualty word somewhere in the (lower-cased) text. */
export const PREFILTER = /victim|kill|stab|neutrali|eliminat|dead|death|died|wound|injur|hurt|casualt|murder|lives|slain|slew|massacr|execut|assassinat|gunned|toll|fatalit|bodies|corpses|martyr|unharm|unscath|harmed/;

/** `toll-revised`: a toll that rose: its figure replaces the lower ones given before it. */
export const TOLL_RISEN = /\b(?:rose|risen|climbed|increased|jumped|reached|revised\s+(?:up|upwards))\b/;
/** A figure given first and since replaced: "officials had initially reported five dead". */
export const INITIAL_FIGURE = /\b(?:initially|originally|at\s+first|first|earlier|previously)\s+(?:[\w-]+\s+){0,4}$/;
/** `partitive-skip`: a count of some of a toll already given ("two of the wounded", "three of the dead"). */
/** `partitive-skip` in a victim list: "six Jesuits, five of them Spaniards" (after a later conjunct's figure). */
export const PARTITIVE_OF_THEM = /^\s+of\s+(?:them|whom)\b/;
/**
 * A victim list's last group after a comma alone, one person (`start`), where the list goes on no further (`listGoesOn`, on the
 * text after it): an apposition, no more victims ("injured one civilian, a female street peddler"; not "the six Jesuits, a woman,
 * and her daughter").
 */
export const APPOSITION_ONE = { start: /^an?\s/, listGoesOn: new RegExp(`^${AND_LEAD}(?:(?:the|his|her|their|its)\\s|${QTY})`) };
/**
 * `partitive-skip` of a participle: "ONE OF THE UNIVERSITY STUDENTS KILLED WAS …", "ONE OF THE PERSONS KILLED": a figure of
 * some of a set, then the participle with no auxiliary, names one of the victims, not how many died (on the victim phrase).
 */
export const PARTITIVE_PARTICIPLE = new RegExp(`^(?:${QTY})\\s+of\\s+(?:the|those|these)\\s`);
export const PARTITIVE_AFTER = /^\s+of\s+(?:the|those)\s+(?:wounded|injured|dead|victims|casualties|hostages)\b/;

/**
 * `named-victims-killed`: what follows a person's name when that person died: "WAS FOUND DEAD", "DIED TONIGHT", an apposition
 * or a relative clause between ("MAURICIO PINEDA, A SOUND TECHNICIAN FOR CANAL DOCE, DIED THIS MORNING", "HECTOR OQUELI, WHO
 * WAS KIDNAPPED IN GUATEMALA, WAS FOUND DEAD"). Lower case; group `death` is the phrase that says so. Not "was found dead
 * or alive", nor "died down".
 */
// (`named-victims-listed`: a person named first in a list, "CRISTOBAL PEREZ AND RUBEN DARIO RAMIREZ WERE SHOT TO DEATH", "ANGEL
// MARROQUIN HERNANDEZ AND JOSE ANGEL FLORES, MEMBERS OF …, WERE ABDUCTED AND SUBSEQUENTLY MURDERED": "were" and the list before it)
export const NAMED_DEATH_AFTER = /^(?:\s*,(?:(?!\b(?:was|were)\s+(?:[a-z]+\s+)?(?:killed|wounded|injured|hurt|murdered)\b)[^.;:"]){1,140}?,|\s*,(?=\s*who\s)|\s+and\s+(?:(?:his|her)\s+)?[a-z](?:[a-z'-]|\.(?=[a-z]))*(?:\s+[a-z](?:[a-z'-]|\.(?=[a-z]))*){0,4}(?:\s*,[^.;:"]{1,100}?,)?)?\s+(?:who\s+)?(?<death>(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|reportedly|apparently|allegedly|brutally)\s+)?(?:(?:kidnapped|abducted|tortured)\s+and\s+(?:(?:subsequently|later|then)\s+)?)?(?:found\s+dead|found\s+murdered|killed|murdered|assassinated|shot\s+dead|shot\s+to\s+death|gunned\s+down|executed|slain|machinegunned\s+to\s+death)|died|was\s+dead|lost\s+(?:his|her)\s+life))(?![\w-])(?!\s+(?:or|down|out)\b)/;
/** `named-victims-wounded`: the same for a person wounded ("ROBERTO NAVAS, A REUTER PHOTOGRAPHER, WAS SERIOUSLY WOUNDED"). */
// (an apposition's initials, "A U.S. NUN"; the name closing an apposition, "HER MOTHER, MARTA OROZCO LOPEZ, WAS WOUNDED"; "is")
export const NAMED_WOUND_AFTER = /^(?:\s*,(?:(?!\b(?:was|were)\s+(?:[a-z]+\s+)?(?:killed|wounded|injured|hurt|murdered)\b)(?:[^.;:"]|(?<=\b[a-z])\.)){1,140}?,|\s*,(?=\s*who\s)|\s*,(?=\s+(?:was|is)\s))?\s+(?:who\s+)?(?<wound>(?:was|is|has\s+been|had\s+been)\s+(?:(?:also|later|reportedly|seriously|slightly|badly|gravely|critically)\s+)?(?:wounded|injured|hurt|shot\s+and\s+wounded|stabbed(?!\s+(?:to\s+death|dead))|shot(?!\s+(?:to\s+death|dead|and\s+killed|down)))|suffered\s+(?:serious\s+|minor\s+|slight\s+)?(?:wounds|injuries))(?![\w-])/;

/**
 * `named-victims-killed`/`-wounded`: a name inside another's apposition is no victim of the phrase after it ("OTTO SORTO MILLA,
 * THE SON-IN-LAW OF GENERAL RAFAEL VILLAMARIONA, CHIEF OF THE AIR FORCE, WAS WOUNDED": one wounded); an apposition holds no
 * casualty verb of its own ("FRANCISCO PECORRINI, …, WERE KILLED AND CARLOS MENDOZA, …, WAS WOUNDED": Pecorrini not wounded).
 * Lower case, on the words before the name in its clause.
 */
export const NAMED_POSSESSOR_BEFORE = /\b(?:sons?|daughters?|wife|wives|husband|brothers?|sisters?|father|mother|parents|sons?-in-law|daughters?-in-law|nephews?|nieces?|cousins?|widow|relatives?|bodyguards?|drivers?|chauffeur|secretary|aides?|friends?|escort|employees?)\s+of\s+(?:[a-z.'-]+\s+){0,2}$/;

/**
 * `named-victim-later-mention`: a person named as a target whose death or wound the story tells at another mention of the
 * name, the full name or the surname alone ("ROBERTO NAVAS … [later] NAVAS DIED AND GALDAMEZ WAS SERIOUSLY INJURED"): each is
 * one. `before` holds on the text right before a surname read alone (the start of a clause or a title, not another given
 * name: "AMANDO LOPEZ" is no mention of "JOAQUIN LOPEZ"); `minSurname`, the shortest surname read alone. Lower case.
 */
export const NAMED_LATER_MENTION = {
  name: 'named-victim-later-mention',
  before: /(?:^|[.;:,"(\]]\s*|\s(?:and|while|but|that|as|when|because|whereas|after|said|says|dr|mr|mrs|ms)\s+)$/,
  minSurname: 4,
  examples: {
    pos: [['JOURNALIST ROBERTO NAVAS WAS HIT. NAVAS DIED AND GALDAMEZ WAS SERIOUSLY INJURED.', 'Roberto Navas', 'killed'], ['JOURNALIST ROBERTO NAVAS WAS HIT. LATER, ROBERTO NAVAS DIED.', 'Roberto Navas', 'killed']],
    neg: [['JOURNALIST ROBERTO NAVAS WAS HIT. JUAN NAVAS DIED.', 'Roberto Navas', 'killed']],
  },
};

/**
 * `victim-list-killed`: the persons named in a row after a kill word, with no figure ("THE MURDERS OF CARLOS VALENCIA GARCIA,
 * COLONEL VALDEMAR FRANKLIN QUINTERO, AND SENATOR … LUIS CARLOS GALAN SARMIENTO", "KILLED HECTOR OQUELI, LEADER OF …, AND …
 * GILDA FLORES"): one death each. `word`, the kill word in a sentence of the incident; `first` on the text from it to the first person (a title may
 * stand between), `next` on the text between two persons (a comma or "and", an apposition, a title), `stop` on either: a
 * clause of its own. Lower case (record.ts victimListDeaths reads the incident's person targets).
 */
export const VICTIM_LIST_KILLED = {
  name: 'victim-list-killed',
  word: /(?<![\w-])(?<!\b(?:was|were|been|be|is|are)\s+(?:\w+\s+)?)(?:killed|killing|killings|murdered|murders?|assassinated|assassinations?|deaths?|massacre)(?![\w-])/g,
  first: /^\s+(?!(?:and|or)\s)(?:of\s+)?(?:(?:the|a|an)\s+)?(?:[a-z'-]+\s+){0,8}$/,
  next: /^(?:\s*,[^.;:]{1,100}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:(?:the|a|an|his|her)\s+)?(?:[a-z'-]+,?\s+){0,5}$/,
  stop: /\b(?:was|were|is|are|has|have|had|who|which|whom|said|says|wounded|injured|hurt|kidnapped|while|but|when|after|before|by|because)\b/,
  examples: {
    pos: [['THE ARGENTINE DELEGATE REPUDIATED THE MURDERS OF CARLOS VALENCIA GARCIA, COLONEL VALDEMAR FRANKLIN QUINTERO, AND SENATOR AND PRESIDENTIAL CANDIDATE LUIS CARLOS GALAN SARMIENTO.', 3]],
    neg: ['GUNMEN KILLED MAYOR JOSE PEREZ AND WOUNDED COUNCILMAN JUAN DIAZ.', 'MIGUEL CASTELLANOS AND FRANCISCO PECORRINI WERE KILLED AND CARLOS MENDOZA, CHIEF EDITOR OF ANALISIS MAGAZINE, WAS WOUNDED.'],
  },
};

/**
 * `counts.additive`: a figure of victims other than those counted before it ("two other persons were wounded", "86 others
 * injured", "two more people", "another two", "two members of his escort were also killed") adds to the incident's figure
 * instead of replacing it (counts/index.ts mergeCasualties; record.ts adds a named victim killed beside it). `victims` is
 * tried on the victim phrase, `phrase` on the whole casualty phrase, `before` on the text just before it. Lower case.
 */
export const ADDITIVE = {
  name: 'counts.additive',
  // (and the people of a person named apart: "ONE OF HIS BODYGUARDS", "TWO OF HER ESCORTS")
  victims: new RegExp(`^(?:(?:another|a\\s+further)\\s|${QTY}\\s+(?:other|others|more)(?![\\w-])|${QTY}\\s+of\\s+(?:his|her)\\s)`),
  phrase: /\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+also\s/,
  before: /\balso\s+(?:(?:seriously|slightly|badly|critically|gravely)\s+)?$/,
  examples: {
    pos: ['two other persons were wounded during the attack', 'one person was killed and 86 others injured', 'one of his bodyguards were killed', 'two members of his escort were also killed', 'two more people were seriously wounded', 'the gunfire also seriously wounded one of the agents'],
    neg: ['two persons were wounded during the attack', 'police also said 12 people were killed', 'more than 20 people were killed'],
  },
};

/**
 * `terrorism-battle-casualties` of a figure (`--scope terrorism`): the dead or wounded of the perpetrators' own side ("TWO OF
 * THE KIDNAPPERS WERE KILLED", "A GUERRILLA MEMBER DIED WHILE ATTACKING THE RESIDENCE", "THE POLICE KILLED SIX KIDNAPPERS")
 * are no victims of the incident: MUC-4 keys count the persons the deed struck, not a side's losses. Read on the victim
 * phrase, one group with no list (`list`): its last word an armed group's head (actors/lexicon.ts GROUP_HEADS), or
 * "member(s)" after an armed group's modifier (GROUP_NOUN_MODIFIERS, "A GUERRILLA MEMBER"); record.ts leaves the figure out.
 */
export const PERPETRATOR_TOLL = {
  name: 'terrorism-battle-casualties',
  scopes: ['terrorism'],
  list: /,|(?<![\w-])(?:and|or|as\s+well\s+as|along\s+with)(?![\w-])/,
  member: /^members?$/,
  examples: {
    pos: ['TWO OF THE KIDNAPPERS WERE KILLED, BUT THE OTHERS MANAGED TO ESCAPE.', 'A GUERRILLA MEMBER DIED ON SATURDAY WHILE ATTACKING THE RESIDENCE OF THE DEPUTY.',
      'DURING THE RESCUE OPERATION, THE POLICE KILLED SIX KIDNAPPERS.'],
    neg: ['GUERRILLAS KILLED TWO SOLDIERS IN AN AMBUSH.', 'A SOLDIER AND SIX GUERRILLAS WERE KILLED IN THE ATTACK.', 'TERRORISTS KILLED TWO PEASANTS IN THE VILLAGE.'],
  },
};
