// MUC-4 casualty and weapon families, second pass (issue 13): victims unharmed, "the murder of the six Jesuits", a day
// before a month, "shot to death", named victims listed ("X AND Y WERE SHOT TO DEATH"), MUC charges and machine-guns, and the
// explosive of a story's sole bombing.
import { describe, expect, it } from 'vitest';
import { findCasualties, mergeCasualties } from '../src/core/extract/counts/index.js';
import { NAMED_DEATH_AFTER } from '../src/core/extract/counts/rules.js';
import { findWeapons } from '../src/core/extract/weapons/index.js';
import { extract } from '../src/core/index.js';

const fire = (text: string, rule: string) => findCasualties(text).filter((c) => c.rule === rule);
const merged = (text: string, kind: 'killed' | 'wounded') => mergeCasualties(findCasualties(text).filter((c) => c.kind === kind));
const events = (text: string, published: string) => extract(text, { published, explain: true }).events;

describe('counts.zero.unharmed', () => {
  it('a person who escaped unharmed: killed 0 and wounded 0, with the span of the phrase', () => {
    const text = 'SALVADORAN VICE PRESIDENT FRANCISCO MERINO ESCAPED UNHARMED FROM AN ATTACK TONIGHT.';
    const ms = fire(text, 'counts.zero.unharmed');
    expect(ms.map((m) => [m.kind, m.value])).toEqual([['killed', 0], ['wounded', 0]]);
    expect(ms[0]!.text).toBe('ESCAPED UNHARMED');
    expect(text.slice(ms[0]!.start, ms[0]!.end)).toBe('ESCAPED UNHARMED');
  });
  it('adds nobody to a figure of others, before or after it', () => {
    expect(merged('THE PRESIDENT WAS UNHARMED, BUT TWO POLICEMEN WERE KILLED.', 'killed')!.value).toBe(2);
    expect(merged('TWO POLICEMEN WERE KILLED. THE PRESIDENT WAS UNHARMED.', 'killed')!.value).toBe(2);
    expect(merged('THE PRESIDENT WAS UNHARMED, BUT TWO POLICEMEN WERE KILLED.', 'wounded')!.value).toBe(0);
  });
  it('"neither X nor Y were injured" is zero; a hostage released unharmed is no casualty figure', () => {
    expect(fire('HOWEVER, NEITHER TRUSHIN NOR HIS WIFE WERE INJURED.', 'counts.zero.unharmed').map((m) => m.value)).toEqual([0, 0]);
    expect(findCasualties('JAMES ARTHUR DONNELLY WAS RELEASED UNHARMED BY THE SUBVERSIVES.')).toEqual([]);
  });
  it('in a record: the attack on the vice president has killed 0 and wounded 0 under the rule', () => {
    const [e] = events('METAPAN, 9 SEP 89 (AFP) -- [TEXT] SALVADORAN VICE PRESIDENT FRANCISCO MERINO ESCAPED UNHARMED FROM AN ATTACK TONIGHT WHEN THE MOTORCADE HE WAS TRAVELLING IN WAS AMBUSHED BY A GUERRILLA COLUMN NEAR METAPAN.', '1989-09-09');
    expect(e!.killed).toMatchObject({ value: 0, text: 'ESCAPED UNHARMED' });
    expect(e!.wounded).toMatchObject({ value: 0 });
    expect(e!.explain?.killed).toContain('counts.zero.unharmed');
  });
});

