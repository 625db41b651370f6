// Event triggers and the rules that accept, type or reject them. Data only:
// index.ts applies them. Every rule has a name that shows up in --explain.
import type { EventType } from '../../types.js';

export interface TriggerRule {
  name: string;
  /** Lower-case surface forms; multiword allowed. */
  forms: string[];
  type: EventType;
  pos: 'verb' | 'noun';
  /**
   * The word has common non-violent senses ("hit song", "strike by teachers"):
   * it counts only with a violence cue in the sentence (CONTEXT_CUES).
   */
  needsContext?: boolean;
  /** Passive participle forms that take the victims as subject ("were killed"). */
  victimVerb?: boolean;
  /** Lower-case regular-expression sources for forms with a slot in them ("fired two rockets"): bounded, no nested repetition. */
  patterns?: string[];
  /** Modality rules that do not apply to it: "the body of a man was found with gunshot wounds" tells the wounds, not a find. */
  notModality?: string[];
  /** Sentences where the rule gives an event mention (pos) and where it gives none (neg); test/acled-phrasing.test.ts runs them. */
  examples?: RuleExamples;
}

export interface RuleExamples {
  pos: string[];
  neg: string[];
}

// (a modifier may carry a calibre: "fired 82mm mortars")
const PROJECTILE_COUNT = '(?:(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several|dozens\\s+of|\\d{1,3})\\s+)?(?:[a-z0-9-]+\\s+)?';
const SMALL_ARMS = '(?:small[- ]arms?|gunfire|machine[- ]guns?|automatic\\s+weapons?|rifles?|light\\s+weapons?)';
const HEAVY_ARMS = '(?:artillery|mortars?|rockets?|heavy\\s+weapons?|tanks?|heavy\\s+machine[- ]guns?)';

