// Trigger senses: a trigger word read in another sense by the words around it,
// over the language layer (src/core/lang): the compound it is part of ("heart
// attack"), its complement ("attacked the plan", "hit by the recession"), a
// prepositional phrase or a verb of its clause ("raided the house and
// arrested"). Records of {name, triggers, match, then, examples}, applied by
// index.ts (senseFilter); each word list is stated once, here, and each
// example is checked by test/sense-rules.test.ts. `cue` is a cheap test on the
// lower-cased sentence, made from the rule's words: the layer is asked only
// where it holds. `text` is a pattern on the text right around the trigger,
// kept where the layer cannot say it.
import type { LayerRule, SpanPattern } from '../../lang/match.js';
import { escapeRe } from '../../text.js';

export interface SenseRule extends LayerRule<'reject'> {
  /** Trigger forms, or names of pattern trigger rules ("fire-projectile"). */
  triggers: string[];
  /** The words the sentence must hold for the layer to be asked (made from the rule's words when absent). */
  cue?: RegExp;
  /** Patterns on the lower-cased text right before and after the trigger, where the layer cannot say it (either holds). */
  text?: { before?: RegExp; after?: RegExp };
}

// the word lists, each named by what its words are

/** What an exercise or a test is called: fire in one has no target. */
const EXERCISE_WORDS = ['live fire', 'drill', 'drills', 'military exercise', 'military exercises', 'joint exercise', 'joint exercises', 'naval exercise', 'naval exercises', 'training exercise', 'training exercises', 'field exercise', 'field exercises', 'war games', 'manoeuvres', 'maneuvers', 'target drone', 'target drones', 'missile test', 'missile tests', 'weapons test', 'weapons tests', 'weapon test', 'flight test', 'flight tests'];
/** What a launch is said to be when it is meant as a signal: "in what analysts said was a warning". */
const SIGNALS = ['warning', 'show of force', 'test', 'signal', 'message'];
/** Waters a missile is fired into in a test. */
const WATERS = ['sea', 'ocean', 'waters'];
/** A coast a missile is fired off in a test: "fired a ballistic missile off its east coast". */
const COASTS = ['coast', 'coasts', 'coastline', 'peninsula'];
/** Causes of an explosion that make it no attack: a works, a house, nature, bomb disposal. */
const EXPLOSION_CAUSES = ['controlled', 'gas', 'boiler', 'methane', 'coal dust', 'dust', 'chemical', 'industrial', 'factory', 'firework', 'fireworks', 'volcanic', 'accidental', 'pipeline', 'oxygen', 'transformer', 'cylinder', 'furnace', 'reactor'];
/** Things of a works or a house that explode by themselves: "the tank exploded at the chemical plant". */
const EXPLODING_THINGS = ['tanker', 'boiler', 'boilers', 'cylinder', 'cylinders', 'pipeline', 'transformer', 'transformers', 'battery', 'batteries', 'reactor', 'furnace', 'kiln', 'gas', 'fireworks', 'firework', 'meteor', 'asteroid', 'starship', 'volcano'];
/** Things that set fire to a place by themselves: "indoor fireworks set fire to the ceiling", "a short circuit set fire to the roof". */
const FIRE_STARTERS = ['fireworks', 'firework', 'pyrotechnics', 'sparklers', 'sparks', 'candle', 'candles', 'cigarette', 'circuit', 'fault', 'wiring', 'heater', 'stove', 'lightning', 'embers'];
/** Munitions and their strikes that set fire where they hit: the fire is the strike's, no arson ("the strike set fire to the upper floors"). */
const MUNITION_FIRE_STARTERS = ['strike', 'strikes', 'airstrike', 'airstrikes', 'missile', 'missiles', 'shell', 'shells', 'shelling', 'rocket', 'rockets', 'drone', 'drones', 'blast', 'explosion', 'debris'];
/** Kinds of attack that are no political violence: the body's, words', computers', animals'; and a bombing of water on a fire. */
const OTHER_ATTACK_KINDS = ['heart', 'panic', 'asthma', 'anxiety', 'allergy', 'allergic', 'cyber', 'verbal', 'personal', 'shark', 'dog', 'bear', 'wolf', 'water', 'dive', 'photo', 'character'];
/** Ideas, plans, records and people's standing: what an attack in words is made on. */
const IDEAS = ['plan', 'plans', 'bill', 'budget', 'policy', 'policies', 'decision', 'proposal', 'proposals', 'record', 'credibility', 'reputation', 'press', 'media', 'idea', 'ideas', 'reform', 'reforms', 'law', 'ruling', 'deal', 'report', 'comment', 'comments', 'remark', 'remarks', 'critics', 'democracy', 'constitution', 'freedom', 'rights', 'independence', 'judiciary', 'class', 'poor', 'workers', 'savings', 'pension', 'pensions', 'taxpayers', 'families', 'consumers', 'economy', 'legislation', 'announcement', 'move', 'measure', 'measures', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'verdict', 'tax', 'taxes', 'handling', 'leadership', 'stance', 'manifesto', 'referee', 'referees', 'refereeing', 'board', 'views',
  // (social ills and goods a policy attacks: "an all-out attack on the hardship", "launched an attack on jobs and conditions")
  'hardship', 'hardships', 'poverty', 'hunger', 'inequality', 'homelessness', 'unemployment', 'jobs', 'wages', 'conditions', 'living standards'];
