// MUC-4 casualty families, sixth pass: a named victim's death told at a later mention of the name, persons named in a row
// after a kill word, "one of the persons killed" (no toll), "one of his bodyguards" (others than the named victim), nobody
// hurt ("escaped injury", "was not injured", "not a single person was killed"), a named person wounded by an active verb.
import { describe, expect, it } from 'vitest';
import { findCasualties, mergeCasualties } from '../src/core/extract/counts/index.js';
import { NAMED_LATER_MENTION, VICTIM_LIST_KILLED } from '../src/core/extract/counts/rules.js';
import { extract } from '../src/core/index.js';

const fire = (text: string, rule: string) => findCasualties(text).filter((c) => c.rule === rule);
const merged = (text: string, kind: 'killed' | 'wounded') => mergeCasualties(findCasualties(text).filter((c) => c.kind === kind));
const events = (text: string, published: string) => extract(text, { published, explain: true, scope: 'terrorism' }).events;
const spanOk = (text: string, c: { text: string; start: number; end: number } | null) => expect(c && text.slice(c.start, c.end)).toBe(c?.text);

describe('named-victim-later-mention', () => {
  const text =
    'SAN SALVADOR, 18 MAR 89 (AFP) -- [TEXT] SOLDIERS FIRED AT A CAR CARRYING JOURNALIST ROBERTO NAVAS AND PHOTOGRAPHER LUIS GALDAMEZ TODAY. ' +
    'THE SOLDIERS DID NOT STOP. NAVAS DIED AND GALDAMEZ WAS SERIOUSLY INJURED.';
  it('the surname alone, later, tells the death and the wound: one each, with their spans', () => {
    const e = events(text, '1989-03-18').find((x) => x.killed)!;
    expect(e.killed).toMatchObject({ value: 1, text: 'NAVAS DIED' });
    expect(e.wounded).toMatchObject({ value: 1, text: 'GALDAMEZ WAS SERIOUSLY INJURED' });
    spanOk(text, e.killed);
    spanOk(text, e.wounded);
    expect(e.explain?.killed).toEqual([NAMED_LATER_MENTION.name]);
    expect(e.explain?.wounded).toEqual([NAMED_LATER_MENTION.name]);
  });
  it('another given name before the surname is another person: no death', () => {
    const other = text.replace('NAVAS DIED AND GALDAMEZ WAS SERIOUSLY INJURED', 'JUAN NAVAS DIED LAST YEAR');
    const e = events(other, '1989-03-18')[0]!;
    expect(e.killed).toBeNull();
    expect(e.explain?.killed ?? []).not.toContain(NAMED_LATER_MENTION.name);
  });
  it('its record: a surname read alone after a clause start or a title, not after another word', () => {
    expect(NAMED_LATER_MENTION.before.test('the soldiers did not stop. ')).toBe(true);
    expect(NAMED_LATER_MENTION.before.test('juan ')).toBe(false);
  });
});

describe('victim-list-killed', () => {
  const text =
    "BUENOS AIRES, 25 AUG 89 (TELAM) -- [TEXT] THE ARGENTINE DELEGATE REPUDIATED THE CRIMINAL ATTACKS AGAINST MEMBERS OF COLOMBIA'S JUDICIAL BRANCH, " +
    'ESPECIALLY THE MURDERS OF JUDGE CARLOS VALENCIA GARCIA, COLONEL WALDEMAR FRANKLIN QUINTERO, AND SENATOR LUIS CARLOS GALAN.';
  it('the person targets named in a row after a kill word are one death each, spanning the list', () => {
    const e = events(text, '1989-08-25').find((x) => x.killed)!;
    expect(e.explain?.killed).toEqual([VICTIM_LIST_KILLED.name]);
    expect(e.killed!.value).toBeGreaterThanOrEqual(2);
    expect(e.killed!.text.startsWith('MURDERS OF JUDGE CARLOS VALENCIA GARCIA')).toBe(true);
    spanOk(text, e.killed);
  });
  it('a passive kill word is no object list: "WERE KILLED AND CARLOS MENDOZA … WAS WOUNDED"', () => {
    const t =
      'SAN SALVADOR, 19 APR 89 (AFP) -- [TEXT] IN OTHER ATTACKS, GUERRILLA DESERTER MIGUEL CASTELLANOS AND FRANCISCO PECORRINI WERE KILLED AND CARLOS MENDOZA, CHIEF EDITOR OF ANALISIS MAGAZINE, WAS WOUNDED.';
    for (const e of events(t, '1989-04-19')) expect(e.explain?.killed ?? []).not.toContain(VICTIM_LIST_KILLED.name);
  });
  it('its record: the first gap takes a title, not "and"; a gap with a verb stops the list', () => {
    expect(VICTIM_LIST_KILLED.first.test(' of senator ')).toBe(true);
    expect(VICTIM_LIST_KILLED.first.test(' and ')).toBe(false);
    expect(VICTIM_LIST_KILLED.stop.test(' and wounded councilman ')).toBe(true);
  });
});

