// Linear time in the length of the text, whatever it contains. For each kind
// of text (trigger-dense, run-on with no sentence end, normal prose repeated,
// upper-case wires), made by fast-check from its vocabulary, doubling the
// length must less than triple the time of extract(): linear gives about 2×,
// quadratic 4×.
//
// Time is CPU time of this process (process.cpuUsage), not wall-clock time, so
// the other processes of a busy machine count for much less; after a warm-up
// at both sizes, the median of RUNS runs of each, the two sizes alternating so
// that a change of load strikes both; a ratio over the limit is measured once
// more before it fails. No time limit: only a ratio between runs of the same
// test. The measure is first shown to catch a quadratic function.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import fc from 'fast-check';
import { extract } from '../src/core/index.js';

const LIMIT = 3;
const RUNS = 3;

function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Lets the test runner's worker answer its messages between two runs (a long synchronous test times them out). */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** CPU time of `f(big)` over CPU time of `f(small)`. */
async function growthOnce<T>(f: (x: T) => void, small: T, big: T): Promise<number> {
  f(small);
  f(big);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await tick();
    a.push(cpuMs(() => f(small)));
    await tick();
    b.push(cpuMs(() => f(big)));
  }
  return median(b) / Math.max(median(a), 0.01);
}

/** The growth, measured a second time only when the first is over the limit (a loaded machine, not the input). */
async function growth<T>(f: (x: T) => void, small: T, big: T): Promise<number> {
  const r = await growthOnce(f, small, big);
  return r < LIMIT ? r : Math.min(r, await growthOnce(f, small, big));
}

const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const code = (text: string) => extract(text, { published: '2021-04-04' });

const TRIGGERS = ['killed', 'wounded', 'attacked', 'bombed', 'shot dead', 'kidnapped', 'ambushed', 'shelled', 'massacred', 'attacks', 'the attack', 'exploded'];
/** Triggers that are an incident on their own ("bombed", "shelled", "exploded" want a context; "attacks" is a bare plural). */
const VERBS = ['killed', 'wounded', 'attacked', 'shot dead', 'kidnapped', 'ambushed', 'massacred'];
const WORDS = ['two', '3', 'soldiers', 'police', 'rebels', 'in Kabul', 'on Monday', 'and', ',', 'were', 'by'];
const SUBJECTS = ['gunmen', 'rebels', 'a suicide bomber', 'Taliban fighters', 'the army', 'unidentified individuals'];
const OBJECTS = ['two people', '12 soldiers', 'a police post', 'three civilians', 'the mayor', 'dozens of villagers'];
const PLACES = ['in Kabul', 'near Mosul', 'in San Marcos', 'outside Lima', 'in the province of Arauca', ''];
const STORIES = fs
  .readdirSync('fixtures/articles')
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(`fixtures/articles/${f}`, 'utf8'))
  // (the stories with an event: one that reports none is coded in a moment and measures nothing)
  .filter((t) => code(t).events.length > 0);

/** "killed wounded 3 killed …": a trigger every few characters, one endless sentence. */
const triggerDense = fc
  // (led by a trigger that is an incident on its own)
  .tuple(fc.constantFrom(...VERBS), fc.array(fc.constantFrom(...TRIGGERS, ...WORDS), { maxLength: 3 }))
  .map(([t, rest]) => `${[t, ...rest].join(' ')} `);
/** "gunmen killed two people in Kabul and rebels attacked … and": clauses of violence, never a sentence end. */
const runOn = fc
  .array(fc.tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...TRIGGERS), fc.constantFrom(...OBJECTS), fc.constantFrom(...PLACES)), { minLength: 1, maxLength: 3 })
  .map((cs) => `${cs.map((c) => c.join(' ').trim()).join(', and ')} and `);
/** A story of the fixtures, over and over (sentences, paragraphs, datelines). */
const prose = fc.constantFrom(...STORIES).map((t) => `${t.trim()}\n\n`);
/** The same, upper case like the MUC wires. */
const upper = prose.map((t) => t.toUpperCase());

/** Per kind of text: its generator and the smaller size (characters); the larger is twice that. */
const KINDS: [string, fc.Arbitrary<string>, number][] = [
  ['trigger-dense', triggerDense, 64_000],
  ['run-on', runOn, 32_000],
  ['normal prose repeated', prose, 32_000],
  ['upper case', upper, 32_000],
];

describe('linear time', () => {
  it('the measure catches a quadratic function, and passes a linear one', async () => {
    const quadratic = (n: number) => {
      let x = 0;
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) x += i ^ j;
      return x;
    };
    const linear = (n: number) => {
      let x = 0;
      for (let i = 0; i < n * 1000; i++) x += i & 7;
      return x;
    };
    // (the control is measured again when it comes out under the limit, the mirror of growth(): a loaded machine once
    // gave it 1.55 at 3000 → 6000, where the runs took about 10 ms; at 5000 → 10000 they take about 30 and 120 ms)
    const quadraticGrowth = await growthOnce(quadratic, 5000, 10000);
    expect(quadraticGrowth > LIMIT ? quadraticGrowth : Math.max(quadraticGrowth, await growthOnce(quadratic, 5000, 10000))).toBeGreaterThan(LIMIT);
    expect(await growth(linear, 3000, 6000)).toBeLessThan(LIMIT);
  });

  for (const [name, unit, n] of KINDS) {
    it(`${name}: twice the text (${n / 1000}k → ${(2 * n) / 1000}k characters) takes less than ${LIMIT}× the CPU time`, async () => {
      await fc.assert(
        fc.asyncProperty(unit, async (u) => {
          // a unit whose text reports no event ("the army attacks a police post", a bare plural) measures nothing: draw another
          fc.pre(code(fill(u, 4000)).events.length > 0);
          const small = fill(u, n);
          const big = fill(u, 2 * n);
          // the text is coded, not skipped: it has events
          expect(code(big).events.length).toBeGreaterThan(0);
          expect(await growth(code, small, big)).toBeLessThan(LIMIT);
        }),
        { numRuns: 1, endOnFailure: true },
      );
    }, 180_000);
  }
});
