import { BOMB_COMPOUND_HEADS } from '../events/sense-rules.js';
import type { TermTest, WordSeqs } from '../../lang/match.js';
// Weapon words → normalized names of taxonomy.md. Longest form wins.
import type { LayerRule } from '../../lang/match.js';

export interface WeaponRule {
  name: string; // rule name for --explain
  weapon: string; // normalized weapon name
  forms: string[]; // lower-case surface forms
}

// One rule name for a family of weapons (the weapon is the value): `w-explosive` bombs, explosives, mines and grenades,
// `w-projectile` rockets, missiles, mortars and artillery, `w-aircraft` drones and aircraft, `w-firearm` rifles and guns.
export const WEAPONS: WeaponRule[] = [
  { name: 'w-explosive', weapon: 'car bomb', forms: ['car bomb', 'car bombs', 'car-bomb', 'car-bombs', 'truck bomb', 'truck bombs', 'vehicle bomb', 'booby-trapped car', 'booby-trapped vehicle', 'vbied', 'vbieds'] },
  { name: 'w-explosive', weapon: 'roadside bomb', forms: ['roadside bomb', 'roadside bombs'] },
  // (a suicide vest or belt is a person-borne IED)
  { name: 'w-explosive', weapon: 'IED', forms: ['ied', 'ieds', 'improvised explosive device', 'improvised explosive devices', 'suicide vest', 'suicide vests', 'suicide belt', 'explosive belt', 'explosive vest'] },
  { name: 'w-explosive', weapon: 'bomb', forms: ['bomb', 'bombs', 'explosive device', 'explosive devices', 'petard', 'petards', 'pipe bomb', 'pipe bombs', 'plastic bomb', 'plastic bombs', 'homemade bomb', 'home-made bomb', 'powerful bomb', 'powerful bombs', 'dynamite bomb', 'dynamite bombs', 'molotov cocktail', 'molotov cocktails', 'ammonium nitrate bomb', 'ammonium nitrate bombs', 'fertilizer bomb', 'fertilizer bombs', 'fertiliser bomb', 'fertiliser bombs'] },
  { name: 'w-explosive', weapon: 'explosive', forms: ['explosives', 'dynamite', 'tnt', 'an-fo', 'anfo', 'an/fo', 'ammonium nitrate', 'ammonium-nitrate', 'ammonium nitrate-fuel oil', 'ammonium nitrate fuel oil', 'gunpowder', 'plastic explosive', 'plastic explosives', 'c-4', 'semtex',
    // MUC wires name the charge: "FOUR EXPLOSIVE CHARGES", "A DYNAMITE CHARGE", "SEVERAL DYNAMITE STICKS"
    'explosive charge', 'explosive charges', 'dynamite charge', 'dynamite charges', 'dynamite stick', 'dynamite sticks', 'sticks of dynamite',
    // "A POWERFUL EXPLOSIVE WAS DETONATED" (not "booby trap": with it press-heldout weapons fell, muc4-dev gained none)
    'powerful explosive'] },
  { name: 'w-explosive', weapon: 'landmine', forms: ['landmine', 'landmines', 'land mine', 'land mines', 'mine', 'mines'] },
  { name: 'w-explosive', weapon: 'grenade', forms: ['grenade', 'grenades', 'hand grenade', 'hand grenades', 'fragmentation grenade', 'fragmentation grenades', 'rpg', 'rpgs', 'rocket-propelled grenade', 'rocket-propelled grenades', 'grenade launcher', 'grenade launchers'] },
  { name: 'w-projectile', weapon: 'rocket', forms: ['rocket', 'rockets', 'katyusha', 'katyushas', 'katyusha rocket', 'katyusha rockets'] },
  { name: 'w-projectile', weapon: 'missile', forms: ['missile', 'missiles', 'ballistic missile', 'ballistic missiles', 'cruise missile', 'cruise missiles'] },
  { name: 'w-projectile', weapon: 'mortar', forms: ['mortar', 'mortars', 'mortar round', 'mortar rounds', 'mortar shell', 'mortar shells', 'mortar bomb', 'mortar bombs'] },
  { name: 'w-projectile', weapon: 'artillery', forms: ['artillery', 'artillery shells', 'shells', 'howitzer', 'howitzers', 'cannon fire'] },
  { name: 'w-aircraft', weapon: 'drone', forms: ['drone', 'drones', 'armed drone', 'armed drones', 'kamikaze drone', 'kamikaze drones'] },
  // not 'bomber' alone: in wires it is mostly a person ("a suicide bomber blew himself up")
  { name: 'w-aircraft', weapon: 'aircraft', forms: ['warplane', 'warplanes', 'fighter jet', 'fighter jets', 'jets', 'aircraft', 'helicopter gunship', 'helicopter gunships', 'gunship', 'gunships', 'bomber aircraft', 'bomber jets', 'strategic bombers', 'a-37', 'a-37s'] },
  { name: 'w-firearm', weapon: 'rifle', forms: ['rifle', 'rifles', 'assault rifle', 'assault rifles', 'ak-47', 'ak-47s', 'kalashnikov', 'kalashnikovs', 'm-16', 'm-16s', 'machine gun', 'machine guns', 'machinegun', 'machineguns', 'submachine gun', 'submachine guns',
    'machine-gun', 'machine-guns', 'submachinegun', 'submachineguns', 'submachine-gun', 'submachine-guns', 'automatic rifle', 'automatic rifles'] },
  { name: 'w-firearm', weapon: 'gun', forms: ['gun', 'guns', 'pistol', 'pistols', 'handgun', 'handguns', 'revolver', 'revolvers', 'firearm', 'firearms', 'shotgun', 'shotguns',
    // "TWO AUTOMATIC WEAPONS", "HEAVY-CALIBER WEAPONS" (not "bullets": a body "riddled with bullets" is coded with no weapon)
    'automatic weapon', 'automatic weapons', 'heavy-caliber weapons', 'heavy caliber weapons', 'high-caliber weapons'] },
  { name: 'w-knife', weapon: 'knife', forms: ['knife', 'knives', 'machete', 'machetes', 'axe', 'axes', 'dagger'] },
];

