// Refiner: a story whose lead is about a court case, trial, investigation or
// an arrest recounts old incidents ("the prosecutor asked for 25 years for the
// killing of 124 inmates in 1986", "police arrested X, who took part in
// attacks in the San Martin jungle"); those incidents were coded when they
// happened. Drop the events of such a story unless they are dated within
// RECENT_DAYS of publication, or the lead itself reports a recent incident.
import type { EventRecord } from '../types.js';
import { numberWords } from '../lang/number-words.js';

export const JUDICIAL_LEAD = {
  name: 'drop-judicial-retrospective',
  pattern: /\b(prosecutors?|court|courts|trial|tried(?!\s+to\b)|tribunal|judge|judges|indictment|indicted|sentenced|sentence|jailed|jails|convicted|conviction|imprisonment|verdict|extradition|acquitted|hearing|arrested|captured|detained|apprehended)\b/,
};

/**
 * How recent an incident a judicial story tells stays its own: MUC-4's keys code the crime a trial, charge or arrest story
 * tells when it is of the last months ("a judge ordered the arrest of … members of the army involved in the massacre of six
 * Jesuit priests carried out … on 16 November", told on 19 January; 31 days dropped it: muc4-tst2 0.507 -> 0.514).
 */
export const RECENT_DAYS = 90;

/** A judgment beside a date of the lead ("a Milan court on Wednesday sentenced four men"): the date is the judgment's. */
const JUDGMENT_NEAR = /\b(?:sentenced|sentences|jailed|jails|convicted|convicts|acquitted|acquits|found\s+guilty)\b/;
const JUDGMENT_REACH = 40;

function daysBetween(a: string, b: string): number {
  const pa = a.split('-').map(Number);
  const pb = b.split('-').map(Number);
  const ta = Date.UTC(pa[0]!, (pa[1] ?? 1) - 1, pa[2] ?? 1);
  const tb = Date.UTC(pb[0]!, (pb[1] ?? 1) - 1, pb[2] ?? 1);
  return Math.abs(tb - ta) / 86400000;
}

/**
 * `lead` is the lower-cased first body sentence, `leadSpan` its offsets. A date an event of a later sentence takes from
 * the lead ("a Milan court on Wednesday sentenced …") is the day of the judgment, not of the incident: it makes no event recent.
 */
export function dropRetrospective(events: EventRecord[], lead: string, leadSentence: number, published: string | null, leadSpan?: { start: number; end: number }): EventRecord[] {
  if (!JUDICIAL_LEAD.pattern.test(lead)) return events;
  const judgmentDay = (e: EventRecord) => {
    const at = leadSpan && e.sentence !== leadSentence && e.date.start != null && e.date.end != null ? e.date.start - leadSpan.start : -1;
    return at >= 0 && at < lead.length && JUDGMENT_NEAR.test(lead.slice(Math.max(0, at - JUDGMENT_REACH), e.date.end! - leadSpan!.start + JUDGMENT_REACH));
  };
  const recent = (e: EventRecord) => !!e.date.value && !!published && !judgmentDay(e) && daysBetween(e.date.value, published) <= RECENT_DAYS;
  // the lead reports an incident that is not itself old news ("police arrested two men after a bomb exploded on Sunday")
  if (events.some((e) => e.sentence === leadSentence && (recent(e) || !e.date.value))) return events;
  return events.filter(recent);
}

