// False events on MUC-4 (muc4-dev, --scope terrorism), sixth pass: a bare
// plural deed or weapon with no date, target or place tied to it
// (`terrorism-plural-no-particulars`), what it drops and what it keeps.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { SCOPE_RULES } from '../src/core/refine/scope.js';

const RULE = 'terrorism-plural-no-particulars';
const run = (text: string, scope: 'all' | 'terrorism' = 'terrorism') => {
  const res = extract(text, { published: '1989-11-20', scope, explain: true });
  return { triggers: res.events.map((e) => e.trigger.text), dropped: res.warnings.filter((w) => w.startsWith(`out of scope (${RULE})`)) };
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
