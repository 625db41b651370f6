// Everyday senses (src/core/extract/events/senses.ts): weak triggers rejected
// by the domain of their sentence or the reading of the article, strong ones
// kept, past attacks named as a news peg, and the reading shown in --explain.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { findEventMentions, type RejectedMention } from '../src/core/extract/events/index.js';
import { everydaySense, namedPast, readHeadline, WEAK_FORMS } from '../src/core/extract/events/senses.js';
import { foldCase, splitSentences } from '../src/core/text.js';
import { SENSE_LAYER_RULES } from '../src/core/extract/events/layer-rules.js';
import { Language } from '../src/core/lang/layer.js';
import { firstRule, viewOf } from '../src/core/lang/match.js';

function rejections(text: string, headline: string | null = null, published: string | null = '2021-04-04'): RejectedMention[] {
  const rejected: RejectedMention[] = [];
  findEventMentions(text, foldCase(text), splitSentences(text), rejected, { reading: readHeadline(headline), published });
  return rejected;
}

describe('article reading from the headline', () => {
  it('names the reading and the headline words that gave it', () => {
    expect(readHeadline('Fire kills nine, injures dozens in Chittagong, Bangladesh slum')).toEqual({ name: 'disaster-or-accident-report', cue: 'fire kills' });
    expect(readHeadline('State-run bus crashes in Cuba en route to Havana, killing seven')).toEqual({ name: 'disaster-or-accident-report', cue: 'crashes' });
    expect(readHeadline('Charlottesville, Virginia killer sentenced to life in prison')).toMatchObject({ name: 'court-report', cue: 'sentenced' });
    // a court report is one even when its headline names the crime, and the murder it tries is weak there
    const court = readHeadline('Texas executes man for 1998 murder');
    expect(court?.name).toBe('court-report');
    expect(court?.weak?.has('murdered')).toBe(true);
    expect(readHeadline('City beat Liverpool in the league cup')?.name).toBe('match-report');
    expect(readHeadline('Longtime leader of Zimbabwe Robert Mugabe dies aged 95')?.name).toBe('obituary');
  });
  it('gives no reading when the headline names violence, or nothing it knows', () => {
    expect(readHeadline('Bomb explodes outside stadium before cup final')).toBeNull();
    expect(readHeadline('Gunman opens fire in El Paso, Texas superstore')).toBeNull();
    expect(readHeadline('Iran tells foreign powers to leave Persian Gulf')).toBeNull();
    expect(readHeadline(null)).toBeNull();
  });
});

describe('weak triggers in everyday sentences', () => {
  it('rejects a killing by a fire, a crash, a storm, lions, with the domain named', () => {
    const cases: [string, string][] = [
      ['A fire yesterday afternoon killed five girls at an escape room.', 'sense-disaster'],
      ['The crash reportedly killed seven.', 'sense-accident'],
      ['The owner of the lodge was killed by his lions on Tuesday.', 'sense-animal'],
      ['Measles has killed 62 children on the island since October.', 'sense-disease'],
      ['The striker shot from the edge of the box in the second half.', 'sense-sport'],
      ['A ransomware attack crippled the hospital network on Monday.', 'sense-cyber'],
      ['The film was shot over twelve weeks in a studio outside Rabat.', 'sense-arts'],
    ];
    for (const [text, rule] of cases) expect(rejections(text).map((r) => r.rule), text).toContain(rule);
  });
  it('after-violence: a crash told right after a bomb is not ruled an accident', () => {
    const alone = rejections('The plane crashed into the sea, killing all 40 on board.');
    expect(alone.map((r) => [r.trigger.text, r.rule])).toContainEqual(['killing', 'sense-accident']);
    const after = rejections('A bomb exploded in the cargo hold shortly after take-off. The plane crashed into the sea, killing all 40 on board.');
    expect(after.filter((r) => r.trigger.text === 'killing')).toEqual([]);
  });
  it('keeps a weak trigger whose sentence names a violent agent, weapon or act', () => {
    expect(everydaySense('killed', 'gunmen set fire to the house, and the blaze killed three', 38, 44, null)).toBeNull();
    expect(everydaySense('injured', 'fans were injured when militants threw a grenade at the match', 9, 16, null)).toBeNull();
    // "shot at" is a shooting, even in a sentence about a crash
    const s = 'someone shot at the tires and the driver crashed';
    expect(everydaySense('shot', s, 8, 12, null)).toBeNull();
    expect(WEAK_FORMS.has('bomb')).toBe(false);
  });
  it('raises the bar in a reading: a bare "killed" in a disaster report is rejected, named by the reading', () => {
    const text = 'Prime minister Hubert Minnis said that twenty people have been confirmed killed.';
    expect(rejections(text).map((r) => r.rule)).not.toContain('reading-disaster-or-accident-report');
    expect(rejections(text, 'Hurricane Dorian leaves trail of destruction in the Bahamas').map((r) => r.rule)).toContain('reading-disaster-or-accident-report');
  });
});

