// Press releases (fixtures/press-dev-4): search warrants executed and a mine's fall of ground are no attack; an incident
// told only as the time the story's own came after is history (drop-history). Each with a true event that stays.
import { describe, expect, it } from 'vitest';
import { fired, run } from './helpers/rejected.js';

describe('not-figurative-object: warrants executed', () => {
  it('"executed search warrants at homes": no killing', () => {
    const t = 'SYDNEY, 12 February 2024 — Detectives executed search warrants at homes in Parramatta and Blacktown on Sunday morning, seizing mobile phones and cash.';
    expect(run(t, '2024-02-12').events).toEqual([]);
    expect(fired(t, '2024-02-12', 'not-figurative-object')).toEqual(['executed']);
  });
  it('"executed two peasants": a killing that stays', () => {
    const t = 'LIMA, 12 February 2024 — Guerrillas executed two peasants in the village of Uchiza on Sunday, police said.';
    const es = run(t, '2024-02-12').events;
    expect(es.map((e) => e.trigger.text)).toEqual(['executed']);
    expect(fired(t, '2024-02-12', 'not-figurative-object')).toEqual([]);
  });
});

describe('not-disaster-or-accident: a fall of ground in a mine', () => {
  it('"were killed and one was injured following a fall of ground": an accident', () => {
    const t = 'JOHANNESBURG, 4 May 2018 — Two employees were killed and one was injured following a fall of ground at the Masakhane shaft near Carletonville late on Thursday.';
    expect(run(t, '2018-05-04').events).toEqual([]);
    // ("injured" is no trigger outside --scope terrorism: the `wound` trigger's scopes)
    expect(fired(t, '2018-05-04', 'not-disaster-or-accident')).toEqual(['killed']);
  });
  it('miners shot dead at the shaft: an attack that stays', () => {
    const t = 'JOHANNESBURG, 4 May 2018 — Gunmen shot dead two miners at the Masakhane shaft near Carletonville late on Thursday.';
    expect(run(t, '2018-05-04').events.map((e) => e.trigger.text)).toEqual(['shot dead']);
  });
});

describe('drop-history: an incident told as the time the story\'s own came after', () => {
  const lead = 'JAMMU, March 7, 2019 (Reuters) - A grenade exploded at a crowded bus stand in Jammu on Thursday, killing one person and wounding 32, police said.';
  it('"The attack came three weeks after a suicide bombing killed 40": dropped with its toll; the grenade keeps its own', () => {
    const t = `${lead}\n\nThe attack came three weeks after a suicide bombing killed 40 paramilitary police in Pulwama.`;
    const es = run(t, '2019-03-07').events;
    expect(es.map((e) => e.type)).toEqual(['grenade']);
    expect(es[0]!.killed?.value).toBe(1);
    expect(fired(t, '2019-03-07', 'drop-history')).toEqual(['suicide bombing']);
  });
  it('"comes only weeks after al-Shabaab militants attacked a base … in September": dropped', () => {
    const t = 'MOGADISHU, Nov 27, 2019 (AFP) - A suicide car bombing killed 12 people at a checkpoint in Mogadishu today, police said.\n\n"This senseless act of violence comes only weeks after al-Shabaab militants attacked a military base in Lower Shabelle region in September."';
    expect(run(t, '2019-11-27').events.map((e) => e.type)).toEqual(['suicide_bombing']);
    expect(fired(t, '2019-11-27', 'drop-history')).toEqual(['attacked']);
  });
  it('an incident told after its time reference and again later is the story\'s own: kept', () => {
    const t = 'JAMMU, March 7, 2019 (Reuters) - Police said the arrests came two days after gunmen attacked a police post in Kupwara on Tuesday. The gunmen attacked the post with rifles and grenades, killing two officers.';
    expect(fired(t, '2019-03-07', 'drop-history')).toEqual([]);
  });
});

describe('reading exercise-report: an exercise named before its verb', () => {
  it('"Exercise Spring Storm begins …": the rehearsed artillery fire and air strikes are no event', () => {
    const t = 'Exercise Spring Storm begins with 15,000 troops from 11 allied nations\n\nTALLINN, 2 May 2022 — The Estonian Ministry of Defence announced today that Exercise Spring Storm has begun. The exercise will rehearse the defence of Estonia against a conventional attack, including artillery fire, air strikes called in by forward observers and the seizure of river crossings.';
    expect(run(t, '2022-05-02').events).toEqual([]);
  });
  it('a headline of an attack during an exercise season is read as an attack', () => {
    const t = 'Rockets hit Estonian border town as exercise season begins\n\nTALLINN, 2 May 2022 — Two rockets hit a school in Narva on Sunday, wounding three people, police said.';
    expect(run(t, '2022-05-02').events.map((e) => e.type)).toEqual(['shelling']);
  });
});

describe('place-street-skip: a street word before the street\'s name', () => {
  it('"in the Rue de la République" is a street of Lyon, no town Rue', () => {
    const t = 'PARIS, 10 November 2020 — A man armed with a kitchen knife attacked passers-by in the Rue de la République in Lyon on Monday, killing a woman.';
    const es = run(t, '2020-11-10').events;
    expect(es.length).toBe(1);
    expect(es[0]!.location?.name).toBe('Lyon');
  });
});
