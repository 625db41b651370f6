// Modern news (fixtures/everyday-dev-5, acled-dev-2): the senses, readings, cues and merges of modern-news-4, each with
// the span it reads and the rule that fired, and beside each a true event that must stay.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { REPORT_DAY_RULES } from '../src/core/refine/roles.js';

const run = (text: string, published = '2024-05-14') => extract(text, { published, explain: true });
/** The spans a rule rejected in the text. */
const fired = (text: string, rule: string) => (run(text).trace ?? []).filter((f) => f.action === 'reject' && f.rule === rule).map((f) => text.slice(f.start, f.end));
const triggers = (text: string) => run(text).events.map((e) => e.trigger.text);

describe('everyday senses of modern news', () => {
  it('a cricket pace attack and a tennis serve are sport; a bomb near the ground stays one', () => {
    const t = "Starc's pace attack destroyed the English top order, with a fierce bouncer hitting captain Joe Root on the helmet.";
    expect(fired(t, 'sense-sport')).toContain('attack');
    expect(triggers(t)).toEqual([]);
    const s = "The Italian broke serve in the opening game, attacking Medvedev's second serve relentlessly.";
    expect(fired(s, 'sense-sport')).toEqual(['attacking']);
    const g = 'A bomb exploded near the cricket ground in Quetta on Sunday, killing two policemen.';
    expect(triggers(g).length).toBeGreaterThan(0);
  });
  it('a character assassination and feeling attacked are words', () => {
    const t = 'The former minister said a news website had carried out a character assassination against him.';
    expect(fired(t, 'not-another-kind')).toEqual(['assassination']);
    const f = '"Journalists cannot be silenced because a politician feels attacked," the judges wrote on Friday.';
    expect(fired(f, 'not-another-kind')).toEqual(['attacked']);
    const g = 'Villagers said they felt afraid after gunmen attacked the market on Friday.';
    expect(fired(g, 'not-another-kind')).toEqual([]);
    expect(triggers(g)).toContain('attacked');
  });
  it('a crowd crush is an accident', () => {
    const t = 'Crowd crush at Lagos concert kills four\n\nFour people were killed and dozens injured in a crowd crush at a Christmas concert in Lagos on Monday night, police said.';
    expect(triggers(t)).toEqual([]);
    expect(fired(t, 'reading-disaster-or-accident-report').length + fired(t, 'sense-accident').length).toBeGreaterThan(0);
  });
  it('a video game story is told, not reported', () => {
    const t = 'Danish team wins Counter-Strike major in Paris\n\nStar player Nicolai Reedtz landed a string of headshots with the sniper rifle, and the team planted the bomb in the final round to clinch the title.';
    expect(triggers(t)).toEqual([]);
    expect(fired(t, 'reading-review').length).toBeGreaterThan(0);
  });
});

