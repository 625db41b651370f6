// Event-mention rules over the language layer (src/core/lang): records of
// {name, match, then, examples}, applied by firstRule. `reject`: the trigger
// is no incident; `specific`: a bare plural that would be generic reports
// incidents. Each example is checked by test/lang.test.ts.
import type { LayerRule, SpanPattern } from '../../lang/match.js';
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
    // (or with an adverb of speech: "d'Aubuisson harshly attacked President Duarte", "sharply attacked the minister")
    match: {
      any: [
        { role: ['verb'], verb: { lemma: ['attack', 'slam', 'blast'], voice: 'active' }, pp: { preps: ['as'], nominal: true } },
        { role: ['verb'], verb: { lemma: ['attack'], voice: 'active' }, before: [{ words: ['harshly', 'sharply', 'bitterly', 'verbally', 'fiercely', 'strongly', 'vehemently', 'openly', 'publicly'] }] },
      ],
    },
    then: 'reject',
    examples: {
      pos: ['Trump attacked the impeachment investigation as "Witch Hunt garbage."', 'On live television Erdogan also attacked the proclamation of Golan Heights as official Israeli territory.', 'The mayor attacked the scheme as a waste of money.', 'Ministers attacked the strike as "wrong and unnecessary" and said it would hit people who could least afford it.', 'The opposition attacked the budget as reckless.', 'D\'Aubuisson harshly attacked President Duarte, who is suffering from terminal cancer.', 'Admiral Merino today harshly attacked Peruvian President Alan Garcia and Nicaraguan President Daniel Ortega.'],
      neg: ['Gunmen attacked the police station in the town on Sunday.', 'Men attacked the convoy as it left the base.', 'Gunmen attacked the police station as night fell.', 'Gunmen brutally attacked the mayor in his office.'],
    },
  },
];

/**
 * Clause rules: a trigger whose clause says it is no incident that happened
 * (an aim, a tally over a period). `cue` is a cheap test on the lower-case
 * sentence text before the trigger (`before`) or the whole sentence
 * (`sentence`): the layer is built only where one holds.
 */
/** How far before a trigger a clause rule's `before` cue is read ("used drones loaded with explosives to "). */
export const CLAUSE_CUE_REACH = 60;

export interface ClauseRule extends LayerRule<'reject'> {
  cue: { before?: RegExp; sentence?: RegExp };
}

/**
 * Verbs after which "to VERB" tells what was done, not what was meant: "started to attack", "used mortars to attack", "seems
 * to have killed"; and an attempt, which MUC-4's keys code as the incident: "they attempted to murder a former soldier".
 */
const ASPECT_VERBS = ['use', 'begin', 'start', 'continue', 'resume', 'keep', 'proceed', 'manage', 'go', 'come', 'return', 'seem', 'appear', 'happen', 'fail', 'attempt', 'try'];

/** A period opened by a year ("have killed hundreds of rebels in operations since 2024"). */
const SINCE_YEARS = [...Array.from({ length: 61 }, (_, i) => `since ${1970 + i}`)];
/** Heads of a period ("in the last 3 years", "over the past 2 weeks", "during 10 years of civil war"). */
/** Months a tally is counted in ("in September alone"). */
const TALLY_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const PERIOD_HEADS = ['years', 'months', 'weeks', 'days', 'year', 'month', 'week', 'decade', 'decades', 'war', 'conflict'];
/**
 * What a tally over a period counts: the clause's verb, or a past participle with no auxiliary of its own ("have been
 * wounded or killed", "have died … killed by assassins"); not a later verb group ("more than 140 people have disappeared
 * and about 60 have been killed": terrorism-battle-casualties', kept under --scope all), nor a deed's noun ("from the FMLN
 * attacks": muc4-tst2 lost a true event).
 */
const TALLIED: SpanPattern[] = [{ role: ['verb'] }, { first: { tags: ['PastTense'] }, before: [{ notWords: ['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had'] }] }];

