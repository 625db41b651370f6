// Corpus of the actors extractor and of the roles the pipeline gives actors:
// sentences (many from /work/shared/corpus: the AFP Balad story, MUC-4 TST4
// messages, and upper-case MUC-3 dev wires) run through the public
// `extract(text, {published})`, or through findActors / findResponsibility /
// findReporters where the actor dictionary itself is the unit under test.
// Positive cases name the attackers (an exact set), targets that must be there,
// responsibility and reporters; negative cases name what must NOT come out
// (a reporter or a sayer as a party, a person or a place taken for an actor).
// Convention (as MUC-4 codes PERP ORGANIZATION and PERP INDIVIDUAL apart): "FARC
// rebels" gives two attackers, FARC and rebels, unless the dictionary has the
// whole phrase as an alias ("FMLN urban guerrillas").
// `backlog` holds known failures, not run, each with the reason.
import type { Corpus, CorpusCase } from './types.js';
import type { Actor, ActorKind, EventRecord, Responsibility } from '../../src/core/types.js';
import { extract } from '../../src/core/index.js';
import { findActors, findReporters, findResponsibility } from '../../src/core/extract/actors/index.js';

export interface ActorExpect {
  /** Normalized name. */
  name: string;
  /** Span text (`text.slice(start, end)`), checked when given. */
  text?: string;
  kind?: ActorKind;
  country_code?: string | null;
  affiliation?: string | null;
  attributed?: boolean;
  /** findActors only: a credited source (monitor, agency), not a party. */
  source?: boolean;
}

export interface Expect {
  /** `extract` (default): the events of the public pipeline; `actors`: findActors; `responsibility`: findResponsibility; `reporters`: findReporters. */
  unit: 'extract' | 'actors' | 'responsibility' | 'reporters';
  /** extract: index of the event checked (default 0). */
  event?: number;
  /** extract: the exact set of attackers, by name. */
  attackers?: ActorExpect[];
  /** extract: targets that must be among the event's targets. */
  targets?: ActorExpect[];
  responsibility?: Responsibility;
  /** extract: the event's reported_by, exactly. */
  reported_by?: string[];
  /** extract: names or span texts that no event may have as attacker or target. */
  notParties?: string[];
  /** extract: names or span texts that no event may have as attacker. */
  notAttackers?: string[];
  /** extract: there must be no event at all. */
  noEvents?: boolean;
  /** actors: mentions that must be found (by text when given, else by name). */
  mentions?: ActorExpect[];
  /** actors: span texts that must not be (non-source) actor mentions, nor part of one. */
  absent?: string[];
  /** responsibility: the cues, exactly, with the actor each names (null for none). */
  cues?: { value: Responsibility; actor: string | null }[];
  /** reporters: the reporter names, exactly. */
  reporters?: string[];
}

type Case = CorpusCase<Expect>;
type Opt = Partial<ActorExpect>;

const A = (name: string, more: Opt = {}): ActorExpect => ({ name, ...more });
const PUB = '2021-04-04';
const MUC = '1988-09-01';
const ev = (text: string, e: Omit<Expect, 'unit'>, note?: string, published = PUB): Case => ({ text, published, expect: { unit: 'extract', ...e }, ...(note ? { note } : {}) });
const muc = (text: string, e: Omit<Expect, 'unit'>, note?: string): Case => ev(text, e, note, MUC);
const negEv = (text: string, e: Omit<Expect, 'unit'>, note?: string, published = PUB): Case => ({ ...ev(text, e, note, published), negative: true });
const act = (text: string, mentions: ActorExpect[], absent: string[] = [], note?: string): Case => ({ text, expect: { unit: 'actors', mentions, absent }, ...(note ? { note } : {}) });
const negAct = (text: string, absent: string[], mentions: ActorExpect[] = [], note?: string): Case => ({ ...act(text, mentions, absent, note), negative: true });
const cue = (text: string, cues: { value: Responsibility; actor: string | null }[], note?: string): Case => ({ text, expect: { unit: 'responsibility', cues }, ...(note ? { note } : {}) });
const rep = (text: string, reporters: string[], note?: string): Case => ({ text, expect: { unit: 'reporters', reporters }, ...(note ? { note } : {}) });

const US = (text: string, kind: ActorKind = 'state') => A('United States', { text, kind, country_code: 'US' });

