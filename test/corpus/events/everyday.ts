// Event corpus, part 3: everyday news, where nobody was attacked. Sentences
// in the style of general-news wires (sport, business, film, technology,
// weather, accidents, disease, courts, politics), written for this corpus;
// the few marked "Wikinews" are quoted from Wikinews articles of 2019
// (https://en.wikinews.org, CC BY 2.5; the article is named beside each).
// A case with a headline gives it as the first line, then a blank line, so
// that the article-level reading (senses.ts READINGS) sees it. The positives at the
// end are attacks told inside such stories: they must survive.
import type { CorpusCase } from '../types.js';
import { ev, neg, pos, type Expect } from './helpers.js';

const D = '2021-04-04';

export const everydayNegatives: CorpusCase<Expect>[] = [
  // ---- sport: shots, attacks, strikes, blasts ----
  neg(D, 'Kane shot wide from the edge of the box before Son struck the post in the second half.'),
  neg(D, 'The attacking left-back was booked for a late challenge on the winger.'),
  neg(D, 'United attacked from the opening whistle and Rashford fired home a shot from 20 yards.'),
  neg(D, 'The striker scored twice as Arsenal destroyed Norwich 5-0 at the Emirates on Saturday.'),
  neg(D, 'Djokovic blasted a forehand winner to break serve and killed off the match in the third set.'),
  neg(D, 'City beat Liverpool 2-1\n\nCity came from behind to beat Liverpool 2-1 on Sunday. Salah had given the visitors the lead with a shot that deflected off Walker, but De Bruyne struck twice after the break.'),
  neg(D, 'The Lakers were hit by injuries again, with Davis out with a sore ankle and James listed as questionable.'),
  neg(D, 'The shooting guard hit a three-pointer at the buzzer to send the game into overtime.'),
  neg(D, 'The Ravens defense ambushed the quarterback with a blitz on third down.'),
  neg(D, 'The home side were massacred 6-0 by the champions.'),
  // ---- business and markets ----
  neg(D, 'Shares in the airline shot up 12 percent after it reported a return to profit.'),
  neg(D, 'Oil prices were hit hard by fears of a slowdown in China.'),
  neg(D, 'Airlines attacked the legislation, saying it would raise fares.'),
  neg(D, 'The company has been hit by a wave of cyber attacks on its payment systems.'),
  neg(D, 'Retail sales exploded in December as shoppers returned to the high street.'),
  neg(D, 'Analysts said the merger would kill off competition in the regional market.'),
  neg(D, 'Union leaders said the strike at the car plant would continue into next week.'),
  neg(D, 'Apple earnings beat forecasts\n\nApple reported record quarterly revenue on Tuesday. The iPhone maker said sales in China exploded, and the shares shot up in after-hours trading.'),
  // ---- film, music, books ----
  neg(D, 'The film was shot in Morocco over twelve weeks with a cast of unknowns.'),
  neg(D, 'Shooting on the second season begins in Belfast in the spring.'),
  neg(D, 'The premiere was a blast, the director said, thanking the crew for three days of shooting in the desert.'),
  neg(D, 'The album was a smash hit in Britain and went on to sell five million copies.'),
  neg(D, 'The comedy bombed at the box office, taking just $4 million on its opening weekend.'),
  neg(D, 'Her debut novel about a bank robbery that goes wrong has been shortlisted for the prize.'),
  neg(D, 'Critics savaged the remake, which the studio had killed off once before in 2015.'),
  // ---- technology ----
  neg(D, 'There has been an explosion in podcasting, with more than two million shows now online.'),
  neg(D, 'Phishing attacks on bank customers rose sharply last year, the regulator said.'),
  neg(D, 'Hackers attacked the servers of the ministry, taking the website offline for six hours.'),
  neg(D, 'A ransomware attack crippled the hospital network on Monday, forcing staff to use paper records.'),
  neg(D, 'The update killed battery life on older phones, users complained.'),
  // ---- weather and disasters ----
  neg(D, 'Typhoon Phanfone made landfall on the central Philippines on Wednesday, killing at least 20 people.'),
  neg(D, 'The storm struck the coast overnight, destroying hundreds of homes and killing four people.'),
  neg(D, 'Hurricane Dorian leaves trail of destruction in the Bahamas\n\nPrime minister Hubert Minnis said yesterday night that twenty people have been confirmed killed.', 'Wikinews, "Hurricane Dorian leaves trail of destruction in the Bahamas": the disaster-or-accident-report reading'),
  neg(D, 'On Wednesday, the strong tremor left five dead and at least 30 injured.'),
  neg(D, 'Flash floods swept through the valley, killing 12 people and injuring dozens more.'),
  neg(D, 'Lightning struck the church tower during the storm, injuring two people.'),
  // ---- fires, explosions, collapses ----
  neg(D, 'A fire yesterday afternoon killed five girls, all aged fifteen, at an escape room the group was visiting to celebrate a birthday.', 'Wikinews, "Escape room fire kills five teen girls in Koszalin, Poland"'),
  neg(D, 'The blaze killed three, including a 92-year-old woman, and injured sixteen, including a baby.', 'Wikinews, "Catalonia apartment block fire kills three, injures sixteen"'),
  neg(D, 'A suspected gas leak led to an explosion, followed by the ten-storey building coming down.', 'Wikinews, "Magnitogorsk apartment building collapses after explosion, dozens dead"'),
  neg(D, 'A boiler explosion at the factory killed two workers and injured eleven, the fire service said.'),
  neg(D, 'Fire kills nine in slum\n\nA fire swept through a slum on Sunday night. Officials said it killed nine people and injured at least 50 more.'),
  neg(D, 'Water bombing by aircraft was ruled out as it might have damaged the roof further.'),
  // ---- road, rail, air and work accidents ----
  neg(D, 'A road accident followed by a fire on a highway near Gainesville on Thursday killed five children and two truck drivers.', 'Wikinews, "Florida highway pileup, fire kills five children, two truck drivers"'),
  neg(D, 'The crash reportedly killed seven.', 'Wikinews, "State-run bus crashes in Cuba en route to Havana, killing seven"'),
  neg(D, 'At least seven people were killed yesterday when a World War II-era bomber crashed at the airport.'),
  neg(D, 'She was involved in a traffic collision which killed a motorcyclist on August 27.'),
  neg(D, 'An engineer was killed while working on a travelator at the station early on Wednesday.'),
  neg(D, 'Two passengers were injured when the train derailed near the station.'),
  neg(D, 'The aircraft had been flying with a faulty airspeed indicator; its angle of attack sensor had recently been replaced.'),
  // ---- disease and animals ----
  neg(D, 'The government began a shutdown to make way for a vaccination campaign to combat the measles outbreak, which has killed 62 people.'),
  neg(D, 'The virus has killed more than 3,000 people in the province since January.'),
  neg(D, 'The owner of the lodge was killed by his lions on Tuesday.', 'after Wikinews, "South African \'lion man\' killed by his lions"'),
  neg(D, 'A swimmer was injured in a shark attack off the beach on Sunday.'),
  neg(D, 'He suffered a heart attack on stage and died in hospital two days later.'),
  // ---- courts and old cases ----
  neg(D, 'A potential charge of murder against the suspect carries a possible life sentence.'),
  neg(D, 'Charlottesville killer sentenced to life\n\nA federal judge sentenced James Fields to life in prison on Friday. In that event, in August 2017, Fields killed a woman named Heather Heyer and injured at least nineteen others.'),
  neg(D, 'The man was executed by lethal injection on Thursday, 25 years after he was sentenced to death for the murders.'),
  // ---- politics and figures of speech ----
  neg(D, 'On live television the president also attacked the proclamation of the Golan Heights as Israeli territory.'),
  neg(D, 'Trump attacked the impeachment investigation as "Witch Hunt garbage."'),
  neg(D, 'House formalizes rules for impeachment proceedings\n\nRepublican representatives attacked the impeachment inquiry on Thursday.', 'the political-report reading'),
  neg(D, 'The mayor attacked the scheme as a waste of money.', 'verbal-attack-as, on the language layer'),
  neg(D, 'The senator shot down the proposal within hours, calling it unworkable.'),
  neg(D, 'The minister said the opposition had torpedoed the budget talks.'),
  // ---- history and earlier, unspecified incidents ----
  neg(D, 'Divers identify wreck of wartime submarine\n\nMilitary records showed that a Japanese bomber had attacked a U.S. vessel in late February, but the coordinates were wrong.', 'after Wikinews, "Lost 52 Project announces discovery of wrecked sub near Okinawa": the history-report reading'),
  neg(D, 'Many protesters wore eyepatches in reference to a young woman whose eye was said to have been injured by police in an earlier protest.', 'after Wikinews, "Hong Kong protests continue through police opposition, rainstorms"'),
  // ---- past attacks named only as background ----
  neg(D, 'Security at airports has been tightened since the 11 September attacks.'),
  neg(D, 'The 2015 Paris attacks changed the way the city polices large events.'),
  neg(D, 'Organisers said security had been reviewed after the 2017 Manchester Arena bombing.'),
  neg(D, 'He has written two books about the September 11 attacks and the wars that followed.'),
  neg(D, 'The city has hosted the festival every year since the 2015 Paris attacks.'),
  neg(D, 'The band played its first concert in the hall since the Bataclan attack in 2015.'),
];

