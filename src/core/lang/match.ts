// Patterns over the language layer, and the one runner that applies rule
// records to a span: a rule is {name, match, then, examples}; the runner
// returns the first rule whose pattern holds, and the caller records it as
// an accept or a reject under its name. Names are labels, never conditions.
import { lemmaOf, type Clause, type Language, type Term, type VerbInfo } from './layer.js';
import { clauseFrom, clauseIndexOf } from './within.js';
import { inRange } from './clauses.js';
import { escapeRe } from '../text.js';

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
  /**
   * The span is the main verb of one of its clause's verb groups (the first or a coordinated one: "… and 491 have been
   * wounded"), in one of `tense`, and the words between the verb group before it (or the clause's start) and it count at
   * least `min`: a figure ("1,980 people", not a year) or "hundreds", "thousands".
   */
  counted?: { min: number; tense: VerbInfo['tense'][] };
  /** The words right before the span end with one of these sequences ("heart" attack, "years of" fighting, "like a" bomb). */
  wordBefore?: WordSeqs;
  /** The words right after the span start with one of these sequences ("bomb threat", "fought alongside"). */
  wordAfter?: WordSeqs;
  /**
   * The span's complement: the noun phrase right after it (`phraseAt`), past `lead` words ("hit hard", "shot down") and,
   * when `preps` is given, one of them ('' for none: "attacked the plan", "attack on the plan"); its head is one of `heads`
   * (any head when none are given) and none of `notHeads`.
   */
  complement?: { preps?: readonly string[]; lead?: readonly string[]; heads?: readonly string[]; notHeads?: readonly string[] };
  /** A prepositional phrase after the span in its clause: one of `preps`, its head one of `heads` and, with `words`, one of them in it ("in previous years", "in a similar blast"). */
  ppAfter?: { preps: readonly string[]; heads: readonly string[]; words?: readonly string[] };
  /** One of these sequences in the span's clause, after the span ("in a live-fire drill"); with `reach`, within that many terms of it ("the murder remains unsolved"). */
  clauseAfter?: WordSeqs | { words: WordSeqs; reach: number };
  /** One of these sequences anywhere in the sentence after the span ("fought for the town, and 20 soldiers were killed"). */
  sentenceAfter?: WordSeqs;
  /** One of these sequences in the span's clause, before it, ending within `reach` terms of it ("a storm … killed"). */
  clauseBefore?: { words: WordSeqs; reach: number };
  /** A verb group of the span's clause after the span has one of these lemmas ("raided the house and arrested three men"). */
  verbAfter?: readonly string[];
  /**
   * The span is asked: a question mark closes its sentence, and no comma, semicolon or colon stands between them ("is it
   * because Romero was a communist and therefore murdered?"; not "on the day when the Jesuits were killed, how will this
   * end?", whose question is told after the deed).
   */
  question?: boolean;
  /** Any of these patterns holds (one rule, one sense, read in several places). */
  any?: SpanPattern[];
  /** This pattern does not hold ("a fight for independence", not one "for the town in which 20 soldiers were killed"). */
  not?: SpanPattern;
}

/** Word sequences in lower case, words separated by a space ("one day" reads "one-day" too); `*` is any one word. */
export type WordSeqs = readonly string[];

/** A sequence as a pattern on lower-cased text: words apart by spaces or a hyphen, `*` one word. */
const seqSource = (w: string) => w.split(' ').map((x) => (x === '*' ? '\\w+' : escapeRe(x))).join('[\\s-]+');
/** The text right before a word ends with one of the sequences (for a finder that reads text, not the layer). */
export const wordsBeforeRe = (seqs: WordSeqs) => new RegExp(`(?<![\\w'-])(?:${seqs.map(seqSource).join('|')})\\s+$`);
/** The text right after a word starts with one of the sequences. */
export const wordsAfterRe = (seqs: WordSeqs) => new RegExp(`^\\s+(?:${seqs.map(seqSource).join('|')})(?![\\w])`);

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

