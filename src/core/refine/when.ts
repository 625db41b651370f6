// When an incident happened when none of its own sentences dates it: a
// sentence that tells a further deed of the same raid or night ("THE REBELS
// ALSO BLEW UP TWO HIGH TENSION POSTS", "ANOTHER EXPLOSION TOOK PLACE") keeps
// the date of the incident told before it. Rules as data, read on the language
// layer at the incident's triggers; record.ts applies them (chooseDate).
import type { DateValue, EventRecord, RuleFiring } from '../types.js';
import { firstRule, viewOf, type LayerRule } from '../lang/match.js';
import type { ArticleContext, Incident } from './context.js';

/** What a SAME_TIME_RULES record gives: the date of the nearest incident told before. */
export type SameTimeThen = 'previous-incident-date';

export const SAME_TIME_RULES: LayerRule<SameTimeThen>[] = [
  {
    // "THE REBELS ALSO BLEW UP TWO HIGH TENSION POSTS", "THE COUNTRY HOMES … WERE SIMILARLY ATTACKED"; "ANOTHER EXPLOSION TOOK
    // PLACE IN ZONE 5", "A SECOND BOMB EXPLODED AT THE HEADQUARTERS"; "IN ADDITION, URBAN GUERRILLAS BLEW UP A PUBLIC BUS"
    name: 'date-same-time',
    match: { any: [{ near: { reach: 2, test: { words: ['also', 'similarly', 'simultaneously', 'likewise'] } } }, { before: [{ words: ['another', 'second', 'third', 'fourth', 'fifth'] }] }, { pp: { preps: ['in'], heads: ['addition'], fronted: true } }] },
    then: 'previous-incident-date',
    examples: {
      pos: [
        'SAN SALVADOR, 15 MAR 89 (AFP) -- [TEXT] URBAN COMMANDOS ATTACKED THE GOVERNMENT HOUSE TONIGHT.  THE REBELS ALSO BLEW UP TWO HIGH TENSION POSTS.',
        'BOGOTA, 6 DEC 89 -- [TEXT] A BOMB EXPLODED TODAY IN NORTHERN BOGOTA.  ANOTHER EXPLOSION OCCURRED IN THE SOUTHERN PART OF BOGOTA.',
        'SAN SALVADOR, 29 MAR 89 -- [TEXT] THE GUERRILLAS DESTROYED 10 POWER TOWERS TODAY.  THE POWER COMPANY GAVE THE FIGURES.  IN ADDITION, URBAN GUERRILLAS BLEW UP A PUBLIC BUS.',
      ],
      neg: [
        'SAN SALVADOR, 15 MAR 89 (AFP) -- [TEXT] URBAN COMMANDOS ATTACKED THE GOVERNMENT HOUSE TONIGHT.  THE REBELS BLEW UP TWO HIGH TENSION POSTS.',
        'BOGOTA, 6 DEC 89 -- [TEXT] A BOMB EXPLODED TODAY IN NORTHERN BOGOTA.  AN EXPLOSION OCCURRED IN THE SOUTHERN PART OF BOGOTA.',
        'SAN SALVADOR, 29 MAR 89 -- [TEXT] THE GUERRILLAS DESTROYED 10 POWER TOWERS TODAY.  THE POWER COMPANY GAVE THE FIGURES.  URBAN GUERRILLAS BLEW UP A PUBLIC BUS.',
      ],
    },
  },
];

/** Words of a sentence that place its deed at another time than the story's ("ANOTHER BOMB EXPLODED ON THAT CORNER A FEW WEEKS AGO"). */
export const OTHER_TIME: ReadonlySet<string> = new Set(['ago', 'earlier', 'previously', 'recently', 'formerly', 'past', 'last', 'since']);

/** An incident told before, with its chosen date. */
export interface DatedIncident {
  sentence: number;
  date: DateValue;
  /** The date was read in the incident's own sentences (not a lead's or another incident's). */
  own: boolean;
}