describe('victims counted after "the", and not a date', () => {
  it('counts.killing_of: "the murder of the six Jesuits and two employees" is 8', () => {
    const [m] = fire('THE ONLY WITNESS IN THE MURDER OF THE SIX JESUITS AND TWO EMPLOYEES', 'counts.killing_of');
    expect(m).toMatchObject({ kind: 'killed', value: 8, text: 'MURDER OF THE SIX JESUITS AND TWO EMPLOYEES' });
    expect(m!.victims!.text).toBe('SIX JESUITS AND TWO EMPLOYEES');
  });
  it('"the murder of the minister" names no figure', () => {
    expect(fire('CONDEMNED THE MURDER OF THE MINISTER', 'counts.killing_of')).toEqual([]);
  });
  it('counts.passive_interposed: a day before a month is no victim ("16 NOVEMBER, SIX JESUIT PRIESTS …")', () => {
    const text = 'ON 16 NOVEMBER, SIX JESUIT PRIESTS AND TWO HUMBLE WOMEN WHO WORKED FOR THEM WERE BRUTALLY ASSASSINATED.';
    const ms = findCasualties(text).filter((c) => c.kind === 'killed');
    expect(ms.map((m) => [m.rule, m.value])).toEqual([['counts.passive_interposed', 8]]);
    expect(ms[0]!.victims!.text).toBe('SIX JESUIT PRIESTS AND TWO HUMBLE WOMEN');
    expect(findCasualties('ON 5 MAY 3 PEOPLE DIED.').map((m) => m.value)).toEqual([3]);
  });
  it('counts.passive: "shot to death" is a kill verb', () => {
    const [m] = findCasualties('THREE PEASANTS HAVE BEEN SHOT TO DEATH BY UNIDENTIFIED MEN.');
    expect(m).toMatchObject({ rule: 'counts.passive', kind: 'killed', value: 3, text: 'THREE PEASANTS HAVE BEEN SHOT TO DEATH' });
    expect(findCasualties('THREE PEASANTS WERE SHOT AT BY UNIDENTIFIED MEN.')).toEqual([]);
  });
});

describe('named-victims-killed for a list of names', () => {
  it('the first of two names before "were shot to death" reads the death phrase', () => {
    expect(NAMED_DEATH_AFTER.exec(' and ruben dario ramirez were shot to death by')?.groups?.death).toBe('were shot to death');
    expect(NAMED_DEATH_AFTER.exec(' and jose angel flores, members of the civil defense, were abducted and subsequently murdered')?.groups?.death).toBe('were abducted and subsequently murdered');
    expect(NAMED_DEATH_AFTER.exec(' and his wife were very happy. he was killed')).toBeNull();
    expect(NAMED_DEATH_AFTER.exec(' and ruben dario ramirez were shot at')).toBeNull();
  });
  it('in a record: two named victims shot to death are two, with the evidence of both', () => {
    const text = 'BOGOTA, 21 JAN 89 (DPA) -- [TEXT] IT WAS LEARNED THAT CRISTOBAL PEREZ AND RUBEN DARIO RAMIREZ WERE SHOT TO DEATH BY A GROUP OF HEAVILY ARMED MEN NEAR RIO BLANCO.';
    const e = events(text, '1989-01-21').find((x) => x.killed)!;
    expect(e.killed).toMatchObject({ value: 2, text: 'CRISTOBAL PEREZ AND RUBEN DARIO RAMIREZ WERE SHOT TO DEATH' });
    expect(text.slice(e.killed!.start, e.killed!.end)).toBe(e.killed!.text);
    expect(e.explain?.killed).toContain('named-victims-killed');
  });
});

describe('weapons: MUC charges and machine-guns', () => {
  const weapons = (text: string) => findWeapons(text, text.toLowerCase()).map((w) => [w.name, w.text, w.rule, w.count]);
  it('explosive and dynamite charges and sticks are explosives, with their count', () => {
    expect(weapons('BLOWN UP BY FOUR EXPLOSIVE CHARGES')).toEqual([['explosive', 'FOUR EXPLOSIVE CHARGES', 'w-explosive', 4]]);
    expect(weapons('HURLED DYNAMITE STICKS AT THE EMBASSY')).toEqual([['explosive', 'DYNAMITE STICKS', 'w-explosive', null]]);
  });
  it('a machine-gun is a rifle; a charge of a battery is no weapon', () => {
    expect(weapons('FIRED A MACHINE-GUN AT THE CAR')).toEqual([['rifle', 'A MACHINE-GUN', 'w-firearm', 1]]);
    expect(weapons('THE CHARGE WAS DROPPED')).toEqual([]);
  });
});