describe('modern phrasing of attackers, claims and days', () => {
  it('"gunmen believed to belong to Islamic State": attributed, the group the attacker (resp-blamed)', () => {
    const t = "Gunmen believed to belong to Islamic State attacked an army checkpoint in Iraq's Diyala province on Wednesday night, killing two soldiers.";
    const [e] = run(t, '2021-04-08').events;
    expect(e!.responsibility).toBe('attributed');
    expect(e!.attackers.map((a) => a.name)).toContain('Islamic State');
    expect(e!.explain?.responsibility).toEqual(['resp-blamed']);
    const g = "Gunmen attacked an army checkpoint in Iraq's Diyala province on Wednesday night, killing two soldiers.";
    expect(run(g, '2021-04-08').events[0]!.responsibility).not.toBe('attributed');
  });
  it("a group's spokesman saying the group carried it out claims it; police saying so do not", () => {
    const t = 'Taliban insurgents stormed a police checkpoint in Kunduz province on Tuesday night, killing four police officers. A Taliban spokesman, Zabihullah Mujahid, said on Twitter that the group had carried out the attack.';
    const [e] = run(t, '2020-09-23').events;
    expect(e!.responsibility).toBe('claimed');
    expect(e!.explain?.responsibility).toEqual(['resp-claimed']);
    const g = 'Gunmen stormed a police checkpoint in Kunduz province on Tuesday night, killing four police officers. Police said the group had carried out several attacks in the region.';
    expect(run(g, '2020-09-23').events[0]!.responsibility).not.toBe('claimed');
  });
  it('the named group beside fallback perpetrators is the attacker ("suspected JNIM militants")', () => {
    const t = 'On 5 November 2022, suspected JNIM militants entered Pissila (Sanmatenga, Centre-Nord) on motorbikes and shot dead 9 civilians, among them the village chief, before leaving towards the bush.';
    const [e] = run(t, '2022-11-05').events;
    const a = e!.attackers.find((x) => x.name === 'JNIM');
    expect(a).toBeDefined();
    expect(t.slice(a!.start, a!.end)).toBe('JNIM');
    expect(e!.explain?.attackers).toEqual(['fallback-armed-group>group-beside-generic']);
  });
  it('"residents said on Wednesday" dates the report: the incident takes its own day (report-day-skip)', () => {
    const t = "Myanmar military air strike on village kills 30\n\nBANGKOK, Mar 19, 2025 (AP) - A Myanmar military air strike on a village in the country's northwestern Sagaing region killed at least 30 people, residents and a local resistance group said on Wednesday.\n\nA fighter jet dropped bombs on Tar Taing village in Kanbalu township on Monday morning as residents were gathering for a religious ceremony.";
    const es = run(t, '2025-03-19').events;
    expect(es).toHaveLength(1);
    expect(es[0]!.date.value).toBe('2025-03-17');
    expect(t.slice(es[0]!.date.start!, es[0]!.date.end!)).toBe(es[0]!.date.text);
    expect(es[0]!.date.text).toMatch(/Monday/);
    const g = 'BANGKOK, Mar 19, 2025 (AP) - A car bomb exploded near a checkpoint on Wednesday, killing five people, police said.';
    expect(run(g, '2025-03-19').events[0]!.date).toMatchObject({ value: '2025-03-19', text: 'on Wednesday' });
  });
});

describe('unknown-place-in-region', () => {
  it('a village the gazetteer does not know continues the incident of its region; a named town elsewhere does not', () => {
    const t = 'Myanmar military air strike kills 12 in Rakhine village, residents say\n\nBANGKOK, May 23, 2025 (Reuters) - A Myanmar military jet bombed a village in the Kyauktaw township of western Rakhine state on Thursday, killing 12 civilians, residents said.\n\nThe aircraft dropped two bombs on the village of Pyin Shae, destroying a monastery and several homes.';
    const es = run(t, '2025-05-23').events;
    expect(es).toHaveLength(1);
    expect(es[0]!.type).toBe('air_strike');
    expect(es[0]!.explain?.type).toContain('type-cue');
    expect((run(t, '2025-05-23').trace ?? []).some((f) => f.rule === 'continuation' && t.slice(f.start, f.end) === 'dropped two bombs on')).toBe(true);
    const g = 'Myanmar military air strike kills 12 in Rakhine village, residents say\n\nBANGKOK, May 23, 2025 (Reuters) - A Myanmar military jet bombed a village in the Kyauktaw township of western Rakhine state on Thursday, killing 12 civilians, residents said.\n\nThe aircraft dropped two bombs on Mandalay, destroying a monastery and several homes.';
    expect(run(g, '2025-05-23').events.length).toBe(2);
  });
});

