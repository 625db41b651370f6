// "The same clause", read on the language layer instead of a window of N
// characters: the text of the clause that holds a position, before or after
// it. A rule's regular expression is tried on the sentence first (a cheap
// cue), so the layer is built only for the sentences where it may hold.
import { foldCase, sentenceAt, splitSentences, type Sentence } from '../text.js';
import { Language, MAX_LAYER_CHARS, type Clause, type Term } from './layer.js';

/** What a reader of clauses needs: the layer, the lower-case text, the sentences it was built on. */
export interface ClauseReader {
  lang?: Language;
  lower: string;
  sentences: Sentence[];
}

/** The index of the clause that holds term `k`, or -1. */
export function clauseIndexOf(clauses: readonly Clause[], k: number): number {
  return clauses.findIndex((x) => k >= x.from && k < x.to);
}

/**
 * How far back a clause reads: `own`, from its first term; `reported`, a reported clause from the verb of saying that
 * ends the clause before it and the adverbs right before that verb ("police initially reported | today in Lima that…",
 * "officials earlier said | five were killed", not the rest of its clause: "in a communique delivered to the press, the
 * ELN said | …"); `agent`, a relative clause or one with no subject of its own from the clause before it ("a drought, |
 * which killed livestock", "the cyclone devastated the area, | killing 600").
 */
export type ClauseReach = 'own' | 'reported' | 'agent';

/** The first term of clause `at` as `reach` reads it. The one reader of a clause's extent (within.ts, match.ts). */
export function clauseFrom(terms: readonly Term[], clauses: readonly Clause[], at: number, reach: ClauseReach): number {
  const c = clauses[at]!;
  const prev = clauses[at - 1];
  if (reach === 'agent') return prev && (c.kind === 'relative' || !c.subject) ? prev.from : c.from;
  const said = reach === 'reported' && c.kind === 'reported' ? prev?.verbs.find((v) => v.term === c.from - 1) : undefined;
  let from = said ? said.from : c.from;
  while (said && from > prev!.from && !terms[from - 1]!.post && adverb(terms[from - 1]!)) from--;
  return from;
}

/**
 * Offsets [start, end) of the clause that holds offset `pos` (the clause of the last term that starts at or before it;
 * a reported clause with the verb of saying before it), or null when the sentence has no layer (no `lang`, or a sentence too long to tag).
 */
export function clauseSpanAt(r: ClauseReader, pos: number, sentence = sentenceAt(r.sentences, pos)): { start: number; end: number } | null {
  if (!r.lang || !r.sentences[sentence]) return null;
  const { terms, clauses } = r.lang.layer(sentence);
  if (terms.length === 0) return null;
  let lo = 0;
  let hi = terms.length - 1;
  let k = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]!.start <= pos) (k = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  const at = clauseIndexOf(clauses, k);
  if (at < 0) return null;
  return { start: terms[clauseFrom(terms, clauses, at, 'reported')]!.start, end: terms[clauses[at]!.to - 1]!.end };
}

/** Words the tagger may not call adverbs before a verb ("officials earlier said"). */
const ADVERBS: ReadonlySet<string> = new Set(['also', 'earlier', 'later', 'first', 'then', 'still', 'once']);
const adverb = (t: Term) => t.tags.has('Adverb') || ADVERBS.has(t.normal);

/**
 * The sentence's bounds around `pos`, for a sentence with no layer and for the cues: a run-on "sentence" longer than the
 * layer's limit is read as far as that limit on each side of `pos` (else each read would cost its whole length), or as
 * far as `reach` (a rule's bound where the sentence has no layer).
 */
function sentenceSpan(r: ClauseReader, sentence: number, pos: number, reach = MAX_LAYER_CHARS): { start: number; end: number } {
  const s = r.sentences[sentence] ?? { start: 0, end: r.lower.length };
  return { start: Math.max(s.start, pos - reach), end: Math.min(s.end, pos + reach) };
}

/** Where `pos`'s clause starts (at most `pos`); with no layer, where its sentence starts (at most `reach` before `pos`). */
export function clauseStart(r: ClauseReader, pos: number, sentence = sentenceAt(r.sentences, pos), reach = MAX_LAYER_CHARS): number {
  return Math.min((clauseSpanAt(r, pos, sentence) ?? sentenceSpan(r, sentence, pos, reach)).start, pos);
}

