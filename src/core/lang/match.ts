// Patterns over the language layer, and the one runner that applies rule
// records to a span: a rule is {name, match, then, examples}; the runner
// returns the first rule whose pattern holds, and the caller records it as
// an accept or a reject under its name. Names are labels, never conditions.
import { lemmaOf, type Clause, type Language, type Term, type VerbInfo } from './layer.js';

/** A test on one term: any of `tags` / `words` (normal form), none of `notTags` / `notWords`. */
export interface TermTest {
  tags?: string[];
  notTags?: string[];
  words?: string[];
  notWords?: string[];
  /** None of these endings ("ing": "bombing missions" may be a verb and its object). */
  notEnds?: string[];
  /** One of these endings ("'s": a singular possessive, not the plural "VILLAGERS'"). */
  ends?: string[];
  /** A lemma none of these ("started" → start). */
  notLemmas?: string[];
}

/** What a span must be, seen through the layer. Every part given must hold. */
export interface SpanPattern {
  /** The span's head (last) term. */
  head?: TermTest;
  /** The span's first term ("fired" of "fired rockets"). */
  first?: TermTest;
  /** The term right after the span in the same noun phrase (no punctuation between). */
  next?: TermTest;
  /** The term right before the span in the same noun phrase. */
  prev?: TermTest;
  /** The terms right before the span, whatever their phrase, nearest first ("to", then not "started", before "attack"). */
  before?: TermTest[];
  /** The span's role in its clause. */
  role?: ('subject' | 'object' | 'verb' | 'pp')[];
  /**
   * The word before the span's noun phrase (past determiners, numbers and adjectives) is one of these prepositions
   * ("against the guerrillas"; the tagger's chunks often keep such a phrase inside a noun chunk, so no clause PP holds it).
   */
  afterPrep?: string[];
  /** The kind of its clause. */
  clause?: Clause['kind'][];
  /** Its clause's verb. */
  /**
   * With `inherit`, a clause with no verb of its own (a list cut at ", and") reads the verb of the nearest clause before
   * it; with `inherit: 'next'`, of the nearest clause after it (the list is that verb's subject: "AN M-16 RIFLE, FIVE
   * GRENADES, AND MATERIAL … WERE FOUND").
   */
  verb?: { lemma?: string[]; notLemma?: string[]; tense?: VerbInfo['tense'][]; voice?: VerbInfo['voice']; negated?: boolean; modal?: boolean; inherit?: boolean | 'next' };
  /**
   * Its clause has a prepositional phrase with one of these prepositions; with
   * `nominal`, one whose noun phrase is no clause in disguise ("as night fell",
   * "as it left": a pronoun head or a verb right after it). With `heads`, one
   * whose head word is among them; with `fronted`, a fronted adverbial of the
   * sentence counts as well as the clause's own ("In the last 3 years, …").
   */
  pp?: { preps: string[]; nominal?: boolean; heads?: string[]; fronted?: boolean };
  /**
   * One of the `reach` terms before the span, inside its clause, passes `test` ("ceased all bombing and shelling"); the
   * search stops at a word of `stop` ("suspended in October following a dynamite attack"). With `after`, the `reach`
   * terms after the span are searched too, the same way ("kidnapped, jailed, and sentenced").
   */
  near?: { reach: number; test: TermTest; stop?: string[]; after?: boolean };
  /** Its clause's object has one of these head words ("bombed rebel positions"). */
  object?: { heads: string[] };
  /** Its clause's subject: the head (last noun) and first word of the phrase ("countless Colombians"). */
  subject?: { head?: TermTest; first?: TermTest };
}

const nominalPP = (terms: Term[], np: { to: number }) => !terms[np.to - 1]?.tags.has('Pronoun') && !terms[np.to]?.tags.has('Verb');

export interface LayerRule<Then> {
  name: string;
  match: SpanPattern;
  then: Then;
  examples: { pos: string[]; neg: string[] };
}

/** A span seen through the layer: its terms, its clause and its role there. */
export interface SpanView {
  terms: Term[];
  /** Every clause of the sentence. */
  clauses: Clause[];
  first: number;
  head: number;
  clause: Clause | null;
  role: 'subject' | 'object' | 'verb' | 'pp' | null;
}

const inside = (p: { from: number; to: number } | null, i: number) => !!p && i >= p.from && i < p.to;

