// MUC dates and counts (helper branch muc-dates-counts-5): the victims of every group of a list add up (an article
// before a later group, a bracketed aside after one); "TODAY, 30 JUNE" is dated by its date (casual-day-with-date); an undated incident
// told just after a dated one keeps its date (date-next-sentence); a date of the trigger's own clause beats a nearer one
// (date-own-clause); the day a body was found dates no killing (date-body-found-skip); weapon nouns of MUC wires. Values, spans and rule names, with negative cases.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { findCasualties, mergeCasualties } from '../src/core/extract/counts/index.js';
import { findDates } from '../src/core/extract/dates/index.js';
import { NEXT_SENTENCE_DAY } from '../src/core/refine/when.js';
import { BODY_FOUND_DAY, DATE_OWN_CLAUSE, bodyFoundDay } from '../src/core/refine/attach.js';
import { readerOf } from '../src/core/lang/within.js';
import { findWeapons } from '../src/core/extract/weapons/index.js';

const killed = (text: string) => mergeCasualties(findCasualties(text).filter((m) => m.kind === 'killed'));
const events = (text: string) => extract(text, { explain: true, scope: 'terrorism' }).events;

describe('victim lists of several groups add up (MUC-4 keys sum the victims of every group)', () => {
  it('a later group may take an article: "the six Jesuits and the two women" is 8', () => {
    const text = 'AS FOR THE ASSASSINATION OF THE SIX JESUITS AND THE TWO WOMEN, HE SAID NOTHING.';
    const [m] = findCasualties(text);
    expect(m).toMatchObject({ value: 8, rule: 'counts.killing_of', text: 'ASSASSINATION OF THE SIX JESUITS AND THE TWO WOMEN' });
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });
  it('a bracketed aside after a group adds nothing: "SIX JESUITS (FIVE SPANIARDS AND ONE SALVADORAN) AND TWO WOMEN" is 8', () => {
    const text = 'THE LETTER WAS SENT 2 DAYS AFTER SIX JESUITS (FIVE SPANIARDS AND ONE SALVADORAN) AND TWO WOMEN WERE KILLED IN SAN SALVADOR.';
    const [m] = findCasualties(text);
    expect(m).toMatchObject({ value: 8, rule: 'counts.passive', text: 'SIX JESUITS (FIVE SPANIARDS AND ONE SALVADORAN) AND TWO WOMEN WERE KILLED' });
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });
  it('an aside alone is no list: "SIX JESUITS (FIVE SPANIARDS AND ONE SALVADORAN) WERE KILLED" is 6', () => {
    expect(killed('SIX JESUITS (FIVE SPANIARDS AND ONE SALVADORAN) WERE KILLED.')?.value).toBe(6);
  });
  it('"the" before a group that is no figure ends the list: "the six Jesuits and the rector" is 6', () => {
    expect(killed('THE ASSASSINATION OF THE SIX JESUITS AND THE RECTOR SHOCKED THE COUNTRY.')?.value).toBe(6);
  });
});

describe('casual-day-with-date', () => {
  it('"TODAY, 30 JUNE" in a wire of 1 July is 30 June, one mention with both words', () => {
    const text = 'THE FMLN TODAY, 30 JUNE, KILLED THE MAYOR.';
    const ds = findDates(text, '1989-07-01');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ value: '1989-06-30', precision: 'day', text: 'TODAY, 30 JUNE', start: 9, end: 23 });
    expect(ds[0]!.rule.split('>')).toContain('casual-day-with-date');
  });
  it('not across a clause: "today. On 13 November" are two dates', () => {
    const ds = findDates('Rebels attacked the post today. On 13 November they left.', '1989-07-01');
    expect(ds.map((d) => [d.value, d.text])).toEqual([['1989-07-01', 'today'], ['1988-11-13', 'On 13 November']]);
    expect(ds.some((d) => d.rule.includes('casual-day-with-date'))).toBe(false);
  });
});

