// Quantity grammar for casualty figures: digits ("22", "2,500", "1.5 million"),
// number words ("twenty-two", "a dozen"), vague amounts ("dozens", "hundreds")
// and qualifiers ("at least 12", "up to 40"). Hand-written: no regex over the
// whole phrase, no library. Pure.
import { QUALIFIERS, UNITS, TENS, SCALES, VAGUE } from './rules.js';

export interface Quantity {
  value: number;
  low: number;
  high: number;
  approximate: boolean;
}

/** A tens word and a units word written as one ("thirtythree"): its two parts, or null. */
function fused(w: string): [string, string] | null {
  const tens = Object.keys(TENS).find((t) => w.length > t.length && w.startsWith(t));
  const unit = tens && w.slice(tens.length);
  return tens && unit && UNITS[unit] !== undefined ? [tens, unit] : null;
}

/** Value of a bare number token (no qualifier): digits or words. */
function parseBare(words: string[]): Quantity | null {
  if (words.length === 0) return null;
  const joined = words.join(' ');
  const vague = VAGUE[joined];
  if (vague) return { ...vague };
  const first = words[0]!;
  // digits, optional thousands commas or a decimal, optional scale word
  if (/^\d/.test(first)) {
    if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(first)) return null; // "14th", "g7", "3-minute"
    let value = Number(first.replace(/,/g, ''));
    let rest = words.slice(1);
    if (rest.length > 0) {
      const scale = SCALES[rest[0]!];
      if (scale === undefined || rest.length > 1) return null;
      value *= scale;
    } else if (first.includes('.')) return null; // "1.5" alone is not a head count
    if (!Number.isFinite(value)) return null;
    value = Math.round(value);
    return { value, low: value, high: value, approximate: false };
  }
  // words: "twenty-two", "one hundred and twenty", "two thousand", "a hundred"
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and' && seen && i + 1 < words.length) continue;
    // (`counts.fused-number`: "thirtythree" as "thirty-three")
    const parts = fused(w) ?? w.split('-');
    if (parts.length === 2 && TENS[parts[0]!] !== undefined && UNITS[parts[1]!] !== undefined && UNITS[parts[1]!]! < 10) {
      current += TENS[parts[0]!]! + UNITS[parts[1]!]!;
      seen = true;
      continue;
    }
    if (parts.length > 1) return null;
    if ((w === 'a' || w === 'an') && i === 0) {
      if (words.length === 1) return { value: 1, low: 1, high: 1, approximate: false };
      current = 1;
      seen = true;
      continue;
    }
    if (UNITS[w] !== undefined) current += UNITS[w]!;
    else if (TENS[w] !== undefined) current += TENS[w]!;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (SCALES[w] !== undefined) {
      const s = SCALES[w]!;
      if (s === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * s;
        current = 0;
      }
    } else return null;
    seen = true;
  }
  if (!seen) return null;
  const value = total + current;
  return { value, low: value, high: value, approximate: false };
}

/**
 * Parse a quantity phrase. Returns null for anything that is not a cardinal
 * amount (ordinals, codes like "G7", years are left to the caller's context).
 */
export function parseQuantity(phrase: string): Quantity | null {
  const words = phrase.toLowerCase().trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 8) return null;
  // qualifier prefix: longest match first (table is ordered)
  for (const q of QUALIFIERS) {
    const n = q.words.length;
    if (words.length > n && q.words.every((w, i) => words[i] === w)) {
      const bare = parseBare(words.slice(n));
      if (!bare) return null;
      return { ...bare, approximate: q.approximate || bare.approximate };
    }
  }
  return parseBare(words);
}
