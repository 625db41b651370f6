// MUC-4 events we missed: a thing bombed, told in the passive, needs no violence cue (`bomb-verb`'s passiveDeed); an
// editor's note "[SENTENCE AS PUBLISHED]" is no sentence of a court (`judged-or-investigated`); a count over several
// countries is a tally (`period-tally`).
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import type { ArticleResult } from '../src/core/types.js';

const code = (text: string, published = '1990-03-16', scope: 'terrorism' | 'all' = 'terrorism'): ArticleResult => extract(text, { published, explain: true, scope });
const rejected = (r: ArticleResult, rule: string) => (r.trace ?? []).filter((f) => f.rule === rule && f.action === 'reject').map((f) => f.text);

describe('bomb-verb: a thing bombed, told in the passive, needs no violence cue', () => {
  it('codes "the headquarters … was bombed last night" as a bombing, its trigger the verb alone', () => {
    const text = 'LIMA, 16 MAR 90 (EFE) -- The headquarters of the Democratic Front, whose presidential candidate is the writer Mario Vargas Llosa, was bombed last night.';
    const r = code(text);
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.type).toBe('bombing');
    expect(e.trigger.text).toBe('bombed');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe('bombed');
    expect(e.explain?.type).toContain('bomb-verb');
    expect(e.date?.value).toBe('1990-03-15');
    expect(rejected(r, 'no-violence-context')).toEqual([]);
  });
  it('reads "have been bombed" and "were also bombed" too', () => {
    for (const text of ['LIMA, 16 MAR 90 (EFE) -- The house of a candidate and several shops have been bombed in Huancayo.', 'LIMA, 16 MAR 90 (EFE) -- Two banks were also bombed in Huancayo yesterday.']) {
      const r = code(text);
      expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['bombing', 'bombed']]);
    }
  });
  it('still needs a cue for the active verb, and for a passive of another form', () => {
    const active = code('LOS ANGELES, 16 MAR 90 (AP) -- His latest film bombed at the box office last weekend.', '1990-03-16', 'all');
    expect(active.events).toEqual([]);
    const detonated = code('LIMA, 16 MAR 90 (EFE) -- The old quarry charge was detonated this morning.', '1990-03-16', 'all');
    expect(detonated.events).toEqual([]);
    expect(rejected(detonated, 'no-violence-context')).toEqual(['detonated']);
  });
  it('keeps a negated or a planned bombing out', () => {
    expect(code('LIMA, 16 MAR 90 (EFE) -- The police said the building was not bombed.').events).toEqual([]);
    expect(code('LIMA, 16 MAR 90 (EFE) -- The rebels said the bridge would be bombed.').events).toEqual([]);
  });
});

describe('judged-or-investigated: an editor\'s note is no sentence of a court', () => {
  it('codes the killing told after "[SENTENCE AS PUBLISHED]"', () => {
    const text = 'SAN SALVADOR, 26 APR 89 (EL DIARIO DE HOY) -- [TEXT] He learned about the assassination of Attorney General Roberto Garcia Alvarado.  [SENTENCE AS PUBLISHED] Alvarado was killed by a bomb placed by an urban guerrilla group on top of his armored vehicle.';
    const r = code(text, '1989-04-26');
    expect(rejected(r, 'judged-or-investigated')).toEqual([]);
    expect(r.events.length).toBeGreaterThan(0);
    expect(r.events.some((e) => e.type === 'bombing')).toBe(true);
  });
  it('still reads a sentence passed by a court', () => {
    const r = code('SAN SALVADOR, 26 APR 89 (AFP) -- The court sentenced the soldier to 30 years for the murder of a peasant.', '1989-04-26');
    expect(rejected(r, 'judged-or-investigated')).toContain('murder');
    expect(r.events).toEqual([]);
  });
});

describe('period-tally: a count over several countries', () => {
  it('rejects deeds told "in at least 20 countries"', () => {
    const r = code('GENEVA, 16 JUN 26 (AFP) -- The report said aid convoys were bombed, looted and ambushed in at least 20 countries.', '2026-06-16', 'all');
    expect(rejected(r, 'period-tally')).toEqual(['bombed', 'ambushed']);
    expect(r.events).toEqual([]);
  });
  it('keeps one incident in a country named once', () => {
    const r = code('KABUL, 16 JUN 26 (AFP) -- An aid convoy was bombed and ambushed in Kunduz province on Sunday.', '2026-06-16', 'all');
    expect(rejected(r, 'period-tally')).toEqual([]);
    expect(r.events.length).toBeGreaterThan(0);
  });
});

describe('body-signs-of-violence: a death from gunshot wounds tells the shooting', () => {
  it('codes "has died from gunshot wounds" as an attack with its victim', () => {
    const text = 'BOGOTA, 22 MAR 90 (AFP) -- [TEXT] Bernardo Jaramillo Ossa, the 36-year-old Patriotic Union presidential candidate, has died from gunshot wounds, a spokesman for that political organization has reported.';
    const r = code(text, '1990-03-22');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(e.trigger.text).toBe('died from gunshot wounds');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.explain?.type).toContain('body-signs-of-violence');
    expect(e.targets.map((t) => t.name)).toContain('Bernardo Jaramillo Ossa');
  });
  it('does not read a death of illness or of wounds unnamed', () => {
    expect(code('BOGOTA, 22 MAR 90 (AFP) -- The former senator has died from a heart attack in a Bogota clinic.', '1990-03-22', 'all').events).toEqual([]);
    expect(code('BOGOTA, 22 MAR 90 (AFP) -- The old general died of his wounds from the war of 1932.', '1990-03-22', 'all').events).toEqual([]);
  });
});