export function viewOf(lang: Language, sentence: number, start: number, end: number): SpanView | null {
  const first = lang.termAt(sentence, start);
  const head = lang.termAt(sentence, end - 1);
  if (first < 0 || head < 0) return null;
  const { terms, clauses } = lang.layer(sentence);
  const clause = clauses.find((c) => head >= c.from && head < c.to) ?? null;
  let role: SpanView['role'] = null;
  if (clause) {
    if (clause.verb && clause.verb.term >= first && clause.verb.term <= head) role = 'verb';
    else if (inside(clause.subject, head)) role = 'subject';
    else if (inside(clause.object, head)) role = 'object';
    else if (clause.pps.some((p) => inside(p.np, head))) role = 'pp';
  }
  return { terms, clauses, first, head, clause, role };
}

export function termMatches(t: Term | undefined, test: TermTest): boolean {
  if (!t) return false;
  if (test.tags && !test.tags.some((x) => t.tags.has(x))) return false;
  if (test.notTags && test.notTags.some((x) => t.tags.has(x))) return false;
  if (test.words && !test.words.includes(t.normal)) return false;
  if (test.notWords && test.notWords.includes(t.normal)) return false;
  if (test.notEnds && test.notEnds.some((e) => t.normal.endsWith(e))) return false;
  if (test.ends && !test.ends.some((e) => t.normal.endsWith(e))) return false;
  if (test.notLemmas && test.notLemmas.includes(lemmaOf(t.normal, t.tags))) return false;
  return true;
}

export function spanMatches(v: SpanView, p: SpanPattern): boolean {
  if (p.head && !termMatches(v.terms[v.head], p.head)) return false;
  if (p.first && !termMatches(v.terms[v.first], p.first)) return false;
  if (p.next) {
    const h = v.terms[v.head]!;
    const n = v.terms[v.head + 1];
    if (!n || h.post || n.chunk !== 'Noun' || !termMatches(n, p.next)) return false;
  }
  if (p.prev) {
    const b = v.terms[v.first - 1];
    if (!b || b.post || b.chunk !== 'Noun' || !termMatches(b, p.prev)) return false;
  }
  if (p.before && !p.before.every((test, k) => termMatches(v.terms[v.first - 1 - k], test))) return false;
  if (p.role && (!v.role || !p.role.includes(v.role))) return false;
  // (a verb right after the phrase makes the word a conjunction that opens a clause: "killed as the gunmen entered")
  if (p.afterPrep && (!p.afterPrep.includes(v.terms[phraseStart(v.terms, v.first, p.afterPrep) - 1]?.normal ?? '') || v.terms[v.head + 1]?.tags.has('Verb'))) return false;
  if (p.clause && (!v.clause || !p.clause.includes(v.clause.kind))) return false;
  if (p.verb) {
    const verb = v.clause?.verb ?? (p.verb.inherit && v.clause ? inheritedVerb(v.clauses, v.clause, p.verb.inherit === 'next' ? 1 : -1) : null);
    if (!verb) return false;
    if (p.verb.lemma && !p.verb.lemma.includes(verb.lemma)) return false;
    if (p.verb.notLemma && p.verb.notLemma.includes(verb.lemma)) return false;
    if (p.verb.tense && !p.verb.tense.includes(verb.tense)) return false;
    if (p.verb.voice && verb.voice !== p.verb.voice) return false;
    if (p.verb.negated !== undefined && verb.negated !== p.verb.negated) return false;
    if (p.verb.modal !== undefined && (verb.modal !== null) !== p.verb.modal) return false;
  }
  if (p.pp && !ppMatches(v, p.pp)) return false;
  if (p.near && !nearMatches(v, p.near)) return false;
  if (p.subject && !subjectMatches(v, p.subject)) return false;
  if (p.object && !(v.clause?.object && p.object.heads.includes(v.clause.object.head))) return false;
  return true;
}

/**
 * Where the noun phrase of a span that starts at term `first` starts: back over determiners, numbers and adjectives (at
 * most 3), not over a word of `preps` (the tagger may read "against" as an adjective).
 */
const PHRASE_LEAD = ['Determiner', 'Value', 'Adjective'];
function phraseStart(terms: readonly Term[], first: number, preps: readonly string[]): number {
  let k = first;
  const lead = (t: Term) => !t.post && PHRASE_LEAD.some((x) => t.tags.has(x)) && !t.tags.has('Preposition') && !preps.includes(t.normal);
  while (k > 0 && first - k < 3 && lead(terms[k - 1]!)) k--;
  return k;
}

