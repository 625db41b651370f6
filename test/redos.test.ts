// Catastrophic backtracking: every regular expression of the core, and the
// whole pipeline, against long runs of the characters patterns repeat
// (spaces, letters, digits, commas, dashes, dots, capitals, 'a a a', '(((',
// line ends…). No test asserts a time: each compares CPU times measured in
// the same test (process.cpuUsage, this process only), so a loaded machine
// does not make it flaky. A pattern is suspect when it takes far longer on a
// run than the typical pattern does on the same run; a suspect fails only if
// doubling the run more than triples its time (linear gives 2×, quadratic 4×).
// The whole pipeline is held to the same growth on 10,000 vs 20,000 characters.
//
// Patterns are collected three ways: every RegExp reachable from the exports
// of the rule and lexicon modules, every RegExp the core's modules build with
// new RegExp while they load (module-private constants such as
// DETERMINER_BEFORE, built from word lists: the constructor is watched while
// the modules are imported), and every regular-expression literal in the
// source of src/core (found with the TypeScript parser).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const CORE = 'src/core';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

interface Pattern {
  where: string;
  re: RegExp;
}

/** RegExp values anywhere in an export (arrays, rule objects, records). */
function walk(v: unknown, where: string, out: Pattern[], seen: Set<unknown>): void {
  if (v instanceof RegExp) {
    out.push({ where, re: v });
    return;
  }
  if (!v || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (v instanceof Map) for (const [k, x] of v) walk(x, `${where}.get(${String(k)})`, out, seen);
  else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${(x as { name?: string })?.name ?? i}]`, out, seen));
  else for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`, out, seen);
}