describe('partitive-skip of a participle, counts.additive of "one of his"', () => {
  it('"one of the persons killed was …" gives no toll; "one person was killed" does', () => {
    expect(findCasualties('ONE OF THE PERSONS KILLED WAS IDENTIFIED AS JUAN PEREZ.').filter((c) => c.kind === 'killed')).toEqual([]);
    expect(fire('ONE PERSON WAS KILLED IN THE ATTACK.', 'counts.passive').map((c) => c.value)).toEqual([1]);
  });
  it('"one of his bodyguards" counts others than the named victim; "one of the bodyguards" with an auxiliary is a figure', () => {
    expect(findCasualties('ONE OF HIS BODYGUARDS WAS KILLED.').map((c) => [c.kind, c.value, c.additive])).toEqual([['killed', 1, true]]);
    expect(findCasualties('TWO PERSONS WERE KILLED.').map((c) => [c.kind, c.value, c.additive])).toEqual([['killed', 2, undefined]]);
  });
});

describe('nobody hurt', () => {
  it('"not a single person was killed" is killed 0 under counts.zero', () => {
    const text = 'NOT A SINGLE PERSON WAS KILLED IN MEDELLIN.';
    const [m] = fire(text, 'counts.zero');
    expect(m).toMatchObject({ kind: 'killed', value: 0, text: 'NOT A SINGLE PERSON WAS KILLED' });
    spanOk(text, m!);
    expect(fire('A SINGLE PERSON WAS KILLED IN MEDELLIN.', 'counts.zero')).toEqual([]);
  });
  it('"escaped injury", "was not injured": a zero of others, which leaves a figure of others as it is', () => {
    expect(fire('THE THREE POLICEMEN WHO WERE INSIDE ESCAPED INJURY.', 'counts.zero.unharmed').map((c) => [c.kind, c.value])).toEqual([['killed', 0], ['wounded', 0]]);
    const text = 'A CAR BOMB EXPLODED, KILLING ONE PERSON AND INJURING FIVE OTHERS. POLICE OFFICERS GUARDING THE MINISTRY WERE NOT INJURED.';
    expect(merged(text, 'wounded')).toMatchObject({ value: 5, low: 5, high: 5, text: 'INJURING FIVE OTHERS' });
    expect(fire('THE MAYOR WAS NOT INJURED BUT HIS DRIVER DIED.', 'counts.zero.unharmed')).toEqual([]);
  });
});

describe('counts.named_victim: wounded by an active verb, a role with no article', () => {
  it('"WOUNDED MAURICIO GUTIERREZ CASTRO, PRESIDENT OF THE SUPREME COURT" is one wounded', () => {
    const text = 'A GROUP OF UNIDENTIFIED PERSONS THIS EVENING WOUNDED MAURICIO GUTIERREZ CASTRO, PRESIDENT OF THE SUPREME COURT OF JUSTICE.';
    const [m] = fire(text, 'counts.named_victim');
    expect(m).toMatchObject({ kind: 'wounded', value: 1 });
    spanOk(text, m!);
    expect(fire('THE BOMB KILLED THREE, A POLICE OFFICER SAID.', 'counts.named_victim')).toEqual([]);
  });
});
