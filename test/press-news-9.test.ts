// Modern news (press releases: fixtures/press-dev-3 and the other press and everyday dev sets): a denial of any claim
// told with "so far", a security advisory's attacks. Each with the case that stays.
import { describe, expect, it } from 'vitest';
import { fired as rejected, run } from './helpers/rejected.js';

describe('resp-no-claim: "no group has so far claimed"', () => {
  it('is unclaimed, not claimed', () => {
    const t = 'BRUSSELS, 22 November 2024 - Gunmen opened fire on a convoy of passenger vehicles near Parachinar, Pakistan, yesterday, killing at least 42 people. No group has so far claimed responsibility for the attack.';
    const es = run(t, '2024-11-22').events;
    expect(es.length).toBe(1);
    expect(es[0]!.responsibility).toBe('unclaimed');
    const claimed = 'BRUSSELS, 22 November 2024 - Gunmen opened fire on a convoy of passenger vehicles near Parachinar, Pakistan, yesterday, killing at least 42 people. A local group has claimed responsibility for the attack.';
    expect(run(claimed, '2024-11-22').events[0]!.responsibility).toBe('claimed');
  });
});

describe('technology-report: a security advisory on an exploited vulnerability', () => {
  it('devices compromised in targeted attacks are no incident; gunmen at a VPN firm stay one', () => {
    const t = 'Security advisory: critical vulnerability in VaultGate VPN appliances actively exploited\n\nBOSTON, December 15, 2025 - The company is aware of a limited number of customers whose devices were compromised in targeted attacks before the patch was available.';
    expect(run(t, '2025-12-15').events).toEqual([]);
    expect(rejected(t, '2025-12-15', 'reading-technology-report')).toEqual(['targeted', 'attacks']);
    const kept = 'Gunmen attack VPN firm office in Boston\n\nBOSTON, December 15, 2025 - Gunmen attacked the offices of a VPN company on Monday, killing two guards, police said.';
    const es = run(kept, '2025-12-15').events;
    expect(es.map((e) => [e.type, e.killed?.value])).toEqual([['armed_assault', 2]]);
  });
});
