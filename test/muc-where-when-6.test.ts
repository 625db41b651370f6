// MUC location and date slots: `location-article-country` names the city of the story's country the article names
// most, `location-unlisted-locality` prefers the village the words beside it call a locality over the listed town of
// the same rank, and `date-day-only` drops a month or a year under --scope terrorism. Values, spans, rules, negatives.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core/index.js';
import { ARTICLE_COUNTRY, UNLISTED_LOCALITY } from '../src/core/refine/location.js';
import { DAY_ONLY } from '../src/core/refine/when.js';

const run = (text: string) => extract(text, { explain: true, scope: 'terrorism' });

describe('location-article-country: the city of the story\'s country', () => {
  const lead =
    'PANAMA CITY (PANAMA), 17 NOV 89 (LA REPUBLICA) -- [TEXT] THE PRD CONDEMNS THE MURDER OF SIX JESUIT PRIESTS BY SALVADORAN DEATH SQUADS.  ' +
    'THE SALVADORAN PEOPLE DESERVE PEACE.  THE SALVADORAN GOVERNMENT MUST ANSWER FOR IT.  ';

  it('a Panama City wire about a murder in El Salvador that names San Salvador: San Salvador, its span', () => {
    const text = lead + 'THE PRIESTS HAD TAUGHT IN SAN SALVADOR FOR YEARS.';
    const [e] = run(text).events;
    expect(e!.location?.name).toBe('San Salvador');
    expect(e!.location?.country_code).toBe('SV');
    expect(e!.location?.precision).toBe('city');
    expect(text.slice(e!.location!.start!, e!.location!.end!)).toBe(e!.location!.text);
    expect(e!.location!.start).toBe(text.indexOf('SAN SALVADOR'));
    expect(e!.explain?.location).toEqual([ARTICLE_COUNTRY.name]);
  });

  it('no city of that country named: the country, at country precision', () => {
    const text = lead + 'THE PRIESTS HAD TAUGHT FOR YEARS.';
    const [e] = run(text).events;
    expect(e!.location?.name).toBe('El Salvador');
    expect(e!.location?.precision).toBe('country');
    expect(e!.explain?.location).toEqual([ARTICLE_COUNTRY.name]);
  });
});

describe('location-article-country: a country named once does not move the story (least)', () => {
  const wire = 'SAN SALVADOR, 3 MAY 90 (DOMESTIC SERVICE) -- [TEXT] UNIDENTIFIED MEN MURDERED A SPANISH PRIEST LAST NIGHT.';

  it('a victim\'s nationality named once: the dateline stands (negative)', () => {
    const [e] = run(wire).events;
    expect(ARTICLE_COUNTRY.least).toBe(2);
    expect([e!.location?.name, e!.location?.country_code, e!.explain?.location]).toEqual(['San Salvador', 'SV', ['place-dateline>dateline']]);
  });

  it('named twice, and more often than the dateline\'s country: that country, the span its first mention', () => {
    const text = `${wire}  THE SPANISH GOVERNMENT PROTESTED.`;
    const [e] = run(text).events;
    expect([e!.location?.name, e!.location?.country_code, e!.explain?.location]).toEqual(['Spain', 'ES', [ARTICLE_COUNTRY.name]]);
    expect(text.slice(e!.location!.start!, e!.location!.end!)).toBe(e!.location!.text);
    expect(e!.location!.start).toBe(text.indexOf('SPANISH'));
  });
});