/** Where a clause starts in text that is read without the layer: punctuation, a dash, a conjunction or relative word. */
const TEXT_CLAUSE_BREAK = /(?:[;:()\[\]"“”]|,\s|\s[-–—]\s|\b(?:and|but|while|as|after|before|when|because|which|who|that)\s)/g;

/**
 * The clause before `pos` in lower-case text read without the layer (the steps that decide which sentences get one):
 * from the last break that ends before `pos`, within the 120 characters before it.
 */
export function textClauseBefore(lower: string, pos: number): string {
  const before = lower.slice(Math.max(0, pos - 120), pos);
  let cut = 0;
  TEXT_CLAUSE_BREAK.lastIndex = 0;
  for (let m = TEXT_CLAUSE_BREAK.exec(before); m; m = TEXT_CLAUSE_BREAK.exec(before)) {
    if (m.index + m[0].length < before.length) cut = m.index + m[0].length;
  }
  return before.slice(cut);
}

/** The lower-case text of `pos`'s clause before `pos` ("police in " before "Manila"); with no layer, the sentence's (as far back as `reach`). */
export function clauseBefore(r: ClauseReader, pos: number, sentence = sentenceAt(r.sentences, pos), reach = MAX_LAYER_CHARS): string {
  return r.lower.slice(clauseStart(r, pos, sentence, reach), pos);
}

/** The lower-case text of the clause of the span ending at `end`, after it (", said" after "Manila"); with no layer, the sentence's (as far as `reach`). */
export function clauseAfter(r: ClauseReader, end: number, sentence = sentenceAt(r.sentences, Math.max(0, end - 1)), reach = MAX_LAYER_CHARS): string {
  const c = clauseSpanAt(r, Math.max(0, end - 1), sentence) ?? sentenceSpan(r, sentence, end, reach);
  return r.lower.slice(end, Math.max(end, c.end));
}

/**
 * Whether `re` (anchored at the end, `…$`) holds on the text of `pos`'s clause before `pos`. It is tried on the sentence's
 * text before `pos` first: where it fails there it fails on the clause, and no layer is built. `reach`: how far back a
 * sentence with no layer is read.
 */
export function holdsBefore(r: ClauseReader, pos: number, re: RegExp, sentence = sentenceAt(r.sentences, pos), reach = MAX_LAYER_CHARS): boolean {
  return cueBefore(r, pos, re, sentence) && re.test(clauseBefore(r, pos, sentence, reach));
}

/** Whether `re` (anchored at the start, `^…`) holds on the text of the clause after `end`; the sentence's text first, as a cue. `reach`: as holdsBefore's. */
export function holdsAfter(r: ClauseReader, end: number, re: RegExp, sentence = sentenceAt(r.sentences, Math.max(0, end - 1)), reach = MAX_LAYER_CHARS): boolean {
  return cueAfter(r, end, re, sentence) && re.test(clauseAfter(r, end, sentence, reach));
}

/** The cue of `holdsBefore`: `re` holds on the sentence's text before `pos` (no layer read). */
function cueBefore(r: ClauseReader, pos: number, re: RegExp, sentence: number): boolean {
  const s = sentenceSpan(r, sentence, pos);
  return re.test(r.lower.slice(Math.min(s.start, pos), pos));
}

/** The cue of `holdsAfter`: `re` holds on the sentence's text after `end` (no layer read). */
function cueAfter(r: ClauseReader, end: number, re: RegExp, sentence: number): boolean {
  const s = sentenceSpan(r, sentence, end);
  return re.test(r.lower.slice(end, Math.max(end, s.end)));
}

/**
 * `holdsBefore(start, before) && holdsAfter(end, after)`, both cues tried first: a layer is built only where both may
 * hold (where the cue after fails, the layer the first read built is built for the trace only, `skippedAt`).
 */
export function holdsAround(r: ClauseReader, span: { start: number; end: number }, before: RegExp, after: RegExp): boolean {
  const sentence = sentenceAt(r.sentences, span.start);
  if (!cueBefore(r, span.start, before, sentence)) return false;
  if (!cueAfter(r, span.end, after, sentenceAt(r.sentences, Math.max(0, span.end - 1)))) {
    skippedAt(r, span.start, sentence);
    return false;
  }
  return holdsBefore(r, span.start, before, sentence) && holdsAfter(r, span.end, after);
}

/** A read of `re` before `pos` that the text settled: the layer `holdsBefore` would have built, for the trace only (`skippedAt`). */
export function skippedBefore(r: ClauseReader, pos: number, re: RegExp, sentence = sentenceAt(r.sentences, pos)): void {
  if (r.lang?.mayFix(sentence) && cueBefore(r, pos, re, sentence)) r.lang.layer(sentence);
}

/** A clause read at `pos` that its rule's text settled: the layer that read would have built, for the trace only (Language.asked). */
export function skippedAt(r: ClauseReader, pos: number, sentence = sentenceAt(r.sentences, pos)): void {
  r.lang?.asked(sentence);
}

/**
 * The lower-case text of the sentence after `end`: for a pattern of the next few words that reach by design into the
 * clause after ("said in Lima | that…"); no window of characters.
 */
export function sentenceAfter(r: ClauseReader, end: number, sentence = sentenceAt(r.sentences, Math.max(0, end - 1))): string {
  return r.lower.slice(end, Math.max(end, sentenceSpan(r, sentence, end).end));
}

/** The word right before offset `pos` in its clause, lower case ("an" in "an attack"), or null (none, or no layer). */
export function wordBefore(r: ClauseReader, pos: number, sentence = sentenceAt(r.sentences, pos)): string | null {
  const c = clauseSpanAt(r, pos, sentence);
  if (!c || !r.lang) return null;
  const terms = r.lang.layer(sentence).terms;
  const k = r.lang.termAt(sentence, pos);
  const t = k > 0 ? terms[k - 1] : undefined;
  return t && t.start >= c.start && t.end <= pos ? t.normal : null;
}

/**
 * The lower-case text of the sentence before `pos`: for a pattern of the last few words that reaches by design across a
 * clause's start ("1 day | after the serious attack launched…": "after" opens a clause); no window of characters.
 */
export function sentenceBefore(r: ClauseReader, pos: number, sentence = sentenceAt(r.sentences, pos)): string {
  return r.lower.slice(Math.min(sentenceSpan(r, sentence, pos).start, pos), pos);
}

/** A reader of a whole text, for a caller with no article context (the extractors' own tests): its layer is built lazily. */
export function readerOf(text: string): ClauseReader {
  const sentences = splitSentences(text);
  return { lang: new Language(text, sentences), lower: foldCase(text), sentences };
}