const cases: Case[] = [
  // ---- AFP Balad airbase story (real) ----
  ev('Two rockets hit near an Iraqi airbase hosting US soldiers north of Baghdad on Sunday, three days ahead of a new “strategic dialogue” with Washington, a security source told AFP.',
    { attackers: [], targets: [A('Iraqi airbase', { kind: 'facility', country_code: 'IQ' }), US('US soldiers', 'military')], reported_by: ['security source', 'AFP'], notParties: ['Washington', 'AFP'] },
    'US soldiers are the target; Washington (the dialogue partner) and AFP (the reporter) are no party'),
  ev('There was no immediate claim of responsibility for the strike at Balad airbase, which caused no casualties or property damage, but the US routinely blames Iran-linked Iraqi factions for such attacks on its troops and diplomats.',
    { attackers: [], responsibility: 'unclaimed', targets: [A('Balad airbase', { kind: 'facility' })], notAttackers: ['Iran-linked Iraqi factions', 'United States'] },
    'a habitual blame is about no incident in particular'),
  act('There was no immediate claim of responsibility for the strike at Balad airbase, but the US routinely blames Iran-linked Iraqi factions for such attacks on its troops and diplomats.',
    [US('the US'), A('Iran-linked Iraqi factions', { text: 'Iran-linked Iraqi factions', kind: 'armed_group', country_code: 'IQ', affiliation: 'IR' })]),
  ev('In February, the US carried out a raid against pro-Iranian Iraqi fighters in Syria.',
    { attackers: [US('the US')], targets: [A('pro-Iranian Iraqi fighters', { kind: 'armed_group', country_code: 'IQ', affiliation: 'IR' })], notParties: ['Syria'] }),
  ev('But both sides are wary after a previous escalation in January 2020, sparked by the US assassination of top Iranian general Qasem Soleimani, took the arch-enemies to the brink of war.',
    { attackers: [US('the US')], targets: [A('Qasem Soleimani', { text: 'Qasem Soleimani', kind: 'military', country_code: 'IR' })] },
    'a named assassination victim as target'),
  ev('Sunday’s was the 14th attack against American interests — including troops, the Baghdad embassy or Iraqi supply convoys to foreign forces — since US President Joe Biden took office in January.',
    { targets: [US('American interests')], notParties: ['Joe Biden', 'US President'] }),
  ev('Two Americans and an Iraqi civilian have been killed in the attacks.',
    { attackers: [], targets: [A('Iraqi civilian', { kind: 'civilians', country_code: 'IQ' })] }),
  negEv('Joe Biden’s administration has stressed that the action was meant as a warning and to avoid further escalation of tensions between Tehran and Washington.',
    { notParties: ['Joe Biden', 'Joe Biden’s administration', 'Iran', 'United States'] }, "Biden's administration stressed: a sayer, not an attacker"),
  negAct('Joe Biden’s administration has stressed that the action was meant as a warning and to avoid further escalation of tensions between Tehran and Washington.',
    ['Joe Biden', 'administration'], [A('Iran', { text: 'Tehran', kind: 'state', country_code: 'IR' }), US('Washington')], 'Tehran and Washington are states here, not places'),
  act('The Syrian Observatory for Human Rights war monitor reported 22 of them had died, while the Pentagon reported just one death.',
    [A('Syrian Observatory for Human Rights', { text: 'The Syrian Observatory for Human Rights', source: true }), US('the Pentagon')]),
  rep('The Syrian Observatory for Human Rights war monitor reported 22 of them had died, while the Pentagon reported just one death.', ['Syrian Observatory for Human Rights', 'Pentagon']),
  act('Qais al-Khazali, a senior pro-Iran figure in the state-sponsored Hashed al-Shaabi paramilitary force, recently declared that the “resistance” was carrying out attacks.',
    [A('Hashed al-Shaabi', { text: 'Hashed al-Shaabi', kind: 'armed_group', country_code: 'IQ' })]),
  act('The latest attack came as Washington prepares to launch a strategic dialogue with the government of Prime Minister Mustafa al-Kadhemi, who has regularly received threats from pro-Iran factions.',
    [US('Washington'), A('Mustafa al-Kadhemi', { kind: 'government' }), A('pro-Iran factions', { kind: 'armed_group', affiliation: 'IR' })]),
  negEv('Washington on Wednesday extended by several months a sanctions exemption allowing Iraq to import electricity from Iran during the ferociously hot summers when air-conditioning sends demand spiking.',
    { noEvents: true, notParties: ['United States', 'Iran'] }),
  act('Pentagon spokesman John Kirby said Washington wanted to “send a very strong signal that we’re not going to tolerate attacks on our people and our Iraqi partners”.',
    [US('Pentagon'), US('Washington')], ['John Kirby']),
  act('The US, which led a coalition from 2014 to oust the Islamic State group from its self-declared “caliphate” in northern Iraq and Syria, still has some 2,500 troops in Iraq.',
    [US('The US'), A('Islamic State', { text: 'the Islamic State group', kind: 'armed_group' })]),

  // ---- MUC-4 TST4 messages (real, whitespace normalized) ----
  muc('Concepcion, 23 Aug 88 (Santiago Domestic Service) -- [Report] [Miguel Angel Valdebenito] [Text] Police sources have reported that unidentified individuals planted a bomb in front of a Mormon Church in Talcahuano District.',
    { attackers: [A('unidentified individuals', { text: 'unidentified individuals' })], targets: [A('Mormon Church', { kind: 'facility' })], reported_by: ['Police sources'], notParties: ['Police'] }),
  muc('Unidentified individuals detonated a bomb that damaged the windows of the National Vanguard offices and those of the neighboring houses.',
    { attackers: [A('Unidentified individuals')], targets: [A('National Vanguard offices', { kind: 'facility' })] }),
  muc('Santiago, 31 Jul 88 (EL MERCURIO) -- [Text] Rancagua -- The National Vanguard offices in this city were attacked on 29 July at 2220.',
    { attackers: [], targets: [A('National Vanguard offices', { kind: 'facility' })] }, 'passive without agent'),
  muc('According to unofficial sources, a group of terrorists linked to drug trafficking reportedly wounded a police officer in an attack on a police helicopter.',
    { attackers: [A('terrorists', { kind: 'armed_group' })], targets: [A('Police', { kind: 'police' })], reported_by: ['unofficial sources'] }),
  muc('Terrorists also attacked a Civil Guard post in Nuevo Progreso, north of Tingo Maria, Ucayali Department.',
    { attackers: [A('Terrorists')], targets: [A('Police', { text: 'Civil Guard', kind: 'police' })] }),
  muc('According to military reports, Corporal Alexander Molina Granados was killed as he was trying to defuse a mine placed by the insurgents on La Noria Bridge, in San Marcos Lempa.',
    { attackers: [A('insurgents', { kind: 'armed_group' })], targets: [A('Alexander Molina Granados', { kind: 'military' })], reported_by: ['military reports'] }),
  muc('Meanwhile, troops of the Civiplan Battalion killed an FMLN guerrilla in a skirmish on the slopes of La Cruz Hill in Chalatenango Department.',
    { attackers: [A('Army', { text: 'troops', kind: 'military' })], targets: [A('guerrilla', { kind: 'armed_group' })], notAttackers: ['FMLN'] }),
  muc('The police confirmed that unidentified individuals armed with machineguns attacked the Colombian Air Force installations in the capital of Atlantico.',
    { attackers: [A('unidentified individuals')], targets: [A('Colombian Air Force installations', { kind: 'facility', country_code: 'CO' })], reported_by: ['police'], notParties: ['Police'] },
    'the police confirm; they are no party'),
  muc('Guards at the site repelled the attack, which was apparently staged by guerrillas.',
    { attackers: [A('guerrillas')], notAttackers: ['Guards'] }),
  muc('It was also announced that suspected subversives staged another attack on the installations of the battalion stationed in Uraba at Cerro Azul, near Turbo.',
    { attackers: [A('suspected subversives', { kind: 'armed_group' })], targets: [A('installations of the battalion', { kind: 'facility' })] }, 'actor-facility-of-force: the owner, an armed force, stays in the name (the terrorism scope reads it as a military site)'),
  muc('Last night in San Clemente District, 9 km north of Pisco, a group of terrorists dynamited machinery belonging to Albolones Peruanos, Inc.',
    { attackers: [A('terrorists')], targets: [A('machinery', { kind: 'facility' })] }),
  muc('Finally, the Armed Forces reported that the FMLN on Wednesday destroyed ANTEL [National Administration for Telecommunications] installations in San Francisco Chinameca, La Paz Department.',
    { attackers: [A('FMLN', { kind: 'armed_group', country_code: 'SV' })], notAttackers: ['Army'] }, 'the Armed Forces report; they are no party'),
  muc('Bogota, 2 Oct 88 (AFP) -- [Text] Fifteen soldiers were killed today in Colombia during an ambush by FARC communist guerrillas in Caqueta\'s southern jungles, military sources reported from Florencia, the capital in that area of the country.',
    { attackers: [A('FARC', { kind: 'armed_group', country_code: 'CO' }), A('guerrillas')], targets: [A('Army', { text: 'soldiers', kind: 'military' })], reported_by: ['military sources'] }),
  muc('FARC rebels killed 28 soldiers during an ambush in the same area in late 1987.',
    { attackers: [A('FARC')], notAttackers: ['rebels'], targets: [A('Army', { text: 'soldiers' })] }, 'generic-attacker-beside-group: the rebels are the FARC, one party'),
  muc('During this attack, GC Lieutenant Jorge Cieza Lacho was killed by the MRTA terrorists, who also seized large amounts of weapons, ammunition, and grenades.',
    { attackers: [A('MRTA', { kind: 'armed_group', country_code: 'PE' })], notAttackers: ['terrorists'], targets: [A('Jorge Cieza Lacho', { kind: 'military' })] }, 'generic-attacker-beside-group'),
  muc('Another tower destroyed by the terrorists was tower No 430 in the Itahua-Alto Jahuel sector, which is connected to the main electricity network.',
    { attackers: [A('terrorists')] }),
  muc('In the central Andean town of Huancayo, 350 km east of Lima, professor Herminio Parra, who has criticized subversive movements, was shot at the door of his house early in the morning on Saturday by four terrorists who claimed to be his students, his widow Rita Avendano reported.',
    { attackers: [A('terrorists')], targets: [A('Herminio Parra')] }, 'the passive subject before a relative clause'),
  muc('In Paucarbambilla, a locality in Huanuco, two Shining Path members this past weekend machinegunned a civil guard and a pedestrian at the door of a police club, and detonated a car bomb, police sources have reported.',
    { attackers: [A('Shining Path', { kind: 'armed_group', country_code: 'PE' })], targets: [A('Police', { text: 'civil guard' })], reported_by: ['police sources'] }),
  muc('Losses caused by the sabotage, which has been attributed to the ELN, have yet to be ascertained.',
    { attackers: [A('ELN', { attributed: true, kind: 'armed_group', country_code: 'CO' })], responsibility: 'attributed' }),
  muc('San Salvador, 12 Oct 88 (Canal Doce Television) -- [Excerpts] Two bombs set off by FMLN urban guerrillas last night partially destroyed the recently built La Torre de Cristal building on Roosevelt Avenue in San Salvador.',
    { attackers: [A('FMLN', { text: 'FMLN urban guerrillas' })], targets: [A('La Torre de Cristal building', { kind: 'facility' })] }),
  muc('At daybreak today, FMLN guerrillas blew up a power pole at Galera Quemada Canton, Ilobasco jurisdiction.',
    { attackers: [A('FMLN', { text: 'FMLN guerrillas' })], targets: [A('power pole', { kind: 'facility' })] }),
  muc('On 21 August 1988, EPS soldiers kidnapped Honduran citizens Rosalio Mejia Rodriguez and her son Guillermo Saul Mejia Herrera, who were taken to Nicaraguan territory.',
    { attackers: [A('EPS', { text: 'EPS soldiers', kind: 'military', country_code: 'NI' })] }, 'the Sandinista army is a state force: its soldiers are one actor, EPS (military, NI)'),
  muc('Bogota, 17 Oct 88 (DPA) -- [Text] The leftist National Liberation Army (ELN) kidnapped two soldiers in northern Colombia in the past few hours.',
    { attackers: [A('ELN', { kind: 'armed_group' })], targets: [A('Army', { text: 'soldiers' })] }, 'the full name and the acronym are one attacker'),
  muc('Clandestine, 19 Oct 88 (Radio Venceremos) -- [Excerpts] Attention: The Manuel Jose Arce Urban Command has brilliantly sabotaged a commercial building belonging to the bourgeoisie in the Escalon neighborhood, causing heavy economic losses to the idle class.',
    { attackers: [A('Manuel Jose Arce Urban Command', { kind: 'armed_group', country_code: 'SV' })], targets: [A('commercial building', { kind: 'facility' })] }),
  muc('Bogota, 1 Sep 88 (Inravision Television Cadena 1) -- [Text] National Police Director General Jose Guillermo Medina Sanchez confirms that 15 civilians were killed "Tuesday night" in El Tomate, Canaletes Municipality, Cordoba Department, by a gang "possibly belonging to the Popular Liberation Army."',
    // the by-phrase's gang (by-agent, read on the layer); the group it is said to belong to is not read
    { attackers: [A('gang')], targets: [A('civilians', { kind: 'civilians' })], notParties: ['Jose Guillermo Medina Sanchez', 'Police'] }),
  muc('Castilla reports that "Tuesday night, while residents slept or watched television, 30 guerrillas dressed in military uniforms set the shacks on fire, indiscriminately shooting those who ran for their lives."',
    { attackers: [A('guerrillas')], targets: [A('residents', { kind: 'civilians' }), A('shacks', { kind: 'facility' })] }),
  muc('The announcer says the attack is thought to have been carried out by an Army of National Liberation group.',
    { attackers: [A('ELN', { text: 'Army of National Liberation' })], notAttackers: ['Army'] }, 'not the Army'),
  muc('The Lima daily EXPRESO said that the prosecutor disclosed that "after they surrendered, the inmates who had been rioting in the industrial wing of the prison were forced out through a hole in the wall to the back yard, where they were murdered by troops under the command of Republican Guard Lieutenant Oswaldo Marquina."',
    { attackers: [A('Army', { text: 'troops' })], targets: [A('inmates', { kind: 'civilians' })] }),
  muc('This happened only hours after Colonel [Adolfo Arnoldo] Majano\'s bodyguards were murdered.',
    { attackers: [], targets: [A('bodyguards', { kind: 'police' })] }),
  muc('San Salvador, 18 Aug 88 (Canal Doce Television) -- [Excerpt] A judge has ordered the release of former Captain Alvaro Sanabria, who is implicated in the assassination of Msgr Oscar Arnulfo Romero, because of contradictory statements by a key witness.',
    { targets: [A('Oscar Arnulfo Romero', { kind: 'civilians' })], notParties: ['judge'] }, '"Msgr" is a title'),
  muc('The communique says that a few days ago a group of terrorists clashed with the Army in the Chilhua Region, La Mar Province, Ayacucho Department.',
    { attackers: [A('terrorists')], targets: [A('Army', { text: 'the Army', kind: 'military' })] }),
  muc('Military reports state that a National Guard officer was killed while fighting an FMLN attack near Jucuapa.',
    { attackers: [A('FMLN')], targets: [A('Police', { text: 'National Guard', kind: 'police' })] }),
  muc('The terrorist attack was perpetrated at dawn on Saturday, 9 October, by a group of unidentified individuals who hurled a bomb at the home of General Enrique Franco, in the San Borja neighborhood in Lima, from a passing vehicle.',
    { attackers: [A('unidentified individuals')], targets: [A('Enrique Franco', { kind: 'military' })] }),
  muc('The general manager added that the Guatemalan police are in charge of the investigations to find the perpetrators of the attack who, using an unidentified vehicle, hurled two fragmentation grenades at Aeronica\'s regional offices in Guatemala City.',
    { targets: [A('regional offices', { kind: 'facility' })], notAttackers: ['Police', 'police'] }, 'the investigating police are no party'),
  negEv('Also today, Military Prosecutor Fernando Torres Silva met with Supreme Court President Luis Maldonado for 30 minutes to discuss several issues related to cases under Torres\' jurisdiction, such as the attack on General Pinochet and the kidnapping of Colonel Carreno.',
    { notAttackers: ['Fernando Torres Silva', 'Luis Maldonado'] }, 'officials discussing a case are not its attackers', MUC),
  muc('In recent military operations, Armed Forces units killed one rebel, seized 45,000 cartridges and other war materiel, and destroyed an underground hideout.',
    { attackers: [A('Army', { text: 'Armed Forces', kind: 'military' })] }),

  // ---- MUC-3 dev wires (real, upper case: dictionary actors without capitals) ----
  muc('THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS OF VARIOUS AGES HAVE BEEN KIDNAPPED BY TERRORISTS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] IN SAN MIGUEL DEPARTMENT.',
    { attackers: [A('FMLN', { kind: 'armed_group', country_code: 'SV' })], notAttackers: ['TERRORISTS'], targets: [A('PEASANTS', { kind: 'civilians' })] }, 'generic-attacker-beside-group'),
  muc('ELN GUERRILLAS ATTACKED THESE INSTALLLATIONS, WHICH ARE RESPONSIBLE FOR PRODUCING GAS AND PETROLEUM.',
    { attackers: [A('ELN'), A('GUERRILLAS')] }),
  muc('THE ELN KIDNAPPED OLSON, DECLARED HIM A PRISONER OF WAR, AND SENTENCED HIM TO DEATH.',
    { attackers: [A('ELN', { text: 'ELN' })] }),
  muc('FOUR MRTA MEMBERS WERE KILLED BY THE POLICE YESTERDAY.',
    { attackers: [A('Police', { text: 'THE POLICE', kind: 'police' })], targets: [A('MRTA')] }),
  muc('OFFICIAL SOURCES ADDED THAT TWO PARAMILITARY MEN WERE MURDERED BY FMLN UNITS EARLY THIS MORNING IN THE NORTHERN END OF SAN SALVADOR.',
    { attackers: [A('FMLN')] }),
  muc('ANOTHER REPORT INDICATES FMLN FORCES ATTACKED THE AIR FORCE HEADQUARTERS AT APPROXIMATELY 2100 ON 18 MARCH.',
    { attackers: [A('FMLN')], targets: [A('AIR FORCE HEADQUARTERS', { kind: 'facility' })] }),
  muc('CASTELLAR WAS KIDNAPPED BY ELN GUERRILLAS WHILE HE WAS TRAVELING IN A BOAT DOWN THE CAUCA RIVER TO THE TENCHE AREA, A REGION WITHIN HIS JURISDICTION.',
    { attackers: [A('ELN'), A('GUERRILLAS')] }),
  muc('WE KNOW SEVEN PEASANTS WERE MURDERED BY FARC 12TH FRONT MEMBERS.',
    { attackers: [A('FARC')], targets: [A('PEASANTS')], notParties: ['United States'] }),
  muc('THE GUERRILLAS ALSO ATTACKED THE SOLDIERS GUARDING TWO COFFEE MILLS IN SANTIAGO DE MARIA, USULUTAN DEPARTMENT.',
    { attackers: [A('GUERRILLAS')], targets: [A('Army', { text: 'SOLDIERS' })] }),
  cue('THE SELF-STYLED LOS EXTRADITABLES CLAIMED RESPONSIBILITY FOR WHAT THEY TERMED THE EXECUTION OF THE PUBLIC OFFICIAL ON 28 JULY.', [{ value: 'claimed', actor: 'Medellin Cartel' }]),
  negAct('GIRARDO BATTALION OFFICERS, WHO ASKED US NOT TO REVEAL THEIR NAMES, STATED THAT THE REBELS, WHO WERE MEMBERS OF THE FARC 28TH FRONT, ATTACKED TWO TRUCKS FILLED WITH SOLDIERS.',
    ['US'], [A('FARC'), A('REBELS')], '"US" in upper-case text is the pronoun'),
  muc('THE POLICE SAID THAT UNIDENTIFIED GUNMEN SHOT DEAD A JUDGE IN MEDELLIN.',
    { attackers: [A('UNIDENTIFIED GUNMEN', { kind: 'armed_group' })], notAttackers: ['Police'] }),
  muc('US TROOPS ATTACKED THE HEADQUARTERS.', { attackers: [US('US TROOPS', 'military')] }, 'upper-case alias of several words'),
  negAct('HE TOLD US THAT THE ATTACK IS OVER AND THE UN IS NOT INVOLVED.', ['US', 'IS'], [], 'short upper-case aliases need context'),

  cue('The Islamic State Sahel Province (ISSP) claimed the ambush late on Tuesday in a statement.', [{ value: 'claimed', actor: 'Islamic State' }]),
  cue("Al-Shabaab claimed Saturday's bombing in a statement.", [{ value: 'claimed', actor: 'Al-Shabaab' }]),
  cue('Ittehad-ul-Mujahideen Pakistan, an alliance of militant factions formed last year, claimed the bombing in a message to journalists.', [{ value: 'claimed', actor: 'Ittehad-ul-Mujahideen Pakistan' }], 'actor-claimant-named: the name before the apposition'),
  // armed groups of today's conflicts
  ev('RSF paramilitaries shelled the Naivasha market in El Fasher on Sunday.', { attackers: [A('Rapid Support Forces', { kind: 'armed_group', country_code: 'SD', text: 'RSF paramilitaries' })] }),
  ev('M23 rebels attacked Wazalendo positions near Kashuga.', { attackers: [A('M23', { kind: 'armed_group' })], targets: [A('Wazalendo', { kind: 'armed_group' })] }),
  ev('A junta jet bombed a monastery school in Sagaing region.', { attackers: [A('Army', { kind: 'military', text: 'junta' })] }),
  ev('Dozens of Israeli settlers set fire to homes in the village of Qusra.', { attackers: [A('Israeli settlers', { kind: 'unknown' })] }),

  // actor-person-appositive and actor-bare-title: people named with their title after the name, or by the title alone
  act('Héctor Mendoza Loor, the 51-year-old mayor of Jama, was leaving a community meeting.', [A('Héctor Mendoza Loor', { kind: 'government', text: 'Héctor Mendoza Loor' })]),
  act('Fernando Villavicencio, a presidential candidate, was shot dead in Quito.', [A('Fernando Villavicencio', { kind: 'civilians' })]),
  act('Gunmen on a motorcycle shot dead the mayor of a small town on Wednesday.', [A('mayor', { kind: 'government', text: 'mayor' })]),
  negAct('In Manabi Province, the governor said schools would reopen.', ['Manabi Province']),
  negAct('Gunmen killed the mayor Carlos Ruiz outside his home.', ['mayor'], [A('Carlos Ruiz', { kind: 'government' })], 'a title before a name makes a titled person, not a bare title'),

  // facility-compound-skip: a facility word that modifies the next noun
  negAct('The storm caused property damage worth 50,000 pesos and the former minister remains under house arrest.', ['property', 'house']),
  negAct('The bar association condemned the ruling.', ['bar']),
  ev('Gunmen hurled a grenade into a crowded bar in Celaya on Friday.', { attackers: [A('Gunmen')], targets: [A('bar', { kind: 'facility' })] }, '"crowded" ends in -ed: not kept as a modifier'),
  ev('A bomb exploded at a school, causing considerable property damage and affecting nine homes.', { attackers: [], targets: [A('school', { kind: 'facility' }), A('homes', { kind: 'facility' })], notParties: ['property'] }, 'damaged-target: what the damage reached'),

  // ---- state metonyms and forces ----
  ev('The US bombed militia positions near the border.', { attackers: [US('The US')], targets: [A('militia', { kind: 'armed_group' })] }),
  ev('American forces killed two militants in a raid on Tuesday.', { attackers: [US('American forces', 'military')], targets: [A('militants', { kind: 'armed_group' })] }),
  ev('Washington carried out an air strike on an airfield.', { attackers: [US('Washington')], notParties: ['airfield'] }, 'Washington the actor, not the place'),
  ev('The Pentagon said American forces struck a weapons depot on Friday.', { attackers: [US('American forces', 'military')], reported_by: ['Pentagon'] }),
  ev('Iran attacked US bases in Iraq with ballistic missiles.', { attackers: [A('Iran', { kind: 'state', country_code: 'IR' })], targets: [US('US')] }),
  act('Russian warplanes bombed a hospital in Idlib, the Syrian Observatory said.',
    [A('Russia', { text: 'Russian warplanes', kind: 'military', country_code: 'RU' }), A('Syrian Observatory for Human Rights', { text: 'the Syrian Observatory', source: true })], [], 'the Observatory is a source, not a party'),
  ev('Israeli forces raided the Jenin refugee camp, killing three Palestinians.', { attackers: [A('Israel', { text: 'Israeli forces', kind: 'military', country_code: 'IL' })], targets: [A('Jenin refugee camp', { kind: 'facility' })] }),
  ev('Turkish troops shelled Kurdish positions near Afrin.', { attackers: [A('Turkey', { kind: 'military', country_code: 'TR' })] }),
  ev('Iraqi security forces clashed with IS militants in Mosul.', { attackers: [A('Iraq', { text: 'Iraqi security forces', kind: 'military', country_code: 'IQ' })], targets: [A('Islamic State', { text: 'IS militants' })] }),
  ev('Soldiers killed three rebels in a clash near the border.', { attackers: [A('Army', { text: 'Soldiers', kind: 'military' })], targets: [A('rebels')] }, 'a lower-case alias capitalized as the first word'),
  ev('Police shot dead two protesters in the capital.', { attackers: [A('Police', { text: 'Police', kind: 'police' })], targets: [A('protesters', { kind: 'civilians' })] }),
  ev('Two policemen were wounded when gunmen attacked their patrol.', { attackers: [A('gunmen')], targets: [A('Police', { text: 'policemen' })] }),
  ev('A US drone strike killed Iranian general Qasem Soleimani in Baghdad.', { attackers: [US('US')], targets: [A('Qasem Soleimani', { country_code: 'IR' })] }),

  // ---- armed groups and their aliases ----
  ev('IS militants attacked an army checkpoint near Kirkuk on Monday, police said.', { attackers: [A('Islamic State', { text: 'IS militants', kind: 'armed_group' })], targets: [A('army checkpoint', { kind: 'facility' })], reported_by: ['police'], notParties: ['police'] }),
  ev('Daesh fighters stormed a village and killed 12 civilians, according to police.', { attackers: [A('Islamic State', { text: 'Daesh' })], notAttackers: ['fighters'], targets: [A('civilians')], reported_by: ['police'] }),
  ev('ISIS gunmen killed five soldiers.', { attackers: [A('Islamic State', { text: 'ISIS' })], notAttackers: ['gunmen'], targets: [A('Army')] }),
  ev('IS claimed the attack on the checkpoint.', { attackers: [A('Islamic State', { text: 'IS' })], responsibility: 'claimed', targets: [A('checkpoint')] }),
  ev('Islamic State claimed responsibility for the attack on the checkpoint.', { attackers: [A('Islamic State')], responsibility: 'claimed', targets: [A('checkpoint')] }),
  ev('The attack was claimed by the Islamic State group.', { attackers: [A('Islamic State', { text: 'the Islamic State group' })], responsibility: 'claimed' }),
  ev('Daesh claimed the attack.', { attackers: [A('Islamic State')], responsibility: 'claimed' }),
  ev('Hashd al-Shaabi units shelled IS positions.', { attackers: [A('Hashed al-Shaabi', { text: 'Hashd al-Shaabi', country_code: 'IQ' })] }),
  ev('Popular Mobilisation Forces fighters attacked a camp.', { attackers: [A('Hashed al-Shaabi', { text: 'Popular Mobilisation Forces' })], notAttackers: ['fighters'], targets: [A('camp')] }),
  ev('Al-Shabaab militants attacked a hotel in Mogadishu, killing 15 people.', { attackers: [A('Al-Shabaab', { country_code: 'SO' })], notAttackers: ['militants'], targets: [A('hotel')] }, 'generic-victims-beside-target: "people" adds nothing to the hotel'),
  ev('Al-Shabaab claimed responsibility for the bombing in Mogadishu.', { attackers: [A('Al-Shabaab')], responsibility: 'claimed' }),
  ev('Boko Haram fighters killed 30 villagers in Borno state, a local official said.', { attackers: [A('Boko Haram', { country_code: 'NG' })], notAttackers: ['fighters'], targets: [A('villagers', { kind: 'civilians' })], reported_by: ['local official'] }),
  ev('Police blamed the attack on Boko Haram.', { attackers: [A('Boko Haram', { attributed: true })], responsibility: 'attributed', notAttackers: ['Police'] }),
  ev('Sendero Luminoso guerrillas ambushed an army patrol near Ayacucho.', { attackers: [A('Shining Path', { text: 'Sendero Luminoso', country_code: 'PE' }), A('guerrillas')], targets: [A('Army', { text: 'army patrol' })] }),
  ev('The Farabundo Marti National Liberation Front attacked a military garrison.', { attackers: [A('FMLN', { text: 'Farabundo Marti National Liberation Front' })] }),
  ev('FARC guerrillas kidnapped a mayor in Antioquia.', { attackers: [A('FARC'), A('guerrillas')] }),
  ev('The ELN claimed responsibility for the attack on the pipeline.', { attackers: [A('ELN')], responsibility: 'claimed', targets: [A('pipeline', { kind: 'facility' })] }),
  ev('Taliban fighters ambushed a police convoy in Kandahar.', { attackers: [A('Taliban', { country_code: 'AF' })], notAttackers: ['fighters'], targets: [A('Police'), A('convoy')] }),
  ev('Officials blamed the Taliban for the suicide bombing.', { attackers: [A('Taliban', { attributed: true })], responsibility: 'attributed' }),
  act('Houthi rebels fired a missile at Riyadh.', [A('Houthis', { text: 'Houthi rebels', kind: 'armed_group', country_code: 'YE' }), A('Saudi Arabia', { text: 'Riyadh', kind: 'state' })]),
  act('The Houthis and Hezbollah are allies of Tehran.', [A('Houthis', { text: 'The Houthis' }), A('Hezbollah', { country_code: 'LB' }), A('Iran', { text: 'Tehran' })]),
  act('The strike hit a compound used by Kataib Hezbollah near Al-Qaim.', [A('Kataib Hezbollah', { text: 'Kataib Hezbollah', kind: 'armed_group', country_code: 'IQ' })], [], 'not the Lebanese Hezbollah'),

  // ---- descriptive actors ----
  ev('Pro-Iranian Iraqi fighters attacked a US base.', { attackers: [A('Pro-Iranian Iraqi fighters', { kind: 'armed_group', country_code: 'IQ', affiliation: 'IR' })], targets: [A('US base', { kind: 'facility', country_code: 'US' })] }),
  ev('Washington said the strike targeted Iranian-backed militia positions.', { targets: [A('Iranian-backed militia', { country_code: null, affiliation: 'IR' })] }),
  ev('Three soldiers were killed by gunmen in northern Mali.', { attackers: [A('gunmen')], targets: [A('Army', { text: 'soldiers' })] }, 'passive with agent'),
  ev('Suspected militants bombed a bridge.', { attackers: [A('Suspected militants', { kind: 'armed_group' })], targets: [A('bridge')] }),
  ev('Heavily armed men stormed the police station.', { attackers: [A('Heavily armed men', { kind: 'unknown' })], targets: [A('police station', { kind: 'facility' })] }),
  ev('The attack on the embassy was blamed on Iran-linked Iraqi factions.',
    { attackers: [A('Iran-linked Iraqi factions', { attributed: true, country_code: 'IQ', affiliation: 'IR' })], targets: [A('embassy', { kind: 'facility' })], responsibility: 'attributed' }, 'nominal: the attack on X'),
  ev('Gunmen shot dead Colombian presidential candidate Luis Carlos Galan.', { attackers: [A('Gunmen')], targets: [A('Luis Carlos Galan', { kind: 'civilians' })] }),
  ev('Presidential candidate Luis Carlos Galan was assassinated by gunmen.', { attackers: [A('gunmen')], targets: [A('Luis Carlos Galan')] }),
  ev('Jesuit priest Ignacio Ellacuria was murdered by soldiers.', { attackers: [A('Army', { text: 'soldiers' })], targets: [A('Ignacio Ellacuria', { kind: 'civilians' })] }),
  ev('The assassination of Archbishop Oscar Romero shocked the country.', { attackers: [], targets: [A('Oscar Romero')] }),
  ev('A suicide bomber killed 20 worshippers at a mosque in Kabul.', { targets: [A('worshippers', { kind: 'civilians' }), A('mosque')] }),

  // ---- responsibility ----
  ev('Nobody has claimed the attack.', { attackers: [], responsibility: 'unclaimed' }),
  ev('No group has claimed responsibility for the bombing.', { attackers: [], responsibility: 'unclaimed' }),
  ev('There was no immediate claim of responsibility for the blast.', { attackers: [], responsibility: 'unclaimed' }),
  ev('The bombing went unclaimed.', { attackers: [], responsibility: 'unclaimed' }),
  ev('Gunmen attacked a police post on Monday.', { attackers: [A('Gunmen')], responsibility: 'unknown' }, 'no cue: unknown'),
  cue('Turkey\'s defence ministry said in a statement that its forces had "neutralised" three "terrorists" in an air operation in northern Iraq.', [{ value: 'claimed', actor: 'Turkey' }], 'resp-acknowledged: a state owning its strike'),
  cue('The ministry said its forces were searching the area.', [], 'no strike owned: searching is not an attack'),
  cue('The Taliban denied carrying out the attack.', [{ value: 'denied', actor: 'Taliban' }]),
  cue('Hezbollah denied any role in the attack.', [{ value: 'denied', actor: 'Hezbollah' }]),
  cue('The FMLN denied responsibility for the killing.', [{ value: 'denied', actor: 'FMLN' }]),
  cue('Tehran denied any involvement in the attack on the tanker.', [{ value: 'denied', actor: 'Iran' }]),
  cue('The Islamic State group claimed responsibility for the blast.', [{ value: 'claimed', actor: 'Islamic State' }]),
  cue('There was no immediate claim of responsibility for the strike at Balad airbase.', [{ value: 'unclaimed', actor: null }]),

  // ---- sources ----
  ev('A car bomb exploded outside the US embassy, a security source told AFP.', { attackers: [], reported_by: ['security source', 'AFP'], notParties: ['AFP'] }),
  ev('A bomb exploded outside a police station, according to police.', { attackers: [], reported_by: ['police'] }),
  ev('Gunmen opened fire on a bus, killing seven passengers, state media reported.', { attackers: [A('Gunmen')], targets: [A('passengers', { kind: 'civilians' })], reported_by: ['state media'], notParties: ['state media'] }),
  ev('The Syrian Observatory reported that air strikes killed 12 civilians in Idlib.', { attackers: [], reported_by: ['Syrian Observatory for Human Rights'], notParties: ['Syrian Observatory for Human Rights'] }),
  rep('The Washington Post reported that a bomb exploded in Kabul.', ['Washington Post']),
  rep('Two soldiers were killed, military sources said.', ['military sources']),
  rep('According to police sources, the bomb was planted at dawn.', ['police sources']),
  act('State media said the blast killed four people.', [A('state media', { text: 'State media', source: true })], [], 'a source, not a party'),

  // ---- negatives: people, sayers and places taken for actors ----
  negEv('Jordan Peterson attacked his critics in a podcast on Monday.', { notParties: ['Jordan Peterson', 'Jordan'] }, 'a person, not the state of Jordan'),
  negAct('Jordan Peterson said the attack was a tragedy.', ['Jordan', 'Jordan Peterson']),
  negEv('Washington said it would respond to any attack.', { noEvents: true }, 'a threat, and Washington the speaker'),
  negAct('Washington said it would respond to any attack.', [], [US('Washington')], 'Washington is the actor, not a place'),
  negAct('The Washington Post reported that a bomb exploded in Kabul.', ['Washington', 'Post'], [A('Washington Post', { source: true })], 'a newspaper, not the US and not a post'),
  negEv('The Washington Post reported that a bomb exploded in Kabul.', { notParties: ['United States', 'Washington Post', 'Post'] }),
  negEv('According to the Pentagon, the strike killed one militant.', { notAttackers: ['United States'] }, 'the Pentagon reports here'),
  negEv('The army said guerrillas attacked a patrol near the border.', { notAttackers: ['Army'] }, 'the army is the sayer'),
  negAct('Is it true that the gunmen told us they would return?', ['Is', 'us'], [A('gunmen')], '"Is" and "us" are words'),
  negAct('The contractor hashed out a deal with the army of lawyers.', ['hashed'], [], 'Hashed only with its capital'),
  negEv('The US embassy condemned the attack.', { notAttackers: ['United States', 'embassy'] }, 'a condemner, not the attacker'),
  // upper-case wires: verbs, ordinals and quantities are no part of a facility's name
  act('THIS IS THE SECOND CAR BOMB PLANTED BY THE MRTA SINCE 7 MAY, WHEN THE TERRORIST GROUP BLEW UP ANOTHER VEHICLE IN FRONT OF THE SAN MARTIN MILITARY QUARTERS.', [A('VEHICLE', { text: 'VEHICLE', kind: 'facility' }), A('MRTA')], ['SECOND CAR', 'BLEW UP ANOTHER VEHICLE', 'ANOTHER VEHICLE']),
  act('TRUJILLO WAS SHAKEN AT 0400 BY FOUR POWERFUL DYNAMITE EXPLOSIONS THAT DESTROYED A HALF DOZEN OFFICES.', [A('OFFICES', { text: 'OFFICES', kind: 'facility' })], ['HALF DOZEN OFFICES']),
  // a state's adjective before remote violence names the state (demonym-modifier-attacker)
  ev('A Turkish drone strike on a vehicle in Sinjar killed three people on Wednesday.', { attackers: [A('Turkey', { text: 'Turkish', kind: 'state', country_code: 'TR' })] }),
  ev('Russian shelling killed two civilians in Kharkiv on Monday.', { attackers: [A('Russia', { text: 'Russian', kind: 'state', country_code: 'RU' })] }),
  negEv('Iraqi gunmen attacked a checkpoint near Kirkuk.', { notParties: ['Iraq'] }, 'an adjective before gunmen names where they are from, not the state'),
  // "suspected" as an adjective is no blame; a suicide bomber is the attacker; civilians by trade are victims
  ev('Suspected jihadists killed 15 soldiers in an ambush in northern Burkina Faso, the army said on Sunday.', { attackers: [A('Suspected jihadists', { kind: 'armed_group' })], targets: [A('Army', { text: 'soldiers', kind: 'military' })] }),
  ev('A suicide bomber blew himself up at a mosque in Peshawar during Friday prayers, killing 59 people, officials said.', { attackers: [A('suicide bomber', { kind: 'armed_group' })], targets: [A('mosque', { kind: 'facility' })] }),
  ev('Five Chinese engineers were kidnapped by gunmen in Niger\'s Tillaberi region on Wednesday.', { attackers: [A('gunmen')], targets: [A('Chinese engineers', { kind: 'civilians', country_code: 'CN' })] }),
  ev('Russian missiles struck an apartment block in Odesa overnight, killing at least five people.', { attackers: [A('Russia', { text: 'Russian', kind: 'state', country_code: 'RU' })] }, 'the state\'s weapon as subject'),
  ev('An Israeli strike on a house in Rafah killed 14 people, according to hospital officials.', { attackers: [A('Israel', { text: 'Israeli', kind: 'state', country_code: 'IL' })] }, '"an Israeli strike" is a noun'),
  // civilian victims keep plain modifiers; pronouns and number words do not join them
  act('Armed men kidnapped two foreign aid workers and their Haitian driver in Tabarre on Tuesday.', [A('foreign aid workers', { kind: 'civilians' })]),
  act('At least 23 people, most of them civilians, have been killed by landmines.', [A('civilians', { kind: 'civilians' })], ['them civilians']),
  act('Russian shelling has killed twelve people in the Kherson region over the past week.', [], ['twelve people']),
  muc('On 21 August 1988, EPS soldiers kidnapped Honduran citizens Rosalio Mejia Rodriguez and her son Guillermo Saul Mejia Herrera, who were taken to Nicaraguan territory.',
    { attackers: [A('EPS', { kind: 'military' })], targets: [A('Rosalio Mejia Rodriguez', { kind: 'civilians' })] }, 'kin and trades before a name work as titles ("citizens"); the second victim, after "and her son", is not attached yet'),
  // moved from the backlog once events/refine were fixed (the reason it failed kept as the note)
  negEv('US President Joe Biden condemned the bombing.', { notParties: ['Joe Biden', 'United States'] },
    'record: fallback-victim makes a government person a target when the sentence only has him condemn the bombing'),
  ev('The US carried out air strikes on militia positions near the border.', { attackers: [US('The US')] }, 'events: "carried out air strikes on" gives no event'),
  ev('The Pentagon said American forces struck a compound used by Kataib Hezbollah.', { attackers: [US('American forces', 'military')] },
    'roles: "by-agent" takes "used by Kataib Hezbollah" as the agent of "struck" (a participle\'s agent, not the trigger\'s)'),
  muc('San Salvador, 18 Aug 88 (Canal Doce Television) -- [Excerpt] A judge has ordered the release of former Captain Alvaro Sanabria, who is implicated in the assassination of Msgr Oscar Arnulfo Romero.',
    { attackers: [A('Alvaro Sanabria')], targets: [A('Oscar Arnulfo Romero')] }, 'roles: "X, who is implicated in the assassination of Y" makes X the (alleged) attacker'),
  ev('Hezbollah fired rockets at Israeli positions.', { attackers: [A('Hezbollah')] }, 'events: "fired rockets at" gives no event'),
  ev('The Houthis launched drones at a Saudi oil facility.', { attackers: [A('Houthis')], targets: [A('Saudi oil facility')] }, 'events: "launched drones at" gives no event'),
  ev('Tehran launched ballistic missiles at US bases in Iraq.', { attackers: [A('Iran', { text: 'Tehran' })], targets: [US('US'), A('US bases', { kind: 'facility', country_code: 'US' })] }, 'events: "launched ballistic missiles at" gave no event; a state before a facility names the facility (actor-state-facility)'),
  ev('Iran-backed militias fired rockets at the US embassy in Baghdad.', { attackers: [A('Iran-backed militias', { affiliation: 'IR' })], targets: [A('United States'), A('US embassy', { kind: 'facility', country_code: 'US' })] }, 'events: "fired rockets at" gave no event; actor-state-facility'),
  ev('A car bomb exploded outside the US embassy in Kabul.', { targets: [A('US embassy', { kind: 'facility', country_code: 'US' })] },
    'actors: "the US" is taken by the dictionary before "embassy" can be a facility of the US'),
];