export const everydayPositives: CorpusCase<Expect>[] = [
  pos(D, 'United held to a draw\n\nUnited were held to a 1-1 draw on Sunday. Before kick-off, a bomb exploded outside the stadium, wounding three police officers.', [ev('bombing', 'bomb', { wounded: 3 })]),
  pos(D, 'A gunman opened fire at a concert in the city centre on Saturday night, killing two people and wounding five.', [ev('armed_assault', 'opened fire', { killed: 2, wounded: 5 })]),
  pos(D, 'Shares fall after attack\n\nShares in the company fell 4 percent on Monday. On Sunday, gunmen attacked its plant in the north of the country, killing three guards.', [ev(['attack', 'armed_assault'], 'attacked', { killed: 3 })]),
  pos(D, 'Fans were injured when militants threw a grenade into the crowd at the football match in Mogadishu on Friday.', [ev('grenade', 'threw a grenade')]),
  pos('2005-08-01', 'Bomb hits London bus\n\nA bomb exploded on a double-decker bus in Tavistock Square on Thursday, killing 13 people.', [ev('bombing', 'bomb', { killed: 13 })]),
  pos('2005-08-01', 'A suicide bomber blew himself up outside a football stadium in Baghdad, killing 12 fans.', [ev('suicide_bombing', 'suicide bomber', { killed: 12 })]),
  pos('2022-10-01', 'Gunman kills five at Colorado nightclub\n\nA gunman opened fire at a nightclub in Colorado Springs late on Saturday, killing five people and wounding 18.', [ev('armed_assault', 'opened fire', { killed: 5, wounded: 18 })]),
  pos('2022-10-01', 'A car bomb exploded outside a stadium in Mogadishu during a football match on Friday, killing six people.', [ev('bombing', 'car bomb', { killed: 6 })]),
  pos('2022-10-01', 'Militants attacked a cinema during a film premiere in the city, killing three people.', [ev(['attack', 'armed_assault'], 'attacked', { killed: 3 })]),
  pos(D, 'Arsonists set fire to the cinema during the premiere of the film on Saturday, police said.', [ev('arson', 'set fire to')]),
];

