// "The same clause" read on the language layer (lang/within.ts) instead of
// windows of N characters, and the sites that moved onto it: the places and
// report days of attach.ts, the anaphoric test, the figures of counts.
import { describe, expect, it } from 'vitest';
import { clauseAfter, clauseBefore, holdsBefore, readerOf, sentenceAfter, sentenceBefore, wordBefore } from '../src/core/lang/within.js';
import { incidentPlace, reportDay } from '../src/core/refine/attach.js';
import type { ArticleContext } from '../src/core/refine/context.js';
import { findCasualties } from '../src/core/extract/counts/index.js';
import { extract } from '../src/core/index.js';

const at = (text: string, word: string) => {
  const start = text.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + word.length, text: word };
};

describe('the clause of a position', () => {
  const text = 'A bomb exploded in the market, killing two people in Jolo, police in Manila said.';
  const r = readerOf(text);

  it('reads the words before and after a position in its clause, not the clause before', () => {
    expect(clauseBefore(r, at(text, 'Jolo').start)).toBe('killing two people in ');
    expect(clauseBefore(r, at(text, 'killing').start)).toBe('');
    expect(clauseAfter(r, at(text, 'bomb').end)).toBe(' exploded in the market');
    expect(sentenceBefore(r, at(text, 'Jolo').start)).toBe('a bomb exploded in the market, killing two people in ');
    expect(sentenceAfter(r, at(text, 'Manila').end)).toBe(' said.');
  });

  it('holds a pattern only where the clause says it, though the sentence does', () => {
    const exploded = /\bexploded\b[^]*$/;
    expect(exploded.test(sentenceBefore(r, at(text, 'Jolo').start))).toBe(true);
    expect(holdsBefore(r, at(text, 'Jolo').start, exploded)).toBe(false);
    expect(holdsBefore(r, at(text, 'market').start, exploded)).toBe(true);
  });

  it('reads a reported clause with its verb of saying and the adverbs before it', () => {
    const t = 'Police authorities initially reported today in Lima that guerrillas burned the offices.';
    expect(clauseBefore(readerOf(t), at(t, 'Lima').start)).toBe('initially reported today in ');
    // the verb of saying and the adverbs before it, not the rest of its clause
    const c = 'In a communique delivered to the press, the ELN said that it blew up a jeep with 20 kg of dynamite.';
    expect(clauseBefore(readerOf(c), at(c, 'dynamite').start)).toBe('said that it blew up a jeep with 20 kg of ');
    const e = 'Officials earlier reported 12 dead.';
    expect(clauseBefore(readerOf(e), at(e, '12').start)).toBe('earlier reported ');
    // a relative clause is not reported: "who" opens it, the words before stay out
    const u = 'The mayor, who was taken to a hospital in Lima, died.';
    expect(clauseBefore(readerOf(u), at(u, 'Lima').start)).toBe('who was taken to a hospital in ');
  });

  it('gives the word right before a position in its clause, none at its start', () => {
    expect(wordBefore(r, at(text, 'bomb').start)).toBe('a');
    expect(wordBefore(r, at(text, 'Jolo').start)).toBe('in');
    expect(wordBefore(r, at(text, 'killing').start)).toBeNull();
  });
});

/** The part of an article's context the place and day tests read. */
const contextOf = (text: string) => ({ ...readerOf(text), text, actors: [] }) as unknown as ArticleContext;