/**
 * Weapon words with non-weapon senses, by the words right before or after them: records of {name, forms, match, then,
 * examples} whose word reads (`wordBefore`, `wordAfter`, lang/match.ts) are read on the text right around the word, as a
 * cue, then on the language layer where the finder is given one (weaponLook); either read given may hold. test/sense-rules.test.ts checks the examples.
 */
export interface WeaponSenseRule {
  name: string;
  forms: string[];
  /** `head`: the word as the layer tags it, which must hold too where the sentence has a layer */
  match: { wordBefore?: WordSeqs; wordAfter?: WordSeqs; head?: TermTest };
  then: 'reject';
  examples: { pos: string[]; neg: string[] };
}

// (both records are `not-weapon-of-another-sense`: a weapon word of another sense, a pit or a pronoun, a compound's bomb)
export const WEAPON_SENSE_RULES: WeaponSenseRule[] = [
  {
    // a pronoun or a pit: "a friend of mine", "the coal mine"; "mine workers", "the mine's shaft"
    name: 'not-weapon-of-another-sense',
    forms: ['mine', 'mines'],
    match: {
      wordBefore: ['of', 'is', 'was', 'coal', 'gold', 'copper', 'diamond', 'silver', 'salt', 'open-pit', 'iron', 'tin', 'the *'],
      wordAfter: ['workers', 'company', 'owner', 'owners', 'shaft', 'collapse', 'of', 'in the', 'ministry'],
    },
    then: 'reject',
    examples: { pos: ['He is a friend of mine.', 'Rescuers reached the coal mine on Monday.', 'Mine workers went on strike.'], neg: ['A mine exploded under the truck.', 'Rebels laid mines on the road.'] },
  },
  {
    // the bomb or explosives of a compound that names none used: "a bomb threat", "the bomb squad", "police explosives
    // experts" (its nouns: events/sense-rules.ts)
    name: 'not-weapon-of-another-sense',
    forms: ['bomb', 'bombs', 'explosives', 'dynamite'],
    match: { wordAfter: BOMB_COMPOUND_HEADS },
    then: 'reject',
    examples: { pos: ['A bomb threat forced the evacuation of the school.', 'The bomb squad defused the device.', 'Police explosives experts urged onlookers to evacuate the area.'], neg: ['A bomb exploded near the market.', 'The explosives were hidden in a truck.'] },
  },
  {
    // "bomb" the verb names no device ("USED AIRPLANES AND HELICOPTERS TO BOMB SEVERAL COMMUNITIES", "THE GOVERNMENT THAT
    // BOMBS THE PEOPLE"): after a word that opens a verb and tagged a verb (the tagger also reads "SAID BOMBS DESTROYED" so)
    name: 'not-weapon-of-another-sense',
    forms: ['bomb', 'bombs'],
    match: { wordBefore: ['to', 'will', 'would', 'could', 'can', 'not', 'did', 'we', 'they', 'you', 'and', 'that'], head: { tags: ['Verb'] } },
    then: 'reject',
    examples: {
      pos: ['THE SANDINIST AIR FORCE USED AIRPLANES AND HELICOPTERS TO BOMB SEVERAL COMMUNITIES IN ZELAYA.', 'THE REBELS THREATENED TO BOMB ITS OFFICES.'],
      neg: ['HE SAID BOMBS DESTROYED THE BRIDGE.', 'A BOMB EXPLODED NEAR THE MARKET.'],
    },
  },
];

