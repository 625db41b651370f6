// Refiner: a lead that counts incidents ("Two terrorist attacks were carried
// out in Lima last night", "Three new terrorist attacks were carried out early
// this morning") summarizes the incidents the story then reports one by one.
// The summary is no incident of its own and no tally to keep beside them: it
// is dropped when at least one single incident follows it. Counted tallies
// with nothing reported after them stay (`aggregate: true`).
import type { Incident } from './context.js';

export const SUMMARY = { name: 'drop-counted-summary', rule: 'aggregate-counted' };

export function dropSummaries(incidents: Incident[]): Incident[] {
  return incidents.filter((inc) => {
    if (!inc.aggregate) return true;
    const mentions = inc.groups.flatMap((g) => g.mentions.filter((m) => m.aggregate));
    if (mentions.length === 0 || !mentions.every((m) => m.rules.includes(SUMMARY.rule))) return true;
    const at = inc.groups[0]!.sentence;
    return !incidents.some((o) => !o.aggregate && o.groups[0]!.sentence > at);
  });
}
