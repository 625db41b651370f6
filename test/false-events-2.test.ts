// False events on MUC-4 (muc4-dev, --scope terrorism), second pass: what is to
// stop ("cease all bombing"), a pattern told in the perfect passive with a bare
// plural ("journalists have been murdered"), fire on an armed side's positions,
// and an incident named again ("this is the fifth dynamite attack"). Each rule
// by its name and the span it fired on, what it drops and what it keeps.
import { describe, expect, it } from 'vitest';
import { Language } from '../src/core/lang/layer.js';
import { spanMatches, viewOf } from '../src/core/lang/match.js';
import { splitSentences } from '../src/core/text.js';
import { extract } from '../src/core/index.js';

const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => {
  const res = extract(text, { published: '1989-11-20', scope, explain: true });
  return {
    triggers: res.events.map((e) => e.trigger.text),
    rejected: (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text]),
    fixes: (res.trace ?? []).filter((f) => f.rule.startsWith('tag-')).map((f) => [f.rule, f.text]),
  };
};
const names = (r: { rejected: string[][] }) => r.rejected.map((x) => x[0]);

describe('ceased-or-renounced', () => {
  it('drops what is to stop, named on its span, under either scope', () => {
    for (const scope of ['all', 'terrorism'] as const) {
      const r = run('LIKEWISE, THE ARMY MUST CEASE ALL BOMBING AND SHELLING OF CIVILIAN TARGETS.', scope);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['ceased-or-renounced', 'SHELLING']);
    }
    const refrain = run('In March the rebels refrained from attacking political leaders of the government.');
    expect(refrain.triggers).toEqual([]);
    expect(refrain.rejected).toContainEqual(['ceased-or-renounced', 'attacking']);
  });
  it('keeps an attack after a preposition that parts it from the verb ("suspended … following a dynamite attack")', () => {
    const r = run('THE DIALOGUE WAS SUSPENDED IN OCTOBER FOLLOWING A DYNAMITE ATTACK AGAINST A LABOR UNION HEADQUARTERS IN SAN SALVADOR.');
    expect(r.triggers).toEqual(['DYNAMITE ATTACK']);
    expect(names(r)).not.toContain('ceased-or-renounced');
  });
  it('keeps a verb trigger after a stop ("the bus stopped and gunmen attacked it")', () => {
    const r = run('The bus stopped on the highway near Zaragoza and gunmen attacked it with rifles on Sunday.');
    expect(r.triggers).toEqual(['attacked']);
    expect(names(r)).not.toContain('ceased-or-renounced');
  });
});

describe('generic-perfect-bare-plural', () => {
  it('drops a bare plural told in the perfect passive, with its span', () => {
    const r = run('JOURNALISTS HAVE BEEN MURDERED; THERE HAS BEEN A SYSTEMATIC INTIMIDATION OF THE PRESS.');
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['generic-perfect-bare-plural', 'MURDERED']);
  });
  it('keeps a counted or determined subject: an incident', () => {
    for (const t of ['THREE JOURNALISTS HAVE BEEN MURDERED IN LIMA.', 'THE TWO U.S. MISSIONARIES HAVE BEEN MURDERED IN LA PAZ.']) {
      const r = run(t);
      expect(r.triggers).toEqual(['MURDERED']);
      expect(names(r)).not.toContain('generic-perfect-bare-plural');
    }
  });
});

describe('terrorism-military-object', () => {
  const text = 'THE 5TH BRIGADE BOMBED REBEL POSITIONS ON THE CHICHONTEPEC VOLCANO TODAY.';
  it('takes out fire on an armed side\'s positions under --scope terrorism, on the verb', () => {
    const r = run(text);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-military-object', 'BOMBED']);
  });
  it('keeps it under --scope all (a battle, as ACLED codes it)', () => {
    const r = run(text, 'all');
    expect(r.triggers).toEqual(['BOMBED']);
    expect(names(r)).not.toContain('terrorism-military-object');
  });
  it('keeps an attack whose object is a police station, with positions named after it', () => {
    const r = run('The rebels attacked the national police headquarters in Zacamil, as well as military positions in a dozen towns.');
    expect(r.triggers).toEqual(['attacked']);
    expect(names(r)).not.toContain('terrorism-military-object');
  });
  it('reads "military positions" as a noun phrase (tag-noun-not-verb), and "positions" after a subject as the verb', () => {
    const r = run('THE REBELS SAID THEY ATTACKED MILITARY POSITIONS IN CHALATENANGO.');
    expect(r.fixes).toContainEqual(['tag-noun-not-verb', 'POSITIONS']);
    const t = 'The rebels said they attacked military positions in Chalatenango.';
    const terms = new Language(t, splitSentences(t)).layer(0).terms;
    const positions = terms.find((x) => x.normal === 'positions')!;
    expect(positions.fix).toBe('tag-noun-not-verb');
    expect(positions.tags.has('Verb')).toBe(false);
    const verb = 'The commander positions his troops near the river.';
    expect(new Language(verb, splitSentences(verb)).layer(0).terms.find((x) => x.normal === 'positions')!.fix).toBeUndefined();
  });
});

describe('terrorism-military-object', () => {
  const text = 'THE SORIANO BATTALION HAS BEEN ATTACKED NEAR THE ARENA HEADQUARTERS.';
  it('takes out an attack on a unit told in the passive under --scope terrorism, on the verb', () => {
    const r = run(text);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-military-object', 'ATTACKED']);
    expect(run(text, 'all').triggers).toEqual(['ATTACKED']);
  });
  it('keeps a civilian told in the passive, a battalion named in a relative clause', () => {
    const r = run('THE MAYOR OF SAN MIGUEL, WHO HAD SERVED IN THE ATLACATL BATTALION, WAS SHOT DEAD BY GUERRILLAS ON SUNDAY.');
    expect(names(r)).not.toContain('terrorism-military-object');
    expect(r.triggers).toEqual(['SHOT DEAD']);
  });
});

