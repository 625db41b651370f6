// The language layer: one structure per sentence that every extractor can
// read, built on compromise's tagger and chunker. Terms with their tags and
// exact offsets, chunks (noun, verb, pivot), and clauses with their verb
// (lemma, tense, voice, negation, modal), subject, object and prepositional
// phrases. Built lazily, once per sentence that needs it; ALL-CAPS wires are
// truecased first (same length, so offsets hold) so they get the same tags.
import type { Sentence } from '../text.js';
import type { RuleFiring } from '../types.js';
import { tagger } from './plugin.js';
import { truecase, isUpperCaseText } from './truecase.js';
import { clausesOf } from './clauses.js';

export interface Term {
  /** The original text of the word (not the truecased one). */
  text: string;
  start: number;
  end: number;
  /** Lower case, as compromise normalizes it. */
  normal: string;
  tags: ReadonlySet<string>;
  /** compromise's chunk: Noun, Verb, Pivot, Adjective, or '' */
  chunk: string;
  /** Punctuation right after the word (",", ".", ";"…), '' when none. */
  post: string;
  /** Punctuation right before the word (an opening quote or bracket), '' when none. */
  pre?: string;
  /** The TAG_FIXES rule that retagged it. */
  fix?: string;
}

export interface Phrase {
  /** Indices into the sentence's terms, [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  /** The head (last noun) word's normal form. */
  head: string;
}

export interface VerbInfo {
  /** The main verb's term index. */
  term: number;
  /** The group's first term: its first auxiliary or the main verb ("was" in "was not seriously damaged"). */
  from: number;
  lemma: string;
  tense: 'past' | 'present' | 'future' | 'perfect' | 'infinitive' | 'gerund';
  voice: 'active' | 'passive';
  negated: boolean;
  modal: string | null;
}

export type ClauseKind = 'main' | 'subordinate' | 'relative' | 'reported' | 'fronted' | 'quote';

export interface Clause {
  kind: ClauseKind;
  /** Term indices [from, to). */
  from: number;
  to: number;
  verb: VerbInfo | null;
  /** Every verb group of the clause in order, the clause's own verb first (coordinated verbs keep their own voice). */
  verbs: VerbInfo[];
  subject: Phrase | null;
  object: Phrase | null;
  pps: { prep: string; np: Phrase }[];
}

export interface SentenceLayer {
  sentence: number;
  terms: Term[];
  clauses: Clause[];
}


const lemmas = new Map<string, string>();
/** The infinitive of a verb form, memoized (compromise's own conjugation tables). */
export function lemmaOf(normal: string, tags: ReadonlySet<string>): string {
  const key = `${normal}|${tags.has('PastTense') ? 'p' : tags.has('Gerund') ? 'g' : tags.has('PresentTense') ? 's' : ''}`;
  let l = lemmas.get(key);
  if (l === undefined) {
    const world = tagger().world() as unknown as { methods: { two: { transform: { verb: { toInfinitive: (s: string, m: unknown, t?: string) => string } } } }; model: unknown };
    const tense = tags.has('PastTense') ? 'PastTense' : tags.has('Gerund') ? 'Gerund' : tags.has('PresentTense') ? 'PresentTense' : undefined;
    l = tags.has('Infinitive') ? normal : world.methods.two.transform.verb.toInfinitive(normal, world.model, tense) || normal;
    lemmas.set(key, l);
  }
  return l;
}

/**
 * Corrections of compromise's tags, by exact text and the word before:
 * "gunmen believed to belong to IS shot…" is the group, not the verb.
 */