export const TRIGGERS: TriggerRule[] = [
  // remote violence
  { name: 'air-strike', forms: ['air strike', 'air strikes', 'airstrike', 'airstrikes', 'air raid', 'air raids', 'drone strike', 'drone strikes', 'air attack', 'air attacks', 'aerial bombardment', 'bombing raid', 'bombing raids'], type: 'air_strike', pos: 'noun' },
  { name: 'air-strike-verb', forms: ['strafed', 'strafing'], type: 'air_strike', pos: 'verb' },
  { name: 'shelling-noun', forms: ['shelling', 'shellings', 'artillery fire', 'mortar fire', 'rocket fire', 'rocket attack', 'rocket attacks', 'mortar attack', 'mortar attacks', 'missile attack', 'missile attacks', 'missile strike', 'missile strikes', 'bombardment'], type: 'shelling', pos: 'noun' },
  { name: 'shelling-verb', forms: ['shelled', 'bombarded', 'pounded'], type: 'shelling', pos: 'verb', needsContext: true },
  {
    // "fired two rockets at", "fired 82mm mortars at", "launched ballistic missiles at", "lobbed mortar shells into";
    // "fired artillery and rockets at residential villages", "fired heavy weapons at" (rocket launchers are no shelling by themselves);
    // not "test-fired" (a drill, a test, a launch into the sea: `not-exercise-fire`)
    name: 'fire-projectile',
    forms: [],
    patterns: [`(?<!test-)(?:fired|launched|lobbed)\\s+${PROJECTILE_COUNT}(?:rockets?|missiles?|mortars?|mortar\\s+(?:rounds?|shells)|shells|projectiles|katyushas?)(?!\\s+(?:attacks?|fire|strikes?|barrages?|launchers?))`, '(?<!test-)(?:fired|launched)\\s+(?:(?:heavy|long-range|self-propelled|\\d{2,3}\\s?mm|\\d{2,3}-mm)\\s+)?(?:artillery(?:\\s+(?:shells?|rounds?))?|howitzers?|tank\\s+shells|heavy\\s+weapons)(?!\\s+(?:attacks?|fire|strikes?|barrages?|launchers?))'],
    type: 'shelling',
    pos: 'verb',
    examples: {
      pos: ['On 5 March 2024, Russian forces fired 82mm mortars at the positions of Ukrainian forces near Robotyne.', 'Israeli forces fired artillery and rockets at residential villages around Kfar Kila, injuring a child.', 'Junta troops fired heavy artillery at villages near Kanbalu, killing 2 civilians.', 'M23 fired heavy weapons at FARDC positions near Sake.'],
      neg: ['The FMLN urban commands fired two RPG-2 rocket launchers at a vehicle.', 'The army fired its chief of staff and appointed a new commander.', 'Fireworks were fired over Bangkok to mark the new year.', 'Marines fired rockets and artillery in a live-fire drill on the island this week.', 'North Korea fired a ballistic missile into the sea on Monday.', 'The navy test-fired two cruise missiles during an exercise off the coast.'],
    },
  },
  // "a Ukrainian drone dropped an explosive on a car": a munition dropped from the air
  // and drones sent against a target: "the Houthis launched drones at a Saudi oil facility"
  {
    name: 'drop-munition',
    forms: [],
    patterns: [`(?:dropped|drops)\\s+${PROJECTILE_COUNT}(?:explosives?|bombs?|grenades?|munitions?|explosive\\s+devices?)\\s+(?:on|onto)`, `(?:launched|sent|flew)\\s+${PROJECTILE_COUNT}(?:drones?|kamikaze\\s+drones?)(?!\\s+(?:attacks?|strikes?))`],
    type: 'air_strike',
    pos: 'verb',
  },
  // modern conflict reporting (issue 15): fire told by weapon and direction, exchanges of fire, monitors' bursts of fire
  // (their tallies of explosions: monitor-tally, layer-rules.ts)
  {
    name: 'mixed-arms-fire',
    forms: [],
    // "exchanged small-arms and artillery fire": two armed sides, a clash, not shelling
    patterns: [`(?:exchanged|traded|exchanging|trading|exchange\\s+of)\\s+(?:heavy\\s+|intense\\s+)?(?:${SMALL_ARMS}(?:\\s+fire)?\\s+and\\s+(?:heavy\\s+)?${HEAVY_ARMS}|${HEAVY_ARMS}(?:\\s+fire)?\\s+and\\s+${SMALL_ARMS})\\s*fire`],
    type: 'armed_clash',
    pos: 'noun',
    examples: {
      pos: ['On 2 March 2025, FARDC and M23 rebels exchanged small-arms and artillery fire around Walungu.', 'Chadian troops exchanged small arms and mortar fire with Boko Haram fighters near Ngouboua.', 'The army and the RSF exchanged heavy gunfire and artillery fire in Bahri.'],
      neg: ['Russian forces shelled the town with artillery fire overnight.', 'The army seized small arms and mortar rounds in the raid.', 'The guerrillas attacked the command post with mortars and rifle fire.'],
    },
  },
  {
    name: 'exchange-fire',
    // verbs only: "an exchange of fire" told after an attack is how it went on (cue-clash reads it)
    forms: [],
    patterns: [`(?:exchanged|traded|exchanging|trading|exchange)\\s+(?:(?:heavy|intense|sporadic|automatic|small[- ]arms|machine[- ]gun|sniper)\\s+)?(?:gun)?fire`],
    type: 'armed_clash',
    pos: 'verb',
    examples: {
      pos: ['Indian and Pakistani troops exchanged fire across the Line of Control in the Poonch sector.', 'Police and TTP militants traded fire for several hours in Dera Ismail Khan.', 'ELN guerrillas and FARC dissidents exchanged gunfire in a rural area of Tame.'],
      neg: ['India and Pakistan exchanged lists of nuclear installations and prisoners.', 'The two sides exchanged views on the ceasefire.'],
    },
  },
  {
    name: 'gunfight',
    forms: ['gunfight', 'gunfights', 'gun fight', 'gun fights', 'gun duel', 'gun duels', 'gun-battle', 'gun-battles'],
    // not a penalty shoot-out
    patterns: ['(?<!(?:penalty|penalties|spot-kick)\\s)shoot-outs?'],
    type: 'armed_clash',
    pos: 'noun',
    examples: {
      pos: ['A shoot-out between members of the CJNG and the Sinaloa Cartel in Fresnillo left 4 people dead.', 'A gunfight between soldiers and NPA rebels broke out in Guihulngan.', 'Police engaged kidnappers in a gun duel in Gusau, killing 3 of the suspects.'],
      neg: ['Venezuela beat Ecuador in a penalty shoot-out in Caracas.'],
    },
  },
  {
    name: 'bursts-of-fire',
    forms: [],
    // and the explosions of grenade launchers, the infantry's: fire between forces (ACLED: armed clash), no bombing
    patterns: ['bursts?\\s+of\\s+(?:(?:small[- ]arms|automatic|heavy|machine[- ]gun|heavy\\s+machine[- ]gun|sniper|rifle|automatic\\s+rifle)\\s+)?(?:gun)?fire', 'explosions?\\s+(?:(?:caused\\s+)?by|from)\\s+(?:(?:under-?barrel|underbarrel|automatic|hand-held|handheld|rocket-propelled|RPG|[\\w-]+mm)\\s+)?(?:grenade|RPG)[- ]launchers?'],
    type: 'armed_clash',
    pos: 'noun',
    examples: {
      pos: ['The EU Monitoring Mission recorded 40 bursts of small-arms fire near the boundary line.', 'UNMISS patrols recorded bursts of automatic gunfire near Nasir for about an hour.', 'Monitors recorded 3 bursts of heavy machine-gun fire near Avdiivka.', 'On 3 February 2025, the EU mission in Armenia recorded several bursts of fire and 2 explosions from grenade launchers near Khnatsakh.', 'Monitors recorded 4 explosions from under-barrel grenade launchers near Horlivka.', 'The mission recorded 2 explosions caused by automatic grenade launchers east of Tovuz.'],
      neg: ['Crowds fired bursts of celebratory gunfire at the wedding.', 'A burst of applause greeted the minister.', 'Police seized 2 grenade launchers in the raid.'],
    },
  },
  { name: 'suicide-bombing', forms: ['suicide bombing', 'suicide bombings', 'suicide attack', 'suicide attacks', 'suicide bomber', 'suicide bombers', 'suicide car bomb', 'suicide car bombing', 'suicide blast', 'blew himself up', 'blew herself up', 'blew themselves up'], type: 'suicide_bombing', pos: 'noun' },
  { name: 'car-bomb', forms: ['car bomb', 'car bombs', 'car bombing', 'car-bomb', 'truck bomb', 'roadside bomb', 'roadside bombs', 'bomb attack', 'bomb attacks', 'bombing', 'bombings', 'explosive device', 'explosive devices', 'ied', 'ieds', 'landmine', 'land mine', 'bomb blast', 'explosion', 'explosions', 'blast', 'blasts'], type: 'bombing', pos: 'noun' },
  { name: 'bomb-noun', forms: ['bomb', 'bombs', 'dynamite attack', 'dynamite attacks'], type: 'bombing', pos: 'noun' },
  { name: 'bomb-verb', forms: ['bombed', 'exploded', 'detonated', 'dynamited', 'blew up', 'blown up', 'went off'], type: 'bombing', pos: 'verb', needsContext: true },
  // (a rocket-propelled grenade is no grenade attack; "grenade launchers": compound-modifier, layer-rules.ts)
  { name: 'grenade', forms: ['grenade attack', 'grenade attacks', 'hurled a grenade', 'threw a grenade', 'lobbed a grenade', 'hurled grenades', 'threw grenades'], patterns: ['(?<!rocket[- ]propelled\\s)grenades?'], type: 'grenade', pos: 'noun' },
  // battles
  { name: 'clash', forms: ['clashes', 'clash', 'clashed', 'gun battle', 'gun battles', 'gunbattle', 'firefight', 'firefights', 'shootout', 'skirmish', 'skirmishes', 'fighting', 'fought', 'battle', 'battles', 'combat', 'armed confrontation', 'confrontation', 'confrontations'], type: 'armed_clash', pos: 'noun', needsContext: true },
  // assaults
  {
    // and fire told by its weapon and direction: "fired with unspecified weapons on the positions of"
    name: 'shoot',
    forms: ['shot dead', 'shot and killed', 'gunned down', 'opened fire', 'open fire', 'fired on', 'fired at', 'machine-gunned', 'machinegunned', 'shooting', 'shootings', 'shot', 'shooting attack'],
    patterns: ['(?:fired|firing)\\s+(?:with\\s+)?(?:(?:unspecified|small|light|heavy|medium|automatic|large-calibre|large-caliber|sniper|assault|anti-aircraft|various)\\s+){0,2}(?:weapons|arms|machine[- ]guns?|machineguns|firearms|rifles|guns)\\s+(?:on|at|towards?|into)'],
    type: 'armed_assault',
    pos: 'verb',
    victimVerb: true,
    examples: {
      pos: ['Armenian forces fired with unspecified weapons on the positions of the Azerbaijani army near Kalbajar.', 'Houthi forces fired with medium machine guns on the positions of government forces in Hays.', 'Soldiers fired automatic weapons at the crowd in the square.'],
      neg: ['Troops fired tear gas to disperse the crowd.', 'The governor fired the state security chief after weeks of criticism.'],
    },
  },
  // bodies found with signs of violence, beatings, torture, deaths in custody
  {
    // a body found with signs of violence: the wounds tell the attack (typed by the rest of the sentence; never more specific than it)
    name: 'body-signs-of-violence',
    forms: [],
    patterns: ['(?:bearing|with|showing|had)\\s+(?:(?:multiple|several|numerous|visible|apparent|\\d{1,2})\\s+)?(?:gunshot|bullet|stab|machete|knife)\\s+wounds?', 'riddled\\s+with\\s+bullets', 'bullet-riddled\\s+bod(?:y|ies)', '(?:bearing|with|showing|bore|showed|had)\\s+(?:(?:visible|apparent|clear|obvious)\\s+)?(?:signs|marks|traces)\\s+of\\s+(?:torture|beating|strangulation|violence)', 'tortured\\s+bod(?:y|ies)'],
    type: 'attack',
    pos: 'noun',
    notModality: ['seized-weapons'],
    examples: {
      pos: ['The body of a man was found with gunshot wounds on a road in Culiacan.', 'Residents discovered the bodies of 3 men riddled with bullets in Croix-des-Bouquets.', 'The bullet-riddled body of a missing man was found in Turbat.', 'The bodies of 2 young men bearing signs of torture were found in a rural area of Suarez.', 'The tortured body of a student was found on the outskirts of Karachi.'],
      neg: ['The body of a fisherman was found floating off Cebu City two days after his boat capsized.', 'Police said the body showed no signs of violence.', 'The body bore no signs of torture, the coroner said.'],
    },
  },
  {
    name: 'beating',
    forms: ['beaten to death', 'beat to death', 'tortured to death', 'tortured', 'severely beaten', 'severely beat', 'brutally beaten', 'brutally beat', 'badly beaten', 'savagely beaten', 'flogged'],
    patterns: ['beat\\s+(?:[\\w-]+\\s+){1,3}?to\\s+death', 'beaten\\s+by\\s+(?:the\\s+|a\\s+group\\s+of\\s+)?(?:soldiers|police|policemen|troops|security\\s+forces|officers|militiamen|militants|gunmen|guards|prison\\s+guards|members\\s+of)'],
    type: 'attack',
    pos: 'verb',
    victimVerb: true,
    // a violent agent or act in the sentence: "the tortured negotiations" is none
    needsContext: true,
    examples: {
      pos: ['Six opposition activists were severely beaten by soldiers at a roadblock in Harare.', 'Soldiers beat a motorcyclist to death at a checkpoint in Maiduguri.', 'A man was tortured to death in custody at a police station in Dhaka.', 'Soldiers detained and tortured several herders near Djenne.'],
      neg: ['Venezuela beat Ecuador in a penalty shoot-out.', 'The champions were beaten by a late goal.', 'The tortured negotiations dragged on for a year.', 'She described a tortured childhood in her memoir.'],
    },
  },
  {
    name: 'custody-death',
    forms: ['custodial death', 'custodial deaths', 'custodial killing', 'custodial killings'],
    patterns: ['(?:died|death|deaths)\\s+(?:while\\s+)?in\\s+(?:police\\s+|military\\s+|army\\s+|prison\\s+|state\\s+|security\\s+|government\\s+|their\\s+|his\\s+|her\\s+)?custody(?![^.;]{0,40}\\b(?:natural\\s+causes|illness|heart\\s+attack|covid|cancer|suicide)\\b)'],
    type: 'attack',
    pos: 'verb',
    examples: {
      pos: ['A man died in police custody in Kampala.', 'A detainee died in custody at a police station in Giza after being tortured.', 'A teacher died in police custody in Nairobi.'],
      neg: ['The former dictator died in custody of natural causes.', 'The suspect remains in police custody.'],
    },
  },
  { name: 'ambush', forms: ['ambushed', 'ambush', 'ambushes'], type: 'armed_assault', pos: 'verb' },
  { name: 'storm', forms: ['stormed'], type: 'armed_assault', pos: 'verb', needsContext: true },
  { name: 'stab', forms: ['stabbed', 'stabbing', 'hacked to death', 'beheaded', 'lynched'], type: 'armed_assault', pos: 'verb', victimVerb: true },
  { name: 'massacre', forms: ['massacre', 'massacred', 'massacres'], type: 'armed_assault', pos: 'noun', victimVerb: true },
  { name: 'assassinate', forms: ['assassinated', 'assassination', 'assassinations', 'murdered', 'murder', 'killing of'], type: 'assassination', pos: 'verb', victimVerb: true },
  { name: 'kill', forms: ['killed', 'killing', 'killings', 'kills', 'slain', 'slew', 'executed', 'martyred'], type: 'attack', pos: 'verb', victimVerb: true },
  { name: 'wound', forms: ['wounded', 'injured'], type: 'attack', pos: 'verb', victimVerb: true, needsContext: true },
  // abduction
  { name: 'kidnap', forms: ['kidnapped', 'kidnapping', 'kidnappings', 'kidnaped', 'kidnaping', 'abducted', 'abduction', 'abductions', 'taken hostage', 'took hostage', 'seized hostages', 'taken captive', 'held hostage'], type: 'abduction', pos: 'verb', victimVerb: true },
  // arson
  { name: 'arson', forms: ['set fire to', 'set on fire', 'sets fire to', 'torched', 'set ablaze', 'burned down', 'burnt down', 'arson attack', 'arson', 'burned', 'burnt'], type: 'arson', pos: 'verb', needsContext: true },
  // raids
  { name: 'raid', forms: ['raid', 'raids', 'raided', 'military operation', 'security operation', 'counterinsurgency operation', 'counter-terrorism operation', 'counterterrorism operation', 'counter-terror operation', 'offensive'], type: 'raid', pos: 'noun', needsContext: true },
  // generic
  { name: 'attack', forms: ['attack', 'attacks', 'attacked', 'attacking', 'terrorist attack', 'terrorist attacks', 'terrorist act', 'terrorist acts', 'sabotage', 'sabotaged'], type: 'attack', pos: 'noun' },
  { name: 'hit', forms: ['hit', 'hits', 'struck', 'strike', 'strikes', 'landed', 'slammed into', 'targeted', 'destroyed', 'downed', 'knocked down'], type: 'attack', pos: 'verb', needsContext: true },
];