const backlog: Case[] = [
  ev('US warplanes struck militia positions near the border.', { attackers: [US('US warplanes', 'military')] }, 'roles/record at 538c290: a "warplanes" attacker is lost (it was found at 8b286ad); the word is also the weapon aircraft'),
  ev('Russian warplanes bombed a hospital in Idlib, the Syrian Observatory said.',
    { attackers: [A('Russia', { text: 'Russian warplanes', kind: 'military', country_code: 'RU' })], targets: [A('hospital', { kind: 'facility' })], reported_by: ['Syrian Observatory for Human Rights'], notParties: ['Syrian Observatory for Human Rights'] },
    'roles/record at 538c290: a "warplanes" attacker is lost (it was found at 8b286ad); the word is also the weapon aircraft'),
  muc('THE SELF-STYLED LOS EXTRADITABLES CLAIMED RESPONSIBILITY FOR WHAT THEY TERMED THE EXECUTION OF THE PUBLIC OFFICIAL ON 28 JULY.',
    { attackers: [A('Medellin Cartel', { text: 'EXTRADITABLES' })], responsibility: 'claimed' }, 'events: "the execution of the public official" gives no event (the claim cue is found)'),
  // role attachment (src/core/refine/*) or events (src/core/extract/events/*): for the lead
  ev('Unidentified gunmen shot dead a journalist in Karachi.', { attackers: [A('Unidentified gunmen')], targets: [A('journalist')] },
    'actors: a singular "journalist" with no name is only a title; a head noun for it breaks "journalist John Smith"'),
  ev('The US assassination of Qasem Soleimani sparked an escalation.', { attackers: [US('The US')], targets: [A('Qasem Soleimani')] },
    'actors: a name without a title ("top Iranian general") is not a person mention'),
  ev('Houthi rebels fired a missile at Riyadh.', { attackers: [A('Houthis')], targets: [A('Saudi Arabia')] }, 'events: "fired a missile at" gives no event'),
  ev('The Taliban denied carrying out the attack.', { attackers: [], responsibility: 'denied' }, 'events: the attack that is denied gives no event (the cue is found: see the responsibility case)'),
  ev('Tehran denied any involvement in the attack on the tanker.', { attackers: [], responsibility: 'denied', targets: [A('tanker')] }, 'events: no event for "the attack on the tanker" in a denial'),
  muc('Lima, 2 Oct 88 (AFP) -- [Text] Terrorists of the Maoist Shining Path group during the past few hours killed a university professor, a policeman, and a pedestrian, while the police authorities reported today that an armed attack against the U.S. Embassy in Lima has been frustrated.',
    { attackers: [A('Shining Path'), A('Terrorists')], targets: [A('Police'), A('pedestrian')], notParties: ['university'] },
    'roles: "Terrorists of the Maoist Shining Path group" gives only Shining Path, not the Terrorists as a second attacker (MUC-4 codes both); the frustrated embassy attack is merged in'),
];

