// Attach arguments to the mentions of each sentence: attackers and targets by
// position (roles.ts), dates, places, weapons, casualties, responsibility and
// reporters of the sentence.
import type { EventMention } from '../extract/events/index.js';
import { typeOf } from '../extract/events/index.js';
import type { ActorMention } from '../extract/actors/index.js';
import type { ArticleContext, Group, Role } from './context.js';
import type { EventType } from '../types.js';
import type { Sentence } from '../text.js';
import type { PlaceMention } from '../extract/places/index.js';
import type { WeaponMention } from '../extract/weapons/index.js';
import type { CasualtyMention } from '../extract/counts/index.js';
import type { DateMention } from '../extract/dates/index.js';
import { containing, near, overlapsAny, within } from '../spans.js';
import { nounRunAround } from '../lang/match.js';
import { lemmaOf, type Clause, type Term, type VerbInfo } from '../lang/layer.js';
import { clauseBefore, clauseSpanAt, clauseStart, holdsAfter, holdsAround, holdsBefore, sentenceAfter, sentenceBefore, skippedAt, wordBefore, type ClauseReader } from '../lang/within.js';

/** A preposition of place right before an actor that is also a place ("in Syria"): the place, not a party. */
const PLACE_PREPOSITION_BEFORE = /\b(in|near|at|from|outside|of)\s+(the\s+)?$/;
/** A determiner and one word before a trigger ("an Israeli strike"): the trigger is a noun. */
const DETERMINER_ADJECTIVE_BEFORE = /\b(an?|the|this|that|its|their|another)\s+[a-z-]+\s+$/;

/** An indefinite article right before a noun trigger: a new incident, not the one told before ("an attack"). */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
import { countryByDemonym } from '../geo/countries.js';
import { ACTORS } from '../extract/actors/lexicon.js';
import type { BetweenRule, DeedPattern } from './roles.js';
import { BARE_PARTICIPLE, CLAUSE_ROLE_RULES, DAMAGE_RULES, HARM_RULES, type HarmRule, FORCE_AIRCRAFT_RULES, type DamageRule, OWNER_RULES, POSSESSIVE_RULES, type PossessiveRule, LIST_RULES, type ListRule, PP_ROLE_RULES, REACTION_AFTER, GROUP_BEFORE_GENERIC, GROUP_OWNS_GENERIC, VEHICLE_BOMB, ANCHOR_DATE_BEFORE, CLAIMED_REFERENCE, OFFSET_BACK_REFERENCE, DEMONYM_BEFORE, DEMONYM_WEAPON_SUBJECT, REPORTER_PLACE_AFTER, REPORTER_PLACE_BEFORE, REPORT_DAY_RULES, REPORT_PLACE_RULES, STATE_WEAPON_TYPES, FRESH_INCIDENT, HOSPITAL_PLACE_BEFORE, NOT_ATTACKER_KINDS, OFFSET_CLAUSE, OFFSET_REFERENCE, PERIOD_START, RANKED_BEFORE, SINCE_CLAUSE_BEFORE, REPORTED_CLAUSE, REPORT_TIME_BEFORE, ROLE_RULES, SAME_INCIDENT, SHARED_SUBJECT_RULES, type SharedSubjectRule, IN_THE_ANAPHOR, SUSPECT_AUX, SUSPECT_LEAD, SUSPECT_RULES, type SuspectRule } from './roles.js';
import { numberWords } from '../lang/number-words.js';

/** `coordinated-target` joins persons named to persons named: modern wires name the victims beside what was attacked (a
 * market and its residents, a bus and its driver), and only MUC-4 codes those as targets. */

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Whether a place named in a sentence can be where its incident happened: not part of a group's name, not where whoever reports it is
 * (`reporter-place-skip`: "Police in Manila said a grenade was lobbed … in Jolo"), nor where the wounded were taken
 * (`hospital-place-skip`).
 */
export function incidentPlace(ctx: ArticleContext, p: { start: number; end: number }): boolean {
  // `place-in-name-skip`: a place inside a group's own name ("al-Qaeda in the Arabian Peninsula", "Islamic State Khorasan Province")
  if (containing(ctx.actors, p.start, p.end).some((a) => a.known && a.end - a.start > p.end - p.start)) return false;
  // the words before and after the place in its clause (lang/within.ts), each tried on the sentence first
  if (holdsAround(ctx, p, REPORTER_PLACE_BEFORE, REPORTER_PLACE_AFTER)) return false;
  // other-place-skip: where a report was made, or talks held
  // (its "that" opens the next clause: the words after it are read to the sentence's end; they are read first, on the
  // text: meeting-place-skip's words before hold on every clause)
  const report = REPORT_PLACE_RULES.find((r) => (!r.after || r.after.test(sentenceAfter(ctx, p.end))) && holdsBefore(ctx, p.start, r.before));
  if (!report) skippedAt(ctx, p.start);
  if (report) {
    ctx.trace?.push({ rule: report.name, action: 'reject', text: ctx.text.slice(p.start, p.end), start: p.start, end: p.end });
    return false;
  }
  return !holdsBefore(ctx, p.start, HOSPITAL_PLACE_BEFORE);
}

/** `report-day-skip` (roles.ts REPORT_DAY_RULES): a date that is the day a report was made, not the incident's. */
export function reportDay(ctx: ArticleContext, d: { text: string; start: number; end: number }): boolean {
  return REPORT_DAY_RULES.some(
    (r) =>
      r.date.test(d.text) &&
      !r.unlessAfter.test(ctx.lower.slice(d.end, d.end + 3)) &&
      ((r.before && trimmedBefore(ctx, d.start, r.before)) || (r.after && holdsAfter(ctx, d.end, r.after))),
  );
}

/**
 * `date-body-found-skip`: the day a body was found is not the day of the killing ("THE BODY OF AN UNIDENTIFIED MAN WAS FOUND
 * ON 9 NOVEMBER", "MSGR JARAMILLO WAS MURDERED AND HIS BODY WAS FOUND TODAY"): a date a few words after the finding, in its
 * clause, dates no incident. Read on the clause before the date (lang/within.ts clauseBefore).
 */
export const BODY_FOUND_DAY = {
  name: 'date-body-found-skip',
  // (on the lower-case text)
  before: /\b(?:body|bodies|corpses?)\b(?:[\s,]+[\w'-]+){0,10}?[\s,]+(?:was|were|been)\s+(?:found|discovered|located)(?:\s+[\w'-]+){0,5}?\s*$/,
  examples: {
    pos: ['MSGR JESUS EMILIO JARAMILLO WAS MURDERED AND HIS BODY WAS FOUND TODAY.', 'TWO BODIES, ONE HEADLESS AND THE OTHER WITH BULLET WOUNDS, WERE FOUND ON 8 NOVEMBER IN SOYAPANGO.'],
    neg: ['MSGR JESUS EMILIO JARAMILLO WAS MURDERED TODAY.', 'POLICE FOUND A BOMB TODAY AT THE BANK.'],
  },
};

/** BODY_FOUND_DAY: the date is the day a body was found. */
export function bodyFoundDay(ctx: ClauseReader, d: { start: number }): boolean {
  return trimmedBefore(ctx, d.start, BODY_FOUND_DAY.before);
}

/** Whether `re` holds on the clause's text before `pos`, its blanks trimmed: tried on the sentence's text first (no layer). */
function trimmedBefore(ctx: ClauseReader, pos: number, re: RegExp): boolean {
  if (re.test(sentenceBefore(ctx, pos).trimEnd())) return re.test(clauseBefore(ctx, pos).trimEnd());
  skippedAt(ctx, pos);
  return false;
}

/** How far (characters) an actor may be after a trigger, or before it, to have a role in its clause. */
const ROLE_REACH = { after: 140, before: 120 };

