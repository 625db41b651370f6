// Small number words for counts that precede a noun ("two rockets", "3 mortar
// rounds"). The counts extractor has the full quantity grammar; this is the
// cheap look-behind used by weapons and actors.
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, dozen: 12, 'a dozen': 12,
};

/** Words allowed between a count and its noun ("two powerful bombs", "3 Czech-made rockets"). */
const BETWEEN = /^(powerful|small|large|heavy|light|homemade|home-made|improvised|plastic|high-powered|explosive|mortar|katyusha|artillery|fragmentation|hand|more|other|further|[a-z]+-made|[a-z]+-type|[a-z]+-caliber|\d+mm|\d+-mm)$/;

/**
 * The count word right before `pos` (skipping up to two modifiers such as
 * "powerful", "Czech-made"), if any: returns its value and start.
 */
export function leadingQuantity(text: string, lower: string, pos: number): { value: number; start: number } | null {
  let end = pos;
  for (let skipped = 0; skipped <= 2; skipped++) {
    const m = /(\d{1,3}(?:,\d{3})*|[a-z][\w-]*)\s+$/.exec(lower.slice(Math.max(0, end - 30), end));
    if (!m) return null;
    const word = m[1]!;
    const start = end - m[0].length;
    let value: number | undefined;
    if (/^\d/.test(word)) value = Number(word.replace(/,/g, ''));
    else if (word === 'dozen' && /\ba\s+$/.test(lower.slice(Math.max(0, start - 3), start))) return { value: 12, start: start - 2 };
    else value = WORDS[word];
    if (value !== undefined && Number.isFinite(value)) return { value, start };
    if (!BETWEEN.test(word)) return null;
    end = start;
  }
  return null;
}
