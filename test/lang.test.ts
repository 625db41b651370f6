// The language layer: truecasing, terms with exact offsets, clauses with
// their verb, subject, object and prepositional phrases, and the layer
// rules' own examples.
import { describe, expect, it } from 'vitest';
import { Language, TAG_FIXES } from '../src/core/lang/layer.js';
import { truecase, isUpperCaseText } from '../src/core/lang/truecase.js';
import { firstRule, viewOf } from '../src/core/lang/match.js';
import { splitSentences } from '../src/core/text.js';
import { MENTION_RULES, TYPE_LAYER_RULES } from '../src/core/extract/events/layer-rules.js';
import { extract } from '../src/core/index.js';

const lang = (t: string) => new Language(t, splitSentences(t));

describe('truecase', () => {
  const caps = 'SAN SALVADOR, 3 JAN 90 -- THE FMLN LAST NIGHT BLEW UP THE OFFICES OF THE MAYOR IN PERU. THE GUERRILLAS MAY ATTACK.';
  it('keeps the length, capitalises known names, keeps acronyms and lowers the rest', () => {
    const t = truecase(caps);
    expect(t.length).toBe(caps.length);
    expect(t).toBe('San Salvador, 3 Jan 90 -- the FMLN last night blew up the offices of the mayor in Peru. The guerrillas may attack.');
  });
  it('writes names as names: known to compromise, unknown words, acronyms without vowels, an article before a name', () => {
    const t = 'POLICE SAID MAYOR HECTOR OQUELI AND THE PDC LEADER WERE KILLED IN LA ESPERANZA. [TEXT] THEY WILL MARK THE SITE.';
    expect(truecase(t)).toBe('Police said mayor Hector Oqueli and the PDC leader were killed in La Esperanza. [Text] They will mark the site.');
  });
  it('a possessive keeps its ending; a bracket mid-sentence does not open a sentence; multiword demonyms give no common words', () => {
    expect(truecase("THE PDC'S PREMISES IN THE [NAME INDISTINCT] SEASIDE RESORT, 350 KM EAST OF LIMA.")).toBe("The PDC's premises in the [Name indistinct] seaside resort, 350 KM east of Lima.");
  });
  it('a line broken inside a sentence stays lower; an indented line opens a paragraph', () => {
    expect(truecase('THE BOMB EXPLODED NEAR THE\nCHURCH.\n\n   POLICE ARRIVED.')).toBe('The bomb exploded near the\nchurch.\n\n   Police arrived.');
  });
  it('Spanish place words that are English words too open a name only before one', () => {
    expect(truecase('THE EXPLOSION OCCURRED IN ALTO DE SAN PABLO WHILE GASOLINE')).toBe('The explosion occurred in Alto de San Pablo while gasoline');
    expect(truecase('ON TUCUMAN STREET IN BARRIO ALTA, CORDOBA, WHERE')).toBe('On Tucuman street in Barrio Alta, Cordoba, where');
    expect(truecase('IN COLONIA ESCALON AND CERRO VERDE, RIO GRANDE')).toBe('In Colonia Escalon and Cerro Verde, Rio Grande');
    // no name after them: English words
    expect(truecase('PRICES WERE ALTO AND THE MESA OF THE HILL WAS DRY')).toBe('Prices were alto and the mesa of the hill was dry');
    // an adjective after a word that is no name stays lower case
    expect(truecase('A GRANDE PLAN FOR THE BARRIO')).toBe('A grande plan for the barrio');
  });
  it('an article before a known name\'s word is part of the name: "EL SALVADOR" is the country', () => {
    expect(truecase('THREE JOURNALISTS WERE MURDERED IN EL SALVADOR YESTERDAY.')).toBe('Three journalists were murdered in El Salvador yesterday.');
    // before an English word it stays an article (a Spanish one in a quote, or a word)
    expect(truecase('HE SAID EL PUEBLO WILL WIN.')).toBe('He said el pueblo will win.');
  });
  it('only upper-case text is truecased', () => {
    expect(isUpperCaseText(caps)).toBe(true);
    expect(isUpperCaseText('The FMLN blew up the offices.')).toBe(false);
    expect(lang('The FMLN blew up the offices.').cased).toBe('The FMLN blew up the offices.');
  });
});

