// False events in muc4-dev's messages with no incident: a battle's own word retyped by a deed merged into it, naming no
// target (`terrorism-no-clash` widened, refine/scope.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1990-01-17'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const fired = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule).map((f) => ({ action: f.action, text: f.text }));

describe('terrorism-no-clash: a battle word retyped by a merged deed, with no target, is combat', () => {
  const clash =
    'SAN SALVADOR, 17 JAN 90 (AFP) -- A fierce clash, which lasted almost 1 hour, occurred this evening between government soldiers and guerrilla forces in a western sector of the capital, but no casualties have been reported. A military source from the sector said that the clash occurred in Montebello neighborhood, located in the western section of the capital, and much rifle fire and many powerful explosions were heard.';
  it('drops the clash in Montebello, retyped by the explosions heard', () => {
    const all = extract(clash, { published: '1990-01-17', explain: true, scope: 'all' });
    const battle = all.events.find((e) => e.trigger.text === 'clash');
    expect(battle).toBeDefined();
    expect(battle!.type).not.toBe('armed_clash');
    expect(clash.slice(battle!.trigger.start, battle!.trigger.end)).toBe(battle!.trigger.text);
    expect(battle!.targets).toEqual([]);
    const r = code(clash);
    expect(r.events).toEqual([]);
    expect(fired(r, 'terrorism-no-clash')).toContainEqual({ action: 'drop', text: 'clash' });
  });
  it('keeps a deed with its target told beside the fighting', () => {
    const text = 'SAN SALVADOR, 17 JAN 90 (AFP) -- Guerrillas bombed the power station in San Miguel this evening during heavy fighting with the army.';
    const r = code(text);
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['bombing', 'bombed']]);
    const e = r.events[0]!;
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.targets.map((t) => t.name)).toContain('power station');
    expect(fired(r, 'terrorism-no-clash')).toEqual([]);
  });
});

describe('abuse-list: crimes listed beside the deed name a kind of deed', () => {
  it('rejects "the killings, the assassinations, the crimes" and "a wave of crimes and terrorist attacks"', () => {
    for (const [text, trigger] of [
      ['MANAGUA, 10 NOV 89 (RADIO SANDINO) -- Therefore, we have been reporting the killings, the assassinations, the crimes, the Contras attacks, and the Yankee Congress has remained silent.', 'assassinations'],
      ['LIMA, 23 MAR 90 (EFE) -- In view of the continuing wave of crimes and terrorist attacks, the Peruvian government today declared a state of emergency in Lima.', 'terrorist attacks'],
    ] as const) {
      const r = code(text, '1990-03-23');
      expect(r.events.map((e) => e.trigger.text)).not.toContain(trigger);
      const f = fired(r, 'abuse-list');
      expect(f.map((x) => x.action)).toContain('reject');
      for (const x of r.trace!.filter((y) => y.rule === 'abuse-list')) expect(text.slice(x.start, x.end)).toBe(x.text);
    }
  });
  it('keeps a murder told beside the crimes a judge investigated', () => {
    const text = 'MEDELLIN, 23 MAR 90 (EFE) -- Gunmen murdered a judge who had sent three men to prison for their crimes, in Medellin on Sunday.';
    const r = code(text, '1990-03-23');
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['assassination', 'murdered']]);
    expect(fired(r, 'abuse-list')).toEqual([]);
  });
});

describe('terrorism-military-object: "attacks on military positions" though the tagger reads "attacks" as a verb', () => {
  it('rejects "conducted lightning attacks on those military positions"', () => {
    const text = 'SAN SALVADOR, 8 MAR 90 (AFP) -- It was said that a number of FMLN members conducted lightning attacks on those military positions and then withdrew from the area immediately.';
    const r = code(text, '1990-03-08');
    expect(r.events).toEqual([]);
    const f = r.trace!.filter((x) => x.rule === 'terrorism-military-object');
    expect(f.map((x) => [x.action, x.text])).toContainEqual(['reject', 'attacks']);
    for (const x of f) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('keeps "conducted attacks on the mayor\'s office"', () => {
    const text = "SAN SALVADOR, 8 MAR 90 (AFP) -- A number of FMLN members conducted attacks on the mayor's office in San Miguel and then withdrew.";
    const r = code(text, '1990-03-08');
    expect(r.events.map((e) => e.trigger.text)).toContain('attacks');
    expect(fired(r, 'terrorism-military-object')).toEqual([]);
  });
});

describe('terrorism-state-fire-no-victims: an aircraft right before the deed\'s verb fires it', () => {
  it('drops "A PUSH-AND-PULL 0-2 PLANE DROPPED BOMBS ON ZACAMIL" (the tagger reads "PULL" as the verb)', () => {
    const text = 'CLANDESTINE, 14 NOV 89 (RADIO VENCEREMOS) -- [TEXT] THIRTY MINUTES AGO, A PUSH-AND-PULL 0-2 PLANE DROPPED BOMBS ON ZACAMIL NEIGHBORHOOD AND A C-47 MACHINEGUNNED THE AREA.';
    const r = code(text, '1989-11-14');
    expect(r.events).toEqual([]);
    const f = r.trace!.filter((x) => x.rule === 'terrorism-state-fire-no-victims');
    expect(f.map((x) => [x.action, x.text])).toContainEqual(['drop', 'DROPPED BOMBS ON']);
    for (const x of f) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('keeps a plane\'s bombing that names its target', () => {
    const text = 'SAN SALVADOR, 14 NOV 89 (EFE) -- [TEXT] THIS MORNING AN AIR FORCE PLANE BOMBED THE CHURCH OF SANTA ELENA IN USULUTAN.';
    const r = code(text, '1989-11-14');
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['bombing', 'BOMBED']]);
    const e = r.events[0]!;
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.targets.map((t) => t.name)).toEqual(['church of Santa Elena']);
    expect(fired(r, 'terrorism-state-fire-no-victims')).toEqual([]);
  });
});

describe('fallback-target-skip: an aircraft right before a verb it does is no victim', () => {
  it('drops "AT 0933 TODAY A HELICOPTER BOMBED HEAVILY POPULATED AREAS" (the helicopter read into a time\'s phrase)', () => {
    const text = 'SAN SALVADOR, 13 NOV 89 -- [TEXT] AT 0933 TODAY A HELICOPTER BOMBED HEAVILY POPULATED AREAS IN CIUDAD DELGADO.';
    const r = code(text, '1989-11-13');
    expect(r.events).toEqual([]);
    const f = r.trace!.filter((x) => x.rule === 'fallback-target-skip');
    expect(f.map((x) => [x.action, x.text])).toContainEqual(['reject', 'HELICOPTER']);
    for (const x of f) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(fired(r, 'terrorism-state-fire-no-victims').map((x) => x.action)).toContain('drop');
  });
  it('keeps a helicopter hit by guerrillas as the victim', () => {
    const text = 'SAN SALVADOR, 13 NOV 89 -- [TEXT] AT 0933 TODAY GUERRILLAS BOMBED A HELICOPTER PARKED IN CIUDAD DELGADO.';
    const r = code(text, '1989-11-13');
    expect(r.events.map((e) => e.trigger.text)).toEqual(['BOMBED']);
    expect(r.events[0]!.targets.map((t) => t.name)).toContain('helicopter');
    expect(fired(r, 'fallback-target-skip').map((x) => x.text)).not.toContain('HELICOPTER');
  });
});
