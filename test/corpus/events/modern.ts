// Event corpus, part 2: modern wire-style sentences (AFP/Reuters/AP phrasing),
// written for this corpus. Places and groups are real; the incidents are
// invented or paraphrased.
import type { CorpusCase } from '../types.js';
import { ASSAULT_OR_ASSASSINATION as AOA, ev, neg, pos, type Expect } from './helpers.js';

const D = '2021-04-04';

export const modernPositives: CorpusCase<Expect>[] = [
  // ---- South Asian and Caribbean wire usage ----
  pos(D, 'At least seven security personnel were martyred and three injured when militants attacked a check post in North Waziristan on Saturday, the military said.', [ev('attack', 'attacked', { killed: 7, wounded: 3, attackers: ['militants'] })]),
  pos(D, 'Gang members set fire to dozens of homes in the capital\'s Carrefour-Feuilles neighborhood on Sunday, forcing hundreds to flee, witnesses said.', [ev('arson', 'set fire to')]),
  pos(D, 'In the northeastern city of Kharkiv, a Russian drone struck an apartment block late on Wednesday, wounding seven people.', [ev('air_strike', 'struck', { attackers: ['Russia'], wounded: 7 })]),
  // ---- projectiles fired or launched at a target ----
  pos(D, 'Iran-backed militias fired three rockets at the US embassy in Baghdad on Sunday.', [ev('shelling', 'fired three rockets', { attackers: ['Iran-backed militias'], weapons: ['rocket'] })]),
  pos(D, 'Hezbollah fired rockets at an Israeli army post on Tuesday.', [ev('shelling', 'fired rockets', { attackers: ['Hezbollah'] })]),
  pos(D, 'The Houthis launched drones at a Saudi oil facility in Abqaiq.', [ev('air_strike', 'launched drones', { attackers: ['Houthis'] })]),
  pos(D, 'Tehran launched ballistic missiles at US bases in Iraq.', [ev('shelling', 'launched ballistic missiles', { attackers: ['Iran'], weapons: ['missile'] })]),
  pos(D, 'The US carried out air strikes on militia positions in eastern Syria on Friday.', [ev('air_strike', 'air strikes', { attackers: ['United States'] })]),
  // ---- titles that are not proceedings ("prosecutor", "investigators") ----
  pos(D, 'Antioquia Department Prosecutor Rodrigo Velez Arango was assassinated this morning in Medellin by two hired gunmen riding a motorcycle.', [
    ev('assassination', 'assassinated', { targets: ['Rodrigo Velez Arango'] }),
  ]),
  pos(D, 'Investigators said the car bomb that exploded outside the police station on Monday killed five people.', [ev('bombing', 'car bomb', { killed: 5 })]),
  // ---- air strikes ----
  pos(D, 'A US drone strike killed two suspected Al-Shabaab commanders near Jilib in southern Somalia on Saturday, the US Africa Command said.', [
    ev('air_strike', 'drone strike', { killed: 2, attackers: ['United States'], targets: ['Al-Shabaab'], weapons: ['drone'] }),
  ]),
  pos(D, 'Russian warplanes bombed a market in the rebel-held town of Ariha in Idlib province, killing at least 11 civilians, the Syrian Observatory for Human Rights said.', [
    ev('air_strike', 'bombed', { killed: 11, attackers: ['Russia'], targets: ['civilians'], weapons: ['aircraft'] }),
  ], 'warplanes + "bombed" → air strike, not bombing; the Observatory is the source'),
  pos(D, 'Israeli air strikes on the Gaza Strip overnight killed five people, including two children, health officials said.', [
    ev('air_strike', 'air strikes', { killed: 5, attackers: ['Israel'] }),
  ]),
  pos(D, 'Five civilians were killed in an air strike by the Nigerian Air Force on a village in Yobe state, residents told AFP.', [
    ev('air_strike', 'air strike', { killed: 5, attackers: ['Nigerian Air Force'], targets: ['civilians'] }),
  ], 'passive victims first, the incident noun is the trigger'),
  pos(D, 'Turkish jets struck suspected PKK positions in the Qandil mountains of northern Iraq, the defence ministry in Ankara said.', [
    ev('air_strike', 'struck', { attackers: ['Turkey'], targets: ['PKK'] }),
  ]),
  pos(D, 'The coalition said its airstrike near Sirte had destroyed an Islamic State weapons depot.', [
    ev('air_strike', 'airstrike', { targets: ['Islamic State'] }),
  ]),
  pos(D, 'A helicopter gunship fired on a convoy of pick-up trucks carrying jihadists near the Malian border, the army said.', [
    ev('air_strike', 'fired on'),
  ], 'helicopter gunship fire is an air strike'),
  // ---- shelling ----
  pos(D, 'Russian forces shelled the southern city of Kherson on Tuesday, killing three people and wounding eight, the regional governor said.', [
    ev('shelling', 'shelled', { killed: 3, wounded: 8, attackers: ['Russia'] }),
  ]),
  pos(D, 'A rocket attack on Erbil international airport, which hosts US-led coalition troops, wounded a contractor late on Monday.', [
    ev('shelling', 'rocket attack', { wounded: 1, targets: ['Erbil international airport'], weapons: ['rocket'] }),
  ]),
  pos(D, 'Three mortar rounds landed inside the Green Zone in Baghdad, causing no casualties, a security official said.', [
    ev('shelling', 'landed', { killed: 0, wounded: 0, weapons: ['mortar'] }),
  ]),
  pos(D, 'Heavy artillery fire pounded the outskirts of Mykolaiv overnight.', [
    ev('shelling', 'artillery fire', { weapons: ['artillery'] }),
  ]),
  pos(D, 'Two children were wounded when a mortar shell hit their house in the Afghan city of Ghazni, police said.', [
    ev('shelling', 'hit', { wounded: 2, weapons: ['mortar'] }),
  ]),
  pos(D, 'Houthi rebels fired a ballistic missile at the Saudi city of Jizan, the coalition said, adding that it had been intercepted.', [
    ev('shelling', 'fired', { attackers: ['Houthi'], weapons: ['missile'] }),
  ], 'an intercepted missile was still fired: an event'),
  // ---- bombing ----
  pos(D, 'A car bomb exploded outside a police station in the Syrian border town of Azaz on Sunday, killing at least six people.', [
    ev('bombing', 'car bomb', { killed: 6, targets: ['police station'], weapons: ['car bomb'] }),
  ]),
  pos(D, 'Four soldiers were killed when their vehicle struck a roadside bomb in the central Malian region of Mopti, the army said.', [
    ev('bombing', 'roadside bomb', { killed: 4, targets: ['soldiers'], weapons: ['roadside bomb'] }),
  ], '"struck" is the vehicle hitting the bomb: one event named by the bomb'),
  pos(D, 'An improvised explosive device tore through a minibus in Kabul\'s Dasht-e-Barchi neighbourhood, killing seven passengers.', [
    ev('bombing', 'improvised explosive device', { killed: 7, weapons: ['IED'] }),
  ]),
  pos(D, 'The car bomb blast in Mogadishu\'s Hodan district killed eight people and wounded 17, police said.', [
    ev('bombing', 'car bomb blast', { killed: 8, wounded: 17, weapons: ['car bomb'] }),
  ], 'compound trigger'),
  pos(D, 'A landmine killed two shepherds near the village of Tel Tamr, a war monitor said.', [
    ev('bombing', 'landmine', { killed: 2, targets: ['shepherds'], weapons: ['landmine'] }),
  ]),
  pos(D, 'No group has claimed the bombing of the Coptic church in Tanta.', [
    ev('bombing', 'bombing', { targets: ['Coptic church'] }),
  ], '"No group has claimed" negates the claim, not the bombing'),
  pos(D, 'Suspected Boko Haram militants detonated explosives at a bridge in Borno state overnight, cutting the road to Maiduguri.', [
    ev('bombing', 'detonated', { attackers: ['Boko Haram'], targets: ['bridge'], weapons: ['explosive'] }),
  ]),
  // ---- suicide bombing ----
  pos(D, 'A suicide bomber blew himself up at a checkpoint in the northern Nigerian city of Konduga, killing four members of a vigilante group.', [
    ev('suicide_bombing', 'suicide bomber', { killed: 4 }),
  ], '"suicide bomber" and "blew himself up" are one event'),
  pos(D, 'At least 20 people were killed when a suicide car bomb rammed the gate of an army base in Mogadishu, officials said.', [
    ev('suicide_bombing', 'suicide car bomb', { killed: 20, targets: ['army base'], weapons: ['car bomb'] }),
  ]),
  pos(D, 'Islamic State claimed the suicide attack on the mosque in Kunduz, which killed dozens of worshippers.', [
    ev('suicide_bombing', 'suicide attack', { attackers: ['Islamic State'], targets: ['mosque'] }),
  ], '"dozens" is approximate: killed not checked'),
  pos(D, 'Two female suicide bombers struck a crowded market in Maiduguri on Friday, killing 12 people.', [
    ev('suicide_bombing', 'suicide bombers', { killed: 12, targets: ['market'] }),
  ], 'two bombers, one attack'),
  // ---- grenade ----
  pos(D, 'An unidentified assailant threw a grenade into a bar in the Burundian capital Bujumbura, wounding 14 people.', [
    ev('grenade', 'threw a grenade', { wounded: 14, attackers: ['unidentified assailant'], weapons: ['grenade'] }),
  ]),
  pos(D, 'Two policemen were injured in a grenade attack on a patrol in Srinagar, police said.', [
    ev('grenade', 'grenade attack', { wounded: 2, weapons: ['grenade'] }),
  ]),
  pos(D, 'Militants lobbed a grenade at a security forces bunker in Pulwama, missing the target.', [
    ev('grenade', 'lobbed a grenade', { attackers: ['Militants'], weapons: ['grenade'] }),
  ], 'a missed grenade was still thrown'),
  // ---- armed clash ----
  pos(D, 'Fierce clashes between the army and Ansar al-Sunna fighters in Cabo Delgado left 15 dead, a military source said.', [
    ev('armed_clash', 'clashes', { killed: 15 }),
  ]),
  pos(D, 'Fighting between Ethiopian federal troops and Tigrayan forces raged for a third day around the town of Alamata.', [
    ev('armed_clash', 'Fighting'),
  ]),
  pos(D, 'Soldiers and ELN rebels fought a gun battle in Arauca department, leaving two soldiers dead, the army said.', [
    ev('armed_clash', 'gun battle', { killed: 2 }),
  ]),
  pos(D, 'Police and suspected cartel gunmen exchanged fire for hours in Culiacan after the arrest of a drug lord\'s son.', [
    ev('armed_clash', 'exchanged fire'),
  ]),
  pos(D, 'Ukrainian troops repelled Russian assaults near Bakhmut in heavy fighting on Wednesday.', [
    ev('armed_clash', 'assaults'),
  ], 'assaults on troops met by troops: a clash; "fighting" is the same event'),
  // ---- armed assault ----
  pos(D, 'Gunmen opened fire on a wedding party in the Afghan province of Nangarhar, killing nine people.', [
    ev('armed_assault', 'opened fire', { killed: 9, attackers: ['Gunmen'], targets: ['wedding party'] }),
  ]),
  pos(D, 'Seven villagers were killed by gunmen in Zamfara state late on Thursday, police said.', [
    ev('armed_assault', 'were killed', { killed: 7, attackers: ['gunmen'], targets: ['villagers'] }),
  ], 'passive: the only trigger is the victim verb'),
  pos(D, 'Jihadists ambushed a military convoy near Tillaberi in western Niger, killing 16 soldiers.', [
    ev('armed_assault', 'ambushed', { killed: 16, attackers: ['Jihadists'], targets: ['military convoy'] }),
  ]),
  pos(D, 'A police officer was shot dead by unidentified gunmen in the Mexican state of Guanajuato.', [
    ev('armed_assault', 'was shot dead', { killed: 1, attackers: ['unidentified gunmen'], targets: ['police officer'] }),
  ]),
  pos(D, 'Al-Shabaab fighters stormed a hotel in central Mogadishu on Friday evening, sparking a siege that lasted several hours.', [
    ev('armed_assault', 'stormed', { attackers: ['Al-Shabaab'], targets: ['hotel'] }),
  ]),
  pos(D, 'A man stabbed three people at a bus stop in the West Bank city of Hebron before being shot by soldiers.', [
    ev('armed_assault', 'stabbed'),
    ev('armed_assault', 'shot', { attackers: ['soldiers'] }),
  ], 'two events: the stabbing and the shooting of the attacker'),
  pos(D, 'Armed men on motorbikes attacked the village of Solhan overnight, killing at least 132 civilians, the government said.', [
    ev('armed_assault', 'attacked', { killed: 132, targets: ['civilians'] }),
  ], 'armed men on civilians: armed_assault; generic "attacked" typed by context'),
  pos(D, 'The attack on the army post at Boulkessi was the deadliest in months.', [
    ev('attack', 'attack', { targets: ['army post'] }),
  ], 'nominal mention'),
  pos(D, 'The attack on the embassy left two guards dead.', [
    ev('attack', 'attack', { killed: 2, targets: ['embassy'] }),
  ]),
  pos(D, 'Unidentified attackers killed a village chief and his son in the Ituri province of the Democratic Republic of Congo.', [
    ev(['attack', 'armed_assault'], 'killed', { killed: 2, attackers: ['Unidentified attackers'], targets: ['village chief'] }),
  ]),
  // ---- assassination ----
  pos(D, 'Haitian President Jovenel Moise was assassinated at his residence in Port-au-Prince overnight.', [
    ev('assassination', 'was assassinated', { targets: ['Jovenel Moise'] }),
  ]),
  pos(D, 'The killing of journalist Ahmed Hussein-Suale in Accra drew condemnation from press freedom groups.', [
    ev('assassination', 'killing of', { targets: ['Ahmed Hussein-Suale'] }),
  ]),
  pos(D, 'Gunmen on a motorbike shot dead the deputy governor of Kandahar province, Abdul Rahman, as he left a mosque on Friday.', [
    ev(AOA, 'shot dead', { killed: 1, attackers: ['Gunmen'], targets: ['Abdul Rahman'] }),
  ]),
  pos(D, 'Colombian social leader Maria del Pilar Hurtado was murdered in front of her children in Tierralta.', [
    ev('assassination', 'was murdered', { targets: ['Maria del Pilar Hurtado'] }),
  ]),
  // ---- abduction ----
  pos(D, 'Gunmen kidnapped 27 schoolchildren from a secondary school in Kagara, Niger state, on Wednesday.', [
    ev('abduction', 'kidnapped', { attackers: ['Gunmen'], targets: ['schoolchildren'] }),
  ], '27 were kidnapped, not killed'),
  pos(D, 'Two Italian nuns were abducted by suspected jihadists in southern Mali, the diocese said.', [
    ev('abduction', 'were abducted', { targets: ['nuns'] }),
  ]),
  pos(D, 'Islamic State fighters seized hostages at a gas plant near In Amenas before the Algerian army stormed the site.', [
    ev('abduction', 'seized hostages', { attackers: ['Islamic State'] }),
    ev(['raid', 'armed_assault', 'armed_clash'], 'stormed', { attackers: ['Algerian army'] }),
  ], 'two events'),
  pos(D, 'The abduction of 300 girls from their school in Jangebe shocked the country.', [
    ev('abduction', 'abduction', { targets: ['girls'] }),
  ]),
  // ---- arson ----
  pos(D, 'Militants set fire to a girls\' school in the Swat valley overnight, police said.', [
    ev('arson', 'set fire to', { attackers: ['Militants'], targets: ['school'] }),
  ]),
  pos(D, 'Armed herders torched dozens of homes in the village of Kwall in Plateau state.', [
    ev('arson', 'torched', { targets: ['homes'] }),
  ]),
  pos(D, 'The police station in Ikorodu was burned down by a mob after the death of a suspect in custody.', [
    ev('arson', 'was burned down', { attackers: ['mob'], targets: ['police station'] }),
  ]),
  pos(D, 'An arson attack destroyed the offices of the opposition party in Kampala.', [
    ev('arson', 'arson attack', { targets: ['opposition party'] }),
  ]),
  // ---- raid ----
  pos(D, 'US special forces carried out a raid on an Al-Shabaab compound near Bariire, killing several militants.', [
    ev('raid', 'raid', { attackers: ['United States'], targets: ['Al-Shabaab'] }),
  ], '"several" is vague: killed not checked'),
  pos(D, 'Israeli troops raided the Jenin refugee camp before dawn, sparking a gunfight in which two Palestinians were killed.', [
    ev('raid', 'raided', { attackers: ['Israel'] }),
    ev('armed_clash', 'gunfight', { killed: 2 }),
  ], 'the raid and the gunfight it sparked: two mentions, two types'),
  pos(D, 'The army launched an offensive against Boko Haram positions in the Sambisa forest.', [
    ev('raid', 'offensive', { targets: ['Boko Haram'] }),
  ]),
  // ---- generic attack ----
  pos(D, 'Suspected jihadists attacked a military post in northern Burkina Faso on Monday.', [
    ev('attack', 'attacked', { targets: ['military post'] }),
  ]),
  pos(D, 'Militants loyal to Islamic State claimed responsibility for the attack, which killed 11 soldiers.', [
    ev('attack', 'attack', { killed: 11, attackers: ['Islamic State'] }),
  ]),
  pos(D, 'The oil pipeline in Arauca was hit again on Tuesday, the state firm Ecopetrol said.', [
    ev('attack', 'was hit', { targets: ['oil pipeline'] }),
  ], 'sabotage with no weapon named'),
  // ---- multiple events in one sentence ----
  pos(D, 'Gunmen killed four police officers in an ambush in Michoacan, and a car bomb exploded hours later outside a hospital in nearby Zamora.', [
    ev('armed_assault', 'ambush', { killed: 4, attackers: ['Gunmen'] }),
    ev('bombing', 'car bomb', { weapons: ['car bomb'] }),
  ]),
  pos(D, 'A roadside bomb hit an army patrol in Helmand while, in neighbouring Kandahar, Taliban fighters kidnapped two election workers.', [
    ev('bombing', 'roadside bomb', { targets: ['army patrol'], weapons: ['roadside bomb'] }),
    ev('abduction', 'kidnapped', { attackers: ['Taliban'], targets: ['election workers'] }),
  ]),
  pos(D, 'Rebels torched a health centre in Beni and then ambushed the soldiers sent to protect it.', [
    ev('arson', 'torched', { attackers: ['Rebels'], targets: ['health centre'] }),
    ev('armed_assault', 'ambushed', { targets: ['soldiers'] }),
  ]),
  pos(D, 'Syrian government shelling killed two civilians in Idlib, while a Russian air strike hit a hospital in Maarat al-Numan.', [
    ev('shelling', 'shelling', { killed: 2, targets: ['civilians'] }),
    ev('air_strike', 'air strike', { attackers: ['Russia'], targets: ['hospital'] }),
  ]),
  // ---- tallies ----
  pos(D, 'It was the 14th attack on US interests since January.', [
    ev('attack', 'attack', { aggregate: true }),
  ]),
  pos(D, 'More than 300 civilians have been killed in the attacks since the start of the year, according to the United Nations.', [
    ev('attack', 'attacks', { killed: 300, aggregate: true }),
  ], '"more than 300": value 300'),
  pos(D, 'Kidnappings by armed gangs have surged in Haiti, with 234 abductions recorded in the first three months of the year.', [
    ev('abduction', 'Kidnappings', { aggregate: true }),
  ], 'one tally; "abductions" is the same tally'),
  pos(D, 'A series of bombings in Baghdad on Saturday killed 23 people.', [
    ev('bombing', 'bombings', { killed: 23, aggregate: true }),
  ]),
  pos(D, 'Air strikes on Houthi positions have killed hundreds of fighters over the past month, the coalition said.', [
    ev('air_strike', 'Air strikes', { aggregate: true, targets: ['Houthi'] }),
  ]),
  // ---- passive and nominal forms ----
  pos(D, 'The convoy was ambushed on the road between Gao and Ansongo.', [
    ev('armed_assault', 'was ambushed', { targets: ['convoy'] }),
  ]),
  pos(D, 'The strike at Balad airbase caused no damage.', [
    ev('attack', 'strike', { killed: 0, wounded: 0, targets: ['Balad airbase'] }),
  ], 'nominal, anaphoric use of "strike"; the sentence alone gives no weapon'),
  pos(D, 'Three people were wounded in the blast, which shattered windows across the street.', [
    ev('bombing', 'blast', { wounded: 3 }),
  ]),
  pos(D, 'The kidnapped aid workers were freed on Monday, three weeks after they were seized near Dori.', [
    ev('abduction', 'kidnapped'),
  ], 'the release is not an event; the kidnapping it refers to is'),
  pos(D, 'Security forces killed 12 militants in a raid on a hideout in North Waziristan, the military said.', [
    ev('raid', 'raid', { killed: 12, attackers: ['Security forces'], targets: ['militants'] }),
  ]),
  pos(D, 'Mexican authorities said 13 police officers were killed in an ambush in the State of Mexico by suspected members of a drug cartel.', [
    ev('armed_assault', 'ambush', { killed: 13, targets: ['police officers'] }),
  ]),
  pos(D, 'The twin blasts, claimed by Islamic State, killed 35 people at a Shiite mosque in Kandahar.', [
    ev('bombing', 'blasts', { killed: 35, attackers: ['Islamic State'], targets: ['mosque'] }),
  ], '"twin blasts": one coordinated attack'),
  pos(D, 'A drone attack targeted the Abqaiq oil facility, the Saudi energy ministry said.', [
    ev('air_strike', 'drone attack', { targets: ['Abqaiq'], weapons: ['drone'] }),
  ]),
  pos(D, 'Two people were killed and 11 wounded when rockets slammed into a residential area of Kramatorsk.', [
    ev('shelling', 'slammed into', { killed: 2, wounded: 11, weapons: ['rocket'] }),
  ]),
];

