// Casualty figures read through the language layer (lang/): rule records {name, cue, match, then, examples} applied by
// the one runner (lang/match.ts firstRule) to the phrase of a figure, where the cheap `cue` holds on its lower-case
// sentence. `skip`: the figure is a tally over a period, not the toll of the incident its sentence tells ("SO FAR, TWO
// DEPUTIES HAVE BEEN MURDERED … IN LESS THAN 15 DAYS", "MORE THAN 11 JOURNALISTS HAVE BEEN KILLED SINCE 1981"); record.ts leaves it out of the
// incident's count and records the reject under the rule's name. Pure data.
import type { LayerRule } from '../../lang/match.js';

export interface CountLayerRule extends LayerRule<'skip'> {
  /** A cheap test on the lower-case sentence: the layer is asked only where it holds. */
  cue: RegExp;
  /**
   * The coding scopes it holds in: MUC-4 keys (`terrorism`) give an incident the toll of that incident only; the modern
   * codings give a tally event its tally ("attacks have killed at least 412 civilians since January").
   */
  scopes: string[];
}

/** Nouns that make a prepositional phrase a period ("in the last 3 years", "in less than 15 days", "this year"). */
const PERIOD_HEADS = ['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'decade', 'decades', 'war', 'conflict', 'campaign'];
/** The figure's verb in the present perfect ("have been killed", "have died"): a count so far, not of one night. */
const PERFECT = { role: ['verb' as const], verb: { tense: ['perfect' as const] } };

export const COUNT_LAYER_RULES: CountLayerRule[] = [
  {
    // a count so far: since a day ("since 1981") or over a period ("in less than 15 days", "this year")
    name: 'counts.tally',
    cue: /\bsince\b|\b(?:years?|months?|weeks?|days|decades?|war|conflict|campaign)\b/,
    match: { any: [{ ...PERFECT, pp: { preps: ['since'], fronted: true } }, { ...PERFECT, pp: { preps: ['in', 'over', 'during', 'for', 'within', 'than', 'by'], heads: PERIOD_HEADS, fronted: true } }] },
    then: 'skip',
    scopes: ['terrorism'],
    examples: {
      pos: ['More than 11 journalists have been killed by the Salvadoran army since 1981.', 'Five policemen have been killed in Medellin since last Monday.',
        'So far, two deputies have been murdered by terrorists in less than 15 days.', 'At least 100 MRTA members have been killed by the police this year.', 'Two mayors have been killed in our department over the past two months.'],
      neg: ['Three policemen were killed in Medellin, the first since Monday.', 'Three people have been killed in the attack, police said.',
        'Two deputies were murdered by terrorists in less than 15 days.', 'Three people have been killed in the attack on the bank.'],
    },
  },
];
