// cleanup-6: the modality cues' precompiled regexes, the scope's combatant targets dropped at the record stage (one
// path for explain and trace), and tag fixes of upper-case wires (JUDGES, MINES as nouns; "since Thursday" no clause;
// "the official statement" no person). Values, spans, rules, and negative cases.
import { describe, expect, it } from 'vitest';
import { MODALITY } from '../src/core/extract/events/lexicon.js';
import { SCOPE_TARGET_RULES } from '../src/core/refine/scope.js';
import { Language } from '../src/core/lang/layer.js';
import { splitSentences } from '../src/core/text.js';
import { findActors } from '../src/core/extract/actors/index.js';
import { run } from './helpers/run.js';

/** The layer's terms of the first sentence of a text, and its clauses as their words. */
function layerOf(text: string) {
  const lang = new Language(text, splitSentences(text));
  const { terms, clauses } = lang.layer(0);
  return { terms, clauses: clauses.map((c) => terms.slice(c.from, c.to).map((t) => t.text).join(' ')) };
}

describe('modality cues read once a sentence, with their own global regex', () => {
  it('every layer modality record keeps a global cue (no RegExp built per sentence)', () => {
    const cues = MODALITY.flatMap((r) => (r.passiveOf ? [r.passiveOf.cue] : []));
    expect(cues.length).toBeGreaterThan(0);
    for (const c of cues) expect(c.flags).toContain('g');
  });
  it('rejects the denied cause, the same on a second reading of the text (lastIndex reset)', () => {
    const text = 'A plane crashed near the capital on Monday, killing 12 people. Sabotage was not suspected, officials said.';
    for (let k = 0; k < 2; k++) {
      const r = run(text, { scope: 'all' });
      expect(r.rejected).toContainEqual(['negated', 'Sabotage', text.indexOf('Sabotage')]);
      expect(r.triggers).not.toContain('Sabotage');
    }
  });
  it('keeps a sabotage that was suspected', () => {
    const text = 'Sabotage was suspected after a bomb destroyed the pylon near San Miguel on Monday.';
    expect(run(text, { scope: 'all' }).rejected.filter(([rule]) => rule === 'negated')).toEqual([]);
  });
});

describe('terrorism-combatant-target at the record stage', () => {
  const rule = SCOPE_TARGET_RULES[0]!;
  const text = rule.examples.pos[0]!;
  it('drops the guerrilla, traced as a reject with its span; explain names one rule per target kept', () => {
    const r = run(text);
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.targets.map((t) => t.text)).not.toContain('GUERRILLA');
    expect(e.explain?.targets).toHaveLength(e.targets.length);
    expect(e.explain?.targets_mention).toHaveLength(e.targets.length);
    const at = text.indexOf('GUERRILLA WAS');
    expect(r.rejected).toContainEqual([rule.name, 'GUERRILLA', at]);
    for (const t of e.targets) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('keeps the guerrilla under --scope all, and keeps a policeman under terrorism', () => {
    expect(run(text, { scope: 'all' }).rejected.filter(([x]) => x === rule.name)).toEqual([]);
    const neg = rule.examples.neg[0]!;
    expect(run(neg).rejected.filter(([x]) => x === rule.name)).toEqual([]);
  });
  it('an event whose every target is a combatant is still dropped by the event rule, its targets not taken first', () => {
    const t = 'SAN SALVADOR, 3 JUL 89 (AFP) -- [TEXT] URBAN GUERRILLAS ATTACKED AN ARMY PATROL IN SOYAPANGO THIS MORNING.';
    const r = run(t);
    expect(r.triggers).toEqual([]);
    expect(r.dropped.map(([x]) => x)).toContain('terrorism-no-combatant-target');
    expect(r.rejected.filter(([x]) => x === rule.name)).toEqual([]);
  });
});

describe('tags of upper-case wires', () => {
  it('JUDGES and MINES are plural nouns, not verbs', () => {
    const { terms } = layerOf('A 15-MEMBER TEAM INCLUDING TWO JUDGES AND THREE MEMBERS OF THE POLICE ARRIVED IN MEDELLIN.');
    const judges = terms.find((t) => t.text === 'JUDGES')!;
    expect(judges.tags.has('Verb')).toBe(false);
    expect(judges.tags.has('Plural')).toBe(true);
    const mines = layerOf('THE GUERRILLAS STAGED A DARING AMBUSH USING THREE M-18 MINES AND CONTACT GRENADES THAT KILLED FOUR SOLDIERS.').terms.find((t) => t.text === 'MINES')!;
    expect(mines.tags.has('Verb')).toBe(false);
    expect(mines.tags.has('Noun')).toBe(true);
  });
  it('a verb "judge" stays a verb', () => {
    const t = layerOf('THEN SOME WILL JUDGE AND DECIDE IF THEY ARE RIGHT.').terms.find((x) => x.text === 'JUDGE')!;
    expect(t.tags.has('Verb')).toBe(true);
  });
  it('"since 26 March" is the preposition of a date, no clause of its own; "since guerrillas attacked" still opens one', () => {
    expect(layerOf('THEY SURROUNDED PAVON PRISON, WHICH SINCE 26 MARCH HAS BEEN IN THE HANDS OF SOME 200 PRISONERS.').clauses).toEqual([
      'THEY SURROUNDED PAVON PRISON',
      'WHICH SINCE 26 MARCH HAS BEEN IN THE HANDS OF SOME 200 PRISONERS',
    ]);
    expect(layerOf('The town has been empty since guerrillas attacked it in March.').clauses).toEqual(['The town has been empty', 'since guerrillas attacked it in March']);
  });
  it('"the official statement" names no person; "the official said" does', () => {
    const text = 'Gunmen killed two policemen in Lima on Monday, according to the official statement.';
    expect(findActors(text).filter((a) => a.rule === 'actor-bare-title').map((a) => a.text)).toEqual([]);
    const said = 'Gunmen killed two policemen in Lima on Monday, the official said.';
    expect(findActors(said).filter((a) => a.rule === 'actor-bare-title').map((a) => [a.text, said.slice(a.start, a.end)])).toEqual([['official', 'official']]);
  });
});

describe('mention scope rules: the cue read on the trigger\'s sentence (Language.sentenceHas), case-blind', () => {
  it('an upper-case wire: "OUR FORCES AMBUSHED …" is the side\'s own report, rejected with its span', () => {
    const text = 'CLANDESTINE, 13 JAN 90 (RADIO VENCEREMOS) -- [TEXT] OUR FORCES AMBUSHED AND NEUTRALIZED THOSE BRACAMONTE BATTALION REINFORCEMENTS.';
    const r = run(text);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-military-object', 'AMBUSHED', text.indexOf('AMBUSHED')]);
  });
  it('a cue in the sentence before does not reach the trigger: the ambush of a bus stays', () => {
    const text = 'Our forces are in the north. Guerrillas ambushed a bus on the highway to San Miguel on Sunday, killing three passengers.';
    const r = run(text);
    expect(r.triggers).toEqual(['ambushed']);
    expect(r.rejected.filter(([x]) => x === 'terrorism-military-object')).toEqual([]);
  });
});