describe('weapon-sole-incident', () => {
  it("a story of one bombing takes the explosive named in a sentence outside the incident's", () => {
    const text =
      'LIMA, 30 MAR 89 -- [TEXT] A CARGO TRAIN RUNNING FROM LIMA TO LOROHIA WAS DERAILED BEFORE DAWN TODAY AFTER HITTING AN EXPLOSIVE CHARGE. INSPECTOR EULOGIO FLORES DIED IN THE EXPLOSION.';
    const [e] = events(text, '1989-03-30');
    expect(e!.type).toBe('bombing');
    expect(e!.weapons.map((w) => [w.name, w.text])).toEqual([['explosive', 'AN EXPLOSIVE CHARGE']]);
    expect(text.slice(e!.weapons[0]!.start, e!.weapons[0]!.end)).toBe(e!.weapons[0]!.text);
    expect(e!.explain?.weapons).toEqual(['weapon-sole-incident']);
  });
  it('no weapon for an incident that is no bombing, nor a gun for a bombing', () => {
    const shot = events('LIMA, 30 MAR 89 -- [TEXT] POLICE FOUND A RIFLE IN THE AREA. GUERRILLAS KIDNAPPED A BUSINESSMAN IN LIMA TODAY.', '1989-03-30');
    expect(shot.flatMap((e) => e.weapons)).toEqual([]);
    const bomb = events('LIMA, 30 MAR 89 -- [TEXT] THE GUERRILLAS CARRY RIFLES. A POWERFUL EXPLOSION DESTROYED A BANK IN LIMA TODAY.', '1989-03-30');
    expect(bomb.flatMap((e) => e.explain?.weapons ?? [])).not.toContain('weapon-sole-incident');
  });
});

describe('plural-victims-no-figure (assassination-implies-death)', () => {
  it('the murder of "the Jesuit priests" with no figure gives no killed; a named victim is one', () => {
    const plural = events('SAN SALVADOR, 20 NOV 89 (AFP) -- [TEXT] THE ARCHBISHOP CONDEMNED THE MURDER OF THE JESUIT PRIESTS IN SAN SALVADOR.', '1989-11-20');
    expect(plural.filter((e) => e.type === 'assassination').map((e) => e.killed)).toEqual([null]);
    const named = events('BOGOTA, 20 AUG 89 (AFP) -- [TEXT] GUNMEN TODAY MURDERED SENATOR LUIS CARLOS GALAN IN SOACHA.', '1989-08-20');
    const e = named.find((x) => x.type === 'assassination')!;
    expect(e.killed?.value).toBe(1);
    expect(e.explain?.killed).toEqual(expect.arrayContaining([expect.stringMatching(/^(named-victims-killed|assassination-implies-death|counts\.)/)]));
  });
});

describe('not-weapon-in-use (--scope terrorism)', () => {
  const text = 'PISCO, 23 SEP 88 -- [TEXT] APPROXIMATELY 20 TERRORISTS BARGED INTO THE PLANT ARMED WITH SUBMACHINEGUNS AND MOLOTOV COCKTAILS AND DYNAMITED SOME MACHINERY.';
  const lower = text.toLowerCase();
  it('weapons the attackers were armed with are rejected under the rule, in terrorism scope only', () => {
    const trace: { rule: string; action: string; text: string }[] = [];
    expect(findWeapons(text, lower, 0, text.length, trace as never, 'terrorism')).toEqual([]);
    expect(trace.map((t) => [t.rule, t.action, t.text])).toEqual([
      ['not-weapon-in-use', 'reject', 'SUBMACHINEGUNS'],
      ['not-weapon-in-use', 'reject', 'MOLOTOV COCKTAILS'],
    ]);
    expect(findWeapons(text, lower).map((w) => w.name)).toEqual(['rifle', 'bomb']);
  });
  it('a weapon thrown, not carried, stays', () => {
    const t = 'THE TERRORISTS HURLED DYNAMITE AT THE ARMED FORCES HEADQUARTERS.';
    expect(findWeapons(t, t.toLowerCase(), 0, t.length, undefined, 'terrorism').map((w) => [w.name, w.text])).toEqual([['explosive', 'DYNAMITE']]);
  });
});