/** The role a matching rule gives the actor (null: a skip), recorded with the actor's span in the trace (explain). */
function ruled(ctx: ArticleContext, r: { name: string; role: BetweenRule['role'] | 'attacker-any-kind'; relation?: BetweenRule['relation'] }, a: ActorMention): PartyRole | null {
  ctx.trace?.push({ rule: r.name, action: r.role === 'skip' ? 'reject' : 'accept', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
  if (r.role === 'skip') return null;
  const relation = r.relation ? { relation: r.relation } : {};
  return r.role === 'attacker-any-kind' ? { value: 'attacker', rule: r.name, anyKind: true, ...relation } : { value: r.role, rule: r.name, ...relation };
}

/** Whether a role rule's conditions other than its text hold: voice, part of speech, the actor's kind and name, the trigger's type. */
function ruleApplies(r: BetweenRule, m: EventMention, a: ActorMention, voice: 'active' | 'passive'): boolean {
  if ((r.voice && r.voice !== voice) || (r.pos && r.pos !== m.pos)) return false;
  if ((r.kinds && !r.kinds.includes(a.kind)) || (r.names && !r.names.test(a.name))) return false;
  return !r.types || r.types.includes(m.type);
}

/** A role, and whether it holds whatever the actor's kind (a suspect named "10 people" stays an attacker). */
type PartyRole = Role<'attacker' | 'target'> & { anyKind?: boolean };

/** Role of one actor relative to one mention, or null. */
export function roleOf(ctx: ArticleContext, m: EventMention, a: ActorMention): PartyRole | null {
  const { lower } = ctx;
  // the layer reads the voice: a form of "be" or "get" before the verb, adverbs between (lang/layer.ts `passiveAt`), or a
  // bare participle ("THE POLICE COMMANDER MURDERED THIS MORNING")
  const layerPassive = m.pos === 'verb' && !!ctx.lang?.passiveAt(m.sentence, m.trigger.start);
  const bare = m.pos === 'verb' && !layerPassive && bareParticiple(ctx, m);
  const passive = layerPassive || bare;
  const voice = passive ? 'passive' : 'active';
  if (a.start >= m.trigger.end) {
    if (a.start - m.trigger.end > ROLE_REACH.after) return null;
    const between = lower.slice(m.trigger.end, a.start);
    if (/[.;]/.test(between)) return null;
    const pp = ppRule(ctx, m, a);
    if (pp) return ruled(ctx, { name: pp.rule.name, role: pp.skip ? 'skip' : pp.keep ? 'attacker-any-kind' : pp.rule.then }, a);
    for (const r of ROLE_RULES) {
      if (!(r.after || r.actorClause) || !ruleApplies(r, m, a, voice)) continue;
      if ((!r.after || r.after.test(between)) && (!r.actorClause || holdsBefore(ctx, a.start, r.actorClause))) return ruled(ctx, r, a);
    }
    return null;
  }
  if (a.end <= m.trigger.start) {
    if (m.trigger.start - a.end > ROLE_REACH.before) return null;
    const between = lower.slice(a.end, m.trigger.start);
    if (/[.;]/.test(between)) return null;
    const cr = clauseRule(ctx, m, a, voice) ?? possessiveRule(ctx, m, a);
    if (cr) return ruled(ctx, { name: cr.name, role: cr.then }, a);
    const suspect = suspectRule(ctx, m, a);
    if (suspect) return ruled(ctx, { name: suspect.name, role: suspect.then }, a);
    for (const r of ROLE_RULES) {
      if (!r.before || !ruleApplies(r, m, a, voice)) continue;
      if (!r.before.test(between)) continue;
      if (r.unlessObject?.scopes.includes(ctx.scope ?? 'all') && r.unlessObject.after.test(sentenceAfter(ctx, m.trigger.end))) continue;
      if (r.unlessLead?.test(lower.slice(ctx.sentences[m.sentence]!.start, a.start))) continue;
      // a bare participle's subject is the noun right before it ("A TOLL OF 1 PERSON WOUNDED": not a party further back)
      if (bare && r.voice === 'passive' && !/^\s*(?:\w+ly\s+)?$/.test(between)) continue;
      // a passive's subject is the actor right before it, not one further back ("police said the
      // soldiers were killed")
      if (r.nearest && !/^\s*,?\s*(carrying|transporting|with|of|belonging\s+to|owned\s+by|used\s+by)\b/.test(between) && within(ctx.actors, a.end, m.trigger.start).some((b) => b !== a)) return null;
      return ruled(ctx, r, a);
    }
    const shared = sharedSubjectRule(ctx, m, a, voice);
    if (shared) return ruled(ctx, { name: shared.name, role: shared.then }, a);
  }
  return null;
}

/** Whether the verb trigger of `m` is a bare participle read as a passive (roles.ts BARE_PARTICIPLE). */
function bareParticiple(ctx: ArticleContext, m: EventMention): boolean {
  if (!ctx.lang) return false;
  const v = ctx.lang.termAt(m.sentence, m.trigger.start);
  const last = ctx.lang.termAt(m.sentence, m.trigger.end - 1);
  if (v < 1 || last < v) return false;
  const { terms, clauses } = ctx.lang.layer(m.sentence);
  return bareParticipleAt(terms, clauses, v, last);
}

/**
 * A term that opens no object after a verb: a preposition, conjunction, adverb, verb or a word of a time phrase; not the
 * start of a count ("MURDERED MORE THAN 70,000", "KILLED AT LEAST 20", "KILLED SOME 30").
 */
const opensNoObject = (t: Term, after: Term | undefined) =>
  !(BARE_PARTICIPLE.counts.includes(t.normal) && (!after || after.tags.has('Value') || /^(?:than|least|most|to)$/.test(after.normal))) &&
  (['Preposition', 'Conjunction', 'Adverb', 'Verb'].some((g) => t.tags.has(g)) || BARE_PARTICIPLE.times.includes(t.normal) || /^(?:when|while|as|after|before|and|or)$/.test(t.normal));

/**
 * Whether the verb at term `v` (its words ending at term `last`) is a bare past participle (roles.ts BARE_PARTICIPLE): a
 * past form right after a noun (adverbs between, no punctuation, no auxiliary), before "by" or before no object and no
 * verb coordinated with it, of a verb done to someone.
 */
function bareParticipleAt(terms: readonly Term[], clauses: readonly Clause[], v: number, last: number): boolean {
  if (!terms[v]!.tags.has('PastTense') && !terms[v]!.tags.has('Participle')) return false;
  let k = v - 1;
  while (k > 0 && terms[k]!.tags.has('Adverb') && !terms[k]!.post) k--;
  const prev = terms[k];
  if (!prev || prev.post || !prev.tags.has('Noun') || ['Pronoun', 'Auxiliary', 'Copula', 'Verb'].some((g) => prev.tags.has(g))) return false;
  const end = terms[last]!;
  const next = terms[last + 1];
  if (next && !/[.;:]/.test(end.post)) {
    if (next.normal === 'by' && !end.post && !next.post) return true;
    const linked = end.post.includes(',') || /^(?:and|or)$/.test(next.normal);
    // "KIDNAPPED AND KILLED THE MAYOR", "KILLED, WOUNDED AND KIDNAPPED": verbs coordinated, their object after them
    if (linked && terms[end.post.includes(',') ? last + 1 : last + 2]?.tags.has('Verb')) return false;
    if (!end.post && !opensNoObject(next, terms[last + 2])) return false;
  }
  const c = clauses.find((x) => v >= x.from && v < x.to);
  const verb = c?.verbs.find((x) => x.term === v);
  return !!verb && verb.voice === 'active' && BARE_PARTICIPLE.lemmas.includes(verb.lemma);
}

/**
 * The first SHARED_SUBJECT_RULES record (roles.ts) that holds for actor `a` before an active verb trigger: the verb a
 * predicate coordinated with its clause's first verb, `a` the end of that clause's subject (or the subject of the
 * clause right before, for a predicate cut off at ", and").
 */
function sharedSubjectRule(ctx: ArticleContext, m: EventMention, a: ActorMention, voice: 'active' | 'passive'): SharedSubjectRule | null {
  if (!ctx.lang || m.pos !== 'verb' || voice !== 'active') return null;
  const trig = ctx.lang.termAt(m.sentence, m.trigger.start);
  const head = ctx.lang.termAt(m.sentence, a.end - 1);
  if (trig < 1 || head < 0 || head >= trig) return null;
  const { terms, clauses } = ctx.lang.layer(m.sentence);
  const ci = clauses.findIndex((c) => trig >= c.from && trig < c.to);
  let vg = trig;
  while (vg > 0 && inVerbGroup(terms[vg - 1]!) && !terms[vg - 1]!.post) vg--;
  const link = terms[vg - 1];
  if (ci < 0 || !link) return null;
  for (const r of SHARED_SUBJECT_RULES) {
    if (r.match.scope !== ctx.scope || r.match.notKinds.includes(a.kind)) continue;
    if (!r.match.links.includes(link.normal) && !link.post.includes(',')) continue;
    const own = clauses[ci]!;
    const prev = clauses[ci - 1];
    const c = own.subject ? own : own.kind === 'main' && prev?.subject && prev.to === own.from && r.match.inherit.includes(prev.kind) ? prev : null;
    const first = c?.verbs[0];
    if (!c || !first || first.voice !== 'active' || first.term >= vg || r.match.notLemmas.includes(first.lemma)) continue;
    // the predicate right before is active too ("JAMES MCVEAL WAS INJURED AND SERIOUSLY BURNED": burned as he was)
    const last = [...c.verbs, ...(c === own ? [] : own.verbs)].filter((x) => x.term < vg).pop();
    const verb = own.verbs.find((x) => x.term === trig);
    // (the predicates share their tense: a present one before tells a habit, "FREQUENTLY KIDNAP VILLAGERS … AND HAVE KILLED")
    if (!verb || ![verb, first, last].every((x) => !x || r.match.tenses.includes(x.tense))) continue;
    if (last?.voice === 'active' && c.subject!.to - 1 === head) return r;
  }
  return null;
}

/**
 * The first PP_ROLE_RULES record that holds for an actor after a trigger, read on the layer: the noun phrase run that
 * holds the actor (one participle may open it: "by unidentified individuals") follows one of the rule's prepositions,
 * and between the trigger and that preposition no verb but the deed's own.
 */
function ppRule(ctx: ArticleContext, m: EventMention, a: ActorMention): { rule: (typeof PP_ROLE_RULES)[number]; keep: boolean; skip?: boolean } | null {
  if (!ctx.lang) return null;
  const { terms } = ctx.lang.layer(m.sentence);
  const trig = ctx.lang.termAt(m.sentence, m.trigger.end - 1);
  const at = ctx.lang.termAt(m.sentence, a.start);
  if (trig < 0 || at <= trig) return null;
  const run = nounRunAround(terms, at);
  let before = run.from - 1;
  if (before > trig && terms[before]!.tags.has('Verb') && !terms[before]!.post && terms[before - 1]?.tags.has('Preposition')) before--;
  for (const r of PP_ROLE_RULES) {
    if (r.match.notKinds?.includes(a.kind) || (r.match.scope && r.match.scope !== ctx.scope) || (r.match.persons && !a.person)) continue;
    // a preposition that also links a run ("of") is the nearest one before the actor within it
    let p = before;
    if (r.match.inRun) {
      for (let k = at - 1; k > Math.max(trig, run.from - 1); k--) if (r.match.preps.includes(terms[k]!.normal)) { p = k; break; }
      // it belongs to the trigger: right after it, or after a phrase of time or place ("THE ASSASSINATION IN TEGUCIGALPA
      // OF"), not after the trigger's object ("ATTACKED THE HOME OF")
      if (p - trig - 1 > r.match.inRun.reach || terms.slice(trig, p).some((t) => t.post) || (p > trig + 1 && !terms[trig + 1]!.tags.has('Preposition'))) continue;
    }
    if (p <= trig || !r.match.preps.includes(terms[p]!.normal)) continue;
    let ok = true;
    for (let k = trig + 1; k < p && ok; k++) if (terms[k]!.tags.has('Verb') && !r.match.through.includes(terms[k]!.normal)) ok = false;
    // (a kind kept as the attacker only as the phrase's own noun, no comma before it: not "BY SALVADORAN AIRCRAFT, JOURNALISTS")
    if (!ok) continue;
    const ins = r.match.instruments;
    if (ins && terms.slice(p + 1, at).some((t, k, run) => t.normal === 'of' && k > 0 && ins.includes(run[k - 1]!.normal))) continue;
    const rs = r.match.responders;
    if (rs?.kinds.includes(a.kind) && rs.patientBefore.test(ctx.lower.slice(ctx.sentences[m.sentence]!.start, m.trigger.start))) return { rule: r, keep: false, skip: true };
    return { rule: r, keep: r.then === 'attacker' && !!r.match.keepKinds?.includes(a.kind) && !terms.slice(p, at).some((t) => t.post.includes(',')) };
  }
  return null;
}

/** Words that may sit between a subject and its verb: auxiliaries, adverbs, negation ("was also seriously wounded"). */
const inVerbGroup = (t: Term) => t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Adverb') || t.tags.has('Negative') || t.tags.has('Modal');
const SUBJECT_BREAK = /[;:.]|--|—|–/;

/**
 * The subject before the verb group that starts at term `vg`, as the index of its head term: the noun right before the
 * group, or, when a comma closes an apposition there ("VARGAS, SECOND SECRETARY AT THE NICARAGUAN EMBASSY, WAS SHOT"), the
 * word before the apposition's first comma. The apposition may hold commas; it ends at a semicolon, colon, dash or full
 * stop, at a ", and", and at a verb (a relative clause is no apposition: "WHO HAD GOVERNED THE DISTRICT SINCE 2023,").
 */
function subjectHeadBefore(terms: readonly Term[], vg: number, apposition: boolean): number {
  const last = vg - 1;
  if (last < 0) return -1;
  if (!terms[last]!.post.includes(',')) return apposition ? -1 : last;
  let head = -1;
  let before = -1;
  for (let k = last - 1; k >= 0; k--) {
    const t = terms[k]!;
    if (SUBJECT_BREAK.test(t.post) || (t.post.includes(',') && /^(and|but|or)$/.test(terms[k + 1]!.normal))) break;
    if (t.post.includes(',')) (before = head), (head = k);
    // a verb ends it: an apposition is a noun phrase ("WHO HAD GOVERNED THE DISTRICT SINCE 2023," tells another time)
    else if (t.tags.has('Verb') && !inVerbGroup(t)) break;
    // a phrase that opens the clause before the subject is none ("ON 5 JANUARY, CARLOS JULIO TORRADO, MAYOR OF ABREGO, WAS
    // KILLED", "MEANWHILE, CONGRESSMAN MANUEL FRANCISCO MADERO, A CONSERVATIVE PARTY REPRESENTATIVE, WAS ASSASSINATED")
    if (k > 0 && !terms[k - 1]!.post) continue;
    if (head >= 0 && before >= 0 && opensClause(terms, k, head)) return before;
  }
  return head;
}

/** Terms [from, to] are an opening adverbial: a prepositional phrase ("ON 5 JANUARY", "IN ADDITION") or adverbs ("MEANWHILE"). */
function opensClause(terms: readonly Term[], from: number, to: number): boolean {
  if (terms[from]!.tags.has('Preposition')) return true;
  for (let k = from; k <= to; k++) if (!terms[k]!.tags.has('Adverb') && !terms[k]!.tags.has('Date')) return false;
  return true;
}

/**
 * The first CLAUSE_ROLE_RULES record (roles.ts) that holds for actor `a` before the trigger of `m`: `a` ends at the
 * subject's head of the clause whose verb is the trigger, or whose prepositional phrase holds it.
 */
function clauseRule(ctx: ArticleContext, m: EventMention, a: ActorMention, voice: 'active' | 'passive'): (typeof CLAUSE_ROLE_RULES)[number] | null {
  if (!ctx.lang) return null;
  const trig = ctx.lang.termAt(m.sentence, m.trigger.start);
  const head = ctx.lang.termAt(m.sentence, a.end - 1);
  if (trig < 0 || head < 0 || head >= trig) return null;
  const { terms, clauses } = ctx.lang.layer(m.sentence);
  for (const r of CLAUSE_ROLE_RULES) {
    if (r.match.scope && r.match.scope !== ctx.scope) continue;
    let verb = -1;
    if (r.match.trigger === 'verb') {
      if (m.pos !== 'verb' || (r.match.voice && r.match.voice !== voice)) continue;
      verb = trig;
    } else {
      const c = clauses.find((x) => x.verb && x.verb.term < trig && x.pps.some((p) => trig >= p.np.from && trig < p.np.to));
      if (!c || (r.match.lemmas && !r.match.lemmas.includes(c.verb!.lemma)) || (r.match.voice && c.verb!.voice !== r.match.voice)) continue;
      verb = c.verb!.term;
    }
    let vg = verb;
    while (vg > 0 && inVerbGroup(terms[vg - 1]!) && !terms[vg - 1]!.post) vg--;
    if (subjectHeadBefore(terms, vg, !!r.match.apposition) !== head) continue;
    // "His bodyguard, police agent Luis Fernando Restrepo, was wounded": the apposition's name is the victim, not the noun
    if (!a.person && ctx.actors.some((x) => x.start > a.end && x.end <= terms[vg]!.start && x.person)) continue;
    return r;
  }
  return null;
}

/** Terms that may sit between a possessor and its noun: adjectives and nouns ("GALAN'S BRUTAL MURDER", "ROMERO'S 1980 MURDER"). */
const possessedModifier = (t: Term) => !t.tags.has('Verb') && !t.tags.has('Preposition') && !t.tags.has('Determiner') && !t.tags.has('Possessive') && !t.post;

/**
 * The first POSSESSIVE_RULES record (roles.ts) that holds for actor `a` right before a trigger: the actor's last
 * term is a possessive ("GALAN'S"), and only a few modifiers stand between it and the trigger.
 */
function possessiveRule(ctx: ArticleContext, m: EventMention, a: ActorMention): PossessiveRule | null {
  if (!ctx.lang) return null;
  const head = ctx.lang.termAt(m.sentence, a.end - 1);
  const trig = ctx.lang.termAt(m.sentence, m.trigger.start);
  if (head < 0 || trig <= head) return null;
  const { terms } = ctx.lang.layer(m.sentence);
  const h = terms[head]!;
  // (a plural's possessive keeps its apostrophe outside the word: "THE JESUITS' MURDER")
  const plural = /s$/i.test(h.text) && /^['’]$/.test(h.post);
  if (!(h.tags.has('Possessive') || /['’]s$/i.test(h.text) || plural) || (h.post && !plural) || h.end > a.end + 2) return null;
  for (const r of POSSESSIVE_RULES) {
    if (r.match.notKinds.includes(a.kind) || trig - head - 1 > r.match.between) continue;
    if (terms.slice(head + 1, trig).every(possessedModifier)) return r;
  }
  return null;
}

/**
 * The first SUSPECT_RULES record that holds for an actor before a trigger, read on the layer: after the actor's head,
 * only SUSPECT_LEAD words (and commas) up to one of the rule's verbs; then, within its reach, one of its prepositions
 * and the trigger, with no verb between but those of `through`.
 */
function suspectRule(ctx: ArticleContext, m: EventMention, a: ActorMention): SuspectRule | null {
  if (!ctx.lang) return null;
  const { terms } = ctx.lang.layer(m.sentence);
  const head = ctx.lang.termAt(m.sentence, a.end - 1);
  const trig = ctx.lang.termAt(m.sentence, m.trigger.start);
  if (head < 0 || trig <= head + 1) return null;
  let v = suspectListEnd(ctx, m.sentence, terms, head, trig);
  let aux = false;
  for (; v < trig && SUSPECT_LEAD.has(terms[v]!.normal) && !/[.;:]/.test(terms[v - 1]!.post); v++) if (SUSPECT_AUX.has(terms[v]!.normal)) aux = true;
  if (v >= trig || /[.;:]/.test(terms[v - 1]!.post)) return null;
  for (const r of SUSPECT_RULES) {
    if (!r.match.verbs.includes(terms[v]!.normal) || trig - v > r.match.reach) continue;
    if (r.match.passiveOnly && !aux && !r.match.preps.includes(terms[v + 1]?.normal ?? '')) continue;
    if (m.pos === 'verb' && !r.match.through.includes(terms[trig - 1]!.normal)) continue;
    let prep = false;
    let ok = true;
    for (let k = v + 1; k < trig && ok; k++) {
      const t = terms[k]!;
      if (/[.;:]/.test(terms[k - 1]!.post) || /^(that|who|which|said|says)$/.test(t.normal)) ok = false;
      else if (r.match.preps.includes(t.normal)) prep = true;
      else if (t.tags.has('Verb') && !r.match.through.includes(t.normal)) ok = false;
    }
    if (ok && prep) return r;
  }
  return null;
}

/**
 * Where the suspects' verb may start after an actor's head: right after it, or, with a SUSPECT_RULES record's `list`,
 * after the list of noun phrases it opens ("A COLONEL, TWO LIEUTENANTS, AND TWO SOLDIERS WERE INVOLVED IN": each of them).
 */
function suspectListEnd(ctx: ArticleContext, si: number, terms: readonly Term[], head: number, trig: number): number {
  if (!SUSPECT_RULES.some((r) => r.match.list)) return head + 1;
  const spans = within(ctx.actors, ctx.sentences[si]!.start, ctx.sentences[si]!.end).map((x) => termsOf(ctx, si, x)).filter((x) => !!x);
  const run = nounRunAround(terms, head, (k) => spans.some((x) => k >= x!.first && k <= x!.head));
  // (a list that a preposition opens is that phrase's: "ACTIONS BY SPECIAL URBAN TROOPS, FOUR PERSONS WHO ARE INVOLVED")
  const opened = run.from > 0 && terms[run.from - 1]!.tags.has('Preposition') && terms[run.from - 1]!.normal !== 'that';
  return !opened && run.to > head + 1 && run.to < trig && separated(terms, head, run.to - 1) ? run.to : head + 1;
}

/** REPORT_TIME_BEFORE without its end: the longest opening of a sentence that the rule can match a part of. */
const REPORT_TIME_LEAD = new RegExp(REPORT_TIME_BEFORE.source.replace(/\$$/, ''));

/**
 * `report-time-skip` for the dates of a sentence: REPORT_TIME_BEFORE is anchored at the sentence's start and at the
 * date, so only a date that starts after the "by" of the sentence's opening and within it can match (the test on the
 * text before every date was quadratic in a long sentence that opens with a bracket). The opening is found once.
 */
export function reportTimeAt(lower: string, s: { start: number; end: number }): (d: { start: number }) => boolean {
  const lead = REPORT_TIME_LEAD.exec(lower.slice(s.start, s.end))?.[0];
  if (!lead) return () => false;
  // (where "by" is; were the rule's end to change, every date within the opening is tested)
  const by = s.start + (/by\s+(?:the\s+)?$/.exec(lead)?.index ?? 0);
  return (d) => d.start > by && d.start <= s.start + lead.length && REPORT_TIME_BEFORE.test(lower.slice(s.start, d.start));
}

/** The term span [first, head] of an actor in its sentence's layer, or null. */
function termsOf(ctx: ArticleContext, si: number, a: { start: number; end: number }): { first: number; head: number } | null {
  const first = ctx.lang!.termAt(si, a.start);
  const head = ctx.lang!.termAt(si, a.end - 1);
  return first < 0 || head < 0 ? null : { first, head };
}

/** Whether terms (i, j) hold a list separator: a comma, "and", "or", "as well as", "including". */
function separated(terms: readonly Term[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (terms[k]!.post.includes(',') || (k > i && /^(and|or|well|including)$/.test(terms[k]!.normal))) return true;
  return false;
}

/** The first list rule (roles.ts LIST_RULES) that makes `a`, listed beside target `t`, a target. */
function listRule(ctx: ArticleContext, t: ActorMention, a: ActorMention): ListRule | null {
  const sort = (x: ActorMention) => (x.person ? 'person' : x.kind === 'facility' ? 'facility' : null);
  return LIST_RULES.find((r) => (!r.match.both || (sort(t) === r.match.both && sort(a) === r.match.both)) && (!r.match.scope || r.match.scope === ctx.scope) && !r.match.notKinds?.includes(a.kind)) ?? null;
}

/**
 * List rules (roles.ts LIST_RULES): what a list joins to a target is a target too ("CRISTOBAL PEREZ AND RUBEN DARIO RAMIREZ
 * WERE SHOT", "DESTROYED THE MUNICIPAL OFFICE, A GASOLINE STATION, AND THE CIVIL DEFENSE POST"), read on the layer: the
 * run of noun phrases around the target, not an item that is the subject of a verb of its own ("…, and the peasants fled");
 * not one who then speaks.
 */
export function coordinatedTargets(ctx: ArticleContext, si: number, trigger: { start: number; end: number }, actors: ActorMention[], attackers: Role<ActorMention>[], targets: Role<ActorMention>[]): void {
  if (!ctx.lang) return;
  const roles = new Set([...attackers, ...targets].map((r) => r.value));
  const { terms } = ctx.lang.layer(si);
  const trig = ctx.lang.termAt(si, trigger.start);
  const spans = actors.map((a) => termsOf(ctx, si, a)).filter((x) => !!x).map((x) => [x!.first, x!.head] as const);
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i]!.value;
    const tt = termsOf(ctx, si, t);
    if (!tt) continue;
    const run = nounRunAround(terms, tt.head, (k) => spans.some(([x, y]) => k >= x && k <= y), true);
    for (const a of actors) {
      const at = roles.has(a) ? null : termsOf(ctx, si, a);
      if (!at || at.first < run.from || at.head >= run.to) continue;
      const [lo, hi] = at.first > tt.head ? [tt.head, at.first] : [at.head, tt.first];
      // a list item right before a verb of its own is that verb's subject ("…, and the peasants fled")
      const subjectOfNext = at.first > tt.head && !!terms[run.to]?.tags.has('Verb') && !(trig >= run.to && trig <= run.to + 3) && !separated(terms, at.head, run.to);
      if (!separated(terms, lo, hi) || subjectOfNext) continue;
      if (REACTION_AFTER.test(sentenceAfter(ctx, a.end))) continue;
      const r = listRule(ctx, t, a);
      if (!r) continue;
      targets.push({ value: a, rule: r.name });
      roles.add(a);
    }
  }
}

/** OWNER_RULES (roles.ts): the person named as the owner of a facility target ("the home of Colonel X") is a target too. */
function ownerTargets(ctx: ArticleContext, actors: ActorMention[], attackers: Role<ActorMention>[], targets: Role<ActorMention>[]): void {
  const roles = new Set([...attackers, ...targets].map((r) => r.value));
  for (const t of [...targets]) {
    if (t.value.kind !== 'facility') continue;
    for (const r of OWNER_RULES) {
      if (r.match.scope !== ctx.scope || !r.match.heads.test(t.value.text)) continue;
      const owner = actors.find((a) => a.start > t.value.end && !roles.has(a) && !!a.person && r.match.link.test(ctx.lower.slice(t.value.end, a.start)));
      if (!owner) continue;
      ctx.trace?.push({ rule: r.name, action: 'accept', text: ctx.text.slice(owner.start, owner.end), start: owner.start, end: owner.end });
      targets.push({ value: owner, rule: r.name });
      roles.add(owner);
      break;
    }
  }
}

/** A dictionary armed group right before generic perpetrators (brackets between) or owning them ("… of the ELN"). */
export function groupBeside(ctx: ArticleContext, actors: ActorMention[], generic: ActorMention, k: number): ActorMention | null {
  const isGroup = isDictGroup;
  const before = actors[k - 1];
  if (isGroup(before) && GROUP_BEFORE_GENERIC.test(ctx.lower.slice(before.end, generic.start))) return before;
  const after = actors[k + 1];
  if (isGroup(after) && GROUP_OWNS_GENERIC.test(ctx.lower.slice(generic.end, after.start))) return after;
  return null;
}

/** A dictionary armed group. */
const isDictGroup = (g: ActorMention | undefined): g is ActorMention => !!g && g.kind === 'armed_group' && !!g.known;

/** `group-members-attacker`: the head noun after a group that makes its members ("SHINING PATH MEMBERS", "FMLN URBAN COMMANDOS"),
 * or the unit it sent ("A SHINING PATH COLUMN", "AN ELN CELL", "FARC 12TH FRONT MEMBERS"): MUC-4 keys code the unit as
 * the perpetrators beside the organization. */
const MEMBERS_AFTER = /^["”]?\s*(?:[\[(][^\])]{0,80}[\])]\s*)?(?:\d+(?:st|nd|rd|th)\s+front\s+)?(?:(?:urban|armed|heavily-armed|alleged)\s+)?(?:members|terrorists|guerrillas|rebels|commandos|commands|militants|fighters|gunmen|insurgents|subversives|militiamen|columns?|cells?)\b/;

/**
 * `group-members-attacker` on a dictionary alias that holds the members' noun itself ("FMLN GUERRILLAS", "FMLN URBAN
 * GUERRILLAS": aliases of the FMLN, so that other scopes name one party): under `--scope terrorism` the mention is the
 * group and its members both, MUC-4's perpetrator organization and individuals.
 */
export const MEMBERS_IN_ALIAS = {
  name: 'group-members-attacker',
  match: { scope: 'terrorism', text: /\s(?:(?:urban|armed)\s+)?(?:guerrillas|commandos|commands|terrorists|rebels|fighters|members)$/i },
  then: 'attacker',
  examples: {
    pos: ['SAN SALVADOR, 13 JUL 89 (RADIO CADENA YSKL) -- [TEXT] AT 0600 THIS MORNING, FMLN URBAN GUERRILLAS SET OFF A BOMB IN THE BASEMENT OF THE DEMOCRACY TOWER BUILDING.'],
    neg: ['SAN SALVADOR, 13 JUL 89 (RADIO CADENA YSKL) -- [TEXT] AT 0600 THIS MORNING, THE FMLN SET OFF A BOMB IN THE BASEMENT OF THE DEMOCRACY TOWER BUILDING.'],
  },
} as const;

/**
 * `group-members-attacker` before a force: the members of a state's force the incident's attacker ("CRISTIANI ANNOUNCED THAT
 * MEMBERS OF THE ARMED FORCES PARTICIPATED IN THE CRIME", "ACKNOWLEDGES THAT MEMBERS OF THE ARMY WERE RESPONSIBLE") are a
 * party of their own beside it, named from their noun to the force's end (`--scope terrorism`; not a fallback's guess):
 * MUC-4 keys code the members as perpetrator individuals beside the organization ("MEMBERS OF THE ARMED FORCES", "ARMED
 * FORCES"). `match.kinds`: the force's kind; `match.before`: the text before it in its sentence (lower case), group 1 the
 * members' words. (Tried: members, units, columns, troops … of armed groups and forces, muc4-dev attackers 0.422 -> 0.425
 * but muc4-tst2 slot F1 0.498 -> 0.497; the members of armed groups only, "ALLEGED MEMBERS OF THE ARMY OF NATIONAL
 * LIBERATION", muc4-tst1 0.543 -> 0.545 but muc4-tst2 0.497, 3 more wrong attackers.)
 */
export const MEMBERS_OF = {
  name: 'group-members-attacker',
  match: {
    scope: 'terrorism',
    kinds: ['military', 'police'],
    before: /\b((?:(?:alleged|presumed|suspected|male|some|several|other|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+){0,3}members\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4})$/,
  },
  then: 'attacker',
  examples: {
    pos: ['SAN SALVADOR, 9 NOV 89 -- [TEXT] THE POLICE REPORTED THAT MEMBERS OF THE ARMED FORCES KILLED TWO UNION LEADERS IN SOYAPANGO YESTERDAY.'],
    neg: ['SAN SALVADOR, 9 NOV 89 -- [TEXT] THE POLICE REPORTED THAT THE ARMED FORCES KILLED TWO UNION LEADERS IN SOYAPANGO YESTERDAY.'],
  },
} as const;

/** "SHINING PATH TERRORIST ORGANIZATION": the generic noun modifies the organization, no members are named. */
const ORGANIZATION_AFTER = /^\s+(?:organi[sz]ation|group|movement|front|army|command|cell)\b/;

/**
 * `group-members-attacker`: a named group attacker with its generic perpetrators beside it ("SHINING PATH TERRORISTS",
 * "150 SHINING PATH MEMBERS", "GUERRILLAS OF THE … ELN") has them as a party of their own, named with the group: MUC-4's
 * perpetrator individual beside its organization (`--scope terrorism` only: other codings name one party). The generic's own role, if any, is replaced by the named one.
 */
export function withGroupMembers(ctx: ArticleContext, attackers: Role<ActorMention>[]): void {
  if (ctx.scope !== 'terrorism') return;
  for (const r of [...attackers]) {
    const g = r.value;
    if (!isDictGroup(g)) {
      if (!r.guessed) membersBefore(ctx, attackers, r.value);
      continue;
    }
    const k = ctx.actors.indexOf(g);
    const generic = (a: ActorMention | undefined) => !!a && !!a.descriptive && a.kind === 'armed_group';
    const after = ctx.actors[k + 1];
    const before = ctx.actors[k - 1];
    let span: { start: number; end: number } | null = null;
    let own: ActorMention | null = null;
    if (generic(after) && GROUP_BEFORE_GENERIC.test(ctx.lower.slice(g.end, after!.start)) && !ORGANIZATION_AFTER.test(sentenceAfter(ctx, after!.end))) [span, own] = [{ start: g.start, end: after!.end }, after!];
    else if (generic(before) && GROUP_OWNS_GENERIC.test(ctx.lower.slice(before!.end, g.start))) [span, own] = [{ start: before!.start, end: g.end }, before!];
    else if (MEMBERS_IN_ALIAS.match.text.test(g.text)) span = { start: g.start, end: g.end };
    else {
      const m = MEMBERS_AFTER.exec(sentenceAfter(ctx, g.end));
      if (m) span = { start: g.start, end: g.end + m[0].length };
    }
    if (!span) continue;
    const members = membersParty(ctx, own ?? g, span, g.country_code);
    const i = own ? attackers.findIndex((x) => x.value === own) : -1;
    // `group-members-once`: the members of a group named twice ("FMLN [FARABUNDO MARTI NATIONAL LIBERATION FRONT]
    // GUERRILLAS") are one party: the generic's own role goes when the members are already there
    const named = attackers.some((x) => x.value.members && overlaps(x.value, members));
    if (i >= 0 && named) attackers.splice(i, 1);
    else if (i >= 0) attackers[i] = { value: members, rule: 'group-members-attacker' };
    else if (!named) attackers.push({ value: members, rule: 'group-members-attacker' });
  }
}

/** MEMBERS_OF: the span of the members named before group `g`, from their noun to its end, or null. */
function membersOf(ctx: ArticleContext, g: ActorMention): { start: number; end: number } | null {
  if (!(MEMBERS_OF.match.kinds as readonly string[]).includes(g.kind)) return null;
  const m = MEMBERS_OF.match.before.exec(sentenceBefore(ctx, g.start));
  return m ? { start: g.start - m[1]!.length, end: g.end } : null;
}

/** MEMBERS_OF for an attacker of no dictionary group (a state's force): its members named before it join the attackers. */
function membersBefore(ctx: ArticleContext, attackers: Role<ActorMention>[], g: ActorMention): void {
  const span = membersOf(ctx, g);
  if (span && !attackers.some((x) => x.value.members && overlaps(x.value, span))) attackers.push({ value: membersParty(ctx, g, span, g.country_code), rule: MEMBERS_OF.name });
}

/** The members' party over `span`, of the kind of `g` (the group, or its generic perpetrators) and the group's country. */
function membersParty(ctx: ArticleContext, g: ActorMention, span: { start: number; end: number }, country: string | null): ActorMention {
  const name = ctx.text.slice(span.start, span.end);
  return { ...g, name, text: name, start: span.start, end: span.end, rule: 'actor-group-members', country_code: country, known: false, descriptive: false, members: true };
}

/** The clauses of a sentence that are groups of their own: the whole sentence, or the part before and the reported clause after a `while-reported-clause`. */
function clauseUnits(ctx: ArticleContext, s: Sentence, ms: EventMention[]): Unit[] {
  const re = new RegExp(REPORTED_CLAUSE.source, 'g');
  const sl = ctx.lower.slice(s.start, s.end);
  for (let m = re.exec(sl); m; m = re.exec(sl)) {
    const at = s.start + m.index;
    const before = ms.filter((x) => x.trigger.end <= at);
    const after = ms.filter((x) => x.trigger.start >= at);
    if (before.length === 0 || after.length === 0 || before.length + after.length !== ms.length) continue;
    const cut = (start: number, end: number): Sentence => ({ index: s.index, start, end, text: ctx.text.slice(start, end) });
    return [
      { s: cut(s.start, at), mentions: before, fresh: false },
      { s: cut(at, s.end), mentions: after, fresh: true },
    ];
  }
  return kindUnits(ctx, s, ms) ?? [{ s, mentions: ms, fresh: false }];
}

/**
 * `deeds-of-other-kinds-apart`: one sentence that tells deeds of different kinds done as deeds of their own, each the
 * active past verb of a main clause ("killed a watchman, and set fire to the farm", "kidnapped U.S. citizen Scott
 * Heyndal, killed a Colombian"), tells one incident of each kind, as MUC-4 keys code them (`--scope terrorism` only:
 * other codings take one incident with several types).
 */
export const KINDS_APART = {
  name: 'deeds-of-other-kinds-apart',
  match: {
    scope: 'terrorism',
    /** The kinds MUC-4 keys code apart: arson, kidnapping, any other violence (a bomb and what it destroyed are one). */
    kinds: [['arson'], ['abduction'], ['bombing', 'grenade', 'suicide_bombing', 'attack', 'armed_assault', 'assassination']] as readonly (readonly string[])[],
    /** A word before a verb that the tagger missed that makes it no active past deed ("have been set on fire"). */
    auxiliary: /^(?:am|is|are|was|were|be|been|being|has|have|had|to|will|would|could|might|may|must|should)$/,
    /** What stands between two verbs of one object ("kidnapped and then murdered"). */
    oneObject: /^(?:\s*,)?\s+(?:and\s+)?(?:(?:then|later|subsequently|finally)\s+)?$/,
  },
  then: 'apart',
  examples: {
    pos: ['Five individuals broke into a farm, killed a watchman, and set fire to the farm.', 'A group of Colombians kidnapped U.S. citizen Scott Heyndal, killed a Colombian, and wounded an Ecuadorean.'],
    neg: ['Shining Path terrorists kidnapped and then murdered the mayor.', 'Two members of the civil defense were abducted and later murdered.', 'Guerrillas killed 12 people, wounded 15, and 26 shacks burned.', 'Two bombs exploded at the city hall and destroyed three offices.'],
  },
};

/** The kind of a deed verb told in a main clause of its own, active and past; -1 for any other mention. */
function deedKind(ctx: ArticleContext, m: EventMention): number {
  const k = KINDS_APART.match.kinds.findIndex((x) => x.includes(m.type));
  if (k < 0 || m.pos !== 'verb' || !ctx.lang) return -1;
  const { terms } = ctx.lang.layer(m.sentence);
  // (the verb group whose main verb is a word of the trigger: "set" of "set fire to")
  const within = ctx.lang.verbWithin(m.sentence, m.trigger.start, m.trigger.end);
  const v = within?.verb;
  let c = within?.clause ?? null;
  if (v && (v.voice !== 'active' || v.tense !== 'past' || v.negated || v.modal)) return -1;
  // (a phrase the tagger reads as nouns, "and set fire to the farm": its clause, no auxiliary before it)
  if (!v) {
    const at = terms.findIndex((t) => t.start >= m.trigger.start);
    c = at < 0 ? null : ctx.lang.clauseOfTerm(m.sentence, at);
    if (!c || KINDS_APART.match.auxiliary.test(terms[at - 1]?.normal ?? '')) return -1;
  }
  // (and what it did follows it in its clause: "and 26 shacks burned." has left out its "were")
  let last = terms.findIndex((t) => t.end > m.trigger.end);
  last = (last < 0 ? terms.length : last) - 1;
  if (last < 0 || terms[last]!.post !== '' || last + 1 >= c!.to) return -1;
  return c!.kind === 'main' || c!.kind === 'reported' ? k : -1;
}

/** The units of a sentence whose deeds are of different kinds (KINDS_APART), one per kind in the order told; null when one kind. */
function kindUnits(ctx: ArticleContext, s: Sentence, ms: EventMention[]): Unit[] | null {
  if (ctx.scope !== KINDS_APART.match.scope || ms.length < 2 || !ms.some((m) => m.pos === 'verb')) return null;
  const kinds = ms.map((m) => deedKind(ctx, m));
  // verbs of one object are one deed told in steps ("kidnapped and murdered the mayor")
  for (let i = 1; i < ms.length; i++) if (kinds[i]! >= 0 && kinds[i - 1]! >= 0 && KINDS_APART.match.oneObject.test(ctx.lower.slice(ms[i - 1]!.trigger.end, ms[i]!.trigger.start))) kinds[i] = kinds[i - 1]!;
  const order = [...new Set(kinds.filter((k) => k >= 0))];
  if (order.length < 2) return null;
  // a mention that is no such deed goes with the deed of its kind, or with the first
  const unitOf = (m: EventMention, i: number) => (kinds[i]! >= 0 ? kinds[i]! : (order.find((k) => KINDS_APART.match.kinds[k]!.includes(m.type)) ?? order[0]!));
  ctx.trace?.push({ rule: KINDS_APART.name, action: 'accept', ...ms[kinds.findIndex((k) => k === order[1])]!.trigger });
  return order.map((k, j) => ({ s, mentions: ms.filter((m, i) => unitOf(m, i) === k), fresh: j > 0, apart: j > 0, kindOf: { kind: k, all: ms } }));
}

/** A clause that makes a group (clauseUnits). */
interface Unit {
  s: Sentence;
  mentions: EventMention[];
  fresh: boolean;
  apart?: boolean;
  /** A unit of one kind of deed (kindUnits): its kind and all the mentions of its sentence. */
  kindOf?: { kind: number; all: EventMention[] };
}

/**
 * A unit of one kind of deed (KINDS_APART) is typed by its own mentions when the cue words near them name another kind
 * ("kidnapped Scott Heyndal, killed a Colombian": the killing is no kidnapping), and has the tolls nearest its own
 * triggers ("killed a watchman, and set fire to the farm": the burning killed no one).
 */
function kindOwn(unit: Unit, ms: EventMention[], typed: { type: EventType; rule: string }, casualties: CasualtyMention[]): { typed: { type: EventType; rule: string }; casualties: CasualtyMention[] } {
  if (!unit.kindOf) return { typed, casualties };
  const { kind, all } = unit.kindOf;
  const own = KINDS_APART.match.kinds[kind]!.includes(typed.type) ? typed : typeOf(ms, '');
  const nearest = (c: CasualtyMention) => all.reduce((a, b) => (Math.abs(b.trigger.start - c.start) < Math.abs(a.trigger.start - c.start) ? b : a));
  return { typed: own, casualties: casualties.filter((c) => ms.includes(nearest(c))) };
}

/** The parties of a clause's group, as the role steps fill them in. */
interface PartyDraft {
  si: number;
  s: Sentence;
  ms: EventMention[];
  actors: ActorMention[];
  places: PlaceMention[];
  weapons: WeaponMention[];
  attackers: Role<ActorMention>[];
  targets: Role<ActorMention>[];
  /** Read by `casualtyVictims` (the trace keeps the order in which the sentence's facts are read). */
  casualties: CasualtyMention[];
}

type RoleStep = (ctx: ArticleContext, d: PartyDraft) => void;

export function groupMentions(ctx: ArticleContext, mentions: EventMention[]): Group[] {
  const bySentence = new Map<number, EventMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const groups: Group[] = [];
  for (const [si, inSentence] of bySentence) {
    for (const unit of clauseUnits(ctx, ctx.sentences[si]!, inSentence)) groups.push(groupOf(ctx, si, unit));
  }
  return groups.sort((a, b) => a.sentence - b.sentence);
}

/**
 * The mentions of a clause that report its incident, and whether they only point back:
 * time-offset-reference: "These terrorist attacks took place 1 day after the serious attack launched at …":
 * the sentence reports the earlier incident; the mentions before the offset only point back
 * `claimed-reference`: "The Islamic State group claimed the attack on Wednesday": the mention points back to the
 * incident and the date is the claim's, not the attack's
 * (what the claim says, "saying its fighters had killed …", is part of it)
 */
function referenceOf(ctx: ArticleContext, s: Sentence, all: EventMention[]): { ms: EventMention[]; claimRef: boolean; offsetRef: boolean; backRef: boolean } {
  // the words before each trigger in its clause (lang/within.ts)
  const claimRef = all.length > 0 && holdsBefore(ctx, all[0]!.trigger.start, CLAIMED_REFERENCE, all[0]!.sentence);
  // (the offset's "after" opens a clause of its own when a participle follows: "1 day after the attack launched at…"; read in the sentence)
  const offsetAt = all.findIndex((m) => OFFSET_REFERENCE.test(sentenceBefore(ctx, m.trigger.start, m.sentence)) || offsetClause(ctx, m));
  const backRef = offsetAt === 0 && all.every((m) => m.pos === 'noun') && OFFSET_BACK_REFERENCE.determiner.test(sentenceBefore(ctx, all[0]!.trigger.start, all[0]!.sentence));
  if (backRef) ctx.trace?.push({ rule: OFFSET_BACK_REFERENCE.name, action: 'accept', ...all[0]!.trigger });
  return { ms: offsetAt > 0 ? all.slice(offsetAt) : all, claimRef, offsetRef: offsetAt >= 0 && !backRef, backRef };
}

/** The mention's clause opens with a time offset's "after" or "before" (OFFSET_CLAUSE); the sentence's text is the cue. */
function offsetClause(ctx: ArticleContext, m: EventMention): boolean {
  if (!OFFSET_CLAUSE.cue.test(sentenceBefore(ctx, m.trigger.start, m.sentence))) return false;
  const start = clauseStart(ctx, m.trigger.start, m.sentence);
  return OFFSET_CLAUSE.opens.test(ctx.lower.slice(start, m.trigger.start)) && OFFSET_CLAUSE.span.test(sentenceBefore(ctx, start, m.sentence));
}

/**
 * `anaphoric-join`, of the doers: a sentence that opens with the doers of an incident told, definitely ("The attackers,
 * riding motorcycles, stormed the school", "The attackers stormed the village late on Monday"), tells that incident on.
 */
export const DOERS_ANAPHOR = /^\s*the\s+(?:attackers|assailants|gunmen|kidnappers|abductors|raiders)\b/;

/** The group of one clause: its mentions, type, parties, dates, places and the facts of its sentence. */
function groupOf(ctx: ArticleContext, si: number, unit: Unit): Group {
  const { s } = unit;
  const { ms, claimRef, offsetRef, backRef } = referenceOf(ctx, s, unit.mentions);
  const typed = typeOf(ms, ctx.lower, s, ctx.lang);
  const reporters = ctx.reporters(s.start, s.end);
  const responsibility = ctx.responsibility(s.start, s.end);
  const actors = within(ctx.actors, s.start, s.end).filter(
    (a) => !a.source && !overlapsAny(reporters, a),
  );
  const places = within(ctx.places, s.start, s.end).filter(
    // reporter-place-skip: "Police in Manila said a grenade was lobbed … in Jolo": Manila is where the police are
    (p) => p.kind !== 'dateline' && incidentPlace(ctx, p),
  );
  const weapons = ctx.weapons(s.start, s.end);
  const d: PartyDraft = { si, s, ms, actors, places, weapons, attackers: [], targets: [], casualties: [] };
  for (const step of ROLE_STEPS) step(ctx, d);
  const { typed: { type, rule }, casualties } = kindOwn(unit, ms, typed, d.casualties);
  return {
    sentence: si,
    mentions: ms,
    type,
    typeRule: rule,
    anaphoric: claimRef || backRef || DOERS_ANAPHOR.test(ctx.lower.slice(s.start, Math.min(s.end, s.start + 40))) || (!offsetRef && ms.some((m) => m.anaphoric) && !ms.some((m) => !m.anaphoric && m.pos === 'noun' && INDEFINITE.has(wordBefore(ctx, m.trigger.start, m.sentence) ?? ''))),
    aggregate: ms.some((m) => m.aggregate),
    ...(unit.apart ? { apart: true } : {}),
    fresh: unit.fresh || offsetRef || (FRESH_INCIDENT.test(ctx.lower.slice(s.start, s.end).slice(0, ms[0]!.trigger.start - s.start)) && !ms.some((m) => holdsBefore(ctx, m.trigger.start, SAME_INCIDENT, m.sentence) || (m.anaphoric && holdsBefore(ctx, m.trigger.start, IN_THE_ANAPHOR, m.sentence)))),
    dates: groupDates(ctx, s, ms[0]!.trigger, claimRef),
    places: places.map((p) => ({ value: p, rule: p.rule })),
    attackers: d.attackers,
    targets: d.targets,
    weapons,
    casualties,
    responsibility,
    reporters,
  };
}

/** The dates of the clause's sentence that may date its incident, the nearest to the first trigger first (none for a claim). */
function groupDates(ctx: ArticleContext, s: Sentence, trigger: { start: number; end: number }, claimRef: boolean): Role<DateMention>[] {
  const trig = trigger.start;
  const reportTime = reportTimeAt(ctx.lower, s);
  const dates = (claimRef ? [] : within(ctx.dates, s.start, s.end))
    // anchor-date-skip: "5 days before the 19 March presidential elections" dates the elections, not the attack
    .filter((d) => !holdsBefore(ctx, d.start, ANCHOR_DATE_BEFORE))
    // report-time-skip: "By Sunday morning, the governor said 13 people had been killed": when the toll was given
    .filter((d) => !reportTime(d))
    // period-start-skip: "who had governed the district since 2023" dates a state of affairs, not the incident
    .filter((d) => !PERIOD_START.test(d.text))
    // (and a date in a "since" clause after a ranked trigger: "the first major attack in the capital since X took office in May")
    .filter((d) => !(d.start >= trigger.end && SINCE_CLAUSE_BEFORE.test(ctx.lower.slice(trigger.end, d.start)) && RANKED_BEFORE.test(ctx.lower.slice(s.start, trigger.start))))
    .sort((a, b) => Math.abs(a.start - trig) - Math.abs(b.start - trig))
    .map((d) => ({ value: d, rule: d.rule }));
  return ownClauseFirst(ctx, dates, trigger);
}

/**
 * `date-own-clause` (DATE_OWN_CLAUSE): a date in the trigger's own clause comes before a nearer one of another clause
 * ("WAS EVACUATED TODAY BECAUSE IT WAS HIT BY A MISSILE … LAST NIGHT": the missile's night, not the evacuation's day).
 */
function ownClauseFirst(ctx: ArticleContext, dates: Role<DateMention>[], trigger: { start: number; end: number }): Role<DateMention>[] {
  if (dates.length < 2) return dates;
  const c = clauseSpanAt(ctx, trigger.start);
  const own = c && dates.findIndex((d) => d.value.start >= c.start && d.value.end <= c.end);
  if (!c || !own || own < 0 || !dates.slice(0, own).every((d) => d.value.end <= c.start || d.value.start >= c.end)) return dates;
  // (a nearer date in a clause opening right after the trigger is the trigger's own relative clause: "survivors of the
  // raids that killed about 25,000 people in February 1945")
  if (dates.slice(0, own).some((d) => d.value.start > trigger.start && relativeAfter(ctx, trigger.end, d.value.start))) return dates;
  const first = { value: dates[own]!.value, rule: `${dates[own]!.rule}>${DATE_OWN_CLAUSE.name}` };
  return [first, ...dates.filter((_, i) => i !== own)];
}

/** Whether the clause of `pos` opens right after `end` (only blanks, a comma or a relative pronoun between). */
function relativeAfter(ctx: ArticleContext, end: number, pos: number): boolean {
  const c = clauseSpanAt(ctx, pos);
  return !!c && c.start >= end && /^[\s,]*(?:(?:that|which|who|whom)\s*)?$/i.test(ctx.text.slice(end, c.start));
}

export const DATE_OWN_CLAUSE = {
  name: 'date-own-clause',
  match: "a date in the clause of the incident's trigger (lang/within.ts clauseSpanAt), a nearer date of the sentence lying outside that clause",
  then: 'the date of the own clause dates the incident',
  examples: {
    pos: ['SAN SALVADOR, 22 NOV 89 (ACAN - EFE) -- [TEXT] THE REFUGEE CENTER WAS EVACUATED TODAY BECAUSE IT WAS HIT BY A MISSILE FIRED BY A MILITARY PLANE LAST NIGHT, SOURCES SAID.'],
    neg: [
      'SAN SALVADOR, 22 NOV 89 (ACAN - EFE) -- [TEXT] THE REFUGEE CENTER WAS EVACUATED TODAY BECAUSE IT WAS HIT BY A MISSILE FIRED BY A MILITARY PLANE, SOURCES SAID.',
      'DRESDEN, Germany, Feb 10, 2025 - A new exhibition opened on Monday, with letters from survivors of the raids that killed about 25,000 people in February 1945.',
    ],
  },
};

/** Attackers and targets by position (roles.ts): each actor of the clause takes the role the mentions within reach give it. */
const positionalRoles: RoleStep = (ctx, d) => {
  const triggers = d.ms.map((m) => m.trigger);
  for (const a of d.actors) {
    const best = positionalRole(ctx, d, triggers, a);
    if (best) (best.value === 'attacker' ? d.attackers : d.targets).push({ value: a, rule: best.rule, ...(best.relation ? { relation: best.relation } : {}) });
  }
};

function positionalRole(ctx: ArticleContext, d: PartyDraft, triggers: { start: number; end: number }[], a: ActorMention): Role<'attacker' | 'target'> | null {
  // an actor that is also the place of the event ("in Syria") is not a party
  if (overlapsAny(d.places, a) && holdsBefore(ctx, a.start, PLACE_PREPOSITION_BEFORE, d.si)) return null;
  // the weapon's own noun is not a party ("a car bomb": no car attacked), nor a vehicle rigged as one ("an explosives-laden car")
  if (overlapsAny(d.weapons, a) || (a.kind === 'facility' && VEHICLE_BOMB.test(a.name))) return null;
  let best: PartyRole | null = null;
  // (only the mentions within reach can give one)
  for (const i of near(triggers, a.start - ROLE_REACH.after, a.end + ROLE_REACH.before)) {
    const m = d.ms[i]!;
    if (overlaps(m.trigger, a)) continue;
    const r = roleOf(ctx, m, a);
    if (r && (!best || r.value === 'attacker')) best = r;
  }
  if (!best) return null;
  // `facility-subject-skip`: a place or thing before the verb is where or with what, not whom ("AT THE HIGHWAY CHECKPOINT,
  // SOLDIERS FIRED", "THE EXPLOSION AT THE BANK DESTROYED"): only people the subject rules reach turn into victims
  if (best.value === 'attacker' && a.kind === 'facility') {
    const craft = FORCE_AIRCRAFT_RULES.find((r) => r.match.heads.test(a.name) && (r.match.owners.test(a.name) || !!a.country_code));
    if (craft) {
      ctx.trace?.push({ rule: craft.name, action: 'accept', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
      return { value: craft.then, rule: craft.name, ...(best.relation ? { relation: best.relation } : {}) };
    }
    if (best.relation === 'subject') return null;
  }
  if (best.value === 'attacker' && NOT_ATTACKER_KINDS.has(a.kind) && !best.anyKind) return { value: 'target', rule: `${best.rule}>victim-kind` };
  return best;
}

/**
 * `group-beside-generic`: "SHINING PATH TERRORISTS", "FMLN [FARABUNDO MARTI …] URBAN COMMANDOS", "GUERRILLAS OF THE … ELN":
 * the named group the generic perpetrators belong to is the attacker (record.ts then keeps it for them)
 */
const groupBesideGeneric: RoleStep = (ctx, { actors, attackers, targets }) => {
  const at = new Map(actors.map((a, i) => [a, i]));
  for (const r of [...attackers]) {
    const g = r.value.descriptive && r.value.kind === 'armed_group' ? groupBeside(ctx, actors, r.value, at.get(r.value) ?? -1) : null;
    if (g && !attackers.some((x) => x.value === g) && !targets.some((x) => x.value === g)) attackers.push({ value: g, rule: 'group-beside-generic' });
  }
};

const groupMembers: RoleStep = (ctx, d) => withGroupMembers(ctx, d.attackers);

/** demonym-modifier-attacker: "a Turkish drone strike", "Russian shelling", "Israeli air strikes" are that state's. */
const demonymAttacker: RoleStep = (ctx, d) => {
  if (d.attackers.length > 0) return;
  for (const m of d.ms) {
    const attacker = demonymAttackerOf(ctx, d.s, m);
    if (attacker) {
      d.attackers.push(attacker);
      return;
    }
  }
};

function demonymAttackerOf(ctx: ArticleContext, s: Sentence, m: EventMention): Role<ActorMention> | null {
  // "an Israeli strike": a determiner and the adjective make the trigger a noun whatever its rule says
  const nominal = m.pos === 'noun' || holdsBefore(ctx, m.trigger.start, DETERMINER_ADJECTIVE_BEFORE, m.sentence);
  const noun = nominal && (STATE_WEAPON_TYPES.has(m.type) || /^strikes?$/i.test(m.trigger.text));
  // or the subject of the verb is the state's weapon: "Russian missiles struck", "Israeli jets bombed"
  const pattern = noun ? DEMONYM_BEFORE : !nominal ? DEMONYM_WEAPON_SUBJECT : null;
  // the words before the trigger in its clause, as written (a demonym is capitalised)
  const d = pattern ? pattern.exec(ctx.text.slice(Math.max(s.start, clauseStart(ctx, m.trigger.start, m.sentence)), m.trigger.start)) : null;
  const c = d ? countryByDemonym(d[1]!) : null;
  if (!c) return null;
  const start = m.trigger.start - d![0].length + d![0].indexOf(d![1]!);
  const name = ACTORS.find((a) => a.kind === 'state' && a.country_code === c.code)?.name ?? c.name; // "Turkey", as the dictionary names it
  return { value: { name, text: d![1]!, start, end: start + d![1]!.length, kind: 'state', country_code: c.code, affiliation: null, rule: 'actor-demonym', source: false }, rule: 'demonym-modifier-attacker' };
}

/**
 * `casualty-victims`: the victims of a casualty phrase of the sentence are targets; under `--scope terrorism` also persons
 * the phrase only counts (COUNTED_PERSONS: "ONE PERSON WAS KILLED", "KILLED 1 PERSON AND WOUNDED 13 OTHERS"), whom MUC-4
 * keys list as a victim description and the actor dictionary leaves out (a bare "person" is nobody). Not "others" nor
 * "people": they count victims named before again ("3 GUERRILLAS HAD BEEN KILLED AND SOME 20 OTHERS INJURED"), and with
 * them muc4-tst2 fell 0.495 -> 0.492.
 */
const casualtyVictims: RoleStep = (ctx, d) => {
  const { actors, targets } = d;
  d.casualties = ctx.casualties(d.s.start, d.s.end);
  const parties = new Set([...d.attackers, ...targets].map((r) => r.value));
  for (const c of d.casualties) {
    if (!c.victims) continue;
    let found = false;
    for (const i of near(actors, c.victims.start, c.victims.end)) {
      const a = actors[i]!;
      if (!overlaps(a, c.victims)) continue;
      found = true;
      if (!parties.has(a)) {
        targets.push({ value: a, rule: 'casualty-victims' });
        parties.add(a);
      }
    }
    const counted = !found && c.value > 0 && ctx.scope === 'terrorism' ? countedPersons(ctx, c.victims) : null;
    if (counted && !targets.some((t) => t.value.name === counted.name)) targets.push({ value: counted, rule: 'casualty-victims', counted: true });
  }
};

/** The person noun a casualty phrase's victims only count ("ONE PERSON", "TWO PERSONS"), as a party with no name. */
const COUNTED_PERSONS = new RegExp(String.raw`^(?:(?:at\s+least|about|some|nearly|more\s+than)\s+)?(?:\d+|${numberWords('one', 'ten')}|several|many|dozens\s+of)\s+(?:(?:more|other)\s+)?(person|persons)\s*$`);
function countedPersons(ctx: ArticleContext, v: { start: number; end: number }): ActorMention | null {
  const lower = ctx.lower.slice(v.start, v.end);
  const m = COUNTED_PERSONS.exec(lower);
  if (!m) return null;
  const end = v.start + lower.trimEnd().length;
  const start = end - m[1]!.length;
  return { name: m[1]!, text: ctx.text.slice(start, end), start, end, kind: 'civilians', country_code: null, affiliation: null, rule: 'casualty-victims', source: false, descriptive: true };
}

/** Whether the terms between a damage verb and an actor after it keep the actor its object: no preposition but the rule's, no other verb but its own. */
function damagedObject(terms: readonly Term[], verb: number, first: number, r: DamageRule): boolean {
  for (let k = verb + 1; k < first; k++) {
    const t = terms[k]!;
    if (/[.;:]/.test(terms[k - 1]!.post)) return false;
    if (t.tags.has('Preposition') && !r.match.preps.includes(t.normal)) return false;
    // (a participle before a noun is its modifier: "20 NEIGHBORING STORES")
    if (t.tags.has('Verb') && !/ing$/.test(t.normal) && !r.match.lemmas.includes(lemmaOf(t.normal, t.tags))) return false;
  }
  return true;
}

/** How a damage clause's verb group `v` tells the incident's deed: as the agent of its passive, as its active subject, or not at all. */
export type DeedOf = (c: Clause, terms: readonly Term[], v: VerbInfo) => 'passive' | 'active' | null;

/**
 * The passive subject of verb group `vi` of clause `c`: the clause's subject before it ("TWO VEHICLES IN THE AREA WHERE
 * THE BOMBS WERE DETONATED WERE DESTROYED": the relative clause's verb is folded into the clause), or, for a verb group
 * after another, the noun phrase that a conjunction opens after that one, no verb between ("… WERE DESTROYED AND
 * SEVERAL HOUSES IN THE AREA WERE DAMAGED").
 */
function passiveSubjectOf(terms: readonly Term[], c: Clause, vi: number, t: { first: number; head: number }): boolean {
  const v = c.verbs[vi]!;
  if (t.head >= v.from) return false;
  if (c.subject && t.head >= c.subject.from && t.head < c.subject.to) return true;
  const prev = c.verbs[vi - 1];
  if (!prev || t.first <= prev.term || terms[t.first - 1]?.normal !== 'and') return false;
  for (let k = t.first; k < v.from; k++) if (terms[k]!.tags.has('Verb')) return false;
  return true;
}

/**
 * DAMAGE_RULES (roles.ts): the actors that damage clauses of sentence `si` name as destroyed or damaged by the deed
 * (`deed`), each pushed on `targets` under the rule's name and added to `parties`. Every verb group of a clause is read.
 */
export function damagedIn(ctx: ArticleContext, si: number, actors: ActorMention[], parties: Set<ActorMention>, deed: DeedOf, targets: Role<ActorMention>[]): void {
  const rules = DAMAGE_RULES.filter((r) => r.match.scope === ctx.scope);
  // (a cheap text check first: no damage word, no layer)
  if (!ctx.lang || rules.length === 0 || actors.length === 0 || !ctx.lang.sentenceHas(si, DAMAGE_CUE)) return;
  const { terms, clauses } = ctx.lang.layer(si);
  for (const c of clauses) {
    c.verbs.forEach((v, vi) => {
      const r = rules.find((x) => x.match.lemmas.includes(v.lemma));
      const how = r && !v.negated ? deed(c, terms, v) : null;
      if (!how) return;
      for (const a of actors) {
        const t = termsOf(ctx, si, a);
        if (!t || parties.has(a) || !r!.match.kinds.includes(a.kind)) continue;
        const object = t.first > v.term && t.head < c.to && damagedObject(terms, v.term, t.first, r!);
        const subject = how === 'passive' && passiveSubjectOf(terms, c, vi, t);
        if (!object && !subject) continue;
        ctx.trace?.push({ rule: r!.name, action: 'accept', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
        targets.push({ value: a, rule: r!.name });
        parties.add(a);
      }
    });
  }
}

/** DAMAGE_RULES (roles.ts): what a clause says the group's blast destroyed or damaged is a target. */
const damageTargets: RoleStep = (ctx, d) => {
  if (!ctx.lang) return;
  const trig = d.ms.map((m) => ctx.lang!.termAt(d.si, m.trigger.start)).filter((k) => k >= 0);
  const holds = (p: { from: number; to: number } | null | undefined) => !!p && trig.some((k) => k >= p.from && k < p.to);
  const parties = new Set([...d.attackers, ...d.targets].map((x) => x.value));
  const deed: DeedOf = (c, _terms, v) => (v.voice === 'passive' && c.pps.some((p) => p.prep === 'by' && holds(p.np)) ? 'passive' : v.voice === 'active' && holds(c.subject) ? 'active' : null);
  damagedIn(ctx, d.si, d.actors, parties, deed, d.targets);
};

/** Whether the terms between a harm verb and an actor after it keep the actor its object: no preposition but the rule's, no verb, no break. */
function harmedObject(terms: readonly Term[], verb: number, first: number, r: HarmRule): boolean {
  for (let k = verb + 1; k < first; k++) {
    const t = terms[k]!;
    if (/[.;:]/.test(terms[k - 1]!.post)) return false;
    if ((t.tags.has('Preposition') && !r.match.preps.includes(t.normal)) || t.tags.has('Verb')) return false;
  }
  return true;
}

/** HARM_RULES (roles.ts): whom a clause of sentence `si` says was killed, wounded or kidnapped, pushed on `targets` and added to `parties`. */
export function harmedIn(ctx: ArticleContext, si: number, actors: ActorMention[], parties: Set<ActorMention>, targets: Role<ActorMention>[], told: (v: VerbInfo) => boolean = () => true, type?: string): void {
  // (a record of some incident types only, where the type is known: the incident's other sentences)
  const rules = HARM_RULES.filter((r) => r.match.scope === ctx.scope && (!r.match.types || (!!type && r.match.types.includes(type))));
  // (a cheap text check first: no harm word, no layer)
  if (!ctx.lang || rules.length === 0 || actors.length === 0 || !(ctx.lang.sentenceHas(si, HARM_CUE) || (!!type && ctx.lang.sentenceHas(si, TYPED_HARM_CUE)))) return;
  const { terms, clauses } = ctx.lang.layer(si);
  for (const c of clauses) {
    for (const v of c.verbs) {
      const r = rules.find((x) => x.match.lemmas.includes(v.lemma));
      if (!r || !told(v)) continue;
      for (const a of actors) {
        const t = parties.has(a) || r.match.notKinds.includes(a.kind) || (r.match.persons && !a.person) ? null : termsOf(ctx, si, a);
        if (!t || t.head < c.from || t.head >= c.to || (!terms[t.first - 1]?.post && r.match.notAfter.includes(terms[t.first - 1]?.normal ?? ''))) continue;
        const subject = v.voice === 'passive' && !!c.subject && t.head >= c.subject.from && t.head < c.subject.to && t.head < v.from;
        const object = v.voice === 'active' && t.first > v.term && harmedObject(terms, v.term, t.first, r);
        if (!subject && !object) continue;
        ctx.trace?.push({ rule: r.name, action: 'accept', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
        targets.push({ value: a, rule: r.name });
        parties.add(a);
      }
    }
  }
}

/** HARM_RULES (roles.ts): whom a clause of the group's sentence says was killed, wounded or kidnapped is a target. */
const harmTargets: RoleStep = (ctx, d) => harmedIn(ctx, d.si, d.actors, new Set([...d.attackers, ...d.targets].map((x) => x.value)), d.targets);

/** The words of HARM_RULES' verbs, as a sentence's text shows them. */
/** The forms of DAMAGE_RULES' lemmas (destroyed, damaging, burnt, hits …): a sentence with none builds no layer for them. */
const DAMAGE_CUE = /\b(?:destr|damag|shatter|affect|caus|hit|burn|wreck|demolish)/i;
const HARM_CUE = /\b(?:kill|wound|injur|murder|kidnap|abduct|assassinat|hurt|execut|massacr|sho[ot]|tortur|behead|sla[iy])/i;
/** …and of the records of some incident types only (a kidnapping's hostages released or freed). */
const TYPED_HARM_CUE = /\b(?:releas|free)/i;

/** ROLE_RULES' `deed` patterns (roles.ts): the actor right before an active predicate that names a deed is its attacker. */
const deedSubjects: RoleStep = (ctx, d) => {
  const parties = new Set([...d.attackers, ...d.targets].map((x) => x.value));
  d.attackers.push(...deedSubjectsOf(ctx, d.si, d.actors, parties));
};

/** The actors of sentence `si` (none of `parties`) that ROLE_RULES' `deed` patterns make attackers, each traced. */
export function deedSubjectsOf(ctx: ArticleContext, si: number, actors: readonly ActorMention[], parties: ReadonlySet<ActorMention>): Role<ActorMention>[] {
  const rules = ROLE_RULES.filter((r) => r.deed?.scope === ctx.scope);
  // (a cheap text check first: no deed word, no layer)
  if (!ctx.lang || rules.length === 0 || actors.length === 0 || !ctx.lang.sentenceHas(si, DEED_CUE)) return [];
  const { terms, clauses } = ctx.lang.layer(si);
  const out: Role<ActorMention>[] = [];
  for (const a of actors) {
    const r = parties.has(a) ? null : rules.find((x) => !x.deed!.notKinds.includes(a.kind));
    const t = r ? termsOf(ctx, si, a) : null;
    if (!r || !t || !deedAfter(terms, clauses, t.head, r.deed!)) continue;
    ctx.trace?.push({ rule: r.name, action: 'accept', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end });
    out.push({ value: a, rule: r.name, ...(r.relation ? { relation: r.relation } : {}) });
  }
  return out;
}

/** Whether the verb group at term `vg` opens a predicate coordinated with the one before it: "and", "or", "then" right before it. */
const coordinatedAt = (terms: readonly Term[], vg: number) => /^(?:and|or|then)$/.test(terms[vg - 1]?.normal ?? '') && !/[.;:]/.test(terms[vg - 1]!.post);

/** The words of the `deed` patterns' verbs, as a sentence's text shows them. */
const DEED_CUE = /\b(?:attack|kill|murder|assassinat|kidnap|abduct|sho[ot]|fired|machinegun|bomb|dynamit|plant|plac|thr[eo]w|hurl|detonat|set|blew|blown|burn|destroy|ambush|raid|storm|massacr|execut|strafe|explod|wound|injur|tortur|hijack|launch|perpetrat|commit)/i;

/**
 * Whether the predicate right after term `head` (past its bracketed expansion, a prepositional phrase of `r.preps`,
 * a relative pronoun and adverbs, no other punctuation) is active, of `r.tenses`, and names a deed of `r.lemmas`
 * among the verbs of its clause from it on.
 */
function deedAfter(terms: readonly Term[], clauses: readonly { from: number; to: number; verbs: { term: number; from: number; lemma: string; voice: string; tense: string; negated: boolean }[] }[], head: number, r: DeedPattern): boolean {
  let k = head + 1;
  // its bracketed expansion ("THE FARABUNDO MARTI NATIONAL LIBERATION FRONT (FMLN) MACHINEGUNNED")
  if (/[[(]/.test(terms[k]?.pre ?? '') && !terms[head]!.post) {
    while (k < terms.length && !/[\])]/.test(terms[k]!.post) && k - head < 12) k++;
    k++;
  } else if (terms[head]!.post && !/^[\])]+$/.test(terms[head]!.post)) return false;
  if (r.movers.includes(terms[k]?.normal ?? '') && !terms[k]!.post && r.preps.includes(terms[k + 1]?.normal ?? '')) k++;
  if (r.preps.includes(terms[k]?.normal ?? '')) {
    const run = nounRunAround(terms, k + 1);
    if (run.to <= k + 1 || terms.slice(k, run.to - 1).some((x) => x.post) || run.to - k > 8) return false;
    k = run.to;
    if (terms[k - 1]?.post) return false;
  }
  if (terms[k]?.normal === 'who') k++;
  const c = clauses.find((x) => k >= x.from && k < x.to);
  const first = c?.verbs.find((v) => v.from >= k);
  if (!c || !first || terms.slice(k, first.from).some((x) => x.post || (!x.tags.has('Adverb') && !r.between.includes(x.normal))) || first.voice !== 'active' || first.negated || !r.tenses.includes(first.tense)) return false;
  // a bare participle is a passive: "THREE GUERRILLAS KILLED IN THE CLASH" were killed
  if (bareParticipleAt(terms, clauses as readonly Clause[], first.term, first.term)) return false;
  // the deed is that predicate, or one coordinated with it ("CIRCLED THE NEIGHBORHOOD AND THEN THREW A PACKAGE")
  return c.verbs.some((v) => v.term >= first.term && v.voice === 'active' && !v.negated && r.lemmas.includes(v.lemma) && (v === first || coordinatedAt(terms, v.from)));
}

const coordinated: RoleStep = (ctx, d) => coordinatedTargets(ctx, d.si, d.ms[0]!.trigger, d.actors, d.attackers, d.targets);
const owners: RoleStep = (ctx, d) => ownerTargets(ctx, d.actors, d.attackers, d.targets);

/** The role steps, in order: later ones see the parties the earlier found. */
const ROLE_STEPS: RoleStep[] = [positionalRoles, deedSubjects, groupBesideGeneric, groupMembers, demonymAttacker, casualtyVictims, damageTargets, harmTargets, coordinated, owners];
