// Dates of incidents whose own sentences give none (refine/when.ts): a further deed of the same night keeps the date
// of the incident told before it (SAME_TIME_RULES), and a wire's lead incident is the dateline's day (LEAD_REPORT_DAY):
// values, spans and rule names, with negative cases.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { LEAD_REPORT_DAY, SAME_TIME_RULES } from '../src/core/refine/when.js';

const events = (text: string) => extract(text, { explain: true, scope: 'terrorism' }).events;
const dateRules = (es: EventRecord[]) => es.flatMap((e) => e.explain?.date ?? []);

describe('every same-time rule holds on its examples', () => {
  for (const r of SAME_TIME_RULES) {
    for (const t of r.examples.pos) it(`${r.name} dates: ${t.slice(40, 110)}`, () => expect(dateRules(events(t))).toContain(r.name));
    for (const t of r.examples.neg) it(`${r.name} does not: ${t.slice(40, 110)}`, () => expect(dateRules(events(t))).not.toContain(r.name));
  }
});

describe('date-same-time (also)', () => {
  const text =
    'SAN SALVADOR, 15 MAR 89 (AFP) -- [TEXT] A GUARD WAS WOUNDED IN THE ATTACK STAGED TONIGHT BY URBAN GUERRILLA COMMANDOS ON THE GOVERNMENT HOUSE.  ' +
    'THE GOVERNMENT HOUSE IS LOCATED NEAR THE ARMED FORCES TRAINING CENTER.  THE REBELS ALSO BLEW UP TWO HIGH TENSION POSTS.';
  it('the second deed takes the first incident\'s date, with that date\'s span', () => {
    const es = events(text);
    const blew = es.find((e) => e.trigger.text === 'BLEW UP');
    expect(blew?.date.value).toBe('1989-03-15');
    expect(blew?.explain?.date).toEqual(['date-same-time']);
    expect(text.slice(blew!.date.start!, blew!.date.end!)).toBe('TONIGHT');
    expect(blew!.date.start).toBe(text.indexOf('TONIGHT'));
  });
  it('not when the sentence places it at another time ("a few weeks ago")', () => {
    const ago = text.replace('ALSO BLEW UP TWO HIGH TENSION POSTS', 'ALSO BLEW UP TWO HIGH TENSION POSTS A FEW WEEKS AGO');
    const blew = events(ago).find((e) => e.trigger.text === 'BLEW UP');
    expect(blew?.date.value ?? null).toBeNull();
    expect(dateRules(events(ago))).not.toContain('date-same-time');
  });
  it('not when no incident before it is dated', () => {
    const undated = 'THE REBELS ATTACKED THE GOVERNMENT HOUSE.  THE REBELS ALSO BLEW UP TWO HIGH TENSION POSTS.';
    expect(dateRules(events(undated))).not.toContain('date-same-time');
  });
});

describe('date-same-time (another)', () => {
  it('"ANOTHER EXPLOSION" keeps the day of the explosion before it', () => {
    const text = 'BOGOTA, 6 DEC 89 -- [TEXT] A BOMB EXPLODED TODAY IN NORTHERN BOGOTA.  THE AUTHORITIES CLOSED THE AREA.  ANOTHER EXPLOSION OCCURRED IN THE SOUTHERN PART OF BOGOTA.';
    const e = events(text).find((x) => x.explain?.date?.includes('date-same-time'));
    expect(e?.date.value).toBe('1989-12-06');
    expect(e?.date.text).toBe('TODAY');
  });
});

describe('date-lead-report-day', () => {
  const text = 'BOGOTA, 3 NOV 89 (RADIO CADENA NACIONAL) -- [TEXT] FOUR PEOPLE KILLED AND FIVE INJURED ARE THE RESULT OF A CAR BOMB EXPLOSION IN BOGOTA, THE POLICE REPORTED.';
  it('the lead incident takes the dateline\'s day, with the dateline date\'s span', () => {
    const [e] = events(text);
    expect(e?.date).toEqual({ value: '1989-11-03', precision: 'day', text: '3 NOV 89', start: 8, end: 16 });
    expect(e?.explain?.date).toEqual([LEAD_REPORT_DAY.name]);
  });
  for (const t of LEAD_REPORT_DAY.examples.neg) {
    it(`not: ${t.slice(0, 70)}`, () => expect(dateRules(events(t))).not.toContain(LEAD_REPORT_DAY.name));
  }
  it('not when the lead dates the incident itself', () => {
    const dated = text.replace('EXPLOSION IN BOGOTA', 'EXPLOSION IN BOGOTA YESTERDAY');
    const [e] = events(dated);
    expect(e?.date.value).toBe('1989-11-02');
    expect(e?.explain?.date).not.toContain(LEAD_REPORT_DAY.name);
  });
  it('not when the publication date is given apart from the dateline', () => {
    const es = extract(text, { explain: true, scope: 'terrorism', published: '1989-11-04' }).events;
    expect(dateRules(es)).not.toContain(LEAD_REPORT_DAY.name);
  });
});

