// Small number words for counts that precede a noun ("two rockets", "3 mortar
// rounds"). The counts extractor has the full quantity grammar; this is the
// cheap look-behind used by weapons and actors.
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, dozen: 12, 'a dozen': 12,
};

/**
 * The count word right before `pos` (skipping up to two adjectives such as
 * "powerful", "Czech-made"), if any: returns its value and start.
 */
export function leadingQuantity(text: string, lower: string, pos: number): { value: number; start: number } | null {
  const window = lower.slice(Math.max(0, pos - 60), pos);
  const m = /(?:^|[^\w-])(\d{1,3}(?:,\d{3})*|a dozen|[a-z]+)\s+(?:[a-z][\w-]*\s+){0,2}$/.exec(window);
  if (!m) return null;
  const word = m[1]!;
  let value: number | undefined;
  if (/^\d/.test(word)) value = Number(word.replace(/,/g, ''));
  else value = WORDS[word];
  if (value === undefined || !Number.isFinite(value)) return null;
  // the words in between must not be verbs or prepositions that break the phrase
  const between = window.slice(m.index + m[0].indexOf(word) + word.length).trim();
  if (/\b(of|and|or|to|in|on|at|by|with|from|were|was|had|have|has|fired|launched|killed|said)\b/.test(between)) return null;
  const start = pos - window.length + m.index + m[0].indexOf(word);
  if (text.slice(start, start + word.length).toLowerCase() !== word) return null;
  return { value, start };
}
