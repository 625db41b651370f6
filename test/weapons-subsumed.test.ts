// `weapon-subsumed-bomb` (record.ts chooseWeapons, weapons/lexicon.ts WEAPON_SUBSUMED): "a car bomb … the bomb" is one weapon.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { WEAPON_SUBSUMED } from '../src/core/extract/weapons/lexicon.js';

const first = (text: string) => extract(text, { published: '1989-11-03', explain: true }).events[0]!;

describe('weapon-subsumed-bomb', () => {
  it('a car bomb and "the bomb" of the same blast: one weapon, car bomb, with its span', () => {
    const text =
      'BOGOTA, 3 NOV 89 (RADIO CADENA NACIONAL) -- [TEXT] FOUR PEOPLE WERE KILLED TODAY IN A CAR BOMB EXPLOSION IN BOGOTA. THE BOMB HAD BEEN LEFT UNDER THE BRIDGE ON 68TH STREET, WHERE IT EXPLODED.';
    const e = first(text);
    expect(e.weapons.map((w) => w.name)).toEqual(['car bomb']);
    expect(text.slice(e.weapons[0]!.start, e.weapons[0]!.end)).toBe(e.weapons[0]!.text);
    expect(e.explain?.weapons).toContain('weapon-subsumed-bomb');
  });
  it('a bomb with no specific device beside it stays', () => {
    const e = first('BOGOTA, 3 NOV 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY AT A BANK IN BOGOTA, KILLING TWO GUARDS.');
    expect(e.weapons.map((w) => w.name)).toEqual(['bomb']);
    expect(e.explain?.weapons ?? []).not.toContain('weapon-subsumed-bomb');
  });
  it('the rule record names what it drops and when', () => {
    expect(WEAPON_SUBSUMED.map((r) => [r.name, r.match])).toEqual([['weapon-subsumed-bomb', 'bomb']]);
    expect(WEAPON_SUBSUMED[0]!.then.dropWhen).toContain('car bomb');
  });
});
