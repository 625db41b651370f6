// Text primitives shared by every extractor: sentence splitting with offsets,
// length-preserving case folding for ALL-CAPS wires, and small span helpers.
// Pure: strings in, values out.
import type { Span } from './types.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

export const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'gov', 'sen', 'rep',
    'st', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'prof', 'rev',
    'fr', 'msgr', 'pres', 'km', 'sq', 'approx', 'dept', 'div', 'ave', 'blvd', 'mt', 'ft', 'lic', 'eng', 'arch',
  ],
);

/**
 * Split text into sentences with offsets. Blank lines and lines that look like
 * headings (no final punctuation) end a sentence; `.`, `!`, `?` followed by
 * whitespace and an upper-case letter, digit, quote or bracket end one too,
 * unless the word before is a known abbreviation or a single initial.
 */
/**
 * A word of a place name: how the places tokenizer, the gazetteer's word list and the country-name words cut text. The
 * three must agree, or an upper-case n-gram is skipped that a name has (global: reset lastIndex before exec loops).
 */
export const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    // trim
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c === '\n') {
      // paragraph break: blank line (possibly with spaces) ends the sentence
      let j = i + 1;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < n && text[j] === '\n') {
        push(i);
        continue;
      }
      // a short heading line with no final punctuation ends a sentence
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i).trim();
      if (lineStart <= start + 1 && line.length > 0 && line.length < 120 && !/[.!?:;,"”’)\]-]$/.test(line) && /^\S/.test(text.slice(lineStart, i)) && lineStart === start) {
        push(i);
      }
      continue;
    }
    if (c === '.' || c === '!' || c === '?') {
      // swallow closing quotes/brackets
      let j = i + 1;
      while (j < n && /["”’')\]]/.test(text[j]!)) j++;
      if (j < n && !/\s/.test(text[j]!)) continue;
      let k = j;
      while (k < n && /\s/.test(text[k]!)) k++;
      if (k >= n) continue;
      const next = text[k]!;
      if (!/[A-Z0-9"“‘'(\[–—-]/.test(next)) continue;
      if (c === '.') {
        const m = /([A-Za-z.]+)$/.exec(text.slice(Math.max(start, i - 12), i));
        const word = m ? m[1]!.toLowerCase() : '';
        if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) continue;
      }
      push(j);
    }
  }
  push(n);
  return out;
}

/** Share of letters that are upper case; > 0.8 means an ALL-CAPS wire. */
export function upperRatio(text: string): number {
  let up = 0;
  let letters = 0;
  for (let i = 0; i < text.length && letters < 4000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      up++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters === 0 ? 0 : up / letters;
}

/**
 * Lower-case a string without changing its length (characters whose lower
 * case has another length are kept), so offsets into the folded string are
 * offsets into the original.
 */
export function foldCase(text: string): string {
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * For ALL-CAPS text: a same-length copy in sentence case (first letter of each
 * sentence kept upper), which compromise tags far better. Mixed-case text is
 * returned unchanged.
 */
export function normalizeCase(text: string): string {
  if (upperRatio(text) < 0.8) return text;
  const folded = foldCase(text);
  return folded.replace(/(^|[.!?]\s+|\n\s*)([a-z])/g, (_m, p: string, l: string) => p + l.toUpperCase());
}

/** A literal word or phrase as regex source: every character a pattern reads as syntax (the hyphen too) escaped. */
export const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * The regex source of an alternation of literal forms (a space matches any blanks), as a trie: the same matches as the
 * forms sorted longest first and joined by `|` (the forms that match at one place are prefixes of one another, and the
 * trie tries the longer first), without trying every form at every word.
 */
export function formsAlternation(forms: readonly string[]): string {
  type Node = Map<string, Node | null>;
  const root: Node = new Map();
  for (const f of forms) {
    let n = root;
    for (const ch of f) n = (n.get(ch) ?? n.set(ch, new Map()).get(ch))!;
    n.set('', null);
  }
  const source = (n: Node): string => {
    const alts = [...n].filter(([ch]) => ch !== '').map(([ch, next]) => (ch === ' ' ? '\\s+' : escapeRe(ch)) + source(next!));
    if (n.has('')) alts.push('');
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return source(root);
}

export function span(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** Trim whitespace and surrounding punctuation off a span, keeping the invariant. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:"“”‘’'()\[\]]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:."“”‘’'()\[\]]/.test(text[end - 1]!)) end--;
  return span(text, start, end);
}

/** Index of the sentence that contains offset `pos`. */
export function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(sentences.length - 1, lo - 1));
}