/** Weapons that are traded, kept, seized or found are not the instrument of an attack (and, CARRIED_BEFORE, carried). */
export const NOT_USED_BEFORE = {
  name: 'not-weapon-in-use',
  before: /\b(maintain\w*|repair\w*|sell\w*|sold|buy\w*|bought|suppl\w*|manufactur\w*|deliver\w*|export\w*|import\w*|purchas\w*|order(s|ed|ing)?|procur\w*|seiz\w*|confiscat\w*|found|discovered|recovered|cache|caches|arsenal|stockpile|smuggl\w*|possession\s+of|licen[cs]e\w*)\b[^.;]{0,40}$/,
};

/**
 * `not-weapon-in-use`, its record of the terrorism scope: what attackers were "armed with" is what they carried, not the instrument of
 * the attack as MUC-4 keys code it ("20 TERRORISTS BARGED INTO THE PLANT ARMED WITH SUBMACHINEGUNS AND MOLOTOV COCKTAILS AND
 * OVERPOWERED SOME 20 WORKERS"); modern codings keep them ("gunmen armed with AK-47s opened fire").
 */
export const CARRIED_BEFORE = {
  name: 'not-weapon-in-use',
  scopes: ['terrorism'] as string[],
  before: /\barmed\s+with\b[^.;:]{0,40}$/,
  examples: {
    pos: ['APPROXIMATELY 20 TERRORISTS BARGED INTO THE PLANT ARMED WITH SUBMACHINEGUNS AND MOLOTOV COCKTAILS', 'THE SOLDIERS, ARMED WITH RIFLES AND ARTILLERY WEAPONS, STARTED TO ATTACK'],
    neg: ['GUERRILLAS ARMED THEMSELVES AND FIRED RIFLES AT THE POST', 'THE TERRORISTS HURLED DYNAMITE AT THE ARMED FORCES HEADQUARTERS'],
  },
};

/** A weapon word rule read on the language layer, asked only where its `cue` holds on the lower-case sentence. */
export interface WeaponLayerRule extends LayerRule<'reject'> {
  cue: RegExp;
}

