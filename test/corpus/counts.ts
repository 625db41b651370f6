// Corpus of the counts extractor: sentences (many from /work/shared/corpus and
// the MUC-3 dev wires) with the casualty mentions that must come out, and
// negatives where nothing (or nothing as a casualty) must. Pure data + check.
import type { Corpus, CorpusCase } from './types.js';
import { findCasualties } from '../../src/core/extract/counts/index.js';

export interface ExpectedMention {
  kind: 'killed' | 'wounded';
  value: number;
  /** The exact phrase that gives the figure. */
  text: string;
  low?: number;
  high?: number;
  approximate?: boolean;
  /** Reporter; checked when present (null included). */
  by?: string | null;
  /** Victim span text; checked when present. */
  victims?: string;
}
export type Expect = ExpectedMention[];

type M = [kind: 'killed' | 'wounded', value: number, text: string, extra?: Partial<ExpectedMention>];
const pos = (text: string, ms: M[], note?: string): CorpusCase<Expect> => ({
  text,
  expect: ms.map(([kind, value, t, extra]) => ({ kind, value, text: t, ...extra })),
  ...(note ? { note } : {}),
});
const neg = (text: string, note?: string): CorpusCase<Expect> => ({ text, expect: [], negative: true, ...(note ? { note } : {}) });

const BALAD_RAID =
  'The Syrian Observatory for Human Rights war monitor reported 22 of them had died, while the Pentagon reported just one death.';