/**
 * Cues that make a context-dependent trigger violent. A word of this list
 * within the sentence (outside the trigger itself) satisfies needsContext.
 */
export const CONTEXT_CUES =
  /\b(rockets?|missiles?|mortars?|shells?|artillery|bombs?|bombing|explosives?|dynamite|grenades?|drones?|warplanes?|jets?|aircraft|helicopters?|gunmen|gunfire|guns?|rifles?|bullets?|militants?|insurgents?|rebels?|guerrillas?|terrorists?|jihadists?|fighters|militiam[ae]n|militias?|paramilitar(?:y|ies)|troops|soldiers|army|police(?:men)?|forces|commandos?|attackers?|assailants?|killed|killing|dead|died|wounded|injured|casualties|victims|hostages?|airbase|base|barracks|checkpoint|convoy|embassy|ied|blast|explosion|armed|molotov|gasoline|petrol|arson|incendiary|insurgency|offensive|positions?|village|dynamited|terrorism|gangs?|gangsters|gang\s+members|cartels?|sicarios|hitmen|hit\s+men|mobs?|arsonists)\b/;

/**
 * group-subject-cue: a named armed group of the actor dictionary just before
 * one of these verbs is itself the violence cue ("The FMLN last night blew up
 * the administrative offices", "Al-Shabaab torched three trucks"): the verbs
 * whose object is a thing destroyed. Aliases that are common words in some
 * case ("IS", "Hashed") do not count.
 */