describe('an upper-case wire is coded from its truecased copy', () => {
  const mixed = 'Unidentified gunmen shot dead mayor Hector Oqueli in the town of Jama on Sunday, police said.';
  it('gives the events of its mixed-case form, with every span exact on the original', () => {
    const caps = mixed.toUpperCase();
    const a = extract(mixed, { published: '2024-06-12' });
    const b = extract(caps, { published: '2024-06-12' });
    expect(b.events.map((e) => [e.type, e.date.value, e.targets.map((t) => t.name.toLowerCase())])).toEqual(a.events.map((e) => [e.type, e.date.value, e.targets.map((t) => t.name.toLowerCase())]));
    expect(b.events[0]!.targets.map((t) => t.text)).toEqual(['HECTOR OQUELI']);
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(walk);
      if (!x || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') expect(caps.slice(o.start, o.end as number)).toBe(o.text);
      Object.values(o).forEach(walk);
    };
    walk(b);
  });
});

describe('terms', () => {
  it('carry the original text at exact offsets, in upper case too', () => {
    for (const t of ['Gunmen shot dead two soldiers in Kabul on Sunday, police said.', 'GUNMEN SHOT DEAD TWO SOLDIERS IN KABUL ON SUNDAY, POLICE SAID.']) {
      const l = lang(t);
      const terms = l.layer(0).terms;
      expect(terms.map((x) => x.text).join(' ')).toBe(t.replace(/[,.]/g, ''));
      for (const x of terms) expect(t.slice(x.start, x.end)).toBe(x.text);
      expect(terms[1]!.tags.has('Verb')).toBe(true);
      expect(terms.find((x) => x.normal === 'sunday')!.post).toBe(',');
    }
  });
  it('tags "IS" after a preposition as the group, not the verb (tag-is-group)', () => {
    const t = TAG_FIXES[0]!.examples[0]!;
    const is = lang(t).layer(0).terms.find((x) => x.text === 'IS')!;
    expect(is.fix).toBe('tag-is-group');
    expect(is.tags.has('Organization')).toBe(true);
    expect(lang('This IS the end.').layer(0).terms[1]!.fix).toBeUndefined();
  });
  it('builds a sentence once and only when asked (work counted, not timed)', () => {
    const l = lang('A bomb exploded. The rain stopped. Gunmen fired.');
    expect(l.built).toBe(0);
    l.layer(2);
    l.layer(2);
    expect(l.built).toBe(1);
  });
});

describe('clauses', () => {
  const show = (t: string) => {
    const l = lang(t).layer(0);
    const txt = (p: { start: number; end: number } | null) => (p ? t.slice(p.start, p.end) : null);
    return l.clauses.map((c) => ({ kind: c.kind, lemma: c.verb?.lemma ?? null, tense: c.verb?.tense, voice: c.verb?.voice, negated: c.verb?.negated, modal: c.verb?.modal, subject: txt(c.subject), object: txt(c.object), pps: c.pps.map((p) => `${p.prep} ${txt(p.np)}`) }));
  };
  it('a reported clause after a verb of saying, with a perfect verb, its subject and object', () => {
    expect(show('The army said that the guerrillas had attacked a bridge in the north.')).toEqual([
      { kind: 'main', lemma: 'say', tense: 'past', voice: 'active', negated: false, modal: null, subject: 'The army', object: null, pps: [] },
      { kind: 'reported', lemma: 'attack', tense: 'perfect', voice: 'active', negated: false, modal: null, subject: 'the guerrillas', object: 'a bridge', pps: ['in the north'] },
    ]);
  });
  it('a fronted adverbial, a negated modal, a relative clause, a passive, a phrasal verb', () => {
    const a = show('In a statement on Monday, the Taliban said they would not attack civilians.');
    expect(a.map((c) => c.kind)).toEqual(['fronted', 'main', 'reported']);
    expect(a[0]!.pps).toEqual(['in a statement', 'on Monday']);
    expect(a[2]).toMatchObject({ lemma: 'attack', negated: true, modal: 'would', subject: 'they', object: 'civilians' });
    const b = show('THE FMLN LAST NIGHT BLEW UP THE OFFICES, WHICH WERE DAMAGED.');
    expect(b[0]).toMatchObject({ kind: 'main', lemma: 'blow up', tense: 'past', object: 'THE OFFICES' });
    expect(b[1]).toMatchObject({ kind: 'relative', voice: 'passive' });
  });
  it('a subordinator with a subject and a verb after it opens a subordinate clause; with a noun alone it is a preposition', () => {
    const c = show("POLICE SEIZED TWO GRENADE LAUNCHERS AFTER GUERRILLAS ATTACKED THE MAYOR'S OFFICE IN SAN MIGUEL.");
    expect(c.map((x) => [x.kind, x.lemma, x.subject, x.object])).toEqual([
      ['main', 'seize', 'POLICE', 'TWO GRENADE LAUNCHERS'],
      ['subordinate', 'attack', 'GUERRILLAS', "THE MAYOR'S OFFICE"],
    ]);
    expect(c[1]!.pps).toEqual(['in SAN MIGUEL']);
    expect(show('Police arrived after the attack on the base.').map((x) => x.kind)).toEqual(['main']);
  });
  it('a participle after a comma opens a clause of its own', () => {
    const c = show('Airstrikes reportedly targeted the Maiwand district on Monday, killing three.');
    expect(c.map((x) => [x.kind, x.lemma, x.subject, x.object])).toEqual([
      ['main', 'target', 'Airstrikes', 'the Maiwand district'],
      ['main', 'kill', null, 'three'],
    ]);
  });
});