function show(a: Actor): string {
  return `${a.name}{${a.text}|${a.kind},${a.country_code},${a.affiliation}${a.attributed ? ',attributed' : ''}}`;
}

function compareActor(got: { name: string; text: string; kind: string; country_code: string | null; affiliation: string | null; attributed?: boolean; source?: boolean }, e: ActorExpect): string[] {
  const d: string[] = [];
  if (e.text !== undefined && got.text !== e.text) d.push(`text ${JSON.stringify(got.text)} != ${JSON.stringify(e.text)}`);
  if (e.kind !== undefined && got.kind !== e.kind) d.push(`kind ${got.kind} != ${e.kind}`);
  if (e.country_code !== undefined && got.country_code !== e.country_code) d.push(`country_code ${got.country_code} != ${e.country_code}`);
  if (e.affiliation !== undefined && got.affiliation !== e.affiliation) d.push(`affiliation ${got.affiliation} != ${e.affiliation}`);
  if (e.attributed !== undefined && !!got.attributed !== e.attributed) d.push(`attributed ${!!got.attributed} != ${e.attributed}`);
  if (e.source !== undefined && !!got.source !== e.source) d.push(`source ${!!got.source} != ${e.source}`);
  return d;
}

/** The actor of `list` that best fits `e` (same name, and same text when given), or null. */
function pick<T extends { name: string; text: string }>(list: T[], e: ActorExpect): T | null {
  // names compare as gold.md scores them, case aside ("peasants" from an upper-case wire is PEASANTS); spans exactly
  const same = list.filter((a) => a.name.toLowerCase() === e.name.toLowerCase());
  return same.find((a) => e.text === undefined || a.text === e.text) ?? same[0] ?? null;
}

