// Modern news (fixtures/everyday-dev-7 and the other modern dev sets): figures of a market, accidents, missile tests,
// naming, sport idioms (sense rules); a past year told relatively (drop-history); reviews of games; drone attacks; claims;
// arson in a clash. Each with the true event that stays.
import { describe, expect, it } from 'vitest';
import { fired as dropped, run } from './helpers/rejected.js';

/** The spans a rule accepted in the text. */
const accepted = (text: string, published: string, rule: string) =>
  (run(text, published).trace ?? []).filter((f) => f.action === 'accept' && f.rule === rule).map((f) => text.slice(f.start, f.end));

describe('sense rules: no violence in everyday words', () => {
  it('not-figurative-object: a market figure right before the verb ("shares in Rolls-Royce shot up 9%")', () => {
    const t = "LONDON, Feb 25, 2026 (Reuters) - Shares in Rolls-Royce shot up 9% on Wednesday after the engine maker's annual profit blew past forecasts.";
    expect(run(t, '2026-02-25').events).toEqual([]);
    expect(dropped(t, '2026-02-25', 'not-figurative-object')).toEqual(['shot']);
  });
  it('a trader shot dead stays an attack', () => {
    const t = 'LONDON, Feb 25, 2026 (Reuters) - Gunmen shot dead a share trader outside his office on Wednesday, police said.';
    const es = run(t, '2026-02-25').events;
    expect(es.map((e) => [e.type, e.trigger.text])).toEqual([['armed_assault', 'shot dead']]);
    expect(dropped(t, '2026-02-25', 'not-figurative-object')).toEqual([]);
  });
  it('not-disaster-or-accident: a hunter who shot a walker by accident, miners killed in a rockfall', () => {
    const hunt = 'PARIS, Nov 5, 2026 (AFP) - A hunter accidentally shot dead a 58-year-old woman walking her dog in woods near Ales on Wednesday, prosecutors said.';
    expect(run(hunt, '2026-11-05').events).toEqual([]);
    expect(dropped(hunt, '2026-11-05', 'not-disaster-or-accident')).toEqual(['shot dead']);
    const mine = 'JOHANNESBURG, Aug 19, 2026 (Reuters) - Six miners were killed in a rockfall at a gold mine west of Johannesburg on Tuesday, the company said.';
    expect(run(mine, '2026-08-19').events).toEqual([]);
    expect(dropped(mine, '2026-08-19', 'not-disaster-or-accident')).toEqual(['killed']);
  });
  it('gunmen who shot miners at a mine stay an attack', () => {
    const t = 'JOHANNESBURG, Aug 19, 2026 (Reuters) - Gunmen shot dead two miners at a gold mine west of Johannesburg on Tuesday, police said.';
    const es = run(t, '2026-08-19').events;
    expect(es.map((e) => e.trigger.text)).toEqual(['shot dead']);
    expect(es[0]!.killed?.value).toBe(2);
    expect(dropped(t, '2026-08-19', 'not-disaster-or-accident')).toEqual([]);
  });
  it('not-nonviolent-fire-or-blast: a missile fired off a coast is a test; rockets fired at a village are not', () => {
    const test = "SEOUL, May 27, 2026 (Reuters) - North Korea fired a ballistic missile off its east coast on Wednesday, South Korea's military said.";
    expect(run(test, '2026-05-27').events).toEqual([]);
    expect(dropped(test, '2026-05-27', 'not-nonviolent-fire-or-blast')).toEqual(['fired a ballistic missile']);
    const strike = 'KYIV, May 27, 2026 (Reuters) - Russian forces fired rockets at a village off the main road on Wednesday, officials said.';
    expect(run(strike, '2026-05-27').events.map((e) => e.type)).toEqual(['shelling']);
    expect(dropped(strike, '2026-05-27', 'not-nonviolent-fire-or-blast')).toEqual([]);
  });
  it('not-metaphor-or-simile: "called the incident a serious attack" names, the attack told before stays', () => {
    const t = "COPENHAGEN, Sept 23, 2026 (Reuters) - Drones were spotted over Copenhagen airport on Monday night. Denmark's prime minister called the incident a serious attack on critical infrastructure.";
    expect(run(t, '2026-09-23').events).toEqual([]);
    expect(dropped(t, '2026-09-23', 'not-metaphor-or-simile')).toEqual(['attack']);
    const real = 'KABUL, Sept 23, 2026 (AFP) - Gunmen killed four police officers at a checkpoint on Monday. The minister called it a cowardly attack.';
    const es = run(real, '2026-09-23').events;
    expect(es.map((e) => [e.type, e.trigger.text, e.killed?.value])).toEqual([['armed_assault', 'killed', 4]]);
  });
  it('not-another-kind and not-hit-idiom: "every shot was going in", "hits the ball like a bullet"', () => {
    const t = 'Celtics guard shoots Knicks down\n\nBOSTON, Jan 20, 2026 (AP) - "He was on fire tonight, every shot was going in," Celtics coach Joe Mazzulla said. "He hits the ball like a bullet," a team mate said.';
    expect(run(t, '2026-01-20').events).toEqual([]);
    expect(dropped(t, '2026-01-20', 'not-another-kind')).toEqual(['shot']);
    expect(dropped(t, '2026-01-20', 'not-hit-idiom')).toEqual(['hits']);
  });
});