/** What an attack in words goes on to do: "attacked Harris over immigration, telling a rally", "attacked him, calling him a liar". */
const WORDS_VERBS = ['tell', 'accuse', 'call', 'describe', 'brand', 'dismiss', 'mock', 'criticize', 'criticise', 'label', 'tweet', 'ridicule'];
/** Workers and their unions: a strike by them stops work. */
const WORKERS = ['general', 'hunger', 'labour', 'labor', 'teachers', 'teacher', 'workers', 'doctors', 'nurses', 'transport', 'rail', 'national', 'student', 'students', 'truckers', 'miners', 'peasants', 'drivers', 'employees', 'staff', 'union', 'unions', 'pilots', 'farmers', 'growers'];
/** Words before "strike" that make it a stoppage: its workers, its length, its kind ("an 'armed strike'": a shutdown), "on strike". */
const STOPPAGE_BEFORE = [...WORKERS, 'lucky', 'on', 'one day', '24 hour', '48 hour', 'indefinite', 'to', 'armed'];
/** Words before "shot" that make it a noun of another sense: a try, a photograph, an injection. */
const SHOT_NOUN_BEFORE = ['a', 'every', 'each', 'his', 'her', 'big', 'long', 'parting', 'mug', 'booster', 'flu', 'best', 'free', 'first', 'cheap', 'snap', 'screen', 'warning', 'massive', 'huge', 'real', 'welcome', 'much needed'];
/** The idioms of "hit", word for word (not "the market", "the roof", "a civilian home": what a rocket or a bomb hits as well). */
const HIT_IDIOMS = ['the ball', 'the markets', 'markets', 'the shelves', 'shelves', 'the headlines', 'headlines', 'stores', 'theaters', 'theatres', 'screens', 'a record', 'record', 'a new', 'new highs', 'new lows', 'a high', 'a low', 'the ground running', 'the jackpot', 'the road', 'the button', 'rock bottom', 'bottom', 'home', 'back'];
/** Aircraft that land as flights (not drones or rounds: "a drone landed on the roof"). */
const FLIGHTS = ['aircraft', 'plane', 'planes', 'airliner', 'jet', 'jetliner', 'flight', 'flights', 'helicopter', 'airbus', 'boeing'];
/** What a figure that "hit 5 percent" is counted in. */
const PERCENT = ['percent', 'cent'];
/** Nouns a bomb modifies when no bomb went off: a threat, a defence against bombs, their making (the weapons finder reads them too). */
export const BOMB_COMPOUND_HEADS = ['threat', 'threats', 'scare', 'scares', 'hoax', 'squad', 'disposal', 'expert', 'experts', 'technician', 'technicians', 'sniffing', 'detector', 'shelter', 'shelters', 'maker', 'makers', 'making', 'factory', 'plot', 'plots'];
/** Kinds named before "bomb" that are no bomb: a long pass, a truth told, a swear word, a bath product. */
const BOMB_KINDS_BEFORE = ['* yard', 'touchdown', 'truth', 'f', 'bath', 'stink', 'glitter', 'love', 'photo'];
/** What one is bombarded with that is no munition: words, messages, balls. */
const BARRAGES = ['questions', 'calls', 'messages', 'emails', 'letters', 'complaints', 'requests', 'offers', 'criticism', 'abuse', 'insults', 'ads', 'adverts', 'advertisements', 'spam', 'information', 'images', 'bouncers', 'balls', 'crosses', 'shots', 'corners'];
/** What a show or a test that bombed is: a flop. */
const FLOPS = ['exam', 'test', 'interview', 'audition'];
/** Contests of words, courts, markets and campaigns: "a legal battle", "a charm offensive". */
const CONTEST_KINDS = ['legal', 'court', 'political', 'custody', 'verbal', 'diplomatic', 'electoral', 'price', 'bidding', 'takeover', 'ratings', 'uphill', 'public relations', 'charm', 'media', 'peace', 'propaganda', 'sales', 'marketing', 'out of'];
/** Institutions a battle is fought in with votes or briefs. */
const INSTITUTIONS = ['parliament', 'congress', 'senate', 'court', 'courts', 'polls', 'house', 'commons', 'lords', 'committee', 'boardroom', 'chamber', 'assembly', 'legislature', 'box', 'floor'];
/** Illnesses a battle is fought with. */
const ILLNESSES = ['cancer', 'illness', 'disease', 'addiction', 'depression', 'virus', 'budget', 'fire'];
/** Ills that are fought as a policy: "fighting corruption", "combat terrorism". */
const FOUGHT_ILLS = ['corruption', 'poverty', 'crime', 'inflation', 'fire', 'fires', 'wildfires', 'disease', 'cancer', 'virus', 'covid', 'trafficking', 'terrorism', 'hunger', 'climate'];
/** An armed side or the dead, told after a fight: it was one ("fought for the town, and 20 soldiers were killed"). */
const ARMED_OR_DEAD = ['killed', 'dead', 'wounded', 'troops', 'rebels', 'soldiers', 'army', 'gunfire', 'guerrillas', 'militants', 'insurgents'];
/** How long a fight lasted: "fought for an hour" tells a clash. */
const DURATIONS = ['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'week', 'weeks'];
/** Abstract things a violent verb is said of: careers, hopes, talks, plans, bills, ideas. */
const ABSTRACT_OBJECTS = ['career', 'careers', 'chances', 'chance', 'hopes', 'hope', 'reputation', 'confidence', 'lives', 'livelihood', 'livelihoods', 'future', 'futures', 'marriage', 'friendship', 'talks', 'negotiations', 'negotiation', 'peace', 'process', 'deal', 'election', 'elections', 'effort', 'efforts', 'campaign', 'plan', 'plans', 'economy', 'bill', 'proposal', 'proposals', 'idea', 'ideas', 'rumour', 'rumours', 'rumor', 'rumors', 'report', 'reports', 'claim', 'claims', 'suggestion', 'suggestions', 'notion', 'motion', 'argument', 'arguments', 'criticism', 'project', 'story', 'show', 'mood', 'ceasefire', 'cease-fire', 'truce', 'agreement', 'accord', 'coalition', 'alliance', 'relationship', 'consensus', 'budget', ...FOUGHT_ILLS];
/** Figures of a market that shoot up or are killed off: just before a violent verb in an earnings story ("shares in Rolls-Royce shot up 9%"). */
const MARKET_FIGURES = ['shares', 'stocks', 'stock', 'prices', 'price', 'sales', 'profits', 'profit', 'earnings', 'revenue', 'revenues', 'index', 'yields', 'rates', 'exports', 'imports', 'ratings'];
/** Wild animals and pets shot or killed (not farm animals: "killed cattle" is told of a raid on a farm). */
const WILD_ANIMALS = ['tiger', 'tigers', 'lion', 'lions', 'lioness', 'bear', 'bears', 'dog', 'dogs', 'elephant', 'elephants', 'wolf', 'wolves', 'leopard', 'leopards', 'crocodile', 'crocodiles', 'shark', 'sharks', 'boar', 'boars', 'deer', 'rhino', 'rhinos', 'rhinoceros', 'monkey', 'monkeys', 'snake', 'snakes', 'kangaroo', 'kangaroos', 'animal', 'animals', 'puma', 'cougar', 'alligator', 'hippo', 'hippos', 'badgers', 'foxes', 'bird', 'birds', 'flock', 'flocks', 'geese'];
/** What is shot with a camera: "shot a video of the protest". */
const MEDIA = ['video', 'videos', 'film', 'films', 'footage', 'photo', 'photos', 'photographs', 'pictures', 'scene', 'scenes', 'episode', 'episodes', 'commercial', 'documentary', 'movie', 'selfie', 'portraits'];
/** What is destroyed to be rid of it: drugs and their crops and labs, evidence, surrendered or own arms. */
const DISPOSED_GOODS = ['coca', 'crops', 'crop', 'fields', 'plantations', 'plantation', 'drugs', 'cocaine', 'laboratory', 'laboratories', 'labs', 'evidence', 'documents', 'document', 'records', 'files'];
const DISPOSED_ARMS = ['weapons', 'arms', 'guns', 'rifles', 'stockpile', 'stockpiles', 'arsenal', 'arsenals', 'ammunition', 'munitions', 'mines', 'landmines', 'explosives'];
/** Words that make arms one's own or taken: "its last weapons", "the seized weapons". */
const DISPOSED_ARMS_OWNERS = ['its', 'their', 'seized', 'confiscated', 'surrendered', 'handed-in', 'obsolete', 'old', 'last', 'remaining', 'own'];
/** A campaign named as such: "the sustained offensive", "a nationwide operation". */
const CAMPAIGN_MODIFIERS = ['sustained', 'ongoing', 'long running', 'months long', 'year long', 'years long', 'wider', 'broader', 'general', 'nationwide', 'protracted'];
/** What an offensive against a whole side is against. */
const WHOLE_SIDES = ['it', 'them', 'group', 'militants', 'insurgents', 'jihadists', 'rebels', 'guerrillas'];
/** Words before a trigger that make it a long struggle: "has been fighting", "years of fighting", "the scene of fighting". */
const ONGOING_BEFORE = ['has been', 'have been', 'had been', 'years of', 'year of', 'decades of', 'decade of', 'months of'];
/** A place that "has (long) been the scene of" fighting (not one that "was the site of heavy fighting yesterday"). */
const ONGOING_PLACES = ['has been', 'have been', 'had been', 'has long been', 'have long been'].flatMap((been) => ['the ', 'a ', ''].flatMap((d) => ['scene of', 'theater of', 'theatre of', 'site of', 'center of', 'centre of', 'hotbed of', 'stage of'].map((p) => `${been} ${d}${p}`)));
/** Disasters and hardships that kill, destroy or hit, with no one doing it. */
const DISASTERS = ['storm', 'storms', 'hurricane', 'hurricanes', 'cyclone', 'cyclones', 'typhoon', 'typhoons', 'earthquake', 'earthquakes', 'quake', 'quakes', 'flood', 'floods', 'flooding', 'landslide', 'landslides', 'tornado', 'tornadoes', 'wildfire', 'wildfires', 'virus', 'disease', 'diseases', 'epidemic', 'pandemic', 'drought', 'droughts', 'lightning', 'hail', 'hailstones', 'hailstorm', 'hailstorms', 'avalanche', 'avalanches', 'tsunami', 'heatwave', 'heat wave', 'mudslide', 'mudslides', 'covid',
  // (rains and outbreaks: "flood relief in KwaZulu-Natal, where heavy rains since Thursday have killed at least 37 people")
  // (not "rain" or "outbreak" alone: "a rain of bullets", "an outbreak of violence")
  // (a blaze: "a blaze on Sunday killed 11 people"; not "fire", the fire of an armed side too)
  'blaze', 'blazes', 'inferno',
  'rains', 'heavy rain', 'torrential rain', 'rainfall', 'downpour', 'downpours', 'monsoon', 'snowstorm', 'blizzard', 'cholera', 'measles', 'ebola', 'famine'];
/**
 * How far before the trigger its disaster agent stands in the clause: near, or farther, past a relative clause ("a heat
 * wave that has gripped Mexico for weeks has killed") or a coordinated verb ("floods triggered by rain killed 17 and
 * destroyed"), when no armed agent stands before it in the clause ("gunmen attacked a camp for survivors of the
 * earthquakes, killing"): the armed agent is read on the whole clause before the trigger.
 */
const DISASTER_REACH = { near: 8, far: 12, agent: Infinity };
/** Armed agents: one of them before a trigger is its agent rather than a disaster farther off. */
const ARMED_AGENTS = ['gunmen', 'gunman', 'militants', 'attackers', 'assailants', 'rebels', 'insurgents', 'guerrillas', 'jihadists', 'bandits', 'fighters', 'troops', 'soldiers', 'army', 'police', 'militia', 'militiamen', 'settlers', 'mob'];
const HARDSHIPS = ['inflation', 'recession', 'crisis', 'sanctions', 'price', 'prices', 'tariff', 'tariffs', 'downturn', 'slump', 'shortage', 'shortages', 'rents', 'costs', 'bills', 'debts', 'cuts', 'layoffs'];
/** A road or rail accident: its words in the clause, or a vehicle as the agent. */
const VEHICLES = ['car', 'cars', 'truck', 'trucks', 'bus', 'vehicle', 'train', 'lorry'];
const ACCIDENT_WORDS = ['accident', 'crash', 'crashed', 'collided', 'collision', ...['hit by a', 'hit by an', 'hit by another', 'hit by the', 'struck by a', 'struck by another'].flatMap((by) => VEHICLES.map((v) => `${by} ${v}`))];
/** What a raid on offices is part of: an inquiry into fraud or bribes ("raided the offices of a carmaker in an emissions probe"). */
/** A drug ring's property, which a search raid is on ("a cocaine refining laboratory", "properties owned by drug traffickers"). */
const DRUG_RING_WORDS = ['laboratory', 'laboratories', 'cocaine', 'drug traffickers', 'drug trafficker', 'drug trafficking'];
const PROBE_WORDS = ['investigation', 'probe', 'inquiry', 'fraud', 'corruption', 'bribery', 'bribes', 'tax evasion', 'money laundering', 'embezzlement', 'antitrust', 'price fixing'];
/** What a protest burns that is no one's property: tyres, bins, flags, effigies. */
const PROTEST_FUEL = ['tyre', 'tyres', 'tire', 'tires', 'bin', 'bins', 'rubbish', 'garbage', 'trash', 'barricade', 'barricades', 'effigy', 'effigies', 'flag', 'flags', 'pallets', 'portrait', 'portraits', 'posters', 'banners', 'copies', 'copy', 'ballots'];
/** A mine's accidents: "killed in a rockfall at a gold mine". */
const MINE_ACCIDENTS = ['rockfall', 'rockfalls', 'rock fall', 'cave-in', 'cave in', 'roof fall', 'mine collapse', 'seismic event', 'mudrush', 'fall of ground', 'fall-of-ground'];
/** A hunt, the agent of a shot that was an accident. */
const HUNTING_WORDS = ['another hunter', 'fellow hunter', 'hunting accident', 'hunting party', 'shooting party', 'mistaken for game', 'mistook him for', 'accidentally', 'accidental',
  // (a hunt named by its game, a member of the party: "shot dead by a member of his own party during a wild boar hunt")
  ...['boar', 'deer', 'duck', 'pheasant', 'grouse', 'elk', 'moose'].map((g) => `${g} hunt`), 'his own party', 'her own party'];
/** What a raid to search or arrest does next in its clause. */
const SEARCH_VERBS = ['seize', 'confiscate', 'arrest', 'detain', 'search', 'impound', 'capture', 'find', 'locate', 'look for'];
/** A killing named as a case: its state, its trial, its inquiry. */
const CASE_WORDS = ['cleared up', 'solved', 'unsolved', 'unpunished', 'impunity', 'investigation', 'investigations', 'investigate', 'investigated', 'investigating', 'trial', 'case'];
/** How near after the killing its case is told: "the murder of the journalist remains unsolved" (not "the witness of the massacre … was questioned by the Federal Bureau of Investigation"). */
const CASE_REACH = 8;
const CHARGED_OF = ['charges of', 'charge of', 'counts of', 'count of', 'convicted of', 'guilty of'];
/** Nouns a killing word modifies: "murder trial", "assassination attempt". */
const KILLING_COMPOUND_HEADS = ['trial', 'trials', 'charge', 'charges', 'case', 'cases', 'suspect', 'suspects', 'conviction', 'convictions', 'investigation', 'inquiry', 'probe', 'plot', 'plots', 'attempt'];
/** What is executed that is no person: a plan, an order, a trade. */
const EXECUTED_THINGS = ['it', 'plan', 'order', 'orders', 'contract', 'contracts', 'trade', 'trades', 'deal', 'strategy', 'program', 'programme', 'transaction', 'transactions', 'warrant', 'warrants', 'will', 'document'];
/** What is shot down that is no aircraft with people: drones, missiles, rockets. */
const PROJECTILES = ['drone', 'drones', 'missile', 'missiles', 'rocket', 'rockets', 'uav', 'uavs', 'projectiles', 'shahed', 'shaheds'];
/** Words of a comparison before a trigger: "like a bomb", "as if a bomb had". */
const SIMILE_BEFORE = ['like', 'like a', 'like an', 'like a *', 'like an *', 'like a * had', 'like * had', 'as if', 'as if a', 'as if an', 'as if a *', 'as if a * had', 'as if * had', 'as though', 'as though a', 'as though a * had', 'resembled', 'resembled a', 'resembling a', 'resembles a', 'sounded like', 'sounded like a', 'looked like', 'looked like a', 'looked like an', 'looked like a *'];
/** A series that a place is hit by: a tally, no incident. */
const SERIES = ['wave', 'series', 'spate', 'string', 'succession', 'number', 'run'];
/** Earlier periods a trigger is placed in: "in previous years", "in recent years" (not "in the most recent clashes"). */
const EARLIER_PERIOD = ['previous', 'past', 'recent', 'earlier', 'prior', 'former'];
const PERIODS = ['years', 'decades', 'seasons', 'summers', 'winters', 'elections'];
/** Earlier or like incidents a trigger is placed in: "in a similar blast", "by police in an earlier protest". */
const EARLIER_INCIDENT = ['previous', 'past', 'earlier', 'prior', 'similar'];
const INCIDENTS = ['protest', 'protests', 'incident', 'incidents', 'attack', 'attacks', 'clash', 'clashes', 'demonstration', 'demonstrations', 'rally', 'rallies', 'unrest', 'blast', 'blasts', 'bombing', 'bombings', 'explosion', 'explosions', 'ambush', 'ambushes', 'raid', 'raids'];

/** Subjects that a violent noun is said of as a metaphor ("the plan was a bomb", "this is an assassination"). */
const METAPHOR_SUBJECTS = ['plan', 'budget', 'policy', 'decision', 'bill', 'law', 'move', 'measure', 'measures', 'proposal', 'reform', 'tax', 'taxes', 'deal', 'announcement', 'ruling', 'verdict', 'result', 'news', 'speech', 'book', 'film', 'album', 'game', 'it', 'this', 'that'];
const COPULAS = ['was', 'is', 'were', 'are', 'would be', 'will be', 'amounts to', 'amounted to'];
const METAPHOR_DETERMINERS = ['', ' a', ' an', ' the'].flatMap((d) => ['', ' political', ' real', ' total', ' ticking'].map((a) => d + a));
const COPULAR_METAPHOR_BEFORE = METAPHOR_SUBJECTS.flatMap((s) => COPULAS.flatMap((be) => METAPHOR_DETERMINERS.map((d) => `${s} ${be}${d}`)));
/** A naming of an incident as a deed ("called the incident a serious attack on critical infrastructure"): the deed is the incident told elsewhere, or none. */
const NAMING_BEFORE = ['called', 'calling', 'described', 'describing', 'branded', 'labelled', 'labeled', 'termed'].flatMap((v) => ['it', 'the incident', 'the incursion', 'the move', 'this'].flatMap((o) => [' a', ' an', ' as a', ' as an'].flatMap((d) => [`${v} ${o}${d}`, `${v} ${o}${d} *`])));

const KILL_FORMS = ['killed', 'killing', 'kills'];
const ATTACK_FORMS = ['attack', 'attacks', 'attacked', 'attacking'];
const FIGHT_FORMS = ['battle', 'battles', 'fighting', 'fought', 'fight', 'combat', 'confrontation', 'clash', 'clashes', 'clashed'];

/** A pattern that holds for any of the word reads given (one rule, one sense, read in several places). */
const anyOf = (...alternatives: SpanPattern[]): SpanPattern => ({ any: alternatives });

// Records that share a name are one rule's alternatives, each on its own forms: `not-nonviolent-fire-or-blast` fire in
// a drill or a test, a blast of gas or bomb disposal; `not-another-kind` a word beside the noun that makes it a thing of
// another kind (a heart attack, a flu shot, a bomb threat, a murder trial); `not-figurative-object` a complement that is
// no one (an idea, a flop, a plan, goods or own arms disposed of); `not-victim-object` a complement that is no victim of
// political violence (an animal, what a protest burns, an intercepted drone); `not-metaphor-or-simile` a comparison;
// `not-hit-idiom` an idiom of "hit" or a series it is hit by; `not-fight-for-cause` a fight named by its cause or its
// side; `not-ongoing-struggle` a campaign or a long struggle; `not-disaster-or-accident` no one's doing.
export const SENSE_RULES: SenseRule[] = [
  {
    // fire in an exercise or a test, into the sea: no one is its target ("fired rockets in a live-fire drill", "fired a
    // ballistic missile into the sea")
    name: 'not-nonviolent-fire-or-blast',
    triggers: ['fire-projectile', 'drop-munition', 'fired on', 'fired at', 'opened fire', 'open fire', 'shelled', 'pounded'],
    match: anyOf({ clauseAfter: EXERCISE_WORDS }, { sentenceAfter: ['target drone', 'target drones'] }, { complement: { preps: ['into', 'in'], heads: WATERS } }, { complement: { preps: ['off'], heads: COASTS } }, { clauseAfter: ['in what'], any: [{ clauseAfter: SIGNALS }] }),
    then: 'reject',
    examples: {
      pos: ['Marines fired rockets and artillery in a live-fire drill on the island this week.', 'The army fired an interceptor missile that destroyed a target drone over the Pacific.', 'North Korea fired a ballistic missile into the sea on Monday.', 'North Korea fired a ballistic missile off its east coast on Wednesday.', 'The North fired two cruise missiles from a submarine, in what analysts said was a warning.'],
      neg: ['Russian forces fired rockets at the village on Monday.', 'Troops opened fire on protesters near the sea front.'],
    },
  },
  {
    // "a gas explosion destroyed a block of flats", "carried out a controlled explosion of the device"
    name: 'not-nonviolent-fire-or-blast',
    triggers: ['explosion', 'explosions', 'blast', 'blasts', 'detonated', 'blew up', 'blown up', 'exploded'],
    cue: new RegExp(`\\b(?:${[...EXPLOSION_CAUSES, ...EXPLODING_THINGS].join('|')})\\b`),
    match: anyOf({ wordBefore: EXPLOSION_CAUSES }, { role: ['verb'], subject: { head: { words: EXPLODING_THINGS } } }),
    then: 'reject',
    examples: {
      pos: ['A gas explosion destroyed a block of flats in the city.', 'Bomb disposal experts carried out a controlled explosion of the device.', 'A boiler exploded on Tuesday at the chemical plant, killing two workers.'],
      neg: ['A bomb explosion destroyed a block of flats in the city.', 'The explosion at the police station killed two officers.', 'A car bomb exploded on Tuesday outside the chemical plant.'],
    },
  },
  {
    // a fire set by a thing, no one: "indoor fireworks used during a concert set fire to the ceiling"
    name: 'not-nonviolent-fire-or-blast',
    triggers: ['set fire to', 'sets fire to', 'set on fire', 'set ablaze'],
    match: { subject: { head: { words: FIRE_STARTERS } } },
    then: 'reject',
    examples: {
      pos: ['Investigators said indoor fireworks used during a concert set fire to the ceiling of the nightclub.', 'Sparklers set fire to the ceiling of the bar on Saturday.'],
      neg: ['Protesters set fire to the police station.', 'Gunmen who threw fireworks at the police set fire to two cars.'],
    },
  },
  {
    // a munition that hit sets fire where it hit: the fire is the strike's, told with it, no arson ("the strike set fire to the
    // upper floors of the block"); a text pattern, as the tagger reads "the strike set fire" as three nouns
    name: 'not-nonviolent-fire-or-blast',
    triggers: ['set fire to', 'sets fire to', 'set on fire', 'set ablaze'],
    match: {},
    text: { before: new RegExp(`\\b(?:the|a|an|its|their)\\s+(?:[\\w-]+\\s+)?(?:${MUNITION_FIRE_STARTERS.join('|')})\\s+$`) },
    then: 'reject',
    examples: {
      pos: ['The strike set fire to the upper floors of the nine-storey block.', 'A Russian drone set fire to a grain terminal in the port.'],
      neg: ['Protesters set fire to the police station.', 'Soldiers who fired rockets at the village set fire to two houses.'],
    },
  },
  {
    // "a heart attack", "a cyber attack", "a shark attack", "water bombing" of a fire
    name: 'not-another-kind',
    triggers: ['attack', 'attacks', 'bombing', 'bombings', 'assassination'],
    match: { wordBefore: OTHER_ATTACK_KINDS },
    then: 'reject',
    examples: {
      pos: ['The minister died of a heart attack on Sunday.', 'Helicopters carried out water bombing over the blaze.', 'He said the website had carried out a character assassination against him.'],
      neg: ['The rebel attack on the town killed six people.', 'A suicide attack killed six people.'],
    },
  },
  {
    // "a politician feels attacked", "fans felt attacked by the remarks": attacked in one's feelings
    name: 'not-another-kind',
    triggers: ['attacked'],
    match: { wordBefore: ['feel', 'feels', 'felt', 'feeling'].flatMap((v) => [v, `${v} personally`, `${v} so`, `${v} unfairly`]) },
    then: 'reject',
    examples: {
      pos: ['"Journalists cannot be silenced because a politician feels attacked," the judges wrote.', 'Many fans felt personally attacked by the remarks.'],
      neg: ['Villagers said they felt afraid after gunmen attacked the market.'],
    },
  },
  {
    // an attack in words on an idea, a plan or a record: "attacked Conservative tax plans", "attacked the minister for his remarks"
    name: 'not-attack-on-idea',
    triggers: ATTACK_FORMS,
    match: anyOf({ complement: { preps: ['', 'on', 'against'], heads: IDEAS } }, { ppAfter: { preps: ['for', 'over'], heads: ['remarks', 'comments', 'stance', 'policy', 'decision', 'handling', 'record', 'views'] } }, { verbAfter: WORDS_VERBS, role: ['verb'] }),
    then: 'reject',
    examples: {
      pos: ['The opposition attacked Conservative tax plans on Monday.', 'Trump attacked Kamala Harris on Sunday over immigration, telling a rally that she had failed.', 'The senator attacked the minister for his remarks on the war.', 'He launched an attack on the government\'s record.'],
      neg: ['Gunmen attacked the tax office in the capital.', 'Rebels attacked the army post for the second time.', 'Rebels attacked the village on Sunday, burning houses and killing four people.', 'The ministry blamed settler militias for the attack and called for sanctions.', 'GUERRILLAS ATTACKED THE POLICE POST YESTERDAY, THE ARMY SAID.'],
    },
  },
  {
    // a strike that stops work: "a general strike", "teachers' strike", "on strike", "an 'armed strike'" (a shutdown), "a strike by miners"
    name: 'not-work-stoppage',
    triggers: ['strike', 'strikes'],
    match: anyOf({ wordBefore: STOPPAGE_BEFORE }, { complement: { preps: ['by', 'of'], heads: WORKERS } }),
    then: 'reject',
    examples: {
      pos: ['Unions called a general strike for Monday.', 'The guerrillas declared an "armed strike" in the province.', 'A strike by teachers closed the schools.'],
      neg: ['A drone strike killed four militants.', 'The strike on the convoy killed two.'],
    },
  },
  {
    name: 'not-another-kind',
    triggers: ['shot'],
    match: { wordBefore: SHOT_NOUN_BEFORE },
    then: 'reject',
    examples: {
      pos: ['Officials urged people to get a flu shot before the winter.', 'It was a long shot, the coach said.', '"He was on fire tonight, every shot was going in," the coach said.'],
      neg: ['A man was shot in the market.', 'Police shot a suspect in the leg.'],
    },
  },
  {
    // "hit the market", "hit a record", "hit the road", "hit back", "hit 5 percent"
    name: 'not-hit-idiom',
    triggers: ['hit', 'hits', 'struck'],
    match: anyOf({ wordAfter: HIT_IDIOMS }, { complement: { heads: PERCENT } }),
    then: 'reject',
    examples: {
      pos: ['The film hit theaters across the country on Friday.', '"He hits the ball like a bullet," Sinner said.', 'Inflation hit 5 percent in March.', 'The minister hit back at his critics.'],
      neg: ['A rocket hit the market in the town centre.', 'A mortar shell hit the barracks.', 'A plane dropped a bomb that hit a civilian home in San Miguel.'],
    },
  },
  {
    // an aircraft that landed is a flight, not a round: "the aircraft landed safely at 10.52am"
    name: 'not-hit-idiom',
    triggers: ['landed'],
    match: { role: ['verb'], subject: { head: { words: FLIGHTS } } },
    then: 'reject',
    examples: {
      pos: ['The aircraft landed safely at 10.52am, 35 minutes after departure.', 'The plane landed in Dublin on Wednesday.'],
      neg: ['A rocket landed near the airport on Wednesday.', 'Two shells landed in the market.'],
    },
  },
  {
    // "France has been hit by a wave of Islamist attacks since 2015": hit by a series tells a tally, not an incident
    name: 'not-hit-idiom',
    triggers: ['hit', 'hits', 'struck'],
    match: { complement: { lead: ['hard'], preps: ['by'], heads: SERIES } },
    then: 'reject',
    examples: {
      pos: ['France has been hit by a wave of Islamist attacks since 2015.'],
      neg: ['The town was hit by a car bomb on Monday.'],
    },
  },
  {
    // "a bomb threat", "the bomb squad", "bomb shelters", "a bomb factory": a bomb that names no explosion (the weapons'
    // rule on the same nouns is `not-weapon-of-another-sense`, weapons/lexicon.ts)
    name: 'not-another-kind',
    triggers: ['bomb', 'bombs'],
    // (and a kind named before it: a long pass, "a 52-yard bomb to Rashee Rice", a "truth bomb", an "F-bomb")
    match: anyOf({ wordAfter: BOMB_COMPOUND_HEADS }, { wordBefore: BOMB_KINDS_BEFORE }),
    then: 'reject',
    examples: {
      pos: ['A bomb threat forced the evacuation of the airport.', 'Residents fled to bomb shelters.', 'Patrick Mahomes threw three touchdown passes, including a 52-yard bomb to Rashee Rice.'],
      neg: ['A bomb exploded near the market.', 'A bomb the experts found later exploded.'],
    },
  },
  {
    // "he bombed the exam", "the sequel bombed at the box office": a flop
    name: 'not-figurative-object',
    triggers: ['bomb', 'bombed', 'bombarded'],
    // (and a barrage of words or balls: "bombarded us with bouncers", "bombarded with calls")
    match: anyOf({ complement: { heads: FLOPS } }, { wordAfter: ['at the box office', 'the box office'] }, { wordAfter: BARRAGES.flatMap((b) => [`with ${b}`, `* with ${b}`, `the * with ${b}`]) }),
    then: 'reject',
    examples: {
      pos: ['He bombed the exam and had to repeat the year.', 'The sequel bombed at the box office.', 'The sequel was a bomb at the box office.', 'They bombarded us with bouncers early on, but the pitch just died.', 'Voters were bombarded with calls and text messages.'],
      neg: ['Warplanes bombed the town at dawn.', 'Russian forces bombarded the city with rockets and drones.', 'Shining Path members bombed an office of the ruling party in Lima.'],
    },
  },
  {
    // a contest of words, courts or markets: "a legal battle", "a charm offensive", "a clash in parliament", "out of combat"
    name: 'not-figurative-contest',
    triggers: [...FIGHT_FORMS, 'offensive', 'action', 'traded fire'],
    match: anyOf({ wordBefore: CONTEST_KINDS }, { complement: { preps: ['in', 'inside', 'at', 'on'], heads: INSTITUTIONS } }),
    then: 'reject',
    examples: {
      pos: ['The family lost a long legal battle for custody.', 'Beijing launched a charm offensive in Africa.', 'The bill sparked a clash in parliament.', 'Senate leaders traded fire on the floor, each blaming the other for the collapse.', 'The rebels put five helicopters out of combat.'],
      neg: ['Fighting between the army and the rebels killed 20.', 'Clashes in the capital left three dead.'],
    },
  },
  {
    // a fight named by its cause or its adversary, with no armed side or dead told after it: "fighting for independence",
    // "the battle against drug trafficking", "a fight over the budget", "to win the election", "her battle with cancer"
    name: 'not-fight-for-cause',
    triggers: FIGHT_FORMS,
    match: anyOf(
      { complement: { preps: ['over', 'against', 'for'], notHeads: DURATIONS }, not: { sentenceAfter: ARMED_OR_DEAD } },
      { wordAfter: ['to win', 'to save', 'to keep', 'to control'], not: { sentenceAfter: ARMED_OR_DEAD } },
      { complement: { preps: ['with'], heads: ILLNESSES } },
    ),
    then: 'reject',
    examples: {
      pos: ['The separatists have been fighting for independence since 2017.', 'He praised the battle against drug trafficking.', 'She lost her battle with cancer in May.', 'A bitter battle over the budget split the coalition.'],
      neg: ['Rebels fought for control of the town, and 20 soldiers were killed.', 'Guerrillas and troops fought for an hour near the bridge.', 'Clashes with police left three dead.'],
    },
  },
  {
    name: 'not-fight-for-cause',
    triggers: ['fought', 'fighting', 'fight'],
    match: { wordAfter: ['alongside', 'on the side of', 'side by side'] },
    then: 'reject',
    examples: {
      pos: ['His father fought alongside the partisans in the war.'],
      neg: ['Rebels fought the army near the border.'],
    },
  },
  {
    // a campaign named as such, no incident: "the sustained offensive", "a nationwide operation", "the offensive against the rebels"
    name: 'not-ongoing-struggle',
    triggers: ['offensive', 'military operation', 'security operation', 'counterinsurgency operation'],
    match: anyOf({ wordBefore: CAMPAIGN_MODIFIERS }, { complement: { preps: ['against'], heads: WHOLE_SIDES } }),
    then: 'reject',
    examples: {
      pos: ['The army continued its sustained offensive in the north.', 'The government announced an offensive against the rebels.'],
      neg: ['The offensive on the town killed twelve civilians.'],
    },
  },
  {
    // "the region has been the scene of fierce fighting", "years of fighting", "have been fighting for years"
    name: 'not-ongoing-struggle',
    // (and a bombardment going on: "Moscow, which has been bombing rebel-held areas since September")
    triggers: ['fighting', 'fought', 'battle', 'battling', 'clashes', 'battles', 'attacks', 'violence', 'bombings', 'kidnappings', 'killings', 'bombing', 'shelling', 'attacking', 'pounding'],
    match: anyOf({ wordBefore: ONGOING_BEFORE }, { clauseBefore: { words: ONGOING_PLACES, reach: 9 } }),
    then: 'reject',
    examples: {
      pos: ['The country is recovering from years of fighting.', 'The valley has long been the scene of fierce fighting.', 'Moscow, which has been bombing rebel-held areas since September, did not comment.'],
      neg: ['Fighting broke out in the valley on Monday.', 'Foreigners are leaving the neighborhood, which was the site of heavy fighting between the armed forces and guerrillas yesterday.'],
    },
  },
  {
    // the trigger's agent is a disaster or a hardship: "the storm killed five", "hit hard by the recession", "killed by lightning"
    name: 'not-disaster-or-accident',
    triggers: ['hit', 'hits', 'struck', 'killed', 'killing', 'wounded', 'injured', 'destroyed', 'landed', 'pounded', 'shot'],
    match: anyOf(
      { clauseBefore: { words: DISASTERS, reach: DISASTER_REACH.near } },
      { clauseBefore: { words: DISASTERS, reach: DISASTER_REACH.far }, not: { clauseBefore: { words: ARMED_AGENTS, reach: DISASTER_REACH.agent } } },
      { complement: { lead: ['hard', 'down', 'slowly'], preps: ['by'], heads: [...DISASTERS, ...HARDSHIPS] } }),
    then: 'reject',
    examples: {
      pos: ['The storm killed five people in the north.', 'Exporters were hit hard by the recession.', 'Performers are being shot down by rents before they even get on stage.', 'We are being killed slowly by costs.', 'Two farmers were killed by lightning.', 'A heat wave that has gripped Mexico for weeks has killed at least 48 people since March.', 'Heavy monsoon rains have killed at least 37 people in the province.', 'A cholera outbreak has killed 96 people since March.', 'Hailstones the size of tennis balls pounded parts of Catalonia on Tuesday.', 'A blaze at the nightclub on Sunday killed 11 people.'],
      neg: ['Gunmen killed five people in the north.', 'The town was hit by a car bomb.', 'Gunmen who had fled the floods in the valley last month with their families killed twelve people.', 'A rain of bullets killed five people at the bus stop.', 'An outbreak of violence killed 20 people in the town.'],
    },
  },
  {
    // an attributive participle, which the tagger reads now as a verb, now as an adjective: a text pattern
    name: 'not-adjectival-participle',
    // (and the last of a list of kinds, "relatives of political prisoners, missing, and murdered people"; one honoured, "to
    // honor assassinated senator Galan"; a place raided or bombed, "near the raided estates")
    triggers: ['murdered', 'killed', 'kidnapped', 'abducted', 'assassinated', 'wounded', 'injured', 'bombed', 'raided'],
    match: {},
    text: {
      before: /\b(the|these|those|of|for|whose|two|three|\d+|missing,?\s+and|honou?r(?:s|ed)?)\s+$/,
      after: /^\s+(priests?|people|journalists?|men|women|children|students?|activists?|leaders?|victims?|soldiers?|policemen|officials?|civilians?|hostages?|relatives|family|families|senators?|estates?|ranch(?:es)?|farms?)\b(?!\s+(were|was|had|have|in|by|on|at))/,
    },
    then: 'reject',
    examples: {
      pos: ['Thousands attended the funeral of the murdered priests.', 'The federation of relatives of political prisoners, missing, and murdered people occupied the embassy.', 'The decision to honor assassinated senator Galan shows his support.', 'Troops combed the areas near the raided estates.'],
      neg: ['Gunmen murdered the priests on Sunday.', 'The army raided estates owned by the cartel on Sunday.'],
    },
  },
  {
    // "killed in a car accident", "struck by a truck"
    name: 'not-disaster-or-accident',
    triggers: ['killed', 'wounded', 'injured', 'hit', 'struck', 'shot', 'shot dead'],
    match: anyOf({ clauseAfter: [...ACCIDENT_WORDS, ...HUNTING_WORDS, ...MINE_ACCIDENTS] }, { wordBefore: ['accidentally'] }, { complement: { preps: ['by'], heads: VEHICLES } }),
    then: 'reject',
    examples: {
      pos: ['Three people were killed in a car accident near Lima.', 'A boy was struck by a truck on the highway.', 'Aminta Platero was killed when her car was hit by another car.', 'The man was hit in the chest by a bullet fired by another hunter.', 'A hunter accidentally shot dead a woman walking her dog in the woods.', 'Six miners were killed in a rockfall at a gold mine on Tuesday.', 'Two employees were killed and one was injured following a fall of ground at the shaft.'],
      neg: ['Three people were killed in an ambush near Lima.', 'Gunmen shot dead two miners at a gold mine on Tuesday.', 'The convoy was struck by a roadside bomb.', 'Twenty-three truffle hunters were killed by a landmine in the desert.'],
    },
  },
  {
    // a protest burns what is no one's property: "set fire to tyres", "burned an effigy of the president", "torched rubbish bins"
    name: 'not-victim-object',
    triggers: ['set fire to', 'set on fire', 'sets fire to', 'torched', 'set ablaze', 'burned', 'burnt'],
    match: { complement: { heads: PROTEST_FUEL } },
    then: 'reject',
    examples: {
      pos: ['Farmers set fire to tyres near the parliament.', 'Protesters burned an effigy of the president.', 'A small group smashed shop windows and set fire to rubbish bins.'],
      neg: ['Rebels set fire to the town hall.', 'Gunmen torched the bus and shot two passengers.'],
    },
  },
  {
    // a raid to search or arrest: "raided the house and arrested three men", "raided the farm to search for drugs"
    name: 'not-search-raid',
    triggers: ['raid', 'raided', 'raids'],
    cue: /\b(?:seiz|confiscat|arrest|detain|search|impound|captur|find|found|locat|look|investigat|probe|inquiry|fraud|corruption|brib|tax evasion|money laundering|embezzl|antitrust|price fixing|laborator|cocaine|drug traffick)/,
    // (or the raid a phrase of the arrest: "police arrested four men in raids on homes"; or a raid on a drug ring's
    // property: "raided a cocaine refining laboratory", "raids on properties owned by drug traffickers")
    match: anyOf({ verbAfter: SEARCH_VERBS }, { clauseAfter: [...PROBE_WORDS, ...DRUG_RING_WORDS] }, { role: ['pp'], verb: { lemma: ['arrest', 'seize', 'confiscate', 'impound'] } }),
    then: 'reject',
    examples: {
      pos: ['Police raided the house and arrested three men.', 'Agents raided the farm to search for drugs.', 'Police arrested four men in raids on homes in the city on Tuesday.', 'Prosecutors and police raided the offices of a carmaker on Tuesday as part of an investigation into emissions tests.', 'A group of policemen raided the parish center in Ciudad Credisa, a San Salvador neighborhood, and arrested the five persons.', 'On 7 April federal police raided a well-equipped cocaine refining laboratory on a ranch in Aquidauana.', "The Colombian army's raids on properties reportedly owned by drug traffickers still continue."],
      neg: ['Gunmen raided the village and killed six people.', 'Gunmen killed six people in a raid on the village.', 'Drug traffickers raided the village and killed six people.'],
    },
  },
  {
    // "the murder trial", "an assassination attempt", "the killing suspects": the killing word modifies another noun
    name: 'not-another-kind',
    triggers: ['murder', 'assassination', 'killing of'],
    match: { wordAfter: KILLING_COMPOUND_HEADS },
    then: 'reject',
    examples: {
      pos: ['The murder trial opened in Bogota on Monday.', 'He survived an assassination attempt in 1989.'],
      neg: ['The murder of the judge shocked the country.'],
    },
  },
  {
    // "the murder remains unsolved", "the killing case", "charges of murder": a killing named as a case
    name: 'not-killing-as-case',
    triggers: ['assassinations', 'assassination', 'killings', 'killing', 'murders', 'murder', 'kidnappings', 'kidnapping', 'massacre'],
    match: anyOf({ clauseAfter: { words: CASE_WORDS, reach: CASE_REACH } }, { wordBefore: CHARGED_OF }),
    then: 'reject',
    examples: {
      pos: ['The murder of the journalist remains unsolved.', 'He was convicted of murder in 2010.'],
      neg: ['The murder of the journalist shocked the country on Monday.', 'The witness of the massacre was taken to the United States, where she was questioned by the Federal Bureau of Investigation.'],
    },
  },
  {
    // "the plan was a bomb", "the verdict is a political assassination": a metaphor after a copula
    name: 'not-metaphor-or-simile',
    triggers: ['bomb', 'attack', 'massacre', 'explosion', 'blast', 'assassination', 'ambush', 'raid'],
    match: { wordBefore: [...COPULAR_METAPHOR_BEFORE, ...NAMING_BEFORE] },
    then: 'reject',
    examples: {
      pos: ['The new tax plan is a bomb for small businesses.', 'The verdict was a political assassination, his lawyer said.', "Denmark's prime minister called the incident a serious attack on critical infrastructure."],
      neg: ['The bomb was a powerful device, police said.', 'It was a bomb attack, police said.'],
    },
  },
  {
    // "executed the plan", "executed a search warrant"
    name: 'not-figurative-object',
    triggers: ['executed'],
    match: { complement: { heads: EXECUTED_THINGS.concat(['warrant']) } },
    then: 'reject',
    examples: {
      pos: ['The unit executed the plan without delay.', 'Agents executed a search warrant at the house.', 'Detectives executed search warrants at homes in Parramatta on Sunday morning.'],
      neg: ['Guerrillas executed two peasants in the village.'],
    },
  },
  {
    // "shot down 12 of the 15 drones", "destroyed two missiles": an interception, no attack by the shooter
    name: 'not-victim-object',
    triggers: ['shot', 'downed', 'shooting', 'destroyed', 'knocked down'],
    match: { complement: { lead: ['down'], heads: PROJECTILES } },
    then: 'reject',
    examples: {
      pos: ['Air defences shot down 12 of the 15 drones overnight.', 'The army said it had destroyed two missiles.'],
      neg: ['Soldiers shot down a helicopter carrying ten officers.'],
    },
  },
  {
    // a violent verb with an abstract object: "killed the bill", "shot down the idea", "blew up the ceasefire talks",
    // "destroyed the lives of dozens", "fighting corruption"
    name: 'not-figurative-object',
    triggers: ['destroyed', 'downed', 'knocked down', 'sabotage', 'sabotaged', 'shooting', 'shot', 'shoot', ...KILL_FORMS, 'blew up', 'blown up', 'fighting', 'combat', 'battle'],
    match: anyOf({ complement: { lead: ['down', 'off'], heads: [...ABSTRACT_OBJECTS, ...MEDIA] } }, { head: { words: KILL_FORMS }, wordAfter: ['off'] }, { clauseBefore: { words: MARKET_FIGURES, reach: 4 } }, { complement: { lead: ['up'], heads: PERCENT } }, { complement: { lead: ['up'], preps: ['by'], heads: PERCENT } }, { wordAfter: ['up by * per cent', 'up * per cent', 'up by * percent'] }),
    then: 'reject',
    examples: {
      pos: ['He killed the bill in committee.', 'The minister shot down the idea on Monday.', 'Hamas blew up the ceasefire talks with its new demands.', 'The government is fighting corruption.', 'Microsoft will shut down Skype in May, killing off the internet calling service.', 'He shot a video of the protest on Tuesday.', 'LONDON, Feb 25, 2026 (Reuters) - Shares in Rolls-Royce shot up 9% on Wednesday after the results.', 'The strategy must be matched by action on rents, which have shot up by 30 per cent in five years.'],
      neg: ['Gunmen killed the campaign manager on Monday.', 'Rebels blew up the bridge.', 'Gunmen shot dead a share trader on Wednesday.'],
    },
  },
  {
    // an animal shot, killed or struck: "police shot dead a tiger that had escaped", "rangers shot 15 elephants", "killing
    // sharks", "the aircraft struck a flock of birds"
    name: 'not-victim-object',
    triggers: ['shot', 'shot dead', 'shoot', 'shooting', 'killed', 'killing', 'kills', 'shot and killed', 'struck', 'hit', 'fired at'],
    // (or the animal right after it, whatever the phrase's head: "fired at an animal breaking cover")
    match: anyOf({ complement: { heads: WILD_ANIMALS } }, { wordAfter: ['animal', 'boar', 'wild boar', 'deer', 'stag', 'fox'].flatMap((a) => [`a ${a}`, `an ${a}`, `the ${a}`]) }),
    then: 'reject',
    examples: {
      pos: ['Police shot dead a tiger that had escaped from a circus.', 'Rangers shot 15 elephants as part of a cull.', 'A companion fired at an animal breaking cover in the woods.', 'Killing sharks is not the answer, she said.', 'The flight returned to Dublin after the aircraft struck a flock of birds.'],
      neg: ['Gunmen shot dead a ranger who was guarding the elephants.', 'Terrorists set two schools on fire and killed three peasants.', 'A rocket struck a bird market in the old city.'],
    },
  },
  {
    // destroyed to be rid of it: "destroyed coca crops", "destroyed the evidence", "the FARC destroyed its last weapons"
    name: 'not-figurative-object',
    triggers: ['destroyed', 'blew up', 'blown up'],
    match: anyOf({ complement: { heads: DISPOSED_GOODS } }, { complement: { heads: DISPOSED_ARMS }, wordAfter: DISPOSED_ARMS_OWNERS.flatMap((w) => [w, `the ${w}`, `all ${w}`, `part of ${w}`]) }),
    then: 'reject',
    examples: {
      pos: ['Troops destroyed coca crops near the border.', 'The FARC destroyed its last weapons under the peace deal.'],
      neg: ['Rebels destroyed the police station.', 'Rebels destroyed the weapons depot.'],
    },
  },
  {
    // a comparison: "a loud bang, like a bomb going off", "it looked as if a bomb had hit it"
    name: 'not-metaphor-or-simile',
    triggers: ['bomb', 'bombs', 'explosion', 'blast', 'earthquake', 'war zone', 'massacre', 'battle', 'battlefield', 'attack', 'shooting', 'gunfire', 'hit', 'exploded', 'went off', 'struck'],
    match: { wordBefore: SIMILE_BEFORE },
    then: 'reject',
    examples: {
      pos: ['There was a loud bang, like a bomb going off.', 'The house looked as if a bomb had hit it.', 'It is strange to see them go down so quickly, like a bomb had hit them.'],
      neg: ['A bomb exploded near the market.', 'People like him were killed in the attack.'],
    },
  },
  {
    // placed in earlier years or an earlier incident: "banned fireworks after clashes in previous years", "three soldiers were
    // killed in a similar blast in Lamu county", "injured by police in an earlier protest"
    name: 'background-earlier-incident',
    triggers: ['clashes', 'clash', 'attacks', 'attack', 'fighting', 'bombings', 'killings', 'shootings', 'riots', 'violence', 'injured', 'wounded', 'killed', 'shot', 'attacked', 'beaten', 'arrested', 'targeted', 'hit', 'struck'],
    match: anyOf({ ppAfter: { preps: ['in', 'over', 'during'], heads: PERIODS, words: EARLIER_PERIOD } }, { ppAfter: { preps: ['in', 'by'], heads: INCIDENTS, words: EARLIER_INCIDENT } }),
    then: 'reject',
    examples: {
      pos: ['Three soldiers were killed in a similar blast in Lamu county last year.', 'The city banned fireworks after clashes in previous years.'],
      neg: ['Three soldiers were killed in a blast in Lamu county on Monday.', 'A corporal and a guerrilla have been killed in the most recent clashes between the army and the FMLN.'],
    },
  },
];

/** The words of a pattern's word reads (not of its `not`): a sentence without any of them cannot match. Null when some alternative reads no word. */
function patternWords(p: SpanPattern): string[] | null {
  const own = [...(p.wordBefore ?? []), ...(p.wordAfter ?? []), ...(p.complement?.heads ?? p.complement?.preps ?? []), ...(p.ppAfter?.heads ?? []), ...(p.clauseAfter ? ('reach' in p.clauseAfter ? p.clauseAfter.words : p.clauseAfter) : []), ...(p.clauseBefore?.words ?? []), ...(p.verbAfter ?? []).map(verbStem)];
  const alternatives = p.any?.map(patternWords) ?? [];
  if (alternatives.some((a) => a === null) || (!own.length && !alternatives.length)) return own.length ? own : null;
  return [...own, ...alternatives.flat() as string[]];
}

/**
 * A verb's lemma as the start of its forms in the cue ("tell" of "telling", "accus" of "accused"), marked by a trailing "~".
 * (An irregular past, "told", stays out of the cue on purpose: let through to the lemma, `not-attack-on-idea` read "gunmen
 * attacked the Solino neighbourhood …, residents told Reuters" as an attack in words, the layer putting "told" in the
 * attack's clause; measured, rules-hygiene-2.)
 */
const verbStem = (lemma: string) => `${lemma.replace(/e$/, '')}~`;

/** The longest word of each sequence, as a pattern on the lower-cased sentence (a stem, "~", with any ending). */
export function senseCue(rule: SenseRule): RegExp | null {
  if (rule.cue) return rule.cue;
  const words = patternWords(rule.match);
  if (!words) return null;
  const key = new Set(words.map((w) => w.split(' ').filter((x) => x !== '*').sort((a, b) => b.length - a.length)[0] ?? '').filter((w) => w));
  const source = (w: string) => (w.endsWith('~') ? `${escapeRe(w.slice(0, -1))}\\w*` : escapeRe(w));
  return new RegExp(`(?<![\\w])(?:${[...key].map(source).join('|')})(?![\\w])`);
}
