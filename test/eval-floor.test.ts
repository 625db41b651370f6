// eval's figures must not fall below the floors in test/eval-floor.json.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { runEval } from '../src/eval/command.js';
import { prf, slotTotals } from '../src/eval/score.js';

const floors = JSON.parse(fs.readFileSync('test/eval-floor.json', 'utf8')) as Record<string, { event_f1: number; slot_f1: number }>;

describe('accuracy floor', () => {
  for (const [dir, floor] of Object.entries(floors)) {
    if (dir.startsWith('_')) continue;
    it.skipIf(!fs.existsSync(dir))(`${dir}: event F1 ≥ ${floor.event_f1}, slot F1 ≥ ${floor.slot_f1}`, () => {
      const rep = runEval([dir]);
      expect(prf(rep.total.events).f1).toBeGreaterThanOrEqual(floor.event_f1);
      expect(prf(slotTotals(rep.total)).f1).toBeGreaterThanOrEqual(floor.slot_f1);
    });
  }
});