/**
 * SAME_TIME_RULES: the first record that holds at a trigger of the incident's first group, and the date of the nearest
 * incident told before it that its own sentences date (a date the lead lent it is too weak to lend on); null when no
 * rule holds or none is dated.
 */
export function sameTimeDate(ctx: ArticleContext, inc: Incident, before: readonly DatedIncident[]): { date: DateValue; rule: string } | null {
  const g = inc.groups[0]!;
  const prev = before.filter((x) => x.sentence < g.sentence && x.own && x.date.value).sort((a, b) => b.sentence - a.sentence)[0];
  if (!prev || !ctx.lang || ctx.lang.layer(g.sentence).terms.some((t) => OTHER_TIME.has(t.normal))) return null;
  for (const m of g.mentions) {
    const r = firstRule(SAME_TIME_RULES, viewOf(ctx.lang, g.sentence, m.trigger.start, m.trigger.end));
    if (r) {
      ctx.trace?.push({ rule: r.name, action: 'accept', ...m.trigger });
      return { date: prev.date, rule: r.name };
    }
  }
  return null;
}

/**
 * NEXT_SENTENCE_DAY: the date of the incident told in the sentence right before the incident's first, when its own
 * sentences date that one and the incident's sentence names no other time; null otherwise.
 */
export function nextSentenceDate(ctx: ArticleContext, inc: Incident, before: readonly DatedIncident[]): DateValue | null {
  const g = inc.groups[0]!;
  const prev = before.find((x) => x.sentence === g.sentence - 1 && x.own && x.date.value);
  if (!prev || !NEXT_SENTENCE_DAY.scopes.includes(ctx.scope ?? 'all') || !ctx.lang || ctx.lang.layer(g.sentence).terms.some((t) => OTHER_TIME.has(t.normal))) return null;
  return prev.date;
}

/** A rule applied in code, stated as data: what it matches, in words, and what it gives. */
export interface WhenRule {
  name: string;
  match: string;
  then: string;
  examples: { pos: string[]; neg: string[] };
}

export const LEAD_REPORT_DAY: WhenRule = {
  name: 'date-lead-report-day',
  match: 'the story\'s main incident, told in the dateline\'s own sentence, when its sentence names no time at all (one that dates the report, "SAID TODAY THAT", leaves the incident undated) and the lead gives it no date, the dateline gives the full publication date, and no label after it says the text is a statement, speech, interview or commentary (OPINION_LABEL)',
  then: 'the dateline\'s date: a wire reports the day\'s incident ("BOGOTA, 3 NOV 89 -- FOUR PEOPLE KILLED … ARE THE RESULT OF A CAR BOMB EXPLOSION")',
  examples: {
    pos: ['BOGOTA, 3 NOV 89 (RADIO CADENA NACIONAL) -- [TEXT] FOUR PEOPLE KILLED AND FIVE INJURED ARE THE RESULT OF A CAR BOMB EXPLOSION IN BOGOTA, THE POLICE REPORTED.'],
    neg: [
      'FOUR PEOPLE KILLED AND FIVE INJURED ARE THE RESULT OF A CAR BOMB EXPLOSION IN BOGOTA, THE POLICE REPORTED.',
      'BOGOTA, 3 NOV 89 -- [TEXT] THE MAYOR WAS RE-ELECTED.  FOUR PEOPLE WERE KILLED IN A CAR BOMB EXPLOSION IN BOGOTA.',
      "SANTIAGO, 14 DEC 89 (DOMESTIC SERVICE) -- [STATEMENT] [HERNAN BUCHI] [TEXT] THE CAMPAIGN WAS MARRED BY A CARABINERO'S ASSASSINATION.",
    ],
  },
};

/**
 * The label of a wire's transcript after its dateline that says it is no report of the day's news but a statement,
 * speech, interview or commentary ("-- [STATEMENT] [HERNAN BUCHI, IN PROGRESS]"): its lead incident is not the day's.
 */