function nearMatches(v: SpanView, near: NonNullable<SpanPattern['near']>): boolean {
  const from = Math.max(v.clause?.from ?? 0, v.first - near.reach);
  for (let k = v.first - 1; k >= from; k--) {
    if (termMatches(v.terms[k], near.test)) return true;
    if (near.stop?.includes(v.terms[k]!.normal)) break;
  }
  if (!near.after) return false;
  const to = Math.min(v.clause?.to ?? v.terms.length, v.head + 1 + near.reach);
  for (let k = v.head + 1; k < to; k++) {
    if (termMatches(v.terms[k], near.test)) return true;
    if (near.stop?.includes(v.terms[k]!.normal)) return false;
  }
  return false;
}

function subjectMatches(v: SpanView, p: NonNullable<SpanPattern['subject']>): boolean {
  const s = v.clause?.subject;
  if (!s) return false;
  const head = v.terms.slice(s.from, s.to).reverse().find((t) => t.normal === s.head);
  return (!p.head || termMatches(head, p.head)) && (!p.first || termMatches(v.terms[s.from], p.first));
}

/** The verb of the nearest clause before `c` (step -1) or after it (step 1) that has one. */
function inheritedVerb(clauses: Clause[], c: Clause, step: 1 | -1): VerbInfo | null {
  for (let i = clauses.indexOf(c) + step; i >= 0 && i < clauses.length; i += step) if (clauses[i]!.verb) return clauses[i]!.verb;
  return null;
}

function ppMatches(v: SpanView, p: NonNullable<SpanPattern['pp']>): boolean {
  const clauses = [...(v.clause ? [v.clause] : []), ...(p.fronted ? v.clauses.filter((c) => c.kind === 'fronted' && c !== v.clause) : [])];
  return clauses.some((c) => c.pps.some((x) => p.preps.includes(x.prep) && (!p.nominal || nominalPP(v.terms, x.np)) && (!p.heads || p.heads.includes(x.np.head))));
}

/** The first rule whose pattern holds for the span, or null. */
export function firstRule<T extends LayerRule<unknown>>(rules: readonly T[], v: SpanView | null): T | null {
  if (!v) return null;
  return rules.find((r) => spanMatches(v, r.match)) ?? null;
}

/** Words that join the noun phrases of a list or nest one in another: "X, Y and Z", "X as well as Y", "the offices of X". */
const LIST_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'as', 'well', 'including', 'least', 'more', 'than', 'about', 'nearly', 'some', 'another', 'other']);
/** Links that join two phrases and so never open or close a run (a quantifier may open one: "about 150 members"). */
const EDGE_LINKS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'as', 'well', 'including']);
const LIST_BREAK = /[;:]|--|—|–|\./;
/** Prepositions the tagger sometimes chunks into a noun phrase ("troops under the command of"): they end a run. */
const RUN_PREPOSITIONS: ReadonlySet<string> = new Set(['under', 'with', 'without', 'near', 'after', 'before', 'during', 'against', 'from', 'into', 'toward', 'towards', 'through', 'inside', 'outside', 'at', 'in', 'on', 'for', 'to', 'by', 'between', 'among', 'while', 'when', 'who', 'which', 'that', 'whose', 'where']);

/**
 * The run of noun phrases around term i that a list or an "of" joins, as term indices [from, to): "the offices of the
 * telecommunications enterprise, the agrarian bank, and health ministry offices". It stops at a verb, at any
 * preposition but "of", and at a semicolon, colon, dash or full stop.
 */
export function nounRunAround(terms: readonly Term[], i: number, named: (k: number) => boolean = () => false): { from: number; to: number } {
  // "at least a dozen houses", "more than ten shops": a quantifier inside the list; a word a name or noun the
  // extractors read (`named`) joins whatever its tag ("a dozen houses" tagged a verb)
  const joins = (t: Term, k: number) => (t.chunk === 'Noun' && !t.tags.has('Verb') && !t.tags.has('Preposition') && !RUN_PREPOSITIONS.has(t.normal)) || LIST_LINKS.has(t.normal) || (t.normal === 'at' && terms[k + 1]?.normal === 'least') || named(k);
  let from = i;
  while (from > 0 && joins(terms[from - 1]!, from - 1) && !LIST_BREAK.test(terms[from - 1]!.post)) from--;
  let to = i + 1;
  while (to < terms.length && joins(terms[to]!, to) && !LIST_BREAK.test(terms[to - 1]!.post)) to++;
  // a run does not start or end on a link word
  while (from < i && EDGE_LINKS.has(terms[from]!.normal)) from++;
  while (to > i + 1 && EDGE_LINKS.has(terms[to - 1]!.normal)) to--;
  return { from, to };
}