describe('drop-history: a year before publication told relatively ("last year")', () => {
  const lead = 'PORT-AU-PRINCE, Aug 12, 2026 (AP) - Gang members stormed the town of Mirebalais in central Haiti on Monday night, killing at least 20 people, officials said.';
  it('"gang violence killed more than 5,000 people in Haiti last year": a past year\'s tally, dropped; the incident stays', () => {
    const t = `${lead} The United Nations says gang violence killed more than 5,000 people in Haiti last year.`;
    const es = run(t, '2026-08-12').events;
    expect(es.map((e) => [e.trigger.text, e.date.value, e.killed?.value])).toEqual([['stormed', '2026-08-10', 20]]);
    expect(dropped(t, '2026-08-12', 'drop-history')).toEqual(['killed']);
  });
  it('"this year" is the year of publication: no history', () => {
    const t = `${lead} Gangs killed more than 1,000 people in Haiti this year, the United Nations says.`;
    expect(dropped(t, '2026-08-12', 'drop-history')).toEqual([]);
  });
});

describe('readings, types, claims, merges', () => {
  it('reading-review: news of a video game is read first, before a storm or a market in its headline', () => {
    const t = "New 'Call of Duty' storms sales charts\n\nLOS ANGELES, Oct 21, 2026 (Reuters) - The game topped sales charts, Microsoft said on Tuesday. Players raid enemy compounds, call in air strikes and defuse bombs in a campaign set in a fictional war.";
    expect(run(t, '2026-10-21').events).toEqual([]);
    expect(dropped(t, '2026-10-21', 'reading-review')).toContain('air strikes');
  });
  it('air-strike: "a Russian drone attack" is an air strike, its trigger the whole phrase', () => {
    const t = 'KYIV, Jan 14, 2026 (Reuters) - A Russian drone attack on the port city of Odesa killed three people overnight, the governor said.';
    const es = run(t, '2026-01-14').events;
    expect(es.map((e) => [e.type, e.trigger.text, e.killed?.value])).toEqual([['air_strike', 'drone attack', 3]]);
    expect(t.slice(es[0]!.trigger.start, es[0]!.trigger.end)).toBe('drone attack');
    expect(es[0]!.explain?.type).toEqual(['air-strike']);
    expect(es[0]!.location?.name).toBe('Odesa');
  });
  it('resp-claimed: "said it was behind the attack" is a claim; a police spokesman is not the group', () => {
    const t = 'MOGADISHU, Oct 21, 2026 (Reuters) - A car bomb exploded near a checkpoint in Mogadishu on Tuesday, killing eight people. The al Qaeda-linked al Shabaab group said it was behind the attack.';
    const es = run(t, '2026-10-21').events;
    expect(es.map((e) => [e.type, e.responsibility])).toEqual([['bombing', 'claimed']]);
    expect(accepted(t, '2026-10-21', 'resp-claimed')).toEqual(['said it was behind']);
    const police = 'PESHAWAR, Oct 21, 2026 (Reuters) - A bomb exploded near a checkpoint in Bannu on Tuesday, killing eight people. A police spokesman said the group had carried out attacks before.';
    expect(run(police, '2026-10-21').events.map((e) => e.responsibility)).toEqual(['unknown']);
    expect(accepted(police, '2026-10-21', 'resp-claimed')).toEqual([]);
  });
  it('resp-claimed: a group spokesman "said in a televised speech that the group had carried out" the attack', () => {
    const t = 'DUBAI, Nov 11, 2026 (Reuters) - A missile struck a cargo ship in the Red Sea on Tuesday, the agency said. Houthi military spokesman Yahya Saree said in a televised speech that the group had carried out the attack.';
    expect(run(t, '2026-11-11').events.map((e) => [e.type, e.responsibility])).toEqual([['shelling', 'claimed']]);
    expect(accepted(t, '2026-11-11', 'resp-claimed')).toEqual(['spokesman']);
  });
  it('continuation: shops set on fire in a clash are the clash; a fire days later elsewhere is not joined', () => {
    const t = 'NEW DELHI, April 1, 2026 (Reuters) - Two people were killed when Hindu and Muslim groups clashed in Hazaribagh on Monday, police said. Rival groups threw stones and set fire to shops and vehicles before police fired tear gas to disperse them.';
    const es = run(t, '2026-04-01').events;
    expect(es.map((e) => [e.type, e.trigger.text, e.killed?.value])).toEqual([['armed_clash', 'clashed', 2]]);
    expect(accepted(t, '2026-04-01', 'continuation')).toEqual(['set fire to']);
    const apart = 'NEW DELHI, April 1, 2026 (Reuters) - Two people were killed when Hindu and Muslim groups clashed in Hazaribagh on Monday, police said. On March 20, arsonists set fire to a warehouse in Ranchi.';
    expect(run(apart, '2026-04-01').events.map((e) => [e.type, e.trigger.text])).toEqual([['armed_clash', 'clashed'], ['arson', 'set fire to']]);
  });
  it('type-cue: explosives dropped from a drone make an air strike', () => {
    const t = 'BOGOTA, Sept 9, 2026 (AFP) - Two police officers were killed when FARC dissidents dropped explosives from a drone on a police station in Jamundi on Monday, police said.';
    const es = run(t, '2026-09-09').events;
    expect(es.map((e) => [e.type, e.trigger.text, e.killed?.value])).toEqual([['air_strike', 'killed', 2]]);
    expect(es[0]!.explain?.type).toContain('type-cue');
    const bomb = 'BOGOTA, Sept 9, 2026 (AFP) - Two police officers were killed when FARC dissidents set off explosives at a police station in Jamundi on Monday, police said.';
    expect(run(bomb, '2026-09-09').events.map((e) => e.type)).not.toContain('air_strike');
  });
});