describe('count layer rules (counts/layer-rules.ts): a tally over a period is no toll of the incident', () => {
  it('each record: its positive examples are skipped under its name, its negative ones are not', async () => {
    const { COUNT_LAYER_RULES } = await import('../src/core/extract/counts/layer-rules.js');
    const { Language } = await import('../src/core/lang/layer.js');
    const { splitSentences } = await import('../src/core/text.js');
    const { firstRule, viewOf } = await import('../src/core/lang/match.js');
    const skip = (t: string) => {
      const lang = new Language(t, splitSentences(t));
      const cued = COUNT_LAYER_RULES.filter((r) => r.cue.test(t.toLowerCase()));
      return findCasualties(t).map((c) => firstRule(cued, viewOf(lang, 0, c.start, c.end))?.name ?? null);
    };
    expect(new Set(COUNT_LAYER_RULES.map((r) => r.name))).toEqual(new Set(['counts.tally']));
    for (const r of COUNT_LAYER_RULES) {
      for (const y of r.examples.pos) expect(skip(y), y).toContain(r.name);
      for (const n of r.examples.neg) expect(skip(n).filter((x) => x !== null), n).toEqual([]);
    }
  });
  it('in a record: "so far, two deputies have been murdered … in less than 15 days" leaves the figure out, traced', () => {
    const text = 'LIMA, 5 JUN 89 (EFE) -- [TEXT] DEPUTY JOSE GARCIA WAS MURDERED TODAY IN LIMA. SO FAR, TWO DEPUTIES HAVE BEEN MURDERED IN A COWARDLY FASHION BY TERRORISTS IN LESS THAN 15 DAYS.';
    const r = extract(text, { published: '1989-06-05', explain: true, scope: 'terrorism' });
    expect(r.events.every((e) => e.killed?.value !== 2)).toBe(true);
    const rejects = (r.trace ?? []).filter((t) => t.rule === 'counts.tally');
    expect(rejects.map((t) => [t.action, t.text])).toEqual([['reject', 'TWO DEPUTIES HAVE BEEN MURDERED']]);
    expect(text.slice(rejects[0]!.start, rejects[0]!.end)).toBe(rejects[0]!.text);
  });
  it('outside --scope terrorism a tally keeps its figure ("have killed at least 412 civilians since January")', () => {
    const text = 'OUAGADOUGOU, Burkina Faso (AP) — Attacks by jihadi rebels have killed at least 412 civilians in Burkina Faso since January, a coalition of local rights groups said Thursday.';
    const r = extract(text, { published: '2023-06-01', explain: true });
    expect(r.events.map((e) => e.killed?.value)).toContain(412);
    expect((r.trace ?? []).filter((t) => t.rule.startsWith('counts.tally'))).toEqual([]);
  });
  it('a toll of this incident in the perfect stays ("three people have been killed in the attack")', () => {
    const text = 'LIMA, 5 JUN 89 (EFE) -- [TEXT] THREE PEOPLE HAVE BEEN KILLED IN A DYNAMITE ATTACK ON A BANK IN LIMA TODAY.';
    const [e] = extract(text, { published: '1989-06-05', explain: true, scope: 'terrorism' }).events;
    expect(e!.killed).toMatchObject({ value: 3, text: 'THREE PEOPLE HAVE BEEN KILLED' });
  });
});
