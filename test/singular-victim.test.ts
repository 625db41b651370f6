// `singular-passive-victim` (refine/singular-victim.ts): one person, the subject of a passive kill verb, is one death,
// also across an apposition or a relative clause ("X, WHO SERVED IN AYACUCHO …, WAS SHOT TO DEATH"). Read on the layer:
// the verb group's voice, the clause's subject, the phrase a relative clause follows.
import { describe, expect, it } from 'vitest';
import { SINGULAR_VICTIM, singularPassiveVictim } from '../src/core/refine/singular-victim.js';
import { Language } from '../src/core/lang/layer.js';
import { splitSentences } from '../src/core/text.js';
import { extract } from '../src/core/index.js';

const KILL = /\b(killed|murdered|assassinated|shot)\b/i;
/** The trigger the rule returns for the sentence's kill word, its span checked, or null. */
function victim(sentence: string) {
  const m = KILL.exec(sentence)!;
  const trigger = { text: m[0], start: m.index, end: m.index + m[0].length };
  const t = singularPassiveVictim(new Language(sentence, splitSentences(sentence)), sentence.toLowerCase(), [{ trigger, sentence: 0 }]);
  if (t) expect(sentence.slice(t.start, t.end)).toBe(t.text);
  return t;
}

describe('singular-passive-victim holds on its examples', () => {
  for (const s of SINGULAR_VICTIM.examples.pos) it(`one death: ${s.slice(0, 70)}`, () => expect(victim(s)?.text).toBe(KILL.exec(s)![0]));
  for (const s of SINGULAR_VICTIM.examples.neg) it(`none: ${s.slice(0, 70)}`, () => expect(victim(s)).toBeNull());
});

describe('in the pipeline', () => {
  const wire = 'LIMA, 28 JAN 90 (EFE) -- [TEXT] IN ANOTHER INCIDENT IN LIMA TODAY, POLICE CORPORAL OSWALDO PALOMINO, WHO SERVED IN AYACUCHO UNTIL A SHORT TIME AGO, WAS SHOT TO DEATH BY TERRORISTS.';
  it('the corporal who served in Ayacucho: killed 1, its evidence the kill verb, the rule named', () => {
    const [e] = extract(wire, { published: '1990-01-28', explain: true, scope: 'terrorism' }).events;
    expect(e?.killed).toMatchObject({ value: 1, text: 'SHOT', start: wire.indexOf('SHOT') });
    expect(e?.explain?.killed).toContain('singular-passive-victim');
  });
  it('three peasants who were working in the fields: not one death', () => {
    const three = 'LIMA, 28 JAN 90 (EFE) -- [TEXT] THREE PEASANTS, WHO WERE WORKING IN THE FIELDS NEAR AYACUCHO, WERE SHOT TO DEATH BY TERRORISTS.';
    const [e] = extract(three, { published: '1990-01-28', explain: true, scope: 'terrorism' }).events;
    expect(e?.explain?.killed ?? []).not.toContain('singular-passive-victim');
    expect(e?.killed?.value).not.toBe(1);
  });
});
