// One article explained, and the spans a rule dropped or rejected in it.
import { extract } from '../../src/core/index.js';

export const run = (text: string, published: string) => extract(text, { published, explain: true });
/** The spans a rule dropped or rejected in the text. */
export const fired = (text: string, published: string, rule: string) =>
  (run(text, published).trace ?? []).filter((f) => f.action !== 'accept' && f.rule === rule).map((f) => text.slice(f.start, f.end));
