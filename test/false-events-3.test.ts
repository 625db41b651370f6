// False events on MUC-4 (muc4-dev, --scope terrorism), third pass: history
// told as background (an incident more than MUC_RECENT_DAYS before the
// message), and the clause rules of this pass. Each rule by its name, what it
// drops and what it keeps.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { daysSinceEnd, MUC_RECENT_DAYS, SCOPE_RULES } from '../src/core/refine/scope.js';

const run = (text: string, published: string, scope: 'all' | 'terrorism' = 'terrorism') => {
  const res = extract(text, { published, scope, explain: true });
  const rejected = (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text]);
  return { triggers: res.events.map((e) => e.trigger.text), dates: res.events.map((e) => e.date.value), warnings: res.warnings, rejected };
};

describe('terrorism-old-incident', () => {
  it('is a terrorism scope rule only', () => {
    expect(SCOPE_RULES.terrorism.map((r) => r.name)).toContain('terrorism-old-incident');
    expect(SCOPE_RULES.all).toEqual([]);
    expect(MUC_RECENT_DAYS).toBe(180);
  });
  it('counts a month or a year to its end', () => {
    expect(daysSinceEnd('1989-11-16', '1990-01-15')).toBe(60);
    expect(daysSinceEnd('1989-02', '1989-03-31')).toBe(31);
    expect(daysSinceEnd('1988', '1989-01-10')).toBe(10);
  });
  it('drops an incident of last year told as background, and names the rule', () => {
    const text = 'LIMA, 20 NOV 89 (EFE) -- [TEXT] THE MRTA ATTACKED THE CHINESE EMBASSY IN LIMA ON 15 JANUARY 1989.';
    const r = run(text, '1989-11-20');
    expect(r.triggers).toEqual([]);
    expect(r.warnings.some((w) => w.startsWith('out of scope (terrorism-old-incident)'))).toBe(true);
  });
  it('keeps it under --scope all', () => {
    const r = run('LIMA, 20 NOV 89 (EFE) -- [TEXT] THE MRTA ATTACKED THE CHINESE EMBASSY IN LIMA ON 15 JANUARY 1989.', '1989-11-20', 'all');
    expect(r.triggers).toEqual(['ATTACKED']);
  });
  it('keeps an incident of two months ago (the Jesuit murders, told again in January), and one of today', () => {
    const jesuits = run('SAN SALVADOR, 12 JAN 90 -- [TEXT] SIX JESUIT PRIESTS WERE MURDERED BY SOLDIERS ON 16 NOVEMBER 1989 AT THE CENTRAL AMERICAN UNIVERSITY.', '1990-01-12');
    expect(jesuits.triggers).toEqual(['MURDERED']);
    expect(jesuits.dates).toEqual(['1989-11-16']);
    const today = run('LIMA, 20 NOV 89 (EFE) -- [TEXT] GUERRILLAS ATTACKED A POLICE STATION IN LIMA TODAY.', '1989-11-20');
    expect(today.triggers).toEqual(['ATTACKED']);
    expect(today.warnings.some((w) => w.includes('terrorism-old-incident'))).toBe(false);
  });
  it('keeps an undated incident', () => {
    expect(run('GUERRILLAS ATTACKED A POLICE STATION IN LIMA.', '1989-11-20').triggers).toEqual(['ATTACKED']);
  });
});

describe('habitual-relative', () => {
  const rejected = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => run(text, '1989-11-20', scope);
  it('drops what a government or a group does, told in the simple present of a relative clause, under either scope', () => {
    for (const scope of ['all', 'terrorism'] as const) {
      const r = rejected('HOW COULD I WELCOME THE REPRESENTATIVE OF A GOVERNMENT THAT KILLS PRIESTS AND BISHOPS?', scope);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['habitual-relative', 'KILLS']);
    }
    const lower = rejected('He covered for the terrorist criminals who murder humble working people.');
    expect(lower.triggers).toEqual([]);
    expect(lower.rejected).toContainEqual(['habitual-relative', 'murder']);
  });
  it('keeps a relative clause in the past, an irregular past included', () => {
    for (const text of ['THE GUERRILLAS WHO ATTACKED THE BUS ON SUNDAY FLED TO THE HILLS.', 'THE BUILDINGS WERE DAMAGED BY THE EXPLOSION OF FOUR DEVICES THAT WENT OFF INSIDE THE UCA CAMPUS.']) {
      const r = rejected(text, 'all');
      expect(r.triggers).toHaveLength(1);
      expect(r.rejected.map((x) => x[0])).not.toContain('habitual-relative');
    }
  });
  it('keeps a "that" clause after a noun of report ("reports that attacks continue")', () => {
    const r = rejected('WE HAVE RECEIVED REPORTS THAT ATTACKS CONTINUE IN SAN SALVADOR TODAY.');
    expect(r.rejected.map((x) => x[0])).not.toContain('habitual-relative');
  });
});

describe('terrorism-no-particulars', () => {
  it('drops violence named with no date, place, target or attacker, under --scope terrorism only', () => {
    // (not "THE ENEMY'S ATTACKS": a deed on or by "the enemy" is combat, `terrorism-military-object`, first)
    const text = 'WE ARE VERY DETERMINED. THE ATTACKS HAVE BEEN REPELLED.';
    const r = run(text, '1989-11-14');
    expect(r.triggers).toEqual([]);
    expect(r.warnings.some((w) => w.startsWith('out of scope (terrorism-no-particulars)'))).toBe(true);
    expect(run(text, '1989-11-14', 'all').triggers).toEqual(['ATTACKS']);
  });
  it('keeps an incident with any one particular: a place, a target, an attacker or a date', () => {
    for (const text of ['A BOMB EXPLODED IN SAN SALVADOR.', 'A BOMB DESTROYED THE ELECTRIC TOWER.', 'GUERRILLAS ATTACKED AT DAWN.', 'A BOMB EXPLODED TODAY.']) {
      const r = run(text, '1989-11-14');
      expect(r.triggers).toHaveLength(1);
      expect(r.warnings.some((w) => w.includes('terrorism-no-particulars'))).toBe(false);
    }
  });
});
