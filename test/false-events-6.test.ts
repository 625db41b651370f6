// False events on MUC-4 (muc4-dev, --scope terrorism), sixth pass: a bare
// plural deed or weapon with no date, target or place tied to it
// (`terrorism-no-particulars`), what it drops and what it keeps.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { SCOPE_RULES } from '../src/core/refine/scope.js';
import { CLAUSE_RULES } from '../src/core/extract/events/layer-rules.js';
import { Language } from '../src/core/lang/layer.js';
import { splitSentences } from '../src/core/text.js';

const RULE = 'terrorism-no-particulars';
const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => {
  const res = extract(text, { published: '1989-11-20', scope, explain: true });
  return { triggers: res.events.map((e) => e.trigger.text), dropped: res.warnings.filter((w) => w.startsWith(`out of scope (${RULE})`)) };
};

/** Triggers coded and rules' rejects (name, text, start) of a text. */
const tracedAt = (text: string, published: string, scope: 'all' | 'terrorism' = 'terrorism') => {
  const res = extract(text, { published, scope, explain: true });
  return { triggers: res.events.map((e) => e.trigger.text), rejected: (res.trace ?? []).filter((f) => f.action === 'reject').map((f) => [f.rule, f.text, f.start]) };
};

describe(RULE, () => {
  it('is a terrorism scope rule only', () => {
    expect(SCOPE_RULES.terrorism.map((r) => r.name)).toContain(RULE);
    expect(SCOPE_RULES.all.map((r) => r.name)).not.toContain(RULE);
  });
  it('drops bombs counted or priced with no incident of their own, and names the rule with the trigger', () => {
    for (const text of [
      "COLOMBIAN COCAINE LORDS HAVE SET OFF MORE THAN 260 BOMBS IN RETALIATION FOR THE GOVERNMENT'S CRACKDOWN.",
      'THE FIRST SHIPMENT WAS WORTH $7 MILLION; $1.5 MILLION WENT FOR THE COST OF THE BOMBS.',
      'Colombian cocaine lords have set off more than 260 bombs in retaliation for the government\'s crackdown.',
    ]) {
      const r = run(text);
      expect(r.triggers).toEqual([]);
      expect(r.dropped).toHaveLength(1);
      expect(r.dropped[0]).toMatch(/"bombs"/i);
    }
  });
  it('keeps them under --scope all', () => {
    expect(run("Colombian cocaine lords have set off more than 260 bombs in retaliation for the government's crackdown.", 'all').triggers).toEqual(['bombs']);
  });
  it('keeps plural deeds with a target, a date or a place', () => {
    expect(run('Guerrillas hurled grenades at the police station in San Miguel.').triggers).toEqual(['hurled grenades']);
    expect(run('Two bomb attacks destroyed the offices of the mayor.').dropped).toEqual([]);
    const dated = run('Bombs exploded in San Salvador on Sunday.');
    expect(dated.triggers).toHaveLength(1);
    expect(dated.dropped).toEqual([]);
  });
  it('keeps a deed told by its verb, though its object is plural ("hurled grenades", "fired rockets")', () => {
    expect(run('Guerrillas hurled grenades.').triggers).toEqual(['hurled grenades']);
    expect(run('Helicopters fired rockets.').dropped).toEqual([]);
  });
  it('keeps a plural told as the object of a deed done ("have placed explosive devices")', () => {
    const r = run("THEY ALSO ANNOUNCED THAT THEY HAVE PLACED EXPLOSIVE DEVICES ON SOME OF THE COUNTRY'S MAIN HIGHWAYS.");
    expect(r.triggers).toEqual(['EXPLOSIVE DEVICES']);
    expect(r.dropped).toEqual([]);
  });
  it('keeps plural deeds whose attacker is named ("their bomb attacks": an incident told again)', () => {
    const r = run('The terrorists also used TNT in their bomb attacks.');
    expect(r.triggers).toEqual(['bomb attacks']);
    expect(r.dropped).toEqual([]);
  });
  it('keeps a singular deed with no particulars but its weapon', () => {
    const r = run('A bomb exploded.');
    expect(r.dropped).toEqual([]);
  });
});

describe('bare-deed-noun', () => {
  const traced = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => tracedAt(text, '1990-01-25', scope);
  it('is a clause rule', () => expect(CLAUSE_RULES.map((r) => r.name)).toContain('bare-deed-noun'));
  it('rejects a deed noun named as a kind of deed, under either scope, with its span', () => {
    const text = 'OF COURSE, THIS ALSO MEANS THAT WE HAVE TO ABANDON PRACTICES LIKE KIDNAPPING.';
    for (const scope of ['all', 'terrorism'] as const) {
      const r = traced(text, scope);
      expect(r.triggers).toEqual([]);
      expect(r.rejected).toContainEqual(['bare-deed-noun', 'KIDNAPPING', text.indexOf('KIDNAPPING')]);
    }
    const listed = traced('THE DEATH SQUADS ARE SOWING CHAOS AND MURDER AMID A CONNIVING SILENCE BY GOVERNMENTS IN THE REGION.');
    expect(listed.triggers).toEqual([]);
    expect(listed.rejected.map((x) => x[0])).toContain('bare-deed-noun');
  });
  it('keeps a deed noun tied to its victims, its agent or its place, or led by a determiner', () => {
    for (const text of [
      'GUERRILLAS WERE INVOLVED IN THE KIDNAPPING OF FIVE UNIVERSITY STUDENTS IN SAN SALVADOR ON SUNDAY.',
      'THE GUNMEN COMMITTED ROBBERY AND MURDER IN SAN MIGUEL ON SUNDAY.',
      'THERE WAS POLITICAL ASSASSINATION BY THE GOVERNMENT FORCES IN SAN MIGUEL ON SUNDAY.',
    ]) {
      const r = traced(text);
      expect(r.triggers).toHaveLength(1);
      expect(r.rejected.map((x) => x[0])).not.toContain('bare-deed-noun');
    }
  });
});