/**
 * The span opens its clause and the clause's subject is its apposition right after a comma: the span is the subject
 * ("MARIO SOLORZANO MARTINEZ, LEADER OF GUATEMALA'S DEMOCRATIC SOCIALIST PARTY, REPORTED …": the tagger's subject is "leader").
 */
function appositiveOfSubject(terms: readonly Term[], clause: Clause, first: number, head: number): boolean {
  const s = clause.subject;
  if (!s || s.from !== head + 1 || terms[head]!.post !== ',' || !clause.verb || clause.verb.from < s.to) return false;
  // (nothing before it in its clause but a bracketed note, "[TEXT]": no verb, preposition or comma)
  for (let k = clause.from; k < first; k++) if (terms[k]!.post.includes(',') || ['Verb', 'Preposition'].some((t) => terms[k]!.tags.has(t))) return false;
  return true;
}

export function viewOf(lang: Language, sentence: number, start: number, end: number): SpanView | null {
  const first = lang.termAt(sentence, start);
  const head = lang.termAt(sentence, end - 1);
  if (first < 0 || head < 0) return null;
  const { terms, clauses } = lang.layer(sentence);
  const clause = clauses[clauseIndexOf(clauses, head)] ?? null;
  let role: SpanView['role'] = null;
  if (clause) {
    if (clause.verb && clause.verb.term >= first && clause.verb.term <= head) role = 'verb';
    else if (inside(clause.subject, head) || appositiveOfSubject(terms, clause, first, head)) role = 'subject';
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
  if (p.counted && !countedMatches(v, p.counted)) return false;
  if (p.question !== undefined && asks(v) !== p.question) return false;
  return wordReads(v, p) && (!p.any || p.any.some((q) => spanMatches(v, q))) && (!p.not || !spanMatches(v, p.not));
}

/** Whether the span is asked: a question mark after the sentence's last word, and no comma, semicolon or colon after the span before it. */
function asks(v: SpanView): boolean {
  const last = v.terms.length - 1;
  if (!v.terms[last]?.post.includes('?')) return false;
  for (let i = v.head; i < last; i++) if (/[,;:]/.test(v.terms[i]!.post)) return false;
  return true;
}

/** The tests on words around the span: its neighbours, its complement, the rest of its clause. */
function wordReads(v: SpanView, p: SpanPattern): boolean {
  const { terms } = v;
  if (p.wordBefore && !seqEndsAt(terms, v.first, p.wordBefore)) return false;
  if (p.wordAfter && (BREAK.test(terms[v.head]!.post) || !seqStartsAt(terms, v.head + 1, p.wordAfter))) return false;
  if (p.complement && !complementMatches(v, p.complement)) return false;
  const to = clauseEnd(v);
  if (p.ppAfter && !ppAfterMatches(terms, v.head + 1, v.clause?.to ?? terms.length, p.ppAfter)) return false;
  if (p.clauseAfter) {
    const { words, reach } = 'reach' in p.clauseAfter ? p.clauseAfter : { words: p.clauseAfter, reach: terms.length };
    if (!anySeqIn(terms, v.head + 1, Math.min(to, v.head + 1 + reach), words)) return false;
  }
  if (p.sentenceAfter && !anySeqIn(terms, v.head + 1, terms.length, p.sentenceAfter)) return false;
  if (p.clauseBefore && !anySeqIn(terms, Math.max(clauseStart(v), v.first - p.clauseBefore.reach), v.first, p.clauseBefore.words)) return false;
  if (p.verbAfter && !verbsAfter(v).some((g) => p.verbAfter!.includes(g.lemma))) return false;
  return true;
}

/** The verb groups after the span in its clause, and in the next clause when it shares the subject ("raided the center, …, and arrested the five"). */
function verbsAfter(v: SpanView): VerbInfo[] {
  if (!v.clause) return [];
  const next = v.clauses[v.clauses.indexOf(v.clause) + 1];
  return [...v.clause.verbs.filter((g) => g.term > v.head), ...(next && !next.subject && next.kind === 'main' ? next.verbs : [])];
}

/** Subordinators of time and cause: a clause they open tells how the clause before it came about. */
const HOW_SUBORDINATORS = ['when', 'as', 'after', 'while', 'because'];

/**
 * Where the span's clause ends, for what is told after the span: past a clause of time or cause and a reported clause
 * that follow it ("were killed | when a bus crashed", "fired two missiles, in what analysts said | was a warning").
 */
function clauseEnd(v: SpanView): number {
  if (!v.clause) return v.terms.length;
  let k = v.clauses.indexOf(v.clause);
  const next = (c: Clause | undefined) => !!c && ((c.kind === 'subordinate' && HOW_SUBORDINATORS.includes(v.terms[c.from]!.normal)) || c.kind === 'reported');
  while (next(v.clauses[k + 1])) k++;
  return v.clauses[k]!.to;
}

/** Where the span's clause starts, for its agent (`agent`: a relative clause or one with no subject reads the clause before it). */
function clauseStart(v: SpanView): number {
  return v.clause ? clauseFrom(v.terms, v.clauses, v.clauses.indexOf(v.clause), 'agent') : 0;
}

/** Punctuation that ends a phrase (a hyphen, a quote or an apostrophe does not). */
const BREAK = /[.;:!?,()\[\]—–]|--/;
/** Whether punctuation after a word ends a phrase (most words have none). */
const breaks = (post: string) => post !== '' && BREAK.test(post);

/**
 * A list's sequences split into words and indexed by their first and by their last word (`*`: any), built once per list
 * (the rules' lists are fixed): a read tries only the sequences that can hold at a word, not every sequence of the list.
 */
interface SeqIndex {
  first: Map<string, string[][]>;
  anyFirst: string[][];
  last: Map<string, string[][]>;
  anyLast: string[][];
}
const SEQ_INDEXES = new WeakMap<WordSeqs, SeqIndex>();
function seqIndex(seqs: WordSeqs): SeqIndex {
  let idx = SEQ_INDEXES.get(seqs);
  if (idx) return idx;
  idx = { first: new Map(), anyFirst: [], last: new Map(), anyLast: [] };
  const add = (m: Map<string, string[][]>, any: string[][], key: string, words: string[]) => {
    if (key === '*') any.push(words);
    else m.set(key, [...(m.get(key) ?? []), words]);
  };
  for (const w of seqs) {
    const words = w.split(' ');
    add(idx.first, idx.anyFirst, words[0]!, words);
    add(idx.last, idx.anyLast, words[words.length - 1]!, words);
  }
  SEQ_INDEXES.set(seqs, idx);
  return idx;
}

/** The sequence of `words` at term i, no phrase break inside it. */
function seqAt(terms: readonly Term[], i: number, words: readonly string[]): boolean {
  const n = words.length;
  for (let k = 0; k < n; k++) {
    const t = terms[i + k];
    const x = words[k]!;
    if (!t || (x !== '*' && t.normal !== x) || (k < n - 1 && breaks(t.post))) return false;
  }
  return true;
}

/** One of the sequences starts at term i (and ends before `to`). */
function seqStartsAt(terms: readonly Term[], i: number, seqs: WordSeqs, to = terms.length): boolean {
  const t = terms[i];
  if (!t) return false;
  const { first, anyFirst } = seqIndex(seqs);
  const fits = (words: readonly string[]) => i + words.length <= to && seqAt(terms, i, words);
  return !!first.get(t.normal)?.some(fits) || anyFirst.some(fits);
}

/** One of the sequences ends right before term i, no phrase break inside it or after it, and term i is not quoted ('this was an "attack"': a word cited). */
function seqEndsAt(terms: readonly Term[], i: number, seqs: WordSeqs): boolean {
  const pre = terms[i]?.pre;
  if (i < 1 || breaks(terms[i - 1]!.post) || (pre && /["“]/.test(pre))) return false;
  const { last, anyLast } = seqIndex(seqs);
  const fits = (words: readonly string[]) => i - words.length >= 0 && seqAt(terms, i - words.length, words);
  return !!last.get(terms[i - 1]!.normal)?.some(fits) || anyLast.some(fits);
}

/** One of the sequences starts in terms [from, to) and ends before `to`. */
function anySeqIn(terms: readonly Term[], from: number, to: number, seqs: WordSeqs): boolean {
  for (let i = from; i < to; i++) if (seqStartsAt(terms, i, seqs, to)) return true;
  return false;
}

/** Words that a noun phrase's lead may hold before its first noun: determiners, possessives, quantifiers. */
const PHRASE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'any', 'all', 'some', 'another', 'part', 'of']);
/** Nouns that count or gather what the phrase after their "of" names, its head ("a group of paratroopers"). */
const PARTITIVES: ReadonlySet<string> = new Set(['group', 'groups', 'number']);
/** Words that end a noun phrase: conjunctions, relative pronouns, prepositions (the tagger calls "near" an adjective), adverbs of time. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'to', 'as', 'while', 'when', 'where', 'than',
  'in', 'on', 'at', 'by', 'for', 'of', 'from', 'with', 'without', 'within', 'into', 'onto', 'under', 'near', 'over', 'during', 'after', 'before', 'since', 'against', 'across', 'through', 'toward', 'towards', 'between', 'among', 'around', 'outside', 'inside', 'behind', 'beyond', 'along', 'amid', 'despite', 'until',
  'overnight', 'yesterday', 'today', 'tonight', 'now', 'again', 'also', 'too', 'because', 'if', 'unless', 'although', 'though', 'whether']);
const PHRASE_MAX = 5;

/**
 * The noun phrase at term i, read on words (the tagger's chunks often run a phrase into the next one): past
 * determiners and a count ("12 of the 15 drones"), up to a preposition, a conjunction, a verb form of its own or
 * punctuation. Its head is its last word. Null when nothing is left.
 */
export function phraseAt(terms: readonly Term[], i: number, to = terms.length): { from: number; head: number } | null {
  let k = i;
  const lead = (t: Term) => PHRASE_DETERMINERS.has(t.normal) || t.tags.has('Value') || (PARTITIVES.has(t.normal) && terms[k + 1]?.normal === 'of');
  while (k < to && lead(terms[k]!) && !BREAK.test(terms[k]!.post)) k++;
  const from = k;
  if (terms[from]?.tags.has('Preposition')) return null;
  while (k < to && k - from < PHRASE_MAX) {
    const t = terms[k]!;
    if (PHRASE_ENDS.has(t.normal) || (t.tags.has('Preposition') && k > from) || ['Gerund', 'PastTense', 'Participle', 'Modal', 'Copula', 'Auxiliary'].some((x) => t.tags.has(x))) break;
    k++;
    if (BREAK.test(t.post)) break;
  }
  return k > from ? { from, head: k - 1 } : null;
}

function complementMatches(v: SpanView, c: NonNullable<SpanPattern['complement']>): boolean {
  const { terms } = v;
  // (a closing quote ends the phrase too: 'had been attacked" because')
  if (BREAK.test(terms[v.head]!.post) || /["”]/.test(terms[v.head]!.post)) return false;
  let k = v.head + 1;
  while (k < terms.length && c.lead?.includes(terms[k]!.normal) && !BREAK.test(terms[k]!.post)) k++;
  if (c.preps) {
    // (past the last term there is no preposition: a record whose preps hold '' reads on)
    const t = terms[k];
    if (t && c.preps.includes(t.normal) && !BREAK.test(t.post)) k++;
    else if (!c.preps.includes('')) return false;
  }
  const np = phraseAt(terms, k);
  const head = np ? terms[np.head]!.normal : '';
  return !!np && (!c.heads || c.heads.includes(head)) && !c.notHeads?.includes(head);
}

function ppAfterMatches(terms: readonly Term[], from: number, to: number, p: NonNullable<SpanPattern['ppAfter']>): boolean {
  for (let i = from; i < to - 1; i++) {
    if (!p.preps.includes(terms[i]!.normal) || BREAK.test(terms[i]!.post)) continue;
    const np = phraseAt(terms, i + 1, to);
    if (!np || !p.heads.includes(terms[np.head]!.normal)) continue;
    if (!p.words || terms.slice(i + 1, np.head).some((t) => p.words!.includes(t.normal))) return true;
  }
  return false;
}

/** Words that count a great many ("hundreds have been killed"), as the least they stand for. */
const COUNT_WORDS: Readonly<Record<string, number>> = { hundreds: 200, thousands: 2000 };

/** Units a figure may measure, which then counts no one ("Piura, 1,100 km north of Lima, has also been shot"). */
const MEASURE_UNITS = new Set(['km', 'kms', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'm', 'kg', 'kilograms', 'tons', 'pesos', 'dollars', 'hectares', 'feet', 'yards', 'years', 'months', 'days', 'hours', 'minutes', 'percent']);

/** The number term `i` states: a figure that is no year nor a measure ("1,980" is, "1980", "1,100 km" are not), or a counting word. */
function countOf(terms: readonly Term[], i: number): number {
  const t = terms[i]!;
  if (t.normal in COUNT_WORDS) return COUNT_WORDS[t.normal]!;
  if (!t.tags.has('Value') || t.tags.has('Date') || t.tags.has('Year') || !/^\d[\d,]*$/.test(t.text) || MEASURE_UNITS.has(terms[i + 1]?.normal ?? '')) return 0;
  return /^(?:19|20)\d\d$/.test(t.text) ? 0 : Number(t.text.replace(/,/g, ''));
}

function countedMatches(v: SpanView, p: NonNullable<SpanPattern['counted']>): boolean {
  const groups = v.clause?.verbs ?? [];
  const k = groups.findIndex((g) => g.term >= v.first && g.term <= v.head);
  if (k < 0 || !p.tense.includes(groups[k]!.tense)) return false;
  const from = k > 0 ? groups[k - 1]!.term + 1 : v.clause!.from;
  for (let i = from; i < groups[k]!.from; i++) if (countOf(v.terms, i) >= p.min) return true;
  return false;
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
/** A list whose items hold commas of their own is cut by semicolons: "MARIA JACINTA PULIDO, 42; PILAR PULIDO, 19; AND EFRAIN RINCON". */
const ITEM_LIST_BREAK = /:|--|—|–|\./;
/** Prepositions the tagger sometimes chunks into a noun phrase ("troops under the command of"): they end a run. */
const RUN_PREPOSITIONS: ReadonlySet<string> = new Set(['under', 'with', 'without', 'near', 'after', 'before', 'during', 'against', 'from', 'into', 'toward', 'towards', 'through', 'inside', 'outside', 'at', 'in', 'on', 'for', 'to', 'by', 'between', 'among', 'while', 'when', 'who', 'which', 'that', 'whose', 'where']);

/**
 * The run of noun phrases around term i that a list or an "of" joins, as term indices [from, to): "the offices of the
 * telecommunications enterprise, the agrarian bank, and health ministry offices". It stops at a verb, at any
 * preposition but "of", and at a semicolon, colon, dash or full stop.
 */
export function nounRunAround(terms: readonly Term[], i: number, named: (k: number) => boolean = () => false, semicolons = false): { from: number; to: number } {
  const cut = semicolons ? ITEM_LIST_BREAK : LIST_BREAK;
  // "at least a dozen houses", "more than ten shops": a quantifier inside the list; a word a name or noun the
  // extractors read (`named`) joins whatever its tag ("a dozen houses" tagged a verb)
  const joins = (t: Term, k: number) => (t.chunk === 'Noun' && !t.tags.has('Verb') && !t.tags.has('Preposition') && !RUN_PREPOSITIONS.has(t.normal)) || LIST_LINKS.has(t.normal) || (t.normal === 'at' && terms[k + 1]?.normal === 'least') || inRange(terms, k, terms.length) || named(k);
  let from = i;
  while (from > 0 && joins(terms[from - 1]!, from - 1) && !cut.test(terms[from - 1]!.post)) from--;
  let to = i + 1;
  while (to < terms.length && joins(terms[to]!, to) && !cut.test(terms[to - 1]!.post)) to++;
  // a run does not start or end on a link word
  while (from < i && EDGE_LINKS.has(terms[from]!.normal)) from++;
  while (to > i + 1 && EDGE_LINKS.has(terms[to - 1]!.normal)) to--;
  return { from, to };
}
