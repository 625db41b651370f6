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
/** A past period right after a figure, which it counts many incidents in ("in the past few years", "over the last 3 weeks"). */
const PAST_PERIOD = ['in', 'over', 'during', 'within'].flatMap((p) => ['past', 'last'].flatMap((w) => ['', '* ', '* * '].flatMap((n) =>
  ['years', 'months', 'weeks', 'days', 'decade', 'decades', 'week', 'month', 'year'].map((h) => `${p} the ${w} ${n}${h}`))));
/** The figure's verb in the present perfect ("have been killed", "have died"): a count so far, not of one night. */
const PERFECT = { role: ['verb' as const], verb: { tense: ['perfect' as const] } };
/** Words that make a perfect's figure a count so far with no period phrase ("so far this year", "this month", "to date"). */
const SO_FAR = ['so far', 'thus far', 'to date', 'until now', 'up to now', 'this year', 'this month', 'this week'];

export const COUNT_LAYER_RULES: CountLayerRule[] = [
  {
    // a count so far: since a day ("since 1981") or over a period ("in less than 15 days", "this year")
    name: 'counts.tally',
    cue: /\bsince\b|\b(?:years?|months?|weeks?|days|decades?|war|conflict|campaign)\b|\b(?:so|thus)\s+far\b|\bto\s+date\b|\b(?:until|up\s+to)\s+now\b/,
    match: {
      any: [
        { ...PERFECT, pp: { preps: ['since'], fronted: true } },
        { ...PERFECT, pp: { preps: ['in', 'over', 'during', 'for', 'within', 'than', 'by'], heads: PERIOD_HEADS, fronted: true } },
        // after the figure's verb in its clause: "MORE THAN 200 PEOPLE HAVE DIED SO FAR THIS MONTH", "THREE JUDGES HAVE BEEN MURDERED SO FAR THIS YEAR"
        { ...PERFECT, clauseAfter: SO_FAR },
        // any tense, a past period after the figure in its clause: "THE ASSASSINATION OF FOUR PRESIDENTIAL CANDIDATES IN THE PAST
        // FEW YEARS", "WHICH MURDERED HUNDREDS OF CITIZENS IN THE PAST FEW YEARS"; or this year: "THE DEATHS OF AT LEAST 700 PEOPLE THIS YEAR"
        { clauseAfter: { words: PAST_PERIOD, reach: 7 } },
        { clauseAfter: ['this year'] },
      ],
    },
    then: 'skip',
    scopes: ['terrorism'],
    examples: {
      pos: ['More than 11 journalists have been killed by the Salvadoran army since 1981.', 'Five policemen have been killed in Medellin since last Monday.',
        'So far, two deputies have been murdered by terrorists in less than 15 days.', 'At least 100 MRTA members have been killed by the police this year.', 'Two mayors have been killed in our department over the past two months.',
        'More than 200 people have died so far this month owing to the armed struggle.', 'Three mayors have been murdered so far this year.', 'Five soldiers have been killed in the province to date.',
        'They are to blame for the assassination of four presidential candidates in the past few years.', 'The death squads murdered hundreds of citizens in the past few years.',
        'The Shining Path is responsible for the deaths of at least 700 people this year.'],
      neg: ['Three policemen were killed in Medellin, the first since Monday.', 'Three people have been killed in the attack, police said.',
        'Two deputies were murdered by terrorists in less than 15 days.', 'Three people have been killed in the attack on the bank.',
        'Three people were killed in the attack on the bank so far from the border.', 'Three people have been killed in the attack on the bank this morning.',
        'Three people were killed in the attack on the bank last night, the worst in the past few years.', 'Gunmen killed three people in the town yesterday.'],
    },
  },
  {
    // the same in the modern codings, where a tally event keeps its tally (record.ts) but an incident's toll is not a
    // running count told beside it: a past period after the figure ("Russian shelling has killed twelve people in the Kherson
    // region over the past week", "at least 38 children were killed or injured in the region in the last three months"; not
    // a perfect since a day: "have killed at least 412 civilians since January" is the tally event's own figure)
    name: 'counts.tally',
    cue: /\b(?:past|last)\s+(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days|decades?)\b/,
    match: { clauseAfter: { words: PAST_PERIOD, reach: 10 } },
    then: 'skip',
    scopes: ['all'],
    examples: {
      pos: ['Russian shelling has killed twelve people in the Kherson region over the past week, according to regional authorities.',
        'At least 38 children were killed or injured in the region in the last three months of 2024.'],
      neg: ['Three people were killed in the attack on the bank last night, the worst in the past few years.', 'Gunmen killed three people in the town yesterday.',
        'Three civilians were killed and 11 wounded in Kherson on Thursday.'],
    },
  },
];
