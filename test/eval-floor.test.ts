// eval's figures must not fall below the floors in test/eval-floor.json:
// the project's own gold (fixtures/articles) and the shared corpus
// (../shared/corpus from the repo root, as a whole and per folder; skipped
// with a message when that folder is absent).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { falseRate, runEval } from '../src/eval/command.js';
import { prf, slotTotals } from '../src/eval/score.js';
import type { Scope } from '../src/core/refine/scope.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const floors = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/eval-floor.json'), 'utf8')) as Record<string, { event_f1: number; slot_f1: number; path?: string; scope?: Scope; false_per_100_max?: number }>;

describe('accuracy floor', () => {
  // a key is the folder, or a label with `path` and `scope` (the coding scope the folder's gold follows)
  for (const [dir, floor] of Object.entries(floors)) {
    if (dir.startsWith('_')) continue;
    const abs = path.resolve(ROOT, floor.path ?? dir);
    const present = fs.existsSync(abs);
    if (!present) console.warn(`eval floor: ${dir} is absent (${abs}); its floor is skipped`);
    it.skipIf(!present)(`${dir}: event F1 ≥ ${floor.event_f1}, slot F1 ≥ ${floor.slot_f1}`, () => {
      const rep = runEval([abs], floor.scope ?? 'all');
      expect(rep.articles.length).toBeGreaterThan(0);
      const ev = prf(rep.total.events).f1;
      const slot = prf(slotTotals(rep.total)).f1;
      console.log(`eval floor: ${dir}: event F1 ${ev.toFixed(3)} (floor ${floor.event_f1}), slot F1 ${slot.toFixed(3)} (floor ${floor.slot_f1})`);
      expect(ev).toBeGreaterThanOrEqual(floor.event_f1);
      expect(slot).toBeGreaterThanOrEqual(floor.slot_f1);
      if (floor.false_per_100_max !== undefined) {
        // false events per 100 articles whose gold has no event: a ceiling
        const rate = falseRate(rep.totalSplit);
        console.log(`eval floor: ${dir}: ${rate.toFixed(1)} false events per 100 no-event articles (ceiling ${floor.false_per_100_max})`);
        expect(rep.totalSplit.quiet).toBeGreaterThan(0);
        expect(rate).toBeLessThanOrEqual(floor.false_per_100_max);
      }
    });
  }
});