describe('places and days of attach.ts, read in the clause', () => {
  it('reporter-place: where the police who report are, not the incident', () => {
    const t = 'Police in Manila said a grenade was lobbed into a market in Jolo.';
    const ctx = contextOf(t);
    expect(incidentPlace(ctx, at(t, 'Manila'))).toBe(false);
    expect(incidentPlace(ctx, at(t, 'Jolo'))).toBe(true);
  });

  it('report-place: the verb of saying before, its "that" after (in the next clause)', () => {
    const t = 'POLICE AUTHORITIES REPORTED TODAY IN LIMA THAT YESTERDAY SHINING PATH TERRORISTS BURNED THE OFFICES IN ANDAHUA.';
    const ctx = contextOf(t);
    expect(incidentPlace(ctx, at(t, 'LIMA'))).toBe(false);
    expect(incidentPlace(ctx, at(t, 'ANDAHUA'))).toBe(true);
    const u = 'Guerrillas were reported in Lima that night.';
    expect(incidentPlace(contextOf(u), at(u, 'Lima'))).toBe(true);
  });

  it('hospital-place: where the wounded were taken', () => {
    const t = 'The wounded were taken to a hospital in Davao after gunmen attacked a bus in Cotabato.';
    const ctx = contextOf(t);
    expect(incidentPlace(ctx, at(t, 'Davao'))).toBe(false);
    expect(incidentPlace(ctx, at(t, 'Cotabato'))).toBe(true);
    const u = 'Gunmen attacked a hospital in Davao.';
    expect(incidentPlace(contextOf(u), at(u, 'Davao'))).toBe(true);
  });

  it('report-day: the day a verb of saying beside it reports', () => {
    const t = 'COLONEL OCHOA TODAY SAID THAT THE MASTERMINDS OF THE MURDER ARE NOT SOLDIERS.';
    expect(reportDay(contextOf(t), at(t, 'TODAY'))).toBe(true);
    const u = 'SOURCES REPORTED TODAY THAT THE NUN WHO WAS SHOT HAS DIED.';
    expect(reportDay(contextOf(u), at(u, 'TODAY'))).toBe(true);
    const v = 'A BOMB EXPLODED TODAY AT THE BANK, THE POLICE REPORTED.';
    expect(reportDay(contextOf(v), at(v, 'TODAY'))).toBe(false);
  });
});

describe('an indefinite article before a noun trigger (attach.ts groupOf)', () => {
  const joins = (text: string) => (extract(text, { explain: true }).trace ?? []).filter((f) => f.rule === 'anaphoric-join' || f.rule === 'continuation').map((f) => `${f.rule}:${f.text}`);
  it('"caused by a bomb" is no mention of the incident told before', () => {
    expect(joins('Guerrillas attacked the DAS building in Bogota on Monday. The explosion was caused by a bomb.')).toEqual(['continuation:explosion']);
  });
  it('"the bomb" and "than bombs" point back to it', () => {
    expect(joins('Guerrillas attacked the DAS building in Bogota on Monday. The explosion was caused by the bomb.')).toEqual(['anaphoric-join:explosion']);
    expect(joins('Guerrillas attacked the DAS building in Bogota on Monday. The explosion was worse than bombs.')).toEqual(['anaphoric-join:explosion']);
  });
});

describe('figures of counts, read in their clause', () => {
  const figures = (text: string) => findCasualties(text).map((c) => ({ value: c.value, text: c.text, rule: c.rule, revision: c.revision ?? null, additive: c.additive ?? false }));

  it('initial-figure: "initially" before the verb of saying that reports the figure', () => {
    expect(figures('Police initially said five people were killed, but the toll rose to eight.')).toEqual([
      { value: 5, text: 'five people were killed', rule: 'counts.passive', revision: 'initial', additive: false },
      { value: 8, text: 'toll rose to eight', rule: 'counts.toll', revision: 'risen', additive: false },
    ]);
    expect(figures('Officials earlier reported 12 dead.')[0]).toMatchObject({ value: 12, revision: 'initial' });
    expect(figures('Police said five people were killed.')[0]).toMatchObject({ value: 5, revision: null });
  });

  it('additive: "also" right before the verb of the figure, not before the verb of saying', () => {
    expect(figures('The gunfire also seriously wounded one of the agents.')).toEqual([{ value: 1, text: 'wounded one of the agents', rule: 'counts.active', revision: null, additive: true }]);
    expect(figures('Police also said 12 people were killed.')).toEqual([{ value: 12, text: '12 people were killed', rule: 'counts.passive', revision: null, additive: false }]);
  });

  it('a reporter is sought in the figure\'s sentence only', () => {
    expect(findCasualties('Guerrillas killed 12 people, police said. The army attacked the camp.').map((c) => c.by)).toEqual(['police']);
    expect(findCasualties('The army said it attacked the camp. Guerrillas killed 12 people.').map((c) => c.by)).toEqual([null]);
  });
});