/** Regular-expression literals in a TypeScript file, with their line. */
function literals(file: string): Pattern[] {
  const src = fs.readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.ES2022, true);
  const out: Pattern[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText(sf);
      const slash = lit.lastIndexOf('/');
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      out.push({ where: `${file}:${line}`, re: new RegExp(lit.slice(1, slash), lit.slice(slash + 1)) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Where in src/core a constructor call came from, read off the stack; undefined for a library's own (chrono's locales). */
function caller(): string | undefined {
  const frames = (new Error().stack ?? '').split('\n').slice(1).filter((l) => !l.includes('redos.test'));
  return frames[0]?.match(/src\/core\/[^\s:)]+:\d+/)?.[0];
}

const files = sourceFiles(CORE);
const exported: Pattern[] = [];
const built: Pattern[] = [];
const seen = new Set<unknown>();
const NativeRegExp = RegExp;
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct(target, args, newTarget) {
    const re = Reflect.construct(target, args, newTarget) as RegExp;
    const where = caller();
    if (where) built.push({ where: `${where} (new RegExp)`, re });
    return re;
  },
});
const modules: [string, Record<string, unknown>][] = [];
try {
  for (const f of files) modules.push([f, (await import(/* @vite-ignore */ `../${f.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>]);
} finally {
  globalThis.RegExp = NativeRegExp;
}
for (const [f, mod] of modules) for (const [name, v] of Object.entries(mod)) walk(v, `${path.relative(CORE, f)}:${name}`, exported, seen);
const { extract } = (await import('../src/core/index.js')) as typeof import('../src/core/index.js');
const reached = new Set(exported.map((p) => p.re));
const patterns = [...exported, ...built.filter((p) => !reached.has(p.re)), ...files.flatMap(literals)];

const N = 8_000;
/** Runs of what patterns repeat: \s+, \w+, \d+, [A-Z][a-z]+, (?:\s+\w+)*, ,\s*, [-–—], \.+, \(…, line ends. */
const UNITS = [' ', '\t', '\n', '\r\n', ' \n', 'a', 'A', '1', ',', ', ', '-', ' - ', '.', '. ', '(', ')', '[', "'", '"', 'a a ', 'A A ', 'Aa ', 'aA', 'a-', 'a.', 'A.', '1,', '1 ', '1.', 'a1', 'a, ', 'a ', 'of ', 'the ', 'and ', 'killed ', 'were ', 'Police ', 'San ', 'Al-', "O'", 'é', '\u00a0', '—', 'ab ab '];
const RUNS: [string, string][] = UNITS.map((u) => [JSON.stringify(u), u.repeat(Math.ceil(N / u.length)).slice(0, N)]);
// a run followed by a character that makes an anchored or look-ahead pattern fail at the end
RUNS.push(['"a "… + "!"', 'a '.repeat(N / 2) + '!'], ['"A "… + "#"', 'A '.repeat(N / 2) + '#'], ['" "… + "x"', ' '.repeat(N) + 'x'], ['"1 "… + "x"', '1 '.repeat(N / 2) + 'x']);

function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

/**
 * The pattern as one search uses it: every start position, the way .exec/.test scan a string; a sticky (y) pattern is
 * tried at its lastIndex only, which is what it is made for (LANGUAGE_AFTER in places/index.ts).
 */
const searcher = (re: RegExp) => new RegExp(re.source, re.flags.replace(/g/g, ''));

/** CPU time of one search. */
function timeOf(re: RegExp, s: string): number {
  const r = searcher(re);
  return cpuMs(() => r.exec(s));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
/** Doubling the input may at most this much multiply the time. */
const GROWTH = 3;
/** How many times a pattern may be slower than the typical pattern on the same run before its growth is measured. */
const SUSPECT = 300;
/** The known polynomial patterns (KNOWN_SLOW, on SMALL characters) may grow as a cube does, not exponentially. */
const KNOWN_GROWTH = 16;

/**
 * CPU time of f(big) over f(small): each repeated often enough that the big one takes a measurable time (at least
 * MEASURABLE_MS of CPU: a clock resolution, not a limit), after a warm-up, the median of three runs, sizes alternating;
 * measured again when over GROWTH (a loaded machine, not the input).
 */
const MEASURABLE_MS = 20;
function growth<T>(f: (x: T) => void, small: T, big: T, again = true): number {
  f(small);
  f(big);
  // (the repetitions are counted on the big input, so a slow one is never repeated for the sake of a fast small one)
  let k = 1;
  while (cpuMs(() => { for (let i = 0; i < k; i++) f(big); }) < MEASURABLE_MS && k < 1 << 16) k *= 2;
  const times = (x: T) => cpuMs(() => { for (let i = 0; i < k; i++) f(x); });
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 3; i++) {
    a.push(times(small));
    b.push(times(big));
  }
  const r = median(b) / Math.max(median(a), 0.001);
  return r < GROWTH || !again ? r : Math.min(r, growth(f, small, big, false));
}

/**
 * Patterns this test found to backtrack polynomially on long runs, keyed by
 * source (line numbers move as the core is edited), with the runs that are
 * slow. They are reported, not fixed here (src/core belongs to the extraction
 * work); most are applied only to short windows (the 80 characters after a
 * trigger, the 60 before a figure), which is why the pipeline stays fast on
 * the same runs. Until fixed they are checked on SMALL-character runs only, so
 * an exponential regression still shows. A fixed pattern leaves this list by
 * itself (its source changes) and is then checked at full length.
 */
const WS = [...[' ', '\t', '\n', '\r\n', ' \n', '\u00a0'].map((u) => JSON.stringify(u)), '" "… + "x"'];
const KNOWN_SLOW: [string, string[], string][] = [
  // [a unique prefix of the pattern's source, the slow runs, where it is]
  [String.raw`(?:^|[,;:(]|\b(?:while|whereas|but|and|meanwhile)\b)\s*(?<by>`, WS, 'counts/rules.ts BY_BEFORE (cubic: 3,000 spaces 0.9 s)'],
  [String.raw`\s+(governorate|department|province|region|state|district|municipality|prefecture|oblast)$`, WS, 'places/lexicon.ts ADMIN_SUFFIX'],
  [String.raw`^\s*([^\n]*)\n[ \t\r]*\n`, WS, 'pipeline.ts headlineOf'],
  [String.raw`(\d{1,3}(?:,\d{3})*|[a-z][\w-]*)\s+$`, ['"a"', '"aA"', '"a-"', '"a1"', '"Al-"'], 'quantity.ts leadingQuantity'],
  [String.raw`^\s*,?\s*(carrying|transporting|with|of|belonging\s+to|owned\s+by|used\s+by)\b`, WS, 'refine/attach.ts'],
  [String.raw`\s*\[[^\]]*\]\s*`, [...WS, '"["'], 'refine/record.ts'],
  [String.raw`(^|[.!?]\s+|\n\s*)([a-z])`, WS, 'text.ts normalizeCase'],
  [String.raw`\s*,(?!\d{3})\s*(?:and\s+)?|\s+and\s+`, WS, 'counts/index.ts CONJUNCT'],
  [String.raw`\s+war\s+monitor$`, WS, 'actors/index.ts reporter name'],
  [String.raw`\b(the|a|an|this|that|these|those|its|their|his|her|our|\w+'s|\d[\d,]*|`, ['"1,"', '"1"', '"1 "'], 'events/index.ts DETERMINER_BEFORE'],
  [String.raw`\b((?:the\s+)?(?:[A-Z][\w'’-]+\s+(?:(?:for|of)\s+(?=[A-Z]))?){0,6}`, ['"Al-"', `"O'"`], 'actors/lexicon.ts REPORTER_RULES rep-reported and a literal beside it'],
];
const SMALL = 300;

function knownSlow(p: Pattern, run: string): boolean {
  return KNOWN_SLOW.some(([src, runs]) => (typeof src === 'string' ? p.re.source.startsWith(src) : p.re.source === src.source) && runs.includes(run));
}

/** The same run at half its length, with the same last character (a run led to a failing character keeps it). */
const half = (s: string) => s.slice(0, (s.length >> 1) - 1) + s.slice(-1);

/**
 * The patterns whose time grows faster than linearly on some run: a suspect takes SUSPECT times longer on the run than
 * the typical (median) pattern does; it is reported when doubling the run more than triples its time.
 */
async function slowPatterns(list: Pattern[], runs: [string, string][]): Promise<string[]> {
  const slow: string[] = [];
  for (const [name, full] of runs) {
    // (the test runner's worker answers its messages between runs)
    await new Promise((resolve) => setImmediate(resolve));
    const texts = list.map((p) => (knownSlow(p, name) ? full.slice(0, SMALL) : full));
    const times = list.map((p, i) => timeOf(p.re, texts[i]!));
    // (at least the clock's resolution)
    const typical = Math.max(median(times), 0.001);
    for (const [i, p] of list.entries()) {
      if (times[i]! <= SUSPECT * typical) continue;
      await new Promise((resolve) => setImmediate(resolve));
      const r = searcher(p.re);
      const g = growth((x: string) => r.exec(x), half(texts[i]!), texts[i]!);
      if (g > (knownSlow(p, name) ? KNOWN_GROWTH : GROWTH)) slow.push(`${p.where} ${p.re} on ${name} × ${texts[i]!.length}: ${g.toFixed(1)}× the time of half that`);
    }
  }
  return slow;
}

describe('regular expressions of the core', () => {
  it('collects the patterns (exported rule tables and literals in the source)', () => {
    expect(exported.length).toBeGreaterThan(40);
    expect(patterns.length).toBeGreaterThan(150);
    // a module-private constant built from a word list is among them
    expect(built.some((p) => p.where.startsWith('src/core/extract/events/index.ts') && p.re.source.startsWith(String.raw`\b(the|a|an|this|that|these|those`))).toBe(true);
  });

  it(`no pattern's time more than triples when a ${N / 2}-character run doubles`, async () => {
    expect(await slowPatterns(patterns, RUNS)).toEqual([]);
  }, 300_000);

  it('the measure catches a quadratic pattern among them', async () => {
    const quadratic: Pattern = { where: 'test', re: /(?:a\s*)+\s*!/ };
    // (on the full run: at a quarter of it the quadratic pattern took about 5 ms, near SUSPECT times the typical
    // pattern, and a loaded CI machine once let it pass as typical; at full length it takes about 100 ms)
    const run = RUNS.filter(([name]) => name === '"a "');
    expect(run).toHaveLength(1);
    const slow = await slowPatterns([...patterns, quadratic], run);
    expect(slow).toHaveLength(1);
    expect(slow[0]).toMatch(/^test /);
  }, 180_000);
});

describe('the whole pipeline on 20 KB adversarial text', () => {
  const SIZE = 20_000;
  const mk = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const INPUTS: [string, string][] = [
    ['spaces', mk(' ')],
    ['tabs', mk('\t')],
    ['letters', mk('a')],
    ['capitals', mk('A')],
    ['digits', mk('1')],
    ['commas', mk(',')],
    ['dashes', mk('-')],
    ['dots', mk('.')],
    ['newlines', mk('\n')],
    ['brackets', mk('(')],
    ['a a a', mk('a ')],
    ['A A A', mk('A ')],
    ['Capitalized words', mk('Abc ')],
    ['capitalized run-on names', mk('San Juan del ')],
    ['numbers and commas', mk('1, ')],
    ['one endless sentence of violence', mk('gunmen killed two people in Kabul and ')],
    ['upper-case endless wire', mk('REBELS ATTACKED THE TOWN OF SAN MARCOS AND ')],
    ['many short sentences', mk('Two soldiers were killed in Lima. ')],
    ['hyphenated words', mk('al-Qaeda-linked ')],
    ['quotes and dashes', mk('"a" -- (b) — ')],
  ];
  // (spaces, tabs and many short sentences, found slow by this test before, were fixed: the headline pattern is
  // applied to the first 400 characters, and the merger keeps each incident's places as groups join it)
  for (const [name, full] of INPUTS) {
    it(`${name}: ${SIZE / 2} → ${SIZE} characters takes less than ${GROWTH}× the CPU time`, () => {
      expect(growth((t: string) => extract(t, { published: '2021-04-04' }), half(full), full)).toBeLessThan(GROWTH);
    }, 180_000);
  }  // the trigger-dense run-on sentence at 140 → 280 KB: a quadratic cost per trigger (a regex over the whole sentence before
  // each of thousands of triggers) shows only at this size. It did, when the modality rules read the sentence's prefix
  // instead of their 200 characters: 0.57 s → 7.3 s at 140 KB.
  it('one endless sentence of attacks, 140 → 280 KB, takes less than 3× the CPU time', () => {
    const unit = 'Gunmen attacked a bus and killed a man, and ';
    const full = unit.repeat(Math.ceil(280_000 / unit.length));
    expect(growth((t: string) => extract(t, { published: '2021-04-04' }), half(full), full)).toBeLessThan(GROWTH);
  }, 180_000);
});
