// Killed and wounded counts (muc-counts-5): companions of a victim after "along with" / "as well as", and one more victim by a
// role told with "also" and no figure; both add to the figure before them or to the person named as killed.
import { describe, expect, it } from 'vitest';
import { findCasualties } from '../src/core/extract/counts/index.js';
import { extract } from '../src/core/index.js';

const figures = (text: string) => findCasualties(text).map((c) => [c.kind, c.value, c.text, c.rule, c.additive === true]);
const spansHold = (text: string) => findCasualties(text).every((c) => text.slice(c.start, c.end) === c.text);
const record = (text: string) => extract(`SAN SALVADOR, 9 JUN 89 (AFP) -- [TEXT] ${text}`, { published: '1989-06-09', explain: true, scope: 'terrorism' }).events;

describe('counts.active: companions after "along with", "as well as"', () => {
  it('the companions alone are the phrase, additive; the victim before keeps its own', () => {
    const t = 'SHINING PATH GUERRILLAS HAVE KILLED THE MAYOR OF THE SMALL TOWN OF HOSTIGAL, AS WELL AS TWO PEASANTS, THE LOCAL PRESS REPORTED TODAY.';
    expect(figures(t)).toEqual([
      ['killed', 1, 'KILLED THE MAYOR', 'counts.role_victim', false],
      ['killed', 2, 'AS WELL AS TWO PEASANTS', 'counts.active', true],
    ]);
    expect(spansHold(t)).toBe(true);
    expect(figures('DIEGO RAMOS DIED ALONG WITH 15 OF HIS MEN DURING A POLICE OPERATION.')).toEqual([['killed', 15, 'ALONG WITH 15 OF HIS MEN', 'counts.active', true]]);
    expect(figures('THE NUN, WHO WAS WOUNDED ALONG WITH TWO OTHER NUNS ON 21 JUNE, SAID SHE IS WELL.')).toEqual([['wounded', 2, 'ALONG WITH TWO OTHER NUNS', 'counts.active', true]]);
  });
  it('not with no kill or wound verb before it, nor with no figure', () => {
    expect(figures('THE BOMB DESTROYED THE BANK ALONG WITH TWO CARS.')).toEqual([]);
    expect(figures('THE NUMBER OF THOSE KILLED, AS WELL AS THOSE KILLED IN THE PAST, IS QUITE HIGH.').filter((f) => f[3] === 'counts.active')).toEqual([]);
  });
  it('in a record: the minister and two of his bodyguards are three', () => {
    const [e] = record('URBAN GUERRILLAS ASSASSINATED PRESIDENCY MINISTER JOSE ANTONIO RODRIGUEZ PORTH TODAY. RODRIGUEZ PORTH, 65, WAS KILLED AT 0815 NEAR HIS HOME IN SAN SALVADOR, ALONG WITH TWO OF HIS BODYGUARDS.');
    expect(e!.killed?.value).toBe(3);
    expect(e!.explain?.killed).toContain('counts.active');
  });
});

describe('counts.role_victim: one more victim by a role, told with "also"', () => {
  it('the role, a tail and an aside before the verb', () => {
    const t = 'THE DRIVER OF THE VEHICLE, WHOM AUTHORITIES HAVE NOT YET IDENTIFIED, WAS ALSO KILLED IN THE ATTACK.';
    expect(figures(t)).toEqual([['killed', 1, 'THE DRIVER OF THE VEHICLE, WHOM AUTHORITIES HAVE NOT YET IDENTIFIED, WAS ALSO KILLED', 'counts.role_victim', true]]);
    expect(spansHold(t)).toBe(true);
    expect(figures('A SOUND TECHNICIAN OF THE (CBS) TELEVISION NETWORK WAS ALSO KILLED.')).toEqual([['killed', 1, 'A SOUND TECHNICIAN OF THE (CBS) TELEVISION NETWORK WAS ALSO KILLED', 'counts.role_victim', true]]);
  });
  it('not without "also", nor a thing', () => {
    expect(figures('THE DRIVER OF THE VEHICLE WAS KILLED IN THE ATTACK.').filter((f) => f[3] === 'counts.role_victim')).toEqual([]);
    expect(figures('THE BUILDING WAS ALSO DAMAGED.')).toEqual([]);
  });
  it('in a record: the former mayor murdered and his driver also killed are two', () => {
    const [e] = record('PABLO PELAEZ GONZALES, 45, A FORMER MAYOR OF MEDELLIN, WAS MURDERED TODAY BY GUNMEN. THE DRIVER OF THE VEHICLE, WHOM AUTHORITIES HAVE NOT YET IDENTIFIED, WAS ALSO KILLED IN THE ATTACK.');
    expect(e!.killed?.value).toBe(2);
    expect(e!.explain?.killed).toContain('counts.role_victim');
  });
});
