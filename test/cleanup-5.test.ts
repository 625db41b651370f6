// cleanup-5: "according to" is no clause verb, MODALITY read on the passive verb after the trigger (prevented, negated),
// "general"/"major" as adjectives, the state of a facility no party, counted-year a parser property, and the
// damage/harm/deed cues read by one helper.
import { describe, expect, it } from 'vitest';
import { Language } from '../src/core/lang/layer.js';
import { splitSentences } from '../src/core/text.js';
import { MODALITY } from '../src/core/extract/events/lexicon.js';
import { run } from './helpers/run.js';

/** The clauses of a one-sentence text: [kind, text, verb lemma, subject text]. */
function clausesOf(text: string): [string, string, string | null, string | null][] {
  const lang = new Language(text, splitSentences(text));
  const { terms, clauses } = lang.layer(0);
  return clauses.map((c) => [c.kind, text.slice(terms[c.from]!.start, terms[c.to - 1]!.end), c.verb?.lemma ?? null, c.subject ? text.slice(c.subject.start, c.subject.end) : null]);
}

describe('clauses: "according to" is a preposition, not a clause verb (DEV-MUC3-0706)', () => {
  it('a fronted "according to" leaves the main clause its own verb and subject', () => {
    expect(clausesOf('According to the army, the guerrillas attacked the base.')).toEqual([
      ['fronted', 'According to the army', null, null],
      ['main', 'the guerrillas attacked the base', 'attack', 'the guerrillas'],
    ]);
  });
  it('"according to police" after a comma opens no clause of "accord", and its source is a prepositional phrase', () => {
    const text = 'Three soldiers were killed in the attack, according to police.';
    const cl = clausesOf(text);
    expect(cl).toEqual([['main', 'Three soldiers were killed in the attack, according to police', 'kill', 'Three soldiers']]);
    const lang = new Language(text, splitSentences(text));
    const pp = lang.layer(0).clauses[0]!.pps.find((p) => p.prep === 'according to')!;
    expect(text.slice(pp.np.start, pp.np.end)).toBe('police');
  });
  it('between subject and verb it is no subject ("The guerrillas, according to police, attacked")', () => {
    expect(clausesOf('The guerrillas, according to police, attacked the base.')).toEqual([['main', 'The guerrillas, according to police, attacked the base', 'attack', 'The guerrillas']]);
  });
  it('a gerund after a comma still opens a clause; "accordingly" is no preposition', () => {
    expect(clausesOf('A bomb exploded in the market, killing three people.').map((c) => c[2])).toEqual(['explode', 'kill']);
    expect(clausesOf('The army acted accordingly to protect the town.')[0]![2]).not.toBe('according to');
  });
});

describe('MODALITY after the trigger, on its passive verb; the gap patterns before it', () => {
  it('`prevented` after the trigger: "an attack was foiled", "the bombing has been prevented"', () => {
    const a = run('A planned attack on the embassy was foiled by police on Monday, officials said.', { scope: 'all', published: '2024-05-14' });
    expect(a.events).toEqual([]);
    const b = run('The bombing of the bridge has been prevented, the minister said on Monday.', { scope: 'all', published: '2024-05-14' });
    expect(b.events).toEqual([]);
    expect(b.rejected).toContainEqual(['prevented', 'bombing', 4]);
  });
  it('not when the verb after is negated or another: "the attack was not prevented", "the attack was condemned"', () => {
    const a = run('The attack on the bridge was not prevented by the troops, and two soldiers were killed on Monday.', { scope: 'all', published: '2024-05-14' });
    expect(a.rejected.map((r) => r[0])).not.toContain('prevented');
    expect(a.events.length).toBeGreaterThan(0);
    const b = run('The bombing of the market in Kabul on Monday was condemned by the government.', { scope: 'all', published: '2024-05-14' });
    expect(b.rejected.map((r) => r[0])).not.toContain('prevented');
    expect(b.triggers).toEqual(['bombing']);
  });
  it('`negated`: "sabotage was not suspected" (once cause-ruled-out), and a denial before the trigger', () => {
    const s = run('Sabotage was not suspected, a railway official said.', { scope: 'all', published: '2024-05-14' });
    expect(s.rejected).toContainEqual(['negated', 'Sabotage', 0]);
    expect(MODALITY.filter((r) => r.passiveOf).map((r) => r.name)).toEqual(['negated', 'negated', 'prevented']);
    const text = 'The army denied that guerrillas attacked the base in Morazan on Monday.';
    const r = run(text, { scope: 'all', published: '2024-05-14' });
    expect(r.events).toEqual([]);
    expect(r.rejected).toContainEqual(['negated', 'attacked', text.indexOf('attacked')]);
  });
  it('a cue in a main clause of its own governs nothing after it ("…, and" / ";")', () => {
    const text = 'The trial of the former mayor opened in Lima on Monday; guerrillas bombed a police post in Ayacucho on Tuesday.';
    const r = run(text, { scope: 'all', published: '2024-05-14' });
    expect(r.triggers).toEqual(['bombed']);
    expect(r.rejected.map((x) => x[0])).not.toContain('judged-or-investigated');
  });
  it('`story-of` and `rumour` still reject in the trigger\'s own clause', () => {
    const a = run('A new film about the bombing of the embassy opened in Nairobi on Monday.', { scope: 'all', published: '2024-05-14' });
    expect(a.events).toEqual([]);
    expect(a.rejected.map((x) => x[0])).toContain('story-of');
    const b = run('Anonymous callers claimed that a bomb had been placed in the school in Madrid on Monday.', { scope: 'all', published: '2024-05-14' });
    expect(b.events).toEqual([]);
    expect(b.rejected.map((x) => x[0])).toContain('rumour');
  });
});

