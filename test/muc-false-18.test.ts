// False events on MUC-4 (muc4-dev, --scope terrorism), eighteenth pass: violence named in general in political
// statements. Deeds after "a wave of" or "a campaign of" ("a wave of bomb attacks", "a campaign of attacks") are a series,
// no incident of the terrorism scope (`terrorism-no-campaign`); a deed on things whose "of" names a bare plural ("the
// burning of vehicles") tells a practice (`generic-or-habitual`). What they drop and keep, with the rule's name and span.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism', published = '1989-09-06') => {
  const res = extract(text, { published, scope, explain: true });
  return {
    triggers: res.events.map((e) => e.trigger.text),
    rejected: (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => ({ rule: f.rule, text: f.text, start: f.start, end: f.end })),
  };
};

/** Whether `rule` rejected the trigger at its first place in the text, its span the text's own. */
const rejectedAt = (text: string, trigger: string, rule: string, scope: 'all' | 'terrorism' = 'terrorism') => {
  const start = text.indexOf(trigger);
  const hit = run(text, scope).rejected.find((x) => x.rule === rule && x.start === start);
  return !!hit && text.slice(hit.start, hit.end) === hit.text && hit.text === trigger;
};

describe('terrorism-no-campaign: deeds named as a wave or a campaign', () => {
  it('rejects "a wave of bomb attacks", "a campaign of attacks", "a wave of attacks shook"', () => {
    for (const [text, trigger] of [
      ['MEDELLIN, 6 SEP 89 -- THE WAR BETWEEN THE MEDELLIN AND CALI DRUG CARTELS HAS PROVOKED A WAVE OF BOMB ATTACKS IN MEDELLIN.', 'BOMB ATTACKS'],
      ['BOGOTA, 6 SEP 89 -- THE MEDELLIN CARTEL REACTED WITH A CAMPAIGN OF ATTACKS TO U.S. PRESIDENT GEORGE BUSH\'S ANTIDRUG PROGRAM.', 'ATTACKS'],
      ['BOGOTA, 6 SEP 89 -- SHORTLY AFTER PRESIDENT BUSH\'S SPEECH, A WAVE OF ATTACKS SHOOK MEDELLIN.', 'ATTACKS'],
    ]) {
      expect(run(text).triggers).toEqual([]);
      expect(rejectedAt(text, trigger, 'terrorism-no-campaign')).toBe(true);
    }
  });
  it('holds in the terrorism scope only', () => {
    const text = 'BOGOTA, 6 SEP 89 -- SHORTLY AFTER PRESIDENT BUSH\'S SPEECH, A WAVE OF ATTACKS SHOOK MEDELLIN.';
    expect(run(text, 'all').rejected.some((x) => x.rule === 'terrorism-no-campaign')).toBe(false);
  });
  it('keeps an attack told beside the wave, and a campaign that is no series of deeds', () => {
    for (const [text, trigger] of [
      ['MEDELLIN, 6 SEP 89 -- AMID A WAVE OF VIOLENCE, A BOMB EXPLODED AT A BANK IN MEDELLIN TODAY.', 'BOMB'],
      ['SAN SALVADOR, 6 SEP 89 -- GUERRILLAS BOMBED THE CAMPAIGN OFFICES OF THE MAYOR TODAY.', 'BOMBED'],
    ]) {
      expect(run(text).triggers).toEqual([trigger]);
      expect(run(text).rejected.some((x) => x.rule === 'terrorism-no-campaign')).toBe(false);
    }
  });
});

describe('generic-or-habitual: a deed on things whose "of" names a bare plural', () => {
  it('rejects "the burning of vehicles", "sabotage of electricity lines", "the strafing of rebel positions", under either scope', () => {
    for (const [text, trigger] of [
      ['THE ARMED FORCES HAVE TELEVISED WARNINGS WITH VIDEO CLIPS SHOWING STREET RIOTS AND BURNING OF VEHICLES.', 'BURNING OF'],
      ['THE ARMY DENOUNCED THE SABOTAGE OF ELECTRICITY LINES.', 'SABOTAGE'],
      ['RESIDENTS HEARD THE STRAFING OF REBEL POSITIONS BY AIR FORCE HELICOPTERS.', 'STRAFING'],
    ]) {
      for (const scope of ['all', 'terrorism'] as const) {
        expect(run(text, scope).triggers).toEqual([]);
        expect(rejectedAt(text, trigger, 'generic-or-habitual', scope)).toBe(true);
      }
    }
  });
  it('keeps the things counted or determined, and the victims of a deed on persons', () => {
    for (const text of [
      'GUERRILLAS CARRIED OUT THE BURNING OF THREE BUSES IN SAN MIGUEL TODAY.',
      'POLICE REPORTED THE SABOTAGE OF THE ELECTRICITY LINES IN SAN MIGUEL TODAY.',
      'THE MASSACRE OF PEASANTS IN SAN MIGUEL TODAY LEFT 12 DEAD.',
    ]) {
      expect(run(text).rejected.some((x) => x.rule === 'generic-or-habitual')).toBe(false);
    }
  });
});

describe('generic-or-habitual: a counted deed is told, whatever its "of"', () => {
  it('keeps "20 explosions of artillery shells"', () => {
    const text = 'On 13 October 2023, UNIFIL observed 20 explosions of artillery shells in the vicinity of Khiam.';
    const r = run(text, 'all', '2023-10-14');
    expect(r.triggers).toEqual(['explosions']);
    expect(r.rejected.some((x) => x.rule === 'generic-or-habitual')).toBe(false);
  });
});
