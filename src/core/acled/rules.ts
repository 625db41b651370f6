// ACLED's actor conventions as data: the name each actor gets in an ACLED
// export and its `inter` code (ACLED codebook: 1 state forces, 2 rebel
// groups, 3 political militias, 4 identity militias, 5 rioters, 6
// protesters, 7 civilians, 8 external/other forces). `{country}` in a name is
// the actor's country (its country_code, else the event's), in ACLED's
// spelling. The names are the simple forms of ACLED's ("Military Forces of
// Yemen", where ACLED writes "Military Forces of Yemen (2012-)"), as we know
// ACLED's actor list: check a group against a current ACLED download before
// relying on it. Add freely.
import type { ActorKind } from '../types.js';
import { GROUP_HEADS } from '../extract/actors/lexicon.js';

/** A group named by what it is, not who ("unidentified gunmen", "suspected militants"): its last word is a group noun. */
const DESCRIPTIVE_GROUP = new RegExp(`\\b(?:${Object.keys(GROUP_HEADS).filter((k) => GROUP_HEADS[k] === 'armed_group').join('|')})$`, 'i');

export type Inter = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export type Role = 'attacker' | 'target';

export interface AcledRule {
  name: string;
  match: {
    /** The actor's normalized name (the dictionary's), exactly. */
    actor?: string;
    /** Its kind; with `role`, only actors in that role. */
    kind?: ActorKind[];
    role?: Role;
    /** A pattern on the actor's name and text ("rioters", "communal militia"). */
    words?: RegExp;
  };
  /** ACLED name (`{country}` filled in) and inter code; `null` name: no ACLED actor (property). */
  then: { acled: string | null; inter: Inter | null };
  /** Actors (name, kind, role, event country) and the ACLED name each gets. */
  examples: { actor: string; text?: string; kind: ActorKind; role?: Role; country?: string; acled: string | null }[];
}

