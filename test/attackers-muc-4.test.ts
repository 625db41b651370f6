// Attackers under --scope terrorism (MUC-4 keys), fourth round: the incident named again as a crime or an action done
// "by" its authors in a later sentence (`resp-deed-by`), and suspects named through a modal ("MIGHT BE INVOLVED IN",
// `suspect-attacker`); values, spans and rule names, with negative cases.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { EventRecord } from '../src/core/types.js';
import { RESPONSIBILITY_RULES } from '../src/core/extract/actors/lexicon.js';
import { findResponsibility } from '../src/core/extract/actors/index.js';

const run = (text: string, scope: 'terrorism' | 'all' = 'terrorism') => extract(text, { explain: true, scope, published: '1990-01-03' });
const events = (text: string) => run(text).events;
/** The attacker whose text is `text`, with the rule that gave it. */
const attacker = (e: EventRecord, text: string) => {
  const i = e.attackers.findIndex((a) => a.text === text);
  return i < 0 ? null : { ...e.attackers[i]!, rule: e.explain?.attackers?.[i] };
};

describe('resp-deed-by', () => {
  const rule = RESPONSIBILITY_RULES.find((r) => r.name === 'resp-deed-by')!;
  const lead = 'SAN SALVADOR, 20 NOV 89 -- [TEXT] JUDGE ANTONIO PEREZ WAS MURDERED TODAY IN SAN MIGUEL. ';

  it('the party right after "by" is the attacker of the incident told before, with its span', () => {
    const text = `${lead}WITNESSES SAID THAT THE CRIME WAS COMMITTED BY THE ARMED FORCES.`;
    const [e] = events(text);
    const a = attacker(e!, 'THE ARMED FORCES');
    expect(a?.rule).toBe('resp-deed-by');
    expect(text.slice(a!.start, a!.end)).toBe('THE ARMED FORCES');
    expect(e!.explain?.responsibility).toEqual(['resp-deed-by']);
  });

  it('a date, a place and a quoted adjective may stand between the deed and "by"', () => {
    const text = `${lead}THE MNR CONDEMNED THE "ABOMINABLE" CRIME PERPETRATED ON 12 JANUARY IN GUATEMALA BY ARMED MEN WEARING CIVILIAN CLOTHES.`;
    const cues = findResponsibility(text).filter((c) => c.rule === 'resp-deed-by');
    expect(cues).toHaveLength(1);
    expect(cues[0]!.actor?.text).toBe('ARMED MEN');
    expect(text.slice(cues[0]!.start, cues[0]!.end)).toBe('THE "ABOMINABLE" CRIME PERPETRATED ON 12 JANUARY IN GUATEMALA BY');
    expect(attacker(events(text)[0]!, 'ARMED MEN')?.rule).toBe('resp-deed-by');
  });

  it('not the operations of a campaign, nor a crime sponsored by somebody', () => {
    for (const neg of rule.examples!.neg) expect(findResponsibility(neg).map((c) => c.rule)).not.toContain('resp-deed-by');
    const text = `${lead}THE OPERATIONS CARRIED OUT BY THE ARMED FORCES CONTINUE IN THE NORTH.`;
    expect(events(text).flatMap((e) => e.explain?.attackers ?? [])).not.toContain('resp-deed-by');
  });

  it('not a party further on than right after "by" (a name the tool does not know comes first)', () => {
    const text = `${lead}THE CRIME COMMITTED BY THE SELF-STYLED ZARATE GROUP SHOWS THAT THERE ARE ARMED GROUPS IN THE COUNTRY.`;
    expect(findResponsibility(text).map((c) => c.rule)).not.toContain('resp-deed-by');
  });

  it('not a deed with no determiner that points back to the incident ("crimes committed by" in general)', () => {
    const text = `${lead}HE SAID CRIMES COMMITTED BY THE ARMED FORCES ARE NEVER PUNISHED.`;
    expect(findResponsibility(text).map((c) => c.rule)).not.toContain('resp-deed-by');
  });
});

describe('suspect-attacker through a modal', () => {
  const lead = 'SANTIAGO, 16 DEC 89 -- [TEXT] BRAZILIAN BUSINESSMAN ABILIO DINIZ WAS KIDNAPPED TODAY IN SAO PAULO. ';
  it('"MIGHT BE INVOLVED IN THE KIDNAPPING" names suspects, with their span', () => {
    const text = `${lead}CHILEAN TERRORISTS MIGHT BE INVOLVED IN THE KIDNAPPING OF THE BRAZILIAN BUSINESSMAN.`;
    const e = events(text).find((x) => x.attackers.length > 0)!;
    const a = attacker(e, 'CHILEAN TERRORISTS');
    expect(a?.rule).toBe('suspect-attacker');
    expect(text.slice(a!.start, a!.end)).toBe('CHILEAN TERRORISTS');
  });
  it('"MAY HAVE PARTICIPATED IN THE ATTACK" too', () => {
    const text = 'LIMA, 3 JAN 90 -- [TEXT] A BOMB EXPLODED AT THE POLICE POST IN HUANCAYO TODAY. THE POLICE SAID TWO STUDENTS MAY HAVE PARTICIPATED IN THE ATTACK.';
    expect(events(text).flatMap((e) => e.explain?.attackers ?? [])).toContain('suspect-attacker');
  });
  it('not a modal with no verb of suspicion ("MIGHT ATTACK" is no suspect of the kidnapping)', () => {
    const text = `${lead}THE POLICE SAID CHILEAN TERRORISTS MIGHT ATTACK AGAIN AFTER THE KIDNAPPING.`;
    expect(events(text).flatMap((e) => e.explain?.attackers ?? [])).not.toContain('suspect-attacker');
  });
  it('not a modal whose verb names no suspect ("COULD BE INVOLVED" in the search for them)', () => {
    const text = `${lead}CHILEAN POLICEMEN COULD BE INVOLVED IN THE SEARCH FOR THE KIDNAPPERS.`;
    expect(events(text).flatMap((e) => e.explain?.attackers ?? [])).not.toContain('suspect-attacker');
  });
});