export const modernNegatives: CorpusCase<Expect>[] = [
  // metaphors of policy talk (not-metaphor-or-simile, not-figurative-object)
  neg(D, 'The jihadists have also attacked truffle hunters directly.'),
  neg(D, 'Rival armed groups agreed on Wednesday to extend a fragile truce after two days of talks aimed at heading off a new round of fighting.'),
  neg(D, 'Russian forces have shelled Kherson almost daily from the eastern bank of the Dnipro since they withdrew.'),
  neg(D, 'Fano, a loose network of ethnic Amhara militias, fought alongside federal troops during the two-year war in neighbouring Tigray.'),
  neg(D, 'The army has waged a sustained offensive against the remnants of the group in the province.'),
  neg(D, 'Small mobile groups of fighters continue to raid villages and set up roadblocks.'),
  neg(D, 'THE SHINING PATH ALSO CALLED FOR AN "ARMED STRIKE" FROM TODAY UNTIL MONDAY IN HUARAZ, CAPITAL OF THE ANCASH DEPARTMENT.'),
  neg(D, 'North Korea fired a ballistic missile into the sea on Monday, its fourth test this year.'),
  neg(D, 'The navy test-fired two cruise missiles during an exercise off the coast.'),
  neg(D, 'Ankara regularly carries out air strikes against PKK bases in northern Iraq.'),
  neg(D, 'WE HAVE INFLICTED THE FOLLOWING CUMULATIVE DAMAGE TO THE ENEMY: APPROXIMATELY 760 CASUALTIES, 24 ARMORED VEHICLES OUT OF COMBAT, AS WELL AS 11 HELICOPTERS AND PLANES.'),
  neg(D, 'Arauca has been the scene of deadly fighting between the ELN and dissidents of the demobilized FARC rebel group for several years.'),
  neg(D, 'The Army will step up patrols along the highway, which has been the target of frequent sabotage in recent months.'),
  neg(D, 'Union leaders said the pension reform was a bomb under the feet of every worker.'),
  neg(D, 'Critics said the new tax is an attack on small farmers.'),
  neg(D, 'The minister accused the opposition of shooting down every proposal the cabinet sends to parliament.'),
  neg(D, 'Analysts were quick to shoot down the rumours of a coalition split.'),
  // threats, plans, conditionals, negations, denials
  neg(D, 'The militia said it would step up its attacks unless foreign troops leave the country.'),
  neg(D, 'Al-Shabaab threatened to attack hotels used by foreign officials in Mogadishu.'),
  neg(D, 'The group did not attack the base, a spokesman insisted.'),
  neg(D, 'The Taliban denied carrying out the bombing.'),
  neg(D, 'Officials said the insurgents plan to bomb the bridge before the elections.'),
  neg(D, 'Analysts warned that Iran-backed groups could strike US targets in the coming weeks.'),
  neg(D, 'If they attack our positions again, we will respond with full force, the commander said.'),
  neg(D, 'Police said they had foiled a plot to kidnap the governor.'),
  neg(D, 'The minister vowed to crush the rebels within three months.'),
  neg(D, 'Washington warned of possible retaliatory strikes if the drone attacks continue.'),
  neg(D, 'No shots were fired during the protest, police said.'),
  neg(D, 'Residents fear that fighting could resume once the ceasefire expires.'),
  neg(D, 'The rebels rejected claims that they had shelled civilian areas.'),
  neg(D, 'Security was tightened around the embassy amid fears of an attack.'),
  neg(D, 'The army is preparing an offensive to retake the city, a general told reporters.'),
  neg(D, 'The group has never kidnapped foreigners, its leader said in a video.'),
  // metaphors and non-violent senses
  neg(D, 'The show killed it at the box office this weekend.'),
  neg(D, 'Senate Republicans killed the bill on Tuesday.'),
  neg(D, 'The director shot a film about the war in Ukraine in Kyiv last summer.'),
  neg(D, 'A strike by teachers closed schools across Nigeria for a third day.'),
  neg(D, 'A price war between the two airlines has pushed fares to record lows.'),
  neg(D, 'The opposition leader launched an attack on the plan in parliament.'),
  neg(D, 'The airstrike debate dominated the parliamentary session.'),
  neg(D, 'The sequel was a bomb at the box office.'),
  neg(D, 'The mayor blasted the decision as reckless.'),
  neg(D, 'The club fired the coach after a string of defeats.'),
  neg(D, 'The Kenyan runner has a shot at the title in Tokyo.'),
  neg(D, 'Her hit song topped the charts in Lagos and Nairobi.'),
  neg(D, 'The market crash wiped billions off the value of Asian stocks.'),
  neg(D, 'He raided the fridge after the late shift.'),
  neg(D, 'The former minister died of a heart attack in Kabul.'),
  neg(D, 'She suffered a panic attack before the exam.'),
  neg(D, 'Half the class bombed the exam.'),
  neg(D, 'The government launched a charm offensive ahead of the summit.'),
  neg(D, 'The striker fired a shot over the bar in the final minute.'),
  neg(D, 'Inflation hit a record high in Lebanon in March.'),
  neg(D, 'The two parties struck a deal on the budget late on Friday.'),
  neg(D, 'The storm hit the coast of Mozambique on Sunday, killing 21 people.', 'natural disaster'),
  neg(D, 'Twelve people were killed when a bus collided with a truck near Kano.', 'road accident'),
  neg(D, 'The fighting against corruption has stalled, the anti-graft agency said.'),
  neg(D, 'The company is locked in a legal battle with its former chief executive.'),
  neg(D, 'Critics attacked the minister for his remarks on migrants.'),
  neg(D, 'The new policy is an attack on press freedom, the union said.'),
  neg(D, 'Sales exploded after the company cut prices.'),
  neg(D, 'The candidate torpedoed the talks with a single remark.'),
  neg(D, 'Firefighters battled a wildfire near Athens for a second day.'),
  neg(D, 'The prime minister came under fire for the delay.'),
  neg(D, 'The bomb disposal unit defused a device found near the stadium.'),
  neg(D, 'A bomb threat forced the evacuation of the courthouse.', 'no bomb, no event'),
  neg(D, 'Police raided the offices of the newspaper and seized computers.', 'search, not violence'),
  neg(D, 'The film tells the story of the kidnapping of a diplomat in Beirut in the 1980s.'),
  // trials, commemorations and reports about past killings
  neg(D, 'A court in Paris sentenced the man to life in prison for the 2016 truck attack in Nice.'),
  neg(D, 'The trial of four men accused of the murder of the journalist opened in Valletta on Monday.'),
  neg(D, 'Hundreds gathered in Christchurch to mark the second anniversary of the mosque shootings.'),
  neg(D, 'The prosecutor asked for 25 years in prison for the person responsible for the killing.'),
  neg(D, 'A memorial was unveiled for the victims of the 2015 bombing of the Bataclan.'),
  neg(D, 'The United Nations called for an investigation into the massacre of 2010.'),
  // policy and sanctions
  neg(D, 'The European Union extended sanctions on Russian officials by six months.'),
  neg(D, 'The Pentagon said it had no plans to increase troop numbers in Iraq.'),
  neg(D, 'The defence ministry ordered 24 new fighter jets and a fleet of attack helicopters.'),
  neg(D, 'Lawmakers debated a bill to regulate the sale of firearms and explosives.'),
  neg(D, 'The army held live-fire exercises near the border on Tuesday.'),
  neg(D, 'Kidnapping insurance premiums have risen sharply in the region, brokers said.'),
  neg(D, 'Militants have repeatedly attacked the pipeline since 2019, officials say.', 'generic-or-habitual: repeatedly'),
  neg(D, 'The TTP, which has carried out most of the attacks on security forces in the province, said in a statement that it was not involved.', 'generic-or-habitual: a group record'),
  neg(D, "Overnight, Ukraine's air force said it had shot down 18 of 23 Shahed attack drones launched by Russia.", 'not-victim-object'),
  pos(D, 'Rebels shot down an army helicopter over the province on Sunday.', [ev(['attack', 'armed_assault'], 'shot down', {})], 'a helicopter shot down is an attack, not an interception'),
  neg(D, 'Regional officials initially said the commissioner had been wounded and airlifted to Mogadishu.', 'initial-report'),
  pos(D, 'A Ukrainian drone dropped an explosive on a car in the town of Shebekino on Saturday evening, wounding two men.', [ev('air_strike', 'dropped an explosive on', { wounded: 2 })], 'drop-munition'),
  neg(D, 'The army dropped leaflets on the town urging residents to leave.', 'drop-munition needs a munition'),
  neg(D, 'Al-Shabaab frequently targets local officials, lawmakers and government employees in bombings and shootings.', 'generic-or-habitual'),
  // judged-or-investigated: role in (and passed off as)
  neg(D, 'The tribunal sentenced a retired general to eight years for his role in the killing of 96 civilians.', 'judged-or-investigated'),
  neg(D, 'The soldiers presented the victims as guerrillas killed in combat to earn bonuses.', 'judged-or-investigated: passed off as'),
  pos(D, 'Gunmen killed a judge on Tuesday, a day after he ruled on the role of the police in the protests.', [ev(['armed_assault', 'assassination'], 'killed', { killed: 1 })], 'judged-or-investigated needs "in the" right before the trigger'),
  // where-reference: a clause that places the incident by an earlier one is no event of its own
  neg(D, 'The march passed 20 km from the place where a military convoy was ambushed last Wednesday.', 'where-reference'),
  pos(D, 'Gunmen shot dead a trader in the market on Monday, not far from where rebels attacked a convoy last year.', [ev('armed_assault', 'shot dead', { killed: 1, attackers: ['Gunmen'] })], 'where-reference: only the first clause is the incident'),
  // group-subject-cue: a named armed group before a verb of destruction is the cue, and only for things destroyed
  pos(D, 'Al-Shabaab blew up a bridge linking the two towns on Friday, residents said.', [ev('bombing', 'blew up', { attackers: ['Al-Shabaab'] })], 'group-subject-cue: no other violence word in the sentence'),
  pos(D, 'The Taliban torched a girls\' school in Ghazni province overnight.', [ev('arson', 'torched', { attackers: ['Taliban'] })], 'group-subject-cue'),
  neg(D, 'The FARC destroyed its last weapons under the peace deal, the UN mission said.', 'not-figurative-object: the group destroys its own arms'),
  neg(D, 'Hamas blew up the ceasefire talks with its new demands, mediators said.', 'not-figurative-object: blew up the talks'),
  neg(D, 'The ministry destroyed the seized files last year.', 'no group before the verb and no violence cue'),
];

export const modernBacklog: CorpusCase<Expect>[] = [
  pos(D, 'The militants, who had held the town for a week, were driven out after two days of combat with government forces backed by air power.', [
    ev(['armed_clash', 'air_strike'], 'combat'),
  ], 'Backlog: "backed by air power" may or may not imply air strikes in the same event; the more-specific rule would make it an air strike, a coder would not'),
  pos(D, 'He was among the 40 hostages freed after the siege, which ended when special forces stormed the building.', [
    ev('abduction', 'hostages'),
    ev(['raid', 'armed_assault'], 'stormed'),
  ], 'Backlog: "hostages" as a bare noun in a release story; whether the siege is a new event depends on the article'),
];