/**
 * A second round, written after the first rules were in, in the style of a
 * British general-news site of 2004–2005, as a check on news the rules were
 * not written from: 10 of its 41 cases failed when written (verbal attacks,
 * a bus that overturned, a gas explosion, an execution, "ten years after").
 */
const B = '2005-08-01';

export const everydayNegatives2: CorpusCase<Expect>[] = [
  neg(B, 'Chelsea boss hits back at critics\n\nThe Chelsea manager hit back at his critics after a 2-0 defeat at Newcastle, saying his side had been killed by two set pieces.'),
  neg(B, 'Henry double sinks Villa\n\nThierry Henry struck twice as Arsenal beat Aston Villa 3-1 to go top of the Premiership.'),
  neg(B, 'Wales fight back to beat Italy\n\nWales fought back from 10 points down to beat Italy in the Six Nations, with Shane Williams scoring the decisive try.'),
  neg(B, 'The England captain was shot down in flames by the tabloids after the defeat.'),
  neg(B, 'Rooney fired in a low shot that the keeper could only parry.'),
  neg(B, 'Federer blasted past Hewitt in straight sets to reach the final.'),
  neg(B, 'The Lions were torn apart by the All Blacks in the first Test.'),
  neg(B, 'Mourinho launched a fresh attack on referees after the game.'),
  neg(B, 'Celtic were hit with a fine after fans invaded the pitch.'),
  neg(B, 'Yukos shares slump on bankruptcy fears\n\nShares in Yukos plunged 20% on Monday as fears grew that the oil giant would be killed off by a huge tax bill.'),
  neg(B, 'The dollar took a battering against the euro after weak jobs figures.'),
  neg(B, 'Rising oil prices hit airline profits, with British Airways warning of a fall in earnings.'),
  neg(B, 'The firm said the strike by baggage handlers had hit passenger numbers.'),
  neg(B, 'Ebbers trial hears of WorldCom \'bombshell\'\n\nThe former finance chief told the jury the accounting fraud was a bombshell that destroyed the company.'),
  neg(B, 'Analysts said the rival bid was a hostile attack on the board.'),
  neg(B, 'Aviator takes Oscar nominations\n\nThe Aviator led the field with 11 nominations, while the Spanish film shot in Madrid took best foreign language film.'),
  neg(B, 'The rapper was shot in the arm outside a New York studio in 2001, his record label said.'),
  neg(B, 'The film follows a hitman who kills his way through Los Angeles.'),
  neg(B, 'Critics slammed the sequel, which bombed at the US box office.'),
  neg(B, 'The singer\'s new album is an explosive mix of rock and soul.'),
  neg(B, 'Virus attacks mobile phones\n\nA new virus that attacks mobile phones running Symbian software has been found by security firms.'),
  neg(B, 'Spam attacks rose sharply over Christmas, anti-virus firms said.'),
  neg(B, 'Hackers hit Microsoft\'s search engine with a denial of service attack.'),
  neg(B, 'The games console market exploded last year as Sony and Microsoft launched new machines.'),
  neg(B, 'Blair attacks Tory tax plans\n\nTony Blair attacked Conservative tax plans on Monday, saying they would hit public services.'),
  neg(B, 'Howard launched a blistering attack on the prime minister\'s record on crime.'),
  neg(B, 'The Lib Dems said the government had killed off the hopes of thousands of students.'),
  neg(B, 'Campaigners said the proposal was a direct assault on civil liberties.'),
  neg(B, 'Tsunami death toll rises\n\nThe death toll from the Asian tsunami has risen to more than 150,000, with thousands still missing.'),
  neg(B, 'Floods killed at least 30 people in Haiti on Sunday, officials said.'),
  neg(B, 'Two workers died when a crane collapsed on a building site in London.'),
  neg(B, 'Five people were killed and 20 injured when a bus overturned on a motorway in Spain.'),
  neg(B, 'Bird flu has killed 32 people in Vietnam and Thailand since last year.'),
  neg(B, 'A man was mauled to death by a bear in Alaska, park officials said.'),
  neg(B, 'A teenager was killed when a train struck his car at a level crossing.'),
  neg(B, 'A gas explosion destroyed a block of flats in Lyon, killing four residents.'),
  neg(B, 'Three climbers were killed by an avalanche in the Alps on Saturday.'),
  neg(B, 'Murder accused denies killing wife\n\nA man accused of killing his wife at their home in Leeds told a jury he was innocent.'),
  neg(B, 'The man was jailed for life in 2003 for the murder of a pensioner.'),
  neg(B, 'Texas executes man for 1998 murder\n\nTexas executed a man on Tuesday for the murder of a shop worker in 1998.'),
  neg(B, 'Ten years after the Madrid train bombings, survivors still seek answers.'),
];