// one name, `tag-noun-not-verb`: a word compromise reads as a verb after a modifier that makes it a noun
export const TAG_FIXES: { name: string; text: string; after: ReadonlySet<string>; tags: string[]; examples: string[] }[] = [
  {
    // "attacked military positions": compromise reads "military" as the subject and "positions" as its verb
    name: 'tag-noun-not-verb',
    text: 'positions',
    after: new Set(['military', 'army', 'rebel', 'guerrilla', 'enemy', 'defensive', 'insurgent', 'fmln', 'police', 'battalion', 'brigade', 'government', 'troop', 'artillery']),
    tags: ['Noun', 'Plural'],
    examples: ['The rebels said they attacked military positions in Chalatenango.', 'The 5th Brigade bombed rebel positions on the volcano.'],
  },
  {
    // "WAS DYNAMITED BY DRUG TRAFFICKING GANGS": compromise reads "trafficking" as a verb, which ends the agent's phrase at "drug"
    name: 'tag-noun-not-verb',
    text: 'trafficking',
    after: new Set(['drug', 'drugs', 'narcotics', 'narcotic', 'cocaine', 'arms', 'weapons', 'human']),
    tags: ['Noun', 'Singular'],
    examples: ['The plane was dynamited by drug trafficking gangs as it sat in a dark section of the airport.', 'The attacks carried out by the drug trafficking mafias have killed 12 people.'],
  },
  {
    // "NATIONAL POLICE POSITIONS", "TREASURY POLICE AGENTS": compromise reads "police" after its modifier as the verb of a clause (DEV-MUC3-0710)
    name: 'tag-noun-not-verb',
    text: 'police',
    after: new Set(['national', 'municipal', 'treasury', 'military', 'rural', 'judicial', 'secret', 'federal', 'riot', 'traffic', 'technical', 'investigative', 'metropolitan', 'civil', 'border', 'tourist', 'state', 'local', 'political']),
    tags: ['Noun', 'Plural'],
    examples: ['The guerrillas attacked national police positions in Nueva Concepcion.', 'Treasury police agents arrested him in San Salvador.'],
  },
  {
    // "ANTINARCOTICS FORCES RAIDED A LAB", "FMLN FORCES ATTACKED": "forces" read as the verb after the name of a force
    name: 'tag-noun-not-verb',
    text: 'forces',
    after: new Set(['antinarcotics', 'anti-narcotics', 'fmln', 'counterinsurgency', 'guerrilla', 'rebel', 'insurgent', 'security', 'army', 'police', 'enemy', 'government', 'paramilitary', 'armed']),
    tags: ['Noun', 'Plural'],
    examples: ['Antinarcotics forces raided a cocaine laboratory in Beni.', 'FMLN forces attacked the garrison in San Miguel.'],
  },
];

/** Whether a text may hold a word of TAG_FIXES after one of its words (case aside): the cheap check of `mayFix`. */
const FIX_CUE = new RegExp(TAG_FIXES.map((f) => `\\b(?:${[...f.after].join('|')})\\s+${f.text}\\b`).join('|'), 'i');

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  chunk?: string;
}

/** compromise's terms of a sentence mapped back to offsets in the original text (the TAG_FIXES applied). */
function termsOf(text: string, s: Sentence, raws: RawTerm[]): Term[] {
  const out: Term[] = [];
  let pos = s.start;
  for (const raw of raws) {
    pos += raw.pre.length;
    const start = pos;
    const end = start + raw.text.length;
    pos = end + raw.post.length;
    if (raw.text.length === 0) continue; // implicit terms of contractions
    const term: Term = { text: text.slice(start, end), start, end, normal: raw.normal, tags: raw.tags, chunk: raw.chunk ?? '', post: raw.post.trim(), ...(raw.pre.trim() ? { pre: raw.pre.trim() } : {}) };
    const fix = TAG_FIXES.find((f) => f.text === raw.text && f.after.has(out[out.length - 1]?.normal ?? ''));
    if (fix) Object.assign(term, { tags: new Set(fix.tags), chunk: 'Noun', fix: fix.name });
    out.push(term);
  }
  return out;
}

/** Tags the sentence and maps compromise's terms back to offsets in the original text. */
/**
 * A sentence as the tagger reads it: its line breaks as spaces (same length, so offsets hold). compromise ends a sentence
 * at a line break, so a wire wrapped at 70 columns ("HE FEARS THAT A | SURPRISE ATTACK CAN HAPPEN") was tagged as
 * fragments, "surprise" an imperative verb.
 */
const oneLine = (sentence: string) => sentence.replace(/[\r\n]/g, ' ');

function tagSentence(text: string, cased: string, s: Sentence): Term[] {
  const doc = tagger()(oneLine(cased.slice(s.start, s.end)));
  doc.compute('chunks');
  return termsOf(text, s, (doc as unknown as { docs: RawTerm[][] }).docs.flat());
}

interface Document {
  docs: RawTerm[][];
  compute(what: string | string[]): void;
}

/**
 * What tagSentence does, on several texts at once: each tokenized alone, then tagged in one document (one call's
 * overhead); the chunker reads across compromise's sentences (fixUp), so from it on each text is computed alone.
 */