describe('date-next-sentence', () => {
  const [pos] = NEXT_SENTENCE_DAY.examples.pos;
  it('the bus burned after the dated bomb takes its date and span', () => {
    const e = events(pos!).find((x) => x.type === 'arson')!;
    expect(e.date).toMatchObject({ value: '1989-12-06', precision: 'day', text: 'TODAY' });
    expect(e.date.start).toBe(pos!.indexOf('TODAY'));
    expect(e.explain?.date).toEqual([NEXT_SENTENCE_DAY.name]);
  });
  for (const t of NEXT_SENTENCE_DAY.examples.neg) {
    it(`not: ${t.slice(40, 130)}`, () => {
      const es = events(t);
      expect(es.flatMap((e) => e.explain?.date ?? [])).not.toContain(NEXT_SENTENCE_DAY.name);
      expect(es.find((e) => e.type === 'arson')?.date.text).not.toBe('TODAY');
    });
  }
});

describe('date-own-clause', () => {
  const [pos] = DATE_OWN_CLAUSE.examples.pos;
  const [neg] = DATE_OWN_CLAUSE.examples.neg;
  it('the missile\'s night, in the trigger\'s clause, beats the nearer day of the evacuation', () => {
    const [e] = events(pos!);
    expect(e?.date).toMatchObject({ value: '1989-11-21', precision: 'day', text: 'LAST NIGHT' });
    expect(e!.date.start).toBe(pos!.indexOf('LAST NIGHT'));
    expect(e?.explain?.date).toEqual(['casual-day>date-own-clause']);
  });
  it('with no date in its own clause, the nearest date of the sentence stays', () => {
    const [e] = events(neg!);
    expect(e?.date).toMatchObject({ value: '1989-11-22', text: 'TODAY' });
    expect(e?.explain?.date).toEqual(['casual-day']);
  });
});

describe('weapon nouns of MUC wires', () => {
  const names = (t: string) => findWeapons(t, t.toLowerCase()).map((w) => [w.name, w.text]);
  it('automatic and heavy-caliber weapons are guns, a powerful explosive an explosive, a grenade launcher a grenade', () => {
    expect(names('THE MEN FIRED TWO AUTOMATIC WEAPONS.')).toEqual([['gun', 'TWO AUTOMATIC WEAPONS']]);
    expect(names('THEY USED HEAVY-CALIBER WEAPONS.')).toEqual([['gun', 'HEAVY-CALIBER WEAPONS']]);
    expect(names('A POWERFUL EXPLOSIVE WAS DETONATED.')).toEqual([['explosive', 'A POWERFUL EXPLOSIVE']]);
    expect(names('REBELS FIRED A GRENADE LAUNCHER.')).toEqual([['grenade', 'A GRENADE LAUNCHER']]);
  });
  it('bullets are no weapon of their own: a body riddled with bullets names none', () => {
    expect(names('THE BODY WAS RIDDLED WITH BULLETS.')).toEqual([]);
  });
});

describe('date-body-found-skip', () => {
  it('a murder whose body was found today is not dated by the finding', () => {
    const text = 'BOGOTA, 3 OCT 89 (AFP) -- [TEXT] THE AUTHORITIES HAVE ANNOUNCED THAT MSGR JESUS EMILIO JARAMILLO WAS MURDERED AND THAT HIS BODY WAS FOUND TODAY.';
    const e = events(text).find((x) => x.type === 'assassination')!;
    expect(e.date.value).toBeNull();
    expect(bodyFoundDay(readerOf(text), { start: text.indexOf('TODAY') })).toBe(true);
  });
  it('a murder told with its own day keeps it', () => {
    const text = 'BOGOTA, 3 OCT 89 (AFP) -- [TEXT] THE AUTHORITIES HAVE ANNOUNCED THAT MSGR JESUS EMILIO JARAMILLO WAS MURDERED TODAY.';
    const e = events(text).find((x) => x.type === 'assassination')!;
    expect(e.date).toMatchObject({ value: '1989-10-03', text: 'TODAY', start: text.indexOf('TODAY') });
  });
  for (const t of BODY_FOUND_DAY.examples.pos) it(`skips: ${t.slice(0, 60)}`, () => expect(BODY_FOUND_DAY.before.test(t.slice(0, t.search(/TODAY|ON 8 NOVEMBER/)).trimEnd().toLowerCase())).toBe(true));
  for (const t of BODY_FOUND_DAY.examples.neg) it(`keeps: ${t.slice(0, 60)}`, () => expect(BODY_FOUND_DAY.before.test(t.slice(0, t.indexOf("TODAY")).trimEnd().toLowerCase())).toBe(false));
});
