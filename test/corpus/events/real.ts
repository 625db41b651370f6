// Event corpus, part 1: sentences taken verbatim (or lightly trimmed: a
// leading list number, a trailing clause) from the real corpus:
// /work/shared/corpus/muc4-tst4 (1988, mixed case), /work/shared/corpus/afp
// (Balad) and /work/shared/corpus-unlabeled/muc3-dev (1989–90, UPPER CASE).
// `published` is the dateline date of the source message.
import type { CorpusCase } from '../types.js';
import { ASSAULT_OR_ASSASSINATION as AOA, ev, neg, pos, type Expect } from './helpers.js';

export const realPositives: CorpusCase<Expect>[] = [
  // ---- MUC-4 TST4 (FBIS, 1988) ----
  pos('1988-08-23', 'Police sources have reported that unidentified individuals planted a bomb in front of a Mormon Church in Talcahuano District.', [
    ev('bombing', 'bomb', { attackers: ['unidentified individuals'], targets: ['Mormon Church'], weapons: ['bomb'] }),
  ], 'TST4-MUC4-0001'),
  pos('1988-08-23', 'The bomb, which exploded and caused property damage worth 50,000 pesos, was placed at a chapel of the Church of Jesus Christ of Latter-Day Saints located at No 3856 Gomez Carreno Street.', [
    ev('bombing', 'bomb', { weapons: ['bomb'] }),
  ], 'TST4-MUC4-0001: "bomb" and "exploded" are one event; the first names it'),
  pos('1988-08-23', 'According to unofficial sources, a group of terrorists linked to drug trafficking reportedly wounded a police officer in an attack on a police helicopter. Terrorists also attacked a Civil Guard post in Nuevo Progreso, north of Tingo Maria, Ucayali Department.', [
    ev('attack', 'attack', { wounded: 1, attackers: ['terrorists'] }),
    ev('attack', 'attacked', { attackers: ['Terrorists'], targets: ['Civil Guard post'] }),
  ], 'TST4-MUC4-0003: "wounded" is a victim verb; the incident noun "attack" is the trigger'),
  pos('1988-08-25', 'A corporal and a guerrilla have been killed in the most recent clashes between the Army and the FMLN.', [
    ev('armed_clash', 'clashes', { killed: 2, aggregate: true }),
  ], 'TST4-MUC4-0006: a summary of two separate incidents (the mine and the skirmish) → tally'),
  pos('1988-08-25', 'According to military reports, Corporal Alexander Molina Granados was killed as he was trying to defuse a mine placed by the insurgents on La Noria Bridge, in San Marcos Lempa.', [
    ev('bombing', 'mine', { killed: 1, attackers: ['insurgents'], weapons: ['landmine'] }),
  ], 'TST4-MUC4-0006: "trying to defuse" must not make the mine hypothetical'),
  pos('1988-08-25', 'Meanwhile, troops of the Civiplan Battalion killed an FMLN guerrilla in a skirmish on the slopes of La Cruz Hill in Chalatenango Department.', [
    ev('armed_clash', 'skirmish', { killed: 1 }),
  ], 'TST4-MUC4-0006'),
  pos('1988-08-25', 'Residents of Quetzaltepeque reported that the rebels downed an electric tower last night on the outskirts of the town.', [
    ev('attack', 'downed', { attackers: ['rebels'], targets: ['electric tower'] }),
  ], 'TST4-MUC4-0006: sabotage of a tower, MUC ATTACK'),
  pos('1988-08-27', 'The general management of Aerolineas de Nicaragua, Aeronica, condemned yesterday\'s attack on its regional offices in Guatemala City.', [
    ev('attack', 'attack'),
  ], 'TST4-MUC4-0007: "condemned" reports a real attack'),
  pos('1988-08-27', 'The general manager added that the Guatemalan police are in charge of the investigations to find the perpetrators of the attack who, using an unidentified vehicle, hurled two fragmentation grenades at Aeronica\'s regional offices in Guatemala City.', [
    ev('grenade', 'attack', { weapons: ['grenade'] }),
  ], 'TST4-MUC4-0007: one incident named by "attack" then "grenades": the more specific type wins'),
  pos('1988-07-31', 'The National Vanguard offices in this city were attacked on 29 July at 2220.  Unidentified individuals detonated a bomb that damaged the windows of the National Vanguard offices and those of the neighboring houses.', [
    ev('bombing', 'were attacked', { attackers: ['Unidentified individuals'], targets: ['National Vanguard'], weapons: ['bomb'] }),
  ], 'TST4-MUC4-0010: two sentences, one incident'),
  pos('1988-09-01', 'National Police Director General Jose Guillermo Medina Sanchez confirms that 15 civilians were killed "Tuesday night" in El Tomate, Canaletes Municipality, Cordoba Department, by a gang "possibly belonging to the Popular Liberation Army."', [
    ev(['attack', 'armed_assault'], 'were killed', { killed: 15, targets: ['civilians'] }),
  ], 'TST4-MUC4-0015 (trimmed): attacker only "possibly" named, so not asserted'),
  pos('1988-09-05', 'Early this morning, two powerful bombs rocked San Salvador\'s metropolitan area.', [
    ev('bombing', 'bombs', { weapons: ['bomb'] }),
  ], 'TST4-MUC4-0016'),
  pos('1988-09-05', 'The powerful bombs were planted in two government vehicles, license plates 6906 and 6895, used by the Rural Basic Health Plan Section of the Health Ministry.', [
    ev('bombing', 'bombs', { targets: ['government vehicles'], weapons: ['bomb'] }),
  ], 'TST4-MUC4-0016: licence-plate numbers are not counts'),
  pos('1988-09-22', 'Two terrorist attacks were carried out in Lima last night.', [
    ev('attack', 'terrorist attacks', { aggregate: true }),
  ], 'TST4-MUC4-0019: "two attacks" is a tally of the two bombings that follow'),
  pos('1988-09-22', 'A powerful bomb exploded in the front of Departmental Agrarian Unit No 6, located on block No 5 of Uruguay Avenue.', [
    ev('bombing', 'bomb', { weapons: ['bomb'] }),
  ], 'TST4-MUC4-0019'),
  pos('1988-09-22', 'The terrorists planted a bomb inside a vehicle belonging to Emol Entero. The bomb went off at approximately 2230.', [
    ev('bombing', 'bomb', { attackers: ['terrorists'], weapons: ['bomb'] }),
  ], 'TST4-MUC4-0019: "The bomb went off" refers back'),
  pos('1988-09-22', 'Three new terrorist attacks were carried out early this morning, at an airport in Barranquilla, at the Communist Party headquarters in Florencia, and at the Cerro Azul military installations in Uraba.', [
    ev('attack', 'terrorist attacks', { aggregate: true }),
  ], 'TST4-MUC4-0021'),
  pos('1988-09-22', 'The police confirmed that unidentified individuals armed with machineguns attacked the Colombian Air Force installations in the capital of Atlantico. There were no casualties.', [
    ev(['attack', 'armed_assault'], 'attacked', { killed: 0, wounded: 0, attackers: ['unidentified individuals'], targets: ['Colombian Air Force'] }),
  ], 'TST4-MUC4-0021: "Air Force" is the target, not an air strike'),
  pos('1988-09-22', 'Similarly, it was learned that a bomb exploded today at the Communist Party headquarters in the capital of Caqueta, causing considerable property damage.', [
    ev('bombing', 'bomb', { targets: ['Communist Party headquarters'], weapons: ['bomb'] }),
  ], 'TST4-MUC4-0021'),
  pos('1988-09-22', 'It was also announced that suspected subversives staged another attack on the installations of the battalion stationed in Uraba at Cerro Azul, near Turbo.', [
    ev('attack', 'attack'),
  ], 'TST4-MUC4-0021: "another attack" is one new incident, not a tally'),
  pos('1988-09-22', 'These terrorist attacks took place 1 day after the serious attack launched at the 2d Army Division headquarters in Bucaramanga, which resulted in seven people injured and considerable property damage, affecting nine homes.', [
    ev('attack', 'terrorist attacks', { aggregate: true }),
    ev('attack', 'attack', { wounded: 7, targets: ['2d Army Division headquarters'] }),
  ], 'TST4-MUC4-0021: two events; "nine homes" is damage, not a count of people'),
  pos('1988-09-22', 'Guards at the site repelled the attack, which was apparently staged by guerrillas.', [
    ev('attack', 'attack'),
  ], 'TST4-MUC4-0021: a repelled attack still happened'),
  pos('1988-09-23', 'Last night in San Clemente District, 9 km north of Pisco, a group of terrorists dynamited machinery belonging to Albolones Peruanos, Inc.', [
    ev('bombing', 'dynamited', { attackers: ['terrorists'], targets: ['machinery'] }),
  ], 'TST4-MUC4-0022'),
  pos('1988-09-28', 'This morning at approximately 0630 the Christian Democratic Party [PDC] headquarters in the city of Arica was attacked.', [
    ev('attack', 'was attacked', { targets: ['Christian Democratic Party'] }),
  ], 'TST4-MUC4-0024'),
  pos('1988-09-28', 'Unidentified individuals attacked the PDC\'s premises, located at 683 Sotomayor Street, breaking the windows of the premises and trying to break down the door.', [
    ev('attack', 'attacked', { attackers: ['Unidentified individuals'] }),
  ], 'TST4-MUC4-0024'),
  pos('1988-09-30', 'Two soldiers and a rebel were killed in skirmishes around the country in the past few hours.', [
    ev('armed_clash', 'skirmishes', { killed: 3, aggregate: true }),
  ], 'TST4-MUC4-0025'),
  pos('1988-09-30', 'Another report indicates that the authorities have identified the corpse of policeman David Diaz Cortez, who was killed at daybreak today in a skirmish by rebels against Suchitoto military.', [
    ev('armed_clash', 'skirmish', { killed: 1 }),
  ], 'TST4-MUC4-0025'),
  pos('1988-09-30', 'A rebel was killed during a skirmish with the Army near Tecoluca, San Vicente Department.', [
    ev('armed_clash', 'skirmish', { killed: 1 }),
  ], 'TST4-MUC4-0025'),
  pos('1988-09-30', 'Finally, the Armed Forces reported that the FMLN on Wednesday destroyed ANTEL [National Administration for Telecommunications] installations in San Francisco Chinameca, La Paz Department.', [
    ev('attack', 'destroyed', { attackers: ['FMLN'], targets: ['ANTEL'] }),
  ], 'TST4-MUC4-0025: the Armed Forces are the source, not the attacker'),
  pos('1988-10-02', 'Fifteen soldiers were killed today in Colombia during an ambush by FARC communist guerrillas in Caqueta\'s southern jungles, military sources reported from Florencia, the capital in that area of the country.', [
    ev('armed_assault', 'ambush', { killed: 15, attackers: ['FARC'], targets: ['soldiers'] }),
  ], 'TST4-MUC4-0026: MUC keys leave out attacks on soldiers (gold empty); our taxonomy codes them'),
  pos('1988-10-02', 'FARC rebels killed 28 soldiers during an ambush in the same area in late 1987.', [
    ev('armed_assault', 'ambush', { killed: 28, attackers: ['FARC'] }),
  ], 'TST4-MUC4-0026: a past incident, still an event at sentence level'),
  pos('1988-09-15', 'During this attack, GC Lieutenant Jorge Cieza Lacho was killed by the MRTA terrorists, who also seized large amounts of weapons, ammunition, and grenades.', [
    ev('attack', 'attack', { killed: 1, attackers: ['MRTA'] }),
  ], 'TST4-MUC4-0027: seized grenades are loot, not the weapon'),
  pos('1988-09-15', 'A few hours later the terrorists attacked the village of San Jose de Sisa.', [
    ev('attack', 'attacked', { attackers: ['terrorists'] }),
  ], 'TST4-MUC4-0027'),
  pos('1988-10-03', 'A terrorist attack, in which Czechoslovak bombs were used, has destroyed four high tension towers in the central region.', [
    ev('bombing', 'terrorist attack', { targets: ['high tension towers'], weapons: ['bomb'] }),
  ], 'TST4-MUC4-0028: "four" counts towers, not victims'),
  pos('1988-10-02', 'Terrorists of the Maoist Shining Path group during the past few hours killed a university professor, a policeman, and a pedestrian.', [
    ev('attack', 'killed', { killed: 3, attackers: ['Shining Path'], aggregate: true }),
  ], 'TST4-MUC4-0029 (trimmed): a summary of two incidents'),
  pos('1988-10-02', 'In the central Andean town of Huancayo, 350 km east of Lima, professor Herminio Parra, who has criticized subversive movements, was shot at the door of his house early in the morning on Saturday by four terrorists who claimed to be his students, his widow Rita Avendano reported.', [
    ev(AOA, 'was shot', { attackers: ['terrorists'], targets: ['Herminio Parra'] }),
  ], 'TST4-MUC4-0029: "350 km" and "four" are not casualty counts'),
  pos('1988-10-02', 'In Paucarbambilla, a locality in Huanuco, two Shining Path members this past weekend machinegunned a civil guard and a pedestrian at the door of a police club, and detonated a car bomb, police sources have reported.', [
    ev('armed_assault', 'machinegunned', { attackers: ['Shining Path'], targets: ['civil guard', 'pedestrian'] }),
    ev('bombing', 'detonated', { weapons: ['car bomb'] }),
  ], 'TST4-MUC4-0029: two acts of different form in one sentence'),
  pos('1988-10-09', 'A small home-made bomb exploded at dawn today at the headquarters of the Shoe Industry Workers Union, in this city, causing small material damages.', [
    ev('bombing', 'bomb', { targets: ['Shoe Industry Workers Union'], weapons: ['bomb'] }),
  ], 'TST4-MUC4-0032: a strike-prone union is the target, no labour strike here'),
  pos('1988-10-09', 'The explosion caused some panic near the area, but it was soon discovered that the blast only shattered windows.  No casualties were reported.', [
    ev('bombing', 'explosion', { killed: 0, wounded: 0 }),
  ], 'TST4-MUC4-0032: "explosion" and "blast" are one event'),
  pos('1988-10-09', 'It was disclosed in this capital today that a bomb exploded at the front door of the home of a Peruvian Army general, causing damages but no casualties.', [
    ev('bombing', 'bomb', { killed: 0, wounded: 0, weapons: ['bomb'] }),
  ], 'TST4-MUC4-0034'),
  pos('1988-10-09', 'The terrorist attack was perpetrated at dawn on Saturday, 9 October, by a group of unidentified individuals who hurled a bomb at the home of General Enrique Franco, in the San Borja neighborhood in Lima, from a passing vehicle.', [
    ev('bombing', 'terrorist attack', { attackers: ['unidentified individuals'], targets: ['Enrique Franco'], weapons: ['bomb'] }),
  ], 'TST4-MUC4-0034: "hurled a bomb" is a bombing, not a grenade'),
  pos('1988-10-12', 'The political-military command has issued a communique reporting that three terrorists have died and four were arrested in an armed clash between an Army patrol and a terrorist column.', [
    ev('armed_clash', 'armed clash', { killed: 3 }),
  ], 'TST4-MUC4-0036: four arrested are not wounded'),
  pos('1988-10-12', 'The communique says that a few days ago a group of terrorists clashed with the Army in the Chilhua Region, La Mar Province, Ayacucho Department.', [
    ev('armed_clash', 'clashed'),
  ], 'TST4-MUC4-0036'),
  pos('1988-10-12', 'Two bombs set off by FMLN urban guerrillas last night partially destroyed the recently built La Torre de Cristal building on Roosevelt Avenue in San Salvador.', [
    ev('bombing', 'bombs', { attackers: ['FMLN'], targets: ['La Torre de Cristal'], weapons: ['bomb'] }),
  ], 'TST4-MUC4-0037'),
  pos('1988-10-12', 'In other military actions, one guerrilla was killed and two soldiers were injured in clashes in San Vicente Department.', [
    ev('armed_clash', 'clashes', { killed: 1, wounded: 2 }),
  ], 'TST4-MUC4-0037: the next sentence of the source calls it "the clash": one incident'),
  pos('1988-10-12', 'The FMLN last night blew up the administrative offices of the [name indistinct] seaside resort in La Paz Department.  There were no injuries.', [
    ev('bombing', 'blew up', { wounded: 0, attackers: ['FMLN'] }),
  ], 'TST4-MUC4-0037'),
  pos('1988-10-12', 'At daybreak today, FMLN guerrillas blew up a power pole at Galera Quemada Canton, Ilobasco jurisdiction.', [
    ev('bombing', 'blew up', { attackers: ['FMLN'], targets: ['power pole'] }),
  ], 'TST4-MUC4-0037'),
  pos('1988-10-15', 'On 21 August 1988, EPS soldiers kidnapped Honduran citizens Rosalio Mejia Rodriguez and her son Guillermo Saul Mejia Herrera, who were taken to Nicaraguan territory.', [
    ev('abduction', 'kidnapped', { attackers: ['EPS'], targets: ['Rosalio Mejia Rodriguez', 'Guillermo Saul Mejia Herrera'] }),
  ], 'TST4-MUC4-0038 (list number dropped)'),
  pos('1988-10-15', 'On 9 September 1988, EPS soldiers attacked with machinegun and mortar fire the 9th Infantry Brigade Battalion post in Cerro Pelon, La Lampara, Quebrada del Oro, and Tapalchi, in Poteca River, Paraiso.', [
    ev('shelling', 'attacked', { attackers: ['EPS'], weapons: ['mortar'] }),
  ], 'TST4-MUC4-0038: mortar fire makes it shelling (more specific than armed_assault)'),
  pos('1988-10-15', 'During the attack, soldier Jose Mario Chicas Diaz was wounded.  Our troops responded to the fire and reported no [further] casualties.', [
    ev('attack', 'attack', { wounded: 1 }),
  ], 'TST4-MUC4-0038: "no [further] casualties" must not reset wounded to 0'),
  pos('1988-10-15', 'On 18 September 1988, EPS soldiers attacked positions held by the 9th Infantry Battalion at La Congolona on the Poteca River with 82 - and 120-mm mortars, RPG-7\'s, and rifle fire.', [
    ev('shelling', 'attacked', { attackers: ['EPS'], weapons: ['mortar'] }),
  ], 'TST4-MUC4-0038: calibres are not counts'),
  pos('1988-10-17', 'The leftist National Liberation Army (ELN) kidnapped two soldiers in northern Colombia in the past few hours.', [
    ev('abduction', 'kidnapped', { attackers: ['National Liberation Army'], targets: ['soldiers'] }),
  ], 'TST4-MUC4-0039: MUC gold leaves out military victims'),
  pos('1988-10-17', 'The FARC kidnapped these men 6 weeks ago when the rebels attacked Minca in the Sierra Nevada de Santa Marta area.', [
    ev('abduction', 'kidnapped', { attackers: ['FARC'] }),
    ev('attack', 'attacked', { attackers: ['rebels'] }),
  ], 'TST4-MUC4-0039: MUC codes the kidnapping and the attack on the town as two incidents'),
  pos('1988-10-19', 'The Manuel Jose Arce Urban Command has brilliantly sabotaged a commercial building belonging to the bourgeoisie in the Escalon neighborhood, causing heavy economic losses to the idle class.', [
    ev('attack', 'sabotaged', { attackers: ['Manuel Jose Arce Urban Command'], targets: ['commercial building'] }),
  ], 'TST4-MUC4-0040'),
  pos('1988-10-19', 'In the past few hours, the FMLN\'s Pedro Pablo Castillo Urban Command executed an Air Force officer.', [
    ev(['assassination', 'attack'], 'executed', { attackers: ['Pedro Pablo Castillo Urban Command'] }),
  ], 'TST4-MUC4-0040 (trimmed): "executed" of a person, not a plan; "Air Force" is the victim'),
  pos('1988-10-07', 'An explosion has destroyed a section of the multipurpose pipeline running from Barrancabermeja to Bucaramanga.', [
    ev('bombing', 'explosion', { targets: ['pipeline'] }),
  ], 'TST4-MUC4-0031'),
  pos('1988-10-07', 'ECOPETROL has lost 95 billion pesos in revenues this year due to the 44 terrorist attacks on the Cano Limon - Covenas oil pipeline.', [
    ev('attack', 'terrorist attacks', { aggregate: true, targets: ['pipeline'] }),
  ], 'TST4-MUC4-0031: a tally; 95 billion and 44 are not casualties'),

  // ---- AFP Balad story (2021) ----
  pos('2021-04-04', 'Two rockets hit near an Iraqi airbase hosting US soldiers north of Baghdad on Sunday, three days ahead of a new “strategic dialogue” with Washington, a security source told AFP.', [
    ev('shelling', 'hit', { weapons: ['rocket'] }),
  ], 'balad-airbase'),
  pos('2021-04-04', 'There was no immediate claim of responsibility for the strike at Balad airbase, which caused no casualties or property damage, but the US routinely blames Iran-linked Iraqi factions for such attacks on its troops and diplomats.', [
    ev('attack', 'strike', { killed: 0, wounded: 0, targets: ['Balad airbase'] }),
  ], 'balad-airbase: "such attacks" is generic; the sentence alone does not say rockets'),
  pos('2021-04-04', 'Sunday’s was the 14th attack against American interests — including troops, the Baghdad embassy or Iraqi supply convoys to foreign forces — since US President Joe Biden took office in January.', [
    ev('attack', 'attack', { aggregate: true, targets: ['American interests'] }),
  ], 'balad-airbase: the tally'),
  pos('2021-04-04', 'Sunday’s was the 14th attack against American interests since US President Joe Biden took office in January. Two Americans and an Iraqi civilian have been killed in the attacks.', [
    ev('attack', 'attack', { killed: 3, aggregate: true }),
  ], 'balad-airbase: "in the attacks" is the tally after the tally is told (aggregate-plural); alone it tells the incident told'),
  pos('2021-04-04', 'An Iraqi civilian working for a firm maintaining US fighter jets for the Iraq airforce was also wounded in one attack.', [
    ev('attack', 'attack', { wounded: 1 }),
  ], 'balad-airbase: "fighter jets" and "airforce" must not make it an air strike'),
  pos('2021-04-04', 'In February, the US carried out a raid against pro-Iranian Iraqi fighters in Syria.', [
    ev('raid', 'raid', { attackers: ['United States'], targets: ['pro-Iranian Iraqi fighters'] }),
  ], 'balad-airbase'),
  pos('2021-04-04', 'But both sides are wary after a previous escalation in January 2020, sparked by the US assassination of top Iranian general Qasem Soleimani, took the arch-enemies to the brink of war.', [
    ev('assassination', 'assassination', { attackers: ['United States'], targets: ['Qasem Soleimani'] }),
  ], 'balad-airbase: "brink of war" is not an event'),

  // ---- MUC-3 DEV (1989–90, upper case) ----
  pos('1990-01-03', 'THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS OF VARIOUS AGES HAVE BEEN KIDNAPPED BY TERRORISTS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] IN SAN MIGUEL DEPARTMENT.', [
    ev('abduction', 'BEEN KIDNAPPED', { attackers: ['FMLN'], targets: ['PEASANTS'] }),
  ], 'DEV-MUC3-0001'),
  pos('1990-01-03', 'MEANWHILE, THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES YESTERDAY IN USULUTAN AND MORAZAN DEPARTMENTS.', [
    ev('armed_clash', 'CLASHES', { killed: 3, wounded: 7, aggregate: true }),
  ], 'DEV-MUC3-0001: summary of the clashes detailed next'),
  pos('1990-01-03', 'THE ATONAL BATTALION REPORTED THAT ONE EXTREMIST WAS KILLED AND FIVE OTHERS WERE WOUNDED DURING A CLASH YESTERDAY AFTERNOON NEAR LA ESPERANZA FARM, SANTA ELENA JURISDICTION, USULUTAN DEPARTMENT.', [
    ev('armed_clash', 'CLASH', { killed: 1, wounded: 5 }),
  ], 'DEV-MUC3-0001'),
  pos('1990-01-03', 'NATIONAL GUARD UNITS GUARDING THE LAS CANAS BRIDGE, WHICH IS ON THE NORTHERN TRUNK HIGHWAY IN APOPA, THIS MORNING REPELLED A TERRORIST ATTACK THAT RESULTED IN NO CASUALTIES.', [
    ev('attack', 'TERRORIST ATTACK', { killed: 0, wounded: 0 }),
  ], 'DEV-MUC3-0001'),
  pos('1989-09-09', 'IT WAS ALSO KNOWN THAT THE MEMBERS OF THE AFOREMENTIONED GROUP PLACED A CAR BOMB ACROSS FROM THE MEDELLIN TELEPHONE COMPANY, INJURING FIVE PEDESTRIANS AND CAUSING MILLIONS OF PESOS IN PROPERTY DAMAGE.', [
    ev('bombing', 'CAR BOMB', { wounded: 5, weapons: ['car bomb'] }),
  ], 'DEV-MUC3-0453'),
  pos('1990-04-26', 'ON 11 MARCH ANOTHER CAR BOMB LOADED WITH OVER 100 KG OF DYNAMITE WAS EXPLODED AGAINST A POLICE VEHICLE ON THE FREEWAY SOUTH OF MEDELLIN.', [
    ev('bombing', 'CAR BOMB', { targets: ['POLICE VEHICLE'], weapons: ['car bomb'] }),
  ], 'DEV-MUC3-1236: "100 KG" is not a count'),
  pos('1989-10-20', 'BARRANQUILLA RESIDENTS ARE VERY CONCERNED TONIGHT FOLLOWING THIS AFTERNOON\'S CAR BOMB EXPLOSION, WHICH WOUNDED AT LEAST 10 PERSONS AND CAUSED EXTENSIVE DAMAGE.', [
    ev('bombing', 'CAR BOMB EXPLOSION', { wounded: 10, weapons: ['car bomb'] }),
  ], 'DEV-MUC3-0592: compound trigger'),
  pos('1990-04-26', 'POLICE SOURCES SAID THAT THE CAR BOMB, WHICH WAS CAMOUFLAGED WITH CONSTRUCTION WASTE, WAS SET OFF BY REMOTE CONTROL AT A PASSING ELITE POLICE PATROL.', [
    ev('bombing', 'CAR BOMB', { weapons: ['car bomb'] }),
  ], 'DEV-MUC3-1236'),
  pos('1989-11-12', 'ON 11 NOVEMBER, THE SHINING PATH DYNAMITED A BUS NEAR THE CITIES OF HUANCAYO AND HUARAZ AFTER THE PASSENGERS WERE FORCED TO DISEMBARK.', [
    ev('bombing', 'DYNAMITED', { attackers: ['SHINING PATH'], targets: ['BUS'] }),
  ], 'DEV-MUC3-0695'),
  pos('1989-11-13', 'A RAILROAD BRIDGE BETWEEN TIERRA BLANCA AND JIQUILISCO HAS BEEN PARTIALLY DESTROYED WITH DYNAMITE.', [
    ev('bombing', 'DESTROYED', { targets: ['RAILROAD BRIDGE'] }),
  ], 'DEV-MUC3-0719'),
  pos('1989-09-13', 'ACCORDING TO WITNESSES, UNIDENTIFIED MEN IN A LUXURY CAR CIRCLED THE RESIDENTIAL NEIGHBORHOOD SEVERAL TIMES AND THEN THREW A PACKAGE CONTAINING SEVERAL DYNAMITE STICKS, WHICH EXPLODED ALMOST IMMEDIATELY.', [
    ev('bombing', 'EXPLODED', { attackers: ['UNIDENTIFIED MEN'] }),
  ], 'DEV-MUC3-0474: thrown dynamite is a bombing, not a grenade'),
  pos('1989-06-21', 'ON 16 JUNE, THE MAIN OIL RESERVES IN THE CARIBBEAN PORT CITY OF COVENAS WERE VIRTUALLY DESTROYED BY SEVERAL DYNAMITE BLASTS SET OFF BY THE GUERRILLAS.', [
    ev('bombing', 'DYNAMITE BLASTS', { attackers: ['GUERRILLAS'] }),
  ], 'DEV-MUC3-0257: a result verb ("DESTROYED") followed by the incident noun in the same clause: the noun is the trigger'),
  pos('1989-10-27', 'AT 2030 HOURS A VOLKSWAGEN PARKED NEAR THE ENTRANCE OF THE PRC EMBASSY EXPLODED AFTER BEING PACKED WITH DYNAMITE.', [
    ev('bombing', 'EXPLODED'),
  ], 'DEV-MUC3-0610'),
  pos('1989-11-13', 'IN SUM, A C-47 PLANE MACHINEGUNNED DOWNTOWN MEJICANOS, AND AN A- 37 PLANE AND A PUSH-AND-PULL PLANE, WHICH IS ALSO KNOWN AS 0-2 PLANE, BOMBED THE MARIONA AREA.', [
    ev('air_strike', 'MACHINEGUNNED'),
    ev('air_strike', 'BOMBED'),
  ], 'DEV-MUC3-0712: planes make both air strikes'),
  pos('1990-03-06', 'ACCORDING TO THE ARMED FORCES PRESS COMMITTEE (COPREFA), MEMBERS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) MACHINEGUNNED THE HELICOPTER AS IT WAS FLYING TO THE TOWN OF GUANCORITA IN NORTHERN CHALATENANGO DEPARTMENT.', [
    ev('armed_assault', 'MACHINEGUNNED', { attackers: ['FMLN'], targets: ['HELICOPTER'] }),
  ], 'DEV-MUC3-1152: the helicopter is the target, not an air strike'),
  pos('1989-12-19', 'FINALLY, PONCE REPORTED THAT THE FMLN MACHINEGUNNED A BUILDING WITH COFFEE HARVESTERS IN SANTA ANA AND MAIMED TWO PEOPLE SIMPLY BECAUSE THEY REFUSED TO STOP HARVESTING COFFEE.', [
    ev('armed_assault', 'MACHINEGUNNED', { wounded: 2, attackers: ['FMLN'] }),
  ], 'DEV-MUC3-1013'),
  pos('1989-12-07', 'HELICOPTERS MACHINEGUNNED AND ROCKETED THIS DENSELY POPULATED AREA.', [
    ev('air_strike', 'MACHINEGUNNED'),
  ], 'DEV-MUC3-0946: one act, two verbs'),
  pos('1990-02-22', 'NATIONAL POLICE AGENT CIPRIANO APARICIO ALVAREZ WAS KILLED WHEN ALLEGED GUERRILLA URBAN COMMANDOS MACHINEGUNNED POLICEMEN AT THE INTERSECTION OF NO. 5 WEST STREET AND NO. 5 NORTH AVENUE.', [
    ev('armed_assault', 'MACHINEGUNNED', { killed: 1 }),
  ], 'DEV-MUC3-1137: street numbers are not counts'),
  pos('1989-02-06', 'ON 25 JANUARY, ALLEGED COMMANDOS OF THE "CINCHONERO" PEOPLE\'S LIBERATION FRONT MACHINEGUNNED RETIRED GENERAL GUSTAVO ALVAREZ MARTINEZ, A FORMER ARMED FORCES COMMANDER.', [
    ev(AOA, 'MACHINEGUNNED', { targets: ['GUSTAVO ALVAREZ MARTINEZ'] }),
  ], 'DEV-MUC3-0063'),
  pos('1989-08-18', 'GALAN, 46, WAS MACHINEGUNNED TOGETHER WITH FIVE OTHER PERSONS WHO WERE WOUNDED WHEN HE WAS ABOUT TO DELIVER A SPEECH TONIGHT IN SOACHA, NEAR BOGOTA.', [
    ev(AOA, 'WAS MACHINEGUNNED', { wounded: 5, targets: ['GALAN'] }),
  ], 'DEV-MUC3-0352: "46" is his age; "ABOUT TO DELIVER" is not modality of the shooting'),
  pos('1990-05-16', 'POLICE SPOKESMEN SAID THAT POLICEMEN HUMBERTO DIAZ, A DRIVER; EDGAR CORONADO, A PHOTOGRAPHER; AND MARIO NAVARRO, A TECHNICAL SERGEANT, WERE AMBUSHED LAST NIGHT BY GUERRILLAS AT THE SAN ISIDRO FARM, 99 KM SOUTH OF THE CAPITAL.', [
    ev('armed_assault', 'WERE AMBUSHED', { attackers: ['GUERRILLAS'] }),
  ], 'DEV-MUC3-1285'),
  pos('1989-06-19', 'A MILITARY COMMAND SPOKESMAN SAID THAT THE FIGHTING TOOK PLACE A SCANT 10 KM FROM THE VILLAGE OF SAN JACINTO IN SAN DIEGO MUNICIPALITY, WHERE FOUR SOLDIERS DIED LAST WEEK IN AN AMBUSH.', [
    ev('armed_clash', 'FIGHTING'),
    ev('armed_assault', 'AMBUSH', { killed: 4 }),
  ], 'DEV-MUC3-0255: two incidents a week apart'),
  pos('1989-08-25', 'RADIO VENCEREMOS, OFFICIAL VOICE OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN], REPORTED THAT THE REBELS INFLICTED 18 CASUALTIES, ON THE ARMY IN THREE AMBUSHES.', [
    ev('armed_assault', 'AMBUSHES', { aggregate: true }),
  ], 'DEV-MUC3-0380: "casualties" mixes killed and wounded: neither is filled'),
  pos('1989-08-28', 'SHORTLY BEFORE THE RELEASE OF THESE POLICEMEN, THE ELN KIDNAPPED ELIECER DE JESUS ACEVEDO OLARTE, THE MAYOR OF ZARAGOZA MUNICIPALITY, IN ANTOQUIA DEPARTMENT.', [
    ev('abduction', 'KIDNAPPED', { attackers: ['ELN'], targets: ['ELIECER DE JESUS ACEVEDO OLARTE'] }),
  ], 'DEV-MUC3-0389'),
  pos('1989-10-01', 'COLOMBIAN GUERRILLAS, DISGUISED AS POLICEMEN, KIDNAPPED THE 55-YEAR-OLD BUSINESSMAN LAST 9 AUGUST AT THE HOTEL WHERE BERROCAL WAS STAYING IN THE DOWNTOWN SECTION OF THE ECUADORAN CAPITAL.', [
    ev('abduction', 'KIDNAPPED', { attackers: ['GUERRILLAS'], targets: ['BUSINESSMAN'] }),
  ], 'DEV-MUC3-0539: "POLICEMEN" is a disguise, not the attacker'),
  pos('1989-11-09', 'THE POLICE HAS REPORTED THAT ALLEGED MEMBERS OF THE ARMY OF NATIONAL LIBERATION (ELN) KIDNAPPED TODAY TWO MEXICANS IN THE ARAUCA OIL ZONE, NEAR THE COLOMBIAN-VENEZUELAN BORDER.', [
    ev('abduction', 'KIDNAPPED', { attackers: ['ELN'], targets: ['MEXICANS'] }),
  ], 'DEV-MUC3-0656'),
  pos('1989-12-16', 'THE WEALTHY BUSINESSMAN WAS KIDNAPPED LAST MONDAY IN SAO PAULO BY A GROUP THAT DROVE UP IN AMBULANCE AS DINIZ WAS JOGGING IN A CITY PARK.', [
    ev('abduction', 'WAS KIDNAPPED', { targets: ['BUSINESSMAN'] }),
  ], 'DEV-MUC3-1003'),
  pos('1990-03-03', 'DEMONSTRATORS THREW STONES AT THE EMBASSY WINDOWS AND LATER SET FIRE TO PART OF THE RESIDENCY INSTALLATIONS.', [
    ev('arson', 'SET FIRE TO', { attackers: ['DEMONSTRATORS'] }),
  ], 'DEV-MUC3-1148'),
  pos('1989-01-25', 'POLICE AUTHORITIES REPORTED TODAY IN LIMA THAT YESTERDAY HEAVILY-ARMED SHINING PATH TERRORISTS OVERPOWERED ANDAHUA RESIDENTS AND BURNED THE OFFICES OF THE TELECOMMUNICATIONS ENTERPRISE, THE AGRARIAN BANK, THE NATIONAL BANK, AND HEALTH MINISTRY OFFICES.', [
    ev('arson', 'BURNED', { attackers: ['SHINING PATH'] }),
  ], 'DEV-MUC3-0060'),
  pos('1989-01-25', 'DURING THIS ATTACK, THE TERRORISTS SET MOST OF THE CITY\'S PUBLIC BUILDINGS ON FIRE.', [
    ev('arson', 'ATTACK', { attackers: ['TERRORISTS'] }),
  ], 'DEV-MUC3-0060: one incident, arson is more specific than attack'),
  pos('1990-01-15', 'BEFORE FLEEING, THE COMMANDO GROUP SET FIRE TO A GROCERY STORE AND CAUSED SOME DAMAGE IN THE SMALL TOWN.', [
    ev('arson', 'SET FIRE TO', { targets: ['GROCERY STORE'] }),
  ], 'DEV-MUC3-0040'),
  pos('1989-06-29', 'THE PEASANTS -- SOME 400 STRONG -- BURNED THE UMOPAR PICKUP AND CHASED THE POLICE INTO THE WOODS.', [
    ev('arson', 'BURNED', { attackers: ['PEASANTS'], targets: ['UMOPAR'] }),
  ], 'DEV-MUC3-0268: "400" is the crowd, not a count of victims'),
  pos('1989-08-10', 'THE MOST SERIOUS INCIDENT WAS CAUSED BY UNIDENTIFIED PERSONS WHO THREW A GRENADE AT A PRIVATELY OWNED PASSENGER BUS ON KILOMETER 6 OF THE ROAD LINKING GUATEMALA CITY WITH PUERTO BARRIOS, ON THE ATLANTIC COAST.', [
    ev('grenade', 'THREW A GRENADE', { attackers: ['UNIDENTIFIED PERSONS'], targets: ['BUS'], weapons: ['grenade'] }),
  ], 'DEV-MUC3-0340'),
  pos('1989-09-10', 'THE SOURCES ALSO SAID THAT UNDIDENTIFIED MEN HURLED A GRENADE AT THE "CAMINO REAL" HOTEL, TO THE SOUTH OF THE CAPITAL, BUT WHEN IT EXPLODED IT ONLY MADE A HOLE IN THE GROUND.', [
    ev('grenade', 'HURLED A GRENADE', { targets: ['CAMINO REAL'], weapons: ['grenade'] }),
  ], 'DEV-MUC3-0457: typo "UNDIDENTIFIED" kept; "EXPLODED" is the same event'),
  pos('1989-01-22', 'ACCORDING TO THE OFFICIAL REPORT THE PRESUMED MEMBERS OF THE SHINING PATH GROUP ATTACKED THE COMMUNITY MEETING, THROWING GRENADES AND FIRING THEIR GUNS AT THE PEOPLE IN THE GATHERING.', [
    ev('grenade', 'ATTACKED', { targets: ['COMMUNITY MEETING'], weapons: ['grenade'] }),
  ], 'DEV-MUC3-0059: one attack; grenade is the most specific type named'),
  pos('1989-03-18', 'A FRAGMENTATION GRENADE EXPLODED NEAR THE SANTA ISABEL NEIGHBORHOOD.', [
    ev('grenade', 'GRENADE', { weapons: ['grenade'] }),
  ], 'DEV-MUC3-0135 (trimmed)'),
  pos('1989-03-15', 'URBAN GUERILLAS ATTACKED THE PRESIDENCY IN SAN SALVADOR WITH MORTAR FIRE TONIGHT, CAUSING SOME DAMAGE BUT NO CASUALTIES, ACCORDING TO INITIAL OFFICIAL REPORTS.', [
    ev('shelling', 'ATTACKED', { killed: 0, wounded: 0, targets: ['PRESIDENCY'], weapons: ['mortar'] }),
  ], 'DEV-MUC3-0126: "GUERILLAS" misspelt in the source'),
  pos('1989-11-12', 'VIOLENCE BROKE OUT ON SATURDAY MORNING, WHEN GUERRILLA URBAN COMMANDS LAUNCHED A MORTAR ATTACK ON THE NATIONAL GUARD HEADQUARTERS IN THE CAPITAL.', [
    ev('shelling', 'MORTAR ATTACK', { targets: ['NATIONAL GUARD'], weapons: ['mortar'] }),
  ], 'DEV-MUC3-0684'),
  pos('1989-12-07', 'THE GENERAL STAFF INSTALLATIONS WERE ATTACKED WITH 60-MM MORTARS.', [
    ev('shelling', 'WERE ATTACKED', { weapons: ['mortar'] }),
  ], 'DEV-MUC3-0946'),
  pos('1989-03-19', 'ARMY HELICOPTERS FIRED ROCKETS THIS MORNING ON SAN RAMON NEIGHBORHOOD IN SAN SALVADOR, WHERE SOME 100 GUERRILLAS ATTACKED A CIVIL DEFENSE POST.', [
    ev('air_strike', 'FIRED'),
    ev('attack', 'ATTACKED', { attackers: ['GUERRILLAS'], targets: ['CIVIL DEFENSE POST'] }),
  ], 'DEV-MUC3-0137: helicopter rocket fire is an air strike; the attack on the post is a second event'),
  pos('1989-12-21', 'HELICOPTERS CONTINUOUSLY BOMBED THE SAN MIGUELITO SECTOR IN PANAMA CITY THIS MORNING.', [
    ev('air_strike', 'BOMBED'),
  ], 'DEV-MUC3-1021'),
  pos('1989-06-03', 'TODAY AT 1245 A BUS CARRYING 27 ARMY SOLDIERS WAS BOMBED BY TERRORISTS NEAR THE 12TH BLOCK OF JUNIN STREET.', [
    ev('bombing', 'WAS BOMBED', { attackers: ['TERRORISTS'], targets: ['BUS'] }),
  ], 'DEV-MUC3-0234: 27 is the passengers, not a casualty count; no aircraft, so bombing'),
  pos('1990-03-22', 'DANIEL SOLORZANO, ASSISTANT SECRETARY OF THE RULING GUATEMALAN CHRISTIAN DEMOCRACY WAS SHOT AND KILLED ON 21 MARCH BY UNIDENTIFIED MEN, THE POLICE REPORTED TODAY.', [
    ev(AOA, 'WAS SHOT AND KILLED', { killed: 1, attackers: ['UNIDENTIFIED MEN'], targets: ['DANIEL SOLORZANO'] }),
  ], 'DEV-MUC3-1176'),
  pos('1989-10-31', 'ROA AND SAAVEDRA WERE GUNNED DOWN BY HITMEN IN A JEEP.', [
    ev(AOA, 'WERE GUNNED DOWN', { attackers: ['HITMEN'], targets: ['ROA', 'SAAVEDRA'] }),
  ], 'DEV-MUC3-0627'),
  pos('1989-10-17', 'THE ANNOUNCER\'S ASSASSINATION CAME ONLY 12 HOURS AFTER "THE EXTRADITABLES," THE ARMED WING OF THE MEDELLIN CARTEL, GUNNED DOWN JUDGE HECTOR JIMENEZ RODRIGUEZ IN MEDELLIN, THE COUNTRY\'S SECOND MOST IMPORTANT CITY, LOCATED 250 KM NORTHWEST OF BOGOTA.', [
    ev('assassination', 'ASSASSINATION'),
    ev(AOA, 'GUNNED DOWN', { attackers: ['EXTRADITABLES'], targets: ['HECTOR JIMENEZ RODRIGUEZ'] }),
  ], 'DEV-MUC3-0582: two killings 12 hours apart'),
  pos('1989-10-28', 'THREE YOUNG MEN WERE GUNNED DOWN BY HIRED GUNMEN IN A PUBLIC ESTABLISHMENT IN BELLO NORTE MUNICIPALITY.', [
    ev('armed_assault', 'WERE GUNNED DOWN', { killed: 3, attackers: ['GUNMEN'] }),
  ], 'DEV-MUC3-0611: unnamed victims, so armed_assault'),
  pos('1989-08-03', 'GUSTAVO GUERRA, COORDINATOR OF THE LEFTIST PATRIOTIC UNITY [UP] IN CORDOBA DEPARTMENT IN THE COUNTRY\'S NORTHWEST, WAS GUNNED DOWN TODAY.', [
    ev(AOA, 'WAS GUNNED DOWN', { targets: ['GUSTAVO GUERRA'] }),
  ], 'DEV-MUC3-0324'),
  pos('1989-07-02', 'ON THAT OCCASION THREE UNIDENTIFIED MEN SHOT AND KILLED 65-YEAR- OLD PRESIDENCY MINISTER ANTONIO RODRIGUEZ PORTH.', [
    ev(AOA, 'SHOT AND KILLED', { killed: 1, attackers: ['UNIDENTIFIED MEN'], targets: ['ANTONIO RODRIGUEZ PORTH'] }),
  ], 'DEV-MUC3-0273: "65-YEAR- OLD" is an age'),
  pos('1989-10-30', 'IN LIMA, ANOTHER COMMANDO THAT APPARENTLY ALSO BELONGING TO THE MAOIST "SHINING PATH" ARMED ORGANIZATION, SHOT DEAD PERUVIAN NATIONAL POLICE SERGEANT LUIS CACERES TAVARA, 24.', [
    ev(AOA, 'SHOT DEAD', { killed: 1, targets: ['LUIS CACERES TAVARA'] }),
  ], 'DEV-MUC3-0624: attacker only "apparently" Shining Path'),
  pos('1989-01-10', 'GARY ELLIOT KENT JR, A U.S. CITIZEN BEING HELD IN PRISON WHILE AWAITING TRIAL ON DRUG-TRAFFICKING CHARGES, HAS BEEN STABBED TO DEATH IN THE PAVON PRISON CAMP, 18 KM SOUTHEAST OF THIS CAPITAL.', [
    ev(AOA, 'BEEN STABBED', { killed: 1, targets: ['GARY ELLIOT KENT'] }),
  ], 'DEV-MUC3-0019: "AWAITING TRIAL" is about the victim, not a trial of the killing'),
  pos('1989-08-07', 'INTERIOR MINISTRY SOURCES TODAY REPORTED IN LIMA THAT THREE ALLEGED MEMBERS OF THE TUPAC AMARU REVOLUTIONARY MOVEMENT (MRTA) HAVE DIED IN A CLASH WITH THE NATIONAL POLICE (PN).', [
    ev('armed_clash', 'CLASH', { killed: 3 }),
  ], 'DEV-MUC3-0335'),
  pos('1989-06-10', 'ACCORDING TO THE PRESS, THE ARMY PATROL KILLED 15 SHINING PATH GUERRILLAS IN A CLASH ON 5 JUNE.', [
    ev('armed_clash', 'CLASH', { killed: 15 }),
  ], 'DEV-MUC3-0245 (trimmed)'),
  pos('1990-02-16', 'HEAVY CLASHES WERE ALSO REPORTED IN MORAZAN DEPARTMENT, IN THE COUNTRY\'S NORTHEASTERN REGION, DURING WHICH AT LEAST TWO SOLDIERS WERE KILLED.', [
    ev('armed_clash', 'CLASHES', { killed: 2 }),
  ], 'DEV-MUC3-1116'),
  pos('1989-10-31', 'THE REPORT INDICATES THAT GUERRILLA FORCES ATTACKED THE 4TH INFANTRY BRIGADE\'S INSTALLATIONS AT 0300 WITH ARTILLERY PIECES, HITTING THE SLEEPING QUARTERS AND LOOKOUT POSITIONS.', [
    ev('shelling', 'ATTACKED', { weapons: ['artillery'] }),
  ], 'DEV-MUC3-0628: "HITTING" is the same event'),
  pos('1989-11-14', 'TODAY, 14 NOVEMBER, AT 0000 [0600 GMT], REBEL UNITS ENTERED ILOBASCO, CABANAS DEPARTMENT, AND ATTACKED THE REPRESSIVE NATIONAL POLICE AND CIVIL DEFENSE TRENCHES LOCATED IN DOWNTOWN ILOBASCO WITH RIFLES AND RPG-7 ROCKET LAUNCHERS.', [
    ev(['shelling', 'armed_assault', 'attack'], 'ATTACKED', { targets: ['NATIONAL POLICE'] }),
  ], 'DEV-MUC3-0731: rifles and rocket launchers together: shelling or armed assault'),
  pos('1990-05-01', 'SIMULTANEOUSLY, URBAN GUERRILLA COMMANDOS ATTACKED THE CIVIL DEFENSE GROUP IN THE COSTA RICA NEIGHBORHOOD OF SOUTHERN SAN SALVADOR.', [
    ev('attack', 'ATTACKED', { targets: ['CIVIL DEFENSE GROUP'] }),
  ], 'DEV-MUC3-1255'),
  pos('1989-09-03', 'EARLY SUNDAY MORNING TERRORISTS ATTACKED THE STUDIOS OF THE CHANNEL 6 TELEVISION STATION, WHICH IS PART OF THE ATB [EXPANSION UNKONWN] NATIONAL SYSTEM.', [
    ev('attack', 'ATTACKED', { attackers: ['TERRORISTS'], targets: ['CHANNEL 6'] }),
  ], 'DEV-MUC3-0470'),
  pos('1989-04-20', 'THE GUERRILLAS LAST NIGHT ATTACKED THE OIL WELL ISLA TABACO I.', [
    ev('attack', 'ATTACKED', { attackers: ['GUERRILLAS'] }),
  ], 'DEV-MUC3-0183'),
  pos('1989-07-05', 'EIGHT SOVIET CITIZENS WERE SERIOUSLY INJURED TODAY WHEN A BOMB EXPLODED INSIDE A TOURIST BUS THAT WAS ON A DOWNTOWN LIMA AVENUE.', [
    ev('bombing', 'BOMB', { wounded: 8, weapons: ['bomb'] }),
  ], 'DEV-MUC3-0277: "WERE SERIOUSLY INJURED" is a victim verb; the incident noun is the trigger'),
  pos('1989-03-28', 'THE AMBUSH TOOK PLACE IN CASITAS, TEXISTEPEQUE JURISDICTION, WHEN TWO POWERFUL FELICIANO AMA MINES EXPLODED, INFLICTING EIGHT CASUALTIES ON THE ARMY AND TOTALLY DESTROYING A MILITARY VEHICLE.', [
    ev('bombing', 'AMBUSH', { weapons: ['landmine'] }),
  ], 'DEV-MUC3-0088: an ambush with mines: bombing is more specific than armed_assault'),
  pos('1989-09-21', 'NINE POWERFUL BOMBS EXPLODED ALMOST SIMULTANEOUSLY AT 0315 THIS MORNING AT EIGHT POLITICAL PARTIES\' OFFICES AND A BRANCH OF THE SOCIAL SAVINGS ASSOCIATION.', [
    ev('bombing', 'BOMBS', { aggregate: true, weapons: ['bomb'] }),
  ], 'DEV-MUC3-0501: nine bombs at nine sites'),
  pos('1989-12-07', 'ABOUT 500 KG OF DYNAMITE PLACED IN A TRUCK EXPLODED AND CAUSED THE COLLAPSE OR CONSIDERABLE DAMAGE OF THE GENERAL HEADQUARTERS OF THE COLOMBIAN INTELLIGENCE SERVICES.', [
    ev('bombing', 'EXPLODED'),
  ], 'DEV-MUC3-0944'),
  pos('1989-08-29', 'THREE JUDGES HAVE BEEN MURDERED SO FAR THIS YEAR.', [
    ev('assassination', 'BEEN MURDERED', { killed: 3, aggregate: true }),
  ], 'DEV-MUC3-0397: a tally'),
  pos('1989-05-07', 'SO FAR, TWO DEPUTIES HAVE BEEN MURDERED IN A COWARDLY FASHION BY TERRORISTS IN LESS THAN 15 DAYS.', [
    ev('assassination', 'BEEN MURDERED', { killed: 2, attackers: ['TERRORISTS'], aggregate: true }),
  ], 'DEV-MUC3-0199'),
  pos('1989-01-21', 'SINCE THE UP WAS FOUNDED IN 1985, APPROXIMATELY 900 OF ITS MEMBERS HAVE BEEN MURDERED.', [
    ev('assassination', 'BEEN MURDERED', { killed: 900, aggregate: true }),
  ], 'DEV-MUC3-0052'),
  pos('1990-03-11', 'GALAN WAS ASSASSINATED BY THE CRIMINAL DRUG TRAFFICKING MAFIAS LAST YEAR.', [
    ev('assassination', 'WAS ASSASSINATED', { targets: ['GALAN'] }),
  ], 'DEV-MUC3-1165'),
  pos('1989-08-30', 'THE BODY OF VICTOR ALFONSO POMAS, 30, WHO WAS KIDNAPPED ON 28 AUGUST, HAD KNIFE WOUNDS AND HIS EARS WERE STUFFED WITH COTTON.', [
    ev('abduction', 'WAS KIDNAPPED', { targets: ['VICTOR ALFONSO POMAS'] }),
  ], 'DEV-MUC3-0402: "30" is an age'),
  pos('1990-01-13', 'BOTH BODIES WERE FOUND TODAY IN AN AREA NEAR GUATEMALA AND EL SALVADOR BORDER AFTER THE VICTIMS WERE KIDNAPPED IN GUATEMALA CITY YESTERDAY.', [
    ev('abduction', 'WERE KIDNAPPED'),
  ], 'DEV-MUC3-0036'),
  pos('1989-11-01', 'IN ADDITION, FIVE VEHICLES, ALL OF WHICH WERE PART OF MILITARY MOTORCADES, WERE DESTROYED IN TWO LARGE-SCALE AMBUSHES.', [
    ev('armed_assault', 'AMBUSHES', { aggregate: true }),
  ], 'DEV-MUC3-0665'),
  pos('1990-01-10', 'DURING THIS SUCCESSFUL AMBUSH IN SESORI, WE SEIZED FROM THE ENEMY--THE REPRESSIVE NATIONAL GUARD--THREE G3-A3 RIFLES, THREE SETS OF MILITARY, OVER 1,000 BULLETS FOR G3-A3 RIFLES, BOOTS, VESTS, AND OTHER MILITARY MATERIEL.', [
    ev('armed_assault', 'AMBUSH', { targets: ['NATIONAL GUARD'] }),
  ], 'DEV-MUC3-0015: seized rifles are loot, not weapons used'),
  pos('1989-08-01', 'THE GUERRILLAS ATTACKED THE COMMAND POST IN SAN RAMON WITH MORTARS AND RIFLE FIRE.', [
    ev('shelling', 'ATTACKED', { attackers: ['GUERRILLAS'], targets: ['COMMAND POST'], weapons: ['mortar'] }),
  ], 'DEV-MUC3-0321'),
  pos('1989-03-15', 'THE MAIN ATTACK, WITH MORTAR AND RIFLES OF VARIOUS CALIBERS, WAS LAUNCHED AT THE INSTALLATIONS OF MILITARY DETACHMENT NO. 1, IN THE CENTRAL PART OF CHALATENANGO DEPARTMENT.', [
    ev('shelling', 'ATTACK', { weapons: ['mortar'] }),
  ], 'DEV-MUC3-0122'),
  pos('1989-12-15', 'THE GUERRILLAS USED MORTARS TO ATTACK THE BUILDING OF THE GOVERNMENT ARMY GENERAL STAFF HEADQUARTERS.', [
    ev('shelling', 'ATTACK', { attackers: ['GUERRILLAS'], weapons: ['mortar'] }),
  ], 'DEV-MUC3-1026 (trimmed): "USED MORTARS TO ATTACK" is a purpose clause of a past act, not a plan'),
  pos('1989-11-12', 'HELICOPTERS WERE HEARD FLYING OVER THE CAPITAL, WHICH IN CERTAIN AREAS, SUCH AS CIUDAD MERLIOT, ARE CARRYING OUT INTENSE BOMBINGS AGAINST POSITIONS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT GUERRILLAS.', [
    ev('air_strike', 'BOMBINGS', { targets: ['FARABUNDO MARTI NATIONAL LIBERATION FRONT'] }),
  ], 'DEV-MUC3-0675: "SUCH AS" qualifies the place, not the bombings; "AGAINST" introduces the target'),
  pos('1989-11-14', 'THIRTY MINUTES AGO, A PUSH-AND-PULL 0-2 PLANE DROPPED BOMBS ON ZACAMIL NEIGHBORHOOD AND A C-47 MACHINEGUNNED THE AREA.', [
    ev('air_strike', 'BOMBS'),
    ev('air_strike', 'MACHINEGUNNED'),
  ], 'DEV-MUC3-0741: bombs dropped from a plane are an air strike'),
  pos('1989-10-05', 'COSTA RICAN AMBASSADOR JESUS FERNANDEZ AND TWO OTHER DIPLOMATIC OFFICIALS ARE BEING HELD HOSTAGE BY MEMBERS OF THE MSGR OSCAR ARNULFO ROMERO FEDERATION OF COMMITTEES OF MOTHERS AND RELATIVES (FECMAFAM) OF POLITICAL PRISONERS AND MISSING PEOPLE.', [
    ev('abduction', 'BEING HELD HOSTAGE', { targets: ['JESUS FERNANDEZ'] }),
  ], 'DEV-MUC3-0547: "MISSING PEOPLE" is part of a name'),
];