function tagTogether(texts: string[]): RawTerm[][][] {
  const nlp = tagger();
  const world = nlp.world() as unknown as { hooks: string[]; methods: { one: { tokenize: { fromString: (t: string, w: unknown) => RawTerm[][] } } } };
  const View = (nlp('') as unknown as { constructor: new (document: RawTerm[][]) => Document }).constructor;
  const parts = texts.map((t) => world.methods.one.tokenize.fromString(t, world));
  const doc = new View(parts.flat());
  const cut = world.hooks.includes('chunks') ? world.hooks.indexOf('chunks') : world.hooks.length;
  doc.compute(world.hooks.slice(0, cut));
  let n = 0;
  return parts.map((p) => {
    const own = doc.docs.slice(n, (n += p.length));
    new View(own).compute(['index', ...world.hooks.slice(cut), 'chunks']);
    return own;
  });
}

/** The sentence's layer from its terms: the clauses. */
function layerOf(sentence: number, terms: Term[]): SentenceLayer {
  return { sentence, terms, clauses: clausesOf(terms) };
}

/** The longest sentence the layer is built for; past it, layer rules do not apply. */
export const MAX_LAYER_CHARS = 1500;

/** The last match of a cue with the `g` flag in `words`, the first of another; -1 when none. */
function cueIndex(cue: RegExp, words: string): number {
  if (!cue.global) return words.search(cue);
  let at = -1;
  cue.lastIndex = 0;
  for (let m = cue.exec(words); m; m = cue.exec(words)) at = m.index;
  cue.lastIndex = 0;
  return at;
}

/** Per article: the truecased text once, and each sentence's layer on first use. */
export class Language {
  readonly cased: string;
  private readonly layers = new Map<number, SentenceLayer>();
  /** Terms tagged ahead of use (`prefetch`), their layer not yet asked for. */
  private readonly tagged = new Map<number, Term[]>();
  /** Whether a sentence may hold a fix of TAG_FIXES (`mayFix`). */
  private readonly fixWords = new Map<number, boolean>();
  /** Where each cue matches in each sentence asked about (`cueAt`). */
  private readonly cues = new Map<RegExp, Map<number, number>>();
  /** Sentences analysed, for the bench and the tests (work counted, not timed). */
  built = 0;
  /** Calls of the tagger (compromise), and the sentences it tagged (work counted, not timed). */
  tagCalls = 0;
  sentencesTagged = 0;

  constructor(
    readonly text: string,
    private readonly sentences: Sentence[],
    /** Whether the trace of tag fixes is read (explain): when not, a read its rule's text settled builds no layer (`mayFix`). */
    private readonly traced = true,
  ) {
    this.cased = isUpperCaseText(text) ? truecase(text) : text;
  }

  /** A run-on "sentence" (no full stops for pages) gets no layer: the tagger's cost grows faster than its length. */
  private tooLong(sentence: number): boolean {
    const s = this.sentences[sentence]!;
    return s.end - s.start > MAX_LAYER_CHARS;
  }

  /**
   * Tags the sentences likely to be asked for in one call of the tagger (each is tokenized and tagged as if alone); their
   * layers are made, and counted as built, only when asked for.
   */
  prefetch(indices: number[]): void {
    const todo = [...new Set(indices)].filter((i) => !this.layers.has(i) && !this.tagged.has(i) && !this.tooLong(i));
    if (todo.length < 2) return;
    const raws = tagTogether(todo.map((i) => oneLine(this.cased.slice(this.sentences[i]!.start, this.sentences[i]!.end))));
    todo.forEach((i, k) => this.tagged.set(i, termsOf(this.text, this.sentences[i]!, raws[k]!.flat())));
    this.tagCalls++;
    this.sentencesTagged += todo.length;
  }

  layer(sentence: number): SentenceLayer {
    let l = this.layers.get(sentence);
    if (!l) {
      l = this.tooLong(sentence) ? { sentence, terms: [], clauses: [] } : layerOf(sentence, this.tagged.get(sentence) ?? this.tagOne(sentence));
      this.tagged.delete(sentence);
      this.layers.set(sentence, l);
      this.built++;
    }
    return l;
  }

