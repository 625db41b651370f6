// Attackers named in another sentence of the incident's story (back-reference.ts BACK_REFERENCE_RULES) and claims denied
// with their parties named (lexicon.ts resp-no-claim): values, spans and rule names, positive and negative.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { BACK_REFERENCE_RULES } from '../src/core/refine/back-reference.js';
import { findResponsibility } from '../src/core/extract/actors/index.js';
import { RESPONSIBILITY_RULES } from '../src/core/extract/actors/lexicon.js';
import { ownCue } from './helpers/responsibility.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism', published: '1990-01-11' });
/** The attacker whose text is `text`, with the rule that gave it. */
const attacker = (e: EventRecord, text: string) => {
  const i = e.attackers.findIndex((a) => a.text === text);
  return i < 0 ? null : { ...e.attackers[i]!, rule: e.explain?.attackers?.[i] };
};

describe('claim-back-reference', () => {
  const [rule] = BACK_REFERENCE_RULES;
  it("a sentence past the incident's that tells none and names the crime again names its attacker", () => {
    const text = rule!.examples.pos[0]!;
    const es = run(text).events;
    expect(es).toHaveLength(1);
    const a = attacker(es[0]!, 'THE ARMY');
    expect(a?.rule).toBe('resp-responsible-for>claim-back-reference');
    expect(text.slice(a!.start, a!.end)).toBe('THE ARMY');
    expect(run(text).trace?.some((f) => f.rule === 'claim-back-reference' && f.action === 'accept' && f.text === 'THE ARMY')).toBe(true);
  });
  it('a deed of another kind than the incident\'s ("the two murders" in a story of a kidnapping) names no attacker of it', () => {
    const es = run(rule!.examples.neg[0]!).events;
    const kidnapping = es.find((e) => e.type === 'abduction');
    expect(kidnapping).toBeDefined();
    expect(kidnapping!.attackers.map((a) => a.name)).not.toContain('Medellin Cartel');
    expect(es.flatMap((e) => e.explain?.attackers ?? []).filter((r) => r.endsWith('claim-back-reference'))).toEqual([]);
  });
  it('a blame without a definite deed ("blaming the FMLN") names no attacker of the incident', () => {
    const text = 'SAN SALVADOR, 11 JAN 90 -- [TEXT] SIX JESUIT PRIESTS WERE MURDERED ON 16 NOVEMBER IN SAN SALVADOR. THE PRIESTS WERE BURIED TODAY. THE ARCHBISHOP SPOKE AT THE FUNERAL. HE CALLED FOR PEACE. THE PRESIDENT WAS NOT PRESENT. THE DIALOGUE WILL RESUME IN MARCH. THE UNIVERSITY WILL REOPEN ON MONDAY. THE STUDENTS RETURNED TO THE CAMPUS. THERE IS ALSO THE GENERAL STAFF POSITION BLAMING THE FMLN.';
    const [e] = run(text).events;
    expect(e!.attackers.map((a) => a.name)).not.toContain('FMLN');
  });
  it('in a story of two incidents, the sentence names one incident\'s target and so its attacker only', () => {
    const text =
      'SAN SALVADOR, 11 JAN 90 -- [TEXT] A BOMB EXPLODED TODAY AT THE OFFICES OF FENASTRAS IN SAN SALVADOR. IN SAN MIGUEL, A POLICE POST WAS ATTACKED WITH RIFLE FIRE TONIGHT. THE ARCHBISHOP SPOKE ON THE RADIO. HE CALLED FOR PEACE. THE PRESIDENT WAS NOT PRESENT. THE DIALOGUE WILL RESUME IN MARCH. THE UNIVERSITY WILL REOPEN ON MONDAY. THE STUDENTS RETURNED TO THE CAMPUS. THE UNION LEADERS SAID THAT THE ARMY IS RESPONSIBLE FOR THE CRIME AT THE OFFICES OF FENASTRAS.';
    const es = run(text).events;
    const bombing = es.find((e) => e.targets.some((t) => /fenastras/i.test(t.name)));
    const post = es.find((e) => e !== bombing);
    expect(bombing && attacker(bombing, 'THE ARMY')?.rule).toBe('resp-responsible-for>claim-back-reference');
    expect(post?.attackers.map((a) => a.name) ?? []).not.toContain('Army');
  });
});

describe('resp-no-claim: a denial that names the parties that did not claim', () => {
  const rule = RESPONSIBILITY_RULES.find((r) => r.name === 'resp-no-claim' && r.examples)!;
  for (const t of rule.examples!.pos) {
    it(`unclaimed, no claimant: ${t.slice(27, 90)}`, () => {
      const cues = findResponsibility(t);
      expect(cues.filter(ownCue(rule, t)).map((c) => [c.value, c.actor])).toEqual([['unclaimed', null]]);
      expect(cues.filter((c) => c.value === 'claimed')).toEqual([]);
    });
  }
  for (const t of rule.examples!.neg) it(`not a denial: ${t.slice(27, 90)}`, () => expect(findResponsibility(t).filter(ownCue(rule, t))).toEqual([]));
  it('the record keeps no attacker from the denied claim', () => {
    const text = 'LA PAZ, 3 JUN 89 -- [TEXT] A BOMB WAS FOUND TODAY AT THE LEGISLATIVE PALACE. NO PERSON OR TERRORIST ORGANIZATION HAS YET CLAIMED RESPONSIBILITY FOR PLANTING THE BOMB.';
    const [e] = run(text).events;
    expect(e?.responsibility).toBe('unclaimed');
    expect(e?.explain?.attackers ?? []).not.toContain('resp-claimed');
  });
});
