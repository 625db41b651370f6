// MUC-4 target slots (muc-targets-weapons-13): persons a toll only counts ("ONE PERSON WAS KILLED") are victims, and the
// target fallback leaves the wire's bracketed header (its reporter or speaker) alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

const run = (text: string, published: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { published, explain: true, scope });
const spanOk = (text: string, v: { text: string; start: number; end: number }) => expect(text.slice(v.start, v.end)).toBe(v.text);

describe('casualty-victims: persons a toll only counts', () => {
  it('"ONE PERSON WAS KILLED …" gives a target "person", with its span and rule', () => {
    const text = 'SAN SALVADOR, 30 MAR 89 -- [TEXT] ONE PERSON WAS KILLED AND THREE OTHERS INJURED TONIGHT AS THE RESULT OF A BOMB EXPLOSION IN DOWNTOWN SAN SALVADOR.';
    const [e] = run(text, '1989-03-30').events;
    const i = e!.targets.findIndex((t) => t.name === 'person');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(e!.targets[i]!.text).toBe('PERSON');
    expect(e!.explain?.targets?.[i]).toBe('casualty-victims');
    spanOk(text, e!.targets[i]!);
    // ("others" is left out: it often counts the victims named before again)
    expect(e!.targets.map((t) => t.name)).not.toContain('others');
  });
  it('"KILLED 1 PERSON AND WOUNDED 13 OTHERS" gives the person', () => {
    const text = 'MEDELLIN, 4 SEP 89 -- [TEXT] A MAN DRESSED IN A CAMOUFLAGE MILITARY UNIFORM KILLED 1 PERSON AND WOUNDED 13 OTHERS WITH A MACHINEGUN AT THE AIRPORT.';
    const targets = run(text, '1989-09-04').events.flatMap((e) => e.targets);
    expect(targets.map((t) => t.name)).toContain('person');
    for (const t of targets) spanOk(text, t);
  });
  it('not where an actor names the victims ("TWO PEASANTS WERE KILLED"), nor outside the terrorism scope', () => {
    const peasants = 'LIMA, 3 FEB 89 -- [TEXT] TWO PEASANTS WERE KILLED WHEN A BOMB EXPLODED IN THE MARKET.';
    expect(run(peasants, '1989-02-03').events.flatMap((e) => e.targets.map((t) => t.name))).not.toContain('person');
    const modern = 'One person was killed when a bomb exploded in the market of Kandahar on Monday.';
    expect(run(modern, '2021-04-05', 'all').events.flatMap((e) => e.targets.map((t) => t.name))).not.toContain('person');
  });
  it('the counted person leaves the fallback its victims: a named store is still a target', () => {
    const text =
      'SAN SALVADOR, 30 MAR 89 -- [TEXT] ONE PERSON WAS KILLED TONIGHT AS THE RESULT OF A BOMB EXPLOSION IN DOWNTOWN SAN SALVADOR. THE EXPLOSION TOOK PLACE ON FIRST AVENUE, NEAR THE VICAS STORE.';
    const [e] = run(text, '1989-03-30').events;
    expect(e!.targets.map((t) => t.name)).toContain('person');
    expect(e!.targets.some((t) => /store/i.test(t.name))).toBe(true);
  });
});

describe("fallback-speaker-skip: the bracketed header's name is no victim", () => {
  it('"[REPORT] [NELSON LOPEZ] [TEXT]": the reporter is not taken by the target fallback', () => {
    const text =
      'SAN SALVADOR, 23 JUN 89 (RADIO CADENA SONORA) -- [REPORT] [NELSON LOPEZ] [TEXT] THERE WAS A TERRORIST ATTACK AT THE SAN SALVADOR CENTRAL MARKET THIS MORNING.';
    const r = run(text, '1989-06-23');
    expect(r.events.flatMap((e) => e.targets.map((t) => t.name))).not.toContain('Nelson Lopez');
    expect(r.trace?.some((t) => t.rule === 'fallback-speaker-skip' && t.action === 'reject' && t.text === 'NELSON LOPEZ')).toBe(true);
  });
  it('a person named in the text itself is still the fallback victim', () => {
    const text = 'SAN SALVADOR, 23 JUN 89 (RADIO CADENA SONORA) -- [TEXT] THERE WAS A TERRORIST ATTACK THIS MORNING WHILE NELSON LOPEZ WAS AT THE MARKET.';
    const targets = run(text, '1989-06-23').events.flatMap((e) => e.targets);
    expect(targets.map((t) => t.name)).toContain('Nelson Lopez');
    for (const t of targets) spanOk(text, t);
  });
});
