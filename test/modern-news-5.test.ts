// Modern news (fixtures/everyday-dev-6 and the other modern dev sets): past incidents recalled by a month and year
// (drop-history), a group's statement that it carried out the attack (resp-claimed); each with a true event that stays.
import { describe, expect, it } from 'vitest';
import { fired as dropped, run } from './helpers/rejected.js';

describe('drop-history: a coarse date with its year written out, own to the trigger', () => {
  const lead = 'QUITO, June 13, 2024 (Reuters) - Gunmen shot dead the mayor of the coastal town of Jama on Wednesday night, police said.';
  it('"was shot dead in Quito in August 2023": a past incident recalled, dropped; the story\'s own incident stays', () => {
    const t = `${lead}\n\nFernando Villavicencio, a presidential candidate, was shot dead in Quito in August 2023.`;
    const es = run(t, '2024-06-13').events;
    expect(es.map((e) => e.trigger.text)).toEqual(['shot dead']);
    expect(es[0]!.date.value).toBe('2024-06-12');
    expect(dropped(t, '2024-06-13', 'drop-history')).toEqual(['shot dead']);
  });
  it('"In 2022, separatists kidnapped a bishop": a date opening the clause is the incident\'s own', () => {
    const t = `${lead}\n\nIn 2022, separatists kidnapped a bishop and several priests in the Southwest, releasing them weeks later.`;
    expect(dropped(t, '2024-06-13', 'drop-history')).toEqual(['kidnapped']);
  });
  it('a month without its year ("murdered last October") is recent news: kept', () => {
    const t = 'Fiancee of murdered journalist demands justice\n\nKhashoggi was murdered last October in the Saudi consulate in Istanbul, Turkey.';
    const es = run(t, '2019-09-29').events;
    expect(es.map((e) => e.trigger.text)).toEqual(['murdered']);
    expect(es[0]!.date.value).toBe('2018-10');
    expect(dropped(t, '2019-09-29', 'drop-history')).toEqual([]);
  });
  it('a date of another clause before the trigger dates that clause ("an escalation in January 2020, sparked by the assassination"): kept', () => {
    const t = 'Rockets hit Iraq airbase\n\nBut both sides are wary after a previous escalation in January 2020, sparked by the US assassination of top Iranian general Qasem Soleimani, took the arch-enemies to the brink of war.';
    expect(dropped(t, '2021-04-04', 'drop-history')).toEqual([]);
  });
  it('a recent month with its year (the month before) is no history', () => {
    const t = 'KABUL, Feb 10, 2024 (AFP) - Militants attacked a police post in Kunduz in January 2024, killing four officers, police said.';
    expect(dropped(t, '2024-02-10', 'drop-history')).toEqual([]);
    expect(run(t, '2024-02-10').events.length).toBe(1);
  });
});

describe('resp-claimed: a group saying in a statement that it carried out the attack', () => {
  it('"said in a statement on its radio station that it carried out the attack": claimed, the group the attacker', () => {
    const t = 'MOGADISHU, July 7, 2026 (Reuters) - A suicide bomber blew himself up at a busy restaurant in Mogadishu on Monday evening, killing 11 people, police said.\n\nThe Islamist group al Shabaab said in a statement on its radio station that it carried out the attack.';
    const [e] = run(t, '2026-07-07').events;
    expect(e!.responsibility).toBe('claimed');
    expect(e!.explain?.responsibility).toEqual(['resp-claimed']);
    expect(e!.attackers.map((a) => a.name)).toContain('Al-Shabaab');
  });
  it('"said in a message to journalists that it had carried out the bombing": claimed', () => {
    const t = 'QUETTA, Feb 10, 2026 (AFP) - A bomb exploded near a bus in Quetta on Monday, killing five people, police said.\n\nA banned separatist group, the Balochistan Liberation Front, said in a message to journalists that it had carried out the bombing.';
    const [e] = run(t, '2026-02-10').events;
    expect(e!.responsibility).toBe('claimed');
    expect(e!.explain?.responsibility).toEqual(['resp-claimed']);
  });
  it('police saying in a statement that the gang carried out attacks claim nothing', () => {
    const t = 'QUETTA, Feb 10, 2026 (AFP) - A bomb exploded near a bus in Quetta on Monday, killing five people.\n\nPolice said in a statement that the gang had carried out several attacks in the city.';
    const [e] = run(t, '2026-02-10').events;
    expect(e!.responsibility).not.toBe('claimed');
  });
});

describe('sense-sport: a basketball box score', () => {
  it('"shot 15 of 22 from the field and hit six three-pointers": sport, no event; a shooting outside the arena stays', () => {
    const t = 'BOSTON, Jan 20, 2026 (AP) - Jaylen Brown shot 15 of 22 from the field and hit six three-pointers as the Boston Celtics beat the New York Knicks on Monday night.';
    expect(run(t, '2026-01-20').events).toEqual([]);
    expect(dropped(t, '2026-01-20', 'sense-sport')).toContain('shot');
    const g = 'BOSTON, Jan 20, 2026 (AP) - A gunman shot two fans outside the arena on Monday night, police said.';
    expect(run(g, '2026-01-20').events.map((e) => e.trigger.text)).toEqual(['shot']);
  });
});
