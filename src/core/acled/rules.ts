// ACLED's actor conventions as data: the name each actor gets in an ACLED
// export and its `inter` code (ACLED codebook: 1 state forces, 2 rebel
// groups, 3 political militias, 4 identity militias, 5 rioters, 6
// protesters, 7 civilians, 8 external/other forces). `{country}` in a name is
// the actor's country (its country_code, else the event's), in ACLED's
// spelling. The names are the simple forms of ACLED's ("Military Forces of
// Yemen", where ACLED writes "Military Forces of Yemen (2012-)"), as we know
// ACLED's actor list: check a group against a current ACLED download before
// relying on it. Add freely.
import type { ActorKind, EventType } from '../types.js';
import { GROUP_HEADS } from '../extract/actors/lexicon.js';
import { numberWords } from '../lang/number-words.js';

/** A group named by what it is, not who ("unidentified gunmen", "suspected militants"): its last word is a group noun. */
const DESCRIPTIVE_GROUP = new RegExp(`\\b(?:${[...GROUP_HEADS].filter(([, kind]) => kind === 'armed_group').map(([k]) => k).join('|')})$`, 'i');

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
  name: 'acled-named-group',
  match: { actor },
  then: { acled, inter },
  examples: [{ actor, text, kind: 'armed_group', country: 'Iraq', acled: acled.replace('{country}', 'Iraq') }],
});

/**
 * Named armed groups, by the dictionary name (src/core/extract/actors/lexicon.ts):
 * one rule, `acled-named-group`, over a table of names (data, as the
 * gazetteer is: an entry is kept for the group it names, not for how often
 * a corpus names it). First match wins.
 */
