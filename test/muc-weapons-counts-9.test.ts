// muc-weapons-counts-9: a tally "so far this month" is no toll of the incident (counts.tally, counts/layer-rules.ts); "a
// second bomb exploded at …" opens an incident of its own, not a tally (counted-member-incident, refine/merge.ts).
import { describe, expect, it } from 'vitest';
import { run } from './helpers/run.js';
import { COUNTED_MEMBER } from '../src/core/refine/merge.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published: string): ArticleResult => run(text, { published }).res;
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => [f.action, f.text]);

describe('counts.tally: a perfect with "so far", "to date" after it in its clause', () => {
  it('leaves out "more than 200 people have died so far this month", traced, and keeps the incident\'s own figure', () => {
    const text = 'LIMA, 12 NOV 89 (EFE) -- [TEXT] SHINING PATH GUERRILLAS KILLED THREE PEASANTS IN AYACUCHO TODAY.  MORE THAN 200 PEOPLE HAVE DIED SO FAR THIS MONTH OWING TO THE ARMED STRUGGLE.';
    const r = code(text, '1989-11-12');
    expect(r.events.map((e) => e.killed?.value)).toEqual([3]);
    const k = r.events[0]!.killed!;
    expect(text.slice(k.start!, k.end!)).toBe(k.text);
    const rejects = (r.trace ?? []).filter((t) => t.rule === 'counts.tally');
    expect(rejects.map((t) => [t.action, t.text])).toEqual([['reject', 'MORE THAN 200 PEOPLE HAVE DIED']]);
    expect(text.slice(rejects[0]!.start, rejects[0]!.end)).toBe(rejects[0]!.text);
  });

  it('keeps a perfect toll of the incident with no such words ("three people have been killed in the attack this morning")', () => {
    const text = 'LIMA, 12 NOV 89 (EFE) -- [TEXT] THREE PEOPLE HAVE BEEN KILLED IN A DYNAMITE ATTACK ON A BANK IN LIMA THIS MORNING.';
    const r = code(text, '1989-11-12');
    expect(r.events[0]!.killed).toMatchObject({ value: 3, text: 'THREE PEOPLE HAVE BEEN KILLED' });
    expect(fired(r, 'counts.tally')).toEqual([]);
  });
});

describe('counted-member-incident: "a second bomb" with no counted lead', () => {
  const text =
    'BOGOTA, 24 AUG 89 (AFP) -- [TEXT] POLICE REPORTED THAT FOUR BOMBS EXPLODED IN MEDELLIN EARLY THIS MORNING.  ' +
    'JOSE OSCAR MARIN WAS KILLED WHEN 20 KG OF DYNAMITE EXPLODED AT THE HEADQUARTERS OF THE NEW LIBERALISM PARTY.  ' +
    'A SECOND BOMB EXPLODED AT THE HEADQUARTERS OF THE SOCIAL CONSERVATIVE PARTY, CAUSING SEVERE DAMAGE.';

  it('opens an incident, dated and no tally, for "a second bomb exploded at …"', () => {
    const r = code(text, '1989-08-24');
    expect(fired(r, COUNTED_MEMBER.name)).toEqual([['accept', 'BOMB']]);
    expect(r.events.every((e) => !e.aggregate)).toBe(true);
    const second = r.events.find((e) => e.trigger.text === 'BOMB')!;
    expect(second.date.value).toBe('1989-08-24');
    expect(second.weapons.map((w) => w.text)).toEqual(['BOMB']);
  });

  it('reads "a"/"an" before the ordinal only', () => {
    expect(COUNTED_MEMBER.another.test('a second ')).toBe(true);
    expect(COUNTED_MEMBER.another.test('a third car ')).toBe(true);
    expect(COUNTED_MEMBER.another.test('the second ')).toBe(false);
    expect(COUNTED_MEMBER.another.test('the 14th ')).toBe(false);
  });

  it('leaves "the second attack on the town this year" with no counted lead in the tally', () => {
    const r = code('LA PAZ, 12 JAN 90 (EFE) -- Guerrillas bombed a bank in Oruro last night. It was the second attack on the town this year.', '1990-01-12');
    expect(fired(r, COUNTED_MEMBER.name)).toEqual([]);
  });
});