describe('period-tally: a perfect over this year, the past week or since a year', () => {
  const lead = 'MEXICO CITY, Dec 9, 2026 (Reuters) - A local journalist was shot dead outside his home in Culiacan on Monday, prosecutors said.';
  it('"at least eight journalists had been murdered in Mexico this year": no count of the incident', () => {
    const t = `${lead} Press freedom group Article 19 said at least eight journalists had been murdered in Mexico this year.`;
    const es = run(t, '2026-12-09').events;
    expect(es.map((e) => [e.trigger.text, e.date.value, e.killed?.value])).toEqual([['shot dead', '2026-12-07', 1]]);
    expect(dropped(t, '2026-12-09', 'period-tally')).toEqual(['murdered']);
  });
  it('"have killed hundreds of rebels in operations since 2024" and "over the past week" are tallies', () => {
    expect(dropped('Security forces have killed hundreds of rebels in operations since 2024.', '2026-04-22', 'period-tally')).toEqual(['killed']);
    expect(dropped("The ministry said 40 Palestinians had been killed by Israeli fire across the enclave over the past week.", '2026-06-17', 'period-tally')).toEqual(['killed']);
  });
  it('"in the past hour" is breaking news: kept', () => {
    const t = 'LIMA, May 2, 2026 (Reuters) - Three policemen have been killed in Lima in the past hour, police said.';
    expect(dropped(t, '2026-05-02', 'period-tally')).toEqual([]);
    expect(run(t, '2026-05-02').events.map((e) => e.killed?.value)).toEqual([3]);
  });
});
