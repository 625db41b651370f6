// Property: whatever the text (random unicode, or wire-like fragments mixed
// from violent verbs, numbers, places, capitals, brackets and dashes), the
// public extract() never throws, and every span it returns is exact:
// text.slice(start, end) === span.text, with 0 <= start <= end <= text.length.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/core/index.js';

interface Found {
  path: string;
  text: string;
  start: number;
  end: number;
}

/** Every object with a string `text` and numeric `start`/`end`, anywhere in the value. */
function spans(v: unknown, at = '$', out: Found[] = []): Found[] {
  if (Array.isArray(v)) {
    v.forEach((x, i) => spans(x, `${at}[${i}]`, out));
    return out;
  }
  if (!v || typeof v !== 'object') return out;
  const o = v as Record<string, unknown>;
  if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') out.push({ path: at, text: o.text, start: o.start, end: o.end });
  for (const [k, x] of Object.entries(o)) spans(x, `${at}.${k}`, out);
  return out;
}

/** Checks the invariant on one text; returns the first broken span or null. */
function broken(text: string): string | null {
  const res = extract(text, { published: '2021-04-04' });
  for (const e of res.events) {
    // a date with no text has null start/end; anything with a text has both
    if (e.date.text !== null && (typeof e.date.start !== 'number' || typeof e.date.end !== 'number')) return `${e.id} date without offsets`;
    for (const s of spans(e)) {
      if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length)) return `${e.id} ${s.path}: bad offsets ${s.start}..${s.end} (length ${text.length})`;
      if (text.slice(s.start, s.end) !== s.text) return `${e.id} ${s.path}: slice ${JSON.stringify(text.slice(s.start, s.end))} ≠ ${JSON.stringify(s.text)}`;
    }
  }
  return null;
}

const VERBS = ['killed', 'shot dead', 'bombed', 'attacked', 'kidnapped', 'wounded', 'exploded', 'ambushed', 'set fire to', 'stabbed', 'shelled', 'hit', 'massacred', 'were killed', 'was wounded', 'claimed responsibility for'];
const NUMBERS = ['two', '12', 'dozens of', 'at least 5', '1,200', 'three', 'some 40', 'a hundred', '0', 'nine', '20-25', 'one'];
const PLACES = ['Kabul', 'Baghdad', 'Mogadishu', 'San Salvador', 'Lima', 'Balad airbase', 'the US embassy', 'northern Iraq', 'Paris, Texas', 'Nineveh province', 'SAN MARCOS', 'Tripoli'];
const CAPITALS = ['Taliban', 'FMLN', 'Police', 'The Army', 'US', 'Shining Path', 'AFP', 'Reuters', 'President Cristiani', 'IS', 'Monday', 'MAY'];
const GLUE = ['gunmen', 'rebels', 'soldiers', 'people', 'civilians', 'a car bomb', 'rockets', 'in', 'on', 'near', 'by', 'the', 'and', 'said', 'officials said', 'on Sunday', 'last week', 'April 4, 2021', 'yesterday'];
const PUNCT = ['.', ',', ';', ':', ' - ', ' -- ', ' — ', '–', '(', ')', '[', ']', '"', '“', '”', "'", '\n', '\n\n', '\r\n', '  ', '!', '?', '...'];
const DATELINES = ['BAGHDAD, April 4, 2021 (AFP) - ', 'Lima, 20 Aug 88 (EFE) -- ', 'KABUL (Reuters) — ', '[TEXT] '];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VERBS) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...PLACES) },
  { weight: 3, arbitrary: fc.constantFrom(...CAPITALS) },
  { weight: 5, arbitrary: fc.constantFrom(...GLUE) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.nat({ max: 100_000 }).map(String) },
);

/** Wire-like text: an optional dateline, then tokens joined by spaces or glued together. */
const wireLike = fc
  .tuple(fc.option(fc.constantFrom(...DATELINES), { nil: '' }), fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\n')), { minLength: 1, maxLength: 120 }), fc.boolean())
  .map(([dateline, parts, upper]) => {
    const body = dateline + parts.map(([t, sep]) => t + sep).join('');
    return upper ? body.toUpperCase() : body;
  });

/** Random unicode, full range (astral planes, combining marks, lone surrogates). */
const unicode = fc.string({ unit: 'binary', maxLength: 400 });

/** Random unicode with a wire sentence inside it, so the extractors actually fire near odd characters. */
const mixed = fc.tuple(fc.string({ unit: 'grapheme', maxLength: 80 }), wireLike, fc.string({ unit: 'binary', maxLength: 80 })).map(([a, b, c]) => `${a} ${b} ${c}`);

describe('property: extract never throws and every span is exact', () => {
  it('holds on a known wire sentence (the checker itself works)', () => {
    const text = 'Gunmen shot dead two policemen in Kabul on Monday, officials said.';
    expect(spans(extract(text, { published: '2021-04-04' }).events).length).toBeGreaterThan(2);
    expect(broken(text)).toBeNull();
  });

  it('the wire-like generator reaches the extractors (a good share of samples give events)', () => {
    const texts = fc.sample(wireLike, { numRuns: 200, seed: 1 });
    const withEvents = texts.filter((t) => extract(t, { published: '2021-04-04' }).events.length > 0).length;
    expect(withEvents).toBeGreaterThan(40);
  });

  it('wire-like fragments', () => {
    fc.assert(
      fc.property(wireLike, (text) => {
        expect(broken(text)).toBeNull();
      }),
      { numRuns: 1500, seed: 20210404 },
    );
  }, 30_000);

  it('random unicode', () => {
    fc.assert(
      fc.property(unicode, (text) => {
        expect(broken(text)).toBeNull();
      }),
      { numRuns: 300, seed: 4 },
    );
  }, 30_000);

  it('unicode around wire sentences', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(broken(text)).toBeNull();
      }),
      { numRuns: 600, seed: 2021 },
    );
  }, 30_000);

  it('random seed (a new sample each run; the seed is printed on failure)', () => {
    fc.assert(
      fc.property(fc.oneof(wireLike, mixed), (text) => {
        expect(broken(text)).toBeNull();
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