export const realNegatives: CorpusCase<Expect>[] = [
  // MUC-4: files whose gold has no event, and non-event sentences of the others
  neg('1988-08-20', 'The prosecutor of the military court trying the people responsible for the killing of 124 inmates accused of terrorist activities held in the Lurigancho Prison on 19 June 1986 has asked for 25 years imprisonment for the person responsible for the killing.', 'TST4-MUC4-0002: trial of a 1986 killing; MUC gold has no event'),
  neg('1988-08-20', 'Prosecutor Carbone asked 15 years for Marquina, who alone killed 22 inmates.', 'TST4-MUC4-0002: sentencing request'),
  neg('1988-08-20', 'Prosecutor Carbone also requested 6 years for General Jorge Rabanal, who was in charge of the operation, "because he could have prevented the massacre had he coordinated actions with Gen Cabezas."', 'TST4-MUC4-0002'),
  neg('1988-08-20', 'According to Carbone, no measures were taken to make the inmates stop rioting, nor was an operation planned to regain control over inmates, and the killing was not stopped by the officers who were there.', 'TST4-MUC4-0002'),
  neg('1988-08-23', 'Today Peruvian military officials established a curfew in Tingo Maria because of the strike by peasants and coca growers to protest the destruction of their coca fields.', 'TST4-MUC4-0003: labour strike'),
  neg('1988-08-23', 'The strike is supported by the Shining Path, according to reports disclosed in Lima today.', 'TST4-MUC4-0003: an armed group in the sentence does not make the strike violent'),
  neg('1988-08-23', 'The coca growers oppose the use of the herbicide called "Spike," which the government is planning to use to destroy the clandestine coca plantations.', 'TST4-MUC4-0003'),
  neg('1988-08-25', 'Also today, Military Prosecutor Fernando Torres Silva met with Supreme Court President Luis Maldonado for 30 minutes to discuss several issues related to cases under Torres\' jurisdiction, such as the attack on General Pinochet and the kidnapping of Colonel Carreno.', 'TST4-MUC4-0004: court cases about past incidents; gold empty'),
  neg('1988-08-25', 'It was learned that Torres officially submitted a request for the extradition of three Chileans arrested near Buenos Aires, who are reportedly linked to the kidnapping of Col Carreno.', 'TST4-MUC4-0004'),
  neg('1988-08-26', 'Aminta Platero was killed when her car was hit by another car driven by former Deputy Public Security Minister Rinaldo Golcher.', 'TST4-MUC4-0005: road accident'),
  neg('1988-08-26', 'There is not much difference between this incident and the hurling of a grenade by a soldier driven crazy by the psychological terrorism practiced by the Army advisers and chiefs.', 'TST4-MUC4-0005: hypothetical comparison'),
  neg('1988-08-26', 'Opposition sectors and extremist movements are preparing for violent actions, including bombings and attacks on private property, for 30 August when the name of the plebiscite candidate will be announced.', 'TST4-MUC4-0008: plans'),
  neg('1988-08-22', 'The sources said that these terrorists are "sleepers" and will be ready to act in major terrorist operations, about which the security services have some information.', 'TST4-MUC4-0009'),
  neg('1988-08-09', 'When there is an armed struggle and when thousands are killed on the battlefield, those who promote violence never conclude from those useless killings that war is futile.', 'TST4-MUC4-0011: generic'),
  neg('1988-08-09', 'It is imperative that your government and the Nicaraguan contras resume negotiations to secure a permanent end to military actions in Nicaragua.', 'TST4-MUC4-0011'),
  neg('1988-08-18', 'The no vote will win because Chileans are fed up with the past 15 years of suffering, including torture, killings, and humiliation, said Navarrete.', 'TST4-MUC4-0014: generic'),
  neg('1988-09-17', 'In addition, Atlacatl Battalion counterinsurgency units recently seized 15 fragmentation grenades, 5 Claymore mines, 5 booby traps, 10 units of TNT, loaded cartridge clips, and 7 knapsacks containing civilian clothing, olive-green uniforms, and communist propaganda.', 'TST4-MUC4-0017: seized weapons'),
  neg('1988-09-17', 'Furthermore, 2d Infantry Brigade units patrolling the zone of El Rodeo in El Congo, Santa Ana Department, discovered a 200-meter underground hideout big enough to conceal at least 250 insurgents.', 'TST4-MUC4-0017'),
  neg('1988-09-16', 'Duran said that during Paz\' administration about 1,000 people connected with drug trafficking have been arrested, 1,000 cocaine laboratories have been destroyed, and 20 tons of drugs have been confiscated.', 'TST4-MUC4-0018: drug enforcement'),
  neg('1988-09-16', 'After Felipe Kempff reported the alleged existence of a second cocaine laboratory in Huanchaca, the Special Antinarcotics Forces raided the area for 15 days and were unable to find any other laboratory except for one that was dismantled in 1986, Minister Duran said.', 'TST4-MUC4-0018: a search raid'),
  neg('1988-09-26', 'Important people who were going to be kidnapped had also been marked on these maps. They had marked the bridges that were to be destroyed.', 'TST4-MUC4-0023: foiled plans'),
  neg('1988-09-26', 'Therefore, before there was a violent confrontation between the Panamanian people and their FDP, we went one step ahead of their plans.', 'TST4-MUC4-0023: averted'),
  neg('1988-09-28', 'The report was filed by former congressman Humberto Balza, the president of the PDC\'s local chapter, who has also received death threats in the past few hours.', 'TST4-MUC4-0024: threats'),
  neg('1988-09-15', 'Until March 1987 Leon distributed leaflets on streets and squares, painted slogans on the walls of public buildings, and delivered food--which was stolen from well-known business firms--in shantytowns.', 'TST4-MUC4-0027'),
  neg('1988-09-15', 'Leon was placed at the disposal of the court on terrorist charges.', 'TST4-MUC4-0027'),
  neg('1988-10-06', 'An arsenal containing guns, dynamite sticks, various types of explosives, fuses, detonators, Molotov cocktails, Marxist literature, and a mimeograph to print subversive material were found in the home of Farias Diaz.', 'TST4-MUC4-0030: weapons found'),
  neg('1988-10-07', 'Today\'s landslide, which destroyed a section of the multipurpose pipeline between Barrancabermeja and Bucaramanga, has resulted in estimated losses totalling 1.435 billion pesos.', 'TST4-MUC4-0031: natural cause'),
  neg('1988-10-10', 'Copiapo lawyers have submitted pleas for injunctions in favor of the detainees and of the families whose homes have been raided.', 'TST4-MUC4-0033: police searches'),
  neg('1988-11-24', 'Relations between Belize and Guatemala have been strained by their territorial dispute.', 'TST4-MUC4-0035'),
  neg('1988-10-19', 'From now on, bombs will not only explode in the villages of Chalatenango, Cabanas, Usulutan, Morazan, and northern San Miguel; more powerful bombs will now explode more frequently in the Escalon and San Benito neighborhoods, that is, in the neighborhoods of the rich.', 'TST4-MUC4-0040: threat'),
  neg('1988-10-19', 'In addition, their property has been declared permament military targets until they stop the bloodshed against the people.', 'TST4-MUC4-0040: threat'),
  neg('2021-04-04', 'Qais al-Khazali, a senior pro-Iran figure in the state-sponsored Hashed al-Shaabi paramilitary force, recently declared that the “resistance” was carrying out attacks and would step them up “unless the US withdraws all its combat forces from across Iraq”.', 'balad-airbase: a threat; gold has no event'),
  neg('2021-04-04', 'Washington on Wednesday extended by several months a sanctions exemption allowing Iraq to import electricity from Iran during the ferociously hot summers when air-conditioning sends demand spiking.', 'balad-airbase: sanctions'),
  neg('2021-04-04', 'Since the defeat of their shared enemy, Washington and pro-Iranian factions have exchanged both threats and fire.', 'balad-airbase: no incident'),
  neg('2021-04-04', 'Pentagon spokesman John Kirby said Washington wanted to “send a very strong signal that we’re not going to tolerate attacks on our people and our Iraqi partners”.', 'balad-airbase'),
  neg('2021-04-04', 'Kadhemi faces the delicate task of balancing the interests of neighbouring Iran and the US, arch-rivals who are both deeply involved in Iraqi politics.', 'balad-airbase'),
  neg('2021-04-04', 'The US, which led a coalition from 2014 to oust the Islamic State group from its self-declared “caliphate” in northern Iraq and Syria, still has some 2,500 troops in Iraq.', 'balad-airbase'),
  neg('2021-04-04', 'Joe Biden’s administration has stressed that the action was meant as a warning and to avoid further escalation of tensions between Tehran and Washington.', 'balad-airbase'),

  // MUC-3 (upper case)
  neg('1989-11-29', 'THE FIGHTING WILL GET WORSE AND THE AIR FORCE WILL BOMB THE FMLN POSITIONS IN SAN BENITO AND ESCALON NEIGHBORHOODS, THEREFORE ITS INHABITANTS ARE URGED TO ABANDON THAT RESIDENTIAL DISTRICT IN SAN SALVADOR.', 'DEV-MUC3-0898: warning'),
  neg('1989-08-25', 'OUR UNITS WILL ATTACK THE HONDURAN TROOPS.', 'DEV-MUC3-0381'),
  neg('1989-08-24', 'WE WILL KILL THEM, AND WE WILL BURN AND DESTROY THE OLIGARCHY\'S INDUSTRIES, PROPERTIES, AND MANSIONS.', 'DEV-MUC3-0371: threat'),
  neg('1989-11-14', 'THE DEFENSE MINISTER DENIED THAT THE ARMY IS BOMBING CIVILIAN AREAS, AS THE GUERRILLAS CHARGED TODAY.', 'DEV-MUC3-0746: denial'),
  neg('1989-02-02', 'INTERIOR MINISTER JUAN SORIA DIAZ HAS DENIED THAT TWO DEA [DRUG ENFORCEMENT AGENCY] HELICOPTERS HAVE BEEN DOWNED BY DRUG TRAFFICKERS IN TINGO MARIA.', 'DEV-MUC3-0069: denial'),
  neg('1989-11-21', 'THE FMLN DOES NOT TAKE HOSTAGES; OUR ACTIONS ARE NOT AGAINST FOREIGNERS.', 'DEV-MUC3-0831: negation'),
  neg('1990-05-16', 'FOREIGN MINISTER LINARES REVEALED THAT THE PERUVIAN EMBASSY HAD RECEIVED TWO TELEPHONE CALLS FROM INDIVIDUALS WHO IDENTIFIED THEMSELVES AS M-20 MEMBERS AND THREATENED TO ENTER THE EMBASSY GROUNDS TO FREE THE REFUGEES THERE.', 'DEV-MUC3-1290: threat'),
  neg('1989-10-05', 'ODILIO DELEON, 42, AN ANNOUNCER FOR RADIO CULTURAL, TOLD THE POLICE THAT HE RECEIVED A PHONE CALL YESTERDAY IN WHICH AN ATTACK ON RADIO STATIONS WAS THREATENED.', 'DEV-MUC3-0544: a threatened attack (passive)'),
  neg('1989-06-19', 'EVEN THOUGH THE ELN HAS REPEATEDLY THREATENED THE OIL PIPELINES, WORK HAS CONTINUED ON THE CONSTRUCTION OF A NEW MULTIPLE PIPELINE IN HUILA, WHICH WILL PUMP 138,000 BARRELS OF OIL PER DAY BETWEEN NEIVA AND COVENAS.', 'DEV-MUC3-0255'),
  neg('1989-11-08', 'THE ASONAL-JUDICIAL STRIKE INVOLVES SOME 5,000 JUDGES AND 20,000 JUDICIAL OFFICIALS.', 'DEV-MUC3-0654: labour strike'),
  neg('1990-03-22', 'TEACHERS WHO ARE MEMBERS OF FECODE [COLOMBIAN FEDERATION OF EDUCATORS] HAVE ORDERED A TWO-DAY STRIKE STARTING TOMORROW.', 'DEV-MUC3-1184'),
  neg('1989-11-08', 'THE COLOMBIAN GOVERNMENT RULED TODAY THAT THE STRIKE BY JUDICIAL BRANCH EMPLOYEES, INCLUDING JUDGES AND MAGISTRATES, IS ILLEGAL.', 'DEV-MUC3-0654'),
  neg('1989-05-14', 'IN RELATED DEVELOPMENTS, THE DEPARTMENTS OF PASCO, JUNIN, AND HUANUCO RETURNED TO NORMAL TODAY AFTER A 72-HOUR "ARMED STRIKE" CALLED BY THE MAOIST TERRORIST GROUP THE SHINING PATH.', 'DEV-MUC3-0207: an "armed strike" is an enforced shutdown, not an attack'),
  neg('1989-05-14', 'APPROXIMATELY 40,000 MINEWORKERS OBSERVED THE STRIKE OUT OF FEAR OF SHINING PATH RETALIATION.', 'DEV-MUC3-0207'),
  neg('1989-11-12', 'SALVADORAN PEOPLE: AS ONE STRONG FIST, LET US ALL JOIN TOGETHER AND STRIKE THE FASCISTS.', 'DEV-MUC3-0693: exhortation'),
  neg('1989-11-23', 'THE POLICE SEIZED RIFLES, ISRAELI-MADE UZZI SUBMACHINEGUNS, AND SEVERAL GRENADES.', 'DEV-MUC3-0855: seizure'),
  neg('1989-12-04', 'THE SOURCES SAID THAT THE SOLDIERS SEIZED ONE 60 MM MORTAR, ONE GRENADE OF THE TYPE LAUNCHED WITH CATAPULTS, AND OTHER WAR SUPPLIES.', 'DEV-MUC3-0925'),
  neg('1989-11-18', 'AS FOR WEAPONS CONFISCATED, THE ARMY SAYS IT HAS CONFISCATED 370 RIFLES, 82 GRENADE LAUNCHERS, 26 MORTARS, 18 MACHINEGUNS, 17 SUBMACHINEGUNS, LARGE QUANTITIES OF AMMUNITION, HANDGUNS, AND LARGE AMOUNTS OF EXPLOSIVE MATERIEL.', 'DEV-MUC3-0807'),
  neg('1989-09-14', 'ACCORDING TO ECUADOR RADIO, THE AIRCRAFT MADE AN EMERGENCY LANDING IN THE AREA OF BUFFO IN PASTAZA PROVINCE.', 'DEV-MUC3-0515'),
  neg('1990-01-30', 'THE FIRST TIME I WENT TO THE UNITED NATIONS, 4 AND 1/2 YEARS AGO, I TOLD THE UNITED STATES THAT THIS IS NOT A PROBLEM OF HELICOPTERS OR BULLETS.', 'DEV-MUC3-1082'),
  neg('1989-12-15', 'AN ACUTE POLITICAL CONFRONTATION EXPLODED IN COLOMBIA WHEN THE COLOMBIA CONGRESS DECIDED, AGAINST THE GOVERNMENT\'S WILL, TO SUBMIT TO A REFERENDUM THE PRACTICE OF EXTRADITING DRUG TRAFFICKING SUSPECTS TO THE UNITED STATES SO THAT THEY MAY BE TRIED THERE.', 'DEV-MUC3-0997: metaphor'),
  neg('1989-11-22', 'WHOEVER PUTS HIS HAND IN THE FIRE WILL GET BURNED.', 'DEV-MUC3-0851: proverb'),
  neg('1990-01-09', 'THE CATHOLIC CHURCH HAS EXPRESSED SATISFACTION WITH THE INVESTIGATIONS IN THE CASE OF THE MURDERED JESUITS AND IS ENCOURAGING THE GOVERNMENT TO CONTINUE TO SEARCH FOR THE PERPETRATORS OF THIS CRIME.', 'DEV-MUC3-0013: investigation of a November 1989 case'),
  neg('1989-12-28', 'THE MURDERED PRIESTS WERE NOT SYMPATHIZERS OF THE MARXIST GUERRILLAS.', 'DEV-MUC3-1033: adjectival mention, no report'),
  neg('1989-09-27', 'THE MOST IMPORTANT ASSASSINATIONS HAVE BEEN CLEARED UP.', 'DEV-MUC3-0525'),
  neg('1989-08-29', 'AT PRESENT SHE IS BOGOTA\'S JUSTICE MINISTER, AND IS HIDING IN THE UNITED STATES FROM THE DRUG CARTEL\'S ASSASSINATION THREATS.', 'DEV-MUC3-0396'),
  neg('1990-05-21', 'ALL COLOMBIANS GET ANGRY EACH TIME A BARBARIC ACT TAKES PLACE AND EACH TIME ONE OF OUR LEADERS IS MURDERED.', 'DEV-MUC3-1299: habitual'),
  neg('1990-03-31', 'IN ADDITION, MANY PEOPLE ARE KIDNAPPED BY COMMON CRIMINALS, BUT THE CRIME IS REPORTED AS BEING PERPETRATED BY GUERRILLAS IN AN ATTEMPT TO COVER UP THE MALEFACTOR\'S ACTIONS.', 'DEV-MUC3-1204: generic'),
  neg('1990-01-17', 'LET US HOPE THAT THE DRUG-TRAFFICKERS AND EXTRADITABLES\' PROMISE -- THAT NO ONE WILL BE KIDNAPPED AGAIN -- IS KEPT.', 'DEV-MUC3-1052'),
  neg('1989-06-02', 'THE FMLN OFFERS TO "RESPECT THE LIVES AND LIBERTY" OF POLITICAL AND MILITARY LEADERS\' RELATIVES, AS WELL AS TO "SUSPEND" THE USE OF CAR BOMBS IN THE CITIES.', 'DEV-MUC3-0232'),
  neg('1990-05-16', 'THE RUMOR THAT A CAR BOMB EXPLODED ON 7TH AVENUE AND 7TH STREET, ZONE 9, CIRCULATED ALMOST SIMULTANEOUSLY.', 'DEV-MUC3-1286: a rumour, not a report'),
  neg('1989-01-26', 'THREE HANDMADE CATAPULTS, EACH LOADED WITH APPROXIMATELY 7 KG OF DYNAMITE, WERE DEFUSED AT 1145 (1745 GMT) BY NATIONAL POLICEMEN.', 'DEV-MUC3-0044: defused'),
  neg('1989-10-06', 'A POLICE SPOKESMAN REPORTED THAT THE FOUR MEN WERE ARRESTED, FOLLOWING THE 5 OCTOBER ARREST OF A MAN WHO WAS CARRYING 15 KG OF DYNAMITE IN A TAXI.', 'DEV-MUC3-0551'),
  neg('1989-11-09', 'COMBINED MILITARY AND POLICE FORCES YESTERDAY RAIDED THE SAN FERNANDO SCHOOL OF MEDICINE OF THE LIMA UNIVERSITY OF SAN MARCOS, ARRESTING 600 PERSONS AND SEIZING EXPLOSIVES AND PROPAGANDA MATERIAL.', 'DEV-MUC3-0657: an arrest raid (ACLED: arrests), not violence'),
  neg('1989-08-22', 'THE REPORT INDICATED THAT 817 PROPERTIES IN COLOMBIA HAVE BEEN RAIDED, 10,777 PERSONS HAVE BEEN ARRESTED, AND 678 WEAPONS, AND 4,000 KG OF COCAINE PASTE HAVE BEEN CONFISCATED SINCE FRIDAY, 18 AUGUST.', 'DEV-MUC3-0366'),
  neg('1989-08-21', 'REPORTS TODAY INDICATE THAT ONE OF THE PRIVATE HOMES BELONGING TO RODRIGUEZ GACHA, ALIAS "THE MEXICAN," WAS RAIDED IN BOGOTA.', 'DEV-MUC3-0361: search raid'),
  neg('1990-04-21', 'HE ALSO DENIED INTERNATIONAL PRESS REPORTS THAT THE MISSILE WAS BEING BUILT IN SECRET WITH IRAQ FOR POTENTIAL USE AGAINST ISRAEL.', 'DEV-MUC3-1228'),
  // (was a negative: the killings are four days old, and the MUC-4 key of DEV-MUC3-0054 codes them, La Rochela,
  // 1989-01-17, 12 killed; the investigation of the deed itself no longer rejects it, muc-missed-events-7)
  pos('1989-01-21', 'THE JUDGE APPOINTED TO INVESTIGATE THE KILLINGS OF THE 12 JUDICIAL OFFICIALS WAS THREATENED TODAY.', [ev('attack', 'KILLINGS')], 'DEV-MUC3-0054: the deed investigated, coded by the key'),
];

