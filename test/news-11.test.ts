// Modern news (fixtures/news-dev-1 and the other modern dev sets): a kidnapping done by gunfire told as one incident,
// basketball and boxing words, film news headlines, tallies of a month, fires set by a strike, a bombardment going on,
// a past year's tally in January. Each with the true event that stays.
import { describe, expect, it } from 'vitest';
import { fired as dropped, run } from './helpers/rejected.js';

describe('one incident: a kidnapping done by firing on the vehicle', () => {
  it('"opened fire on the vehicle" joins the abduction it was part of', () => {
    const t = 'Gunmen kidnap bus passengers on Nigerian highway\n\nKADUNA, Nigeria, April 21, 2021 (Reuters) - Gunmen abducted at least 34 passengers from a bus on the Kaduna-Abuja highway on Tuesday evening, police said. The attackers blocked the road with logs and opened fire on the vehicle, forcing it to stop, police said.';
    const es = run(t, '2021-04-21').events;
    expect(es.map((e) => [e.type, e.trigger.text, e.date.value])).toEqual([['abduction', 'abducted', '2021-04-20']]);
  });
  it('a bombing and a shooting told apart stay two incidents', () => {
    const t = 'BAGHDAD, May 3, 2021 (Reuters) - A car bomb exploded at a market in Baghdad on Sunday, killing four people. Separately, gunmen kidnapped two engineers in Kirkuk.';
    expect(run(t, '2021-05-03').events.map((e) => e.type)).toEqual(['bombing', 'abduction']);
  });
});

describe('one incident: an ambush sprung with a bomb, told in order', () => {
  it('"a roadside bomb first struck … before gunmen raked the trucks" joins the ambush', () => {
    const t = 'OUAGADOUGOU, Sept 7, 2022 (Reuters) - Suspected jihadists ambushed a convoy near the town of Djibo on Monday, killing 17 soldiers, the army said. A roadside bomb first struck a vehicle at the head of the convoy before gunmen raked the trucks with fire, a security source said.';
    const es = run(t, '2022-09-07').events;
    expect(es.length).toBe(1);
    expect(es[0]!.date.value).toBe('2022-09-05');
  });
  it('a bomb told after a shooting with no word of order stays its own incident', () => {
    const t = 'KABUL, Sept 7, 2022 (Reuters) - Gunmen shot dead two policemen at a checkpoint in Kabul on Monday, officials said. A roadside bomb struck a minibus in Jalalabad on Tuesday, killing four people.';
    expect(run(t, '2022-09-07').events.map((e) => e.type)).toEqual(['armed_assault', 'bombing']);
  });
});

describe('sport and film: everyday senses', () => {
  it('sense-sport: shot from the field, an attack on the rim', () => {
    const t = 'SAN FRANCISCO, Jan 17, 2023 (AP) - Stephen Curry shot 12 of 21 from the field as Golden State edged the Brooklyn Nets on Monday night. Brooklyn stayed close behind an aggressive attack on the rim from Ben Simmons.';
    expect(run(t, '2023-01-17').events).toEqual([]);
    expect(dropped(t, '2023-01-17', 'sense-sport')).toEqual(['shot', 'attack']);
  });
  it('sense-sport: a boxer fired combinations and blunted an attack with a jab', () => {
    const t = 'LAS VEGAS, May 8, 2022 (AP) - Bivol fired sharp combinations from the middle rounds, blunting the attack of Alvarez with a stiff jab on Saturday.';
    expect(run(t, '2022-05-08').events).toEqual([]);
  });
  it('reading-review: a thriller at the box office tells its shoot-outs; a bomb outside a cinema told with its day stays', () => {
    const t = 'Assassin thriller bombs at US box office as animated sequel leads\n\nLOS ANGELES, July 10, 2017 (Reuters) - The film was savaged by critics who called its car chases and shoot-outs tired.';
    expect(run(t, '2017-07-10').events).toEqual([]);
    expect(dropped(t, '2017-07-10', 'reading-review')).toEqual(['shoot-outs']);
    const real = 'Thriller tops box office\n\nLOS ANGELES, July 10, 2017 (Reuters) - A bomb exploded outside a cinema in Los Angeles on Sunday, police said.';
    expect(run(real, '2017-07-10').events.map((e) => e.type)).toEqual(['bombing']);
  });
});

describe('tallies and background', () => {
  it('period-tally: deaths in shootings this month alone', () => {
    const t = 'STOCKHOLM, Sept 28, 2023 (AFP) - Sweden has had 11 deaths in shootings this month alone.';
    expect(run(t, '2023-09-28').events).toEqual([]);
    expect(dropped(t, '2023-09-28', 'period-tally')).toEqual(['shootings']);
  });
  it('not-ongoing-struggle: a state that has been bombing an area since a month', () => {
    const t = 'BEIRUT, Feb 16, 2016 (Reuters) - Moscow, which has been bombing rebel-held areas since September, did not comment.';
    expect(run(t, '2016-02-16').events).toEqual([]);
    expect(dropped(t, '2016-02-16', 'not-ongoing-struggle')).toEqual(['bombing']);
    const kept = 'BEIRUT, Feb 16, 2016 (Reuters) - Russian warplanes were bombing rebel-held areas near Idlib on Monday, activists said.';
    expect(run(kept, '2016-02-16').events.length).toBe(1);
  });
  it('not-nonviolent-fire-or-blast: a strike that set fire to the block is no second, arson incident', () => {
    const t = 'KYIV, May 26, 2024 (Reuters) - A Russian missile slammed into an apartment building in Kharkiv on Saturday, killing five people. The strike set fire to the upper floors of the nine-storey block.';
    const es = run(t, '2024-05-26').events;
    expect(es.map((e) => e.type)).toEqual(['shelling']);
    expect(dropped(t, '2024-05-26', 'not-nonviolent-fire-or-blast')).toEqual(['set fire to']);
  });
  it('drop-history: a past year of its own in a story of early January', () => {
    const t = 'ABUJA, Jan 3, 2022 (Reuters) - Bandits killed more than 2,600 people in the region in 2021, according to a tally by a research group.';
    expect(run(t, '2022-01-03').events).toEqual([]);
    const thisYear = 'ABUJA, March 3, 2022 (Reuters) - Bandits killed 26 people in the village of Kaura on Monday, police said.';
    expect(run(thisYear, '2022-03-03').events.length).toBe(1);
  });
});
