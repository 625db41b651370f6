// MUC-4 incidents a modality rule took for unreal (muc-modality-retro): `modal-future` read the month "MAY" as the modal
// ("ON 11 MAY A BOMB DESTROYED …"); `planned-or-threatened` and `purpose-infinitive` took an attempt made ("THEY
// ATTEMPTED TO MURDER A FORMER MILITARY MAN") for a plan. A future, a plan or a threat stays no incident.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/run.js';

describe('modal-future: not the month', () => {
  it('codes "on 11 May a bomb destroyed" as a bombing, with its span and rule', () => {
    const text = 'LIMA, 20 MAY 90 (EFE) -- [TEXT] ON 11 MAY A BOMB DESTROYED A BUILDING OWNED BY THE FAMILY OF THE MAYOR OF LIMA.';
    const r = run(text, { published: '1990-05-20' });
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('bombing');
    expect(e.trigger.text).toBe('BOMB');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.explain?.type).toEqual(['bomb-noun']);
    expect(e.date.value).toBe('1990-05-11');
    expect(r.fired('modal-future')).toBe(false);
  });
  it('still rejects a past "was going to" (tried as an attempt cut short: tst4 fell, "people who were going to be kidnapped")', () => {
    const text = 'BOGOTA, 2 NOV 89 (EFE) -- [TEXT] POLICE ARRESTED RICARDO BOLANOS IN MAICAO. THIS MORNING, HE WAS GOING TO PUT A BOMB AT THE AZULEJOS CORONA STORE, ALONG THE MEDELLIN SPEEDWAY.';
    const r = run(text, { published: '1989-11-02' });
    expect(r.events).toEqual([]);
    expect(r.rejected.map(([rule, t]) => [rule, t])).toContainEqual(['modal-future', 'BOMB']);
  });
  it('still rejects a present "is going to" and a modal "may"', () => {
    const text = 'BOGOTA, 2 NOV 89 (EFE) -- [TEXT] THE POLICE SAID THE GANG IS GOING TO PUT A BOMB AT THE AZULEJOS CORONA STORE. THE MAYOR SAID THE GANG MAY BOMB THE STORE.';
    const r = run(text, { published: '1989-11-02' });
    expect(r.events).toEqual([]);
    expect(r.rejected.filter(([rule]) => rule === 'modal-future').map(([, t]) => t)).toEqual(['BOMB', 'BOMB']);
  });
});

describe('an attempt made is no plan', () => {
  it('codes "they attempted to murder X" as an assassination, with its span and rule', () => {
    const text = 'SAN SALVADOR, 20 OCT 89 (DOMESTIC SERVICE) -- [TEXT] YESTERDAY THE TERRORISTS ATTEMPTED TO MURDER A FORMER MILITARY MAN IN SAN MIGUEL.';
    const r = run(text, { published: '1989-10-20' });
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('assassination');
    expect(e.trigger.text).toBe('MURDER');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.date.value).toBe('1989-10-19');
    expect(r.fired('planned-or-threatened')).toBe(false);
    expect(r.fired('purpose-infinitive')).toBe(false);
  });
  it('still rejects a plan to murder', () => {
    const text = 'SAN SALVADOR, 20 OCT 89 (DOMESTIC SERVICE) -- [TEXT] THE POLICE SAID THE TERRORISTS ARE PLANNING TO MURDER A FORMER MILITARY MAN IN SAN MIGUEL.';
    const r = run(text, { published: '1989-10-20' });
    expect(r.events).toEqual([]);
    expect(r.rejected.map(([rule, t]) => [rule, t])).toContainEqual(['planned-or-threatened', 'MURDER']);
  });
});

describe('drop-judicial-retrospective: a crime of the last months is the story\'s own', () => {
  const story = (day: string) => `SAN SALVADOR, 19 JAN 90 (AFP) -- [TEXT] TODAY, A SALVADORAN JUDGE ORDERED THE ARREST OF ONE SALVADORAN COLONEL AND EIGHT OTHER MEMBERS OF THE SALVADORAN ARMY.\n\n   SIX JESUIT PRIESTS WERE MURDERED IN SAN SALVADOR ON ${day}.`;
  it('keeps the murder an arrest story tells 64 days back, with its span, rule and date', () => {
    const text = story('16 NOVEMBER');
    const r = run(text, { published: '1990-01-19' });
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('assassination');
    expect(e.trigger.text).toBe('MURDERED');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.explain?.type).toEqual(['assassinate']);
    expect(e.date.value).toBe('1989-11-16');
    expect(r.fired('drop-judicial-retrospective')).toBe(false);
  });
  it('still drops one five months back', () => {
    const r = run(story('16 AUGUST'), { published: '1990-01-19' });
    expect(r.events).toEqual([]);
    expect(r.dropped.map(([rule, t]) => [rule, t])).toContainEqual(['drop-judicial-retrospective', 'MURDERED']);
  });
});
