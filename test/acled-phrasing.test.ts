// Issue 15: everyday phrasings of modern conflict reporting (fire by weapon
// and direction, exchanges of fire, monitors' tallies, bodies found with
// signs of violence, beatings, torture, deaths in custody, weapon words that
// name no attack). Each trigger record's own examples are run (the layer
// rules' in lang.test.ts), then
// whole notes are coded and their type, trigger span and rule asserted.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { findEventMentions, type RejectedMention } from '../src/core/extract/events/index.js';
import { TRIGGERS } from '../src/core/extract/events/lexicon.js';
import { Language } from '../src/core/lang/layer.js';
import { splitSentences } from '../src/core/text.js';
import type { Scope } from '../src/core/types.js';

function mentions(text: string, scope?: Scope) {
  const sentences = splitSentences(text);
  const rejected: RejectedMention[] = [];
  const found = findEventMentions(text, text.toLowerCase(), sentences, rejected, { reading: null, published: '2024-06-01', lang: new Language(text, sentences), scope });
  return { found, rejected };
}

describe('trigger records: their examples', () => {
  const withExamples = TRIGGERS.filter((r) => r.examples);
  it('the issue-15 triggers all carry examples, several each', () => {
    const names = withExamples.map((r) => r.name);
    for (const n of ['fire-projectile', 'shoot', 'mixed-arms-fire', 'exchange-fire', 'gunfight', 'bursts-of-fire', 'body-signs-of-violence', 'beating', 'custody-death'])
      expect(names).toContain(n);
    for (const r of withExamples) expect(r.examples!.pos.length).toBeGreaterThanOrEqual(3);
  });
  for (const r of withExamples) {
    for (const s of r.examples!.pos)
      it(`${r.name} gives a mention: ${s}`, () => {
        // (a trigger of some coding scopes only is read in its first)
        const m = mentions(s, r.scopes?.[0]).found.find((x) => x.rules[0] === r.name);
        expect(m, JSON.stringify(mentions(s, r.scopes?.[0]))).toBeDefined();
        expect(s.slice(m!.trigger.start, m!.trigger.end)).toBe(m!.trigger.text);
        expect(m!.type).toBe(r.type);
      });
    for (const s of r.examples!.neg)
      it(`${r.name} gives none: ${s}`, () => expect(mentions(s, r.scopes?.[0]).found.filter((x) => x.rules[0] === r.name)).toEqual([]));
  }
});

const code = (text: string) => extract(text, { id: 't', published: '2024-06-01', publishedFrom: 'metadata', explain: true });

/** The one event of a note: its type, trigger text (checked against the text) and the rule that typed it. */
function one(text: string) {
  const r = code(text);
  expect(r.events, JSON.stringify(r.trace)).toHaveLength(1);
  const e = r.events[0]!;
  expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
  return { type: e.type, trigger: e.trigger.text, rule: e.explain?.type?.[0] };
}

