// The number words, stated once. Counts read their values (counts/numbers.ts); rules that only need to know a word is
// a number build their alternations from the same list (`numberWords`).

/** The values of the unit words. */
export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

/** The values of the tens. */
export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const ORDER = Object.keys(UNITS);

/** The unit words from `first` to `last` as a regular-expression alternation: `numberWords('two', 'four')` is "two|three|four". */
export function numberWords(first: string, last: string): string {
  const from = ORDER.indexOf(first);
  const to = ORDER.indexOf(last);
  if (from < 0 || to < from) throw new Error(`numberWords: no range ${first}..${last}`);
  return ORDER.slice(from, to + 1).join('|');
}
