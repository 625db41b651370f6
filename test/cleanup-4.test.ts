// cleanup-4: lexicon maps with no inherited keys, rule names that are no conditions (a property of the record instead),
// sentence cues of the scope rules read on the trigger's sentence, and `aggregate-plural` told from several weapons.
import { describe, expect, it } from 'vitest';
import { GROUP_HEADS, TITLES } from '../src/core/extract/actors/lexicon.js';
import { MODALITY, TRIGGERS } from '../src/core/extract/events/lexicon.js';
import { findEventMentions } from '../src/core/extract/events/index.js';
import { RULES as COUNT_RULES } from '../src/core/extract/counts/rules.js';
import { findCasualties } from '../src/core/extract/counts/index.js';
import { Language } from '../src/core/lang/layer.js';
import { splitSentences } from '../src/core/text.js';
import { run } from './helpers/run.js';

describe('TITLES and GROUP_HEADS are maps: no key every object inherits is a title or a head', () => {
  it('"constructor", "toString" and "__proto__" are neither', () => {
    for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(TITLES.has(w)).toBe(false);
      expect(TITLES.get(w)).toBeUndefined();
      expect(GROUP_HEADS.has(w)).toBe(false);
    }
    expect(TITLES.get('mayor')).toBe('government');
    expect(GROUP_HEADS.get('gunmen')).toBe('armed_group');
  });
  it('"constructor" before a name titles no person; "mayor" does', () => {
    const r = run('Gunmen shot dead the constructor Juan Perez in Lima on Monday.', { scope: 'all', published: '2024-05-14' });
    const parties = r.events.flatMap((e) => [...e.attackers, ...e.targets]);
    expect(parties.every((a) => typeof a.kind === 'string')).toBe(true);
    expect(r.fired('actor-person')).toBe(false);
    const m = run('Gunmen shot dead the mayor Juan Perez in Lima on Monday.', { scope: 'all', published: '2024-05-14' });
    const t = m.events[0]!.targets.find((a) => a.name === 'Juan Perez');
    expect(t?.kind).toBe('government');
    expect(m.res.article.id).toBe('article');
    expect('Gunmen shot dead the mayor Juan Perez in Lima on Monday.'.slice(t!.start, t!.end)).toBe('Juan Perez');
  });
});

describe('rule names are labels: what code tests is a property of the record', () => {
  it('`body-signs-of-violence` tells what a find shows: the find modality (`seized-weapons`, find) does not reject it', () => {
    const body = TRIGGERS.find((r) => r.name === 'body-signs-of-violence')!;
    expect(body.foundSigns).toBe(true);
    expect(MODALITY.filter((r) => r.find).map((r) => r.name)).toEqual(['seized-weapons']);
    const text = 'The body of a man was found with gunshot wounds on a road in Culiacan.';
    const r = run(text, { scope: 'all', published: '2024-05-14' });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.explain?.type?.[0]).toBe('body-signs-of-violence');
    expect(text.slice(r.events[0]!.trigger.start, r.events[0]!.trigger.end)).toBe(r.events[0]!.trigger.text);
    // any other trigger after a find is still no attack
    const seized = run('Police found rifles and grenades in a house in Culiacan.', { scope: 'all', published: '2024-05-14' });
    expect(seized.events).toEqual([]);
  });
  it('`counts.killing_of` figures are marked `reference` on the mention (reference-figure-skip reads the mark, not the name)', () => {
    expect(COUNT_RULES.filter((r) => r.reference).map((r) => r.name)).toEqual(['counts.killing_of', 'counts.killing_of']);
    const text = 'they condemned the assassination of six jesuits and two women. three soldiers were killed.';
    const cas = findCasualties(text);
    const ref = cas.find((c) => c.rule === 'counts.killing_of')!;
    expect([ref.value, ref.reference, text.slice(ref.start, ref.end)]).toEqual([8, true, ref.text]);
    expect(cas.filter((c) => c.rule !== 'counts.killing_of').every((c) => c.reference === undefined)).toBe(true);
  });
  it('a country guessed after a placeless dateline is a guess (`guessed`): kept only for an incident with particulars', () => {
    const text =
      'CLANDESTINE, 17 NOV 89 (RADIO VENCEREMOS) -- [TEXT] THE SALVADORAN ARMY MURDERED FATHER IGNACIO ELLACURIA AND FIVE OTHER JESUIT PRIESTS YESTERDAY.  ' +
      'THE SALVADORAN PEOPLE DEMAND JUSTICE FROM THE SALVADORAN GOVERNMENT.';
    const [e] = run(text, { published: '1989-11-17' }).events;
    expect(e?.location?.country_code).toBe('SV');
    expect(e?.explain?.location).toEqual(['location-placeless-dateline-country']);
    expect(text.slice(e!.location!.start, e!.location!.end)).toBe(e!.location!.text);
  });
});

