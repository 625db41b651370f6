// One harness for every extractor's corpus (Duckling-style): each kind of
// value has a file here (test/corpus/KIND.ts) exporting a Corpus; its test runs it.
// Cases in `backlog` are known failures kept for reference and not run.

export interface CorpusCase<E> {
  /** The sentence or short text. */
  text: string;
  /** Reference publication date (YYYY-MM-DD) where the case needs one. */
  published?: string;
  /** What must come out; for a negative case, the "nothing" value of the corpus (null, []). */
  expect: E;
  /** Negative cases: the extractor must find nothing (or nothing of this kind). */
  negative?: boolean;
  note?: string;
}

export interface Corpus<E> {
  kind: string;
  cases: CorpusCase<E>[];
  /** Known failures, not run by the suite. */
  backlog?: CorpusCase<E>[];
  /** Returns null when the case passes, else a message saying what differed. */
  check(c: CorpusCase<E>): string | null;
}
