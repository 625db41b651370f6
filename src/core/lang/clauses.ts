// Clauses from tagged, chunked terms: where a clause starts (relative
// pronouns, a verb of saying, a comma before a conjunction or participle, a
// semicolon), what kind it is, and inside it the verb group, subject,
// object and prepositional phrases. Words lists are stated once, here.
import type { Clause, ClauseKind, Phrase, Term, VerbInfo } from './layer.js';
import { lemmaOf } from './layer.js';

export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose']);
export const SAYING_VERBS: ReadonlySet<string> = new Set(['say', 'report', 'state', 'claim', 'announce', 'add', 'tell', 'confirm', 'deny', 'allege', 'explain', 'indicate', 'note', 'warn', 'insist', 'acknowledge', 'admit', 'believe', 'charge', 'accuse', 'assert', 'declare', 'disclose', 'reveal', 'estimate']);
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['while', 'but', 'whereas', 'although', 'though', 'because', 'when', 'after', 'before', 'as', 'and', 'since', 'until', 'where']);
/** Words that open a clause of time, cause or concession when a subject and a verb follow ("after guerrillas attacked…"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'because', 'as', 'since', 'until', 'although', 'though', 'if', 'whereas', 'once']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
const HARD_BREAK = /[;:]|--|—|–/;
/** The auxiliaries of a passive: a form of "be" or "get" ("were killed", "got hit"). */
const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being|am|'s|'re|get|gets|got|getting|gotten)$/;
/** Words between an auxiliary and its participle that the tagger may not call adverbs ("were also\nkilled"). */
const VERB_ADVERB = /^(?:\w+ly|also|later|still|then|just|once)$/;
const isAdverb = (t: Term) => t.tags.has('Adverb') || VERB_ADVERB.test(t.normal);
/** Adverbs from j with no punctuation after them, then a verb ("also later shot"). */
function verbAfterAdverbs(terms: Term[], j: number, to: number): boolean {
  while (j < to && isAdverb(terms[j]!) && !terms[j]!.post) j++;
  return j < to && j > 0 && !terms[j - 1]!.post && (isVerb(terms[j]!) || participleAfterBe(terms, j));
}

const isVerb = (t: Term) => t.tags.has('Verb');
const isAux = (t: Term) => t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal');
/** "which were damaged", "was not suspected": a participle compromise tags as an adjective, right after a form of "be" (and a negation). */
/** Participles with no -ed/-en that the tagger often reads as nouns or present verbs ("was hit", "were shot"). */
const BARE_PARTICIPLES: ReadonlySet<string> = new Set(['hit', 'shot', 'hurt', 'struck', 'cut', 'set', 'burnt', 'slain', 'stabbed']);
const participleForm = (t: Term) => ((t.tags.has('Adjective') || t.tags.has('Noun')) && /\w{3}(ed|en)$/.test(t.normal)) || BARE_PARTICIPLES.has(t.normal);
/** "which were damaged", "were also wounded", "was hit": a participle the tagger may not call a verb, after a form of "be" or "get" (adverbs and a negation between). */
const participleAfterBe = (terms: Term[], j: number) => {
  if (!participleForm(terms[j]!)) return false;
  for (let k = j - 1; k >= 0; k--) {
    const p = terms[k]!;
    if (p.post) return false;
    if (PASSIVE_AUX.test(p.normal)) return true;
    if (!NEGATIONS.has(p.normal) && !isAdverb(p)) return false;
  }
  return false;
};
/** "according to police": a preposition of two words, though the tagger reads "according" as a gerund (DEV-MUC3-0706). */
const accordingTo = (terms: Term[], i: number) => terms[i]!.normal === 'according' && terms[i + 1]?.normal === 'to' && !terms[i]!.post;
/** "…, killing three": a participle opening a clause (compromise sometimes tags it a noun). */
const isParticiple = (terms: Term[], i: number) => {
  const t = terms[i]!;
  if (accordingTo(terms, i)) return false;
  if (t.tags.has('Gerund')) return true;
  const next = terms[i + 1];
  return /ing$/.test(t.normal) && t.tags.has('Noun') && !!next && (next.tags.has('Value') || next.tags.has('Determiner') || next.tags.has('Possessive'));
};