/**
 * A third round in the style of American general news (2022), written the same
 * way after the second round's rules: 4 of its 29 negatives failed when written
 * (basketball and baseball words, a match headline, a pit bull).
 */
const C = '2022-10-01';

export const everydayNegatives3: CorpusCase<Expect>[] = [
  neg(C, 'Warriors rout Rockets\n\nStephen Curry shot 9-for-12 from three-point range as Golden State blew out Houston 128-95 on Tuesday night.'),
  neg(C, 'The quarterback was sacked five times and threw two interceptions in the loss.'),
  neg(C, 'Yankees slugger hit two home runs, including a grand slam that killed any hope of a comeback.'),
  neg(C, 'The Patriots defense attacked the line of scrimmage all afternoon.'),
  neg(C, 'McIlroy fires 65 to take the lead at Augusta\n\nRory McIlroy fired a seven-under 65 on Thursday, striking the ball beautifully on the back nine.'),
  neg(C, 'The goalkeeper was injured in a collision with a striker and was carried off.'),
  neg(C, 'Tesla shares jump\n\nTesla shares exploded higher on Wednesday after the carmaker posted a surprise profit.'),
  neg(C, 'The retailer was hit hard by the pandemic and has closed 200 stores.'),
  neg(C, 'Netflix takes aim at rivals with price cut\n\nNetflix fired the first shot in a price war on Monday, cutting its basic plan to $6.99.'),
  neg(C, 'Investors were killed in the crash of the cryptocurrency market, one analyst said.'),
  neg(C, 'The blockbuster opened to a record $350 million, blowing away expectations.'),
  neg(C, 'The band\'s third album is a bombshell, a savage attack on the music industry.'),
  neg(C, 'The new iPhone was shot down by reviewers for its poor battery life.'),
  neg(C, 'A massive data breach hit 50 million Facebook accounts, the company said.'),
  neg(C, 'Hurricane Ian slams Florida\n\nHurricane Ian slammed into the Florida coast on Wednesday, killing at least 21 people and leaving millions without power.'),
  neg(C, 'A tornado ripped through the town overnight, destroying dozens of homes and injuring 14 people.'),
  neg(C, 'Wildfires have destroyed more than 400 homes in California this week.'),
  neg(C, 'A heatwave killed dozens of elderly people across Europe last summer.'),
  neg(C, 'Three hikers were struck by lightning on the mountain on Sunday.'),
  neg(C, 'A 7.1-magnitude earthquake struck off the coast of Japan on Saturday, injuring 30 people.'),
  neg(C, 'A truck ploughed into a line of cars on the interstate, killing three people.'),
  neg(C, 'Dozens were injured when a stage collapsed at a music festival in Belgium.'),
  neg(C, 'Salmonella outbreak kills two\n\nThe outbreak has killed two people and sickened more than 100 in six states.'),
  neg(C, 'A pit bull attacked a seven-year-old boy in his backyard on Monday.'),
  neg(C, 'Senate passes bill\n\nDemocrats attacked the bill as a giveaway to the rich, while Republicans said it would create jobs.'),
  neg(C, 'The senator blasted the administration\'s handling of the crisis.'),
  neg(C, 'Critics said the policy would kill thousands of jobs.'),
  neg(C, 'Judge sentences former officer\n\nThe former officer was sentenced to 22 years for killing George Floyd in May 2020.'),
  neg(C, 'The jury found him guilty of murdering his business partner in 2016.'),
];