describe('whole notes, coded', () => {
  it('fire by weapon and direction', () => {
    expect(one('On 5 March 2024, Russian forces fired 82mm mortars at the positions of Ukrainian forces near Robotyne.')).toEqual({ type: 'shelling', trigger: 'fired 82mm mortars', rule: 'fire-projectile' });
    expect(one('On 11 April 2023, Armenian forces fired with unspecified weapons on the positions of the Azerbaijani army near Kalbajar.')).toEqual({ type: 'armed_assault', trigger: 'fired with unspecified weapons on', rule: 'shoot' });
    expect(one('On 20 January 2024, Israeli forces fired artillery and rockets at residential villages around Kfar Kila, injuring a child.')).toEqual({ type: 'shelling', trigger: 'fired artillery', rule: 'fire-projectile' });
  });
  it('exchanges of fire are clashes, and mixed small-arms and artillery fire too', () => {
    expect(one('On 8 May 2025, Indian and Pakistani troops exchanged fire across the Line of Control in the Poonch sector.')).toEqual({ type: 'armed_clash', trigger: 'exchanged fire', rule: 'exchange-fire' });
    expect(one('On 21 March 2024, a shoot-out between members of two cartels in Fresnillo left 4 people dead.')).toMatchObject({ type: 'armed_clash', trigger: 'shoot-out', rule: 'gunfight' });
    expect(one('On 2 March 2025, FARDC and M23 rebels exchanged small-arms and artillery fire around Walungu.')).toEqual({ type: 'armed_clash', trigger: 'exchanged small-arms and artillery fire', rule: 'mixed-arms-fire' });
  });
  it("a monitoring mission's explosions are shelling, never a bombing; its bursts of fire a clash", () => {
    expect(one('On 9 April 2024, the monitoring mission recorded 5 explosions and 40 bursts of fire near Tovuz.')).toEqual({ type: 'shelling', trigger: 'explosions', rule: 'monitor-tally' });
    expect(one('On 2 June 2023, the EU Monitoring Mission recorded 40 bursts of small-arms fire near Gori.')).toEqual({ type: 'armed_clash', trigger: 'bursts of small-arms fire', rule: 'bursts-of-fire' });
  });
  it('bodies with signs of violence, beatings, deaths in custody', () => {
    expect(one('On 6 May 2024, the body of a man was found with gunshot wounds on a road in Culiacan.')).toEqual({ type: 'attack', trigger: 'with gunshot wounds', rule: 'body-signs-of-violence' });
    expect(one('On 23 August 2023, the bodies of 2 young men bearing signs of torture were found in Suarez.')).toEqual({ type: 'attack', trigger: 'bearing signs of torture', rule: 'body-signs-of-violence' });
    expect(one('On 28 January 2023, 6 opposition activists were severely beaten by soldiers at a roadblock in Harare.')).toEqual({ type: 'attack', trigger: 'severely beaten', rule: 'beating' });
    expect(one('On 30 March 2024, a man died in police custody in Kampala.')).toEqual({ type: 'attack', trigger: 'died in police custody', rule: 'custody-death' });
  });
  it('weapon words name no grenade attack; attack helicopters are air strikes', () => {
    const launchers = one('On 4 August 2024, ISWAP fighters armed with grenade launchers and assault rifles attacked a military base in Damboa.');
    expect(launchers.type).not.toBe('grenade');
    const rpg = one('On 3 December 2023, IS cells attacked a regime checkpoint near Al Mayadin with rocket-propelled grenades and machine guns, killing 3 soldiers.');
    expect(rpg.type).not.toMatch(/grenade|shelling/);
    expect(one('On 28 February 2024, a military attack helicopter fired on a village near Kyauktaw, killing 2 civilians.')).toMatchObject({ type: 'air_strike', rule: 'type-cue' });
    // with no small arms beside them, mortars still shell
    expect(one('On 30 September 2023, Al Shabaab attacked a military base in Mogadishu with mortars.').type).toBe('shelling');
  });
  it('negatives: weapons seized, fire in other senses, a body with no sign of violence, no violations', () => {
    for (const t of [
      'On 18 March 2024, security forces seized 2 grenade launchers, a rocket launcher and 40 mortar rounds during a search operation in Kandahar.',
      'On 13 February 2024, the governor fired the state security chief after weeks of criticism.',
      'On 7 July 2024, Venezuela beat Ecuador in a penalty shoot-out in Caracas after the match ended goalless.',
      'On 9 September 2024, the body of a fisherman was found floating off Cebu City two days after his boat capsized.',
      'On 3 April 2025, the monitoring mission recorded no violations along the administrative boundary line.',
      'On 5 June 2024, India and Pakistan exchanged lists of nuclear installations and prisoners.',
      'The tortured negotiations over the budget dragged on for a year.',
      'On 30 December 2024, fireworks were fired over Bangkok to mark the new year.',
    ])
      expect(code(t).events, t).toEqual([]);
  });
});
