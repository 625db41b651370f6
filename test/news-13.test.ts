// General news (fixtures/news-dev-2): a bus that went over the edge of a road is an accident (sense-accident); "killed
// slowly by costs" is a hardship (not-disaster-or-accident); the "since" clause of a ranked incident ("the first major
// attack since the president took office in May") dates the period, not the incident (period-start-skip). Each with a
// true event that stays.
import { describe, expect, it } from 'vitest';
import { fired, run } from './helpers/rejected.js';

describe('sense-accident: a vehicle that went over the edge of a road', () => {
  it('"a bus went over the edge of a mountain road, killing 24": no attack', () => {
    const t = 'LIMA, March 16, 2010 (Reuters) - A bus full of mine workers went over the edge of a mountain road in Peru on Monday, killing at least 24 people, police said.';
    expect(run(t, '2010-03-16').events).toEqual([]);
    expect(fired(t, '2010-03-16', 'sense-accident')).toEqual(['killing']);
  });
  it('gunmen who forced a bus off the road and shot 24: an attack that stays', () => {
    const t = 'LIMA, March 16, 2010 (Reuters) - Gunmen forced a bus off a mountain road in Peru on Monday and shot dead 24 passengers, police said.';
    const es = run(t, '2010-03-16').events;
    expect(es.map((e) => e.trigger.text)).toEqual(['shot dead']);
    expect(es[0]!.killed?.value).toBe(24);
  });
});

describe('not-disaster-or-accident: killed slowly by a hardship', () => {
  it('"we are being killed slowly by costs": no attack', () => {
    const t = 'KYIV, Oct 4, 2022 (Reuters) - "We are not under shelling here, but we are being killed slowly by costs," she said.';
    expect(run(t, '2022-10-04').events).toEqual([]);
    expect(fired(t, '2022-10-04', 'not-disaster-or-accident')).toEqual(['killed']);
  });
  it('"killed by gunmen": an attack that stays', () => {
    const t = 'KYIV, Oct 4, 2022 (Reuters) - Two farmers were killed by gunmen near Yahotyn on Monday, police said.';
    expect(run(t, '2022-10-04').events.map((e) => e.trigger.text)).toEqual(['killed']);
    expect(fired(t, '2022-10-04', 'not-disaster-or-accident')).toEqual([]);
  });
});

describe('period-start-skip: the "since" clause of a ranked incident', () => {
  it('"the first major attack in the capital since the president took office in May" joins the incident told', () => {
    const t = 'MOGADISHU, Aug 21, 2022 (Reuters) - Al Shabaab fighters stormed a hotel in Mogadishu on Friday, killing at least 21 people, police said. It was the first major attack in the capital since the president took office in May.';
    const es = run(t, '2022-08-21').events;
    expect(es).toHaveLength(1);
    expect(es[0]!.date.value).toBe('2022-08-19');
    expect(t.slice(es[0]!.date.start!, es[0]!.date.end!)).toBe(es[0]!.date.text);
    expect(es[0]!.evidence.some((e) => e.text.startsWith('It was the first major attack'))).toBe(true);
  });
  it('a tally "since May 3" keeps its own date: a second, apart', () => {
    const t = 'IMPHAL, Sep 14, 2023 (PTI) - Militants lobbed a grenade at a market in Imphal on Wednesday, injuring five people. Ethnic clashes have killed more than 175 people since May 3, according to official figures.';
    const es = run(t, '2023-09-14').events;
    expect(es.map((e) => [e.trigger.text, e.date.value])).toEqual([['lobbed a grenade', '2023-09-13'], ['clashes', '2023-05-03']]);
  });
});

describe('by-agent: not the police who shot the attacker', () => {
  const t = 'CINCINNATI, Sept 7, 2018 (AP) - A man opened fire in the loading bay of a warehouse in Hamilton, Ohio, on Thursday afternoon, killing three workers and wounding two others before he was shot dead by police officers, police said.';
  it('"before he was shot dead by police officers": the police are no attacker (a reject of the actor)', () => {
    const es = run(t, '2018-09-07').events;
    expect(es).toHaveLength(1);
    expect(es[0]!.attackers.map((a) => a.name)).not.toContain('Police');
    expect(es[0]!.killed?.value).toBe(3);
    expect(fired(t, '2018-09-07', 'by-agent')).toEqual(['police officers']);
  });
  it('"a man was shot dead by police officers": the police stay the attacker', () => {
    const u = 'CINCINNATI, Sept 7, 2018 (AP) - A man was shot dead by police officers in Hamilton, Ohio, on Thursday afternoon, police said.';
    const es = run(u, '2018-09-07').events;
    expect(es[0]!.attackers.map((a) => a.name)).toContain('Police');
    expect(es[0]!.attackers.find((a) => a.name === 'Police')!.text).toBe('police officers');
    expect(fired(u, '2018-09-07', 'by-agent')).toEqual([]);
  });
});

describe('judged-or-investigated: not the fresh deed an investigation follows', () => {
  it('"investigating a murder after a man in his 20s was shot dead": an incident', () => {
    const t = 'STOCKHOLM, 28 September 2023 — Police are investigating a murder after a man in his 20s was shot dead in Tensta on Wednesday evening.';
    const r = run(t, '2023-09-28');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.evidence.some((e) => t.slice(e.start, e.end) === e.text && e.text.includes('shot dead'))).toBe(true);
    expect(fired(t, '2023-09-28', 'judged-or-investigated')).toEqual([]);
  });
  it('"investigating the murder of a journalist who was shot dead in 2019": still judged', () => {
    const t = 'STOCKHOLM, 28 September 2023 — Prosecutors are still investigating the murder of a journalist who was shot dead in 2019.';
    expect(fired(t, '2023-09-28', 'judged-or-investigated')).toEqual(['shot dead']);
  });
});