/** A noun phrase then a finite verb within a few words, with no punctuation between: the words after a subordinator are a clause. */
function finiteVerbAhead(terms: Term[], i: number): boolean {
  let sawNoun = false;
  for (let j = i; j < Math.min(terms.length, i + 7); j++) {
    const t = terms[j]!;
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')) return sawNoun;
    if (t.chunk === 'Noun') sawNoun = true;
    else return false;
    if (t.post) return false;
  }
  return false;
}

/** "since Thursday", "until 10 February": a subordinator read as the preposition of a date, no clause of its own ("the prison, which since 26 March has been in their hands"). */
const datePreposition = (terms: Term[], i: number) => (terms[i]!.normal === 'since' || terms[i]!.normal === 'until') && !terms[i]!.post && !!terms[i + 1]?.tags.has('Date');

/** ", as well as": a link inside a list ("the mayor, as well as two policemen"), no clause of its own. */
const listLink = (terms: Term[], i: number) => terms[i]!.normal === 'as' && terms[i + 1]?.normal === 'well' && terms[i + 2]?.normal === 'as' && !terms[i]!.post && !terms[i + 1]!.post;

/** Where each clause starts (term index) and its kind. */
function boundaries(terms: Term[]): { at: number; kind: ClauseKind }[] {
  const out: { at: number; kind: ClauseKind }[] = [{ at: 0, kind: 'main' }];
  let sawVerb = false;
  for (let i = 1; i < terms.length; i++) {
    const prev = terms[i - 1]!;
    const t = terms[i]!;
    const comma = prev.post.includes(',');
    let kind: ClauseKind | null = null;
    if (HARD_BREAK.test(prev.post)) kind = 'main';
    else if (RELATIVE_PRONOUNS.has(t.normal)) kind = 'relative';
    else if (t.normal === 'that' && (prev.tags.has('Noun') && !prev.tags.has('Pronoun'))) kind = 'relative';
    else if (isVerb(prev) && !isAux(prev) && SAYING_VERBS.has(lemmaOf(prev.normal, prev.tags)) && !t.tags.has('Preposition') && t.normal !== 'to' && !prev.post) kind = 'reported';
    // "he fears that a surprise attack can happen": "that" after any other verb, a subject and a verb after it, opens its complement
    else if (t.normal === 'that' && isVerb(prev) && !isAux(prev) && !prev.post && finiteVerbAhead(terms, i + 1)) kind = 'reported';
    else if (comma && CLAUSE_CONJUNCTIONS.has(t.normal) && !listLink(terms, i)) kind = 'main';
    else if (SUBORDINATORS.has(t.normal) && !datePreposition(terms, i) && finiteVerbAhead(terms, i + 1)) kind = 'subordinate';
    else if (comma && isParticiple(terms, i)) kind = 'main';
    else if (comma && !sawVerb && out.length === 1 && (terms[0]!.tags.has('Preposition') || accordingTo(terms, 0) || terms[0]!.tags.has('Adverb') || terms[0]!.tags.has('Date') || terms[0]!.tags.has('Conjunction'))) {
      out[0]!.kind = 'fronted';
      kind = 'main';
    }
    if (kind) {
      out.push({ at: i, kind });
      sawVerb = false;
    }
    if (isVerb(t)) sawVerb = true;
  }
  return out;
}

