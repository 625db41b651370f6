// Everyday senses of the violence words: data only, applied by index.ts.
//
// A "weak" trigger (killed, injured, attack, shot, hit, blast, explosion,
// combat…) names violence only when someone did it to someone: it stays an
// event when its sentence names a violent agent, weapon or act (VIOLENCE_CUE),
// and is rejected when, with no such cue, its sentence says what else it is
// (a fire that killed, a striker's shot, a ransomware attack, a sentence
// carried out: DOMAINS), or when the article as a whole is a match report,
// an earnings report, a disaster report… (READINGS, from the headline).
// Strong triggers (bomb, grenade, gunned down, stabbed, air strike…) are
// never touched: a bomb outside a stadium is found in a match report.
import { ACTORS, CAPS_NEEDS_CONTEXT } from '../actors/lexicon.js';
import { numberWords } from '../../lang/number-words.js';

/** Trigger forms with an everyday sense; other forms are strong. */
export const WEAK_FORMS: ReadonlySet<string> = new Set([
  'killed', 'killing', 'killings', 'kills', 'slain', 'slew', 'executed',
  'wounded', 'injured',
  'explosion', 'explosions', 'blast', 'blasts', 'exploded', 'blew up', 'blown up', 'went off', 'bombed',
  'attack', 'attacks', 'attacked', 'attacking',
  'hit', 'hits', 'struck', 'strike', 'strikes', 'landed', 'slammed into', 'targeted', 'destroyed', 'downed', 'knocked down',
  'shot', 'shooting', 'shootings', 'shot and killed',
  'clashes', 'clash', 'clashed', 'fighting', 'fought', 'battle', 'battles', 'combat', 'confrontation', 'confrontations',
  'ambushed', 'ambush', 'ambushes', 'massacre', 'massacred', 'massacres', 'stormed',
  'raid', 'raids', 'raided', 'offensive', 'burned', 'burnt',
]);

