// ACLED output: actor names and inter codes (src/core/acled), the ACLED CSV
// renderer (--format acled) and eval --acled on fixtures/acled.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../src/core/index.js';
import type { Actor, ActorKind, ArticleResult, EventRecord } from '../src/core/types.js';
import { ACLED_GROUPS, ACLED_KINDS, acledActor, acledCountryCode, acledCountryName, acledSides, interaction } from '../src/core/acled/index.js';
import { ACLED_COLUMNS, acledDate, geoPrecision, renderAcled } from '../src/io/formats/acled.js';
import { acledArticles, acledDate as exportDate, asAcledWrites, orientBattle, parseCsv, runAcledEval, typesForAcled } from '../src/eval/acled.js';
import { evalCommand } from '../src/eval/command.js';
import { slotTotals } from '../src/eval/score.js';
import { BALAD, cli, ensureBuilt } from './helpers/cli.js';

const actor = (name: string, kind: ActorKind, country_code: string | null = null, text = name): Actor => ({ name, text, start: 0, end: 0, kind, country_code, affiliation: null });

describe('acledActor: ACLED names and inter codes', () => {
  it('troops, police, gunmen, a farmer, by the event country', () => {
    expect(acledActor(actor('Army', 'military', null, 'troops'), 'attacker', 'YE')).toEqual({ acled_actor: 'Military Forces of Yemen', inter: 1, rule: 'acled-state-forces' });
    expect(acledActor(actor('Police', 'police', null, 'police'), 'attacker', 'NG')).toEqual({ acled_actor: 'Police Forces of Nigeria', inter: 1, rule: 'acled-state-forces' });
    expect(acledActor(actor('gunmen', 'armed_group'), 'attacker', 'ML')).toEqual({ acled_actor: 'Unidentified Armed Group (Mali)', inter: 3, rule: 'acled-unidentified-armed-group' });
    expect(acledActor(actor('farmer', 'civilians', null, 'a farmer'), 'target', 'AF')).toEqual({ acled_actor: 'Civilians (Afghanistan)', inter: 7, rule: 'acled-civilians' });
  });
  it('named groups by their ACLED name and code, not as unidentified', () => {
    expect(acledActor(actor('Boko Haram', 'armed_group', 'NG'), 'attacker', 'NG')).toMatchObject({ acled_actor: 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', inter: 2 });
    expect(acledActor(actor('Al-Shabaab', 'armed_group', 'SO'), 'attacker', 'KE')).toMatchObject({ acled_actor: 'Al Shabaab', inter: 2 });
    expect(acledActor(actor('Taliban', 'armed_group', 'AF'), 'attacker', 'AF')).toMatchObject({ acled_actor: 'Taliban', inter: 2 });
    expect(acledActor(actor('Islamic State', 'armed_group'), 'attacker', 'IQ')).toMatchObject({ acled_actor: 'Islamic State (Iraq)', inter: 2 });
    expect(acledActor(actor('Islamic State', 'armed_group', null, 'Islamic State Sahel Province'), 'attacker', 'NE')).toMatchObject({ acled_actor: 'Islamic State Sahel Province' });
    expect(acledActor(actor('Fano', 'armed_group', 'ET'), 'attacker', 'ET')).toMatchObject({ acled_actor: 'Fano Militia', inter: 4 });
    // a group of the user's dictionary the table lacks keeps its own name
    expect(acledActor(actor('Red Hand', 'armed_group'), 'attacker', 'GB')).toEqual({ acled_actor: 'Red Hand', inter: 2, rule: 'acled-own-group-name' });
  });
  it('the actor country first; foreign state forces are external (8); "of the" where ACLED writes it', () => {
    expect(acledActor(actor('Russia', 'state', 'RU'), 'attacker', 'UA')).toMatchObject({ acled_actor: 'Military Forces of Russia', inter: 8 });
    expect(acledActor(actor('Ukraine', 'state', 'UA'), 'attacker', 'UA')).toMatchObject({ acled_actor: 'Military Forces of Ukraine', inter: 1 });
    expect(acledActor(actor('United States', 'state', 'US'), 'attacker', null)).toMatchObject({ acled_actor: 'Military Forces of the United States', inter: 1 });
    expect(acledActor(actor('villagers', 'civilians'), 'target', 'CD')).toMatchObject({ acled_actor: 'Civilians (Democratic Republic of Congo)' });
    expect(acledActor(actor('villagers', 'civilians'), 'target', null)).toMatchObject({ acled_actor: 'Civilians', inter: 7 });
    expect(acledActor(actor('Army', 'military'), 'target', null)).toMatchObject({ acled_actor: 'Military Forces', inter: 1 });
  });
  it('by role and words: officials attacked are civilians, protesters; property has no actor', () => {
    expect(acledActor(actor('mayor', 'government'), 'target', 'MX')).toMatchObject({ acled_actor: 'Civilians (Mexico)', inter: 7 });
    expect(acledActor(actor('officials', 'government'), 'attacker', 'SD')).toMatchObject({ acled_actor: 'Government of Sudan', inter: 1 });
    expect(acledActor(actor('protesters', 'civilians'), 'target', 'KE')).toMatchObject({ acled_actor: 'Protesters (Kenya)', inter: 6 });
    expect(acledActor(actor('men', 'unknown'), 'attacker', 'HT')).toMatchObject({ acled_actor: 'Unidentified Armed Group (Haiti)', inter: 3 });
    expect(acledActor(actor('men', 'unknown'), 'target', 'HT')).toMatchObject({ acled_actor: 'Civilians (Haiti)', inter: 7 });
    expect(acledActor(actor('military checkpoint', 'facility'), 'target', 'YE')).toMatchObject({ acled_actor: 'Military Forces of Yemen', inter: 1 });
    expect(acledActor(actor('market', 'facility'), 'target', 'ET')).toEqual({ acled_actor: null, inter: null, rule: 'acled-property' });
  });
  it('every rule gives its examples, under its own name', () => {
    for (const rule of [...ACLED_GROUPS, ...ACLED_KINDS]) {
      expect(rule.examples.length, rule.name).toBeGreaterThan(0);
      for (const x of rule.examples) {
        const code = x.country ? acledCountryCode(x.country) : null;
        const got = acledActor(actor(x.actor, x.kind, null, x.text ?? x.actor), x.role ?? 'target', code);
        expect([got.rule, got.acled_actor], `${rule.name}: ${x.actor}`).toEqual([rule.name, x.acled]);
      }
    }
  });
  it('country names as ACLED spells them, both ways', () => {
    expect(acledCountryName('CD')).toBe('Democratic Republic of Congo');
    expect(acledCountryName('TR')).toBe('Turkey');
    expect(acledCountryName('NG')).toBe('Nigeria');
    expect(acledCountryCode('Democratic Republic of Congo')).toBe('CD');
    expect(acledCountryCode('eSwatini')).toBe('SZ');
    expect(acledCountryCode('Yemen')).toBe('YE');
    expect(acledCountryCode('Atlantis')).toBeNull();
  });
  it('interaction: both codes smaller first, a lone actor with 0', () => {
    expect(interaction(1, 7)).toBe(17);
    expect(interaction(7, 1)).toBe(17);
    expect(interaction(3, 3)).toBe(33);
    expect(interaction(2, null)).toBe(20);
    expect(interaction(null, null)).toBeNull();
  });
});

describe('records carry acled_actor and inter', () => {
  it('on every attacker and target, from the event location', () => {
    const r = extract('On Sunday, gunmen shot dead a farmer in Kauru, Kaduna state, police said.', { published: '2024-03-12' });
    const e = r.events[0]!;
    expect(e.location?.country_code).toBe('NG');
    expect(e.attackers.map((a) => [a.text, a.acled_actor, a.inter])).toEqual([['gunmen', 'Unidentified Armed Group (Nigeria)', 3]]);
    expect(e.targets.map((a) => [a.text, a.acled_actor, a.inter])).toEqual([['farmer', 'Civilians (Nigeria)', 7]]);
  });
  it('troops and police of the event country; explain names the rules', () => {
    const r = extract('On Sunday, troops killed three gunmen in Mudiyah, Abyan, the army said.', { published: '2024-03-12', explain: true });
    const e = r.events[0]!;
    expect(e.attackers.map((a) => [a.text, a.acled_actor, a.inter])).toEqual([['troops', 'Military Forces of Yemen', 1]]);
    expect(e.explain?.acled_actor).toEqual(['acled-state-forces', 'acled-unidentified-armed-group']);
    const p = extract('Al-Shabaab militants attacked a police station in Baidoa on Monday, killing four policemen.', { published: '2024-03-12' }).events[0]!;
    expect(p.attackers.map((a) => a.acled_actor)).toEqual(['Al Shabaab']);
    expect(p.targets.map((a) => a.acled_actor)).toContain('Police Forces of Somalia');
    expect(p.explain).toBeUndefined();
  });
});

const place = { name: 'Kauru', place: 'Kauru', admin1: 'Kaduna', country: 'Nigeria', country_code: 'NG', lat: 10.58, lon: 8.15, precision: 'city' as const, relation: 'in', text: 'Kauru', start: 0, end: 5 };
function event(over: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'a#1', type: 'armed_assault', acled_event_type: 'Violence against civilians', acled_sub_event_type: 'Attack', cameo: '190',
    trigger: { text: 'shot', start: 0, end: 4 }, sentence: 0,
    date: { value: '2024-03-10', precision: 'day', text: 'on Sunday', start: 0, end: 9 },
    location: place,
    attackers: [{ ...actor('gunmen', 'armed_group'), acled_actor: 'Unidentified Armed Group (Nigeria)', inter: 3 }],
    targets: [{ ...actor('farmer', 'civilians'), acled_actor: 'Civilians (Nigeria)', inter: 7 }, { ...actor('son', 'civilians'), acled_actor: 'Civilians (Nigeria)', inter: 7 }, { ...actor('farm', 'facility'), acled_actor: null, inter: null }],
    weapons: [], killed: { value: 3, low: 2, high: 3, approximate: false, text: '2 or 3', start: 0, end: 0, reports: [] }, wounded: null,
    responsibility: 'unknown', reported_by: ['police', 'Daily Trust'], aggregate: false,
    evidence: [{ text: 'Gunmen shot dead a farmer\nand his son.', start: 0, end: 36 }, { text: 'A third man died later.', start: 40, end: 63 }],
    ...over,
  };
}
const result = (events: EventRecord[], published: string | null = '2024-03-12'): ArticleResult => ({ article: { id: 'a', source: 'a.txt', headline: null, published, published_from: 'flag' }, events, warnings: [] });

describe('--format acled', () => {
  it("header: an ACLED export's columns in its order", () => {
    expect(ACLED_COLUMNS.join(',')).toBe('event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,country,admin1,admin2,location,latitude,longitude,geo_precision,source,notes,fatalities');
    expect(renderAcled([]).trim()).toBe(ACLED_COLUMNS.join(','));
  });
  it('one row: sides without repeats or property, the farmer an associated actor, the low figure, evidence as notes', () => {
    const [, row] = parseCsv(renderAcled([result([event()])]));
    expect(Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, row![i]]))).toEqual({
      event_date: '2024-03-10', year: '2024', time_precision: '1', event_type: 'Violence against civilians', sub_event_type: 'Attack',
      actor1: 'Unidentified Armed Group (Nigeria)', assoc_actor_1: '', inter1: '3', actor2: 'Civilians (Nigeria)', assoc_actor_2: 'Farmers (Nigeria)', inter2: '7', interaction: '37',
      country: 'Nigeria', admin1: 'Kaduna', admin2: '', location: 'Kauru', latitude: '10.58', longitude: '8.15', geo_precision: '1',
      source: 'police; Daily Trust', notes: 'Gunmen shot dead a farmer and his son. A third man died later.', fatalities: '2',
    });
  });
  it('no attacker named: an unidentified armed group of the event country; no victim named: civilians (acled-victims-unnamed); no figure: 0 dead', () => {
    const [, row] = parseCsv(renderAcled([result([event({ attackers: [], killed: null, targets: [] })])]));
    expect([row![5], row![7], row![8], row![10], row![11], row![21]]).toEqual(['Unidentified Armed Group (Nigeria)', '3', 'Civilians (Nigeria)', '7', '37', '0']);
    // a battle leaves side 2 empty
    const [, battle] = parseCsv(renderAcled([result([event({ type: 'armed_clash', attackers: [], killed: null, targets: [] })])]));
    expect([battle![5], battle![7], battle![8], battle![10], battle![11]]).toEqual(['Unidentified Armed Group (Nigeria)', '3', '', '', '30']);
  });
  it("notes: a wire's dateline is no part of them", () => {
    const [, row] = parseCsv(renderAcled([result([event({ evidence: [{ text: 'MOGADISHU, March 3, 2024 (AFP) - Gunmen attacked a police station.', start: 0, end: 66 }] })])]));
    expect(row![20]).toBe('Gunmen attacked a police station.');
    const [, kept] = parseCsv(renderAcled([result([event({ evidence: [{ text: 'Gunmen (three of them) attacked a police station.', start: 0, end: 49 }] })])]));
    expect(kept![20]).toBe('Gunmen (three of them) attacked a police station.');
  });
  it('time precision: a day 1, a month 3 (the 15th), no date the report date 2', () => {
    expect(acledDate(event(), null)).toEqual({ date: '2024-03-10', precision: 1 });
    expect(acledDate(event({ date: { value: '2024-02', precision: 'month', text: 'in February', start: 0, end: 0 } }), '2024-03-12')).toEqual({ date: '2024-02-15', precision: 3 });
    expect(acledDate(event({ date: { value: null, precision: 'unknown', text: null, start: null, end: null } }), '2024-03-12')).toEqual({ date: '2024-03-12', precision: 2 });
    expect(acledDate(event({ date: { value: null, precision: 'unknown', text: null, start: null, end: null } }), null)).toEqual({ date: null, precision: null });
  });
  it('geo precision: the town 1, near it 2, a region or country 3', () => {
    expect(geoPrecision(place)).toBe(1);
    expect(geoPrecision({ ...place, relation: 'near' })).toBe(2);
    expect(geoPrecision({ ...place, relation: '15 km north of' })).toBe(2);
    expect(geoPrecision({ ...place, precision: 'admin1', place: null })).toBe(3);
    expect(geoPrecision(null)).toBeNull();
  });
  it('through the CLI: the header, then one row per event of the Balad story', () => {
    ensureBuilt();
    const r = cli([BALAD, '--date', '2021-04-04', '--format', 'acled']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual([...ACLED_COLUMNS]);
    const json = JSON.parse(cli([BALAD, '--date', '2021-04-04', '--format', 'json']).out) as ArticleResult[];
    expect(rows).toHaveLength(1 + json[0]!.events.length);
    const first = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first).toMatchObject({ event_date: '2021-04-04', time_precision: '1', sub_event_type: 'Shelling/artillery/missile attack', actor1: 'Unidentified Armed Group (Iraq)', inter1: '3', actor2: 'Military Forces of Iraq', assoc_actor_2: 'Military Forces of the United States', interaction: '13', country: 'Iraq', location: 'Balad', geo_precision: '1', source: 'security source; AFP', fatalities: '0' });
    expect(first.notes).toMatch(/^Two rockets hit near an Iraqi airbase/);
  });
});

