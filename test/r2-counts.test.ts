// Killed and wounded counts (r2-counts): an age is no figure, a singular role after "and his/her" ends a list as one more.
import { describe, expect, it } from 'vitest';
import { figures, spansHold } from './helpers/counts.js';

describe('an age after the noun is no figure of victims', () => {
  it('"a man aged about 25 was shot dead" is one death', () => {
    const t = 'Detectives have launched a murder investigation after a man aged about 25 was shot dead outside a block of flats.';
    expect(figures(t)).toEqual([['killed', 1, 'a man aged about 25 was shot dead', 'counts.passive']]);
    expect(spansHold(t)).toBe(true);
  });
  it('a figure not after "aged" still counts; "damaged" is no "aged"', () => {
    expect(figures('About 25 were shot dead outside the flats.')).toEqual([['killed', 25, 'About 25 were shot dead', 'counts.passive']]);
    expect(figures('A woman aged 40 was wounded.')).toEqual([['wounded', 1, 'A woman aged 40 was wounded', 'counts.passive']]);
  });
});

describe('counts.lead-one at a list\'s end: a singular role after a possessive is one more victim', () => {
  it('"killing the driver and his assistant" is two', () => {
    const t = 'Gunmen attacked a truck carrying food aid on Wednesday, killing the driver and his assistant, officials said.';
    expect(figures(t)).toEqual([['killed', 2, 'killing the driver and his assistant', 'counts.role_victim']]);
    expect(spansHold(t)).toBe(true);
  });
  it('"THE MURDER OF THE SIX JESUITS, A WOMAN, AND HER DAUGHTER" is eight', () => {
    const t = 'HE STATED THAT THE MURDER OF THE SIX JESUITS, A WOMAN, AND HER DAUGHTER WAS AN ACTION BY THE ARMED FORCES.';
    expect(figures(t)).toEqual([['killed', 8, 'MURDER OF THE SIX JESUITS, A WOMAN, AND HER DAUGHTER', 'counts.killing_of']]);
    expect(spansHold(t)).toBe(true);
  });
  it('a plural or counted group after the possessive is no tail of one', () => {
    expect(figures('killing the driver and his two bodyguards.')).not.toContainEqual(['killed', 2, 'killing the driver and his two bodyguards', 'counts.role_victim']);
    expect(figures('The bomb killed the driver and his colleagues.')).toEqual([['killed', 1, 'killed the driver', 'counts.role_victim']]);
  });
});

describe('counts.active: not the attackers a force killed', () => {
  it('"killing all three" with no force the subject is a toll', () => {
    const t = 'The missile hit the car, killing all three.';
    expect(figures(t)).toEqual([['killed', 3, 'killing all three', 'counts.active']]);
    expect(spansHold(t)).toBe(true);
  });
});

describe('named-plus-others: wounded "others" just after a death are others than the dead', () => {
  it('"killed a teacher and seriously wounded three other people" is three wounded, the stabbed teacher not added (ND2-041)', async () => {
    const { extract } = await import('../src/core/index.js');
    const text = 'A man armed with a knife killed a teacher and seriously wounded three other people at a secondary school in the northern French city of Arras on Friday, prosecutors said.\n\nThe victim, Dominique Bernard, a French literature teacher, was stabbed in the courtyard of the school shortly before 11am.';
    const [e] = extract(text, { published: '2023-10-14', explain: true }).events;
    expect(e!.wounded).toMatchObject({ value: 3, text: 'wounded three other people' });
    expect(text.slice(e!.wounded!.start, e!.wounded!.end)).toBe(e!.wounded!.text);
    expect(e!.explain?.wounded).toContain('counts.active');
    expect(e!.explain?.wounded).not.toContain('named-plus-others');
  });
  it('others told apart from the death still add the named victim (DEV-MUC3-0351)', async () => {
    const { extract } = await import('../src/core/index.js');
    const text = 'BOGOTA, 18 AUG 89 (EFE) -- [TEXT] SENATOR LUIS CARLOS GALAN, LIBERAL PARTY PRESIDENTIAL HOPEFUL, WAS SHOT THIS EVENING WHEN HE WAS ABOUT TO GIVE A SPEECH AT MAIN SQUARE OF SOACHA. TWO OTHER PERSONS WERE WOUNDED DURING THE ATTACK.';
    const [e] = extract(text, { published: '1989-08-18', explain: true, scope: 'terrorism' }).events;
    expect(e!.wounded).toMatchObject({ value: 3 });
    expect(e!.explain?.wounded).toContain('named-plus-others');
  });
});
