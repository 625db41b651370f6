// Killed and wounded counts (counts-3): "none of" a group hurt is a zero of that group, not a figure of it.
import { describe, expect, it } from 'vitest';
import { figures, spansHold } from './helpers/counts.js';

describe('counts.zero: none of a group was hurt', () => {
  it('a victim list with a relative clause between commas (DEV-MUC3-0841) is no figure of 100 wounded', () => {
    const t = "TOJEIRA TOLD ACAN - EFE THAT A ROCKET HIT EL DESPERTAR BUT THAT NONE OF THE 4 PRIESTS AND APPROXIMATELY 100 REFUGEES, WHO HAVE BEEN THERE SINCE LAST WEEK'S BLOODY CONFRONTATIONS, WAS HURT.";
    expect(figures(t)).toEqual([['wounded', 0, "NONE OF THE 4 PRIESTS AND APPROXIMATELY 100 REFUGEES, WHO HAVE BEEN THERE SINCE LAST WEEK'S BLOODY CONFRONTATIONS, WAS HURT", 'counts.zero']]);
    expect(spansHold(t)).toBe(true);
  });
  it('a noun with no figure, and the killed', () => {
    expect(figures('The ship was hit but none of the crew was hurt.')).toEqual([['wounded', 0, 'none of the crew was hurt', 'counts.zero']]);
    expect(figures('None of the 30 passengers were killed.')).toEqual([['killed', 0, 'None of the 30 passengers were killed', 'counts.zero']]);
  });
  it('not a group none of whom is said to be hurt', () => {
    expect(figures('None of the victims was identified, but two of them were killed.')).toEqual([['killed', 2, 'two of them were killed', 'counts.passive']]);
  });
});

describe('a stab not said to kill is a wound', () => {
  it('an active and a passive stab, with their figures', () => {
    expect(figures('A man stabbed three people at a street festival.')).toEqual([['wounded', 3, 'stabbed three people', 'counts.active']]);
    expect(figures('We are appealing for witnesses after a man was stabbed in Digbeth on Sunday.')).toEqual([['wounded', 1, 'a man was stabbed', 'counts.passive']]);
  });
  it('stabbed to death is a death, not a wound', () => {
    expect(figures('Two men were stabbed to death in Croydon.')).toEqual([['killed', 2, 'Two men were stabbed to death', 'counts.passive']]);
    expect(figures('He was stabbed in the neck.')).toEqual([]);
  });
});

describe('named-victims-wounded: a person named who was shot, not said to die', () => {
  it('"SENATOR …, WAS SHOT" with "TWO OTHER PERSONS WERE WOUNDED" is three wounded (DEV-MUC3-0351)', async () => {
    const { extract } = await import('../src/core/index.js');
    const text = 'BOGOTA, 18 AUG 89 (EFE) -- [TEXT] SENATOR LUIS CARLOS GALAN, LIBERAL PARTY PRESIDENTIAL HOPEFUL, WAS SHOT THIS EVENING WHEN HE WAS ABOUT TO GIVE A SPEECH AT MAIN SQUARE OF SOACHA. TWO OTHER PERSONS WERE WOUNDED DURING THE ATTACK.';
    const [e] = extract(text, { published: '1989-08-18', explain: true, scope: 'terrorism' }).events;
    expect(e!.wounded).toMatchObject({ value: 3 });
    expect(e!.explain?.wounded).toContain('named-plus-others');
  });
  it('not one shot dead', async () => {
    const { NAMED_WOUND_AFTER } = await import('../src/core/extract/counts/rules.js');
    expect(NAMED_WOUND_AFTER.test(' WAS SHOT THIS EVENING'.toLowerCase())).toBe(true);
    expect(NAMED_WOUND_AFTER.test(' was shot dead on sunday')).toBe(false);
    expect(NAMED_WOUND_AFTER.test(' was shot to death')).toBe(false);
  });
});
