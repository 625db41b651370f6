// False events on MUC-4 (muc4-dev, --scope terrorism), fifteenth pass: a past participle in a perfect clause told over a
// period (`period-tally` widened), and hundreds or thousands as a deed's object
// (`terrorism-battle-casualties` widened): what each rejects, with its name and span, and what it keeps. (A side under
// attack or repelling one, `terrorism-military-object`, was dropped after the merge: it cost an event on muc4-tst1.)
import { describe, expect, it } from 'vitest';
import { run as coded } from './helpers/run.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => coded(text, { scope, published: '1989-11-20' });

/** The reject of a rule on a word of a text: [rule, the text at the span, its start]. */
function rejectOf(text: string, rule: string, scope: 'all' | 'terrorism' = 'terrorism') {
  return run(text, scope).rejected.find((x) => x[0] === rule) ?? null;
}

describe('period-tally, a past participle in a perfect clause over a period', () => {
  it('rejects the participle, with its span', () => {
    const text = 'DOZENS OF LIEUTENANTS HAVE BEEN WOUNDED OR KILLED IN THE LAST 10 DAYS.';
    const r = run(text).rejected.find((x) => x[0] === 'period-tally' && x[1] === 'KILLED');
    expect(r).toEqual(['period-tally', 'KILLED', text.indexOf('KILLED')]);
    expect(text.slice(r![2], r![2] + r![1].length)).toBe('KILLED');
    expect(run(text).triggers).toEqual([]);
  });
  it('rejects it under --scope all too (a clause rule)', () => {
    const text = 'Dozens of lieutenants have been wounded or killed in the last 10 days.';
    expect(run(text, 'all').rejected).toContainEqual(['period-tally', 'killed', text.indexOf('killed')]);
  });
  it('keeps a deed of the day, and the deed named by a noun beside a period', () => {
    expect(run('THREE POLICEMEN WERE KILLED IN LIMA LAST NIGHT.').triggers).toEqual(['KILLED']);
    const text = 'THE MEETING HAS BEEN SUSPENDED GIVEN THE EVENTS THAT HAVE OCCURRED IN THE LAST DAYS, PARTICULARLY THE KILLING OF 10 UNION MEMBERS AT THE FENASTRAS HEADQUARTERS ON TUESDAY.';
    expect(rejectOf(text, 'period-tally')).toBeNull();
  });
});

describe('terrorism-battle-casualties, hundreds or thousands as the deed\'s object', () => {
  it('rejects the deed, with its span, under --scope terrorism only', () => {
    const text = 'ARE THEY NOT CONNECTED TO THE DEATH SQUADS WHICH MURDERED HUNDREDS OF CITIZENS IN THE PAST FEW YEARS?';
    const r = rejectOf(text, 'terrorism-battle-casualties');
    expect(r).not.toBeNull();
    expect(r![1]).toBe('MURDERED');
    expect(text.slice(r![2], r![2] + r![1].length)).toBe('MURDERED');
    expect(rejectOf(text, 'terrorism-battle-casualties', 'all')).toBeNull();
  });
  it('keeps a deed with a figure of its own', () => {
    expect(run('Guerrillas murdered five peasants in the hamlet of San Jose on Sunday.').triggers).toEqual(['murdered']);
  });
});