describe('a sentence wrapped over lines is tagged as one', () => {
  // muc4-dev DEV-MUC3-0053, as the wire wraps it at 75 columns
  const wire = '   JARAMILLO SAID HIS TWO SONS, WHO DO NOT LIVE IN BOGOTA, CALLED TO SAY\nTHEY WANTED TO SEE HIM.  JARAMILLO TOLD THEM TO STAY AWAY; HE FEARS THAT A\nSURPRISE ATTACK CAN HAPPEN AT ANY TIME AND THAT HIS FAMILY AND FRIENDS MAY\nBECOME THE VICTIMS OF THIS NEVER-ENDING WAR.\n';
  const clauses = (t: string) => {
    const sentences = splitSentences(t);
    const k = sentences.findIndex((s) => t.slice(s.start, s.end).includes('SURPRISE'));
    return new Language(t, sentences).layer(k).clauses.map((c) => [c.kind, c.verb?.lemma ?? null, c.verb?.modal ?? null]);
  };
  it('reads the same clauses across a line break as on one line (the modal of "can happen")', () => {
    const flat = wire.replace('THAT A\nSURPRISE', 'THAT A SURPRISE');
    expect(clauses(wire)).toEqual(clauses(flat));
    expect(clauses(wire)).toContainEqual(['reported', 'happen', 'can']);
  });
  it('so that modal-clause rejects the attack that may happen', () => {
    const res = extract(wire, { published: '1989-01-21', scope: 'terrorism', explain: true });
    expect(res.events).toEqual([]);
    const at = wire.indexOf('ATTACK');
    expect(res.trace).toContainEqual({ rule: 'modal-clause', action: 'reject', text: 'ATTACK', start: at, end: at + 6 });
  });
});

describe('terrorism-military-object', () => {
  const traced = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => tracedAt(text, '1989-06-24', scope);
  const text = 'MANAGUA, 24 JUN 89 -- THESE MERCENARY GROUPS HAVE CONTINUED THEIR ATTACKS AGAINST NICARAGUA, ADDING NEW VICTIMS.';
  it('takes out an attack on a state as a whole under --scope terrorism, with its span', () => {
    const r = traced(text);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-military-object', 'ATTACKS', text.indexOf('ATTACKS')]);
  });
  it('keeps it under --scope all', () => {
    expect(traced(text, 'all').rejected.map((x) => x[0])).not.toContain('terrorism-military-object');
  });
  it("keeps an attack on a state's embassy or building, and one near a government palace", () => {
    for (const t of ['GUERRILLAS ATTACKED THE NICARAGUAN EMBASSY IN TEGUCIGALPA ON SUNDAY.', 'REBELS ATTACKED A GOVERNMENT BUILDING IN LIMA ON SUNDAY.', 'THE MAYOR OF SAN MIGUEL WAS ATTACKED BY GUNMEN NEAR THE GOVERNMENT PALACE ON SUNDAY.']) {
      const r = traced(t);
      expect(r.triggers).toEqual(['ATTACKED']);
      expect(r.rejected.map((x) => x[0])).not.toContain('terrorism-military-object');
    }
  });
});

describe('terrorism-no-campaign', () => {
  const traced = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => tracedAt(text, '1989-11-14', scope);
  const text = 'CLANDESTINE, 14 NOV 89 -- WE HAVE JUST RECEIVED A REPORT FROM SAN MIGUEL ON INDISCRIMINATE SHELLING IN SAN MIGUEL.';
  it('takes out a deed named indiscriminate under --scope terrorism, with its span', () => {
    const r = traced(text);
    expect(r.triggers).toEqual([]);
    expect(r.rejected).toContainEqual(['terrorism-no-campaign', 'SHELLING', text.indexOf('SHELLING')]);
  });
  it('keeps it under --scope all', () => {
    expect(traced(text, 'all').rejected.map((x) => x[0])).not.toContain('terrorism-no-campaign');
  });
  it('keeps a deed told with the adverb, and one told plainly', () => {
    const adverb = traced('THIRTY GUERRILLAS SET THE SHACKS ON FIRE IN SAN MIGUEL ON TUESDAY, INDISCRIMINATELY SHOOTING THOSE WHO RAN FOR THEIR LIVES.');
    expect(adverb.rejected.map((x) => x[0])).not.toContain('terrorism-no-campaign');
    expect(adverb.triggers.length).toBeGreaterThan(0);
    expect(traced('THE AIR FORCE BOMBED THE TOWN OF SAN MIGUEL ON SUNDAY, KILLING THREE PEASANTS.').triggers.length).toBeGreaterThan(0);
  });
});