/** The auxiliaries of a perfect ("who have bombed", "who has been killed"). */
const PERFECT_AUXILIARIES = ['have', 'has', 'had'];
/** Pronouns of anyone at all, before "who" ("those who", "anyone who"): a kind of person, no one in particular. */
const ANYONE_WORDS = ['those', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody'];

/** Past forms of trigger verbs that take no "-ed" ("the men who set fire to", "who shot the mayor"). */
const PAST_FORMS = ['set', 'hit', 'shot', 'struck', 'blew', 'cut', 'put', 'threw', 'burnt', 'fought', 'took', 'seized', 'stole', 'beat', 'slew', 'went', 'broke', 'left', 'ran'];
/** Nouns a "that" clause tells the content of ("reports that bombings continue"): no relative clause. */
const CONTENT_NOUNS = ['report', 'reports', 'news', 'claim', 'claims', 'fact', 'evidence', 'word', 'rumor', 'rumors', 'rumour', 'rumours', 'information', 'indications', 'sign', 'signs', 'fear', 'fears', 'proof', 'statement', 'assurance', 'assurances'];

/** Words of stopping or forgoing ("cease", "refrain", "suspension"): what follows them is to stop, not told as done. */
const CEASE_WORDS = ['abstain', 'abstains', 'abstained', 'abstaining', 'refrain', 'refrains', 'refrained', 'refraining', 'cease', 'ceases', 'ceased', 'ceasing', 'cessation', 'suspend', 'suspends', 'suspended', 'suspending', 'suspension', 'halt', 'halts', 'halted', 'halting', 'stop', 'stops', 'stopped', 'stopping', 'renounce', 'renounces', 'renounced', 'renouncing'];
/** Words that put the trigger in a phrase of its own, away from a verb before it ("suspended after the attack"). */
const NEAR_STOPS = ['after', 'following', 'before', 'since', 'during', 'in', 'when', 'because', 'despite', 'amid'];

/**
 * Words of intending, threatening or inciting, not in the past ("planned and carried out the assassination" tells a
 * deed): what follows them within a few words is meant, not told as done. Not "intention": "extremists who entered
 * the lobby with the intention of kidnapping" tells an attempt, which MUC-4 codes.
 */
const INTENT_WORDS = ['plan', 'plans', 'planning', 'intend', 'intends', 'intending', 'threaten', 'threatens', 'threatening', 'threat', 'threats', 'incite', 'incites', 'incited', 'inciting', 'calling', 'urge', 'urges', 'urging', 'vow', 'vows', 'plot', 'plots', 'plotting'];
/** Words that tell the deed after an intent ("planned and carried out"), and so stop the search for one. */
const DEED_STOPS = [...NEAR_STOPS, 'carried', 'carry', 'committed', 'perpetrated', 'out'];

/**
 * Abuses and crimes that are no attack, named as a kind ("torture, murder, rape, and disappearances", "imprisoned,
 * murdered, or exiled", "kidnapped, jailed, and sentenced"): violence listed beside them is a charge or a record, not
 * an incident. Not "disappearance" (MUC-4 codes one as a kidnapping), "tortured" ("kidnapped, tortured and
 * murdered" tells what was done to someone), "sentenced" ("kidnapped Olson … and sentenced him to death") nor
 * "trafficking" ("a judge handling kidnapping and drug trafficking cases" was murdered). Nor a campaign ("repression",
 * "persecution"), whose instances are incidents: "against repression, the massacre in San Vicente, and the persecution
 * of the university community" names a massacre.
 */
const ABUSE_WORDS = ['torture', 'tortures', 'rape', 'rapes', 'disappearances', 'arrests', 'violations', 'crimes', 'smuggling', 'extortion', 'intimidation', 'harassment', 'disobedience', 'jailed', 'imprisoned', 'exiled'];

/** Deed nouns that name a kind of deed when bare ("engage in kidnapping"); not sabotage ("carried out sabotage" tells one). */
const BARE_DEED_NOUNS = ['kidnapping', 'murder', 'assassination', 'killing', 'kidnappings', 'murders', 'assassinations', 'killings'];
/** The word right before a bare deed noun: a preposition or a conjunction of a list, a class or a charge. */
const BARE_DEED_LEADS = ['of', 'in', 'like', 'and', 'or', 'on', 'for', 'with'];
/**
 * The words that may follow a bare deed noun (else punctuation): another of a list, a copula. Not a noun phrase (the noun
 * is then a verb with its object: "intimidate and murder UNO followers"), nor a phrase that ties it to one incident ("of
 * five students", "by the government forces", "in San Miguel").
 */
const BARE_DEED_FOLLOWERS = ['and', 'or', 'amid', 'is', 'are', 'was', 'were'];

/** What a blast or a bomb is figured of: a growth ("the population explosion"), an unrest ("a social explosion"), the Bomb. */
const FIGURED_KINDS = ['population', 'demographic', 'social', 'atomic', 'nuclear', 'hydrogen'];

/** Arms listed beside grenades ("rifles, rifle grenades, and homemade artillery", "5 claymore mines; grenades for rifles"). */
const LISTED_ARMS = ['rifle', 'rifles', 'artillery', 'mortar', 'mortars', 'missile', 'missiles', 'cannon', 'cannons', 'explosives', 'launcher', 'launchers', 'machinegun', 'machineguns', 'mines'];

export const CLAUSE_RULES: ClauseRule[] = [
  {
    // "a wave of kidnapping and murder", "engage in kidnapping", "practices like kidnapping", "charges of kidnapping",
    // "sowing chaos and murder": a deed noun with no determiner, possessive, number or adjective of its own, nor an "of" or
    // "by" phrase after it, names the kind of deed, no incident ("the kidnapping of five students", "political
    // assassination by the government forces", "carrying out assassination" tell one)
    name: 'bare-deed-noun',
    cue: { before: /(?:^|[^\w'’-])(?:of|in|like|and|or|on|for|with)\s+["“]?$/ },
    match: { head: { words: BARE_DEED_NOUNS }, before: [{ words: BARE_DEED_LEADS }], any: [{ not: { wordAfter: ['*'] } }, { wordAfter: BARE_DEED_FOLLOWERS }] },
    then: 'reject',
    examples: {
      pos: ['The sudden dismissal came 3 days after the president admitted that the security forces are involved in a wave of kidnapping and murder of students.', 'It would be like giving the right-wing terrorists, who engage in kidnapping, a seat at the table.', 'Of course, this also means that we have to abandon practices like kidnapping.', 'The death squads are sowing chaos and murder amid a conniving silence by governments in the region.'],
      neg: ['Guerrillas were involved in the kidnapping of five university students.', 'The rebels were accused of the murder of the mayor.', 'The gunmen committed robbery and murder in San Miguel on Sunday.', 'There was political assassination by the government forces.', 'The Sandinists have deployed 30,000 troops in order to "intimidate and murder" UNO followers.'],
    },
  },
  {
    // "the population explosion", "the possibility of a social explosion", "more dangerous than the atomic bomb", "drop kind
    // of atomic bomb on the Huallaga zone": a blast or bomb named by what it is figured of, a growth, an unrest or the
    // Bomb, no device that went off
    name: 'figurative-blast',
    cue: { before: /\b(?:population|demographic|social|atomic|nuclear|hydrogen)\s+$/ },
    match: { head: { words: ['explosion', 'explosions', 'bomb', 'bombs', 'blast'] }, before: [{ words: FIGURED_KINDS }] },
    then: 'reject',
    examples: {
      pos: ['You will discuss the increasing impoverishment of the continent, the population explosion, and economic growth.', 'The possibility of a social explosion was discussed during the meetings.', 'He believes this problem is more dangerous than the atomic bomb.', 'I do not see why it now wants to drop kind of atomic bomb on the Huallaga zone.'],
      neg: ['A bomb exploded near the social security office in Lima.', 'The explosion destroyed the offices of the social democratic party.', 'A powerful bomb damaged the atomic energy commission building.'],
    },
  },
  {
    // "mercenary forces, which were created to attack my country", "channelling arms to the FMLN to murder innocent
    // people": an aim, a purpose or a policy, not an attack that took place
    name: 'purpose-infinitive',
    // (not after "used X to": "had used drones loaded with explosives to attack a base", where the tagger may miss the verb)
    // (and a passive infinitive after a verb, or an adverb between: "the Salvadoran people do not deserve to be attacked", "to
    // indiscriminately bomb the civilian population would be a barbaric act"; not after a noun, "the first minister to be
    // assassinated by the guerrillas", which tells the deed)
    cue: { before: /(?<!\b(?:used|uses|using)\s+(?:[\w'’-]+\s+){1,5})\bto\s+(?:be\s+|[a-z]+ly\s+)?$/ },
    match: {
      head: { tags: ['Verb'] },
      any: [
        { before: [{ words: ['to'] }, { notLemmas: ASPECT_VERBS }] },
        { before: [{ words: ['be'] }, { words: ['to'] }, { tags: ['Verb'], notLemmas: ASPECT_VERBS }] },
        { before: [{ tags: ['Adverb'] }, { words: ['to'] }, { notLemmas: ASPECT_VERBS }] },
      ],
      verb: { notLemma: ASPECT_VERBS },
    },
    then: 'reject',
    examples: {
      pos: ['Mercenary forces, which were created to attack my country, remain in Honduras.', 'The Salvadoran people do not deserve to be attacked with terrorist bombs.', 'The note says that "to indiscriminately bomb the Honduran civilian population would be a barbaric act."', 'Honduras must not permit the use of its territory to attack the Esquipulas agreements.', 'The FSLN is channelling arms to the FMLN to murder innocent Salvadoran people.', 'The Contras were given money to murder the Nicaraguan people.'],
      neg: ["Colombia's army said that guerrillas of the National Liberation Army (ELN) had used drones loaded with explosives to attack a military base.", 'Two columns of army troops, armed with rifles, started to attack about 150 guerrillas.', 'The guerrillas used mortars to attack the building of the general staff.', 'Guerrillas attacked the mayor\'s office in San Miguel.', 'The mayor seems to have been murdered by the rebels.', 'Rodriguez Porth is the first minister to be assassinated by the guerrillas.', 'They began to selectively attack the villages.'],
    },
  },
  {
    // "in the last 3 years, 1,300 policemen have been killed", "more than 70,000 people have been killed during 10 years
    // of civil war": a tally over a period, not an incident
    name: 'period-tally',
    // (or a year or month so far: "at least eight journalists had been murdered in Mexico this year")
    // (and a past participle in such a clause: "dozens of lieutenants have been wounded or killed in the last 10 days",
    // "almost 1,000 activists … have died during the recent years killed by assassins": muc4-dev 3 false events, no true one)
    cue: { sentence: /\b(?:last|past|since|during|over|this\s+(?:year|month)|so\s+far)\b/ },
    // (not a deed's noun: "the events that have occurred in recent days, particularly the killing of 10 union members … on
    // 31 October" tells the one incident)
    match: { verb: { tense: ['perfect'] }, any: TALLIED.map((t) => ({ ...t, any: [{ pp: { preps: ['in', 'over', 'during', 'for', 'within'], heads: PERIOD_HEADS, fronted: true } }, { clauseAfter: ['this year', 'this month', 'so far', 'so far this year', ...['over', 'in'].flatMap((p) => ['past', 'last'].flatMap((l) => ['week', 'month', 'year'].map((w) => `${p} the ${l} ${w}`))), ...SINCE_YEARS] }] })) },
    then: 'reject',
    examples: {
      pos: ['In the last 3 years, 1,300 policemen have been killed while working on cases.', 'In the last 3 years, 64 mayors of various small towns in the Andes have been killed.', 'More than 70,000 people have been killed in El Salvador during 10 years of civil war.', 'Article 19 said at least eight journalists had been murdered in Mexico this year.', "Gaza's health ministry said at least 40 Palestinians had been killed by Israeli fire across the enclave over the past week.", 'Security forces have killed hundreds of rebels in operations since 2024.', 'Dozens of lieutenants have been wounded or killed in the last 10 days.'],
      neg: ['Three policemen were killed in Lima last night.', 'Guerrillas have killed three policemen in Lima.', 'In the last hour, two bombs exploded in the capital.', 'Three policemen have been killed in Lima in the past hour, police said.', 'Gunmen killed eight people at a bar in Celaya this year, on the eve of the festival.', 'The meeting has been suspended given the events that have occurred in the last days, particularly the killing of 10 union members at the Fenastras headquarters on Tuesday.'],
    },
  },
  {
    // "at least eight people were killed nationwide as police fired", "308 aid workers were wounded and 125 kidnapped during
    // the year", "recorded more than 30 bombings and shootings in September alone": a count over a country or a period told
    // in the simple past is a tally too (and over several countries: "aid convoys were bombed, looted and ambushed in at
    // least 20 countries")
    name: 'period-tally',
    cue: { sentence: /\b(?:nationwide|countrywide|across\s+the\s+country|during\s+the\s+year|alone|countries)\b/ },
    match: { clauseAfter: ['nationwide', 'countrywide', 'across the country', 'during the year', ...TALLY_MONTHS.map((m) => `in ${m} alone`), 'this year alone', 'last year alone', 'this month alone', 'this week alone', 'in * countries', 'in at least * countries', 'in more than * countries'] },
    then: 'reject',
    examples: {
      pos: ['Rights groups said at least eight people were killed nationwide as police fired live rounds.', 'A further 308 aid workers were wounded and 125 kidnapped during the year.', 'Police recorded more than 30 attacks on shops in September alone.', 'Sweden has had 11 deaths in shootings this month alone.', 'The report said aid convoys were bombed, looted and ambushed in at least 20 countries.'],
      neg: ['At least eight people were killed in the capital as police fired live rounds.', 'Gunmen killed three people across the river on Sunday.', 'A bomb exploded in the market during the morning rush.'],
    },
  },
  {
    // "our troops seized an M-14 rifle, 3,000 cartridges, five knapsacks, six grenades …", "M-67 grenades were found at
    // the site": weapons seized or found in a list, however long, are no attack (not the bodies found: those tell one)
    name: 'seized-in-clause',
    // (and grenades listed among other arms, whatever the verb: "FMLN units with rifles, rifle grenades, and homemade
    // artillery attacked army positions", "using people's artillery, hand grenades, and rifle fire": the arms of a deed told
    // by another word, or a cargo, never a grenade attack by themselves)
    cue: { sentence: /\b(?:seiz|confiscat|found|find|discover|recover|captur)\w*|\b(?:rifles?|artillery|mortars?|missiles?|cannons?|explosives|launchers?|machineguns?|mines)\b/ },
    // (or a verb of seizing earlier in its clause, whatever verb the clause's parse settles on: "troops have discovered a
    // safe house … and seized 6 rifles, …, 16 fragmentation grenades, and 2 radios")
    match: {
      head: { tags: ['Plural'], notTags: ['Verb'], words: ['grenades', 'bombs', 'explosives', 'devices', 'mines', 'rockets', 'mortars', 'missiles', 'charges'] },
      any: [
        { verb: { lemma: ['seize', 'confiscate', 'find', 'discover', 'recover', 'capture'], inherit: true } },
        { clauseBefore: { words: ['seized', 'confiscated', 'found', 'discovered', 'recovered', 'captured'], reach: 40 } },
        { head: { words: ['grenades'] }, near: { reach: 3, after: true, test: { words: LISTED_ARMS } } },
      ],
    },
    then: 'reject',
    examples: {
      pos: ['Our troops seized an M-14 rifle from the enemy, 3,000 cartridges, five knapsacks, six grenades, and field equipment.', 'In addition, we seized 4 M-16 rifles, 4 knapsacks, and 1 M-79 with 36 grenades in La Coquera.', 'At least 230 cartridges, M-79 antitank weapons, and M-67 grenades were found at the site of the murder.', 'While trying to guarantee the citizens\' security, armed forces troops have discovered a safe house of the terrorist groups in San Marcos and seized 6 high-caliber rifles, 12,485 rounds of ammunition, 330 pounds of explosives, 16 fragmentation grenades, and 2 radios.', 'On 27 March FMLN units with rifles, rifle grenades, and homemade artillery attacked army positions at the dam.'],
      neg: ['Guerrillas hurled grenades at the police station in San Miguel.', 'Guerrillas hurled grenades at the police station after troops seized the town.', 'Residents discovered the bodies of 3 men riddled with bullets in Croix-des-Bouquets.', 'Two bombs exploded at the bank on Sunday, after police found a car.', 'Guerrillas hurled grenades at the police station and fired their rifles at the guards.'],
    },
  },
  {
    // "the army must cease all bombing and shelling of civilian targets", "to abstain from any form of attack", "it will
    // refrain from attacking political leaders", "the suspension of attacks against the pipelines": what is to stop, no incident
    name: 'ceased-or-renounced',
    cue: { sentence: /\b(?:abstain|refrain|ceas|suspen[ds]|halt|stop|renounc|cessation)/ },
    match: { head: { tags: ['Noun', 'Gerund'], notTags: ['PastTense'] }, near: { reach: 5, test: { words: CEASE_WORDS }, stop: NEAR_STOPS } },
    then: 'reject',
    examples: {
      pos: ['Likewise, the army must cease all bombing and shelling of civilian targets.', 'A. To abstain from any form of attack against political leaders of the Cristiani government.', 'It will refrain from attacking political leaders of the government.', 'The ELN also conditioned their suspension of attacks against the pipelines on the creation of a council.', 'The Contras must stop murdering civilians.'],
      neg: ['The dialogue was suspended in October following a dynamite attack against a union.', 'The bus stopped and gunmen attacked it near the bridge.', 'Guerrillas attacked the mayor\'s office in San Miguel after the ceasefire was suspended.', 'The attack on the police station stopped traffic for hours.'],
    },
  },
  {
    // "the FMLN terrorist criminals who attack the civilian population", "a government that bombs the people", "officers who
    // kidnap, murder and cause the disappearance of union members": a relative clause in the simple present tells what
    // someone does, a habit or a charge, not an incident (a past verb there tells one: "the men who attacked the bus")
    name: 'habitual-relative',
    // (and a perfect after "those", "anyone"…, whoever they are: "few can feel any sympathy for those who have bombed them",
    // "the burying of all those who have been killed", "we ask those persons who have been kidnapped to be patient": a kind
    // of doer or victim, no incident; muc4-dev 3 false events, no true one)
    cue: { before: /\b(?:who|which|that)\s+(?:(?:have|has|had)\s+(?:been\s+)?)?$/ },
    match: {
      any: [
        { first: { notTags: ['PastTense', 'Gerund', 'Participle', 'Modal'], notEnds: ['ed', 'ing'], notWords: PAST_FORMS }, before: [{ words: ['who', 'which', 'that'] }, { tags: ['Noun'], notTags: ['Pronoun', 'Preposition', 'Verb', 'Determiner'], notWords: CONTENT_NOUNS }] },
        { before: [{ words: PERFECT_AUXILIARIES }, { words: ['who'] }, { words: ANYONE_WORDS }] },
        { before: [{ words: ['been'] }, { words: PERFECT_AUXILIARIES }, { words: ['who'] }, { words: ANYONE_WORDS }] },
        { before: [{ words: ['been'] }, { words: PERFECT_AUXILIARIES }, { words: ['who'] }, { words: ['persons', 'people'] }, { words: ['those'] }] },
      ],
    },
    then: 'reject',
    examples: {
      pos: ['His comrades, the FMLN terrorist criminals who attack the civilian population, are without ammunition and food.', 'A government that bombs the people is an illegitimate government.', 'It would be tantamount to giving the right-wing terrorists who attack students the right to a dialogue.', 'We will not be like right-wing extremists who sabotage economic efforts.', 'Few can feel any sympathy for those who have bombed them.', 'The cease-fire would allow the burying of all those who have been killed.', 'That is why we ask those persons who have been kidnapped to be patient.'],
      neg: ['The gunmen who attacked the bus on Sunday fled to the hills.', 'The guerrillas who murdered the mayor escaped.', 'Residents who survived that attack said the gunmen fled.', 'We have received reports that attacks continue in San Salvador.', 'He said that attack was the worst in the capital.', 'The group, which bombed the embassy in May, denied it.', 'The three students who have been kidnapped were released on Sunday.', 'Police arrested the men who have bombed the bank.'],
    },
  },
  {
    // "the rebels plan to burn vehicles, destroy stores, bomb telephone lines", "publicly calling for the assassination of
    // Gen. Pinochet", "he has endorsed violence, incited assassination", "the FMLN's plans for strictly terrorist actions,
    // such as killing personalities": violence a few words after a word of intent, in the same clause, is meant, not done
    name: 'intended-near',
    cue: { sentence: /\b(?:plan|plans|planning|intend|intends|intending|threat|threats|threaten|threatens|threatening|incite[sd]?|inciting|calling|urge|urges|urging|vows?|plots?|plotting)\b/ },
    match: { head: { tags: ['Noun', 'Gerund', 'Verb'], notTags: ['PastTense'] }, near: { reach: 8, test: { words: INTENT_WORDS }, stop: DEED_STOPS } },
    then: 'reject',
    examples: {
      pos: ['He added the rebels plan to burn vehicles, destroy stores, bomb telephone lines, and step up sabotage.', 'He upset the authorities by publicly calling for the assassination of Gen. Pinochet.', 'He has endorsed violence, incited assassination, and raised funds for the purchase of arms.'],
      neg: ['The Medellin cartel planned and carried out the assassination, the minister said.', 'Guerrillas who threatened the mayor attacked his house on Sunday.', 'Police said the gunmen murdered the judge after threats.'],
    },
  },
  {
    // "torture, murder, rape, and disappearances were methods adopted by the government", "no priest has ever been
    // imprisoned, murdered, or exiled", "the increase in human rights violations, the arrests, the bombings": violence in a
    // list of abuses is a kind of deed, charged or counted, not an incident
    name: 'abuse-list',
    cue: { sentence: /\b(?:torture|tortures|rapes?|disappearances|arrests|violations|crimes|smuggling|extortion|intimidation|harassment|disobedience|jailed|imprisoned|exiled)\b/ },
    // (not across "for": "found guilty of war crimes for the killing of 46 civilians" charges the deed told)
    match: { near: { reach: 3, after: true, test: { words: ABUSE_WORDS }, stop: [...NEAR_STOPS, 'for'] } },
    then: 'reject',
    examples: {
      pos: ['A report stated that torture, murder, rape, and disappearances were methods adopted by the government.', 'Note that in Nicaragua no priest has ever been imprisoned, murdered, or exiled.', 'The senators are misinformed about the increase in human rights violations, the arrests, the attacks, and the war parades.', 'We have been reporting the killings, the assassinations, the crimes, the Contras attacks, and the Yankee Congress has remained silent.', 'In view of the continuing wave of crimes and terrorist attacks, the Peruvian government today declared a state of emergency in Lima.'],
      neg: ['The journalist was kidnapped, tortured and murdered by a death squad on Sunday.', 'Police made several arrests after the attack on the bank.', 'The court found three leaders of the armed group guilty of war crimes for the killing of 46 civilians.', 'The judge who was investigating the crimes of the cartel was shot dead in Medellin on Sunday.', 'Gunmen killed a judge who was handling drug trafficking cases.'],
    },
  },
  {
    // "we will continue with our battalion's attacks on the terrorists", "a surprise attack can happen at any time", "the
    // shooting down of a hostile aircraft must not be considered": a trigger inside a clause whose verb a modal makes
    // future, possible or due tells what may happen, not what did ("could have been carried out", a modal perfect, still
    // tells a deed)
    name: 'modal-clause',
    // (and a clause that asks, whatever its verb: "how are they using the Yankee bombs and planes?", "is it because Msgr
    // Romero was a communist and therefore murdered?", "what do you feel after killing so many policemen?": a question
    // tells no deed as done; not a relative clause in it, which tells one: "what do they think about the eight bombs that
    // were detonated yesterday and killed six soldiers?")
    cue: { sentence: /\b(?:will|would|can|could|must|may|might|should|shall|cannot)\b|\?/ },
    match: { any: [{ role: ['subject', 'object', 'pp'], verb: { modal: true, tense: ['future', 'present'] } }, { question: true, not: { clause: ['relative'] } }] },
    then: 'reject',
    examples: {
      pos: ['We will continue with our battalion\'s attacks on all the terrorist criminals.', 'He fears that a surprise attack can happen at any time.', 'The murder of a judge would be an attack on the state.', 'How are they using the Yankee bombs and planes?', 'Is it because Msgr Romero was a communist and therefore murdered?'],
      neg: ['This attack could have been carried out by the rebels.', 'Asked about it, he said the guerrillas attacked the mayor\'s office.', 'What do the armed forces think about the men who killed six soldiers yesterday?', 'Referring to the day when the Jesuits were killed, how will this situation end up?', 'Guerrillas attacked the mayor\'s office in San Miguel, police said.', 'He said that guerrillas who attacked the bridge will be tried.'],
    },
  },
  {
    // "journalists have been murdered", "countless Colombians have been assassinated in their struggle": a bare plural
    // subject of a perfect passive tells a pattern, not an incident ("three policemen have been killed" is one); the
    // active perfect with a bare plural object is the same rule, read in events/index.ts (habitualReading)
    name: 'generic-perfect-bare-plural',
    cue: { sentence: /\b(?:have|has)\s+been\b/ },
    match: { role: ['verb'], verb: { tense: ['perfect'], voice: 'passive', negated: false }, subject: { head: { tags: ['Plural'] }, first: { notTags: ['Value', 'Determiner', 'Possessive', 'ProperNoun', 'Pronoun'] } } },
    then: 'reject',
    examples: {
      pos: ['Journalists have been murdered; there has been a systematic intimidation of the press.', 'He said that countless Colombians have been assassinated in their struggle against drug trafficking.'],
      neg: ['Three policemen have been killed in Lima.', 'The two U.S. missionaries have been murdered.', 'Journalists were murdered in Lima on Sunday.', 'The mayor has been killed by guerrillas.'],
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