/** A range's "to" or "or" between two numbers inside a noun phrase: "A GROUP OF 30 TO 40 MEN", "TWO OR THREE MEN". */
export const inRange = (terms: readonly Term[], j: number, to: number): boolean =>
  j + 1 < to && /^(?:to|or)$/.test(terms[j]!.normal) && !!terms[j - 1]?.tags.has('Value') && !terms[j - 1]!.post && terms[j + 1]!.tags.has('Value');

/** The run of noun-chunk terms starting at i (within [i, to)), as a phrase. */
export function nounPhrase(terms: Term[], i: number, to: number): Phrase | null {
  if (i >= to || terms[i]!.chunk !== 'Noun') return null;
  let j = i;
  while (j < to && ((terms[j]!.chunk === 'Noun' && (j === i || !terms[j]!.tags.has('Preposition'))) || (j > i && inRange(terms, j, to)))) {
    j++;
    if (terms[j - 1]!.post) break;
  }
  let h = j - 1;
  while (h > i && !terms[h]!.tags.has('Noun')) h--;
  return { from: i, to: j, start: terms[i]!.start, end: terms[j - 1]!.end, head: terms[h]!.normal };
}

/** "as wrong and unnecessary": the adjectives that complement "as" ("attacked the strike as wrong"), as a phrase headed by the last. */
function adjectivePhrase(terms: Term[], i: number, to: number): Phrase | null {
  let j = i;
  while (j < to && terms[j]!.chunk === 'Adjective' && (j === i || !terms[j - 1]!.post.includes(','))) {
    j++;
    if (/[.;:!?]/.test(terms[j - 1]!.post)) break;
  }
  if (j === i || !terms[j - 1]!.tags.has('Adjective')) return null;
  return { from: i, to: j, start: terms[i]!.start, end: terms[j - 1]!.end, head: terms[j - 1]!.normal };
}

/** The verb group starting at i: auxiliaries, negation, the main verb. */
function verbGroup(terms: Term[], i: number, to: number): { info: VerbInfo; end: number } {
  let j = i;
  let negated = false;
  let modal: string | null = null;
  let main = i;
  if (!isVerb(terms[i]!)) {
    // a participle tagged as a noun: the verb by itself
    const t = terms[i]!;
    return { info: { term: i, from: i, lemma: lemmaOf(t.normal, new Set(['Gerund'])), tense: 'gerund', voice: 'active', negated: false, modal: null }, end: i + 1 };
  }
  const auxes: string[] = [];
  let hasMain = false;
  while (j < to && (isVerb(terms[j]!) || NEGATIONS.has(terms[j]!.normal) || (isAdverb(terms[j]!) && verbAfterAdverbs(terms, j, to)) || participleAfterBe(terms, j))) {
    const t = terms[j]!;
    if (NEGATIONS.has(t.normal)) negated = true;
    else if (t.tags.has('Modal')) modal = t.normal;
    else if (isVerb(t) || participleAfterBe(terms, j)) {
      // a second main verb ("who was killed | has been identified") starts a group of its own; a particle ("blew up") does not
      if (hasMain && !t.tags.has('Particle')) break;
      if ((isAux(t) || PASSIVE_AUX.test(t.normal)) && j + 1 < to && (isVerb(terms[j + 1]!) || NEGATIONS.has(terms[j + 1]!.normal) || isAdverb(terms[j + 1]!) || participleAfterBe(terms, j + 1))) auxes.push(t.normal);
      else hasMain = true;
      main = j;
    }
    j++;
    if (t.post) break;
  }
  // a phrasal verb's particle ("blew up") belongs to the verb before it
  const particle = main > i && terms[main]!.tags.has('Particle') ? terms[main]!.normal : null;
  if (particle) main--;
  const m = terms[main]!;
  const be = auxes.some((a) => PASSIVE_AUX.test(a));
  const have = auxes.some((a) => /^(has|have|had|having)$/.test(a));
  const passive = be && (m.tags.has('PastTense') || m.tags.has('Participle') || m.tags.has('Passive') || participleForm(m));
  const tense: VerbInfo['tense'] =
    modal === 'will' || modal === 'shall' ? 'future' : have ? 'perfect' : m.tags.has('Gerund') && auxes.length === 0 ? 'gerund' : m.tags.has('Infinitive') && auxes.length === 0 && terms[main - 1]?.normal === 'to' ? 'infinitive' : m.tags.has('PastTense') || auxes.some((a) => /^(was|were|did)$/.test(a)) ? 'past' : 'present';
  const lemma = lemmaOf(m.normal, m.tags);
  return { info: { term: main, from: i, lemma: particle ? `${lemma} ${particle}` : lemma, tense, voice: passive ? 'passive' : 'active', negated, modal }, end: Math.max(j, main + 1) };
}