describe('location-placeless-dateline-country', () => {
  const text =
    'CLANDESTINE, 17 NOV 89 (RADIO VENCEREMOS) -- [TEXT] THE SALVADORAN ARMY MURDERED FATHER IGNACIO ELLACURIA AND FIVE OTHER JESUIT PRIESTS YESTERDAY.  ' +
    'THE SALVADORAN PEOPLE DEMAND JUSTICE FROM THE SALVADORAN GOVERNMENT.';
  it('the incident is in the country the body names most, at country precision, with its first mention\'s span', () => {
    const [e] = events(text);
    expect(e?.location?.country_code).toBe('SV');
    expect(e?.location?.precision).toBe('country');
    expect(e?.explain?.location).toEqual(['location-placeless-dateline-country']);
    expect(text.slice(e!.location!.start, e!.location!.end)).toBe(e!.location!.text);
    expect(e!.location!.text).toBe('SALVADORAN');
  });
  it('not when two countries are named as often', () => {
    const tie = text.replace('THE SALVADORAN PEOPLE DEMAND JUSTICE FROM THE SALVADORAN GOVERNMENT.', 'THE GUATEMALAN PEOPLE DEMAND JUSTICE.');
    const [e] = events(tie);
    expect(e?.explain?.location ?? []).not.toContain('location-placeless-dateline-country');
  });
  it('not when the dateline names a place: that place stands', () => {
    const [e] = events(text.replace('CLANDESTINE', 'SAN SALVADOR'));
    expect(e?.location?.name).toBe('San Salvador');
    expect(e?.explain?.location).not.toContain('location-placeless-dateline-country');
  });
});

describe('location-placeless-dateline-country: the city the article names most', () => {
  it('a placeless dateline\'s story in San Salvador is in San Salvador, with that mention\'s span', () => {
    const text =
      'CLANDESTINE, 26 AUG 88 (RADIO VENCEREMOS) -- [TEXT] URBAN COMMANDOS MURDERED AMINTA PLATERO YESTERDAY.  THE POLICE WERE SILENT.  ' +
      'THE JUDGE OF SAN SALVADOR AND THE SALVADORAN PEOPLE DEMAND JUSTICE.';
    const [e] = events(text);
    expect(e?.location?.name).toBe('San Salvador');
    expect(e?.location?.precision).toBe('city');
    expect(e?.explain?.location).toEqual(['location-placeless-dateline-country']);
    expect(e!.location!.start).toBe(text.indexOf('SAN SALVADOR'));
  });
});

describe('places: an organisation before its headquarters', () => {
  it('"AT FENASTRAS HEADQUARTERS, WHICH …" names no place (the next word read without its comma)', () => {
    const text = 'SAN SALVADOR, 1 NOV 89 -- [TEXT] THE FMLN SAID THAT THE ARMY PLACED A POWERFUL EXPLOSIVE DEVICE AT FENASTRAS HEADQUARTERS, WHICH LEFT 7 PEOPLE DEAD.';
    const names = events(text).map((e) => e.location?.name);
    expect(names).not.toContain('Fenastras');
    expect(names).toContain('San Salvador');
  });
});

describe('day-over-period', () => {
  const text = 'LIMA, 30 JAN 89 -- [TEXT] ON 25 JANUARY A GROUP OF SHINING PATH TERRORISTS, WHO HAD BEEN SEEN IN THE AREA IN JANUARY, ATTACKED THE TOWN HALL OF ANDAHUA.';
  it('a day of the sentence wins over a month nearer the trigger, with its span', () => {
    const [e] = events(text);
    expect(e?.date.value).toBe('1989-01-25');
    expect(e?.date.start).toBe(text.indexOf('ON 25 JANUARY'));
    expect(e?.explain?.date?.[0]).toMatch(/>day-over-period$/);
  });
  it('the month stays when the sentence gives no day (and date-day-only drops it under --scope terrorism)', () => {
    const [e] = events(text.replace('ON 25 JANUARY ', ''));
    expect(e?.date.value).toBeNull();
    expect(e?.explain?.date).toEqual(['date-day-only']);
  });
});

describe('day-over-period: not a day outside the period', () => {
  it('"upheld on Tuesday … the 2016 attack": the day is another time; the year stays', () => {
    const text = 'LIMA, 30 JAN 89 -- [TEXT] ON TUESDAY A COURT UPHELD THE SENTENCES OF THE SHINING PATH TERRORISTS WHO ATTACKED THE TOWN HALL OF ANDAHUA IN 1986.';
    const dates = events(text).map((e) => e.explain?.date?.[0] ?? '');
    expect(dates.some((r) => /day-over-period/.test(r))).toBe(false);
  });
});