export const OPINION_LABEL = /^\s*\[(?:interview|speech|commentary|station commentary|statement|editorial|article|message|letter)\b/i;

/** LEAD_REPORT_DAY: the dateline's date for an incident told in the dateline's sentence, or null. */
export function leadReportDay(ctx: ArticleContext, inc: Incident): DateValue | null {
  const dl = ctx.dateline;
  if (!dl?.dateSpan || !dl.date || dl.date !== ctx.published || OPINION_LABEL.test(ctx.text.slice(dl.span.end, dl.span.end + 40))) return null;
  const lead = ctx.sentences.findIndex((s) => s.end > dl.span.end);
  const s = ctx.sentences[lead];
  // (a lead that dates its report, "COLONEL OCHOA TODAY SAID THAT … THE JESUITS' MURDER", leaves the incident undated:
  // report-day-skip)
  if (!s || inc.groups[0]!.sentence !== lead || ctx.dates.some((x) => x.start >= s.start && x.end <= s.end)) return null;
  const { text, start, end } = dl.dateSpan;
  return { value: dl.date, precision: 'day', text, start, end };
}

export const NEXT_SENTENCE_DAY: WhenRule & { scopes: string[] } = {
  name: 'date-next-sentence',
  // (MUC-4 wires tell a night's deeds in a row; in modern notes the next sentence retells the incident: acled-dev-2 fell)
  scopes: ['terrorism'],
  match: 'an incident that none of its own sentences dates, told in the sentence right after an incident that its own sentences date, its sentence naming no other time (OTHER_TIME: "ago", "earlier", "last" …)',
  then: 'the date of the incident before it: a wire tells the deeds of one night in a row ("A BOMB EXPLODED TODAY AT A BANK …  GUERRILLAS BURNED A BUS …")',
  examples: {
    pos: ['BOGOTA, 6 DEC 89 -- [TEXT] A BOMB EXPLODED TODAY AT A BANK IN NORTHERN BOGOTA.  GUERRILLAS BURNED A BUS IN THE SOUTHERN PART OF BOGOTA.'],
    neg: [
      'BOGOTA, 6 DEC 89 -- [TEXT] A BOMB EXPLODED TODAY AT A BANK IN NORTHERN BOGOTA.  GUERRILLAS BURNED A BUS IN THE SOUTHERN PART OF BOGOTA LAST MONTH.',
      'BOGOTA, 6 DEC 89 -- [TEXT] A BOMB EXPLODED TODAY AT A BANK IN NORTHERN BOGOTA.  THE MAYOR SPOKE.  GUERRILLAS BURNED A BUS IN THE SOUTHERN PART OF BOGOTA.',
    ],
  },
};

export const FUTURE_DAY: WhenRule = {
  name: 'date-future-skip',
  match: 'a date of the incident\'s sentences or of the lead, its year not stated, that lies after the publication day ("THE MEETING SCHEDULED FOR 20 NOVEMBER", "THE ELECTIONS, SCHEDULED FOR SUNDAY, 25 FEBRUARY", "WILL EVACUATE 52 SPANIARDS ON 19 NOVEMBER")',
  then: 'no date of the incident: a day still to come dates what is planned, not what was done; the incident takes its next date, or none',
  examples: {
    pos: ['SAN SALVADOR, 3 NOV 89 -- [TEXT] THE GUERRILLAS ATTACKED THE MAYOR\'S OFFICE BEFORE THE TALKS SCHEDULED FOR 20 NOVEMBER.'],
    neg: ['SAN SALVADOR, 3 NOV 89 -- [TEXT] THE GUERRILLAS ATTACKED THE MAYOR\'S OFFICE ON 2 NOVEMBER.'],
  },
};

/** Whether a date whose year the text does not state lies after publication (FUTURE_DAY's test, untraced). */
export function laterDay(ctx: Pick<ArticleContext, 'published'>, x: { value: string | null; relative: boolean }): boolean {
  return !!x.value && x.relative && !!ctx.published && x.value > ctx.published.slice(0, x.value.length);
}

/**
 * `day-over-period`: the first of the dates told of an incident, or, when that one is a month or a year, the first day
 * told within it ("KIDNAPPED … ALMOST 2 MONTHS AGO … KIDNAPPED THE BUSINESSMAN LAST 9 AUGUST"). Shared by the record's
 * date (record.ts chooseDate) and the dates the merge compares (merge.ts toldDate).
 */
export function dayOverPeriod<T>(told: readonly T[], date: (t: T) => { value: string | null; precision: string }): T | undefined {
  const first = told[0];
  if (first === undefined) return undefined;
  const f = date(first);
  const period = f.value && f.precision !== 'day' ? f.value : null;
  return (period && told.find((t) => date(t).precision === 'day' && !!date(t).value?.startsWith(period))) || first;
}

/**
 * FUTURE_DAY: a date whose year the text does not state (`relative`, read against publication) lies after publication, as
 * precise as the date is (a stated year is taken as written: "between 7 and 9 February 2022" in a note of 8 February); its
 * reject traced (`laterDay` is the test alone, for the merge, which traces nothing of dates).
 */
export function futureDay(ctx: ArticleContext, x: { value: string | null; relative: boolean; text: string; start: number; end: number }): boolean {
  if (!laterDay(ctx, x)) return false;
  ctx.trace?.push({ rule: FUTURE_DAY.name, action: 'reject', text: x.text, start: x.start, end: x.end });
  return true;
}

export const DAY_ONLY: WhenRule & { scopes: string[] } = {
  name: 'date-day-only',
  // (MUC-4's keys date an incident by its day or not at all; modern notes keep a month or a year: "in March 2021")
  scopes: ['terrorism'],
  match: 'the date chosen for an incident is a month or a year, not a day ("IN 1990", "LAST WEEK", "3 MONTHS AGO", "IN JANUARY")',
  then: 'no date: a wire\'s month or year tells of a period or of another time, not the day of the incident',
  examples: {
    pos: ['LIMA, 5 JAN 90 -- [TEXT] IN 1990 THE SHINING PATH WILL STEP UP ITS ATTACKS, … A POLICEMAN WAS WOUNDED IN AYACUCHO.', 'SAN SALVADOR, 15 NOV 89 -- [TEXT] THE ATTACKS LAST WEEK ON THE CAPITAL LEFT 40 DEAD.'],
    neg: ['SAN SALVADOR, 15 NOV 89 -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A BANK.', 'Police said the attack took place in March 2021. (modern notes: no scope terrorism)'],
  },
};

/** DAY_ONLY's test: the date of an event that the scope keeps (a day, or, in a scope that keeps periods, any), or null. */
export function keptDate(e: EventRecord, scope: string | undefined): string | null {
  return e.date.precision === 'day' || !DAY_ONLY.scopes.includes(scope ?? 'all') ? e.date.value : null;
}

/**
 * DAY_ONLY: the events of a scope that dates by the day, a month or a year dropped (after the scope and history filters,
 * which read those dates; the scope's particulars test reads `keptDate`); each drop traced as a reject and explained.
 */
export function dayOnly(events: EventRecord[], scope: string | undefined, trace?: RuleFiring[]): EventRecord[] {
  if (!DAY_ONLY.scopes.includes(scope ?? 'all')) return events;
  return events.map((e) => {
    const { value, text, start, end } = e.date;
    if (!value || keptDate(e, scope)) return e;
    trace?.push({ rule: DAY_ONLY.name, action: 'reject', text: text ?? value, start: start ?? e.trigger.start, end: end ?? e.trigger.end });
    return { ...e, date: { value: null, precision: 'unknown', text: null, start: null, end: null }, ...(e.explain ? { explain: { ...e.explain, date: [DAY_ONLY.name] } } : {}) };
  });
}