function clause(terms: Term[], from: number, to: number, kind: ClauseKind): Clause {
  let verb: VerbInfo | null = null;
  const verbs: VerbInfo[] = [];
  let subject: Phrase | null = null;
  let object: Phrase | null = null;
  const pps: Clause['pps'] = [];
  let lastNp: Phrase | null = null;
  // a phrase set off by commas after a subject's place phrase is that place's apposition, not the subject ("NATIONAL
  // POLICE POSITIONS IN NUEVA CONCEPCION, CHALATENANGO DEPARTMENT, HAVE BEEN ATTACKED", "THE NATIONAL GUARD POST IN SESORI,
  // NORTH OF SAN MIGUEL, WAS ATTACKED"): the subject held when it opens comes back when its closing comma is read
  let held: Phrase | null = null;
  const commaAfter = (np: Phrase) => terms[np.to - 1]!.post.includes(',');
  // the subordinator ("after", "when") is the clause's first word, not a preposition of it; so is the "that" of a
  // relative or content clause, whose noun phrase after it is its subject ("reports that the brigade was attacked")
  const opener = kind === 'subordinate' || (kind === 'relative' && terms[from]!.normal === 'that');
  for (let i = opener ? from + 1 : from; i < to; ) {
    const t = terms[i]!;
    if (accordingTo(terms, i) && i + 2 < to) {
      // its source as a phrase, though the tagger may read it as a verb after "to" ("according to police")
      const np = nounPhrase(terms, i + 2, to) ?? { from: i + 2, to: i + 3, start: terms[i + 2]!.start, end: terms[i + 2]!.end, head: terms[i + 2]!.normal };
      pps.push({ prep: 'according to', np });
      i = np.to;
      continue;
    }
    if ((isVerb(t) && t.chunk === 'Verb') || (!verb && i === from && isParticiple(terms, i))) {
      const g = verbGroup(terms, i, to);
      verbs.push(g.info);
      if (verb) {
        // a verb coordinated into the clause ("… and 12 were injured"): its own voice and tense, not the clause's
        i = g.end;
        continue;
      }
      verb = g.info;
      subject = lastNp;
      object = nounPhrase(terms, g.end, to);
      i = object ? object.to : g.end;
      continue;
    }
    if (t.tags.has('Preposition') && i + 1 < to) {
      const np = nounPhrase(terms, i + 1, to) ?? (t.normal === 'as' ? adjectivePhrase(terms, i + 1, to) : null);
      if (np) {
        pps.push({ prep: t.normal, np });
        if (!verb && commaAfter(np)) [held, lastNp] = held ? [null, held] : [lastNp, lastNp];
        i = np.to;
        continue;
      }
    }
    const np = nounPhrase(terms, i, to);
    if (np) {
      lastNp = np;
      if (held && commaAfter(np)) [held, lastNp] = [null, held];
      i = np.to;
      continue;
    }
    i++;
  }
  return { kind, from, to, verb, verbs, subject, object, pps };
}

export function clausesOf(terms: Term[]): Clause[] {
  const b = boundaries(terms);
  return b.map((x, k) => clause(terms, x.at, b[k + 1]?.at ?? terms.length, x.kind));
}