const armedGroupNames = (): string[] =>
  ACTORS.filter((a) => a.kind === 'armed_group')
    .flatMap((a) => [a.name, ...a.aliases])
    .map((n) => n.toLowerCase())
    .filter((n) => n.length > 3 && !CAPS_NEEDS_CONTEXT.has(n) && /^[\w' -]+$/.test(n));

/**
 * A violent agent, weapon or act in the sentence (lower case, the trigger
 * itself blanked out): any of these keeps a weak trigger an event.
 */
const VIOLENCE_WORDS = [
  'gunm[ae]n', 'gunfire', 'gunshots?', 'guns?', 'rifles?', 'pistols?', 'bullets?(?![\\s-]+(?:headers?|trains?|points?|journals?))', 'shot\\s+dead', 'gunned\\s+down', 'opened\\s+fire', 'open\\s+fire', 'fired\\s+(?:on|at)', 'mass\\s+shootings?',
  'bombs?(?!\\s+cyclones?)', 'bombings?', 'suicide', 'dynamite', '(?<!tons?\\s+of\\s+)tnt', 'detonat\\w+', 'petards?', 'incendiary', 'firebombs?', 'weapons?', 'shot\\s+at', 'explosives?', 'grenades?', 'ieds?', 'rockets?', 'missiles?', 'mortars?', 'artillery', 'shelling', 'air\\s*strikes?', 'drones?', 'warplanes?',
  'knife', 'knives', 'machetes?', 'stabb\\w+', 'hacked\\s+to\\s+death', 'beheaded', 'lynched', 'murder\\w*', 'assassin\\w*', 'massacred?',
  'militants?', 'terrorists?', 'terrorism', 'jihadists?', 'insurgents?', 'rebels?', 'guerrillas?', 'attackers?', 'assailants?', 'militia\\w*', 'paramilitar\\w+', 'hitm[ae]n', 'gangs?', 'kidnap\\w*', 'abduct\\w*', 'hostages?',
  'arson\\w*', 'set\\s+fire\\s+to', 'torched', 'molotov', 'armed', 'troops', 'soldiers', 'battalions?', 'brigades?', 'garrisons?', 'barracks', 'platoons?', 'combatants', 'fighters', 'armed\\s+forces', 'death\\s+squads?', 'invad\\w+', 'invasion',
  'police\\s+(?:shot|fired|killed|opened|beat)',
];
let violenceRe: RegExp | null = null;
export function violenceCue(): RegExp {
  if (!violenceRe) {
    const groups = [...new Set(armedGroupNames())].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    // (not a comparison: "a forehand struck like a bullet", "it went off like a bomb"; not-metaphor-or-simile)
    violenceRe = new RegExp(`(?<![\\w-])(?<!\\blike\\s+(?:a|an)\\s+)(?:${[...VIOLENCE_WORDS, ...groups].join('|')})(?!\\w)`);
  }
  return violenceRe;
}

/**
 * What a sentence (or a headline) is about when it is not violence. A weak
 * trigger in a sentence with one of these words and no violence cue is
 * rejected as `sense-<name>`; a headline with one of them and no violence cue
 * gives the article its reading (READINGS).
 */
export interface Domain {
  name: string;
  /** Lower-case words of the domain, bounded. */
  match: RegExp;
  /** Only a headline's reading uses it, not a sentence (court words sit beside real incidents: "sentenced for the bombing"). */
  headlineOnly?: boolean;
  /** false: the domain does not hold right after a sentence that names violence ("… a bomb exploded on board. The plane crashed"). */
  afterViolence?: false;
  examples: string[];
}

export const DOMAINS: Domain[] = [
  {
    name: 'disaster',
    match: /\b(?:blaze|blazes|wildfires?|bushfires?|forest\s+fires?|inferno|flames|firefighters|storms?|rainstorms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|earthquakes?|quakes?|tremors?|aftershocks?|floods?|flooding|landslides?|mudslides?|avalanche|lightning|hail|hailstones?|hailstorms?|tsunamis?|eruptions?|volcano(?:es)?|volcanic|heatwave|gas\s+(?:leak|explosion|blast|cylinder|main|canister)|boiler|collapsed?|collapses|catch(?:es)?\s+fire|caught\s+fire)\b|(?<!(?:started|caused|sparked|triggered|set\s+off)\s+)\b(?:a|the|second|another|huge|massive|deadly|house|building|boat|factory|hotel|slum|apartment|warehouse|club|kitchen|electrical)\s+fires?\b(?!\s+(?:on|at|against|from|to)\b)|\bfires?\s+(?:broke\s+out|swept|spread|gutted|engulfed|raged|kills?|killed)\b/,
    afterViolence: false,
    examples: ['A fire yesterday afternoon killed five girls', 'Typhoon Phanfone made landfall, killing at least 20', 'the strong tremor left five dead and at least 30 injured'],
  },
  {
    name: 'accident',
    match: /\b(?:crash|crashes|crashed|collision|collided|accident|accidents|pile-?up|derail\w*|capsi[sz]ed|capsi[sz]es|sank|sinks|sinking|sunk|shipwreck|electrocuted|overturned|overturning|plung(?:e|es|ed|ing)|veered|skidded|swerved|ran\s+aground|level\s+crossing|(?:car|truck|lorry|bus|train|van|vehicle|tram|motorcycle|taxi)\s+(?:struck|hit|ploughed|plowed|ran\s+over|mowed)|drowned|travelator|escalator|crowd\s+crush(?:es)?|stampedes?|(?:went|gone|going|goes)\s+over\s+the\s+edge|(?:left|leaves|leaving|ran\s+off|veered\s+off)\s+the\s+road|wreckage)\b/,
    afterViolence: false,
    examples: ['The crash reportedly killed seven.', 'a traffic collision which killed a motorcyclist', 'A bus went over the edge of a mountain road, killing at least 24 people', 'A passenger ferry sank in heavy seas, killing at least 11 people', 'Four people were killed and dozens injured in a crowd crush at a concert'],
  },
  {
    // a works explosion, a demolition: "an explosion at a waste incineration plant", "brought down in a controlled explosion"
    name: 'industrial',
    // (a headline's only: in a conflict, "an explosion at the power station" may be an attack told without its agent)
    headlineOnly: true,
    match: /\b(?:controlled\s+(?:explosions?|blasts?|detonations?|demolition)|demolition|demolished|(?:chemical|power|nuclear|industrial|incineration|treatment|steel|cement|fertili[sz]er|petrochemical)\s+(?:plants?|works|parks?|sites?|stations?|factory|complex)|refinery|refineries|factory|factories|chemical\s+plant|cooling\s+towers?|coal\s+mines?|mine\s+(?:collapse|shaft|explosion|blast)|quarry)\b/,
    afterViolence: false,
    examples: ['An explosion at a waste incineration plant in the Chempark industrial site killed at least two people', 'the cooling towers were brought down in a controlled explosion', 'a methane explosion at the coal mine trapped 40 men'],
  },
  {
    // space and the lab: "photograph the blast of debris" after a spacecraft hit an asteroid (its rocket is a launcher:
    // READINGS notCues), "the enzyme attacks tumour cells"
    name: 'science',
    match: /\b(?:spacecraft|space\s+(?:agency|station|rock|probe|telescope|flight)|asteroids?|satellites?|nasa|spacex|orbit|orbital|planetary|lift-?off|launch\s+pad|astronauts?|telescope|comet|meteor\w*|enzymes?|proteins?|(?:cancer|tumou?r|blood|immune|stem)\s+cells|tumou?rs?|bacteria|antibod(?:y|ies)|immune\s+system)\b/,
    examples: ['NASA spacecraft slams into asteroid in first planetary defence test', 'a tiny Italian satellite photographed the blast of debris', 'The enzyme attacks tumour cells while leaving healthy tissue intact'],
  },
  {
    // "fireworks went off over the river, and the finale blasted 3,000 shells into the sky"
    name: 'fireworks',
    match: /\b(?:fireworks?|firecrackers?|pyrotechnic\w*)\b/,
    examples: ['Hundreds of fireworks went off over the river', 'watched nine tonnes of fireworks explode over the bridge'],
  },
  {
    name: 'disease',
    match: /\b(?:outbreak|epidemic|pandemic|virus|measles|ebola|cholera|influenza|flu|disease|infections?|vaccin\w+|dengue|malaria)\b/,
    examples: ['a vaccination campaign to combat the measles outbreak', 'The virus has killed more than 3,000 people'],
  },
  {
    name: 'animal',
    match: /\b(?:lions?|lioness|sharks?|crocodiles?|alligators?|tigers?|elephants?|snakes?|dogs?|pit\s+bulls?|rottweilers?|wolves|wolf|hippos?|leopards?|bees|hornets|jellyfish|(?:brown|black|polar|grizzly)\s+bears?|bears|bear\s+attacks?|the\s+bear|a\s+bear|cougars?|pumas?|buffalo|rhinos?|bulls?|cattle|wild\s+boars?|orcas?|killer\s+whales?|whales?|locusts?)\b/,
    examples: ['The owner of the lodge was killed by his lions', 'Orcas ram sailing yacht off Spain', 'Calling these attacks by the orcas is not accurate', 'injured in a shark attack', 'A 19-year-old woman was killed by a brown bear while hiking'],
  },
  {
    name: 'sport',
    match: new RegExp(String.raw`\b(?:match|matches|goals?|league|cup|striker|winger|left-back|right-back|full-back|midfielder|defender|goalkeeper|keeper|whistle|kick-off|penalty|half-time|second\s+half|first\s+half|quarterback|touchdown|blitz|three-pointers?|buzzer|overtime|forehand|backhand|innings|wicket|batsman|tournament|championship|champions|home\s+side|away\s+side|the\s+visitors|derby|playoffs?|referee|booked|scored|scoring|defeated|crossbar|edge\s+of\s+the\s+box|shooting\s+guard|fired\s+home|from\s+\d+\s+yards|three-point|rebounds?|free\s+throws?|home\s+runs?|grand\s+slam|slugger|pitcher|line\s+of\s+scrimmage|fairway|birdies?|bogeys?|hat-trick|premiership|nba|nfl|mlb|knockouts?|heavyweight|middleweight|welterweight|penalty\s+shootout|quarter-finals?|semi-finals?|extra\s+time|stoppage\s+time|tiebreak|match\s+points?|wickets|batsmen|batters?|bowlers?|bowling|test\s+match|under-par|over-par|par-(?:three|four|five)|eagles?|the\s+masters|chess|grandmasters?|kingside|queenside|checkmate|bowled|bouncers?|pace\s+attack|caught\s+behind|aces|racquets?|broke\s+serve|(?:first|second)\s+serve|break\s+points?|set\s+points?|\d+-yard|touchdowns?|boxing|boxers?|left\s+hooks?|right\s+hooks?|uppercuts?|opening\s+bell|world\s+titles?|title\s+fights?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+round|super-(?:featherweight|middleweight|lightweight|bantamweight|flyweight)|featherweight|lightweight|cruiserweight|thunderbolt|bullet\s+header|unbeaten|from\s+the\s+field|beyond\s+the\s+arc|on\s+the\s+rim|field\s+goals?|(?:first|second|third|fourth)\s+quarter|(?:losing|winning)\s+streak|unanimous\s+decision|split\s+decision|wba|wbc|ibf|wbo|jabs?|rematch|\d+(?:,\d{3})*\s+runs|(?:first|second|third|fourth|fifth)\s+test)\b|\b\d{1,3}-\d{1,3}\s+(?:win|wins|victory|defeat|draw|loss|lead|home\s+win|away\s+win|series\s+lead|scoreline)\b`),
    examples: ['Mensah attacked from the opening bell, landing a savage left hook', 'Kane shot wide from the edge of the box', 'a late strike gave them a 2-1 win over Sunderland', "Starc's pace attack destroyed the top order, with a fierce bouncer hitting Root", "attacking Medvedev's second serve relentlessly", 'The attacking left-back was booked', 'The home side were massacred 6-0', 'Reed fired a six-under-par 66 at the Masters', 'a devastating kingside attack in the world chess championship', 'Root punished a tiring Pakistan attack with an unbeaten 176 on the second day of the first Test', 'Curry shot 12 of 21 from the field', 'an aggressive attack on the rim from Simmons', 'Bivol fired sharp combinations, blunting his attack with a stiff jab'],
  },
  {
    name: 'market',
    match: /\b(?:shares|stocks?|investors|earnings|revenue|profits?|quarterly|forecasts?|dividend|retail\s+sales|sales|trading|nasdaq|ftse|prices|competition|merger|takeover|rival\s+bid)\b/,
    examples: ['Shares in the airline shot up 12 percent', 'Oil prices were hit hard', 'Airlines attacked the legislation'],
  },
  {
    name: 'arts',
    match: /\b(?:film|films|movie|movies|premiere|box\s+office|album|songs?|singer|band|actor|actress|novel|season|episode|documentary|comedy|remake|studio|podcast\w*|opening\s+weekend|hits|hollywood|filming|film-?makers?|cinematographers?|film\s+crews?|music\s+videos?|photographed|photo\s+shoots?|portraits?|exhibitions?)\b/,
    examples: ['The film was shot in Morocco', 'Its music video, shot over three days on a disused airfield, drew 28 million views', 'portraits of dock workers shot over ten years in the port', 'The comedy bombed at the box office', 'the crew for three days of shooting', 'explosions echoed off the facades as a Hollywood production began shooting'],
  },
  {
    name: 'cyber',
    match: /\b(?:hackers?|hacking|hacked|ransomware|malware|phishing|cyber\w*|servers?|website|websites|software|update|battery|smartphones?|data\s+breach|ddos|computers?|online|vulnerabilit(?:y|ies)|vpn|zero-day)\b/,
    examples: ['A ransomware attack crippled the hospital network', 'Hackers attacked the servers of the ministry', 'critical vulnerability in VPN appliances actively exploited'],
  },
  {
    // police drills and military exercises: the attack is simulated, the fire is at targets
    name: 'exercise',
    match: /\b(?:drills?|(?:military|joint|naval|training|field|large-scale|live-fire|emergency|biggest|largest|annual|nato)\s+exercises?|(?:stage|stages|staged|hold|holds|held|conducts?|conducted|begin|begins|began)\s+(?:[\w-]+\s+){0,2}exercises?|live-fire|live\s+rounds|war\s+games|manoeuvres|maneuvers|mock\s+(?:attacks?|drills?|raids?|terror\w*)|simulat(?:e|es|ed|ing|ion)|blank\s+rounds|test-fir(?:e|es|ed|ing)|missile\s+tests?|test\s+launch(?:es|ed)?|^exercise\s+(?:[\w-]+\s+){1,3}(?:begins?|began|starts?|started|opens?|opened|kicks?\s+off|ends?|ended|concludes?|concluded|wraps?\s+up))\b/,
    headlineOnly: true,
    // (and an exercise named before its verb: "Exercise Spring Storm begins with 15,000 troops")
    examples: ['Paris police stage mock attack drill at Metro station before Olympics', 'NATO troops fire live rounds in Baltic drill as Nordic Response winds up', 'India test-fires Agni-V missile', 'Exercise Spring Storm begins with 15,000 troops from 11 allied nations'],
  },
  {
    name: 'court',
    match: /\b(?:jailed|jails|jail\s+terms?|sentenced|sentence|convicted|conviction|trial|jury|verdict|pleaded|pleads|plea|lethal\s+injection|death\s+row|execut\w+|acquitted|indicted|indictment|charges?\s+of\s+(?:murder|manslaughter|homicide|killing)|life\s+in\s+prison)\b/,
    headlineOnly: true,
    examples: ['Charlottesville killer sentenced to life in prison', 'Driver in multi-motorcycle crash pleads not guilty', 'Man jailed for life for killing neighbour in dispute over hedge'],
  },
];

/**
 * The article-level reading: what the story is about, from its headline. A
 * headline with a domain word and no violence cue makes the story a match
 * report, an earnings report, a disaster report…: every weak trigger of the
 * article then needs a violence cue in its own sentence (`reading-<name>`).
 */
export interface Reading {
  name: string;
  /** The domains whose words in the headline give this reading. */
  domains: string[];
  /** Other headline words that give it. */
  match?: RegExp;
  /** Strong forms that are weak in such a story too (a court report tells the murder it tries). */
  weak?: string[];
  /**
   * The story's violence is told or staged, not reported (a review of a war film, a police drill): every trigger is
   * weak there and a violence cue keeps none, only a news anchor in its sentence (NEWS_ANCHOR: "on Saturday", "police said").
   */
  fiction?: true;
  /**
   * The reading holds even when the headline names violence: a court report names the crime it tries ("Texas executes
   * man for 1998 murder"), a drill what it simulates ("mock attack drill", "troops fire live rounds"), a memorial the
   * attack it remembers ("marks 30 years since bombing"), bomb disposal the bombs it defuses. Tried first, in order.
   */
  overViolence?: true;
  /** Words that are no violence cue in such a story ("launched on a SpaceX rocket", "the ransomware gang"). */
  notCues?: RegExp;
  /** With `fiction`: what anchors a sentence in the news there, when not NEWS_ANCHOR (a drill happens "on Monday" too). */
  anchor?: RegExp;
  /** The lead sentence may give it when the headline gives no reading (a match report headlined "Opelka fires 30 aces"). */
  lead?: true;
  /**
   * Like `overViolence`, for a reading whose own words are too loose for it: the headline words that give it even when
   * the headline names violence ("Theatre review: 'A Killing at …'", not "Pentagon review finds drone strike killed …").
   */
  override?: RegExp;
  examples: string[];
}

/** What anchors a sentence in the news in a story of staged or remembered violence: officials saying, a short while after. */
const OFFICIAL_ANCHOR = new RegExp(String.raw`\b(?:(?:police|officials|authorities|prosecutors)\s+(?:said|say|says|reported)|(?:a|${numberWords('one', 'three')})\s+(?:day|days|week|weeks|month|months)\s+(?:after|before|earlier|ago)|last\s+(?:week|month|year))\b`);

/** What anchors a sentence of a memorial story in the news: officials reporting (not "three days before", told of the attack). */
const REPORTED_ANCHOR = /\b(?:police|officials|authorities|prosecutors)\s+(?:said|say|says|reported)\b/;
/** Headline words of an anniversary or a memorial. */
const MEMORIAL = /\bmemoirs?\b|\banniversary\b|\bcommemorat\w+|\bremembers?\b|\bmarks?\s+(?:\d+|[a-z]+)\s+years\b|\b(?:\d+|[a-z]+)\s+years\s+on\b/;
/** Headline words of ordnance found, defused or cleared. */
const ORDNANCE = /\b(?:unexploded|defused?|defusing|viable\s+device|suspicious\s+(?:object|package|device)|ordnance|explosive\s+(?:items|hazards|remnants)|bomb\s+disposal|demining|mine\s+clearance)\b/;

// Readings that share a name are one reading told by several domains, tried in order (`disaster-or-accident-report`:
// a works, a disaster or an accident; `technology-report`: computers or space; `everyday-report`: animals, markets,
// health, the arts, history).
export const READINGS: Reading[] = [
  // (a genre before "thriller" makes it a film's: a "five-set thriller" is a match's)
  // (first: "New 'Call of Duty' storms sales charts" is news of a game, no storm's or market's) a review (the headline says so) tells a story, and so does news of a video game (its players "call in air strikes",
  // "plant the bomb"); an arts report is news about films and music, and may tell an attack
  // with no day named ("the festival opened a week after a bomb exploded outside the main cinema")
  { name: 'review', domains: [], match: /\breviews?\b|\breviewed\b|\bvideo\s+games?\b|\bgamers\b|\be-?sports\b|\bcounter-strike\b|\bcall\s+of\s+duty\b|\bbox\s+office\b|\boscars\b|\bsequel\b|\bblockbuster\b|\bbiopic\b|\b(?:spy|crime|psychological|political|action|noir|horror|heist|revenge|conspiracy|war|star-studded|hollywood|assassin)\s+thriller\b/, fiction: true, override: /^(?:(?:film|movie|book|theatre|theater|tv|television|music|album|concert|gig|game|opera|dance|art|exhibition|series|podcast|restaurant|stage)\s+)?review\s*:|['’"”]\s+review\b|\bbox\s+office\b/, examples: ["'Dustline' review: a shooter with nothing new to shoot at", "Theatre review: 'Henry V' at the Globe marches into modern war", "Theatre review: 'A Killing at Castle Dunmore' is a murder mystery with bite", 'Danish team wins Counter-Strike major in Paris', 'Assassin thriller bombs at US box office as animated sequel leads', 'Venice festival opens with star-studded thriller'] },
  // (before disaster: "Explosion at Leverkusen chemical park kills two" is a works accident)
  // (a demolition's charges are detonated: its explosives are no violence cue there)
  { name: 'disaster-or-accident-report', domains: ['industrial'], lead: true, weak: ['detonated'], notCues: /\b(?:explosives?|detonat\w+)\b/g, examples: ['Explosion at Leverkusen chemical park kills two, five missing', 'Crowds cheer as power station cooling towers are blown up'] },
  { name: 'disaster-or-accident-report', domains: ['disaster'], lead: true, examples: ['Fire kills nine, injures dozens in Chittagong, Bangladesh slum', 'Typhoon Phanfone strikes Philippines'] },
  { name: 'disaster-or-accident-report', domains: ['accident'], match: /\b(?:killed\s+while|fatal)\b/, lead: true, examples: ['State-run bus crashes in Cuba en route to Havana, killing seven', 'Engineer killed while working on travelator', 'Ferry sinks off Sulawesi in bad weather; 11 dead'] },
  { name: 'everyday-report', domains: ['animal'], lead: true, examples: ["South African 'lion man' killed by his lions", 'Bear attack in Romanian mountains kills young hiker'] },
  // fireworks and their safety: a "rocket" there is a firework ("two men lost fingers when rockets exploded in their hands")
  { name: 'everyday-report', domains: ['fireworks'], notCues: /\b(?:rockets?|explosives?)\b/g, examples: ['City council fireworks safety campaign after 140 injuries over New Year'] },
  // (a score gives it even beside a violent word: "All Blacks massacre Italy 96-17")
  { name: 'match-report', domains: ['sport'], match: /\b(?:rout|routs|routed|thrash|thrashes|thrashed)\b/, lead: true, override: /(?<![\d.,/-]|(?:boeing|airbus|flight|model|route|highway)\s)\b\d{1,3}-\d{1,3}\b(?![\d/-])/, examples: ['City beat Liverpool 2-1', 'All Blacks massacre Italy 96-17 in World Cup rout'] },
  { name: 'everyday-report', domains: ['market'], examples: ['Apple earnings beat forecasts'] },
  { name: 'technology-report', domains: ['cyber'], notCues: /\b(?:gangs?|attackers?|criminals)\b/g, examples: ["Ransomware attack cripples Los Angeles school district's systems", 'Hackers hit British Library'] },
  { name: 'technology-report', domains: ['science'], notCues: /\b(?:rockets?|missiles?)\b/g, lead: true, examples: ['NASA spacecraft slams into asteroid in first planetary defence test'] },
  // news about health, films and music, or history ("discovery of wrecked sub"): its violence is no incident of the day
  // (and a yearly or worldwide tally: "Attacks on aid workers hit record in 2025, UN says", "annual report")
  { name: 'everyday-report', domains: ['disease', 'arts'], match: /\b(?:world\s+war\s+(?:i|ii|one|two)|wwii|ww2|wrecked|wreck|discovery\s+of|archaeolog\w+|anniversary|centenary|centennial|worldwide|annual\s+report|hit\s+record|record\s+(?:high|levels?))\b/, examples: ['Aid worker deaths hit record in 2025, new report shows', 'Samoan government temporarily shuts down for nationwide measles vaccination', "Mockumentary 'Mister America' has world premiere", 'Lost 52 Project announces discovery of wrecked sub near Okinawa'] },
  // (the crime it tries is no violence cue there either: "Alabama executed a man … convicted of killing a preacher's wife in a murder-for-hire")
  { name: 'court-report', domains: ['court'], overViolence: true, weak: ['murdered', 'murder', 'murders', 'assassinated', 'assassination', 'stabbed', 'stabbing', 'shot dead', 'gunned down', 'beheaded', 'kidnapped', 'abducted', 'raped'], notCues: /\b(?:murder\w*|stabb\w+|hitm[ae]n)\b/g, examples: ['Charlottesville killer sentenced to life in prison', 'Alabama executes man convicted of 1988 murder'] },
  { name: 'exercise-report', domains: ['exercise'], fiction: true, overViolence: true, anchor: OFFICIAL_ANCHOR, examples: ['Paris police stage mock attack drill at Metro station before Olympics', 'NATO troops fire live rounds in Baltic drill'] },
  // an anniversary or a memorial remembers the attack it names; only officials reporting something new anchor a sentence
  { name: 'memorial-report', domains: [], match: MEMORIAL, overViolence: true, fiction: true, anchor: REPORTED_ANCHOR, examples: ['Oklahoma City marks 30 years since bombing that killed 168', 'Spain remembers 193 victims of Madrid train bombings, 20 years on', 'Ten years on, survivors mark anniversary of Mumbai attacks'] },
  // ordnance found, defused or cleared: the bomb is made safe, not set off ("three wartime bombs defused", "declared viable device")
  { name: 'ordnance-report', domains: [], match: ORDNANCE, overViolence: true, fiction: true, anchor: OFFICIAL_ANCHOR, examples: ['Thousands evacuated in Cologne as three wartime bombs defused', 'Suspicious object in Strabane declared viable device', "UNMAS cleared more than 1,200 explosive items from Mosul's Old City in 2023"] },
  { name: 'obituary', domains: [], match: /\b(?:dies|died)\s+(?:aged|at)\b|\bobituary\b/, examples: ['Longtime leader of Zimbabwe Robert Mugabe dies aged 95'] },
  { name: 'political-report', domains: [], match: /\b(?:impeachment|elected|election|elections|parliament|congress|senate|referendum|bill|decree|legislation|presidential\s+bid|proposes|constitution\w*|tax|taxes|manifesto|tory|tories|labour|lib\s+dems?|mps|polls?)\b/, examples: ['US Speaker Pelosi announces Trump impeachment investigation'] },
];

/** A modifier that makes a weak trigger strong: "a mass shooting", "a knife attack", "a terror attack". */
export const STRONG_MODIFIER = /\b(?:mass|drive-by|school|terror|terrorist|knife|gun|bomb|mortar|rocket|grenade|sniper|militant|jihadist|insurgent|rebel|suicide|arson|machete|acid)\s+$/;

/** A complement that makes a weak trigger strong: "shot at the tires", "shot in the head". */
/** A violent agent right after a weak passive trigger: "injured by police", "killed by gunmen". */
export const AGENT_AFTER = /^\s+(?:\w+\s+)?by\s+(?:the\s+)?(?:police|army|military|soldiers|troops|security\s+forces|gunm[ae]n|militants|rebels|insurgents|attackers|assailants)\b/;

export const STRONG_COMPLEMENT = { forms: new Set(['shot', 'shooting']), after: /^\s+(?:at\s+(?!least\b|most\b|\d)|dead\b|and\s+killed\b|in\s+the\s+(?:head|chest|back|neck|legs?|stomach|face|arm)\b)/ };

/** The reading of an article: a READINGS entry and the headline words that gave it. */
export interface ArticleReading {
  name: string;
  /** READINGS[].weak of the reading. */
  weak?: ReadonlySet<string>;
  /** READINGS[].fiction, anchor and notCues of the reading. */
  fiction?: true;
  anchor?: RegExp;
  notCues?: RegExp;
  /** The headline words that gave the reading ("lead: …" when the lead sentence gave it). */
  cue: string;
}

function reading(r: Reading, cue: string): ArticleReading {
  return { name: r.name, cue, ...(r.weak ? { weak: new Set(r.weak) } : {}), ...(r.fiction ? { fiction: r.fiction } : {}), ...(r.anchor ? { anchor: r.anchor } : {}), ...(r.notCues ? { notCues: r.notCues } : {}) };
}

/** The first reading with at least `least` of its domain words or own words in a lower-case text, and the words. */
function readingOf(h: string, readings: readonly Reading[], least = 1): { r: Reading; cue: string } | null {
  for (const r of readings) {
    const words = [...r.domains.map((name) => DOMAINS.find((d) => d.name === name)!.match), ...(r.match ? [r.match] : [])].flatMap((re) => [...h.matchAll(new RegExp(re.source, 'g'))].map((m) => m[0]));
    if (words.length >= least) return { r, cue: words.slice(0, least).join(', ') };
  }
  return null;
}

/** Domain words a lead sentence needs to give the reading: one may be another sense ("if the goal is peace"). */
const LEAD_WORDS = 2;

/**
 * The reading of an article from its headline: null when the headline names
 * violence (a crime or conflict story) or nothing a reading knows. When the
 * headline gives none, its lead sentence (`lead`) may (`reading-from-lead`:
 * READINGS with `lead`, and a lead that names no violence either).
 */
export function readHeadline(headline: string | null | undefined, lead?: string | null): ArticleReading | null {
  if (!headline) return null;
  const h = headline.toLowerCase();
  const over = readingOf(h, READINGS.filter((r) => r.overViolence));
  if (over) return reading(over.r, over.cue);
  // a review is one even when the headline names the violence of its story, if the headline has a review's form
  const told = READINGS.find((r) => r.override?.test(h));
  if (told) return reading(told, told.override!.exec(h)![0]);
  if (violenceCue().test(h)) return readingBesideNotCues(h);
  const found = readingOf(h, READINGS);
  if (found) return reading(found.r, found.cue);
  const l = lead?.toLowerCase();
  if (!l || violenceCue().test(l)) return null;
  const fromLead = readingOf(l, READINGS.filter((r) => r.lead), LEAD_WORDS);
  return fromLead ? reading(fromLead.r, `lead: ${fromLead.cue}`) : null;
}

/**
 * A reading whose own not-cues are the headline's only violence words: "SpaceX rocket explodes on launch pad" is a
 * space story (its rocket a launcher), "Ransomware gang attacks …" a cyber one.
 */
function readingBesideNotCues(h: string): ArticleReading | null {
  for (const r of READINGS) {
    if (!r.notCues) continue;
    const rest = h.replace(r.notCues, (w) => ' '.repeat(w.length));
    const found = !violenceCue().test(rest) && readingOf(h, [r]);
    if (found) return reading(found.r, found.cue);
  }
  return null;
}

/** What anchors a sentence in the news rather than in a story told: a day, the police or officials saying. */
export const NEWS_ANCHOR = /\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|last\s+(?:night|week|month)|(?:police|officials|authorities|prosecutors)\s+(?:said|say|says|reported))\b/;

/** How far around a weak trigger its sentence is read for cues (linear on run-on text). */
const SENSE_WINDOW = 300;

/**
 * The everyday sense of a weak trigger, or null when it may be violence:
 * `sense-<domain>` when its sentence is about a domain of DOMAINS and names
 * no violence, `reading-<name>` when the article's reading raises the bar and
 * the sentence names no violence. `sl` is the lower-cased sentence, the
 * trigger at [rel, relEnd).
 */
export function everydaySense(form: string, sl: string, rel: number, relEnd: number, reading: ArticleReading | null, previous = ''): string | null {
  // a review tells its story's violence: the story's cues keep nothing, only a news anchor does
  if (reading?.fiction && !(reading.anchor ?? NEWS_ANCHOR).test(windowAround(sl, rel, relEnd))) return `reading-${reading.name}`;
  if (!weakWithoutViolence(form, sl, rel, relEnd, reading)) return null;
  const around = windowAround(sl, rel, relEnd);
  const domain = DOMAINS.find((d) => !d.headlineOnly && d.match.test(around));
  // `after-violence`: a crash or a fire told right after a bomb or an attack may be its work
  if (domain && !(domain.afterViolence === false && violenceCue().test(previous.slice(-SENSE_WINDOW)))) return `sense-${domain.name}`;
  return reading ? `reading-${reading.name}` : null;
}

/** The sentence around a trigger, the trigger blanked out, bounded (SENSE_WINDOW). */
const windowAround = (sl: string, rel: number, relEnd: number) =>
  sl.slice(Math.max(0, rel - SENSE_WINDOW), rel) + ' '.repeat(relEnd - rel) + sl.slice(relEnd, relEnd + SENSE_WINDOW);

/** A weak trigger (or one the reading makes weak) that nothing around it makes violent: no strong modifier, complement, agent or cue. */
export function weakWithoutViolence(form: string, sl: string, rel: number, relEnd: number, reading: ArticleReading | null = null): boolean {
  if (!WEAK_FORMS.has(form) && !reading?.weak?.has(form)) return false;
  // the reading's not-cues are no strong modifier either: "a Falcon 9 rocket exploded" in a space story
  // (a window: a step before the layer, which is built only for the sentences the steps on the text let through)
  if (STRONG_MODIFIER.test(asideNotCues(sl.slice(Math.max(0, rel - 30), rel), reading))) return false;
  if (STRONG_COMPLEMENT.forms.has(form) && STRONG_COMPLEMENT.after.test(sl.slice(relEnd, relEnd + 40))) return false;
  if (AGENT_AFTER.test(sl.slice(relEnd, relEnd + 60))) return false;
  return !violenceCue().test(asideNotCues(windowAround(sl, rel, relEnd), reading));
}

/** The text with the reading's not-cues blanked out (same length). */
const asideNotCues = (t: string, reading: ArticleReading | null) => (reading?.notCues ? t.replace(reading.notCues, (w) => ' '.repeat(w.length)) : t);

/**
 * `background-named-past` (not the sense rule `background-earlier-incident`, an incident placed by a phrase after it): a
 * past incident named by its year or date as a
 * news peg ("since the 2015 Paris attacks", "the September 11 attacks", "the
 * 2017 Manchester Arena bombing") is not an event of this story when the year
 * ended more than NAMED_PAST_MONTHS before publication. Tested on the words of
 * the noun phrase before a nominal trigger.
 */
export const NAMED_PAST = {
  name: 'background-named-past',
  /** the year as a modifier of the noun phrase: "the 2015 Paris attacks" (not "in 1987 the attacks") */
  year: /\bthe\s+((?:19|20)\d\d)\s+(?!(?:the|a|an|and|in|on|of|at)\s)(?:[a-z][\w'’.-]*\s+){0,3}$/,
  nineEleven: /\b(?:september\s+11(?:th)?|11\s+september|9\/11)\s+(?:[a-z][\w'’.-]*\s+){0,2}$/,
  /** "the London bombings of July 2005" */
  yearAfter: /^\s+of\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d\d)\b/,
  /** a verb trigger in a relative clause of such a noun phrase: "the 2019 Easter Sunday bombings, which killed 279", "the 2008 Mumbai attacks, in which gunmen killed 166" */
  relative: /\bthe\s+((?:19|20)\d\d)\s+(?:[a-z][\w'’.-]*\s+){0,3}(?:attacks|bombings|blasts|massacre|shootings|killings|attack|bombing|blast|shooting),?\s+(?:which|that|in\s+which\s+(?:[a-z][\w'’.-]*\s+){0,2}?)\s*$/,
  months: 18,
  examples: ['since the 2015 Paris attacks', 'since the 11 September attacks', 'after the 2017 Manchester Arena bombing', 'a film about the 2008 Mumbai attacks, in which gunmen killed 166 people'],
};

/** Whether the text before (or after) a nominal trigger names it as a past incident (see NAMED_PAST); `published` is YYYY-MM-DD. */
export function namedPast(before: string, published: string | null, after = '', noun = true): boolean {
  if (!published) return false;
  const now = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 1;
  const year = noun ? NAMED_PAST.year.exec(before)?.[1] ?? NAMED_PAST.yearAfter.exec(after)?.[1] ?? (NAMED_PAST.nineEleven.test(before) ? '2001' : null) : NAMED_PAST.relative.exec(before)?.[1];
  return !!year && now - (Number(year) * 12 + 11) > NAMED_PAST.months;
}