describe('"general" and "major" as adjectives name no person (actor-bare-title)', () => {
  it('"General Cabezas" is still a military person', () => {
    const m = run('Guerrillas killed General Rolando Cabezas in San Salvador on Tuesday.', { scope: 'all', published: '2024-05-14' });
    expect(m.events[0]!.targets.find((a) => a.name === 'Rolando Cabezas')?.kind).toBe('military');
  });
  it('"a general strike", "a major offensive": the adjective names no military person; "the general said" does', () => {
    const r = run('Rebels bombed a bank in Lima on Monday during a general strike called by the unions.', { scope: 'all', published: '2024-05-14' });
    expect(r.events.flatMap((e) => e.targets).map((a) => a.text)).not.toContain('general');
    expect(r.fired('actor-bare-title')).toBe(false);
    const o = run('Rebels launched a major offensive and bombed a bridge in Lima on Monday.', { scope: 'all', published: '2024-05-14' });
    expect(o.fired('actor-bare-title')).toBe(false);
    const s = run('Rebels killed the general in Lima on Monday, officials said.', { scope: 'all', published: '2024-05-14' });
    const g = s.events[0]!.targets.find((a) => a.text === 'general')!;
    expect(g.kind).toBe('military');
    expect('Rebels killed the general in Lima on Monday, officials said.'.slice(g.start, g.end)).toBe('general');
  });
});

describe('counted-year is the day-month parser\'s notCounted', () => {
  it('"ON 23 SEPTEMBER 28 PEASANTS": the 28 counts, the year is implied', () => {
    const text = 'LIMA, 25 SEP 89 (EFE) -- [TEXT] ON 23 SEPTEMBER 28 PEASANTS WERE MASSACRED BY GUERRILLAS IN AYACUCHO.';
    const r = run(text, { scope: 'terrorism', published: '1989-09-25' });
    const d = r.events[0]!.date!;
    expect([d.value, d.text, text.slice(d.start, d.end)]).toEqual(['1989-09-23', 'ON 23 SEPTEMBER', 'ON 23 SEPTEMBER']);
    expect(r.fired('counted-year')).toBe(false);
  });
  it('a stated two-digit year stays: "ON 12 APRIL 89 THE GUERRILLAS ATTACKED"', () => {
    const r = run('LIMA, 25 SEP 89 (EFE) -- [TEXT] ON 12 APRIL 89 GUERRILLAS BOMBED A POLICE POST IN AYACUCHO.', { scope: 'terrorism', published: '1989-09-25' });
    expect(r.events[0]!.date?.value).toBe('1989-04-12');
  });
});

describe('attach: the damage, harm and deed cues are read by Language.sentenceHas, in any case', () => {
  it('an upper-case wire and its lower-case copy give the same targets', () => {
    const lower = 'Guerrillas dynamited the power station in Usulutan on Monday, destroying the transformers.';
    const a = run(lower, { scope: 'all', published: '2024-05-14' });
    const b = run(lower.toUpperCase(), { scope: 'all', published: '2024-05-14' });
    expect(b.events.flatMap((e) => e.targets).map((t) => t.name.toLowerCase())).toEqual(a.events.flatMap((e) => e.targets).map((t) => t.name.toLowerCase()));
  });
});
