// ACLED names for one actor (rules.ts): its ACLED name and inter code by the
// first rule that matches it. Pure.
import type { Actor, Count } from '../types.js';
import { countryByCode, countryByName } from '../geo/countries.js';
import { ACLED_COUNTRY_NAMES, ACLED_COUNTRY_THE, ACLED_FATALITIES, ACLED_GROUPS, ACLED_KINDS, type AcledRule, type Inter, type Role } from './rules.js';

export interface AcledName {
  acled_actor: string | null;
  inter: Inter | null;
  rule: string;
}

/** A country's name as ACLED spells it ("DR Congo" → "Democratic Republic of Congo"). */
export function acledCountryName(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.toUpperCase();
  return ACLED_COUNTRY_NAMES[c] ?? countryByCode(c)?.name ?? null;
}

/** The ISO code of a country named as ACLED (or anyone) spells it. */
export function acledCountryCode(name: string): string | null {
  const n = name.trim().toLowerCase();
  for (const [code, acled] of Object.entries(ACLED_COUNTRY_NAMES)) if (acled.toLowerCase() === n) return code;
  return countryByName(n)?.code ?? null;
}

function matches(rule: AcledRule, a: Actor, role: Role): boolean {
  const m = rule.match;
  if (m.actor !== undefined && m.actor !== a.name) return false;
  if (m.kind && !m.kind.includes(a.kind)) return false;
  if (m.role && m.role !== role) return false;
  if (m.words && !m.words.test(a.name) && !m.words.test(a.text)) return false;
  return true;
}

const STATE_KINDS = new Set(['state', 'military', 'police', 'government']);

/** Fills `{country}` (ISO code), "of the" where ACLED writes it; with no country known, the parenthesis or "of" goes ("Civilians", "Military Forces"). */
export function fill(template: string, code: string | null): string {
  const country = acledCountryName(code);
  if (country) return template.replace(' of {country}', ` of ${ACLED_COUNTRY_THE.has(code!.toUpperCase()) ? 'the ' : ''}${country}`).replace('{country}', country);
  return template.replace(' ({country})', '').replace(' of {country}', '');
}

/**
 * ACLED's name and inter code for an actor in a role, given the country of
 * the event (ISO code, null when unknown).
 */
export function acledActor(a: Actor, role: Role, eventCountry: string | null): AcledName {
  const rule = ACLED_GROUPS.find((r) => matches(r, a, role)) ?? ACLED_KINDS.find((r) => matches(r, a, role));
  const own = a.country_code ?? eventCountry;
  if (!rule) {
    // a named group of the user's dictionary (--actors) that the table lacks: its own name, a rebel group
    return { acled_actor: a.name, inter: 2, rule: 'acled-own-group-name' };
  }
  let inter = rule.then.inter;
  if (inter === 1 && STATE_KINDS.has(a.kind) && a.country_code && eventCountry && a.country_code !== eventCountry) inter = 8;
  return { acled_actor: rule.then.acled === null ? null : fill(rule.then.acled, own), inter, rule: rule.name };
}

/** ACLED's fatalities for a count: its low figure, or what ACLED_FATALITIES gives for a vague one; 0 with no count. */
export function acledFatalities(killed: Count | null): { value: number; rule: string | null } {
  if (!killed) return { value: 0, rule: null };
  const r = ACLED_FATALITIES.find((x) => x.match.test(killed.text.trim()));
  return r ? { value: r.then, rule: r.name } : { value: killed.low, rule: null };
}