describe('scope cues read on the trigger\'s sentence (Language.sentenceHas), not a window of characters', () => {
  it('sentenceHas tests the sentence\'s own text only', () => {
    const text = 'Rebels attacked the town in 1981. A plane bombed the village.';
    const lang = new Language(text, splitSentences(text));
    expect(lang.sentenceHas(0, /\bin\s+1981\b/)).toBe(true);
    expect(lang.sentenceHas(1, /\bin\s+1981\b/)).toBe(false);
    expect(lang.sentenceHas(1, /\bplane\b/)).toBe(true);
    expect(lang.sentenceHas(5, /\bplane\b/)).toBe(false);
    expect(lang.built).toBe(0);
  });
  it('`terrorism-old-incident`: a year of the trigger\'s clause dates it; a year of the sentence before does not', () => {
    const old = run('Journalists were killed by the Salvadoran army since 1981.', { published: '1989-11-20' });
    expect(old.triggers).toEqual([]);
    expect(old.outOfScope.some((w) => w.includes('(terrorism-old-incident)'))).toBe(true);
    const text = 'The union was founded in 1981. Gunmen killed the union leader Juan Perez in San Salvador yesterday.';
    const now = run(text, { published: '1989-11-20' });
    expect(now.triggers).toEqual(['killed']);
    expect(now.outOfScope).toEqual([]);
  });
  it('`terrorism-state-fire-no-victims`: an aircraft of the trigger\'s sentence fires; one of the sentence before does not', () => {
    const fire = run('A C-47 plane strafed downtown Mejicanos yesterday.', { published: '1989-11-20' });
    expect(fire.triggers).toEqual([]);
    expect(fire.outOfScope.some((w) => w.includes('(terrorism-state-fire-no-victims)'))).toBe(true);
  });
});

describe('aggregate-plural: several incidents, not one incident told by its plural deeds or weapons', () => {
  /** Each mention's trigger text, whether it is aggregate, and the reading's rules past the trigger rule. */
  const read = (text: string) =>
    findEventMentions(text, text.toLowerCase(), splitSentences(text)).map((m) => [text.slice(m.trigger.start, m.trigger.end), m.aggregate, m.rules.filter((r) => r.startsWith('aggregate'))]);
  it('"killed in the attacks" after a tally of attacks is one of several (afp)', () => {
    const text = "Sunday's was the 14th attack against American interests since January. Two Americans and an Iraqi civilian have been killed in the attacks.";
    expect(read(text).filter(([t]) => t !== 'killed')).toEqual([['attack', true, ['aggregate-ordinal']], ['attacks', true, ['aggregate-plural']]]);
    const [e] = run(text, { scope: 'all', published: '2021-04-04' }).events;
    expect([e?.aggregate, e?.killed?.value]).toEqual([true, 3]);
  });
  it('"wounded in the bombings" with no tally before tells the one incident told', () => {
    const text = 'Two bombs exploded outside a bank in Lima on Sunday. Three passersby were wounded in the bombings.';
    expect(read(text).filter(([t]) => t === 'bombings')).toEqual([['bombings', false, []]]);
    const r = run(text, { scope: 'all', published: '2021-04-04' });
    expect(r.events.map((e) => [e.trigger.text, e.aggregate, e.wounded?.value])).toEqual([['bombs', false, 3]]);
  });
  it('a weapon in the plural is no several incidents, even in a tally\'s sentence; a deed is', () => {
    expect(read('Since January, two Americans were killed by the bombs in Baghdad.').filter(([t]) => t === 'bombs')).toEqual([['bombs', false, []]]);
    expect(read('Since January, the attacks have killed 20 people near Balad.')).toContainEqual(['attacks', true, ['aggregate-plural']]);
  });
  it('"one of the (deadliest) attacks" is the incident told, no tally: anaphoric, not aggregate, even in a tally\'s sentence', () => {
    const text = 'Last month, ADF fighters stormed a Catholic church in Komanda during a night vigil, killing more than 40 worshippers, in one of the deadliest attacks in the province this year.';
    expect(read(text).filter(([t]) => t === 'attacks')).toEqual([['attacks', false, []]]);
    const r = run(text, { scope: 'all', published: '2025-08-12' });
    expect(r.events.map((e) => [e.trigger.text, text.slice(e.trigger.start, e.trigger.end), e.aggregate, e.killed?.value])).toEqual([['stormed', 'stormed', false, 40]]);
    expect(r.fired('aggregate-plural')).toBe(false);
    const member = 'Two bombs exploded in Bogota on Monday. One of the explosions occurred near the courts.';
    expect(read(member).filter(([t]) => t === 'explosions')).toEqual([['explosions', false, []]]);
    // (a weapon "one of the bombs" and "in one attack" stay a tally's member: `aggregate-member`)
    expect(read('Police found two devices in Lima. One of the bombs exploded near a bank.')[0]).toEqual(['bombs', true, ['aggregate-member']]);
    expect(read('An Iraqi civilian was also wounded in one attack.')).toEqual([['attack', true, ['aggregate-member']]]);
    // (a tally's plural with no "one of" before it is still several)
    expect(read('Since January, the attacks have killed 20 people near Balad.')).toContainEqual(['attacks', true, ['aggregate-plural']]);
  });
  it('"because of the bombings" stays several incidents, tally or not', () => {
    expect(read('The government protested because of the bombings in Lima last week.')).toEqual([['bombings', true, ['aggregate-plural']]]);
  });
});
