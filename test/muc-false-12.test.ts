// False events on MUC-4 (muc4-dev, --scope terrorism), twelfth pass: what the widened records drop and keep in the
// pipeline, with the rule's name and span, and that they do not hold under --scope all.
import { describe, expect, it } from 'vitest';
import { run as coded } from './helpers/run.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => coded(text, { scope, published: '1989-11-20' });

describe('terrorism-military-object, the other side named "the enemy"', () => {
  it('rejects a deed on the enemy, with its span', () => {
    for (const [text, word] of [
      ["THIS COMPLICATES THE ARMED FORCES' SITUATION IN THE CAPITAL BECAUSE THE ENEMY ARMED FORCES' TOP LEADERSHIP IS BEING ATTACKED AND HARRASSED.", 'ATTACKED'],
      ['A SECOND ENEMY RESPONSE TO OUR INCURSION INTO AND CONTROL OF NORTHWESTERN AND WESTERN SAN SALVADOR MOVED ALONG THE SOUTHERN HIGHWAY AND WAS AMBUSHED WITH RPG-7 ROCKET LAUNCHERS.', 'AMBUSHED'],
      ['ONE OF THESE POSITIONS WAS COMPLETELY DESTROYED, RESULTING IN 11 OF THE ENEMY KILLED.', 'DESTROYED'],
      ['The rebels ambushed enemy troops near the dam on Sunday.', 'ambushed'],
    ] as const) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['terrorism-military-object', word, text.indexOf(word)]);
    }
  });
  it('keeps a deed with "the enemy" far after it or "enemies of", and all under --scope all', () => {
    expect(run('The guerrillas, enemies of democracy, murdered the mayor of San Miguel on Sunday.').triggers).toEqual(['murdered']);
    expect(run('Guerrillas bombed the bank in San Miguel, the army said, and vowed to crush the enemy.').triggers).toEqual(['bombed']);
    const list = 'GUERRILLA COLUMNS CARRIED OUT SABOTAGE ACTIONS AGAINST THE POWER STATION, AMBUSHES OF ENEMY REINFORCEMENTS, AND COMBAT WITH ARMY PATROLS.';
    expect(run(list).triggers).toEqual(['SABOTAGE']);
    const text = 'ONE OF THESE POSITIONS WAS COMPLETELY DESTROYED, RESULTING IN 11 OF THE ENEMY KILLED.';
    expect(run(text, 'all').rejected.map((x) => x[0])).not.toContain('terrorism-military-object');
  });
});

describe('terrorism-military-object, an aircraft downed or hit', () => {
  it('rejects an aircraft downed, shot down or hit, with its span', () => {
    for (const [text, word] of [
      ['AS REPORTED EARLIER, AN HELICOPTER WAS DOWNED IN SAN MIGUEL AND FELL OVER THE PAN-AMERICAN HIGHWAY.', 'DOWNED'],
      ["AN UNOFFICIAL REPORT INDICATED TWO HELICOPTERS WERE HIT BY FARC REBELS' RIFLE FIRE.", 'HIT'],
      ['IN ADDITION, AS WE HAVE ALREADY REPORTED, A HELICOPTER WAS HIT AT THE 15 SEPTEMBER HOUSING DEVELOPMENT.', 'HIT'],
      ['IN THE CITY OF SAN MIGUEL, THE REBELS SHOT DOWN A GOVERNMENT A-37 COMBAT PLANE, JOURNALISTS THERE SAID.', 'SHOT'],
      ['IT WAS SHOT DOWN BY OUR ANTIAIRCRAFT FIRE AT THE 15 SEPTEMBER HOUSING DEVELOPMENT IN SAN MIGUEL.', 'SHOT'],
    ] as const) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['terrorism-military-object', word, text.indexOf(word)]);
    }
  });
  it('keeps a person shot aboard a plane, a place hit by a plane, the gunship\'s own fire, and all under --scope all', () => {
    expect(run('CARLOS PIZARRO, PRESIDENTIAL CANDIDATE FOR THE M-19, WAS SHOT THURSDAY ABOARD A PASSENGER PLANE.').triggers).toEqual(['SHOT']);
    expect(run('The refugee center was evacuated because it was hit by a missile fired by a military plane.').triggers).toEqual(['hit']);
    expect(run('The mayor was shot down by gunmen in front of his house on Sunday.').triggers).toEqual(['shot']);
    expect(run('WE DOWNED A HELICOPTER GUNSHIP THAT WAS SHOOTING AT THE CIVILIAN POPULATION IN SOYAPANGO, SAN SALVADOR.').triggers).toEqual(['SHOOTING']);
    const text = 'AS REPORTED EARLIER, AN HELICOPTER WAS DOWNED IN SAN MIGUEL AND FELL OVER THE PAN-AMERICAN HIGHWAY.';
    expect(run(text, 'all').rejected.map((x) => x[0])).not.toContain('terrorism-military-object');
  });
});
