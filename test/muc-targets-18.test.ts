// MUC-4 targets (muc-targets-18): a police or military force right before a person's title is the person's modifier,
// no target of its own (`actor-dict`, forceBeforeTitle): values, spans and the rules that fired, with a negative case.
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/core/extract/actors/index.js';
import { events, expectTarget, target } from './helpers/targets.js';

const HEAD = 'LIMA, 30 OCT 89 (EFE) -- [TEXT] ';

describe('actor-dict: a force before a title is no party', () => {
  const text = `${HEAD}A SHINING PATH COMMANDO SHOT DEAD PERUVIAN NATIONAL POLICE SERGEANT LUIS CACERES TAVARA, 24.`;
  it('the titled person is the target, not the police', () => {
    const es = events(text);
    expect(target(es, 'NATIONAL POLICE')).toBeNull();
    expect(target(es, 'POLICE')).toBeNull();
    const t = target(es, 'LUIS CACERES TAVARA')!;
    expect(t).not.toBeNull();
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.rule).toBe('object-target');
  });
  it('no police mention from the dictionary before the title', () => {
    expect(findActors(text).some((a) => a.name === 'Police')).toBe(false);
  });
  it('the force itself stays a target when no title follows', () => {
    const t = `${HEAD}SHINING PATH TERRORISTS ATTACKED THE NATIONAL POLICE IN AYACUCHO.`;
    const es = events(t);
    const hit = target(es, 'NATIONAL POLICE');
    expect(hit).not.toBeNull();
    expect(t.slice(hit!.start, hit!.end)).toBe('NATIONAL POLICE');
    expect(findActors(t).some((a) => a.name === 'Police' && a.rule === 'actor-dict:Police')).toBe(true);
  });
});

describe('actor-dict: a force before a bare title stands for the titled person', () => {
  const text = `${HEAD}AFTER THE KILLINGS OF A JUDGE, A POLICE COMMANDER, AND A SENATOR, THE GOVERNMENT ACTED.`;
  it('the police stay a mention before a title with no name', () => {
    const a = findActors(text).find((m) => m.name === 'Police');
    expect(a?.rule).toBe('actor-dict:Police');
    expect(text.slice(a!.start, a!.end)).toBe(a!.text);
  });
});

describe('actor-dict: in an upper-case wire, the word after the title must be a name (truecased)', () => {
  const text = 'MEDELLIN, 18 AUG 89 -- [TEXT] THE GUERRILLAS MURDERED THE POLICE COMMANDER THIS MORNING IN SALASAN.';
  it('"THE POLICE COMMANDER THIS MORNING": the police stay a target and the murder is kept', () => {
    const es = events(text);
    const t = target(es, 'THE POLICE');
    expect(t).not.toBeNull();
    expect(text.slice(t!.start, t!.end)).toBe('THE POLICE');
    expect(es.map((e) => e.trigger.text)).toEqual(['MURDERED']);
  });
});