const group = (actor: string, acled: string, inter: Inter, text = actor): AcledRule => ({
  name: `acled-group-${actor.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  match: { actor },
  then: { acled, inter },
  examples: [{ actor, text, kind: 'armed_group', country: 'Iraq', acled: acled.replace('{country}', 'Iraq') }],
});

/** Named armed groups, by the dictionary name (src/core/extract/actors/lexicon.ts). First match wins. */
export const ACLED_GROUPS: AcledRule[] = [
  { ...group('Islamic State', 'Islamic State West Africa Province', 2, 'Islamic State West Africa Province'), name: 'acled-group-islamic-state-west-africa', match: { actor: 'Islamic State', words: /\bwest\s+africa\b|\biswap\b/i } },
  { ...group('Islamic State', 'Islamic State Sahel Province', 2, 'Islamic State in the Greater Sahara'), name: 'acled-group-islamic-state-sahel', match: { actor: 'Islamic State', words: /\bsahel\b|\bgreater\s+sahara\b|\bisgs\b/i } },
  group('Islamic State', 'Islamic State ({country})', 2),
  group('ISWAP', 'Islamic State West Africa Province', 2),
  group('Boko Haram', 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 2),
  group('Ansaru', 'Ansaru', 2),
  group('Al-Shabaab', 'Al Shabaab', 2),
  group('Taliban', 'Taliban', 2),
  group('TTP', 'TTP: Tehreek-i-Taliban Pakistan', 2),
  group('Balochistan Liberation Army', 'BLA: Balochistan Liberation Army', 2),
  { ...group('al-Qaeda', 'AQAP: Al Qaeda in the Arabian Peninsula', 2, 'AQAP'), name: 'acled-group-aqap', match: { actor: 'al-Qaeda', words: /\bAQAP\b|arabian\s+peninsula/i } },
  { ...group('al-Qaeda', 'AQIM: Al Qaeda in the Islamic Maghreb', 2, 'al-Qaeda in the Islamic Maghreb'), name: 'acled-group-aqim', match: { actor: 'al-Qaeda', words: /\bAQIM\b|islamic\s+maghreb/i } },
  group('al-Qaeda', 'Al Qaeda', 2),
  group('JNIM', 'JNIM: Jamaah Nusrat al Islam wal Muslimin', 2),
  group('Houthis', 'Military Forces of Yemen (Houthi)', 1),
  group('Hashed al-Shaabi', 'Popular Mobilization Forces', 3),
  group('Kataib Hezbollah', 'Kataib Hezbollah', 3),
  group('Hezbollah', 'Hezbollah', 2),
  group('Hamas', 'Hamas Movement', 2),
  group('Islamic Jihad', 'Palestinian Islamic Jihad', 2),
  group('Syrian Democratic Forces', 'SDF: Syrian Democratic Forces', 2),
  group('PKK', 'PKK: Kurdistan Workers Party', 2),
  group('Rapid Support Forces', 'Rapid Support Forces', 2),
  group('M23', 'M23: March 23 Movement', 2),
  group('ADF', 'ADF: Allied Democratic Forces', 2),
  group('CODECO', 'CODECO: Cooperative for Development of Congo', 4),
  group('Wazalendo', 'Wazalendo', 3),
  group('Wagner', 'Wagner Group', 8),
  group('Arakan Army', 'AA: Arakan Army', 2),
  group("People's Defence Force", "PDF: People's Defense Force", 2),
  group('Fano', 'Fano Militia', 4),
  group('Oromo Liberation Army', 'OLA: Oromo Liberation Army', 2),
  group('Ambazonian separatists', 'Ambazonian Separatists', 2),
  group('Viv Ansanm', 'Viv Ansanm', 3),
  group('Gulf Clan', 'Clan del Golfo', 3),
  group('Jalisco Cartel', 'CJNG: Jalisco New Generation Cartel', 3),
  group('Sinaloa Cartel', 'Sinaloa Cartel', 3),
  group('Medellin Cartel', 'Medellin Cartel', 3),
  group('ELN', 'ELN: National Liberation Army', 2),
  group('FARC', 'FARC: Revolutionary Armed Forces of Colombia', 2),
  group('EPL', 'EPL: Popular Liberation Army', 2),
  group('M-19', 'M-19: April 19 Movement', 2),
  group('Shining Path', 'Shining Path', 2),
  group('MRTA', 'MRTA: Tupac Amaru Revolutionary Movement', 2),
  group('FMLN', 'FMLN: Farabundo Marti National Liberation Front', 2),
  group('Manuel Jose Arce Urban Command', 'FMLN: Farabundo Marti National Liberation Front', 2),
  group('FPMR', 'FPMR: Manuel Rodriguez Patriotic Front', 2),
  group('URNG', 'URNG: Guatemalan National Revolutionary Unity', 2),
  group('Contras', 'Contras', 2),
  group('death squads', 'Unidentified Armed Group ({country})', 3),
];

/**
 * Everyone else, by what the name says and then by kind. State forces of a
 * country other than the event's are "external/other forces" (inter 8), as
 * ACLED codes foreign forces (the name stays "Military Forces of X").
 */
export const ACLED_KINDS: AcledRule[] = [
  {
    name: 'acled-rioters',
    match: { words: /\b(rioters?|mobs?|looters?)\b/i },
    then: { acled: 'Rioters ({country})', inter: 5 },
    examples: [{ actor: 'an angry mob', kind: 'unknown', role: 'attacker', country: 'Nigeria', acled: 'Rioters (Nigeria)' }],
  },
  {
    name: 'acled-protesters',
    match: { words: /\b(protesters?|protestors?|demonstrators?|marchers)\b/i },
    then: { acled: 'Protesters ({country})', inter: 6 },
    examples: [{ actor: 'protesters', kind: 'civilians', role: 'target', country: 'Kenya', acled: 'Protesters (Kenya)' }],
  },
  {
    name: 'acled-settlers',
    match: { words: /\bsettlers\b/i },
    then: { acled: 'Settlers ({country})', inter: 4 },
    examples: [{ actor: 'Israeli settlers', kind: 'unknown', role: 'attacker', country: 'Israel', acled: 'Settlers (Israel)' }],
  },
  {
    name: 'acled-communal-militia',
    match: { kind: ['armed_group', 'unknown'], words: /\b(communal|ethnic|tribal|clan|vigilantes?|herders?|herdsmen)\b/i },
    then: { acled: 'Unidentified Communal Militia ({country})', inter: 4 },
    examples: [{ actor: 'ethnic militiamen', kind: 'armed_group', role: 'attacker', country: 'Ethiopia', acled: 'Unidentified Communal Militia (Ethiopia)' }],
  },
  {
    name: 'acled-police',
    match: { kind: ['police'] },
    then: { acled: 'Police Forces of {country}', inter: 1 },
    examples: [{ actor: 'Police', kind: 'police', country: 'Nigeria', acled: 'Police Forces of Nigeria' }],
  },
  {
    name: 'acled-military',
    match: { kind: ['military', 'state'] },
    then: { acled: 'Military Forces of {country}', inter: 1 },
    examples: [{ actor: 'Army', kind: 'military', country: 'Yemen', acled: 'Military Forces of Yemen' }],
  },
  {
    name: 'acled-government',
    match: { kind: ['government'], role: 'attacker' },
    then: { acled: 'Government of {country}', inter: 1 },
    examples: [{ actor: 'officials', kind: 'government', role: 'attacker', country: 'Sudan', acled: 'Government of Sudan' }],
  },
  {
    // ACLED codes unarmed officials attacked (a mayor, a judge) as civilians
    name: 'acled-official-victim',
    match: { kind: ['government'], role: 'target' },
    then: { acled: 'Civilians ({country})', inter: 7 },
    examples: [{ actor: 'mayor', kind: 'government', role: 'target', country: 'Mexico', acled: 'Civilians (Mexico)' }],
  },
  {
    name: 'acled-unidentified-armed-group',
    match: { kind: ['armed_group'], words: DESCRIPTIVE_GROUP },
    then: { acled: 'Unidentified Armed Group ({country})', inter: 3 },
    examples: [{ actor: 'gunmen', kind: 'armed_group', country: 'Mali', acled: 'Unidentified Armed Group (Mali)' }],
  },
  {
    name: 'acled-unknown-perpetrator',
    match: { kind: ['unknown'], role: 'attacker' },
    then: { acled: 'Unidentified Armed Group ({country})', inter: 3 },
    examples: [{ actor: 'Armed men', kind: 'unknown', role: 'attacker', country: 'Haiti', acled: 'Unidentified Armed Group (Haiti)' }],
  },
  {
    name: 'acled-civilians',
    match: { kind: ['civilians', 'unknown'] },
    then: { acled: 'Civilians ({country})', inter: 7 },
    examples: [{ actor: 'farmer', kind: 'civilians', country: 'Afghanistan', acled: 'Civilians (Afghanistan)' }],
  },
  {
    name: 'acled-force-site',
    match: { kind: ['facility'], words: /\b(military|army|barracks|garrison|air\s?base|naval\s+base|troops)\b/i },
    then: { acled: 'Military Forces of {country}', inter: 1 },
    examples: [{ actor: 'military checkpoint', kind: 'facility', country: 'Yemen', acled: 'Military Forces of Yemen' }],
  },
  {
    name: 'acled-police-site',
    match: { kind: ['facility'], words: /\bpolice\b/i },
    then: { acled: 'Police Forces of {country}', inter: 1 },
    examples: [{ actor: 'police station', kind: 'facility', country: 'Pakistan', acled: 'Police Forces of Pakistan' }],
  },
  {
    // ACLED names no actor for property: a market or a house attacked leaves actor2 to the people there, if any
    name: 'acled-property',
    match: { kind: ['facility'] },
    then: { acled: null, inter: null },
    examples: [{ actor: 'market', kind: 'facility', country: 'Ethiopia', acled: null }],
  },
];

/** ACLED's spelling where it differs from the gazetteer's common name (world-countries). */
export const ACLED_COUNTRY_NAMES: Record<string, string> = {
  CD: 'Democratic Republic of Congo',
  CG: 'Republic of Congo',
  CZ: 'Czech Republic',
  SZ: 'eSwatini',
  TR: 'Turkey',
  TL: 'East Timor',
  VA: 'Vatican City',
  MK: 'North Macedonia',
};

/** Countries ACLED writes with "the" after "of" ("Military Forces of the Philippines"). */
export const ACLED_COUNTRY_THE = new Set(['US', 'GB', 'PH', 'NL', 'CD', 'CG', 'CF', 'AE', 'DO', 'CZ', 'GM', 'BS', 'MV', 'KM']);