describe('eval --acled', () => {
  const FILE = 'fixtures/acled/sample-export.csv';
  it('parses RFC 4180: quotes, doubled quotes, line breaks in cells, CRLF, a byte order mark', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""","two\nlines"\r\n\r\n')).toEqual([['a', 'b'], ['x, "y"', 'two\nlines']]);
  });
  it('reads event_date as ACLED exports write it, now and formerly', () => {
    expect(['2024-03-12', '2024/3/12', '12 March 2024', '12-March-2024', '12-Mar-24'].map(exportDate)).toEqual(Array(5).fill('2024-03-12'));
    expect(exportDate('12 Smarch 2024')).toBeNull();
    expect(exportDate('March 2024')).toBeNull();
  });
  it('maps ACLED types back to ours; types we do not code map to none', () => {
    expect(typesForAcled('Battles', 'Armed clash')).toEqual(['armed_clash', 'armed_assault', 'raid', 'attack']);
    expect(typesForAcled('Battles', 'Government regains territory')).toEqual(['armed_clash', 'armed_assault', 'raid', 'attack']);
    expect(typesForAcled('Violence against civilians', 'Attack')).toEqual(['armed_assault', 'assassination', 'arson', 'attack']);
    expect(typesForAcled('Explosions/Remote violence', 'Grenade')).toEqual(['grenade']);
    expect(typesForAcled('Protests', 'Peaceful protest')).toEqual([]);
  });
  it('rows become articles dated event_date with gold in the gold.md shape', () => {
    const { articles, skipped } = acledArticles(fs.readFileSync(FILE, 'utf8'));
    expect(articles).toHaveLength(16);
    // a riot may be an attack in our terms: skipped; a peaceful protest is an article with no event
    expect([...skipped]).toEqual([['Riots / Mob violence', 1]]);
    expect(articles.find((x) => x.id === 'WCX013')).toMatchObject({ gold: null, published: '2024-03-04' });
    expect(articles.filter((x) => x.gold === null)).toHaveLength(1);
    const a = articles[0]!;
    expect(a).toMatchObject({ id: 'WCX001', published: '2024-03-12' });
    expect(a.text).toMatch(/^On 12 March 2024, unidentified gunmen/);
    expect(a.gold).toEqual({ type: ['armed_assault', 'assassination', 'arson', 'attack'], date: '2024-03-12', location: { name: 'Kauru', country_code: 'NG' }, attackers: [['Unidentified Armed Group (Nigeria)']], targets: [['Civilians (Nigeria)', 'Farmers (Nigeria)']], killed: 1 });
    // geo_precision 2 keeps the town; an ACLED country name gives its code
    expect(articles[7]!.gold.location).toEqual({ name: 'Mangina', country_code: 'CD' });
  });
  it('a prediction is scored as --format acled writes it; battle sides in either order', () => {
    const w = asAcledWrites(event());
    expect(w.attackers.map((a) => a.name)).toEqual(['Unidentified Armed Group (Nigeria)']);
    expect(w.targets.map((a) => a.name)).toEqual(['Civilians (Nigeria)']);
    expect([w.killed?.value, w.killed?.high]).toEqual([2, 2]);
    expect(asAcledWrites(event({ killed: null })).killed?.value).toBe(0);
    const battle = asAcledWrites(event({ attackers: [{ ...actor('Fano', 'armed_group'), acled_actor: 'Fano Militia', inter: 4 }], targets: [{ ...actor('Army', 'military'), acled_actor: 'Military Forces of Ethiopia', inter: 1 }] }));
    const gold = { type: typesForAcled('Battles', 'Armed clash'), attackers: [['Military Forces of Ethiopia (2018-)']], targets: [['Fano Militia']] };
    expect(orientBattle(gold, battle).attackers.map((a) => a.name)).toEqual(['Military Forces of Ethiopia']);
    // not a battle: the sides stay
    expect(orientBattle({ ...gold, type: typesForAcled('Violence against civilians', 'Attack') }, battle).attackers.map((a) => a.name)).toEqual(['Fano Militia']);
  });
  it('scores the sample export: event and slot figures', () => {
    const { report } = runAcledEval(FILE);
    expect(report.articles).toHaveLength(16);
    // the protest row is a no-event article: no false event on it
    expect(report.totalSplit).toMatchObject({ quiet: 1, falseEvents: 0, eventful: 15 });
    expect(report.total.events).toEqual({ tp: 15, fp: 0, fn: 0 });
    expect(slotTotals(report.total)).toEqual({ tp: 86, fp: 3, fn: 3 });
    expect(report.total.fields.attackers).toEqual({ tp: 14, fp: 1, fn: 1 });
    expect(report.total.fields.killed).toEqual({ tp: 14, fp: 1, fn: 1 });
  });
  it('the command: prints the usual figures; a file that is no ACLED export is a usage error', async () => {
    let out = '';
    expect(await evalCommand([], { verbose: false, format: 'text', acled: FILE }, (s) => void (out += s))).toBe(0);
    expect(out.split('\n')[0]).toBe('slot F1 0.966 (P 0.966 R 0.966)   event F1 1.000   (16 articles, 1 corpus)');
    expect(await evalCommand([], { verbose: false, format: 'text', acled: BALAD }, () => {})).toBe(2);
  });
});

describe('eval --acled: rows that report no event', () => {
  const HEADER = 'event_date,event_type,sub_event_type,actor1,actor2,country,location,fatalities,notes';
  it('a peaceful protest is no event; a protest met with force is skipped, as riots are', () => {
    const csv = [
      HEADER,
      '2024-06-01,Protests,Peaceful protest,Protesters (Kenya),,Kenya,Nairobi,0,"On 1 June 2024, traders marched in Nairobi against a new tax."',
      '2024-06-02,Protests,Excessive force against protesters,Protesters (Kenya),Police Forces of Kenya (2022-),Kenya,Nairobi,2,"On 2 June 2024, police fired live rounds at protesters in Nairobi, killing 2."',
    ].join('\n');
    const { articles, skipped } = acledArticles(csv);
    expect(articles.map((a) => [a.id, a.gold])).toEqual([['acled:2', null]]);
    expect([...skipped]).toEqual([['Protests / Excessive force against protesters', 1]]);
  });
  it('a strategic development coded as an event is a false event; a riot row is skipped', () => {
    const csv = [
      HEADER,
      '2024-05-02,Strategic developments,Arrests,Police Forces of Kenya (2022-),,Kenya,Nairobi,0,"On 2 May 2024, police arrested two suspects in Nairobi."',
      '2024-05-03,Strategic developments,Disrupted weapons use,Military Forces of Mali (2021-),,Mali,Gao,0,"On 3 May 2024, gunmen shot dead two soldiers in Gao."',
      '2024-05-04,Riots,Mob violence,Rioters (Kenya),,Kenya,Kisumu,1,"On 4 May 2024, a mob lynched a suspected thief in Kisumu."',
    ].join('\n');
    const { articles, skipped } = acledArticles(csv);
    expect(articles.map((a) => [a.id, a.gold])).toEqual([['acled:2', null], ['acled:3', null]]);
    expect([...skipped]).toEqual([['Riots / Mob violence', 1]]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wc-acled-')), 'rows.csv');
    fs.writeFileSync(file, csv);
    const { report } = runAcledEval(file);
    // the killing in a row coded as a development is counted as a false event; the arrest gives none
    expect(report.totalSplit).toMatchObject({ quiet: 2, falseEvents: 1, eventful: 0 });
    expect(report.articles.map((a) => a.score.events.fp)).toEqual([0, 1]);
  });
});
