// MUC targets, round 17: facility heads the lexicon lacked (lexicon.ts FACILITY_HEADS: shack, clinic(s), brothel(s),
// printshop, junction box(es)), read by `actor-facility` and given their role by the target rules. Values, spans, rules,
// and negative cases.
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/core/extract/actors/index.js';
import { FACILITY_HEADS } from '../src/core/extract/actors/lexicon.js';
import { events, expectTarget, target } from './helpers/targets.js';

const facilities = (text: string) => findActors(text).filter((a) => a.kind === 'facility').map((a) => [a.text, a.rule]);

describe('facility heads: shack, clinics, brothels, printshop, junction boxes', () => {
  it('the words are facility heads', () => {
    for (const w of ['shack', 'clinic', 'clinics', 'brothel', 'brothels', 'printshop', 'junction box', 'junction boxes']) expect(FACILITY_HEADS.test(w)).toBe(true);
  });
  it('"an old shack … was hit": the shack is the target (DEV-MUC3-0204)', () => {
    const text = 'BOGOTA, 14 MAR 89 -- [TEXT] THE ARMY BOMBED THE ESTATE TODAY. AN OLD SHACK ON THE ESTATE WAS HIT BY A BOMB.';
    expect(facilities(text)).toContainEqual(['OLD SHACK', 'actor-facility']);
    expectTarget(text, 'OLD SHACK', 'passive-subject');
  });
  it('"the blast damaged … two medical clinics": the clinics are a target beside the hotel (DEV-MUC3-0605)', () => {
    const text = 'CARTAGENA, 14 MAR 89 -- [TEXT] A BOMB EXPLODED TODAY AT A HOTEL IN CARTAGENA. THE BLAST DAMAGED A RESTAURANT, TWO MEDICAL CLINICS, AND A CONSTRUCTION SITE.';
    const t = target(events(text), 'MEDICAL CLINICS');
    expect(t?.kind).toBe('facility');
    expect(text.slice(t!.start, t!.end)).toBe('MEDICAL CLINICS');
  });
  it('"rebel attacks against brothels, two of which were destroyed": the brothels (DEV-MUC3-0089)', () => {
    const text = 'SAN SALVADOR, 14 MAR 89 -- [TEXT] THE SABOTAGE IS ACCOMPANIED BY REBEL ATTACKS AGAINST BROTHELS, TWO OF WHICH WERE DESTROYED IN THE LAST 24 HOURS.';
    expect(facilities(text)).toContainEqual(['BROTHELS', 'actor-facility']);
    const t = target(events(text), 'BROTHELS');
    expect(t?.kind).toBe('facility');
    expect(text.slice(t!.start, t!.end)).toBe('BROTHELS');
  });
  it('a printshop and telephone junction boxes are facilities, with their spans', () => {
    const text = 'BOGOTA, 14 MAR 89 -- [TEXT] A MAN PLACED AN EXPLOSIVE DEVICE IN A PRINTSHOP, AND GUERRILLAS DESTROYED TWO TELEPHONE JUNCTION BOXES.';
    const fs = findActors(text).filter((a) => a.kind === 'facility');
    expect(fs.map((a) => a.text)).toEqual(['PRINTSHOP', 'TELEPHONE JUNCTION BOXES']);
    for (const a of fs) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
  it('negative: a clinic before a person noun modifies it, no facility ("clinic doctors"); a shack-like verb is none', () => {
    expect(facilities('BOGOTA, 14 MAR 89 -- [TEXT] GUERRILLAS KIDNAPPED TWO CLINIC DOCTORS TODAY.')).toEqual([]);
    expect(facilities('The rebels shacked up in the hills.')).toEqual([]);
  });
});

describe('weapon-sole-incident, a story of one attack by gunfire', () => {
  const text =
    'SANTIAGO, 5 SEP 89 (RADIO CHILENA NETWORK) -- [EXCERPTS] POLICE SOURCES HAVE CONFIRMED THAT JECAR ANTONIO NEGHME CRISTI, 28, POLITICAL LEADER OF THE MOVEMENT OF THE REVOLUTIONARY LEFT, MIR, DIED INSTANTLY LAST NIGHT WHEN HE WAS HIT BY 12 BULLETS IN AN ATTACK. ACCORDING TO POLICE SOURCES, TWO AUTOMATIC WEAPONS WERE USED.';
  it('an attack (no shooting word) takes the firearm the story says was used, with its span (DEV-MUC3-0425)', () => {
    const es = events(text);
    const ws = es.flatMap((e) => e.weapons);
    expect(ws.map((w) => w.name)).toEqual(['gun']);
    expect(text.slice(ws[0]!.start, ws[0]!.end)).toBe(ws[0]!.text);
    expect(es.flatMap((e) => e.explain?.weapons ?? [])).toContain('weapon-sole-incident');
  });
  it('negative: a firearm only named, not fired or used, stays out', () => {
    const other = text.replace('TWO AUTOMATIC WEAPONS WERE USED', 'THE POLICE SEIZED TWO AUTOMATIC WEAPONS LAST WEEK');
    expect(events(other).flatMap((e) => e.weapons)).toEqual([]);
  });
});
