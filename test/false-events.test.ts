// Families of false events on MUC-4 (muc4-dev, --scope terrorism): an aim told
// with "to VERB", a tally over a period, a campaign noun. Each rule's own
// examples, and what it drops and keeps in the pipeline, with its name.
import { describe, expect, it } from 'vitest';
import { Language } from '../src/core/lang/layer.js';
import { firstRule, viewOf } from '../src/core/lang/match.js';
import { splitSentences } from '../src/core/text.js';
import { CLAUSE_CUE_REACH, CLAUSE_RULES } from '../src/core/extract/events/layer-rules.js';
import { MENTION_SCOPE_RULES } from '../src/core/refine/scope.js';
import { extract } from '../src/core/index.js';

const TRIGGER = /\b(attack(?:ed|s|ing)?|shootings|sabotage|murder(?:ed|ing)?|assassinat(?:ed|ion)|shelling|grenades|bodies|bombs?|bombed|explosions?|kidnapped|shot|killed|killing|kidnapping|exploded)\b/i;

function fires(rule: (typeof CLAUSE_RULES)[number], sentence: string): string | null {
  const l = new Language(sentence, splitSentences(sentence));
  const m = TRIGGER.exec(sentence)!;
  const sl = sentence.toLowerCase();
  // the cue first, as the pipeline asks it
  if ((rule.cue.before && !rule.cue.before.test(sl.slice(Math.max(0, m.index - CLAUSE_CUE_REACH), m.index))) || (rule.cue.sentence && !rule.cue.sentence.test(sl))) return null;
  return firstRule([rule], viewOf(l, 0, m.index, m.index + m[0].length))?.name ?? null;
}

describe('clause rules: their examples', () => {
  for (const rule of CLAUSE_RULES) {
    for (const s of rule.examples.pos) it(`${rule.name} holds: ${s}`, () => expect(fires(rule, s)).toBe(rule.name));
    for (const s of rule.examples.neg) it(`${rule.name} does not hold: ${s}`, () => expect(fires(rule, s)).toBeNull());
  }
});

const rejects = (text: string, scope: 'all' | 'terrorism' = 'all') => {
  const res = extract(text, { published: '1989-11-20', scope, explain: true });
  return { events: res.events, rejected: (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text]) };
};

describe('purpose-infinitive', () => {
  it('drops an aim ("to murder innocent people") and names the rule on the trigger', () => {
    const r = rejects('The FSLN is channelling arms to the FMLN to murder innocent Salvadoran people.');
    expect(r.events).toEqual([]);
    expect(r.rejected).toContainEqual(['purpose-infinitive', 'murder']);
  });
  it('works on an upper-case wire', () => {
    const r = rejects('MERCENARY FORCES, WHICH WERE CREATED TO ATTACK MY COUNTRY, REMAIN IN HONDURAS.');
    expect(r.rejected).toContainEqual(['purpose-infinitive', 'ATTACK']);
  });
  it('keeps an attack that began ("started to attack") and a plain past attack', () => {
    const started = rejects('Two columns of army troops started to attack the town of Mejicanos on Sunday, killing three civilians.');
    expect(started.rejected.map((x) => x[0])).not.toContain('purpose-infinitive');
    expect(started.events).toHaveLength(1);
    const plain = rejects('Guerrillas attacked the mayor\'s office in San Miguel on Sunday.');
    expect(plain.events.map((e) => e.trigger.text)).toEqual(['attacked']);
  });
});

describe('period-tally', () => {
  it('drops a tally over years told in the perfect', () => {
    const r = rejects('In the last 3 years, 1,300 policemen have been killed while working on cases related to drug trafficking.');
    expect(r.events).toEqual([]);
    expect(r.rejected).toContainEqual(['period-tally', 'killed']);
  });
  it('keeps an incident told in the past or the perfect without a period', () => {
    expect(rejects('Three policemen were killed in Lima last night.').events).toHaveLength(1);
    const perfect = rejects('Guerrillas have killed three policemen in Lima.');
    expect(perfect.events).toHaveLength(1);
    expect(perfect.rejected.map((x) => x[0])).not.toContain('period-tally');
  });
});