const matchesName = (a: Actor, n: string) => a.name.toLowerCase() === n.toLowerCase() || a.text.toLowerCase() === n.toLowerCase();

function checkExtract(text: string, published: string | undefined, e: Expect): string | null {
  const events: EventRecord[] = extract(text, { published: published ?? null }).events;
  const errors: string[] = [];
  for (const ev of events) {
    for (const a of [...ev.attackers, ...ev.targets]) if (text.slice(a.start, a.end) !== a.text) errors.push(`span invariant broken: ${show(a)}`);
  }
  if (e.noEvents && events.length) errors.push(`expected no event, got ${events.map((x) => x.type).join(', ')}`);
  for (const n of e.notParties ?? []) {
    for (const ev of events) for (const a of [...ev.attackers, ...ev.targets]) if (matchesName(a, n)) errors.push(`"${n}" must not be a party: ${show(a)}`);
  }
  for (const n of e.notAttackers ?? []) {
    for (const ev of events) for (const a of ev.attackers) if (matchesName(a, n)) errors.push(`"${n}" must not be an attacker: ${show(a)}`);
  }
  const wantsEvent = e.attackers !== undefined || e.targets !== undefined || e.responsibility !== undefined || e.reported_by !== undefined;
  if (wantsEvent) {
    const ev = events[e.event ?? 0];
    if (!ev) return [...errors, `no event #${e.event ?? 0} (got ${events.length})`].join('; ');
    if (e.attackers) {
      const names = ev.attackers.map((a) => a.name.toLowerCase()).sort();
      const want = e.attackers.map((a) => a.name.toLowerCase()).sort();
      if (JSON.stringify(names) !== JSON.stringify(want)) errors.push(`attackers [${ev.attackers.map(show).join('; ')}] != [${want.join('; ')}]`);
      else for (const x of e.attackers) errors.push(...compareActor(pick(ev.attackers, x)!, x).map((d) => `attacker ${x.name}: ${d}`));
    }
    for (const x of e.targets ?? []) {
      const t = pick(ev.targets, x);
      if (!t) errors.push(`missing target ${x.name}; targets [${ev.targets.map(show).join('; ')}]`);
      else errors.push(...compareActor(t, x).map((d) => `target ${x.name}: ${d}`));
    }
    if (e.responsibility && ev.responsibility !== e.responsibility) errors.push(`responsibility ${ev.responsibility} != ${e.responsibility}`);
    if (e.reported_by && JSON.stringify(ev.reported_by) !== JSON.stringify(e.reported_by)) errors.push(`reported_by ${JSON.stringify(ev.reported_by)} != ${JSON.stringify(e.reported_by)}`);
  }
  return errors.length ? errors.join('; ') : null;
}

