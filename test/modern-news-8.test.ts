// Modern news (fixtures/everyday-dev-8 and the other modern dev sets): a hunt, fires set by things, arrests in raids,
// cricket and tennis words, barrages, tallies over a country or a period. Each with the true
// event that stays.
import { describe, expect, it } from 'vitest';
import { fired as dropped, run } from './helpers/rejected.js';

describe('sense rules: everyday senses', () => {
  it('not-disaster-or-accident: shot dead by a member of his own party during a boar hunt', () => {
    const t = 'GRENOBLE, France, Oct 21, 2024 (AFP) - A 25-year-old hunter was shot dead by a member of his own party during a wild boar hunt in the French Alps on Sunday, prosecutors said.';
    expect(run(t, '2024-10-21').events).toEqual([]);
    expect(dropped(t, '2024-10-21', 'not-disaster-or-accident')).toEqual(['shot dead']);
  });
  it('a hunter shot dead by gunmen stays an attack', () => {
    const t = 'GRENOBLE, France, Oct 21, 2024 (AFP) - Gunmen shot dead a hunter near his car in the French Alps on Sunday, prosecutors said.';
    const es = run(t, '2024-10-21').events;
    expect(es.map((e) => [e.type, e.trigger.text])).toEqual([['armed_assault', 'shot dead']]);
    expect(es[0]!.date.value).toBe('2024-10-20');
  });
  it('not-nonviolent-fire-or-blast: fireworks that set fire to a ceiling; protesters who set fire to a station stay arson', () => {
    const t = 'SKOPJE, March 18, 2025 (Reuters) - Investigators said on Tuesday that indoor fireworks used during a concert set fire to the ceiling of a nightclub in the town of Kocani.';
    expect(run(t, '2025-03-18').events).toEqual([]);
    expect(dropped(t, '2025-03-18', 'not-nonviolent-fire-or-blast')).toEqual(['set fire to']);
    const arson = 'NAIROBI, June 26, 2025 (Reuters) - Protesters set fire to a police station in the town of Kikuyu on Wednesday, police said.';
    const es = run(arson, '2025-06-26').events;
    expect(es.map((e) => [e.type, e.trigger.text, e.date.value])).toEqual([['arson', 'set fire to', '2025-06-25']]);
  });
  it('not-search-raid: men arrested in raids on homes; a raid that killed stays', () => {
    const t = 'BRUSSELS, Feb 14, 2024 (Belga) - Police arrested four men in raids on homes in the north of Antwerp on Tuesday, prosecutors said.';
    expect(run(t, '2024-02-14').events).toEqual([]);
    expect(dropped(t, '2024-02-14', 'not-search-raid')).toEqual(['raids']);
    const kept = 'BRUSSELS, Feb 14, 2024 (Belga) - Gunmen killed two men in a raid on a house in the north of Antwerp on Tuesday, prosecutors said.';
    expect(run(kept, '2024-02-14').events.length).toBe(1);
    expect(dropped(kept, '2024-02-14', 'not-search-raid')).toEqual([]);
  });
  it('not-victim-object: a companion who fired at an animal', () => {
    const t = 'GRENOBLE, France, Oct 21, 2024 (AFP) - The man took a stray bullet to the chest on Sunday after a companion fired at an animal breaking cover.';
    expect(run(t, '2024-10-21').events).toEqual([]);
    expect(dropped(t, '2024-10-21', 'not-victim-object')).toEqual(['fired at']);
  });
  it('sport: a cricket attack, a serve attacked beside a simile; not-figurative-object: bombarded with bouncers', () => {
    const cricket = 'MULTAN, Oct 8, 2024 (Reuters) - Joe Root punished a tiring Pakistan attack with an unbeaten 176 on the second day of the first Test on Tuesday.';
    expect(run(cricket, '2024-10-08').events).toEqual([]);
    expect(dropped(cricket, '2024-10-08', 'sense-sport')).toEqual(['attack']);
    const tennis = 'TURIN, Nov 14, 2024 (AP) - The Italian attacked the second serve from the start, and one commentator said a forehand winner "was struck like a bullet".';
    expect(run(tennis, '2024-11-14').events).toEqual([]);
    const balls = 'MULTAN, Oct 8, 2024 (Reuters) - "They bombarded us with bouncers early on, but the pitch just died," Root said on Tuesday.';
    expect(run(balls, '2024-10-08').events).toEqual([]);
    expect(dropped(balls, '2024-10-08', 'not-figurative-object')).toEqual(['bombarded']);
    const shelled = 'KYIV, Jan 10, 2023 (Reuters) - Russian forces bombarded the city with rockets and drones on Monday, the governor said.';
    expect(run(shelled, '2023-01-10').events.map((e) => e.type)).toEqual(['shelling']);
  });
});

describe('period-tally: counts over a country or a period in the simple past', () => {
  it('killed nationwide, kidnapped during the year', () => {
    for (const [t, trigger] of [
      ['NAIROBI, June 26, 2025 (Reuters) - Rights groups said at least eight people were killed nationwide as police fired live rounds and tear gas.', 'killed'],
      ['GENEVA, Aug 19, 2025 (Reuters) - A further 308 aid workers were wounded and 125 kidnapped during the year, the report said.', 'kidnapped'],
    ] as const) {
      expect(run(t, '2025-08-19').events).toEqual([]);
      expect(dropped(t, '2025-08-19', 'period-tally')).toContain(trigger);
    }
  });
  it('killed in the capital stays an event', () => {
    const t = 'NAIROBI, June 26, 2025 (Reuters) - At least eight people were killed in the capital on Wednesday as police fired live rounds, rights groups said.';
    const es = run(t, '2025-06-26').events;
    expect(es.length).toBe(1);
    expect(es[0]!.killed?.value).toBe(8);
    expect(dropped(t, '2025-06-26', 'period-tally')).toEqual([]);
  });
});
