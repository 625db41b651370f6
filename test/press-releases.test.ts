// Press releases and official statements: their datelines, a force's own words
// for killing ("neutralised"), a victim named with a role in apposition, and the
// force owning its operation (responsibility claimed). Values, spans and rule names.
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../src/core/extract/dates/index.js';
import { findCasualties } from '../src/core/extract/counts/index.js';
import { RULES as COUNT_RULES } from '../src/core/extract/counts/rules.js';
import { findResponsibility } from '../src/core/extract/actors/index.js';
import { RESPONSIBILITY_RULES } from '../src/core/extract/actors/lexicon.js';
import { extract } from '../src/core/index.js';
import { BOILERPLATE_RULES, findBoilerplate } from '../src/core/lang/boilerplate.js';

describe('release datelines', () => {
  const cases: [text: string, rule: string, date: string | null, place: string | null, agency: string | null][] = [
    ['Headline\n\nTAMPA, Fla. — Aug. 14, 2024\n\nOn Aug. 13, forces conducted a strike.', 'dateline-release', '2024-08-14', 'TAMPA', null],
    ['WASHINGTON — July 27, 2023\nToday, the Treasury designated four individuals.', 'dateline-release', '2023-07-27', 'WASHINGTON', null],
    ['OUAGADOUGOU, September 15, 2020\nLocation: Djibo, Soum Province', 'dateline-release', '2020-09-15', 'OUAGADOUGOU', null],
    ['STUTTGART, Germany, March 22, 2023 — At the request of the Federal Government of Somalia.', 'dateline-date', '2023-03-22', 'STUTTGART', null],
    ['KYIV, 12 May 2024 /Press Service of the Kherson Regional Military Administration/ — Over the past day.', 'dateline-date', '2024-05-12', 'KYIV', 'Press Service of the Kherson Regional Military Administration'],
    ['GENEVA / PORT SUDAN, 11 February 2025 (ICRC) — The ICRC is devastated.', 'dateline-date', '2025-02-11', 'PORT SUDAN', 'ICRC'],
    ['(Nairobi, April 25, 2024) – Burkina Faso\'s armed forces summarily executed at least 56 civilians.', 'dateline-release', '2024-04-25', 'Nairobi', null],
    ['Title of the release\n\nNovember 20, 2023\n\nEarlier today (Monday), launches were identified.', 'dateline-release', '2023-11-20', null, null],
  ];
  for (const [text, rule, date, place, agency] of cases) {
    it(`${rule}: ${text.slice(0, 50).replace(/\n/g, ' / ')}`, () => {
      const d = parseDateline(text);
      expect(d?.rule).toBe(rule);
      expect(d!.date).toBe(date);
      expect(d!.agency).toBe(agency);
      expect(d!.place?.text ?? null).toBe(place);
      if (place) expect(text.slice(d!.place!.start, d!.place!.end)).toBe(place);
      expect(text.slice(d!.span.start, d!.span.end)).toBe(d!.span.text);
    });
  }
  const negatives = [
    'On 5 May 2021 -- the army said.',
    'Troops kill 11 in Borno, November 20, 2023 report says\nThe army said.',
    'November 20, 2023 was the day the rockets fell.\nThe army said.',
    'KABUL, March 3 — A suicide bomber struck.',
  ];
  for (const text of negatives) it(`no dateline: ${text.slice(0, 50).replace(/\n/g, ' / ')}`, () => expect(parseDateline(text)).toBeNull());

  it("a release's dateline date is no event date; its body's weekday resolves against it", () => {
    const text = 'Russian army shelled Kherson region\n\nKYIV, 12 May 2024 /Press Service/ — In Bilozerka, a Russian drone dropped explosives on a car on Saturday, killing its driver.';
    const res = extract(text, { explain: true });
    expect(res.article.published).toBe('2024-05-12');
    expect(res.article.published_from).toBe('dateline');
    expect(res.events.map((e) => [e.date?.value, e.date?.text])).toEqual([['2024-05-11', 'on Saturday']]);
  });
});

describe('count rules of releases', () => {
  const withExamples = COUNT_RULES.filter((r) => r.examples);
  it('the release count rules carry examples', () => {
    expect(withExamples.map((r) => r.name)).toEqual(expect.arrayContaining(['counts.neutralised', 'counts.named_victim']));
  });
  for (const r of withExamples) {
    for (const [text, value] of r.examples!.pos) {
      it(`${r.name} reads ${value}: ${text.slice(0, 50)}`, () => {
        // (a sentence may hold more than one figure of the rule: the example's is among them)
        const m = findCasualties(text).find((c) => c.rule === r.name && c.value === value);
        expect(m?.value).toBe(value);
        // a rule of a fixed kind gives that kind; a `trigger` rule the kind of its verb ("were hurt": wounded)
        if (r.kind === 'killed' || r.kind === 'wounded') expect(m?.kind).toBe(r.kind);
        else expect(['killed', 'wounded']).toContain(m?.kind);
        expect(text.slice(m!.start, m!.end)).toBe(m!.text);
      });
    }
    for (const text of r.examples!.neg) {
      it(`${r.name} does not read: ${text.slice(0, 50)}`, () => {
        expect(findCasualties(text).filter((c) => c.rule === r.name)).toEqual([]);
      });
    }
  }
  it('spans: the figure and its phrase', () => {
    const text = 'The Defence Headquarters says troops have neutralised 11 terrorists of ISWAP in an ambush.';
    expect(findCasualties(text).map((c) => [c.rule, c.value, c.text, c.victims?.text])).toEqual([['counts.neutralised', 11, 'neutralised 11 terrorists', '11 terrorists']]);
    const named = 'Forces conducted a raid, killing Abu Yahya al-Shami, a senior leader of the group.';
    expect(findCasualties(named).map((c) => [c.rule, c.value, c.text, c.victims?.text])).toEqual([['counts.named_victim', 1, 'killing Abu Yahya al-Shami, a senior leader', 'Abu Yahya al-Shami']]);
  });
});