describe('a genuine attack inside an everyday story', () => {
  it('finds the bomb outside the stadium in a match report', () => {
    const res = extract('United held to a draw by City\n\nUnited were held to a 1-1 draw in the league on Sunday. Before kick-off, a bomb exploded outside the stadium, wounding three police officers.', { published: '2021-04-04' });
    expect(res.events.map((e) => [e.type, e.trigger.text, e.wounded?.value])).toEqual([['bombing', 'bomb', 3]]);
  });
  it('finds a shooting at a concert', () => {
    const res = extract('A gunman opened fire at a concert in the city centre on Saturday night, killing two people.', { published: '2021-04-04' });
    expect(res.events.map((e) => [e.type, e.trigger.text, e.killed?.value])).toEqual([['armed_assault', 'opened fire', 2]]);
  });
});

describe('past attacks named as a news peg', () => {
  it('rejects an attack named by a year or as 9/11 more than 18 months before publication', () => {
    expect(namedPast('since the 2015 paris ', '2021-04-04')).toBe(true);
    expect(namedPast('since the 11 september ', '2021-04-04')).toBe(true);
    expect(namedPast('after the 2020 ', '2021-04-04')).toBe(false);
    expect(namedPast('the 2015 paris ', null)).toBe(false);
    expect(rejections('The 2015 Paris attacks changed the way the city polices large events.').map((r) => r.rule)).toContain('background-named-past');
  });
});

describe('--explain shows the reading', () => {
  it('names the reading and the triggers it did not code, as a warning', () => {
    const text = 'Typhoon Phanfone strikes Philippines\n\nOfficials said on Thursday that twenty people were killed.';
    const res = extract(text, { published: '2019-12-28', explain: true });
    expect(res.events).toEqual([]);
    expect(res.warnings).toContain('article reading: disaster-or-accident-report (headline "typhoon"): weak triggers need a violence cue in their sentence; not coded: "killed"');
    expect(extract(text, { published: '2019-12-28' }).warnings).toEqual([]);
  });
});

describe('sense rules over the language layer', () => {
  const fires = (rule: (typeof SENSE_LAYER_RULES)[number], sentence: string) => {
    const l = new Language(sentence, splitSentences(sentence));
    const m = /\battack(?:ed|s)?\b/i.exec(sentence)!;
    return firstRule([rule], viewOf(l, 0, m.index, m.index + m[0].length))?.name ?? null;
  };
  for (const rule of SENSE_LAYER_RULES) {
    for (const s of rule.examples.pos) it(`${rule.name} holds: ${s}`, () => expect(fires(rule, s)).toBe(rule.name));
    for (const s of rule.examples.neg) it(`${rule.name} does not hold: ${s}`, () => expect(fires(rule, s)).toBeNull());
  }
  it('rejects a verbal attack in the pipeline, named under explain; a violent one with the same shape stays', () => {
    const res = extract('The mayor attacked the scheme as a waste of money.', { explain: true });
    expect(res.events).toEqual([]);
    expect(res.trace).toContainEqual({ rule: 'verbal-attack-as', action: 'reject', text: 'attacked', start: 10, end: 18 });
    expect(extract('Gunmen attacked the police station as night fell, killing two officers.').events.map((e) => e.trigger.text)).toEqual(['attacked']);
  });
});
