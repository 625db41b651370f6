// MUC-4 events we missed: a bare plural told as done in the past ("attacks on voting tables were reported in …") is no
// generic mention (`generic-bare-plural` narrowed, events/index.ts IMPACT_AFTER); a deed told in a clause of its own after
// the word of an investigation or a charge is no judged crime (`judged-or-investigated` narrowed, lexicon.ts
// JUDGED_TOLD_APART).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1989-03-20'): ArticleResult => extract(text, { published, explain: true, scope: 'terrorism' });
const rejected = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule && f.action === 'reject').map((f) => f.text);
const spansOk = (r: ArticleResult, text: string) => {
  for (const e of r.events) {
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    for (const t of e.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
  }
};

describe('generic-bare-plural: a bare plural told as done in the past is an incident', () => {
  it('codes "attacks on voting tables were reported in Chalatenango"', () => {
    const text = 'SAN SALVADOR, 20 MAR 89 (RADIO) -- Attacks on voting tables were reported in Chalatenango yesterday.';
    const r = code(text);
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['attack', 'Attacks']]);
    expect(rejected(r, 'generic-bare-plural')).toEqual([]);
    spansOk(r, text);
  });
  it('codes "bomb attacks were also carried out against the state energy company"', () => {
    const text = 'LIMA, 5 OCT 89 (EFE) -- Bomb attacks were also carried out against the state energy company in Ayacucho.';
    const r = code(text, '1989-10-05');
    expect(r.events.map((e) => e.type)).toEqual(['bombing']);
    expect(r.events[0]!.trigger.text).toBe('Bomb attacks');
    expect(rejected(r, 'generic-bare-plural')).toEqual([]);
    spansOk(r, text);
  });
  it('codes "terrorist bombs were set off" last night', () => {
    const text = 'GUATEMALA CITY, 19 MAY 90 (DPA) -- Last night, there were new disturbances and terrorist bombs were set off.';
    const r = code(text, '1990-05-19');
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['bombing', 'bombs']]);
    expect(r.events[0]!.date?.value).toBe('1990-05-18');
    spansOk(r, text);
  });
  it('still reads a bare plural told as going on or in general as generic', () => {
    for (const text of [
      'SAN SALVADOR, 20 MAR 89 (RADIO) -- Attacks against vehicles continue to be reported in various parts of the interior.',
      'SAN SALVADOR, 20 MAR 89 (RADIO) -- Bomb attacks on shopping centers in San Salvador are less frequent.',
    ]) {
      const r = code(text);
      expect(r.events).toEqual([]);
      expect(rejected(r, 'generic-bare-plural').length).toBeGreaterThan(0);
    }
  });
});

describe('judged-or-investigated: a deed told in a clause of its own after an investigation or a charge', () => {
  it('codes "investigating a murder after a man … was shot dead"', () => {
    const text = 'STOCKHOLM, 28 September 2023 — Police are investigating a murder after a man in his 20s was shot dead in Tensta on Wednesday evening.';
    const r = code(text, '2023-09-28');
    expect(rejected(r, 'judged-or-investigated')).toEqual([]);
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.events.some((e) => e.killed?.value === 1)).toBe(true);
    spansOk(r, text);
  });
  it('codes "two other peasants, who were accused of helping the police, have been shot to death"', () => {
    const text = 'BOGOTA, 4 MAR 90 (EFE) -- Two other peasants, who were accused of helping the police, have been shot to death by ELN members in Barbacoas.';
    const r = code(text, '1990-03-04');
    expect(rejected(r, 'judged-or-investigated')).toEqual([]);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.trigger.text).toBe('shot');
    expect(r.events[0]!.killed?.value).toBe(2);
    spansOk(r, text);
  });
  it('reads the toll of "the attack that killed 10 trade union members" the government will investigate', () => {
    const text = 'SAN SALVADOR, 3 NOV 89 (ACAN-EFE) -- Cristiani said his government investigated the circumstances of the attack that killed 10 trade union members on 31 October.';
    const r = code(text, '1989-11-03');
    expect(rejected(r, 'judged-or-investigated')).toEqual([]);
    expect(r.events.map((e) => e.killed?.value)).toEqual([10]);
    spansOk(r, text);
  });
  it('codes the deed a commission was set up to solve, and what the Criminal Investigations Commission reports', () => {
    const solve = 'GUATEMALA CITY, 28 JAN 90 (EFE) -- Cerezo will supervise the commission created last week to solve the double murder perpetrated on 19 January.';
    const r = code(solve, '1990-01-28');
    expect(rejected(r, 'judged-or-investigated')).toEqual([]);
    expect(r.events.map((e) => [e.type, e.trigger.text, e.date?.value])).toEqual([['assassination', 'murder', '1990-01-19']]);
    spansOk(r, solve);
    const body = 'SAN SALVADOR, 24 NOV 87 (EFE) -- Samayoa, chairman of the Criminal Investigations Commission, reported today on the murder of Msgr Oscar Arnulfo Romero.';
    const b = code(body, '1987-11-24');
    expect(rejected(b, 'judged-or-investigated')).toEqual([]);
    expect(b.events.map((e) => [e.type, e.trigger.text])).toEqual([['assassination', 'murder']]);
    spansOk(b, body);
  });
  it('codes "last Thursday\'s murder" an investigation is to clarify', () => {
    const text = 'MADRID, 20 NOV 89 (EFE) -- The government seems ready to carry out the investigation requested by Spain to clarify last Thursday\'s murder of eight people.';
    const r = code(text, '1989-11-20');
    expect(rejected(r, 'judged-or-investigated')).toEqual([]);
    expect(r.events.map((e) => [e.type, e.trigger.text, e.date?.value])).toEqual([['assassination', 'murder', '1989-11-16']]);
    spansOk(r, text);
  });
  it('still rejects a deed an investigation or a solving is about, further on', () => {
    for (const text of [
      'SAN SALVADOR, 18 NOV 89 (EFE) -- The commission will help solve the crimes of the past decade, including the murder of a judge.',
      'SAN SALVADOR, 18 NOV 89 (EFE) -- The judge said the investigation of the case is proceeding and that the killing of the mayor is a priority.',
    ]) {
      const r = code(text, '1989-11-18');
      expect(r.events).toEqual([]);
      expect(rejected(r, 'judged-or-investigated').length).toBeGreaterThan(0);
    }
  });
  it('still rejects the crime a charge or a trial names', () => {
    for (const text of [
      'TEGUCIGALPA, 18 NOV 89 (EFE) -- He is accused of killing a businessman.',
      'SAN SALVADOR, 26 APR 89 (AFP) -- The court sentenced the soldier to 30 years for the murder of a peasant.',
      'BOGOTA, 18 NOV 89 (EFE) -- They were charged with the murder of a judge, which shocked the nation.',
    ]) {
      const r = code(text, '1989-11-18');
      expect(r.events).toEqual([]);
      expect(rejected(r, 'judged-or-investigated').length).toBeGreaterThan(0);
    }
  });
});