/**
 * A fourth round, written after fixtures/everyday-dev (issue 13) in the style of
 * its wires, one or more per family it showed: a story read from its lead, a
 * review's or a drill's told violence, works and space stories, animals,
 * similes, a plan "executed", tallies, causes ruled out. The positives after
 * them are attacks told inside such stories.
 */
const E = '2023-05-02';

export const everydayNegatives4: CorpusCase<Expect>[] = [
  neg(E, 'Sabalenka survives Osaka scare\n\nAryna Sabalenka saved two match points to win a three-hour match against Naomi Osaka on Wednesday.\n\n"She was killing me with her serve," Sabalenka said.'),
  neg(E, 'Joshua stops Franklin in seventh\n\nAnthony Joshua retained his heavyweight belt with a seventh-round knockout after the referee stepped in.\n\n"He hit me with a great shot in the fifth," Franklin said.'),
  neg(E, '"I had a plan for every penalty and I executed it," the goalkeeper said.'),
  neg(E, "Film review: 'Red Harvest' is a bleak western\n\nA raid on a homestead by outlaws opens the film, and the massacre that follows is shot in a single take."),
  neg(E, "Book review: a Cold War spy novel that grips\n\nThe hero is shot dead in chapter three, and the murder of his handler by a KGB assassin drives the plot."),
  neg(E, 'Explosion at Ludwigshafen chemical plant kills one\n\nAn explosion ripped through a storage hall on Tuesday, killing one worker, the company said.'),
  neg(E, 'Fishing boat sinks off Bali, nine missing\n\nA fishing boat sank in heavy seas on Sunday, killing two crew members.'),
  neg(E, 'A tourist was attacked and injured by a black bear in a national park on Saturday.'),
  neg(E, 'Police stage mock hostage drill at Wembley\n\nArmed officers stormed a coach in the car park and shots were fired with blank rounds.'),
  neg(E, 'Marines fired rockets and artillery in a live-fire drill on the island this week.'),
  neg(E, 'Witnesses said the collapse sounded like a bomb going off.'),
  neg(E, 'Belgium has been hit by a series of jihadist attacks since 2016, and security at the festival is tight.'),
  neg(E, 'The council banned bonfires on the estate after clashes with firefighters in previous years.'),
  neg(E, 'Sabotage was not suspected, the rail operator said.'),
  neg(E, 'The union attacked the pay offer as "insulting and unworkable".'),
  neg(E, 'Ransomware attack takes council offline\n\nThe council said the attack was criminal and that no data appeared to have been stolen.'),
  neg(E, 'NASA probe slams into comet in deflection test\n\nA chase craft launched on a Falcon rocket photographed the blast from a safe distance.'),
];

export const everydayPositives4: CorpusCase<Expect>[] = [
  pos(E, "Film review: 'Red Harvest' is a bleak western\n\nThe premiere in Lyon was cancelled after a gunman opened fire outside the cinema on Saturday, wounding two people, police said.", [ev('armed_assault', 'opened fire', { wounded: 2 })]),
  pos(E, 'Police stage mock attack drill at Lyon airport\n\nSecurity was tightened a week after a man stabbed two officers at the terminal on Monday, police said.', [ev('armed_assault', 'stabbed')]),
  pos(E, 'Oil rises after pipeline blast\n\nOil prices rose on Tuesday after gunmen blew up a pipeline in the Niger Delta on Monday, the operator said.', [ev('bombing', 'blew up')]),
];