describe('resp-own-operation: a state\'s own forces claim it (actorKinds)', () => {
  const rule = RESPONSIBILITY_RULES.find((r) => r.actorKinds)!;
  for (const text of rule.examples!.pos) {
    it(`claimed: ${text.slice(0, 60)}`, () => {
      const cue = findResponsibility(text).find((c) => c.rule === 'resp-own-operation');
      expect(cue?.value).toBe('claimed');
      expect(['state', 'military', 'police']).toContain(cue!.actor?.kind);
    });
  }
  for (const text of rule.examples!.neg) {
    it(`not claimed by a non-state actor: ${text.slice(0, 60)}`, () => {
      expect(findResponsibility(text).filter((c) => c.rule === 'resp-own-operation')).toEqual([]);
    });
  }
  it('a command owning its airstrike: attacker, claimed, killed one named leader', () => {
    const text = 'CENTCOM Strike Kills Leader\n\nTAMPA, Fla. — Aug. 14, 2024\n\nOn Aug. 13, U.S. Central Command (CENTCOM) forces conducted a precision airstrike in northwest Syria, killing Abu Yahya al-Shami, a senior leader of Hurras al-Din.\n';
    const [e] = extract(text, { explain: true }).events;
    expect(e?.type).toBe('air_strike');
    expect(e?.date?.value).toBe('2024-08-13');
    expect(e?.responsibility).toBe('claimed');
    expect(e?.explain?.responsibility).toEqual(['resp-own-operation']);
    expect(e?.attackers.map((a) => a.name)).toContain('United States');
    expect(e?.killed?.value).toBe(1);
    expect(e?.explain?.killed).toContain('counts.named_victim');
  });
});

describe('release boilerplate', () => {
  for (const r of BOILERPLATE_RULES) {
    for (const line of r.examples.pos) it(`${r.name} holds for: ${line.slice(0, 50)}`, () => expect(r.match.test(line)).toBe(true));
    for (const line of r.examples.neg) it(`${r.name} does not hold for: ${line.slice(0, 50)}`, () => expect(r.match.test(line)).toBe(false));
  }
  const release = 'ICRC staff killed in Darfur\n\nGENEVA, 11 February 2025 (ICRC) — Gunmen attacked an ICRC convoy near Nyala on Sunday, killing two drivers.\n\nThe ICRC calls on all parties to respect humanitarian workers.\n\n###\n\nAbout the ICRC\nThe ICRC helps people affected by armed conflict. Last year a bomb killed 40 people in a market it supports.\n';
  it('nothing is coded from the boilerplate; the trace names the line that starts it', () => {
    const res = extract(release, { explain: true });
    expect(res.events.map((e) => [e.trigger.text, e.killed?.value])).toEqual([['attacked', 2]]);
    const cut = res.trace!.find((t) => t.rule === 'boilerplate-tail')!;
    expect([cut.action, cut.text, release.slice(cut.start, cut.end)]).toEqual(['drop', '###', '###']);
    for (const e of res.events) for (const ev of e.evidence) expect(release.slice(ev.start, ev.end)).toBe(ev.text);
  });
  it('a wire story with no boilerplate codes its last paragraph', () => {
    // (a day of this week, not "last year": a past year's deed is history for drop-history whatever the month)
    const wire = release.replace('###\n\nAbout the ICRC\n', '').replace('Last year a bomb', 'On Monday a bomb');
    const res = extract(wire, { explain: true });
    expect(res.events.length).toBe(2);
    expect(res.trace!.some((t) => t.rule === 'boilerplate-tail')).toBe(false);
  });
  it('a boilerplate line in the opening is a headline, not the end', () => {
    expect(findBoilerplate('About the ICRC\n\nGunmen attacked a convoy near Nyala on Sunday, killing two drivers and wounding a nurse.')).toBeNull();
  });
});

describe("the dateline's place and agency are no party", () => {
  const text = 'Two ICRC staff killed\n\nGENEVA / PORT SUDAN, 11 February 2025 (ICRC) — Gunmen killed two drivers of an ICRC convoy near the port of Nyala on Sunday 9 February.\n';
  it('no attacker or target comes from the dateline span', () => {
    const res = extract(text, { explain: true });
    const dateline = res.trace!.find((t) => t.rule === 'dateline-date')!;
    expect(dateline.text).toBe('GENEVA / PORT SUDAN, 11 February 2025 (ICRC) —');
    const parties = res.events.flatMap((e) => [...e.attackers, ...e.targets]);
    expect(parties.filter((a) => a.start < dateline.end)).toEqual([]);
    expect(parties.map((a) => a.name)).toContain('drivers');
  });
  it("a wire's dateline city is no party either; the body's forces are", () => {
    const wire = 'WASHINGTON (Reuters) - U.S. forces conducted an airstrike in Syria on Sunday, killing two militants.';
    const [e] = extract(wire, { published: '2021-04-04', explain: true }).events;
    expect(e?.attackers.map((a) => [a.name, a.text, a.start])).toEqual([['United States', 'U.S. forces', 23]]);
    expect(e?.responsibility).toBe('claimed');
  });
});