describe('location-unlisted-locality', () => {
  const text = (where: string) =>
    'BOGOTA, 13 JUL 89 (EMISORAS CARACOL NETWORK) -- [TEXT] A NEW ATTACK AGAINST THE CANO LIMON - COVENAS OIL PIPELINE, WHICH CAUSED A LARGE OIL SPILL, ' +
    'WAS CARRIED OUT THIS MORNING BY TERRORISTS IN ARAUCA INTENDANCY.  ACCORDING TO PRELIMINARY REPORTS, THE ATTACK OCCURRED NEAR THE KM - 45 MARKER IN ' +
    where +
    ', A SHORT DISTANCE FROM THE OIL FIELDS.';

  it('"IN ARAUCITA JURISDICTION" beside "IN ARAUCA": Araucita, with the rule', () => {
    const t = text('ARAUCITA JURISDICTION');
    const [e] = run(t).events;
    expect(e!.location?.name).toBe('Araucita');
    expect(e!.location?.country_code).toBe('CO');
    expect(t.slice(e!.location!.start!, e!.location!.end!)).toBe('ARAUCITA');
    expect(e!.explain?.location?.[0]).toMatch(new RegExp(`>${UNLISTED_LOCALITY.name}$`));
  });

  it('an unlisted name no word calls a locality does not outrank the listed town', () => {
    const [e] = run(text('ARAUCITA')).events;
    expect(e!.location?.name).toBe('Arauca');
    expect(e!.explain?.location?.join()).not.toContain(UNLISTED_LOCALITY.name);
  });
});

describe('date-day-only', () => {
  const weekly = 'SAN SALVADOR, 15 NOV 89 (AFP) -- [TEXT] THE GUERRILLA ATTACKS LAST WEEK ON THE CAPITAL LEFT 40 PEOPLE DEAD, THE ARMED FORCES REPORTED.';

  it('a month ("LAST WEEK") under --scope terrorism: no date, the reject traced at its span', () => {
    const r = run(weekly);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.date.value).toBeNull();
    expect(r.events[0]!.explain?.date).toEqual([DAY_ONLY.name]);
    const f = (r.trace ?? []).filter((x) => x.rule === DAY_ONLY.name);
    expect(f).toHaveLength(1);
    expect(f[0]!.action).toBe('reject');
    expect(weekly.slice(f[0]!.start, f[0]!.end)).toBe('LAST WEEK');
  });

  it('without the scope the month stays', () => {
    const [e] = extract(weekly, { explain: true }).events;
    expect(e!.date.value).toBe('1989-11');
    expect(e!.date.precision).toBe('month');
  });

  it('a day stays', () => {
    const text = 'SAN SALVADOR, 15 NOV 89 (AFP) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A BANK IN THE CAPITAL, THE ARMED FORCES REPORTED.';
    const r = run(text);
    expect(r.events[0]!.date.value).toBe('1989-11-14');
    expect((r.trace ?? []).some((x) => x.rule === DAY_ONLY.name)).toBe(false);
  });
});

describe('location-site-of-city-nearby', () => {
  const lead = 'BOGOTA, 21 SEP 89 (RADIO CADENA NACIONAL) -- [TEXT] NINE POWERFUL BOMBS EXPLODED AT 0315 THIS MORNING AT EIGHT POLITICAL PARTIES\' OFFICES IN BOGOTA.  ';

  it('the next sentence names a neighbourhood of that city: the site, its settlement the city', () => {
    const text = lead + 'THE DETONATIONS SHOOK THE TEUSAQUILLO NEIGHBORHOOD, THE AUTHORITIES SAID.';
    const [e] = extract(text, { explain: true, scope: 'terrorism' }).events;
    expect(e!.location?.name).toMatch(/^teusaquillo$/i);
    expect(e!.location?.place).toBe('Bogotá');
    expect(e!.location?.precision).toBe('site');
    expect(text.slice(e!.location!.start!, e!.location!.end!)).toBe(e!.location!.text);
    expect(e!.explain?.location?.[0]).toMatch(/>location-site-of-city-nearby$/);
  });

  it('not a site of another city', () => {
    const text = lead + 'THE PARTIES ALSO HAVE OFFICES IN THE EL POBLADO NEIGHBORHOOD IN SOUTHERN MEDELLIN, THE AUTHORITIES SAID.';
    const [e] = extract(text, { explain: true, scope: 'terrorism' }).events;
    expect(e!.location?.name).toBe('Bogotá');
    expect(e!.explain?.location?.join()).not.toContain('location-site-of-city-nearby');
  });
});
