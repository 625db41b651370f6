// `singular-passive-victim`: one person, subject of a passive kill verb, is one death, also when an apposition or a
// relative clause stands between the person and the verb ("POLICE CORPORAL OSWALDO PALOMINO, WHO SERVED IN AYACUCHO
// UNTIL A SHORT TIME AGO, WAS SHOT TO DEATH"). Read on the language layer: the trigger's verb group and its voice, the
// clause's subject, or, for a verb that closes a relative clause after a comma, the phrase the relative clause follows.
import type { Clause, Language, Phrase, SentenceLayer, Term, VerbInfo } from '../lang/layer.js';
import type { Span } from '../types.js';
import { nounPhrase } from '../lang/clauses.js';

export const SINGULAR_VICTIM = {
  name: 'singular-passive-victim',
  /** Kill verbs whose passive means a death ("was shot" alone does not: `shot` needs "dead" or "to death" after it). */
  verbs: /^(?:killed|murdered|assassinated|executed|slain|gunned\s+down)$/,
  shot: /^shot$/,
  shotToDeath: /^\s+(?:to\s+death|dead)\b/,
  examples: {
    pos: [
      'POLICE CORPORAL OSWALDO PALOMINO, WHO SERVED IN AYACUCHO UNTIL A SHORT TIME AGO, WAS SHOT TO DEATH.',
      'A CIVILIAN EMPLOYEE AT THE 1ST INFANTRY BRIGADE WAS SHOT TO DEATH IN THE MIRALVALLE NEIGHBORHOOD.',
      'The mayor of the town, a member of the ruling party, was murdered on Sunday.',
    ],
    neg: [
      'THREE PEASANTS, WHO WERE WORKING IN THE FIELDS, WERE SHOT TO DEATH.',
      'THE LEGAL ADVISOR WAS SHOT THIS MORNING.',
      'The mayor was not killed in the attack.',
      'Gunmen killed the mayor of the town on Sunday.',
    ],
  },
};

/** The subject of verb group `v`: its clause's subject, or the phrase a relative clause it closes follows ("X, WHO …, WAS KILLED"). */
function passiveSubject(layer: SentenceLayer, v: VerbInfo): Phrase | null {
  const k = layer.clauses.findIndex((c) => v.term >= c.from && v.term < c.to);
  const c: Clause | undefined = layer.clauses[k];
  if (!c) return null;
  if (c.verb === v) return c.subject;
  if (c.kind !== 'relative' || c.verbs.indexOf(v) < 1 || k === 0) return null;
  const before = layer.terms[v.from - 1];
  const antecedent = layer.clauses[k - 1]!;
  return before?.post.includes(',') && !antecedent.verb ? nounPhrase(layer.terms, antecedent.from, antecedent.to) : null;
}

/** One person: a singular head ("POLICE CORPORAL OSWALDO PALOMINO": a plural modifier is fine), no figure or quantifier. */
function singular(terms: Term[], p: Phrase): boolean {
  const words = terms.slice(p.from, p.to);
  const head = words.filter((t) => t.tags.has('Noun')).pop();
  if (!head || head.tags.has('Plural') || (head.tags.has('Pronoun') && !/^(he|she)$/.test(head.normal))) return false;
  return !words.some((t) => t.tags.has('Value') || /^(both|several|some|many|all|other|these|those)$/.test(t.normal));
}

/** The trigger of the first kill verb in `mentions` whose passive subject is one person, or null. */
export function singularPassiveVictim(lang: Language, lower: string, mentions: { trigger: Span; sentence: number }[]): Span | null {
  for (const m of mentions) {
    const word = m.trigger.text.toLowerCase();
    const kill = SINGULAR_VICTIM.verbs.test(word) || (SINGULAR_VICTIM.shot.test(word) && SINGULAR_VICTIM.shotToDeath.test(lower.slice(m.trigger.end, m.trigger.end + 12)));
    if (!kill) continue;
    const v = lang.verbAt(m.sentence, m.trigger.start);
    if (!v || v.voice !== 'passive' || v.negated || v.modal) continue;
    const layer = lang.layer(m.sentence);
    const subject = passiveSubject(layer, v);
    if (subject && singular(layer.terms, subject)) return m.trigger;
  }
  return null;
}