  /**
   * A sentence whose clause a reader skipped, its answer known from the text: the layer is built only when it may hold a
   * tag fix (a word of TAG_FIXES), so that the trace of fixes (explain) stays the one of a reader that built it.
   */
  asked(sentence: number): void {
    if (this.mayFix(sentence)) this.layer(sentence);
  }

  /** Whether a sentence has no layer yet and may hold a fix of TAG_FIXES, a word after one of its words (read once a sentence); never when no trace is read. */
  mayFix(sentence: number): boolean {
    const s = this.sentences[sentence];
    if (!this.traced || !s || this.layers.has(sentence)) return false;
    let m = this.fixWords.get(sentence);
    if (m === undefined) {
      const words = this.cased.slice(s.start, s.end);
      this.fixWords.set(sentence, (m = FIX_CUE.test(words)));
    }
    return m;
  }

  /** Whether the text of a sentence holds a cue (`re`, on the text as written): the cheap check before its layer is read. */
  sentenceHas(sentence: number, re: RegExp): boolean {
    return this.cueAt(sentence, re) >= 0;
  }

  /**
   * Where a cue matches in a sentence's text as written (offset from the sentence's start), -1 when it does not: the last
   * match of a cue with the `g` flag, the first of another. Read once a sentence and cue, so a run-on sentence of many
   * triggers, each asking, stays linear (none of the cues matches the empty string).
   */
  cueAt(sentence: number, cue: RegExp): number {
    const bySentence = this.cues.get(cue) ?? this.cues.set(cue, new Map()).get(cue)!;
    let at = bySentence.get(sentence);
    if (at === undefined) {
      const s = this.sentences[sentence];
      at = s ? cueIndex(cue, this.text.slice(s.start, s.end)) : -1;
      bySentence.set(sentence, at);
    }
    return at;
  }

  private tagOne(sentence: number): Term[] {
    this.tagCalls++;
    this.sentencesTagged++;
    return tagSentence(this.text, this.cased, this.sentences[sentence]!);
  }

  /** The terms a TAG_FIXES rule retagged in the layers built so far, as firings (explain). */
  fixes(): RuleFiring[] {
    return [...this.layers.values()].flatMap((l) => l.terms.filter((t) => t.fix).map((t) => ({ rule: t.fix!, action: 'accept' as const, text: this.text.slice(t.start, t.end), start: t.start, end: t.end })));
  }

  /** The verb group whose main verb is at offset `pos` ("killed" in "… and 12 were also killed"), or null. */
  verbAt(sentence: number, pos: number): VerbInfo | null {
    const at = this.termAt(sentence, pos);
    return at < 0 ? null : this.verbOfTerm(sentence, at);
  }

  /** Whether the verb at offset `pos` is passive, read on its verb group; null when no term covers `pos`. */
  passiveAt(sentence: number, pos: number): boolean | null {
    const at = this.termAt(sentence, pos);
    return at < 0 ? null : this.verbOfTerm(sentence, at)?.voice === 'passive';
  }

  /** The verb group whose main verb is term `at`, or null. */
  private verbOfTerm(sentence: number, at: number): VerbInfo | null {
    return this.clauseOfTerm(sentence, at)?.verbs.find((v) => v.term === at) ?? null;
  }

  /** The clause that holds term `at` of a sentence's layer, or null. */
  clauseOfTerm(sentence: number, at: number): Clause | null {
    return this.layer(sentence).clauses.find((x) => at >= x.from && at < x.to) ?? null;
  }

  /** The first verb group whose main verb lies inside offsets [start, end) ("set" of "set fire to"), with its clause; null when none. */
  verbWithin(sentence: number, start: number, end: number): { verb: VerbInfo; clause: Clause } | null {
    const terms = this.layer(sentence).terms;
    for (let at = Math.max(0, this.termAt(sentence, start)); at < terms.length && terms[at]!.start < end; at++) {
      if (terms[at]!.start < start || terms[at]!.end > end) continue;
      const clause = this.clauseOfTerm(sentence, at);
      const verb = clause?.verbs.find((v) => v.term === at);
      if (verb) return { verb, clause: clause! };
    }
    return null;
  }

  /** The index of the term that covers offset `pos` in a sentence's layer, or -1. */
  termAt(sentence: number, pos: number): number {
    const terms = this.layer(sentence).terms;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = terms[mid]!;
      if (pos < t.start) hi = mid - 1;
      else if (pos >= t.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