export const realBacklog: CorpusCase<Expect>[] = [
  pos('1988-09-01', 'Castilla reports that "Tuesday night, while residents slept or watched television, 30 guerrillas dressed in military uniforms set the shacks on fire, indiscriminately shooting those who ran for their lives, while spraying gasoline on others and setting them on fire."', [
    ev('arson', 'set the shacks on fire', { attackers: ['guerrillas'], targets: ['shacks'] }),
    ev('armed_assault', 'shooting'),
  ], 'TST4-MUC4-0015. Backlog: discontinuous trigger ("set … on fire" around the object), and "setting them on fire" burns people (arson with people attacked → armed_assault per taxonomy), which the coder may merge with the shooting; the right event split is a judgement call beyond rules'),
  pos('1988-10-09', 'Two days ago, an Army technician, who was driving home, sustained a bullet wound when a group of unidentified individuals, riding in another vehicle, fired their weapons at him.', [
    ev('armed_assault', 'fired', { wounded: 1, attackers: ['unidentified individuals'] }),
  ], 'TST4-MUC4-0034. Backlog: "fired their weapons at" is discontinuous and "riding in another vehicle" looks like the accident filter'),
  pos('1988-10-15', 'On 25 September 1988, EPS troops shot a 120-mm mortar that fell 75 meters from Casa de Ladrillo in Cifuentes.', [
    ev('shelling', 'shot', { attackers: ['EPS'], weapons: ['mortar'] }),
  ], 'TST4-MUC4-0038. Backlog: "shot a mortar" means fired a mortar round; "shot" otherwise means armed assault on a person'),
  pos('1988-08-20', 'On orders from Gen Cabezas, Lt Marquina and the men under his command opened fire on the inmates, who were killed almost instantly.', [],
    'TST4-MUC4-0002. Backlog (negative): only the article context (a 1988 trial about a June 1986 massacre) shows this is a recounted past killing; the sentence alone reads as an event. MUC gold: no event'),
  pos('1988-09-22', 'These violations occurred during the period following 11 September 1973, when national life became uncontrollable, several homes were raided, and many people were harassed and killed.', [],
    'TST4-MUC4-0020. Backlog (negative): historical and generic (15 years before publication); needs the date of the reference period to reject'),
  pos('1988-10-02', 'Terrorists of the Maoist Shining Path group during the past few hours killed a university professor, a policeman, and a pedestrian, while the police authorities reported today that an armed attack against the U.S. Embassy in Lima has been frustrated.', [
    ev('attack', 'killed', { killed: 3, attackers: ['Shining Path'], aggregate: true }),
    ev('attack', 'armed attack', { targets: ['U.S. Embassy'] }),
  ], 'TST4-MUC4-0029. Backlog: MUC codes the frustrated (attempted) attack on the embassy as an ATTACK; our modality rules drop "foiled/frustrated" attacks. Undecided policy'),
  pos('1988-11-24', 'Belize\'s state radio on Thursday reported that a Guatemalan gunboat fired at a British naval vessel that has been conducting a survey in Belize\'s waters.', [],
    'TST4-MUC4-0035. Backlog (negative): a warning shot in a border incident, no casualties; MUC gold has no event, yet "fired at" a vessel reads as an armed assault. Policy call'),
  pos('1989-10-04', 'ON 3 OCTOBER THE TERRORISTS INVADED CALLUCHACA VILLAGE, 7 KM NORTHEAST OF HUANTA, AND ATTACKED THE MEMBERS OF THE LOCAL "PEASANT DEFENSE PATROLS," AMONG THEM THEIR 38-YEAR OLD PRESIDENT FIDEL QUISPE, AND SET THEIR HOUSES ON FIRE.', [
    ev('armed_assault', 'ATTACKED', { attackers: ['TERRORISTS'], targets: ['FIDEL QUISPE'] }),
  ], 'DEV-MUC3-0552. Backlog: arson with people attacked is armed_assault per taxonomy (one event) but "SET THEIR HOUSES ON FIRE" is a discontinuous second trigger; whether to split is a judgement call'),
  pos('1989-03-30', 'THE REPORT ADDS THAT A FEW MINUTES AFTER THE AMBUSH A HELICOPTER GUNSHIP ARRIVED IN THE AREA, LAUNCHING ROCKETS AND INDISCRIMINATELY FIRING AT THE LA NORIA AND LA PENA CANTONS\' CIVILIAN POPULATION.', [
    ev('armed_assault', 'AMBUSH'),
    ev('air_strike', 'LAUNCHING ROCKETS', { targets: ['CIVILIAN POPULATION'] }),
  ], 'DEV-MUC3-0096. Backlog: the air strike has no nominal or verbal trigger of the lexicon ("LAUNCHING ROCKETS", "FIRING AT"), trigger boundary unclear'),
  pos('1988-10-07', 'The attempted sabotage occurred at the 65-km mark on the Bucaramanga - Barrancabermeja highway, 20 km from the place where a military convoy was ambushed last Wednesday.', [
    ev(['bombing', 'attack'], 'attempted sabotage'),
    ev('armed_assault', 'was ambushed', { targets: ['military convoy'] }),
  ], 'TST4-MUC4-0031. Backlog: "attempted" sabotage that did destroy the pipeline (known only from the article), plus a second past incident; attempt policy undecided'),
];