export const ACLED_GROUPS: AcledRule[] = [
  { ...group('Islamic State', 'Islamic State West Africa Province', 2, 'Islamic State West Africa Province'), match: { actor: 'Islamic State', words: /\bwest\s+africa\b|\biswap\b/i } },
  { ...group('Islamic State', 'Islamic State Sahel Province', 2, 'Islamic State in the Greater Sahara'), match: { actor: 'Islamic State', words: /\bsahel\b|\bgreater\s+sahara\b|\bisgs\b/i } },
  group('Islamic State', 'Islamic State ({country})', 2),
  group('ISWAP', 'Islamic State West Africa Province', 2),
  group('Boko Haram', 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', 2),
  group('Ansaru', 'Ansaru', 2),
  group('Al-Shabaab', 'Al Shabaab', 2),
  group('Taliban', 'Taliban', 2),
  group('TTP', 'TTP: Tehreek-i-Taliban Pakistan', 2),
  group('Balochistan Liberation Army', 'BLA: Balochistan Liberation Army', 2),
  { ...group('al-Qaeda', 'AQAP: Al Qaeda in the Arabian Peninsula', 2, 'AQAP'), match: { actor: 'al-Qaeda', words: /\bAQAP\b|arabian\s+peninsula/i } },
  { ...group('al-Qaeda', 'AQIM: Al Qaeda in the Islamic Maghreb', 2, 'al-Qaeda in the Islamic Maghreb'), match: { actor: 'al-Qaeda', words: /\bAQIM\b|islamic\s+maghreb/i } },
  group('al-Qaeda', 'Al Qaeda', 2),
  group('JNIM', 'JNIM: Group for Support of Islam and Muslims', 2),
  group('Houthis', 'Military Forces of Yemen (Houthi)', 1),
  group('Hashed al-Shaabi', 'Popular Mobilization Forces', 3),
  group('Kataib Hezbollah', 'Kataib Hezbollah', 3),
  group('Hezbollah', 'Hezbollah', 2),
  group('Hamas', 'Hamas Movement', 2),
  group('Islamic Jihad', 'Palestinian Islamic Jihad', 2),
  group('Syrian Democratic Forces', 'QSD: Syrian Democratic Forces', 2),
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
// Records that share a name are one rule's table, first match wins, as with
// `acled-named-group`: `acled-group-by-word` a group its name says (protesters,
// settlers), `acled-state-forces` a state's police or military (`acled-force-site` a military site),
// `acled-civilians` civilians and officials attacked.
export const ACLED_KINDS: AcledRule[] = [
  {
    name: 'acled-group-by-word',
    match: { words: /\b(protesters?|protestors?|demonstrators?|marchers)\b/i },
    then: { acled: 'Protesters ({country})', inter: 6 },
    examples: [{ actor: 'protesters', kind: 'civilians', role: 'target', country: 'Kenya', acled: 'Protesters (Kenya)' }],
  },
  {
    name: 'acled-group-by-word',
    match: { words: /\bsettlers\b/i },
    then: { acled: 'Settlers ({country})', inter: 4 },
    examples: [{ actor: 'Israeli settlers', kind: 'unknown', role: 'attacker', country: 'Israel', acled: 'Settlers (Israel)' }],
  },
  {
    name: 'acled-state-forces',
    match: { kind: ['police'] },
    then: { acled: 'Police Forces of {country}', inter: 1 },
    examples: [{ actor: 'Police', kind: 'police', country: 'Nigeria', acled: 'Police Forces of Nigeria' }],
  },
  {
    name: 'acled-state-forces',
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
    name: 'acled-civilians',
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
    name: 'acled-unidentified-armed-group',
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

/**
 * Who ACLED names on a side the note leaves empty (src/core/acled/sides.ts):
 * side 1 when no attacker has an ACLED name, side 2 when no target has one.
 * First match wins. `evidence` is tried on the event's evidence sentences,
 * `notEvidence` must not match any of them, `hurt` asks for people killed or
 * wounded. `{who}` in a name is the country the evidence names in its group
 * `who`: a demonym ("Ukrainian"), a force's acronym (ACLED_FORCE_ACRONYMS), or
 * the event's own ("government", "military"). A rule's examples are notes as
 * wires write them and the name the side gets (`pos`), and notes it must not
 * fill (`neg`).
 */
export interface AcledFillRule {
  name: string;
  side: 1 | 2;
  match: { types?: EventType[]; evidence?: RegExp; notEvidence?: RegExp; hurt?: boolean };
  then: { acled: string; inter: Inter };
  examples: { pos: { note: string; acled: string }[]; neg: string[] };
}

// `acled-opposing-forces`: the state's forces the note names on side 2 as a battle's other side (`acled-forces-positions`:
// as the holders of positions fired on);
// `acled-victims-unnamed`: civilians on side 2, named or hurt
export const ACLED_FILL: AcledFillRule[] = [
  {
    // a state's aircraft nobody else is named for: "a military attack helicopter fired on a village", "a Ukrainian attack helicopter struck"
    name: 'acled-state-aircraft',
    side: 1,
    match: { types: ['air_strike', 'shelling', 'bombing', 'armed_assault', 'attack'], evidence: /\b(?<who>[A-Z][a-z]+|military|army|junta|government|regime|air\s+force)\s+(?:attack\s+|combat\s+|fighter\s+|FPV\s+|kamikaze\s+|military\s+)?(?:helicopters?|jets?|warplanes?|aircraft|gunships?|fighter\s+jets?|drones?)\b|\b(?:strikes?|raids?|attacks?)\s+by\s+(?:the\s+)?(?<who2>[A-Z][a-z]+)\s+(?:military|army|air\s+force|forces)\b/ },
    then: { acled: 'Military Forces of {who}', inter: 1 },
    examples: {
      pos: [
        { note: 'On 28 February 2024, a military attack helicopter fired on a village near Kyauktaw (Rakhine), killing 2 civilians.', acled: 'Military Forces of Myanmar' },
        { note: 'On 30 May 2024, a Ukrainian attack helicopter struck Russian positions near Lyptsi (Kharkiv) with unguided rockets.', acled: 'Military Forces of Ukraine' },
        { note: 'On 6 September 2024, a Russian FPV drone struck a civilian car in Nikopol (Nikopolskyi, Dnipropetrovsk), killing the 56-year-old driver.', acled: 'Military Forces of Russia' },
        { note: 'On 3 December 2023, a drone strike by the Ethiopian military hit a market in Finote Selam (West Gojam, Amhara), killing at least 11 civilians, witnesses said.', acled: 'Military Forces of Ethiopia' },
      ],
      neg: ['On 13 October 2023, UNIFIL observed 20 explosions of artillery shells in the vicinity of Khiam (Marjaayoun, South Lebanon).'],
    },
  },
  {
    // ACLED codes a death or torture in custody to the force that held the person: the police unless the note says otherwise
    name: 'acled-custody-police',
    side: 1,
    match: { types: ['attack', 'assassination'], evidence: /\b(?:police|in|into|under)\s+custody\b/i },
    then: { acled: 'Police Forces of {country}', inter: 1 },
    examples: {
      pos: [{ note: 'On 30 March 2024, a man died in police custody in Kampala. His family said he had been tortured by officers after his arrest.', acled: 'Police Forces of Uganda' }],
      neg: ['On 6 May 2024, the body of a man was found with gunshot wounds on a road in Culiacan (Sinaloa).'],
    },
  },
  {
    // a monitoring mission counts explosions and bursts of fire it cannot attribute: ACLED's "Unidentified Military Forces"
    name: 'acled-monitored-fire',
    side: 1,
    match: { evidence: /\b(?:recorded|observed|registered|counted|monitored|heard)\s+(?:[\w-]+\s+){0,4}(?:explosions?|bursts?|detonations|impacts|shots)\b/i },
    then: { acled: 'Unidentified Military Forces', inter: 8 },
    examples: {
      pos: [{ note: 'On 2 June 2023, the EU Monitoring Mission recorded 40 bursts of small-arms fire near the administrative boundary line north of Gori (Shida Kartli).', acled: 'Unidentified Military Forces' }],
      neg: ['On 6 May 2024, the body of a man was found with gunshot wounds on a road in Culiacan (Sinaloa).'],
    },
  },
  {
    name: 'acled-unidentified-attacker',
    side: 1,
    match: {},
    then: { acled: 'Unidentified Armed Group ({country})', inter: 3 },
    examples: {
      pos: [{ note: 'On 21 October 2024, the body of a youth was found with multiple stab wounds in Imphal (Manipur).', acled: 'Unidentified Armed Group (India)' }],
      neg: [],
    },
  },
  {
    // fire on "the positions of Ukrainian forces", "FARDC positions", "Pakistani border posts": the forces holding them
    name: 'acled-forces-positions',
    side: 2,
    match: { evidence: /\b(?:positions?|posts?|outposts?|trenches|bases?|patrols?|convoys?)\s+(?:held\s+by|of)\s+(?:the\s+)?(?<who>[A-Z][a-z]+|government|regime)\s+(?:forces|army|troops|military|soldiers)\b|\b(?<who2>[A-Z][a-z]+|[A-Z]{3,5}|government|regime|army|military)\s+(?:border\s+|military\s+|army\s+)?(?:positions|posts|outposts|trenches)\b/ },
    then: { acled: 'Military Forces of {who}', inter: 1 },
    examples: {
      pos: [
        { note: 'On 5 March 2024, Russian forces fired 82mm mortars at the positions of Ukrainian forces near Robotyne (Polohivskyi, Zaporizhia). No casualties were reported.', acled: 'Military Forces of Ukraine' },
        { note: 'On 7 February 2024, M23 rebels fired mortar bombs at FARDC positions near Kibumba (Nyiragongo, Nord-Kivu).', acled: 'Military Forces of the Democratic Republic of Congo' },
        { note: 'On 19 May 2024, Houthi forces fired with medium machine guns on the positions of government forces in Hays (Al Hudaydah). Government troops responded. No casualties were reported.', acled: 'Military Forces of Yemen' },
      ],
      neg: ['On 20 January 2024, Israeli forces fired artillery and rockets at residential villages around Kfar Kila (Marjaayoun, South Lebanon), injuring a child.'],
    },
  },
  {
    // "SAF and RSF clashed", "fighting between ENDF and Fano militia": state forces by their acronym (ACLED_FORCE_ACRONYMS)
    name: 'acled-opposing-forces',
    side: 2,
    match: { types: ['armed_clash'], evidence: /\b(?<who>FARDC|SAF|ENDF|FAMa|SNA|UPDF|TNI|IDF|ISF|SAA|ZSU|ANA)\b/ },
    then: { acled: 'Military Forces of {who}', inter: 1 },
    examples: {
      pos: [
        { note: 'On 15 June 2023, SAF and RSF clashed in Al Kalakla (Jebel Awlia, Khartoum), with artillery exchanges reported into the evening. Casualties unknown.', acled: 'Military Forces of Sudan' },
        { note: 'On 16 April 2024, heavy fighting took place between ENDF and Fano militia in and around Debre Tabor (South Gondar, Amhara). Residents said at least 9 people were killed, including 4 civilians caught in the crossfire.', acled: 'Military Forces of Ethiopia' },
      ],
      neg: ['On 5 October 2024, the Sudanese army and the RSF exchanged heavy gunfire and artillery fire in Bahri (Khartoum).'],
    },
  },
  {
    // a battle has two sides: the state's forces the note names beside a group ("a gunfight between soldiers and NPA
    // rebels", "paramilitary rangers and suspected insurgents engaged in a firefight") are the other one
    name: 'acled-opposing-forces',
    side: 2,
    match: { types: ['armed_clash'], evidence: /\b(?:soldiers|troops|army|armed\s+forces|rangers|border\s+guards|marines|paratroopers)\b/i },
    then: { acled: 'Military Forces of {country}', inter: 1 },
    examples: {
      pos: [{ note: 'On 4 October 2023, a gunfight between soldiers and NPA rebels broke out in Guihulngan (Negros Oriental). One rebel was killed and an assault rifle was recovered.', acled: 'Military Forces of the Philippines' }],
      neg: ['On 21 March 2024, a shoot-out between members of the CJNG and the Sinaloa Cartel in Fresnillo (Zacatecas) left 4 people dead.'],
    },
  },
  {
    // violence against civilians has civilians on side 2 whether or not the note names them ("the body of a man", "a detainee")
    name: 'acled-victims-unnamed',
    side: 2,
    match: { types: ['attack', 'assassination', 'abduction', 'armed_assault'], notEvidence: /\b(?:positions?|posts|outposts?|bases?|barracks|trenches|patrols?|convoys?|checkpoints?)\s+of\b|\b(?:military|army|border|police|FARDC|government|enemy)\s+(?:positions?|posts?|outposts?|bases?|patrols?|convoys?)\b/ },
    then: { acled: 'Civilians ({country})', inter: 7 },
    examples: {
      pos: [{ note: 'On 23 August 2023, the bodies of 2 young men bearing signs of torture were found in a rural area of Suarez (Cauca).', acled: 'Civilians (Colombia)' }],
      neg: ['On 17 March 2023, UN peacekeepers recorded 5 explosions near Aitaroun (Bint Jbeil, South Lebanon). No casualties were reported.', 'On 19 May 2024, Houthi forces fired with medium machine guns on the positions of government forces in Hays (Al Hudaydah). Government troops responded. No casualties were reported.'],
    },
  },
  {
    // shells and bombs that hurt people and hit no force: the people hurt are civilians
    name: 'acled-victims-unnamed',
    side: 2,
    match: { types: ['shelling', 'air_strike', 'bombing', 'grenade', 'suicide_bombing'], hurt: true },
    then: { acled: 'Civilians ({country})', inter: 7 },
    examples: {
      pos: [{ note: 'On 20 January 2024, Israeli forces fired artillery and rockets at residential villages around Kfar Kila (Marjaayoun, South Lebanon), injuring one person.', acled: 'Civilians (Lebanon)' }],
      neg: ['On 5 March 2024, Russian forces fired 82mm mortars at the positions of Ukrainian forces near Robotyne (Polohivskyi, Zaporizhia). No casualties were reported.'],
    },
  },
];

/**
 * How the named actors of an event fall on ACLED's two sides
 * (src/core/acled/sides.ts). An actor's camp: state forces of one country
 * (inter 1, or 8 when they are a state's), or one non-state armed group;
 * civilians, protesters, rioters and external non-state forces (Wagner) have
 * none. Two camps are opposed when one is a state's and the other not, or,
 * in a battle, when both are states' or both groups (outside a battle two
 * states' forces or two groups named together are allies: a coalition).
 */
export interface AcledSideRule {
  name: string;
  /**
   * An actor in `role` that stands in `relation` to actor1: 'generic' is an
   * unidentified group or civilians beside a named side ("fighters",
   * "people"), in `battle` only if set.
   */
  match: { role: Role; relation: 'opposed' | 'allied' | 'same' | 'generic'; battle?: boolean };
  then: 'side2' | 'drop';
  examples: { pos: { note: string; side1: string[]; side2: string[] }[]; neg: { note: string; side1: string[]; side2: string[] }[] };
}

export const ACLED_SIDES: AcledSideRule[] = [
  {
    // "police and TTP militants traded fire": coordinated subjects of a battle are its two sides
    name: 'acled-sides-opposed-attacker',
    match: { role: 'attacker', relation: 'opposed' },
    then: 'side2',
    examples: {
      pos: [
        { note: 'On 26 June 2024, TTP militants and police traded fire for several hours in Dera Ismail Khan (Khyber Pakhtunkhwa), leaving 2 militants dead.', side1: ['TTP: Tehreek-i-Taliban Pakistan'], side2: ['Police Forces of Pakistan'] },
        { note: 'On 24 September 2024, Al Shabaab militants attacked an army base near Beledweyne (Hiraan) with mortars and small arms. Government troops fought back and the clash lasted an hour.', side1: ['Al Shabaab'], side2: ['Military Forces of Somalia'] },
      ],
      // soldiers and police of one state are one side
      neg: [{ note: 'On 10 May 2024, soldiers and police opened fire on gunmen near Gao (Gao), killing 3 of them.', side1: ['Military Forces of Mali', 'Police Forces of Mali'], side2: ['Unidentified Armed Group (Mali)'] }],
    },
  },
  {
    // the attacker itself named again among the targets ("a police station" where police held a detainee)
    name: 'acled-sides-same-actor',
    match: { role: 'target', relation: 'same' },
    then: 'drop',
    examples: {
      pos: [{ note: 'On 12 September 2023, a detainee died in custody at a police station in Giza after being tortured, according to a rights group.', side1: ['Police Forces of Egypt'], side2: ['Civilians (Egypt)'] }],
      neg: [],
    },
  },
  {
    // "fighting between the Sudanese army and the RSF …, killing at least 12 fighters": the fighters are the RSF's, no third
    // group; "a shoot-out between the CJNG and the Sinaloa Cartel left 4 people dead": a battle's sides are armed, the people
    // caught in it no side of it (ACLED codes violence against them apart)
    name: 'acled-sides-generic-beside-named',
    match: { role: 'target', relation: 'generic', battle: true },
    then: 'drop',
    examples: {
      pos: [
        { note: 'On 11 June 2024, fighting with small arms and artillery between the Sudanese army and the RSF continued in El Fasher (North Darfur), killing at least 12 fighters.', side1: ['Rapid Support Forces'], side2: ['Military Forces of Sudan'] },
        { note: 'On 21 March 2024, a shoot-out between members of the CJNG and the Sinaloa Cartel in Fresnillo (Zacatecas) left 4 people dead.', side1: ['CJNG: Jalisco New Generation Cartel'], side2: ['Sinaloa Cartel'] },
      ],
      neg: [{ note: 'On 9 August 2023, Indian troops opened fire on a group of militants attempting to cross the Line of Control in Uri (Baramulla, Jammu and Kashmir), killing 2 militants.', side1: ['Military Forces of India'], side2: ['Unidentified Armed Group (India)'] }],
    },
  },
];

/**
 * ACLED's fatalities are the most conservative figure reported. A count that
 * gives no number, only a small vague amount ("Several soldiers were reported
 * killed"), is coded 0, as the dev notes code it; a number, a range or a large
 * vague amount ("dozens") gives its low figure.
 */
export const ACLED_FATALITIES: { name: string; match: RegExp; then: number; examples: { pos: string[]; neg: string[] } }[] = [
  {
    name: 'acled-fatalities-vague',
    match: new RegExp(String.raw`^(?![^]*\b(?:\d|${numberWords('one', 'twelve')}|dozens?|scores|hundreds|thousands)\b)(?:[a-z]+\s+){0,2}?(?:the\s+)?(?:several|a\s+few|a\s+handful(?:\s+of)?|some|many|a\s+number\s+of|an\s+unknown\s+number\s+of|unspecified|numerous)\b`, 'i'),
    then: 0,
    examples: {
      pos: ['Several soldiers were reported killed', 'a few villagers were killed', 'Several fighters on both sides were reportedly killed', 'killing several people'],
      neg: ['killing at least 12 fighters', 'several of the 5 dead', 'dozens of people were killed', 'killing 3 people and injuring several others'],
    },
  },
];

/** State forces named by their acronym, and their country (`{who}` of ACLED_FILL). */
export const ACLED_FORCE_ACRONYMS: Record<string, string> = {
  FARDC: 'CD', IDF: 'IL', SAF: 'SD', ENDF: 'ET', FAMa: 'ML', SNA: 'SO', UPDF: 'UG', TNI: 'ID', AFP: 'PH', ANA: 'AF', ISF: 'IQ', SAA: 'SY', ZSU: 'UA',
};

/**
 * ACLED's associated actors for civilians attacked: who they are ("Fishers
 * (Palestine)", "Christian Group (Nigeria)", "Government of Mexico" for an
 * official). Tried on each civilian target's name and text (`words`), with
 * `evidence` on the event's sentences; every rule that matches adds its name
 * after the civilians, on their side.
 */
export interface AcledAssocRule {
  name: string;
  match: { words: RegExp; kind?: ActorKind[]; evidence?: RegExp };
  then: { acled: string };
  examples: { pos: { note: string; acled: string }[]; neg: string[] };
}

// one rule, `acled-assoc`, over a table of who the civilians are
export const ACLED_ASSOC: AcledAssocRule[] = [
  {
    name: 'acled-assoc',
    match: { words: /\b(?:fishermen|fishers|fisherman)\b/i },
    then: { acled: 'Fishers ({country})' },
    examples: {
      pos: [{ note: 'On 3 April 2024, Israeli naval forces opened fire on Palestinian fishermen off the coast of Gaza City. No injuries were reported.', acled: 'Fishers (Palestine)' }],
      neg: ['On 9 September 2024, gunmen shot dead a trader in Cebu City (Central Visayas).'],
    },
  },
  {
    name: 'acled-assoc',
    match: { words: /\b(?:farmers?|peasants?)\b/i },
    then: { acled: 'Farmers ({country})' },
    examples: {
      pos: [{ note: 'On 12 March 2024, unidentified gunmen shot dead a farmer working on his farm in Kauru (Kauru, Kaduna). Police confirmed the killing.', acled: 'Farmers (Nigeria)' }],
      neg: ['On 3 April 2024, Israeli naval forces opened fire on Palestinian fishermen off the coast of Gaza City. No injuries were reported.'],
    },
  },
  {
    name: 'acled-assoc',
    match: { words: /\b(?:worshippers|christians?|churchgoers|parishioners|congregants|priests?|pastors?|nuns?)\b/i, evidence: /\b(?:church|chapel|cathedral|christians?|parish|mass)\b/i },
    then: { acled: 'Christian Group ({country})' },
    examples: {
      pos: [{ note: 'On 16 June 2024, gunmen opened fire on worshippers leaving a church in Kafanchan (Kaduna), killing 4 people and injuring several others.', acled: 'Christian Group (Nigeria)' }],
      neg: ['On 16 June 2024, gunmen opened fire on worshippers leaving a mosque in Kafanchan (Kaduna), killing 4 people.'],
    },
  },
  {
    name: 'acled-assoc',
    match: { words: /\b(?:students?|schoolchildren|schoolgirls|schoolboys|pupils)\b/i },
    then: { acled: 'Students ({country})' },
    examples: { pos: [{ note: 'On 5 May 2024, gunmen abducted 20 students from a school in Kuriga (Kaduna).', acled: 'Students (Nigeria)' }], neg: [] },
  },
  {
    name: 'acled-assoc',
    match: { words: /\b(?:journalists?|reporters?|photographers?|cameramen)\b/i },
    then: { acled: 'Journalists ({country})' },
    examples: { pos: [{ note: 'On 5 May 2024, gunmen shot dead a journalist in Culiacan (Sinaloa).', acled: 'Journalists (Mexico)' }], neg: [] },
  },
  {
    // an official attacked is a civilian (acled-civilians) of the government
    name: 'acled-assoc',
    match: { words: /./, kind: ['government'] },
    then: { acled: 'Government of {country}' },
    examples: {
      pos: [{ note: 'On 11 April 2024, gunmen shot dead a municipal councillor outside his home in Celaya (Guanajuato).', acled: 'Government of Mexico' }],
      neg: ['On 12 March 2024, unidentified gunmen shot dead a farmer working on his farm in Kauru (Kauru, Kaduna). Police confirmed the killing.'],
    },
  },
];
