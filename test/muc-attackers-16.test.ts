// MUC-4 attackers: an incident no one claimed keeps the party it is blamed on (`denied-keeps-accused` widened to
// `unclaimed`, under --scope terrorism), and "young" as a modifier of a group head ("THREE YOUNG INDIVIDUALS", "TWO YOUNG MEN").
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { findActors } from '../src/core/extract/actors/index.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1989-10-17' });
/** Each party of a field with the rule that gave it: [name, text, rule]. */
const parties = (e: EventRecord, field: 'attackers' | 'targets') => e[field].map((a, i) => [a.name, a.text, e.explain?.[field]?.[i]]);

describe('denied-keeps-accused, of an unclaimed incident', () => {
  const text = 'CARTAGENA, 17 OCT 89 (EFE) -- [TEXT] A BOMB EXPLODED TONIGHT AT A HOTEL IN BOCAGRANDE, KILLING TWO PEOPLE. ALTHOUGH NO ONE HAS CLAIMED CREDIT FOR THE BOMBING, PRESS SECTORS BLAMED IT ON THE DRUG MAFIA.';

  it('"no one has claimed … blamed it on the drug mafia": unclaimed, the mafia the attacker, attributed, with its span', () => {
    const [e] = run(text).events;
    expect(e!.responsibility).toBe('unclaimed');
    expect(parties(e!, 'attackers')).toEqual([['drug mafia', 'DRUG MAFIA', 'resp-blamed']]);
    const a = e!.attackers[0]!;
    expect(text.slice(a.start, a.end)).toBe(a.text);
    expect(a.attributed).toBe(true);
  });

  it('only under --scope terrorism: a modern coding leaves an unclaimed incident unidentified', () => {
    const [e] = run(text, 'all').events;
    expect(e!.responsibility).toBe('unclaimed');
    expect(e!.attackers).toEqual([]);
  });

  it('no attribution, no attacker', () => {
    const negative = 'CARTAGENA, 17 OCT 89 (EFE) -- [TEXT] A BOMB EXPLODED TONIGHT AT A HOTEL IN BOCAGRANDE, KILLING TWO PEOPLE. NO ONE HAS CLAIMED CREDIT FOR THE BOMBING, AND THE DRUG MAFIA HAS BEEN QUIET.';
    const [e] = run(negative).events;
    expect(e!.responsibility).toBe('unclaimed');
    expect(e!.attackers).toEqual([]);
  });
});

describe('"young" modifies a group head', () => {
  it('"THREE YOUNG INDIVIDUALS" and "TWO YOUNG MEN" are parties (actor-descriptive), with their spans', () => {
    const text = 'LIMA, 9 JAN 90 -- [TEXT] THE GENERAL WAS RIDDLED WITH BULLETS BY THREE YOUNG INDIVIDUALS, AND TWO YOUNG MEN WERE KILLED.';
    const found = findActors(text).filter((a) => a.rule === 'actor-descriptive');
    expect(found.map((a) => a.text)).toEqual(['YOUNG INDIVIDUALS', 'YOUNG MEN']);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it('a bare "young" people noun with no head stays nobody: "THE YOUNG WERE KILLED"', () => {
    const text = 'LIMA, 9 JAN 90 -- [TEXT] THE YOUNG WERE KILLED, AND MEN WEPT.';
    expect(findActors(text).filter((a) => a.rule === 'actor-descriptive')).toEqual([]);
  });
});
