// The pipeline's tagging work, counted (never timed): the bench prints it,
// test/perf-4.test.ts and test/perf-5.test.ts assert it.
import { Language } from '../src/core/lang/layer.js';

/** Sentence layers built, tagger (compromise) calls, and the sentences they tagged. */
export interface TaggingWork {
  built: number;
  tagCalls: number;
  sentencesTagged: number;
}

/** The tagging work of every Language `run` reads through its layer and prefetch calls. */
export function countTaggingWork(run: () => void): TaggingWork {
  const langs = new Set<Language>();
  const proto = Language.prototype;
  const { layer, prefetch } = proto;
  proto.layer = function (this: Language, s: number) {
    langs.add(this);
    return layer.call(this, s);
  };
  proto.prefetch = function (this: Language, is: number[]) {
    langs.add(this);
    return prefetch.call(this, is);
  };
  try {
    run();
  } finally {
    Object.assign(proto, { layer, prefetch });
  }
  const sum = (k: keyof TaggingWork) => [...langs].reduce((n, l) => n + l[k], 0);
  return { built: sum('built'), tagCalls: sum('tagCalls'), sentencesTagged: sum('sentencesTagged') };
}