/** Verbs of taking or coming upon arms: what a clause says was seized or found is a cache, not the instrument of an attack. */
const SEIZE_LEMMAS = ['seize', 'confiscate', 'find', 'discover', 'recover', 'capture'];

/**
 * Weapon words whose clause says they were not used (findWeapons; a reject in `trace`). `not-weapon-seized`: the subject of a
 * passive verb of seizing or finding, also a list cut at ", and" that is the subject of the clause after it ("AN M-16
 * RIFLE, FIVE GRENADES, AND MATERIAL FOR THE PRODUCTION OF EXPLOSIVES WERE FOUND IN THE SAME PLACE"); `NOT_USED_BEFORE`
 * reads the active "police seized …". Not a bomb or a charge (a bomb found was planted: MUC-4 keys code the attempt's
 * weapon), nor a knife or bullets (a body found with knife wounds tells the weapon of its killing).
 */
export const WEAPON_LAYER_RULES: WeaponLayerRule[] = [
  {
    name: 'not-weapon-seized',
    cue: /\b(?:seiz|confiscat|found|discover|recover|captur)/,
    match: {
      head: { notWords: ['bomb', 'bombs', 'device', 'devices', 'charge', 'charges', 'knife', 'knives', 'machete', 'machetes', 'bullet', 'bullets'] },
      verb: { lemma: SEIZE_LEMMAS, voice: 'passive', inherit: 'next' },
    },
    then: 'reject',
    examples: {
      pos: ['AN M-16 RIFLE, FIVE GRENADES, AND MATERIAL FOR THE PRODUCTION OF EXPLOSIVES WERE FOUND IN THE SAME PLACE.', 'THE NATIONAL POLICE ADDED THAT FIREARMS, EXPLOSIVES, AND PROPAGANDA MATERIAL WERE SEIZED.', 'IN ALL, 30 RIFLES WERE SEIZED.'],
      neg: ['A BOMB WAS FOUND IN THE PLANE AND DEFUSED.', 'GUERRILLAS FIRED RIFLES AT THE POST AFTER TROOPS SEIZED THE TOWN.', 'THE GUERRILLAS HURLED GRENADES AT THE POLICE STATION.'],
    },
  },
];

/**
 * `weapon-subsumed`: one device named twice, generically and specifically ("a car bomb … the bomb", "a bomb … the
 * explosives"), is one weapon: the generic name goes when a more specific one of the same device is in the event.
 */
export const WEAPON_SUBSUMED: { name: string; match: string; then: { dropWhen: string[] }; examples: { yes: string; no: string }[] }[] = [
  {
    name: 'weapon-subsumed-bomb',
    match: 'bomb',
    then: { dropWhen: ['car bomb', 'roadside bomb', 'IED', 'suicide vest'] },
    examples: [{ yes: 'A CAR BOMB EXPLODED … THE BOMB HAD BEEN LEFT UNDER THE BRIDGE', no: 'A BOMB EXPLODED AND GUNMEN FIRED RIFLES' }],
  },
];

/**
 * `weapon-sole-incident`, its firearms (record.ts `soleIncidentWeapons`): a story of one shooting whose sentences name no weapon
 * names its firearm elsewhere only where it is fired or used ("DIED IN HOSPITAL AFTER BEING SPRAYED WITH SUBMACHINEGUN FIRE",
 * "THE MACHINEGUN USED BY THE PAID ASSASSIN"), not where it is carried, traded or named by the way ("MACHINEGUN TRAFFIC",
 * "CARTRIDGES OF BULLETS FOR AK-47S", "DID NOT USE FIREARMS").
 */
export const SOLE_FIREARM_FIRED: { weapons: string[]; match: { wordBefore: WordSeqs; wordAfter: WordSeqs } } = {
  weapons: ['rifle', 'gun'],
  match: { wordBefore: ['with', 'with a', 'with an', 'with his', 'with their'], wordAfter: ['fire', 'burst', 'bursts', 'shots', 'used', 'was used', 'were used'] },
};