describe('layer rules', () => {
  const fires = (rule: (typeof MENTION_RULES)[number], sentence: string, trigger: RegExp) => {
    const l = lang(sentence);
    const m = trigger.exec(sentence)!;
    return firstRule([rule], viewOf(l, 0, m.index, m.index + m[0].length))?.name ?? null;
  };
  const TRIGGER = /\b(grenade|attack|bomb|hit|sabotage|bombing|airstrikes|explosions)\b/i;
  for (const rule of [...MENTION_RULES, ...TYPE_LAYER_RULES] as (typeof MENTION_RULES)[number][]) {
    for (const s of rule.examples.pos) it(`${rule.name} holds: ${s}`, () => expect(fires(rule, s, TRIGGER)).toBe(rule.name));
    for (const s of rule.examples.neg) it(`${rule.name} does not hold: ${s}`, () => expect(fires(rule, s, TRIGGER)).toBeNull());
  }
  it('compound-modifier rejects the trigger in the pipeline and says so under explain', () => {
    const res = extract('Police seized grenade launchers and rifles in the raid on the farm.', { explain: true });
    expect(res.trace).toContainEqual({ rule: 'compound-modifier', action: 'reject', text: 'grenade', start: 14, end: 21 });
  });
});

describe('passiveAt: the voice of a verb, read on the terms', () => {
  const voice = (t: string, verb: string) => lang(t).passiveAt(0, t.indexOf(verb));
  it('a form of "be" or "get" before the verb, adverbs between, makes it passive', () => {
    expect(voice('Two other guerrillas were also killed in the fighting.', 'killed')).toBe(true);
    expect(voice('The minister was seriously wounded this morning.', 'wounded')).toBe(true);
    expect(voice('The activist got shot near the square.', 'shot')).toBe(true);
    expect(voice('Oqueli Colindres was "kidnapped" as he was heading home.', 'kidnapped')).toBe(true);
    expect(voice('THE PRIESTS WERE ALSO LATER SHOT IN A GARDEN NEARBY.', 'SHOT')).toBe(true);
  });
  it('an active verb, a perfect, and an auxiliary cut off by punctuation are not passive', () => {
    expect(voice('Gunmen killed three farmers on Sunday.', 'killed')).toBe(false);
    expect(voice('A bombing was yesterday reported to have killed a photographer.', 'killed')).toBe(false);
    expect(voice('The police were there; gunmen shot two guards.', 'shot')).toBe(false);
  });
  it('a progressive is active, and a negation between auxiliary and participle keeps it passive', () => {
    expect(voice('The air force is bombing the northern neighbourhoods.', 'bombing')).toBe(false);
    expect(voice('THE AIR FORCE IS INDISCRIMINATELY BOMBING THE CAPITAL.', 'BOMBING')).toBe(false);
    expect(voice('The newspaper office was not seriously damaged.', 'damaged')).toBe(true);
    expect(voice('The minister was hit by three bullets.', 'hit')).toBe(true);
  });
  it('each verb group has its own voice: a coordinated passive, a relative before the main verb', () => {
    const t = 'Seven soldiers died and 12 were seriously injured in the ambush.';
    expect(voice(t, 'died')).toBe(false);
    expect(voice(t, 'injured')).toBe(true);
    const r = 'The civilian who was killed has been identified as Jose Perez.';
    expect(voice(r, 'killed')).toBe(true);
    const verbs = lang(r).layer(0).clauses.flatMap((c) => c.verbs.map((v) => `${v.lemma}/${v.voice}`));
    expect(verbs).toEqual(['kill/passive', 'identify/passive']);
  });
  it('a position outside any term has no answer', () => {
    expect(lang('Gunmen killed three farmers.').passiveAt(0, 6)).toBeNull();
  });
});
