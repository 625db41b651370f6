// `terrorism-no-particulars` reads the date `date-day-only` will leave (when.ts keptDate): a month or a week the scope
// drops later is no particular ("BEHIND ALL THESE ATTACKS … THIS WEEK", DEV-MUC3-0153). Values, spans, rules, negatives.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { DAY_ONLY, keptDate } from '../src/core/refine/when.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism' });
const lead = 'BOGOTA, 10 MAR 89 (EFE) -- [TEXT] THE SENATOR SAID THAT THE MAFIA IS BEHIND THE KIDNAPPING ';

describe('terrorism-no-particulars after date-day-only', () => {
  it('a week alone ("THIS WEEK") is no particular: the incident is dropped, the drop traced at the trigger', () => {
    const text = lead + 'THIS WEEK.';
    const r = run(text);
    expect(r.events).toHaveLength(0);
    const f = (r.trace ?? []).filter((x) => x.rule === 'terrorism-no-particulars');
    expect(f).toHaveLength(1);
    expect(f[0]!.action).toBe('drop');
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe('KIDNAPPING');
    expect((r.trace ?? []).some((x) => x.rule === DAY_ONLY.name)).toBe(false);
  });

  it('a day is a particular: the incident stays with its date and span', () => {
    const text = lead + 'OF 9 MARCH.';
    const r = run(text);
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.date.value).toBe('1989-03-09');
    expect(text.slice(e.date.start!, e.date.end!)).toBe(e.date.text);
    expect((r.trace ?? []).some((x) => x.rule === 'terrorism-no-particulars')).toBe(false);
  });

  it('keptDate: a month is kept only outside the scopes that date by the day', () => {
    const [e] = extract(lead + 'THIS WEEK.', { explain: true }).events;
    expect(e!.date.precision).toBe('month');
    expect(keptDate(e!, undefined)).toBe(e!.date.value);
    expect(keptDate(e!, 'terrorism')).toBeNull();
  });
});
