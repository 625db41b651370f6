// MUC-4 target and weapon slots (muc-targets-weapons-12): a person noun before a name is its title, a group's "of" is no
// place, a sole shooting's firearm where it is fired, an appositive subject, and whom a story arrests or names.
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/core/extract/actors/index.js';
import { extract } from '../src/core/index.js';
import { Language } from '../src/core/lang/layer.js';
import { viewOf } from '../src/core/lang/match.js';
import { splitSentences } from '../src/core/text.js';
import { FALLBACK_TARGET_SKIP_RULES } from '../src/core/refine/record.js';

const events = (text: string, published: string) => extract(text, { published, explain: true, scope: 'terrorism' }).events;
const spanOk = (text: string, v: { text: string; start: number; end: number }) => expect(text.slice(v.start, v.end)).toBe(v.text);

describe('a person noun before a name is its title', () => {
  it('"bodyguard Jairo Ortega" is one person, of the bodyguard\'s kind; no separate "bodyguard"', () => {
    const text = 'Torrado and bodyguard Jairo Ortega were killed.';
    const actors = findActors(text);
    expect(actors.map((a) => [a.name, a.kind])).toContainEqual(['Jairo Ortega', 'police']);
    expect(actors.map((a) => a.name)).not.toContain('bodyguard');
  });
  it('in a MUC wire: the named bodyguard is a target, no "bodyguard" beside him', () => {
    const text =
      "BOGOTA, 9 JAN 90 -- [TEXT] CARLOS JULIO TORRADO, MAYOR OF ABREGO, WAS KILLED BY GUERRILLAS ON 5 JANUARY. TORRADO'S SON, WILLIAM; AND BODYGUARD JAIRO ORTEGA, WERE ALSO KILLED.";
    const targets = events(text, '1990-01-09').flatMap((e) => e.targets);
    expect(targets.map((t) => t.name)).toContain('Jairo Ortega');
    expect(targets.map((t) => t.name.toLowerCase())).not.toContain('bodyguard');
    for (const t of targets) spanOk(text, t);
  });
  it('a person noun with no name after it stays a party of its own', () => {
    expect(findActors('His driver and one bodyguard were killed.').map((a) => a.name.toLowerCase())).toContain('bodyguard');
  });
});

describe("location-skip: a group's \"of\" names whom", () => {
  it('"attacked a group of paratroopers": the paratroopers are the target (object-target)', () => {
    const text = 'SAN SALVADOR, 28 NOV 89 -- [TEXT] AT 0200 TODAY, FMLN UNITS ATTACKED A GROUP OF PARATROOPERS AT THE INSA FACTORY IN SOYAPANGO.';
    // (in the default scope: since muc-combat-false "a group of X" heads X, so under --scope terrorism the attack on
    // paratroopers is an attack on a military object and is rejected, with the rule's name on the trigger)
    const [e] = extract(text, { published: '1989-11-28', explain: true, scope: 'all' }).events;
    const i = e!.targets.findIndex((t) => t.text === 'PARATROOPERS');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(e!.explain?.targets?.[i]).toBe('object-target');
    spanOk(text, e!.targets[i]!);
    const terror = extract(text, { published: '1989-11-28', explain: true, scope: 'terrorism' });
    expect(terror.events).toEqual([]);
    expect((terror.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text])).toEqual([['terrorism-military-object', 'ATTACKED']]);
  });
  it('"attacked the outskirts of San Miguel" still skips the place', () => {
    const text = 'SAN SALVADOR, 28 NOV 89 -- [TEXT] FMLN UNITS ATTACKED THE OUTSKIRTS OF THE ARMY BARRACKS TODAY.';
    const targets = events(text, '1989-11-28').flatMap((e) => e.targets);
    expect(targets.map((t) => t.name)).not.toContain('Army');
  });
});

describe('weapon-sole-incident, a shooting', () => {
  it('a story of one shooting takes the firearm the story says was fired', () => {
    const text =
      'BOGOTA, 26 APR 90 (AFP) -- [TEXT] CARLOS PIZARRO, PRESIDENTIAL CANDIDATE OF THE M-19, WAS SHOT THURSDAY ABOARD A PASSENGER PLANE. PIZARRO DIED IN HOSPITAL AFTER BEING SPRAYED WITH SUBMACHINEGUN FIRE, HIS BROTHER SAID.';
    const [e] = events(text, '1990-04-26');
    expect(e!.weapons.map((w) => [w.name, w.text])).toEqual([['rifle', 'SUBMACHINEGUN']]);
    spanOk(text, e!.weapons[0]!);
    expect(e!.explain?.weapons).toEqual(['weapon-sole-incident']);
  });
  it('no firearm the story names by the way, carried or traded', () => {
    const text =
      'BOGOTA, 26 APR 90 (AFP) -- [TEXT] CARLOS PIZARRO, PRESIDENTIAL CANDIDATE OF THE M-19, WAS SHOT THURSDAY ABOARD A PASSENGER PLANE. THE POLICE ARE INVESTIGATING MACHINEGUN TRAFFIC IN THE CITY.';
    expect(events(text, '1990-04-26').flatMap((e) => e.weapons)).toEqual([]);
  });
});

describe('an appositive subject, and whom a story arrests', () => {
  const view = (text: string, needle: string) => {
    const sentences = splitSentences(text);
    const lang = new Language(text, sentences, false);
    const start = text.indexOf(needle);
    const si = sentences.findIndex((s) => s.start <= start && s.end > start);
    return viewOf(lang, si, start, start + needle.length);
  };
  it('a name before the apposition that the tagger takes for the subject is the subject', () => {
    const text = "MARIO SOLORZANO MARTINEZ, LEADER OF GUATEMALA'S DEMOCRATIC SOCIALIST PARTY, REPORTED THE MURDER TODAY.";
    expect(view(text, 'MARIO SOLORZANO MARTINEZ')?.role).toBe('subject');
    expect(view('THE POLICE FOUND MARIO SOLORZANO MARTINEZ, LEADER OF THE PARTY, IN A DITCH.', 'MARIO SOLORZANO MARTINEZ')?.role).not.toBe('subject');
  });
  it('fallback-target-skip: a person the story says was nominated is no victim; one who was there is', () => {
    const rule = FALLBACK_TARGET_SKIP_RULES.find((r) => r.match.verb?.lemma?.includes('nominate'))!;
    expect(rule.name).toBe('fallback-target-skip');
    const [pos] = rule.examples.pos;
    const pe = events(pos!, '1989-08-21');
    expect(pe.flatMap((e) => e.targets).map((t) => t.name)).not.toContain('Eduardo Martinez Romero');
    const [neg] = rule.examples.neg;
    const ne = events(neg!, '1989-08-21');
    expect(ne.flatMap((e) => e.targets).map((t) => t.name)).toContain('Eduardo Martinez Romero');
  });
});
