// MUC date slots (muc-dates-where-14): report-day-skip leaves a plural passive alone ("TERRORIST ACTIONS WERE REPORTED
// TONIGHT"): its subject is the deed, the day the deed's; "IT WAS REPORTED TODAY THAT" stays a report's day.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism' });

describe('report-day-skip: not a plural passive whose subject is the deed', () => {
  it('"TERRORIST ACTIONS WERE REPORTED TONIGHT": the incident takes the day', () => {
    const text = 'GUATEMALA CITY, 16 MAY 90 (TELEONCE TELEVISION) -- [TEXT] TERRORIST ACTIONS WERE REPORTED TONIGHT SOUTH OF GUATEMALA CITY, A FEW HOURS AFTER A MASS TRANSIT BUS AND SEVERAL TIRES WERE BURNED IN OTHER PARTS OF THE CITY.';
    const e = run(text).events[0]!;
    expect([e.date.value, e.date.precision, e.date.text]).toEqual(['1990-05-16', 'day', 'TONIGHT']);
    expect(text.slice(e.date.start!, e.date.end!)).toBe('TONIGHT');
    expect(e.explain?.date).toEqual(['casual-day']);
  });
  it('not "IT WAS REPORTED TODAY THAT": the report\'s day dates no incident', () => {
    const text = 'LIMA, 11 MAR 89 (EFE) -- [TEXT] IT WAS REPORTED TODAY THAT ALLEGED SHINING PATH MEMBERS MURDERED FOUR MEMBERS OF A FAMILY IN SANTA MARIA DEL VALLE.';
    const es = run(text).events;
    expect(es.map((e) => e.date.text)).not.toContain('TODAY');
  });
});
