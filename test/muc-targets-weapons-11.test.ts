// MUC-4 targets and weapons (muc-targets-weapons-11): the subject before an apposition behind an opening phrase, lists
// whose items hold commas cut by semicolons, a people noun that names an organisation, civilians named by "by", and
// "bomb" the verb: values, spans and the rules that fired, with negative cases.
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/core/extract/actors/index.js';
import { WEAPON_SENSE_RULES } from '../src/core/extract/weapons/lexicon.js';
import { truecase } from '../src/core/lang/truecase.js';
import { weaponsOf } from './helpers/weapons.js';
import { events, expectTarget, target } from './helpers/targets.js';

const HEAD = 'BOGOTA, 9 JAN 90 (EFE) -- [TEXT] ';

describe('appositive-passive-subject behind an opening phrase', () => {
  it('a date phrase before the subject: the person, not the date', () => {
    expectTarget(`${HEAD}ON 5 JANUARY, CARLOS JULIO TORRADO, MAYOR OF ABREGO IN THE NORTHEASTERN DEPARTMENT OF SANTANDER, WAS KILLED BY ELN GUERRILLAS.`, 'CARLOS JULIO TORRADO', 'appositive-passive-subject');
  });
  it('an adverb before the subject', () => {
    expectTarget(`${HEAD}MEANWHILE, CONGRESSMAN MANUEL FRANCISCO MADERO, A CONSERVATIVE PARTY REPRESENTATIVE IN CONGRESS FOR THE DEPARTMENT OF META, WAS ASSASSINATED IN BOGOTA.`, 'MANUEL FRANCISCO MADERO', 'appositive-passive-subject');
  });
  it('not the speaker of a clause that reports the killing', () => {
    const es = events(`${HEAD}ON 5 JANUARY, CARLOS JULIO TORRADO SAID THAT THE MAYOR OF ABREGO, A LIBERAL, WAS KILLED BY ELN GUERRILLAS.`);
    expect(target(es, 'CARLOS JULIO TORRADO')).toBeNull();
  });
});

describe('coordinated-target: a list whose items hold commas, cut by semicolons', () => {
  const text = `${HEAD}TORRADO'S SON, WILLIAM; GUSTAVO JACOME QUINTERO, THE DEPARTMENTAL GOVERNMENT SECRETARY; AND BODYGUARD JAIRO ORTEGA, WERE ALSO KILLED BY ELN GUERRILLAS.`;
  it('every person named in the list', () => {
    const es = events(text);
    expect(target(es, 'JAIRO ORTEGA')?.rule).toBe('passive-subject');
    expectTarget(text, 'GUSTAVO JACOME QUINTERO', 'coordinated-target');
  });
  it('not the subject of a clause after a semicolon', () => {
    const es = events(`${HEAD}JAIRO ORTEGA WAS KILLED BY ELN GUERRILLAS; GUSTAVO JACOME QUINTERO CONDEMNED THE CRIME.`);
    expect(target(es, 'JAIRO ORTEGA')).not.toBeNull();
    expect(target(es, 'GUSTAVO JACOME QUINTERO')).toBeNull();
  });
});

describe('a people noun that names an organisation is no party', () => {
  const texts = (t: string) => findActors(truecase(t)).map((a) => t.slice(a.start, a.end));
  it('the expansion of an acronym: no "Salvadoran workers"', () => {
    const t = `${HEAD}THE FMLN CONDEMNED THE ATTACK AGAINST FENASTRAS [SALVADORAN WORKERS NATIONAL UNION FEDERATION] IN SAN SALVADOR.`;
    expect(texts(t).some((x) => /WORKERS/.test(x))).toBe(false);
  });
  it("a political front named after its people: no \"people\"", () => {
    const t = `${HEAD}ALLEGED COMMANDOS OF THE "CINCHONERO" PEOPLE'S LIBERATION FRONT MACHINEGUNNED RETIRED GENERAL GUSTAVO ALVAREZ MARTINEZ.`;
    expect(texts(t).some((x) => /PEOPLE/.test(x))).toBe(false);
  });
  it('the people themselves stay a party', () => {
    const t = `${HEAD}TWO SALVADORAN WORKERS WERE KILLED AND THE UNION CONDEMNED THE CRIME.`;
    expect(texts(t)).toContain('SALVADORAN WORKERS');
  });
});

describe('by-agent: civilians named by "by" are no targets (muc-attackers-11 keeps them as attackers)', () => {
  const text = `${HEAD}POLICEMAN LUIS CASTRO ROMAN WAS SHOT BY ONE OF THE DEMONSTRATORS.`;
  it('the policeman is the target, not the demonstrators', () => {
    const es = events(text);
    expect(target(es, 'LUIS CASTRO ROMAN')).not.toBeNull();
    expect(target(es, 'DEMONSTRATORS')).toBeNull();
  });
});

describe('not-weapon-of-another-sense: "bomb" the verb', () => {
  const rule = WEAPON_SENSE_RULES.find((r) => r.name === 'not-weapon-of-another-sense' && r.match.head)!;
  for (const s of rule.examples.pos) {
    it(`rejects the verb of: ${s.slice(0, 70)}`, () => {
      const { found, rejected } = weaponsOf(s);
      expect(found).toEqual([]);
      expect(rejected).toEqual([['not-weapon-of-another-sense', 'BOMB']]);
    });
  }
  for (const s of rule.examples.neg) {
    it(`keeps the device of: ${s.slice(0, 70)}`, () => {
      const { found, rejected } = weaponsOf(s);
      expect(found.map((w) => w.name)).toEqual(['bomb']);
      expect(rejected).toEqual([]);
    });
  }
  for (const s of ['THE DAMAGE WAS DUE TO BOMB ATTACKS IN THE CITY.', 'THE POLICE SAID THAT BOMB WAS DEFUSED.']) {
    it(`keeps the noun the layer tags, after a word that may open a verb: ${s}`, () => {
      expect(weaponsOf(s).found.map((w) => w.name)).toEqual(['bomb']);
    });
  }
  it('the event of a bombing by aircraft has no bomb for a weapon', () => {
    const es = events('TEGUCIGALPA, 22 FEB 90 (ACAN-EFE) -- [TEXT] THE SANDINIST AIR FORCE USED AIRPLANES AND HELICOPTERS TO BOMB SEVERAL COMMUNITIES IN ZELAYA, KILLING TWO PEASANTS.');
    expect(es.flatMap((e) => e.weapons.map((w) => w.name))).not.toContain('bomb');
  });
});