describe('terrorism-no-campaign', () => {
  const text = 'SAN SALVADOR, 12 NOV 89 -- THE SALVADORAN ARMY ANNOUNCED TODAY THAT THE GUERRILLA OFFENSIVE IS THE LARGEST OF THE WAR.';
  it('is a terrorism rule only', () => {
    expect(MENTION_SCOPE_RULES.all).toEqual([]);
    expect(MENTION_SCOPE_RULES.terrorism.map((r) => r.name)).toEqual(['terrorism-no-campaign', 'terrorism-military-object', 'terrorism-military-object', 'terrorism-no-campaign', 'terrorism-no-campaign', 'terrorism-military-object', 'terrorism-battle-casualties', 'terrorism-this-is-the-same', 'terrorism-military-object', 'terrorism-battle-casualties', 'terrorism-battle-casualties', 'terrorism-battle-casualties', 'terrorism-military-object', 'terrorism-military-object']);
  });
  for (const rule of MENTION_SCOPE_RULES.terrorism) {
    const names = (t: string) => rejects(t, 'terrorism').rejected.map((x) => x[0]);
    for (const s of rule.examples.pos) it(`${rule.name} holds: ${s}`, () => expect(names(s)).toContain(rule.name));
    for (const s of rule.examples.neg) it(`${rule.name} does not hold: ${s}`, () => expect(names(s)).not.toContain(rule.name));
  }
  it('takes a campaign noun out under --scope terrorism, with its name in the trace', () => {
    const r = rejects(text, 'terrorism');
    expect(r.events).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-no-campaign', 'OFFENSIVE']);
  });
  it('keeps it under --scope all', () => {
    expect(rejects(text, 'all').events.map((e) => e.trigger.text)).toEqual(['OFFENSIVE']);
  });
  it('keeps the attack told in the same sentence as the campaign', () => {
    const r = rejects('During the offensive, guerrillas killed the mayor of Soyapango on Sunday.', 'terrorism');
    expect(r.events.map((e) => e.trigger.text)).toEqual(['killed']);
  });
});

describe('same-named-victim', () => {
  const lead = 'Unidentified gunmen shot dead minister Jose Antonio Rodriguez Porth near his home in San Salvador on Friday.';
  const filler = ' The government declared three days of mourning. Business leaders met the president. The assembly held a session. The police searched the area.';
  it('a later mention of the victim by name tells the same incident, "also" notwithstanding', () => {
    const res = extract(`${lead}${filler} The president also spoke of the murder of minister Rodriguez Porth.`, { published: '1989-06-10', explain: true });
    expect(res.events).toHaveLength(1);
    expect(res.events[0]!.trigger.text).toBe('shot dead');
    // within RETELL_REACH sentences of the incident told last, merge.ts `anaphor-despite-also` joins it first
    expect(res.trace).toContainEqual(expect.objectContaining({ rule: 'anaphor-despite-also', action: 'accept', text: 'murder' }));
  });
  it('names by a possessive too, upper case included', () => {
    const res = extract(`${lead}${filler} Rodriguez Porth's assassination shocked the country.`.toUpperCase(), { published: '1989-06-10' });
    expect(res.events).toHaveLength(1);
  });
  it('another victim, or the same surname with another given name, is another incident', () => {
    const other = extract(`${lead}${filler} Gunmen murdered mayor Juan Perez in Santa Ana on 3 May.`, { published: '1989-06-10' });
    expect(other.events).toHaveLength(2);
    const namesake = extract(`${lead}${filler} Gunmen murdered Carlos Rodriguez Porth in Santa Ana on 3 May.`, { published: '1989-06-10' });
    expect(namesake.events).toHaveLength(2);
  });
});

describe('seized-in-clause', () => {
  it('drops grenades in a long list of seized arms, on an upper-case wire, and names the rule', () => {
    const r = rejects('OUR TROOPS SEIZED AN M-14 RIFLE FROM THE ENEMY, 3,000 CARTRIDGES FOR A 7.62-MM RIFLE, FIVE KNAPSACKS, SIX GRENADES, AND FIELD EQUIPMENT.');
    expect(r.events).toEqual([]);
    expect(r.rejected).toContainEqual(['seized-in-clause', 'GRENADES']);
  });
  it('keeps grenades thrown', () => {
    const r = rejects('Guerrillas hurled grenades at the police station in San Miguel on Sunday after troops seized the town.');
    expect(r.events.map((e) => e.type)).toEqual(['grenade']);
  });
});

describe('terrorism-war-toll', () => {
  const war = 'SAN SALVADOR, 10 SEP 89 -- Death squads murdered more than 70,000 Salvadorans, the bishop said.';
  it('drops a toll of a war under --scope terrorism, named in the trace', () => {
    const res = extract(war, { published: '1989-09-10', scope: 'terrorism', explain: true });
    expect(res.events).toEqual([]);
    expect(res.trace).toContainEqual(expect.objectContaining({ rule: 'terrorism-war-toll', action: 'drop' }));
    expect(extract(war, { published: '1989-09-10', scope: 'all' }).events.map((e) => e.killed?.value)).toEqual([70000]);
  });
  it('keeps an incident with a toll of its own', () => {
    const res = extract('Shining Path members murdered 19 peasants in a village near Huancayo on Sunday.', { published: '1989-11-14', scope: 'terrorism' });
    expect(res.events.map((e) => e.killed?.value)).toEqual([19]);
  });
});