function checkActors(text: string, e: Expect): string | null {
  const found = findActors(text);
  const errors: string[] = [];
  for (const m of found) if (text.slice(m.start, m.end) !== m.text) errors.push(`span invariant broken: ${m.text}`);
  const all = found.map((m) => `${m.name}{${m.text}|${m.kind},${m.country_code},${m.affiliation}${m.source ? ',source' : ''}}`).join('; ');
  for (const x of e.mentions ?? []) {
    const m = x.text !== undefined ? found.find((f) => f.text === x.text) : pick(found, x);
    if (!m) {
      errors.push(`no mention ${x.name}${x.text ? ` "${x.text}"` : ''}; got ${all || 'nothing'}`);
      continue;
    }
    if (m.name !== x.name) errors.push(`"${m.text}": name ${m.name} != ${x.name}`);
    errors.push(...compareActor(m, x).map((d) => `"${m.text}": ${d}`));
  }
  for (const t of e.absent ?? []) {
    const words = (s: string) => ` ${s} `;
    const bad = found.filter((m) => !m.source && (m.text === t || words(m.text).includes(words(t))));
    if (bad.length) errors.push(`"${t}" must not be an actor: got ${bad.map((m) => `${m.name}{${m.text}}`).join('; ')}`);
  }
  return errors.length ? errors.join('; ') : null;
}

export const corpus: Corpus<Expect> = {
  kind: 'actors',
  cases,
  backlog,
  check(c) {
    const e = c.expect;
    switch (e.unit) {
      case 'extract':
        return checkExtract(c.text, c.published, e);
      case 'actors':
        return checkActors(c.text, e);
      case 'responsibility': {
        const got = findResponsibility(c.text).map((r) => ({ value: r.value, actor: r.actor?.name ?? null }));
        for (const r of findResponsibility(c.text)) if (c.text.slice(r.start, r.end) !== r.text) return `span invariant broken: ${r.text}`;
        return JSON.stringify(got) === JSON.stringify(e.cues) ? null : `cues ${JSON.stringify(got)} != ${JSON.stringify(e.cues)}`;
      }
      case 'reporters': {
        const found = findReporters(c.text);
        for (const r of found) if (c.text.slice(r.start, r.end) !== r.text) return `span invariant broken: ${r.text}`;
        const got = found.map((r) => r.name);
        return JSON.stringify(got) === JSON.stringify(e.reporters) ? null : `reporters ${JSON.stringify(got)} != ${JSON.stringify(e.reporters)}`;
      }
    }
  },
};