export const GROUP_SUBJECT_FORMS = new Set(['bombed', 'shelled', 'bombarded', 'exploded', 'detonated', 'dynamited', 'blew up', 'blown up', 'set fire to', 'set on fire', 'sets fire to', 'torched', 'set ablaze', 'burned down', 'burnt down', 'burned', 'burnt', 'destroyed', 'downed', 'knocked down']);
/** How far before the verb the group may stand (one clause: no sentence or clause stop between). */
export const GROUP_SUBJECT_REACH = 60;

/** Per-trigger non-violent senses, tested on the lower-cased text just before and after the trigger. */
export interface SenseRule {
  name: string;
  /** Trigger forms, or names of pattern trigger rules ("fire-projectile"). */
  triggers: string[];
  before?: RegExp;
  after?: RegExp;
}

export const SENSE_FILTERS: SenseRule[] = [
  // "fired rockets in a live-fire drill", "fired an interceptor missile that destroyed a target drone", "fired a missile into
  // the sea", "fired two cruise missiles from a submarine, in what analysts said was a warning": fire in an exercise or a
  // test, or a launch meant as a signal, with no target
  { name: 'not-exercise-fire', triggers: ['fire-projectile', 'drop-munition', 'fired on', 'fired at', 'opened fire', 'open fire', 'shelled', 'pounded'], after: /^[^.;]{0,60}\b(?:live-fire|live\s+fire|drills?|(?:military|joint|naval|training|field)\s+exercises?|war\s+games|manoeuvres|maneuvers|target\s+drones?|(?:missile|weapons?|flight)\s+tests?)\b|^\s+(?:into|in)\s+the\s+(?:sea|ocean|waters|east\s+sea|sea\s+of\s+japan|yellow\s+sea)\b|^[^.;]{0,60}\bin\s+what\s+(?:[\w-]+\s+){0,3}(?:was|were)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:warning|show\s+of\s+force|test|signal|message)\b/ },
  // "carried out a controlled explosion of the device": bomb disposal, not a bombing
  // (and an industrial or domestic explosion: "a gas explosion destroyed a block of flats")
  { name: 'not-controlled-explosion', triggers: ['explosion', 'explosions', 'blast', 'blasts', 'detonated', 'blew up', 'blown up'], before: /(?:\bcontrolled\s+$)|(?:\b(?:gas|boiler|methane|coal\s+dust|dust|chemical|industrial|factory|firework|fireworks|volcanic|accidental|pipeline|oxygen|transformer|cylinder|furnace|reactor)\s+$)/ },
  // (and a compound with another sense: "water-bombing" a fire)
  { name: 'not-heart-attack', triggers: ['attack', 'attacks', 'bombing', 'bombings'], before: /(?:\b(heart|panic|asthma|anxiety|cyber|verbal|personal|allergy|allergic|shark|dog|bear|wolf)\s+$)|(?:\b(?:water|dive|photo)[\s-]?$)/ },
  // (and a verbal attack on a person's record, plans or remarks: "attacked the minister for his remarks", "attacked Conservative tax plans")
  { name: 'not-attack-on-idea', triggers: ['attack', 'attacks', 'attacked', 'attacking'], after: /(?:^\s+(?:(?:on|against)\s+)?(?:(?:the|his|her|their|its|our)\s+)?(plan|plans|bill|budget|policy|policies|decision|proposal|proposals|record|credibility|reputation|press|media|government's|opposition's|idea|ideas|reform|reforms|law|ruling|deal|report|comments?|remarks?|critics?|democracy|constitution|freedom|rights|independence|judiciary|middle\s+class|working\s+class|poor|workers|savings|pensions?|taxpayers|families|consumers|economy|budget|legislation|announcement|move|measures?|claims?|allegations?|accusations?|verdict|proposals?)\b)|(?:^\s+\S+(\s+\S+)?\s+(for|over)\s+(his|her|their|its|the)\s+(remarks|comments|stance|policy|decision|handling|record|views)\b)|(?:^\s+(?:on\s+|against\s+)?(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:record|tax|taxes|plans|policy|policies|proposals?|reforms?|handling|leadership|stance|manifesto|referees?|refereeing|critics|the\s+board)\b(?!\s+(?:office|offices|building|headquarters|station|post)))/ },
  { name: 'not-labour-strike', triggers: ['strike', 'strikes'], before: /\b(general|hunger|labou?r|teachers'?|workers'?|doctors'?|nurses'?|transport|rail|national|student|students'|truckers'?|miners'?|lucky|on|a\s+one-day|24-hour|48-hour|indefinite|to)\s+$/ },
  { name: 'not-armed-strike', triggers: ['strike', 'strikes'], before: /\barmed["”']?\s+["“']?$|\barmed\s+$/ },
  { name: 'not-strike-by-workers', triggers: ['strike', 'strikes'], after: /^\s+(by|of)\s+(teachers|workers|doctors|nurses|peasants|students|miners|truckers|drivers|employees|staff|unions?|pilots|farmers|coca\s+growers)\b/ },
  { name: 'not-shot-noun', triggers: ['shot'], before: /\b(a|big|long|parting|mug|booster|flu|best|free|first|cheap|snap|screen|warning)\s+$/ },
  { name: 'not-hit-market', triggers: ['hit', 'hits', 'struck'], after: /^\s+(the\s+)?(market|markets|shelves|headlines|stores|theaters|theatres|screens|record|high|low|ground\s+running|jackpot|target|roof|road|button|bottom|wall|home|back|rock\s+bottom|\d+(\.\d+)?\s*(%|percent|per\s+cent))\b/ },
  // (and a flop: "the sequel was a bomb at the box office")
  { name: 'not-bomb-threat', triggers: ['bomb', 'bombs', 'bombed'], after: /(?:^\s+(threat|threats|scare|scares|hoax|squad|disposal|experts?|technicians?|sniffing|detector|shelter|shelters|maker|makers|making|factory|plot|plots)\b)|(?:^\s+(the\s+)?(exam|test|interview|audition|box\s+office|at\s+the\s+box\s+office)\b)/ },
  // (and a contest in an institution: "a bruising battle in parliament", "the fight in the courts")
  { name: 'not-price-war', triggers: ['battle', 'battles', 'fighting', 'fought', 'combat', 'confrontation', 'clash', 'clashes', 'clashed', 'fight'], after: /(?:^\s+(over|against|for|to\s+(win|save|keep|control)|with\s+(cancer|illness|disease|addiction|depression|the\s+(virus|disease|illness|budget|fire)))\b(?![^.]{0,40}\b(killed|dead|wounded|troops|rebels|soldiers|army|gunfire|guerrillas|militants|insurgents)\b))|(?:^\s+(?:in|inside|at)\s+(?:the\s+)?(?:parliament|congress|senate|courts?|the\s+polls|polls|house|commons|lords|committee|boardroom|chamber|assembly|legislature|ballot\s+box|supreme\s+court)\b)/ },
  { name: 'not-fighting-disease', triggers: ['fighting', 'combat', 'battle'], after: /^\s+(corruption|poverty|crime|inflation|fires?|wildfires?|disease|cancer|the\s+virus|covid|drug\s+trafficking|terrorism|hunger|climate)\b/ },
  { name: 'not-fought-alongside', triggers: ['fought', 'fighting', 'fight'], after: /^\s+(alongside|on\s+the\s+side\s+of|side\s+by\s+side)\b/ },
  { name: 'not-sustained-offensive', triggers: ['offensive', 'military operation', 'security operation', 'counterinsurgency operation'], before: /\b(sustained|ongoing|long-running|months-long|year-long|years-long|wider|broader|general|nationwide|protracted)\s+$/ },
  { name: 'not-campaign-offensive', triggers: ['offensive'], after: /^\s+against\s+(it|them|the\s+(group|militants|insurgents|jihadists|rebels|guerrillas))\b/ },
  // (and a place that has long been the scene of fighting)
  { name: 'not-ongoing-struggle', triggers: ['fighting', 'fought', 'battle', 'battling', 'clashes', 'battles', 'attacks', 'violence', 'bombings', 'kidnappings', 'killings'], before: /(?:\b(has|have|had)\s+been\s+$|\b(years?|decades?|months?)\s+of\s+$)|(?:\b(has|have|had)\s+(long\s+)?been\s+(the\s+|a\s+)?(scene|theat(?:er|re)|site|cent(?:er|re)|hotbed|stage)\s+of\s+([\w-]+\s+){0,2}$)/ },
  // a contest or campaign of words, courts or markets: "a legal battle", "a charm offensive", "out of combat"
  { name: 'not-figurative-contest', triggers: ['battle', 'battles', 'fight', 'fighting', 'clash', 'clashes', 'confrontation', 'offensive', 'combat', 'action'], before: /(?:\b(legal|court|political|custody|verbal|diplomatic|electoral|price|bidding|takeover|ratings|bitter\s+legal|uphill|public\s+relations)\s+$)|(?:\b(charm|diplomatic|media|peace|public\s+relations|political|propaganda|legal|sales|marketing)\s+$)|(?:\b(out\s+of)\s+$)/ },
  // (and hit by hard times or a vehicle: "hit hard by the recession", "struck by a car")
  { name: 'not-accident', triggers: ['killed', 'wounded', 'injured', 'hit', 'struck', 'died'], after: /(?:^[^.;]{0,60}\b(accident|crash|crashed|collided|collision|hit\s+by\s+(another|a|an|the)\s+(car|truck|bus|vehicle|train|lorry)|(car|truck|bus|vehicle|train)\s+was\s+hit\s+by\s+(another|a)\s+(car|truck|bus|vehicle))\b)|(?:^\s+(hard\s+)?by\s+(the\s+)?(inflation|recession|crisis|drought|floods?|sanctions|pandemic|virus|covid|earthquake|storm|hurricane|typhoon|cyclone|price|prices|tariffs?|downturn|slump|shortages?|lightning|a\s+car|a\s+truck|a\s+bus|a\s+train|another\s+(car|truck|bus|vehicle))\b)/ },
  // (and a raid to arrest or search: "raided the house to arrest")
  { name: 'not-search-raid-seized', triggers: ['raid', 'raided', 'raids'], after: /(?:^[^.;]{0,80}\b(seized|confiscated|arrested|detained|searched|impounded)\b)|(?:^[^.;]{0,50}\bto\s+(try\s+to\s+)?(arrest|capture|search|find|locate|look\s+for|seize\s+(drugs|cocaine|documents|weapons))\b)/ },
  { name: 'not-disaster', triggers: ['hit', 'hits', 'struck', 'killed', 'killing', 'wounded', 'injured', 'destroyed', 'landed'], before: /\b(storm|hurricane|cyclone|typhoon|earthquake|quake|flood|floods|flooding|landslide|tornado|wildfire|virus|disease|epidemic|pandemic|drought|lightning|avalanche|tsunami|heatwave|heat\s+wave|mudslide)s?\b[^.;]{0,40}$/ },
  { name: 'not-adjectival-participle', triggers: ['murdered', 'killed', 'kidnapped', 'abducted', 'assassinated', 'wounded', 'injured'], before: /\b(the|these|those|of|for|whose|two|three|\d+)\s+$/, after: /^\s+(priests?|people|journalists?|men|women|children|students?|activists?|leaders?|victims?|soldiers?|policemen|officials?|civilians?|hostages?|relatives|family|families)\b(?!\s+(were|was|had|have|in|by|on|at))/ },
  { name: 'not-solved-case', triggers: ['assassinations', 'assassination', 'killings', 'killing', 'murders', 'murder', 'kidnappings', 'kidnapping', 'massacre'], after: /^[^.;]{0,40}\b(cleared\s+up|solved|unsolved|remain\s+unpunished|impunity|investigat(?!ors?\b)\w*|trial|case)\b/ },
  { name: 'not-copular-metaphor', triggers: ['bomb', 'attack', 'massacre', 'explosion', 'blast', 'assassination', 'ambush', 'raid'], before: /\b(plan|budget|policy|decision|bill|law|move|measures?|proposal|reform|taxe?s?|deal|announcement|ruling|verdict|result|news|speech|book|film|album|game|it|this|that)\s+(was|is|were|are|would\s+be|will\s+be|amounts\s+to|amounted\s+to)\s+["“]?(a|an|the)?\s*(political\s+|real\s+|total\s+|ticking\s+)?$/ },
  // (and a sentence the state carries out: "executed by lethal injection", "executed … for the 1998 murder")
  { name: 'not-executed-plan', triggers: ['executed'], after: /(?:^\s+(?:it\b|(?:(?:a|the|an|its|his|their)\s+)?(plan|order|orders|contract|contracts|trade|trades|deal|strategy|program|programme|transaction|transactions|warrant|search\s+warrant|will|document)\b))|(?:^[^.;]{0,80}\b(?:lethal\s+injection|death\s+row|sentenced|death\s+sentences?|convicted|electric\s+chair|gallows|by\s+hanging|for\s+(?:the\s+|his\s+|her\s+)?(?:\d{4}\s+)?(?:murders?|killings?|crimes?|rapes?))\b)/ },
  { name: 'not-interception', triggers: ['shot', 'downed', 'shooting', 'destroyed', 'knocked down'], after: /^\s+(?:down\s+)?(?:(?:\d+|[a-z]+)\s+(?:of\s+(?:the\s+)?(?:\d+|[a-z]+)\s+)?)?(?:[\w-]+\s+){0,3}(?:drones?|missiles?|rockets?|uavs?|projectiles|shaheds?|cruise\s+missiles)\b/ },
  // a violent verb with an object it cannot hurt: "destroyed coca crops", "sabotaged the talks", "shot down the idea",
  // "killed the bill", "destroyed its last weapons", "blew up the ceasefire talks"
  { name: 'not-figurative-object', triggers: ['destroyed', 'downed', 'knocked down', 'sabotage', 'sabotaged', 'shooting', 'shot', 'shoot', 'killed', 'killing', 'kills', 'blew up', 'blown up'], after: /(?:(?:^\s+(the\s+)?(coca|crops?|fields?|plantations?|drugs?|cocaine|laboratory|laboratories|evidence|documents?|records?|files?|career|careers|chances|hopes|reputation|confidence|lives\s+of|livelihoods?|futures?|marriage|friendship)\b)|(?:^\s+(the\s+)?(talks|negotiations|peace|process|deal|elections?|efforts?|campaign|plan|economy|plans)\b)|(?:^\s+down\s+(the|a|an|his|her|their|its|any)?\s*(plan|plans|idea|ideas|proposal|proposals|bill|rumou?rs?|reports?|claims?|suggestions?|notion|motion|argument|arguments|criticism)\b))|(?:^\s+(?:off\s+)?the\s+(bill|deal|plan|proposal|idea|motion|project|story|show|mood|hopes?)\b)|(?:^\s+(?:(?:its|their|all\s+(?:its|their)|part\s+of\s+(?:its|their))\s+(?:(?:last|remaining|own|old)\s+)?|(?:the\s+)?(?:seized|confiscated|surrendered|handed-in|obsolete|old)\s+)(?:weapons?|arms|guns|rifles|stockpiles?|arsenals?|ammunition|munitions|mines|landmines|explosives)\b)|(?:^\s+(?:the\s+|any\s+|a\s+)?(?:peace\s+)?(?:talks|deal|ceasefire|cease-fire|truce|negotiations?|agreement|accord|process|chances?|hopes?|coalition|alliance|relationship|consensus|plan|budget)\b)/ },
  { name: 'not-murder-trial', triggers: ['murder', 'assassination', 'killing of'], after: /^\s+(trial|trials|charge|charges|case|cases|suspect|suspects|conviction|convictions|investigation|inquiry|probe|plot|plots|attempt)\b/ },
  // everyday senses of single words (senses.ts has the sentence- and article-level ones)
  { name: 'not-murder-charge', triggers: ['murder', 'murders', 'killing', 'killings', 'assassination'], before: /\b(?:charges?|counts?|convicted|guilty)\s+of\s+$/ },
  // a comparison: "a loud bang, like a bomb going off", "it looked as if a bomb had hit it"
  { name: 'not-simile', triggers: ['bomb', 'bombs', 'explosion', 'blast', 'earthquake', 'war zone', 'massacre', 'battle', 'battlefield', 'attack', 'shooting', 'gunfire', 'hit', 'exploded', 'went off', 'struck'], before: /\b(?:like|as\s+if|as\s+though|resembl(?:ed|ing|es)|sounded\s+like|looked\s+like)\s+(?:(?:a|an)\s+(?:[\w-]+\s+)?|(?:a|an)\s+[\w-]+\s+had\s+|[\w-]+\s+had\s+)?$/ },
  // "France has been hit by a wave of Islamist attacks since 2015": hit by a series tells a tally, not an incident
  { name: 'tally-hit-by-series', triggers: ['hit', 'hits', 'struck'], after: /^\s+(?:hard\s+)?by\s+(?:a\s+)?(?:wave|series|spate|string|succession|number|run)\s+of\b/ },
  // "banned private fireworks after clashes with emergency services in previous years": incidents of past years, named as a reason
  // (and a person hurt in an earlier, unspecified or similar incident: "injured by police in an earlier protest", "three
  // soldiers were killed in a similar blast in Lamu county", "was targeted by a similar attack in January")
  { name: 'background-previous-years', triggers: ['clashes', 'clash', 'attacks', 'attack', 'fighting', 'bombings', 'killings', 'shootings', 'riots', 'violence', 'injured', 'wounded', 'killed', 'shot', 'attacked', 'beaten', 'arrested', 'targeted', 'hit', 'struck'], after: /(?:^[^.;]{0,60}\b(?:in|over|during)\s+(?:previous|past|recent|earlier|prior|former)\s+(?:years|decades|seasons|summers|winters|elections)\b)|(?:^[^.;]{0,40}\b(?:in|by)\s+(?:an?\s+)?(?:earlier|previous|prior|past|similar)\s+(?:[\w-]+\s+)?(?:protests?|incidents?|attacks?|clash(?:es)?|demonstrations?|rally|rallies|unrest|blasts?|bombings?|explosions?|ambush(?:es)?|raids?)\b)/ },
];

/**
 * Modality: a trigger is not an event when the clause before it makes it a
 * threat, plan, condition, negation or denial. Tested on the lower-cased
 * text from the start of the clause to the trigger.
 */
export interface ModalityRule {
  name: string;
  before: RegExp;
  /** Where `before` is tested: the trigger's own clause, or the 200 characters before it (the default). */
  reach?: 'clause';
}

export const MODALITY: ModalityRule[] = [
  { name: 'modal-future', reach: 'clause', before: /\b(would|will|shall|could|might|may|must|should|can|cannot|can't|won't|wouldn't|'ll|going\s+to|about\s+to|ready\s+to|able\s+to|likely\s+to|set\s+to|due\s+to)\s+(\w+\s+){0,3}$/ },
  { name: 'threat', before: /\b(threat(en|ens|ened|ening)?|threats)\s+(to|of|that)\b[^;]{0,60}$/ },
  { name: 'plan', reach: 'clause', before: /\b(plan(s|ned|ning)?|plot(s|ted|ting)?|intend(s|ed)?|prepar(e|es|ed|ing)|vow(s|ed)?|pledg(e|es|ed)|promis(e|es|ed)|sought|seek(s|ing)?|wants?|wanted|call(s|ed)?\s+for|urg(e|es|ed)|order(s|ed)?|decid(e|es|ed)|aim(s|ed)?|tried|try|trying|attempt(s|ed)?|conspir(e|ed|acy)|warn(s|ed)?\s+(of|against|that))\s+(\w+\s+){0,4}$/ },
  // (and a generic condition: "whenever", "every time", "when there is")
  { name: 'conditional', before: /(?:\b(if|unless|in\s+case|whether|should\s+they|lest)\b[^,;]{0,60}$)|(?:\b(whenever|when\s+there\s+(is|are)|every\s+time)\b[^.]*$)/ },
  // (and no sign of it: "no evidence of sabotage", "no suggestion of an attack")
  { name: 'negated', reach: 'clause', before: /(?:\b(not|never|no\s+longer|didn't|did\s+not|wasn't|weren't|hasn't|haven't|without)\s+(\w+\s+){0,2}$)|(?:\bno\s+(?:suggestion|signs?|evidence|indications?|hint)\s+(?:\w+\s+){0,3}?of\s+(?:an?\s+)?$)/ },
  { name: 'denied', before: /\b(den(y|ies|ied|ying)|rejected\s+claims\s+(of|that)|dismissed\s+reports\s+of)\b[^.;]{0,80}$/ },
  { name: 'prevented', before: /\b(foil(s|ed|ing)?|thwart(s|ed|ing)?|prevent(s|ed|ing)?|avert(s|ed|ing)?|stop(s|ped|ping)?|disrupt(s|ed|ing)?|head(s|ed|ing)?\s+off|ward(s|ed|ing)?\s+off)\s+(a|an|the|two|three|several|any|further)?\s*(\w+\s+){0,3}$/ },
  { name: 'generic-such', reach: 'clause', before: /\b(such|any|future|further|possible|potential|more|new\s+wave\s+of|similar|retaliatory|alleged\s+plans?\s+for|frequent|constant|recurring|occasional|sporadic)\s+(\w+\s+){0,1}$/ },
  { name: 'tolerate', reach: 'clause', before: /\b(tolerate|condemn(s|ed)?\s+all|against|fear(s|ed)?\s+of|risk\s+of|wave\s+of\s+fear\s+of)\s+(\w+\s+){0,1}$/ },
  { name: 'responsible-for-trial', before: /\b(trial|trying|tried|prosecut(?!ors?\b)\w*|sentenc\w*|convict\w*|accused|charged|imprisonment|years\s+for|responsible\s+for\s+the)\b[^.;]{0,80}$/ },
  { name: 'present-habitual', before: /\b(are|is|get|gets|often|usually|routinely|regularly|repeatedly|frequently|continue\s+to|continues\s+to|keep\s+on|keeps\s+on|used\s+to|tend\s+to|tends\s+to)\s+(\w+ly\s+)?$/ },
  // (and a threat's own words: "the emails … claimed that explosive devices had been placed in the buildings")
  { name: 'rumour', before: /\b(rumou?rs?|rumou?red|hoax|false\s+alarm|fake\s+news|unconfirmed\s+reports?\s+that)\b[^.;]{0,50}$|\b(?:e-?mails?|letters?|callers?|phone\s+calls?|anonymous\s+calls?|messages)\b[^.;]{0,120}\b(?:claimed|said|warned|stated)\s+that\s+[^.;]{0,30}$/ },
  { name: 'seized-weapons', before: /\b(seized|confiscated|found|recovered|discovered|defused|deactivated|dismantled|cache|caches|arsenal|stockpile|(?<!\barmed\s+with\s+(?:[\w-]+\s+){0,3})launchers?|possession\s+of|smuggl\w*|manufactur\w*|bought|ordered|purchase\w*|equipped\s+with)\b[^.;]{0,60}$/ },
  { name: 'story-of', before: /\b(film|movie|book|novel|documentary|play|series|song|insurance|premiums?|exhibition|museum|memorial|drill|exercise|simulation|simulat(?:e|es|ed|ing)|mock|video\s+game)\b[^.;]{0,40}$/ },
  { name: 'investigation', before: /\b(investigat(?!ors?\b)\w*|inquiry\s+into|probe\s+into|solv\w*|clear(ed)?\s+up|case\s+of|cases\s+of|responsible\s+for|charged\s+with|accused\s+of|convicted\s+of|suspects?\s+in)\b[^.;]{0,80}$/ },
  // "Regional officials initially said Gure had been wounded": a first account since corrected, not another incident
  { name: 'initial-report', before: /\b(?:initially|originally|at\s+first|first|earlier)\s+(?:said|reported|claimed|stated|announced|believed|thought)\b[^.;]{0,60}$/ },
  // "Al-Shabaab … frequently targets local officials, lawmakers and government employees in bombings and shootings"
  // (and a group's record: "the TTP, which has carried out most of the attacks on security forces")
  { name: 'habitual-clause', before: /(?:\b(?:frequently|often|regularly|routinely|repeatedly|usually|typically|habitually)\s+(?:[\w'’-]+,?\s+){1,10}$)|(?:\b(?:which|who|that)\s+(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:carried\s+out|claimed|staged|launched|conducted|been\s+behind|been\s+blamed\s+for|been\s+responsible\s+for)\s+(?:most|many|several|dozens|hundreds|scores|a\s+series|a\s+string|a\s+wave)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$)/ },
  // "sentenced … for their role in the killing of civilians", "had taken part in the murder of 96 young men": a crime judged or
  // admitted, not an incident told; "passed off as guerrillas killed in combat": what was pretended
  { name: 'role-in', before: /(?:\b(?:role|roles|part|involvement|participation|complicity|hand)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$)|(?:\b(?:passed\s+(?:[\w-]+\s+){0,3}?off\s+as|(?:falsely\s+)?(?:presented|disguised|staged|dressed\s+up)\s+(?:[\w-]+\s+){0,3}?as)\s+(?:[\w-]+\s+){0,4}$)/ },
  // "20 km from the place where a military convoy was ambushed last Wednesday": the clause places the incident by another one
  { name: 'where-reference', before: /\b(?:the\s+(?:place|spot|site|area|scene|same\s+place|same\s+spot)\s+where|near\s+where|from\s+where|close\s+to\s+where|not\s+far\s+from\s+where)\s+[^.;]{0,60}$/ },
  // (and the years since it: "Ten years after the Madrid train bombings")
  { name: 'anniversary', before: /(?:\b(anniversary|commemorat\w*|memory|mourn\w*|remember\w*|since\s+the|victims\s+of)\b[^.;]{0,40}$)|(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+years\s+(?:after|since|on\s+from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$)/ },
];

/** Words before a nominal trigger that make it refer back to a known incident. */
export const ANAPHORA = /\b(the|this|that|these|those|its|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|yesterday's|today's|latest|last\s+night's|same|said)\s+(\w+[-\s]){0,2}$/;

/** A tally of several incidents. */
export const AGGREGATE_BEFORE = /\b(\d+(st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|dozens\s+of|hundreds\s+of|series\s+of|wave\s+of|string\s+of|spate\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|several|numerous|repeated|recent|the)\s+(\w+[-\s]){0,2}$/;
export const AGGREGATE_SENTENCE = /\b(since\s+(\w+\s+){0,3}(january|february|march|april|may|june|july|august|september|october|november|december|took\s+office|the\s+start|the\s+beginning|\d{4})|so\s+far\s+this\s+year|this\s+year|in\s+a\s+row|in\s+recent\s+(weeks|months|years)|over\s+the\s+(past|last)|in\s+the\s+first\s+(\w+\s+){0,2}(months?|weeks?|quarter|half)|since\s+the\s+start\s+of\s+the\s+(year|month))\b/;

/** Type cues found in the sentence around a mention: the more specific type they name. */
export interface TypeCue {
  name: string;
  pattern: RegExp;
  type: EventType;
}

export const TYPE_CUES: TypeCue[] = [
  { name: 'cue-air', pattern: /\b(air\s*strikes?|airstrikes?|drone\s+strikes?|drones?\s+(struck|hit|slammed|crashed|exploded|attacked|bombed|dropped)|drones?\s+(?:loaded|laden|packed|armed)\s+with\s+(?:explosives|bombs|grenades)|warplanes?|fighter\s+jets?|jets|helicopter\s+gunships?|attack\s+helicopters?|aircraft\s+(bombed|struck|attacked|fired)|air\s+force\s+(bombed|struck|attacked)|bombing\s+raids?|air\s+raids?)\b/, type: 'air_strike' },
  // not a rocket-propelled grenade or a rocket launcher (multiple rocket launchers shell), nor heavy arms beside small arms or
  // machine guns (a clash: "attacked the base with mortars and small arms"; "with mortar and rifles" stays shelling, as MUC-4 codes it)
  {
    name: 'cue-shelling',
    pattern: /(?<!(?:small[- ]arms?|machine[- ]guns?|gunfire)\s+and\s+)\b(rockets?(?!-|\s+launchers?\b)|multiple\s+rocket\s+launchers?|mortars?|mortar\s+rounds?|shells|shelling|artillery|missiles?|katyusha)\b(?!\s+and\s+(?:small[- ]arms?|machine[- ]guns?|gunfire|heavy\s+machine[- ]guns?))/,
    type: 'shelling',
  },
  { name: 'cue-bomb', pattern: /\b(bombs?|car\s+bombs?|roadside\s+bombs?|ieds?|improvised\s+explosive|explosive\s+devices?|explosives|dynamite|landmines?|land\s+mines?|mines?|detonated|exploded|explosion|blast|tnt|an-fo|anfo|petards?)\b/, type: 'bombing' },
  { name: 'cue-clash', pattern: /\b(clash(es|ed)?|gun\s*battles?|firefights?|exchange\s+of\s+fire|exchanged\s+fire|fighting\s+between|skirmish(es)?)\b/, type: 'armed_clash' },
  { name: 'cue-gun', pattern: /\b(gunmen|opened\s+fire|shot\s+dead|gunned\s+down|machine-?gunned|shot|stabbed|ambush(ed)?|stormed)\b/, type: 'armed_assault' },
  { name: 'cue-kidnap', pattern: /\b(kidnap\w*|abduct\w*|hostages?)\b/, type: 'abduction' },
];

/** Clause boundaries for the modality window. */
export const CLAUSE_BREAK = /(?:[;:()\[\]"“”]|,\s|\s[-–—]\s|\b(?:and|but|while|as|after|before|when|because|which|who|that)\s)/g;