describe('unknown-place-in-region, a district of the town (DISTRICT_NAMED)', () => {
  const lead = 'Russian shelling kills two in Kherson\n\nKYIV, Aug 4, 2026 (Reuters) - Russian artillery shelling killed two people and wounded six in the southern Ukrainian city of Kherson on Monday, regional governor Oleksandr Prokudin said.\n\n';
  it('a district the gazetteer does not know continues the incident of its town', () => {
    const t = `${lead}Shells hit a residential area and a bus stop in the city's Dniprovskyi district, he said on Telegram.`;
    const r = run(t, '2026-08-04');
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.location?.name).toBe('Kherson');
    const join = (r.trace ?? []).find((f) => f.rule === 'continuation' && f.text === 'hit');
    expect(join && t.slice(join.start, join.end)).toBe('hit');
  });
  it('a named town elsewhere is another incident', () => {
    const t = `${lead}Shells hit a residential area and a bus stop in Mykolaiv, he said on Telegram.`;
    expect(run(t, '2026-08-04').events).toHaveLength(2);
  });
});

describe('report-day-skip: the day of a market move after the incident; a drone\'s fire is one incident with its strike', () => {
  const lead = "LONDON, Jan 29, 2024 (Reuters) - Oil prices rose on Monday after a Ukrainian drone attack set fire to a refinery in Russia's Ryazan region over the weekend, adding to supply fears.";
  const t = `Oil rises as drone attack hits Russian refinery\n\n${lead}\n\nBrent crude futures were up 71 cents at $84.26 a barrel by 1030 GMT.\n\nA drone struck the Ryazan refinery early on Saturday, regional governor Pavel Malkov said on Telegram, starting a fire that was later put out.`;
  it('"prices rose on Monday after a drone attack": the attack is of Saturday, told once, an air strike', () => {
    const r = run(t, '2024-01-29');
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect([e.type, e.date.value, e.date.text]).toEqual(['air_strike', '2024-01-27', 'early on Saturday']);
    expect(t.slice(e.date.start!, e.date.end!)).toBe('early on Saturday');
    expect(e.explain?.type).toContain('set-fire');
    expect((r.trace ?? []).some((f) => f.rule === 'continuation' && t.slice(f.start, f.end) === 'struck')).toBe(true);
  });
  it('the record reads the market\'s verb before the day, not the incident\'s own clause', () => {
    const rule = REPORT_DAY_RULES.find((r) => r.before?.test('oil prices rose more than 1 percent'))!;
    expect(rule.name).toBe('report-day-skip');
    expect(rule.before!.test("shell's nigerian unit declared force majeure on bonny light crude exports")).toBe(true);
    expect(rule.before!.test("a ukrainian drone attack set fire to a refinery in russia's ryazan region")).toBe(false);
    const n = "LONDON, Jan 29, 2024 (Reuters) - A Ukrainian drone attack set fire to a refinery in Russia's Ryazan region on Monday, sending oil prices higher.";
    const e = run(n, '2024-01-29').events[0]!;
    expect([e.date.value, e.date.text]).toEqual(['2024-01-29', 'on Monday']);
  });
});

describe('anaphoric-join, of the doers (DOERS_ANAPHOR)', () => {
  const lead = 'Gunmen abduct 15 pupils from school in northwest Nigeria\n\nKADUNA, Nigeria, April 8, 2024 (Reuters) - Armed men abducted 15 pupils and a teacher from a primary school in northwest Nigeria\'s Kaduna state on Sunday, police said.\n\n';
  it('"The attackers … stormed the school in the village of Kuriga" tells the kidnapping on', () => {
    const t = `${lead}The attackers, riding motorcycles, stormed the school in the village of Kuriga and took the children into the forest.`;
    const r = run(t, '2024-04-08');
    expect(r.events).toHaveLength(1);
    const join = (r.trace ?? []).find((f) => f.rule === 'anaphoric-join');
    expect(join && t.slice(join.start, join.end)).toBe(join?.text);
    expect(join?.start).toBeGreaterThan(t.indexOf('The attackers'));
  });
  it('other doers with another place are another incident', () => {
    const t = `${lead}Bandits stormed a school in the village of Kuriga in Zamfara state last month and took the children into the forest.`;
    expect(run(t, '2024-04-08').events.length).toBeGreaterThan(1);
  });
});