describe('terrorism-this-is-the-same', () => {
  const text = 'GUERRILLAS DYNAMITED THE PACIFIC PIPELINE NEAR BUGA TODAY. THIS IS THE FIFTH DYNAMITE ATTACK ON THE PIPELINE IN THE PAST 6 MONTHS.';
  it('under --scope terrorism, the incident named again by its rank is no second event', () => {
    const r = run(text);
    expect(r.triggers).toEqual(['DYNAMITED']);
    expect(r.rejected).toContainEqual(['terrorism-this-is-the-same', 'DYNAMITE ATTACK']);
  });
  it('under --scope all the rank stays (a tally, as the modern gold codes it)', () => {
    const r = run(text, 'all');
    expect(r.triggers).toEqual(['DYNAMITED', 'DYNAMITE ATTACK']);
    expect(names(r)).not.toContain('terrorism-this-is-the-same');
  });
  it('keeps a new incident a radio reports after "this is"', () => {
    const r = run('SALVADORAN PEOPLE, THIS IS RADIO FARABUNDO MARTI REPORTING A NEW HONDURAN ARMY RAID INTO ARCATAO, WHERE TROOPS KILLED TWO PEASANTS.');
    expect(names(r)).not.toContain('terrorism-this-is-the-same');
    expect(r.triggers.length).toBeGreaterThan(0);
  });
});

describe('layer patterns: near, subject, object', () => {
  const view = (t: string, word: string) => {
    const l = new Language(t, splitSentences(t));
    const i = t.indexOf(word);
    return viewOf(l, 0, i, i + word.length)!;
  };
  it('near: a word within reach before the span, stopped by a stop word', () => {
    const p = { near: { reach: 5, test: { words: ['suspended'] }, stop: ['following'] } };
    expect(spanMatches(view('They suspended all attacks on the grid.', 'attacks'), p)).toBe(true);
    expect(spanMatches(view('Talks were suspended following an attack on the grid.', 'attack'), p)).toBe(false);
    expect(spanMatches(view('They suspended the talks, and the rebels went on with their many attacks.', 'attacks'), p)).toBe(false);
  });
  it('subject: the head and first word of the clause\'s subject', () => {
    const p = { subject: { head: { tags: ['Plural'] }, first: { notTags: ['Value'] } } };
    expect(spanMatches(view('Journalists have been murdered.', 'murdered'), p)).toBe(true);
    expect(spanMatches(view('Three journalists have been murdered.', 'murdered'), p)).toBe(false);
    expect(spanMatches(view('The mayor has been murdered.', 'murdered'), p)).toBe(false);
  });
  it('object: the head of the clause\'s object', () => {
    const p = { object: { heads: ['positions'] } };
    expect(spanMatches(view('The rebels attacked military positions in Chalatenango.', 'attacked'), p)).toBe(true);
    expect(spanMatches(view('The rebels attacked the police station in Chalatenango.', 'attacked'), p)).toBe(false);
  });
});

describe('terrorism-military-object: a passive subject past its place phrase', () => {
  it('reads the subject before a place and its apposition set off by commas ("positions in X, Y department, have been attacked")', () => {
    const t = 'ACCORDING TO REPORTS, NATIONAL POLICE POSITIONS IN NUEVA CONCEPCION, CHALATENANGO DEPARTMENT, HAVE BEEN ATTACKED.';
    const c = new Language(t, splitSentences(t)).layer(0).clauses.find((x) => x.verb)!;
    expect(c.subject!.head).toBe('positions');
    expect(t.slice(c.subject!.start, c.subject!.end)).toBe('NATIONAL POLICE POSITIONS');
    const r = run(t);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['generic-perfect-bare-plural', 'ATTACKED']);
    const m = run('THE NATIONAL GUARD BATTALION IN SESORI, NORTH OF SAN MIGUEL, WAS ALSO ATTACKED ON SUNDAY.');
    expect(m.triggers).toEqual([]);
    expect(m.rejected).toContainEqual(['terrorism-military-object', 'ATTACKED']);
  });
  it('keeps a subject after a fronted place with no closing comma, and a person named before a place\'s apposition', () => {
    const t = 'IN SAN SALVADOR, GUERRILLAS ATTACKED THE BANK.';
    expect(new Language(t, splitSentences(t)).layer(0).clauses.find((x) => x.verb)!.subject!.head).toBe('guerrillas');
    const r = run('The mayor of Nueva Concepcion, Chalatenango Department, was attacked by gunmen on Sunday.');
    expect(r.triggers).toEqual(['attacked']);
    expect(names(r)).not.toContain('terrorism-military-object');
  });
  it('reads a group\'s members as the head of "a group of" ("attacked a group of paratroopers")', () => {
    const r = run('AT 0200 TODAY, FMLN UNITS ATTACKED A GROUP OF PARATROOPERS AT THE INSA FACTORY IN SOYAPANGO.');
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-military-object', 'ATTACKED']);
    const k = run('AT 0200 TODAY, GUERRILLAS ATTACKED A GROUP OF PEASANTS AT THE INSA FACTORY IN SOYAPANGO.');
    expect(k.triggers).toEqual(['ATTACKED']);
  });
});
