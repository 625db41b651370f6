// upper-la-places: a Spanish place name that opens with an article and whose other word is an English word ("LA CEIBA",
// "LA SELVA") is capitalised after "in", "near", "of" … and before a stop or comma (truecase.ts namePhrases), so the place
// finder reads it in an upper-case wire.
import { describe, expect, it } from 'vitest';
import { truecase } from '../src/core/lang/truecase.js';
import { extract } from '../src/core/index.js';

describe('article place names in upper-case wires', () => {
  it('"IN LA CEIBA." is capitalised; an article phrase elsewhere is not', () => {
    expect(truecase('A BOMB EXPLODED AT A UNIVERSITY BRANCH IN LA CEIBA.')).toBe('A bomb exploded at a university branch in La Ceiba.');
    expect(truecase('THEY WERE ON THEIR WAY TO LA AURORA AIRPORT')).toBe('They were on their way to la aurora airport');
    expect(truecase('KNOWN AS "EL NEGRO," THE MAN')).toBe('Known as "el negro," the man');
    expect(truecase('HE SAID EL PUEBLO WILL WIN.')).toBe('He said el pueblo will win.');
  });

  it('the place of the incident, with its span and rule', () => {
    const text = 'TEGUCIGALPA, 20 JUL 89 (DPA) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A UNIVERSITY BRANCH IN LA CEIBA.';
    const r = extract(text, { published: '1989-07-20', scope: 'terrorism', explain: true });
    const e = r.events[0]!;
    const start = text.indexOf('LA CEIBA');
    expect(e.location).toMatchObject({ name: 'La Ceiba', country_code: 'HN', text: 'LA CEIBA', start, end: start + 8 });
    expect(text.slice(e.location!.start, e.location!.end)).toBe(e.location!.text);
    expect(r.trace!.some((t) => t.rule === 'place-city' && t.action === 'accept' && t.text === 'LA CEIBA')).toBe(true);
  });

  it('no place from an article phrase before an English word', () => {
    const text = 'TEGUCIGALPA, 20 JUL 89 (DPA) -- [TEXT] A BOMB EXPLODED LAST NIGHT AT A UNIVERSITY IN LA CEIBA REGIONAL OFFICES.';
    const r = extract(text, { published: '1989-07-20', scope: 'terrorism', explain: true });
    expect(r.trace!.some((t) => t.text === 'LA CEIBA' && t.action === 'accept')).toBe(false);
  });
});