export const corpus: Corpus<Expect> = {
  kind: 'counts',
  cases: [
    // ---- AFP Balad airbase (real) ----
    pos('There was no immediate claim of responsibility for the strike at Balad airbase, which caused no casualties or property damage, but the US routinely blames Iran-linked Iraqi factions for such attacks on its troops and diplomats.',
      [['killed', 0, 'no casualties'], ['wounded', 0, 'no casualties']]),
    pos('Two Americans and an Iraqi civilian have been killed in the attacks.',
      [['killed', 3, 'Two Americans and an Iraqi civilian have been killed', { victims: 'Two Americans and an Iraqi civilian', by: null }]]),
    pos(BALAD_RAID, [
      ['killed', 22, '22 of them had died', { by: 'Syrian Observatory for Human Rights' }],
      ['killed', 1, 'just one death', { by: 'the Pentagon' }],
    ]),
    neg('The US, which led a coalition from 2014 to oust the Islamic State group from its self-declared “caliphate” in northern Iraq and Syria, still has some 2,500 troops in Iraq.'),
    neg('Sunday’s was the 14th attack against American interests — including troops, the Baghdad embassy or Iraqi supply convoys to foreign forces — since US President Joe Biden took office in January.'),
    neg('Two rockets hit near an Iraqi airbase hosting US soldiers north of Baghdad on Sunday, three days ahead of a new “strategic dialogue” with Washington, a security source told AFP.'),

    // ---- bodies found, deaths by beating or torture (issue 15) ----
    pos('On 6 May 2024, the body of a man was found with gunshot wounds on a road in Culiacan (Sinaloa).', [['killed', 1, 'body of a man', { victims: 'a man' }]]),
    pos('On 23 August 2023, the bodies of 2 young men bearing signs of torture were found in a rural area of Suarez (Cauca).', [['killed', 2, 'bodies of 2 young men bearing signs', { victims: '2 young men bearing signs' }]]),
    pos('A man was tortured to death in custody at a police station in Dhaka.', [['killed', 1, 'A man was tortured to death']]),
    neg('The governing body of a university met on Monday.'),
    neg('The body of water near the dam was calm.'),
    // ---- one victim named by a role ----
    pos('Gunmen on a motorcycle shot dead the mayor of a small town on Sunday.', [['killed', 1, 'shot dead the mayor', { victims: 'the mayor' }]]),
    neg('He killed the bill in committee.', 'no role noun: not-figurative-object and no count'),
    // ---- the source after a comma is no victim ----
    pos('A drone strike hit a crowded market on Monday, killing at least 17 people, a health worker said, while residents gave a higher toll of 28.', [
      ['killed', 17, 'killing at least 17 people', { approximate: true }],
      ['killed', 28, 'toll of 28'],
    ]),
    pos('A suicide bomber drove a car into a checkpoint, killing five soldiers and wounding seven, a security source told AFP.', [
      ['killed', 5, 'killing five soldiers'],
      ['wounded', 7, 'wounding seven'],
    ]),
    // ---- a victim's group after the noun ----
    pos('Four Colombian soldiers and six rebels from the National Liberation Army (ELN) were killed in clashes on Sunday, the army said.', [
      ['killed', 10, 'Four Colombian soldiers and six rebels from the National Liberation Army (ELN) were killed', { victims: 'Four Colombian soldiers and six rebels from the National Liberation Army (ELN)' }],
    ]),
    pos('Two members of the armed forces were wounded.', [['wounded', 2, 'Two members of the armed forces were wounded']]),
    // ---- tolls put by a source, bodies counted ----
    pos('A suicide car bomb exploded at a checkpoint in Mogadishu, killing at least 12 people, police said, while a hospital official put the toll at 21.', [
      ['killed', 12, 'killing at least 12 people'],
      ['killed', 21, 'put the toll at 21'],
    ]),
    pos('The director of Madina hospital said his staff had received 21 bodies, most of them civilians.', [['killed', 21, '21 bodies']]),
    pos('The army said it recovered six rebel bodies, rifles and explosives at the scene.', [['killed', 6, 'six rebel bodies']]),
    neg('The ministry put the cost at 21 million dollars.', 'a cost, not a toll'),
    neg('Several bodies of water were polluted by the spill.', 'no figure before "bodies"'),

    // ---- MUC-4 TST4 (real, whitespace normalized) ----
    pos('The explosion destroyed the door, the wall, the roof, and the windows of the church, but did not cause any injuries.', [['wounded', 0, 'did not cause any injuries']]),
    pos('A military court trying the people responsible for the killing of 124 inmates accused of terrorist activities held its session.', [['killed', 124, 'killing of 124 inmates']], 'a killing of 124 is a count'),
    pos('Prosecutor Carbone asked 15 years for Marquina, who alone killed 22 inmates.', [['killed', 22, 'killed 22 inmates']]),
    pos('According to unofficial sources, terrorists linked to drug trafficking reportedly wounded a police officer in an attack on a police helicopter.',
      [['wounded', 1, 'wounded a police officer', { by: 'unofficial sources' }]]),
    pos('A corporal and a guerrilla have been killed in the most recent clashes between the Army and the FMLN.', [['killed', 2, 'A corporal and a guerrilla have been killed']]),
    pos('According to military authorities, a lieutenant and five civilians who were passing through the area at the time were injured by the explosion.',
      [['wounded', 6, 'a lieutenant and five civilians who were passing through the area at the time were injured', { by: 'military authorities' }]]),
    pos('Meanwhile, troops of the Civiplan Battalion killed an FMLN guerrilla in a skirmish on the slopes of La Cruz Hill.', [['killed', 1, 'killed an FMLN guerrilla']]),
    pos('General Medina confirms that 15 civilians were killed "Tuesday night" in El Tomate.', [['killed', 15, '15 civilians were killed']]),
    pos('The initial report mentions 10 killed, but Gen Medina mentions "12 killed, 15 injured, and 26 shacks burned."', [
      ['killed', 10, '10 killed', { by: 'The initial report' }],
      ['killed', 12, '12 killed', { by: 'Gen Medina' }],
      ['wounded', 15, '15 injured', { by: 'Gen Medina' }],
    ]),
    pos('In recent military operations, Armed Forces units killed one rebel, seized 45,000 cartridges and destroyed a camp.', [['killed', 1, 'killed one rebel']]),
    pos('There were no casualties.', [['killed', 0, 'no casualties'], ['wounded', 0, 'no casualties']]),
    pos('It was immediately announced that no one had been injured or killed in the extremist action.',
      [['killed', 0, 'no one had been injured or killed'], ['wounded', 0, 'no one had been injured or killed']]),
    pos('A bomb exploded at the Army headquarters in Bucaramanga, which resulted in seven people injured and considerable property damage.', [['wounded', 7, 'seven people injured']]),
    pos('Two soldiers and a rebel were killed in skirmishes around the country in the past few hours.', [['killed', 3, 'Two soldiers and a rebel were killed']]),
    pos('Military reports state that a National Guard officer was killed while fighting an FMLN attack near Jucuapa.',
      [['killed', 1, 'a National Guard officer was killed', { by: 'Military reports' }]]),
    pos('A rebel was killed during a skirmish with the Army near Tecoluca.', [['killed', 1, 'A rebel was killed']]),
    pos('Bogota, 2 Oct 88 (AFP) -- [Text] Fifteen soldiers were killed today in Colombia during an ambush.', [['killed', 15, 'Fifteen soldiers were killed']]),
    pos('Another 13 soldiers were wounded in the same attack.', [['wounded', 13, 'Another 13 soldiers were wounded']]),
    pos('FARC rebels killed 28 soldiers during an ambush in the same area in March.', [['killed', 28, 'killed 28 soldiers']]),
    pos('Terrorists of the Maoist Shining Path group during the past few hours killed a university professor, a policeman, and a pedestrian.',
      [['killed', 3, 'killed a university professor, a policeman, and a pedestrian']]),
    pos('No casualties were reported.', [['killed', 0, 'No casualties'], ['wounded', 0, 'No casualties']]),
    pos('A bomb exploded at the residence of a Peruvian Army general, causing damages but no casualties.', [['killed', 0, 'no casualties'], ['wounded', 0, 'no casualties']]),
    pos('The military command has issued a communique reporting that three terrorists have died and four were arrested.', [['killed', 3, 'three terrorists have died']]),
    pos('The explosions caused no injuries, but damage to the eastern side of the building.', [['wounded', 0, 'no injuries']]),
    pos('In other military actions, one guerrilla was killed and two soldiers were injured in clashes in San Vicente Department.',
      [['killed', 1, 'one guerrilla was killed'], ['wounded', 2, 'two soldiers were injured']]),
    pos('Our troops returned the fire without any reported casualties.',
      [['killed', 0, 'without any reported casualties'], ['wounded', 0, 'without any reported casualties']]),
    neg('Chapel of the Church of Jesus Christ of Latter-day Saints located at No 3856 Gomez Carreno Street.'),
    neg('The court decision was 3 to 1.'),
    neg('Military Prosecutor Fernando Torres Silva met with Supreme Court President Luis Maldonado for 30 minutes.'),

    // ---- MUC-3 dev (real, ALL CAPS) ----
    pos('MEANWHILE, THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES YESTERDAY IN USULUTAN AND MORAZAN DEPARTMENTS.',
      [['killed', 3, 'THREE SUBVERSIVES WERE KILLED'], ['wounded', 7, 'SEVEN OTHERS WERE WOUNDED']]),
    pos('THE ATONAL BATTALION REPORTED THAT ONE EXTREMIST WAS KILLED AND FIVE OTHERS WERE WOUNDED DURING A CLASH YESTERDAY AFTERNOON.', [
      ['killed', 1, 'ONE EXTREMIST WAS KILLED', { by: 'THE ATONAL BATTALION' }],
      ['wounded', 5, 'FIVE OTHERS WERE WOUNDED', { by: 'THE ATONAL BATTALION' }],
    ]),
    pos('IT WAS ALSO REPORTED THAT A SOLDIER WAS WOUNDED AND TAKEN TO THE MILITARY HOSPITAL IN THIS CAPITAL.', [['wounded', 1, 'A SOLDIER WAS WOUNDED', { by: null }]]),
    pos('THE SAME MILITARY UNIT REPORTED THAT THERE WAS ANOTHER CLASH THAT RESULTED IN ONE DEAD TERRORIST.', [['killed', 1, 'ONE DEAD']]),
    pos('NATIONAL GUARD UNITS THIS MORNING REPELLED A TERRORIST ATTACK THAT RESULTED IN NO CASUALTIES.', [['killed', 0, 'NO CASUALTIES'], ['wounded', 0, 'NO CASUALTIES']]),
    pos('THE ARMED FORCES CASUALTIES INCLUDE 208 ARMY MEMBERS KILLED AND 427 WOUNDED.', [['killed', 208, '208 ARMY MEMBERS KILLED'], ['wounded', 427, '427 WOUNDED']]),
    pos('FRIDAY, THE SHINING PATH AMBUSHED AN ARMY PATROL, KILLING 1 OFFICER AND 3 NONCOMMISSIONED OFFICERS AND INJURING 15 SOLDIERS.',
      [['killed', 4, 'KILLING 1 OFFICER AND 3 NONCOMMISSIONED OFFICERS'], ['wounded', 15, 'INJURING 15 SOLDIERS']]),
    pos('THE PRISON RIOT HAS LEFT AT LEAST 12 DEAD AND SOME 20 INJURED, ACCORDING TO POLICE SPOKESMEN.', [
      ['killed', 12, 'LEFT AT LEAST 12 DEAD', { low: 12, approximate: true, by: 'POLICE SPOKESMEN' }],
      ['wounded', 20, 'SOME 20 INJURED', { approximate: true, by: 'POLICE SPOKESMEN' }],
    ]),
    pos('AUTHORITIES ESTIMATED THAT MORE THAN 2,000 PEOPLE HAD BEEN KILLED OR INJURED IN THE CONFLICT.', [['killed', 2000, 'MORE THAN 2,000 PEOPLE HAD BEEN KILLED', { by: 'AUTHORITIES', approximate: true }]]),
    pos('ONE ARMY LIEUTENANT, FOUR SOLDIERS, AND THREE CIVILIANS WERE KILLED DURING THE ATTACKS.', [['killed', 8, 'ONE ARMY LIEUTENANT, FOUR SOLDIERS, AND THREE CIVILIANS WERE KILLED']]),
    pos('ACCORDING TO THE OFFICIAL BULLETIN, 14 GUERRILLAS WERE KILLED IN CLASHES WITH TROOPS.', [['killed', 14, '14 GUERRILLAS WERE KILLED', { by: 'THE OFFICIAL BULLETIN' }]]),
    pos('THE ATTACK RESULTED IN THE DEATH OF SEVEN REBELS AND ONE SOLDIER NEAR THE TOWN.', [['killed', 8, 'DEATH OF SEVEN REBELS AND ONE SOLDIER']]),
    pos('THE BOMB CAUSED NO CASUALTIES BUT DESTROYED AT LEAST SIX TELEPHONE LINES.', [['killed', 0, 'NO CASUALTIES'], ['wounded', 0, 'NO CASUALTIES']]),
    pos('FORTUNATELY, NO ONE WAS KILLED OR WOUNDED IN THIS ATTACK.', [['killed', 0, 'NO ONE WAS KILLED OR WOUNDED'], ['wounded', 0, 'NO ONE WAS KILLED OR WOUNDED']]),
    pos('ALTHOUGH THE BUILDINGS WERE BURNED TO THE GROUND, NO ONE WAS INJURED.', [['wounded', 0, 'NO ONE WAS INJURED']]),
    pos('IN THE TERRORIST ACTION 16 SOVIET SAILORS WERE INJURED. NONE WAS KILLED.', [['wounded', 16, '16 SOVIET SAILORS WERE INJURED'], ['killed', 0, 'NONE WAS KILLED']]),
    pos('THE ATTACK AGAINST A LABOR UNION HEADQUARTERS, CAUSING 9 DEATHS AND INJURING MORE THAN 30 PEOPLE.', [['killed', 9, '9 DEATHS'], ['wounded', 30, 'INJURING MORE THAN 30 PEOPLE']]),
    pos('THE OFFENSIVE HAS LEFT MORE THAN 600 DEAD AND 1,000 WOUNDED.', [['killed', 600, 'LEFT MORE THAN 600 DEAD'], ['wounded', 1000, '1,000 WOUNDED']]),
    pos('THE EXPLOSION DID NOT CAUSE ANY CASUALTIES, THE LOCAL POLICE SAID.', [['killed', 0, 'DID NOT CAUSE ANY CASUALTIES'], ['wounded', 0, 'DID NOT CAUSE ANY CASUALTIES']]),
    pos('THE GUERRILLAS BOMBED THE AREA, KILLING SIX PERSONS, WOUNDING THREE OTHERS, AND DESTROYING HOMES.', [['killed', 6, 'KILLING SIX PERSONS'], ['wounded', 3, 'WOUNDING THREE OTHERS']]),
    neg('THE POLICE FOUND HUNDREDS OF ISRAELI-MADE GUNS ON THE FARM OF A DEAD DRUG BARON, BOGOTA SAID ON FRIDAY.', 'adjective "dead"'),
    neg('THE SPOKESMAN SAID FIVE OF THE MURDERED JESUITS HAD RECEIVED SHOTS IN THE HEAD.', 'adjective "murdered"'),
    neg('DRUG TRAFFICKERS HAVE THREATENED TO KILL 10 COLOMBIAN JUDGES FOR EVERY EXTRADITED CHIEF.', 'a threat, not a count'),
    neg('THE PATROLS CLASHED WITH SUBVERSIVES AND KILLED AN UNSPECIFIED NUMBER.'),
    neg('THERE MAY BE MANY CASUALTIES ON BOTH SIDES.'),

    // ---- constructed forms ----
    pos('The blast killed 12 people, police said.', [['killed', 12, 'killed 12 people', { by: 'police' }]]),
    pos('Gunmen opened fire on the market, killing 12.', [['killed', 12, 'killing 12']]),
    pos('12 people were killed in the blast, according to police.', [['killed', 12, '12 people were killed', { by: 'police' }]]),
    pos('The attack left 12 dead.', [['killed', 12, 'left 12 dead']]),
    pos('Officials said 12 dead had been counted.', [['killed', 12, '12 dead']]),
    pos('The death toll rose to 12 on Monday.', [['killed', 12, 'death toll rose to 12']]),
    pos('Rebels killed two and wounded five in the raid.', [['killed', 2, 'killed two'], ['wounded', 5, 'wounded five']]),
    pos('The car bomb exploded outside the ministry, injuring dozens.', [['wounded', 24, 'injuring dozens', { approximate: true, low: 24, high: 99 }]]),
    pos('Police fired on protesters, wounding at least 30.', [['wounded', 30, 'wounding at least 30', { low: 30, approximate: true }]]),
    pos('Two soldiers were wounded in the ambush.', [['wounded', 2, 'Two soldiers were wounded']]),
    pos('A police officer was wounded by shrapnel.', [['wounded', 1, 'A police officer was wounded']]),
    pos('A gunman shot dead two policemen at a checkpoint.', [['killed', 2, 'shot dead two policemen']]),
    pos('Guards murdered 124 inmates after the riot.', [['killed', 124, 'murdered 124 inmates']]),
    pos('No one was hurt in the blast.', [['wounded', 0, 'No one was hurt']]),
    pos('There were no injuries, the fire brigade said.', [['wounded', 0, 'no injuries']]),
    pos('The convoy passed through without casualties.', [['killed', 0, 'without casualties'], ['wounded', 0, 'without casualties']]),
    pos('No one was killed in the attack, officials said.', [['killed', 0, 'No one was killed']]),
    pos('Up to 40 people were feared dead after the strike.', [['killed', 40, 'Up to 40 people were feared dead']], 'feared dead'),
    pos('Nearly 50 civilians have been killed since the offensive began.', [['killed', 50, 'Nearly 50 civilians have been killed', { approximate: true }]]),
    pos('The shelling killed twenty-two people, the UN said.', [['killed', 22, 'killed twenty-two people', { by: 'the UN' }]]),
    pos('Hundreds were killed in the fighting.', [['killed', 200, 'Hundreds were killed', { approximate: true, high: 999 }]]),
    pos('Scores were wounded when the building collapsed.', [['wounded', 40, 'Scores were wounded', { approximate: true }]]),
    pos('A dozen soldiers were killed in the attack.', [['killed', 12, 'A dozen soldiers were killed']]),
    pos('Some 2,500 people have died in the conflict.', [['killed', 2500, 'Some 2,500 people have died', { approximate: true }]]),
    pos('The inmates were taken to a courtyard, where 22 of them were killed almost instantly.', [['killed', 22, '22 of them were killed']]),
    pos('The inmates were taken to the back yard, where they were killed almost instantly.', [], 'no number given: nothing'),
    pos('Bomb kills 3 in Baghdad market', [['killed', 3, 'kills 3']]),
    pos('THE BOMB KILLED 3 POLICEMEN AND WOUNDED 7 CIVILIANS.', [['killed', 3, 'KILLED 3 POLICEMEN'], ['wounded', 7, 'WOUNDED 7 CIVILIANS']]),
    pos('A toll of 45 deaths was given by the ministry.', [['killed', 45, 'toll of 45']], 'the toll phrase wins over the overlapping "45 deaths"'),
    pos('Three people were killed and 14 were injured, the Red Cross said.', [['killed', 3, 'Three people were killed', { by: 'the Red Cross' }], ['wounded', 14, '14 were injured', { by: 'the Red Cross' }]]),
    pos('Eleven policemen died in the ambush.', [['killed', 11, 'Eleven policemen died']]),
    pos('About 1.5 million people have been killed in the war.', [['killed', 1500000, 'About 1.5 million people have been killed', { approximate: true }]]),

    // ---- negatives ----
    neg('The United States still has some 2,500 troops in the country.'),
    neg('It was the 14th attack since January.'),
    neg('Resolution 1701 ended the war in 2014.'),
    neg('G7 leaders met in Biarritz.'),
    neg('Call 555-1234 for details.'),
    neg('He was one of the leaders of the movement.'),
    neg('The Senate killed the bill on Tuesday.'),
    neg('Critics agreed the show killed it.'),
    neg('They were just killing time before the match.'),
    neg('The road was a dead end.'),
    neg('The deadline passed on Friday.'),
    neg('He nursed the wounded pride of his party.'),
    neg('The judge sentenced him to 25 years imprisonment.'),
    neg('The ransom was 50,000 pesos.'),
    neg('The group received death threats and 3 death squads were active.'),
    neg('In 1986 killed in action was a common headline.'),
    neg('THE GUERRILLAS SEIZED 45,000 CARTRIDGES AND 3 RIFLES.'),
    neg('The court decision was 3 to 1 after 30 minutes.'),
    pos('An Iraqi civilian working for a firm maintaining US fighter jets for the Iraq airforce was also wounded in one attack.',
      [['wounded', 1, 'An Iraqi civilian working for a firm maintaining US fighter jets for the Iraq airforce was also wounded']],
      'long participle between the victim and "was wounded"'),
  ],
  backlog: [
    pos('According to military reports, Corporal Alexander Molina Granados was killed as he was trying to defuse a mine.',
      [['killed', 1, 'Corporal Alexander Molina Granados was killed']], 'a named victim implies one'),
    neg('WHEN THERE IS AN ARMED STRUGGLE AND WHEN THOUSANDS ARE KILLED ON THE BATTLEFIELD, THOSE WHO SURVIVE SUFFER.', 'generic statement, not a report'),
  ],
  check(c) {
    const found = findCasualties(c.text);
    if (c.negative || c.expect.length === 0) {
      return found.length === 0 ? null : `expected nothing, got ${found.map((m) => `${m.kind} ${m.value} "${m.text}"`).join('; ')}`;
    }
    const errors: string[] = [];
    for (const e of c.expect) {
      const m = found.find((f) => f.kind === e.kind && f.text === e.text);
      if (!m) {
        errors.push(`missing ${e.kind} "${e.text}"`);
        continue;
      }
      if (m.value !== e.value) errors.push(`${e.kind} "${e.text}": value ${m.value} != ${e.value}`);
      if (e.low !== undefined && m.low !== e.low) errors.push(`"${e.text}": low ${m.low} != ${e.low}`);
      if (e.high !== undefined && m.high !== e.high) errors.push(`"${e.text}": high ${m.high} != ${e.high}`);
      if (e.approximate !== undefined && m.approximate !== e.approximate) errors.push(`"${e.text}": approximate ${m.approximate}`);
      if (e.by !== undefined && m.by !== e.by) errors.push(`"${e.text}": by ${JSON.stringify(m.by)} != ${JSON.stringify(e.by)}`);
      if (e.victims !== undefined && m.victims?.text !== e.victims) errors.push(`"${e.text}": victims ${JSON.stringify(m.victims?.text)}`);
    }
    if (found.length !== c.expect.length) {
      errors.push(`expected ${c.expect.length} mentions, got ${found.length}: ${found.map((m) => `${m.kind} ${m.value} "${m.text}"`).join('; ')}`);
    }
    return errors.length ? errors.join('; ') : null;
  },
};