/**
 * Refiner: an incident whose date ends more than HISTORY.months before
 * publication is history told as context ("In October 2023, 29 soldiers were
 * killed in an ambush near Tabatol", "during the period following 11 September
 * 1973"), coded when it happened; it is not an event of this story. The month
 * or year of a date counts to its end. A date told by its month or year with
 * the year written out ("In 2022, separatists kidnapped a bishop", "was shot
 * dead in Quito in August 2023", "the bombing of a Catholic mass … in December
 * 2023") that ends `coarseMonths` or more before publication is a past incident
 * recalled: a story tells its own incident by its day ("on Tuesday"), a recent
 * one by its month alone ("murdered last October", "a mass shooting in August"); a year before the year of
 * publication, written or not ("killed more than 5,000 people last year"), is a past year's tally or incident.
 * The date must be the trigger's own: in its clause, after it or opening the
 * clause or the sentence ("In 2022, separatists …"); "after an escalation in
 * January 2020, sparked by the assassination of …" dates the escalation.
 * An incident told only as the time the story's own came after ("The attack
 * came three weeks after a suicide bombing killed 40 paramilitary police",
 * "comes only weeks after al-Shabaab militants attacked a military base") is
 * history told as context too, whatever its date (`elapsed`, read on the
 * trigger's sentence up to the trigger). Weeks, months or years: an incident
 * "two days" before is recent news of its own ("came two days after gunmen
 * killed a mayor"; with days too, heldout fell 0.742 -> 0.720).
 */
export const HISTORY = {
  name: 'drop-history',
  months: 18,
  coarseMonths: 3,
  year: /\b(?:1[89]|20)\d\d\b/,
  clauseOpening: /^[\s,]*(?:(?:and|but)\s+)?$/i,
  sentenceOpening: /(?:^|[.!?]["”]?\s+|\n\s*)(?:(?:and|but)\s+)?$/i,
  elapsed: new RegExp(String.raw`\b(?:came|comes|come)\s+(?:only\s+|just\s+|barely\s+|nearly\s+|about\s+|less\s+than\s+|more\s+than\s+)?(?:(?:\d+|a|an|${numberWords('one', 'ten')}|a\s+few|several)\s+)?(?:weeks?|months?|years?)\s+after\s+(?:[\w'’-]+\s+){0,3}$`, 'i') };

/** The last month a date can mean, as a count of months ("2020" → December 2020). */
function lastMonth(value: string): number {
  const y = Number(value.slice(0, 4));
  const m = value.length >= 7 ? Number(value.slice(5, 7)) : 12;
  return y * 12 + (m - 1);
}

/**
 * `clauseAt` gives the clause around a position (lang/within.ts clauseSpanAt): a coarse date counts only as the trigger's
 * own (HISTORY).
 */
export function dropHistory(events: EventRecord[], published: string | null, text = '', clauseAt: (pos: number) => { start: number; end: number } | null = () => null): EventRecord[] {
  // (told in one sentence only: an incident the story tells again elsewhere is its own)
  const elapsed = (e: EventRecord) => {
    const s = e.evidence.length === 1 ? e.evidence[0]! : null;
    return !!s && s.start <= e.trigger.start && e.trigger.start < s.end && HISTORY.elapsed.test(text.slice(s.start, e.trigger.start));
  };
  if (!published) return events.filter((e) => !elapsed(e));
  const now = lastMonth(published.slice(0, 7));
  const ownYear = (e: EventRecord) => {
    const { start, end } = e.date;
    // (a year told relatively, "killed more than 5,000 people in Haiti last year", is a past year all the same)
    if (start == null || end == null || e.date.precision === 'day' || (e.date.precision !== 'year' && !HISTORY.year.test(text.slice(start, end)))) return false;
    const c = clauseAt(e.trigger.start);
    if (!c) return false;
    // (or a fronted adverbial of the sentence right before the clause: "In 2022, separatists kidnapped …")
    if (end <= c.start) return /^[\s,]*$/.test(text.slice(end, c.start)) && HISTORY.sentenceOpening.test(text.slice(Math.max(0, start - 12), start));
    return start >= c.start && end <= c.end && (start >= e.trigger.end || HISTORY.clauseOpening.test(text.slice(c.start, start)));
  };
  const old = (e: EventRecord) => {
    const gap = now - lastMonth(e.date.value!);
    // (a past year of its own counts whatever the month of publication: "killed more than 2,600 people … in 2021" in a story of 3 January 2022)
    return gap > HISTORY.months || ((gap >= HISTORY.coarseMonths || (e.date.precision === 'year' && gap > 0)) && ownYear(e));
  };
  return events.filter((e) => !elapsed(e) && (!e.date.value || !old(e)));
}
