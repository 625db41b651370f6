// Place rules: the words around a name that make it a place, a site, or an
// actor (a capital that speaks for its government). Data only.

/** Relations before a place name; the longest that ends right before the name wins. */
export const RELATION_BEFORE =
  /(?:^|[^\w])((?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)?\s+of|outside(?:\s+of)?|near|in|at|into|from|on|across|around|inside|to)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:(?:andean|coastal|border|mountain|jungle|northern|southern|eastern|western|remote|rural|small|frontier|port|oil|mining)\s+)?(?:town|city|village|province|department|district|region|state|municipality|capital|port|hamlet|settlement|area|neighbou?rhood|suburb|outskirts)?\s*(?:of\s+)?$/i;

/** Site nouns after a place name: "Balad airbase", "the Baghdad embassy". */
export const SITE_AFTER = /^\s+(air\s*base|airbase|base|military\s+base|embassy|consulate|airport|prison|jail|barracks|garrison|checkpoint|market|mosque|church|cathedral|hospital|university|camp|refinery|power\s+station|dam|bridge|stadium|hotel)\b/i;

/** Admin words after a name: "Huanuco Department", "Anbar province". */
export const ADMIN_AFTER = /^\s+(province|department|governorate|region|district|municipality|county|prefecture|oblast)\b/i;
/** "Kaduna state", "Zulia State": a name before "state" is the region of that name when the gazetteer has one (not the
 * town); unlike ADMIN_AFTER it makes no unknown name a region ("the Islamic State group"). */
export const STATE_AFTER = /^\s+state\b/i;

/** A capital or country used for its government: "Washington said", "Tehran denied". */
export const METONYM_AFTER =
  /^\s+(?:on\s+\w+\s+|has\s+|have\s+|had\s+|also\s+|later\s+|quickly\s+|routinely\s+)?(said|says|say|denied|denies|deny|accused|accuses|blamed|blames|extended|extends|wants|wanted|warned|warns|announced|announces|insisted|claimed|condemned|condemns|rejected|rejects|demanded|demands|responded|retaliated|vowed|urged|called|believes|argued|signalled|signaled|hopes|is|was|will|would|prepares|prepared|launched\s+a\s+strategic|and\s+[\w-]+\s+\w+\s+(?:have|has))\b/i;

/** Words before a capitalized name that make it a person or organisation, not a place. */
export const PERSON_BEFORE = /\b(mr|mrs|ms|dr|president|minister|general|gen|colonel|col|captain|lieutenant|lt|sergeant|father|bishop|senator|deputy|mayor|governor|judge|prosecutor)\.?\s+$/i;

/** Demonym + one of these nouns locates an event in that country ("an Iraqi airbase"). */
export const DEMONYM_PLACE_NOUN = /^\s+(air\s*base|airbase|base|military\s+base|city|town|village|province|capital|border|territory|soil|port|airport|camp|checkpoint|outpost|oil\s+field|town\s+of|side|waters|airspace)\b/i;

/** Names that are common words or people far more often than places; need a preposition before them. */
export const AMBIGUOUS = new Set([
  'police', 'mobile', 'reading', 'of', 'man', 'born', 'deal', 'date', 'bar', 'split', 'nice', 'hope', 'victoria', 'jordan',
  'georgia', 'paris', 'florence', 'sydney', 'chad', 'guinea', 'turkey', 'president', 'independence', 'union', 'progress',
  'concepcion', 'trinidad', 'san', 'santa', 'la', 'el', 'los', 'las', 'new', 'north', 'south', 'east', 'west', 'central',
  'university', 'liberty', 'justice', 'mercedes', 'dolores', 'rosario', 'esperanza', 'victoria', 'lincoln', 'washington',
  'northern', 'southern', 'eastern', 'western', 'capital', 'early', 'late', 'atlantic', 'pacific', 'upper', 'lower', 'interior', 'coastal', 'border', 'metropolitan',
  'march', 'may', 'june', 'july', 'august', 'january', 'april', 'sunday', 'monday', 'friday', 'city', 'army', 'text', 'report',
  'embassy', 'church', 'the', 'as', 'in', 'at', 'to', 'by', 'and', 'or', 'an', 'a', 'he', 'it', 'us', 'is', 'no', 'not', 'all',
  'rocket', 'bomb', 'mine', 'troops', 'government', 'minister', 'colonel', 'general', 'captain', 'national', 'republic',
]);

/** Suffixes stripped from admin1 names for display ("Saladin Governorate" → "Saladin"). */
export const ADMIN_SUFFIX = /\s+(governorate|department|province|region|state|district|municipality|prefecture|oblast)$/i;

/** Never an unknown place after "in": months, weekdays, and capitalized words of wire boilerplate. */
export const NOT_PLACE = /^(northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|rodriguez|central|capital|north|south|east|west|early|late|atlantic|pacific|upper|lower|greater|interior|coastal|border|national|federal|metropolitan|the\s+bottom|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|no|number|text|report|passage|excerpts?|spanish|english|the|this|that|a|an|his|her|their|its|our|one|two|three|addition|order|response|charge|power|office|government|congress|parliament|court|police|army|general|colonel|president|minister|san|santa|la|el|los|las|de|del|christ|god|mr|mrs|operation|favor|spite|view|line|accordance|question|case|front|turn|fact|time|part|support|light|particular|connection|reference|memory)$/i;

/** Prefixes of admin1 names also written without them ("Al Anbar" → "Anbar"). */
export const REGION_PREFIX = /^(al|as|ad|an|ar|at|el|departamento\s+de(?:l)?|provincia\s+de(?:l)?|estado\s+de)[\s-]+/i;

/** Display names of admin1 regions where the package's name differs from GeoNames/common use. Key `CC:package name`. */
export const ADMIN1_DISPLAY: Record<string, string> = {
  'IQ:Saladin Governorate': 'Salah ad Din',
  'IQ:Saladin': 'Salah ad Din',
  // Ukraine's oblasts as ACLED and the wires name them ("Dnipropetrovsk", not "Dnipropetrovska oblast")
  'UA:Cherkaska oblast': 'Cherkasy',
  'UA:Chernihivska oblast': 'Chernihiv',
  'UA:Chernivetska oblast': 'Chernivtsi',
  'UA:Dnipropetrovska oblast': 'Dnipropetrovsk',
  'UA:Donetska oblast': 'Donetsk',
  'UA:Ivano-Frankivska oblast': 'Ivano-Frankivsk',
  'UA:Kharkivska oblast': 'Kharkiv',
  'UA:Khersonska oblast': 'Kherson',
  'UA:Khmelnytska oblast': 'Khmelnytskyi',
  'UA:Kirovohradska oblast': 'Kirovograd',
  'UA:Luhanska oblast': 'Luhansk',
  'UA:Lvivska oblast': 'Lviv',
  'UA:Mykolaivska oblast': 'Mykolaiv',
  'UA:Odeska oblast': 'Odesa',
  'UA:Poltavska oblast': 'Poltava',
  'UA:Rivnenska oblast': 'Rivne',
  'UA:Sumska oblast': 'Sumy',
  'UA:Ternopilska oblast': 'Ternopil',
  'UA:Vinnytska oblast': 'Vinnytsia',
  'UA:Volynska oblast': 'Volyn',
  'UA:Zaporizka oblast': 'Zaporizhia',
  'UA:Zhytomyrska oblast': 'Zhytomyr',
  'UA:Zakarpatska Oblast': 'Zakarpattia',
};

/** A name ending in (or followed by) one of these is an organisation or a building, not a place. */
export const ORG_WORD = /^(party|front|army|union|ministry|command|battalion|brigade|church|university|company|bank|embassy|headquarters|offices?|building|council|court|government|movement|association|federation|institute|hospital|school|station|airlines?|group|forces?|police|guard|corporation|inc|agency|newspaper|radio|television|committee|commission|observatory|motel|hotel|club|plaza|stadium|factory|plant|service|department|investigations?)$/;

/** Words that end a capitalized run before a place name is matched against it ("Kabul Tuesday", "Balad Air Base", "Galera Quemada Canton"). */
export const RUN_STOP = /^(province|department|departments|district|governorate|region|state|municipality|county|prefecture|oblast|canton|jurisdiction|neighbou?rhood|sector|air|airbase|base|airport|prison|jail|barracks|checkpoint|market|embassy|consulate|highway|street|avenue|road|bridge|hill|river|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** A part-of-a-city word after a name ("the Abu Shouk area", "the El Poblado neighborhood,"), read by the two below. */
const CITY_PART = String.raw`^\s+(?:residential\s+)?(?:neighbou?rhood|sector|suburb|quarter|district|area)s?,?\s+`;
/** A part-of-a-city word and "of/in" after a name, as `place-neighbourhood-of-city` reads them ("the Abu Shouk area of El Fasher"). */
export const PART_OF_AFTER = new RegExp(String.raw`${CITY_PART}(?:in|of)\b`, 'i');
/** Words after a name that make it a local place (neighbourhood, canton) of the article's country: precision city. */
export const LOCALITY_AFTER = /^\s+(neighbou?rhood|canton|district|sector|quarter|suburb|locality|hamlet|village|jurisdiction)\b/i;

/** "the capital of X", "the north of X": a country or region after these is where, not who. */
export const OF_BEFORE = /\b(capital|city|town|village|province|region|part|parts|north|south|east|west|centre|center|border|outskirts|side)\s+of\s+(?:the\s+)?$/i;

/** "the Sangin district of Helmand": the region after the locality noun. */
export const DISTRICT_OF = /\b(district|province|region|department|governorate|municipality|town|village|city)\s+of\s+$/i;

/**
 * Datelines without an agency in brackets, which the dates extractor does not take:
 * "Lima, 20 Aug 88 --", "Belmopan (Belize), 24 Nov 88 (Bridgetown CANA) --", "SAN SALVADOR, 3 JAN 90 --",
 * "Clandestine, 19 Oct 88 (Radio Venceremos) --". Group 1 is the place.
 */
export const DATELINE_FALLBACK = /^[ \t]*([A-Z][A-Za-z\u00C0-\u017F'.-]*(?:[ ][A-Za-z\u00C0-\u017F'.-]+){0,3})(?:[ ]\([A-Za-z ]{2,30}\))?,[ ]+(?:\d{1,2}[ ]+[A-Za-z]{3,9}\.?[ ]+\d{2,4}|[A-Za-z]{3,9}\.?[ ]+\d{1,2},[ ]+\d{4})(?:[ ]+\([^)\n]{1,60}\))?[ ]*(?:--|-|\u2013|\u2014)/;

/** Dateline "places" that are not places. */
export const DATELINE_NOT_PLACE = /^(clandestine|unknown|text|report)$/i;

/** `place-street-skip`: a name before a street word names a street, not the town ("on Roosevelt Avenue in San Salvador"); a
 * list of names before the plural one too ("on the corner of Sarmiento and San Martin streets": listHead). */
export const STREET_AFTER = /^\s+(avenues?|streets?|boulevards?|blvd\.?|ave\.|st\.)(?=\W|$)/i;
/** `place-street-skip`, the street word itself: after a name ("a stabbing in Church Street") it ends the street's name,
 * it is no town (Street, Somerset). Read at the word's start (index.ts notAPlace). */
export const STREET_WORD = /^(?:street|road|avenue|lane|boulevard|gate)$/;
/** `place-street-skip`, a street word before the street's name ("in the Rue de la République", "on Calle Los Andes"): no town (Rue, Somme). */
export const STREET_WORD_FIRST = /^(?:rue|calle|avenida|rua|viale|corso|carrera)$/;
export const STREET_NAME_AFTER = /^\s+(?:(?:de|du|des|del|della|do|da|dos|das)\s|\p{Lu})/u;
/** Words before a street word that name no street ("in the street", "on a road"). */
export const NOT_STREET_NAME = /^(?:the|a|an|in|on|at|of|to|and|or|this|that|one|each|every)$/;

/**
 * The rest of a list of names before the plural word of their kind ("Escalon AND SAN BENITO NEIGHBORHOODS", "Guadalupe,
 * SUYAPA, AND LOS SANTOS NEIGHBORHOODS", "Sarmiento AND SAN MARTIN STREETS"): each name of it is one of that kind, so the
 * words after a name are read past the list (listHead). The names capitalized; not a word of a phrase that is no name ("Medellin AND OTHER
 * SECTORS", "San Salvador AND SURROUNDING NEIGHBORHOODS", "Ciudad Delgado AND SOME SECTORS").
 */
const NOT_NAME_WORDS = ['the', 'its', 'their', 'his', 'her', 'our', 'other', 'others', 'nearby', 'surrounding', 'neighboring', 'neighbouring', 'adjacent', 'outlying',
  'several', 'some', 'many', 'all', 'various', 'both', 'in', 'on', 'at', 'of', 'to', 'from', 'with', 'by', 'and', 'or', 'poor', 'residential', 'main', 'central',
  'northern', 'southern', 'eastern', 'western', 'neighborhoods', 'neighbourhoods', 'streets', 'avenues', 'boulevards', 'cantons', 'sectors', 'suburbs', 'quarters',
  'colonias', 'barrios'];
const NOT_NAME = NOT_NAME_WORDS.flatMap((w) => [w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]).join('|');
/** A word of a name, capitalized (all of an upper-case wire is). */
const NAME_WORD = String.raw`(?!(?:${NOT_NAME})\s)\p{Lu}[\p{L}'.-]*`;
/** One more name of the list: a comma or "and" before it, up to four words. */
/** The plural words of a list of names (LIST_KIND): of streets, or of a town's parts. */
export const LIST_KIND = {
  streets: /^\s+(?:streets|avenues|boulevards)(?![\p{L}-])/iu,
  parts: /^\s+(?:neighbou?rhoods|cantons|suburbs|colonias|barrios)(?![\p{L}-])/iu,
};
const LIST_ITEM = new RegExp(String.raw`^(?:\s*,\s*(?:and\s+|AND\s+)?|\s+(?:and|AND)\s+)(?:${NAME_WORD}\s+){0,3}${NAME_WORD}(?=\s|,)`, 'u');

/** The words after a name, a list of names of one plural kind after it skipped (LIST_ITEM, LIST_KIND). */
export function listHead(after: string, kind: RegExp = LIST_KIND.streets): string {
  let rest = after;
  for (let n = 0; n < 4; n++) {
    const m = LIST_ITEM.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
    if (kind.test(rest)) return rest;
  }
  return after;
}

/**
 * `place-river-skip`: a name before "river" names the river, not the department or town it shares a name with ("down
 * the Cauca River to the Tenche area" is in Bolivar, not in Cauca Department; "the Lempa River", "the Magdalena River").
 */
export const RIVER_AFTER = /^\s+rivers?(?![\p{L}-])/iu;
/** `place-river-skip`, its water before the name: "the Sea of Azov", "the Gulf of Aden", "the Strait of Hormuz" name no town Azov or Aden. */
export const WATER_OF_BEFORE = /\b(?:sea|gulf|bay|straits?)\s+of\s+(?:the\s+)?$/i;

/**
 * `place-structure-skip`: a name before a capitalized structure or landform noun is the proper name of that
 * structure ("on La Noria Bridge, in San Marcos Lempa", "near La Cruz Hill"), not a town. Applied only where the
 * name is no town of the article's country (unknown, or a small namesake abroad): a known town keeps its site
 * ("Mosul Dam", "Kabul Airport" go through SITE_AFTER).
 */
export const STRUCTURE_AFTER = /^\s+(?=\p{Lu})(?:bridge|hill|hills|mountain|volcano|highway|road|building|tower|motel|hotel|dam|farm|estate|ranch|plantation)(?![\p{L}-])/iu;

/**
 * `place-source-seat-skip`: the city of a newspaper, radio or agency is its seat, not where anything happened.
 * Before the name: "the newspaper EL PAIS, of Madrid, Spain" (the country after it is skipped too).
 */
export const SOURCE_SEAT_BEFORE = /\b(?:newspaper|daily|weekly|magazine|paper|radio|television|tv|agency|station|network|broadcaster)\s+(?:[^\s,.;:()]+\s+){0,4}[^\s,.;:()]+\s*,\s+of\s+$/i;

/** `place-source-seat-skip`, after the name: "the Madrid daily El Pais", "Lima radio reported" (not "a Lima radio station was bombed"). */
export const SOURCE_SEAT_AFTER =
  /^\s+(?:(?:[Dd]aily|DAILY|[Nn]ewspaper|NEWSPAPER|[Ww]eekly|WEEKLY|[Mm]agazine|MAGAZINE)\s+["“']?(?=[A-Z\u00C0-\u00DE])|(?:[Rr]adio|RADIO|[Tt]elevision|TELEVISION|TV)\s+(?:said|says|reported|reports|quoted|announced|broadcast|added|SAID|SAYS|REPORTED|REPORTS|QUOTED|ANNOUNCED|BROADCAST|ADDED)\b)/;

/**
 * `place-destination-skip`: where people or things were taken afterwards is not where it happened
 * ("kidnapped Honduran citizens ... who were taken to Nicaraguan territory", "the wounded were flown to Baghdad").
 */
export const DESTINATION_BEFORE =
  /\b(?:taken|flown|moved|transferred|transported|evacuated|airlifted|rushed|deported|driven|carried|brought|fled|escaped|heading|headed|on\s+(?:their|his|her|its|our|the)\s+way|(?:took|flew|moved|transferred|drove|carried|brought)\s+(?:them|him|her|it|the\s+(?:hostages|captives|victims|wounded|bodies)))\s+(?:back\s+|away\s+|later\s+|immediately\s+|by\s+(?:helicopter|plane|road|boat|ambulance)\s+)?(?:to|towards?)\s+(?:the\s+)?(?:(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:town|city|village|capital|province|department|region|area|port)\s+of\s+)?$/i;

/** `place-range-skip`: the ends of a stretch are not where it happened ("a vast region between Copiapo and Santiago"). */
export const RANGE_BEFORE = /\bbetween\s+(?:the\s+)?$|\bbetween\s+(?:the\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}\s+and\s+(?:the\s+)?$/iu;

/** `place-capital-of-region`: "in the capital of Caqueta" names the region's seat. */
export const CAPITAL_OF_BEFORE = /\s(?:departmental\s+|provincial\s+|regional\s+)?capital\s+of\s+(?:the\s+)?$/i;

/** `place-adjective-skip`: a capitalized word before "town of", "city of" is an adjective ("the central Andean town of Huancayo"). */
export const SETTLEMENT_OF_AFTER = /^\s+(town|city|village|province|department|region|district|port|hamlet|municipality|locality)\s+of\b/i;

/** `place-caps-common-word`: English words that GeoNames also has as towns; in upper-case wires (no capitals to tell) they are words. */
export const CAPS_COMMON_WORDS = /^(same|university|plan|home|many|arena|tass|este|oeste|alto|villa|colonia|quebrada|other|others|several|some|next|last|first|second|early|late|new|old|great|little|big|village|villages|garrison|change|force|forces|union|progress|hope|victory|liberty|freedom|independence|justice|unity|concord|harmony|mobile|reading|bath|split|nice|bar|cable|march|may|price|rich|sale|best|early|most|mission|cross|camp|fort|port|center|centre|plaza|square|station|junction|bridge|river|lake|hill|hills|valley|mountain|mountains|coast|border|frontier|zone|sector|area|region|capital|city|town|district|province|department|state|country|nation|republic|government|army|police|guard|headquarters|base|post|office|embassy|church|school|hospital|market|farm|ranch|mine|mines|factory|plant|airport|highway|road|street|avenue|park|garden|gardens|palace|castle|tower|towers|wall|gate|gates|national|central|general|colonel|captain|major|san|santa|santo|saint|st|el|la|los|las|de|del)$/;

/** A name right after "the town of", "the village of" is a settlement whatever the preposition before ("the entrance to the town of Mudiyah"). */
export const SETTLEMENT_NAMED_BEFORE = /\b(town|city|village|hamlet|locality|municipality|commune|township)\s+of\s+$/i;

/**
 * `place-alias`: spellings of today's wires for places the gazetteer knows by
 * another name (written → the gazetteer's). Built into the index, so the
 * written form finds the same entries.
 */
export const PLACE_ALIASES: Record<string, string> = {
  Zaporizhzhia: 'Zaporizhia',
  Zaporozhye: 'Zaporizhia',
  Kiev: 'Kyiv',
  Odesa: 'Odessa',
  'Gaza City': 'Gaza',
  'Khan Younis': 'Khan Yunis',
  Tulkarem: 'Tulkarm',
  Jenin: 'Janin',
  Raqqa: 'Ar Raqqah',
  Hodeidah: 'Al Hudaydah',
  Hudaydah: 'Al Hudaydah',
  Mayadeen: 'Al Mayadin',
  'Al-Mayadeen': 'Al Mayadin',
  Fallujah: 'Al Fallujah',
  // English names of places the gazetteer knows by their own ("Geneva" is else only a US town and the Swiss canton)
  Geneva: 'Genève',
  Cologne: 'Köln',
  Nuremberg: 'Nürnberg',
  Seville: 'Sevilla',
  'North Kivu': 'Nord Kivu',
  'South Kivu': 'Sud Kivu',
};

/** `place-speaker-skip`: a name followed by a verb of saying is who speaks ("Gonzalez said", "Kyiv says"), not a place. */
export const SPEAKER_AFTER = /^(?:\s*,)?\s+(?:said|says|told|added|stated|wrote|tweeted|announced|claimed|insisted|warned|pointed\s+out|noted|explained|stressed|emphasi[sz]ed|recalled|asserted)\b/;

/** A rule of place reading as data: what it matches, what it does, and where it was seen. */
export interface PlaceRule {
  name: string;
  match: RegExp;
  then: string;
  examples: string[];
}

/** The name of a region or country beside a place (group 1 of the rules below). */
const REGION_NAME = String.raw`([A-Z][\p{L}'’.-]*(?:\s+(?:de\s+|del\s+)?[A-Z][\p{L}'’.-]*){0,3})`;

/**
 * A region, province or country named beside a place: it decides which gazetteer entry the place is (Hays in
 * Yemen, not Kansas), and gives it its admin1 when the gazetteer has none or another. Tried in order on the text
 * after the name; group 1 is the region (or country), read from its longest words down.
 */
export const REGION_BESIDE: PlaceRule[] = [
  {
    name: 'place-qualified',
    match: new RegExp(String.raw`^,\s+(?:in\s+(?:the\s+)?)?` + REGION_NAME, 'u'),
    then: 'only entries of that country or region; the region is the admin1',
    examples: ['Paris, Texas', 'in Tecoluca, San Vicente Department', 'in the town of Ilobasco, in Cabanas department', 'Tripoli, Libya'],
  },
  {
    name: 'place-region-bracket',
    match: new RegExp(String.raw`^\s+\((?:[^(),\n]{1,40},\s+)?` + REGION_NAME + String.raw`\)`, 'u'),
    then: 'only entries of the bracketed region or country (the last of "district, region"); the region is the admin1',
    examples: ['Hays (Al Hudaydah)', 'near Terter (Tartar)', 'shelled Nikopol (Nikopolskyi, Dnipropetrovsk)'],
  },
  {
    name: 'place-region-after-locality',
    match: new RegExp(String.raw`^\s+(?:district|municipality|canton|county|sector|jurisdiction|corregimiento|village|town),\s+(?:in\s+(?:the\s+)?)?` + REGION_NAME, 'u'),
    then: 'the locality is in the region named after it: its admin1, its country',
    examples: ['in Maiwand district, Kandahar province', 'Andar district, Ghazni province', 'in Tierra Alta municipality, Cordoba department'],
  },
];

/** `place-neighbourhood-of-city`, of the dateline: an unlisted neighbourhood of the dateline's city is a site of that city (index.ts inDatelineCity). */
export const NEIGHBOURHOOD_OF_DATELINE: PlaceRule = {
  name: 'place-neighbourhood-of-city',
  match: /^\s+(?:neighbou?rhoods?|sectors?|quarters?|suburbs?|residential\s+areas?)\b(?!\s+of\b)/i,
  then: 'a site named as written, its settlement (place), admin1 and coordinates the dateline city\'s; not "district" (a district may be a county of its own); not before "of" (the city whose part is named after it)',
  examples: [
    'pos: SAN SALVADOR, 7 DEC 89 -- … OPENED FIRE ON TWO HELICOPTERS IN ESCALON NEIGHBORHOOD: Escalon, place San Salvador',
    'pos: SAN SALVADOR … IN THE ESCALON AND SAN BENITO NEIGHBORHOODS: Escalon and San Benito each a site of San Salvador (listHead)',
    'neg: BOGOTA … IN THE SAN JACINTO DISTRICT: a district is no neighbourhood',
    'neg: BOGOTA … in the Medellin neighborhood of Belencito: Medellin is the city the neighbourhood is of, no site of Bogota',
  ],
};

/**
 * `place-locality-in-article-country`: a name before a word of a town's own parts ("the San Miguelito neighborhood",
 * "Santo Domingo canton") is a locality of the article's country, however large a namesake abroad (the Panamanian
 * city, the Dominican capital) or a capital of a country the article never names (index.ts namesake step); and so is a
 * small namesake abroad, with no such word ("San Borja" in a Lima story is not the Bolivian town), the article's own
 * country named more often than the namesake's.
 */
export const LOCALITY_IN_ARTICLE_COUNTRY: PlaceRule = {
  name: 'place-locality-in-article-country',
  match: /^\s+(?:neighbou?rhoods?|cantons?|sectors?|suburbs?|quarters?|hamlets?|residential\s+(?:area|district|neighbou?rhood)s?|colonias?|barrios?|caserios?)(?![\p{L}-])/iu,
  then: 'a place as written of the article\'s country (precision city, no coordinates), not the namesake abroad; a country the article names as often as its own keeps its entry',
  examples: [
    'pos: SAN SALVADOR … MEMBERS OF THE SANTO DOMINGO CANTON CIVIL DEFENSE WERE ABDUCTED: Santo Domingo, SV (not the Dominican capital)',
    'pos: SAN SALVADOR … AT AN INTERSECTION IN SAN MIGUELITO NEIGHBORHOOD, NORTH OF THE CAPITAL: San Miguelito, SV (not Panama)',
    'neg: SAN JOSE (COSTA RICA) … IN THE SAN PEDRO NEIGHBORHOOD: the entry of the article\'s own country stands',
    'neg: … IN SAN JOSE, COSTA RICA: no locality word after it',
  ],
};

/**
 * `place-story-country-of-places`: an article that names no country and has no dateline country is about the country
 * its places point to: each name found counts for every country it has an entry in, split among them (Jiquilisco is
 * only Salvadoran and counts 1; Santa Ana, in twenty countries, a twentieth for each), and a country ahead of every
 * other by `lead` (one name of its own at least) becomes the country of the second reading (index.ts allMentions).
 */
export const STORY_COUNTRY_OF_PLACES: PlaceRule & { lead: number } = {
  name: 'place-story-country-of-places',
  match: /a country whose share of the names found leads every other's by `lead`/,
  then: 'the article\'s country hint (as a dateline country is): its entries of ambiguous names, its unlisted places',
  examples: [
    'pos: CLANDESTINE, 13 NOV 89 (RADIO VENCEREMOS) -- … BETWEEN TIERRA BLANCA AND JIQUILISCO … ZACATECOLUCA, LA PAZ DEPARTMENT … FIGHTING IN SANTA ANA: Santa Ana, SV (not California)',
    'neg: CLANDESTINE … IN SAN RAMON AND SAN BENITO: no name of one country alone, no story country',
  ],
  lead: 1,
};

/** `place-dateline-capital`: a dateline city is the national capital of that name over a small namesake of a country the story names (index.ts datelineCapital). */
export const DATELINE_CAPITAL: PlaceRule = {
  name: 'place-dateline-capital',
  match: /a dateline place whose reading by the story's countries is a town under NAMESAKE_POPULATION, or none, and that names a national capital/,
  then: 'the capital (its country the dateline\'s); a country in brackets after the dateline decides instead',
  examples: [
    'pos: SAN JOSE, 17 OCT 89 (DPA) -- … THE SALVADORAN GOVERNMENT …: San José, Costa Rica (not San José, La Unión, El Salvador)',
    'neg: SAN MIGUEL, 3 MAR 89 -- …: no capital of that name, San Miguel of the story\'s country',
    'neg: TRIPOLI, … Lebanon …: Tripoli of Lebanon is no small namesake, the story\'s country stands',
  ],
};

/**
 * `place-surname-skip`: a one-word name that the text also writes after a given name is that person's surname, not
 * a town ("EPIGMENIO IBARRA … IN IBARRA'S VEHICLE" is no Mexican Ibarra; "GILDA FLORES … OQUELI AND FLORES" no Flores,
 * Petén): index.ts surnamesOf and the surname step. A region, admin, locality or site word beside it keeps the place.
 */
export const SURNAME_NOT_PLACE: PlaceRule = {
  name: 'place-surname-skip',
  match: /a one-word name that follows a given name elsewhere in the text (not after San\/Santa: "San Miguel")/,
  then: 'no place',
  examples: [
    "pos: THE VEHICLE OF MEXICAN TELEVISION NEWSMAN EPIGMENIO IBARRA WAS DESTROYED … THE BOMB IN IBARRA'S VEHICLE: no Ibarra (MX)",
    'pos: GILDA FLORES … THE KILLERS OF OQUELI AND FLORES: no Flores (GT)',
    'neg: JOSE FLORES WAS KILLED IN FLORES, PETEN: the region beside it keeps the town',
    'neg: … IN SAN MIGUEL … SAN MIGUEL DEPARTMENT: "Miguel" after San is no given name',
  ],
};

/** `place-neighbourhood-of-city`: a neighbourhood the text places in a city it names is a site of that city (index.ts inNamedCity). */
export const NEIGHBOURHOOD_OF_CITY: PlaceRule = {
  name: 'place-neighbourhood-of-city',
  match: new RegExp(String.raw`${CITY_PART}(?:(?:which|that)\s+is\s+(?:located\s+|situated\s+)?)?(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:(?:part|section|sector|area|end|zone)\s+of\s+(?:the\s+)?)?$`, 'i'),
  then: 'a site named as written, its settlement (place), admin1, country and coordinates the city\'s (a namesake abroad or an unlisted name alike)',
  examples: [
    'pos: … FROM HIS HOME IN THE EL POBLADO NEIGHBORHOOD IN SOUTHERN MEDELLIN: El Poblado, place Medellín',
    'pos: … IN THE CONACASTE NEIGHBORHOOD OF SOYAPANGO: Conacaste, place Soyapango',
    'pos: … IN THE SAN JOSE NEIGHBORHOOD IN THE WESTERN SECTION OF SAN SALVADOR: San Jose, place San Salvador',
    'pos: … LOCATED IN CAMPESTRE NEIGHBORHOOD, WHICH IS LOCATED IN NORTHWESTERN SAN SALVADOR: Campestre, place San Salvador',
    'neg: … IN THE ZACAMIL NEIGHBORHOOD, NORTH OF THE CITY: no city named after it (the dateline record of the rule may apply)',
    'neg: … IN SOYAPANGO AND MEJICANOS: no locality word between',
    'pos: … shells struck a crowded market in the Abu Shouk area of El Fasher: Abu Shouk, place El Fasher',
  ],
};

/**
 * `place-neighbourhood-of-city`, of an unlisted name: a name the gazetteer does not list, placed in or on the outskirts of a settlement it lists
 * ("PRADOS DE VENECIA IN SOYAPANGO", "Guayabal, on the outskirts of Medellin") is a site of that settlement
 * (index.ts inNamedCity; a listed town keeps its own entry).
 */
export const UNLISTED_IN_CITY: PlaceRule = {
  name: 'place-neighbourhood-of-city',
  match: /^(?:\s+(?:shelter|refuge|camp|parish|church|school|farm|estate|hacienda|ranch|plantation|airport|barracks|garrison|prison|hospital|university|stadium|hotel|club|market))?(?:,\s+|\s+)(?:(?:which|that)\s+is\s+)?(?:(?:located|situated)\s+)?(?:in|(?:on\s+)?the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(?:(?:part|section|sector|area|end|zone)\s+of\s+(?:the\s+)?)?$/i,
  then: 'a site named as written, its settlement (place), admin1, country and coordinates the named settlement\'s',
  examples: [
    'pos: … THE AREA ACROSS FROM THE INCA FACTORY AND PRADOS DE VENECIA IN SOYAPANGO: Prados de Venecia, place Soyapango',
    'pos: … LOCATED IN GUAYABAL, ON THE OUTSKIRTS OF MEDELLIN: Guayabal, place Medellín (when Guayabal is unlisted)',
    'pos: … SOME 50 REFUGEES IN THE SAN ROQUE SHELTER, LOCATED IN SOUTHERN SAN SALVADOR: San Roque, place San Salvador (a place-site alike: TO LA AURORA AIRPORT IN GUATEMALA CITY)',
    'neg: … IN SOYAPANGO IN SAN SALVADOR DEPARTMENT: Soyapango is listed, it stays a town',
    'neg: … IN ZACAMIL AND MEJICANOS: no "in" between',
  ],
};

/**
 * `demonym-of-region-skip`: a demonym that names no country: after a word of a world region it names the region
 * ("Latin American"); right after "in" and before a bracket, a stop, "to", "at", "on" or a figure it names the language
 * something is said or broadcast in ("[REPORTER, IN ENGLISH]", "RADIO VENCEREMOS IN SPANISH TO EL SALVADOR AT 0000 GMT")
 * (index.ts pass 1, refine/location.ts). `match` is read before the demonym; `language` before and after it.
 */
export const DEMONYM_OF_REGION: PlaceRule & { language: { before: RegExp; after: RegExp } } = {
  name: 'demonym-of-region-skip',
  match: /\b(?:latin|central|south|north|ibero|meso|pan)[\s-]+$/i,
  language: { before: /\bin\s+$/i, after: /^\s*(?:[\])},.;:!?"]|(?:to|at|on)\b|\d|$)/i },
  then: 'the demonym is no mention of its country: no hint for resolving names, no weight for the article\'s country',
  examples: [
    'pos: THE LATIN AMERICAN BISHOPS CONDEMNED THE MURDER: "AMERICAN" is not the United States',
    'pos: THE JESUITS OF THE CENTRAL AMERICAN UNIVERSITY: not the United States',
    'pos: SAN SALVADOR, NO DATE (DOMESTIC SERVICE) -- … [REPORTER, IN ENGLISH] I THINK THAT …: "ENGLISH" is no mention of the United Kingdom',
    'pos: [TEXT] RADIO VENCEREMOS IN SPANISH TO EL SALVADOR AT 0000 GMT: no mention of Spain',
    'neg: THE AMERICAN EMBASSY WAS ATTACKED: the United States',
    'neg: THE BODIES WERE FOUND IN SALVADORAN TERRITORY: El Salvador (a noun after it)',
    'neg: A DELEGATION OF SPANISH LEGAL EXPERTS VISITED THE COUNTRY: Spain (no "in" before)',
  ],
};

/** `place-region-admin1`: the place is in the region's country but the gazetteer puts it in another admin1 (or none): the text's region is its admin1. */
export const REGION_ADMIN1: Omit<PlaceRule, 'match'> = {
  name: 'place-region-admin1',
  then: 'the entry of the region\'s country, with the region named as its admin1',
  examples: ['in Tecoluca, San Vicente Department (GeoNames: Cuscatlán)', 'in Maiwand district, Kandahar province'],
};

/** `place-region-unknown`: no entry of the region's country has the name: a place of that country and region all the same (not a namesake abroad). */
export const REGION_UNKNOWN: Omit<PlaceRule, 'match'> = {
  name: 'place-region-unknown',
  then: 'an unlisted place of the region\'s country, admin1 the region',
  examples: ['in Santa Maria del Valle, Huanuco Department (not the Mexican town)', 'in Corral de Piedras, Chalatenango Department', 'Andar district, Ghazni province'],
};

/**
 * Unknown names (no gazetteer entry) that are not places: tried on the text before and after the name, in order.
 * A name the gazetteer knows is not affected.
 */
export const UNKNOWN_NOT_PLACE: { name: string; before: RegExp | null; after: RegExp | null; /** one word names only */ single?: boolean; /** not for a small namesake abroad the gazetteer lists */ unknownOnly?: boolean; then: string; examples: string[] }[] = [
  {
    name: 'place-expansion-skip',
    before: null,
    after: /^\s+\[/,
    then: 'an acronym a bracket spells out is an organisation, not a place',
    examples: ['a bomb in a car parked outside the FENSATRAS [Salvadoran Workers National Union Federation] building', 'the ATB [expansion unknown] national system'],
  },
  {
    name: 'place-modifier-skip',
    // (unknown names only: a listed namesake abroad before a facility word is still a place, "THE SAN ROQUE SHELTER" in San
    // Salvador; widening it to those, r2-targets-places, lost that site)
    unknownOnly: true,
    before: /\bthe\s+$/i,
    after: /^\s+(?!(?:neighbou?rhoods?|sectors?|districts?|cantons?|departments?|provinces?|municipalit(?:y|ies)|jurisdiction|hamlets?|villages?|towns?|regions?|areas?|zones?|settlements?|suburbs?|quarters?|estates?|farms?|barrio|colonia|corregimiento|valley|river|highway|road|airport|air\s*base|airbase)\b)[a-z]+/,
    then: 'after "the", a name followed by a common noun other than a locality word modifies that noun ("the Marvin soda shop", "the UCA campus", "the Caribbean port city of Covenas")',
    examples: ['a bomb was thrown at the Marvin soda shop', 'four bombs went off inside the UCA campus', 'in the Caribbean port city of Covenas', 'at the San Carlos garrison'],
  },
  {
    name: 'place-the-word-skip',
    single: true,
    before: /\bthe\s+$/i,
    after: /^\s*(?:[,.;:)]|$)/,
    then: 'after "the", a lone unknown name with nothing after it is a word (a misspelling, a proper noun), not a town',
    examples: ['two policemen were killed in the Controntation, which took place in the exclusive Escalon neighborhood'],
  },
  {
    name: 'place-world-region-skip',
    before: null,
    after: null,
    then: 'a region of the world is no place of the article\'s country',
    examples: ['U.S. plans in Latin America', 'in Central America'],
  },
];

/** `place-world-region-skip`: regions of the world. */
export const WORLD_REGION = /^(?:latin\s+america|central\s+america|south\s+america|north\s+america|the\s+americas|caribbean|middle\s+east|near\s+east|far\s+east|southeast\s+asia|east\s+africa|west\s+africa|horn\s+of\s+africa|sahel|europe|asia|africa)$/i;

/** A named site the gazetteer (settlements and regions only) does not list: where it is. */
export interface KnownSite {
  /** The site's names as written, any case. */
  names: RegExp;
  /** Its acronym, matched as a whole word in capitals, or capitalized as a truecased wire writes it ("Uca"). */
  acronym?: string;
  /** The name of an acronym's mention; a spelled-out name stays as written ("El Salvador University"). */
  name: string;
  place: string;
  admin1: string | null;
  cc: string;
  lat: number;
  lon: number;
}

/**
 * `place-known-site`: landmarks that wires name without their city ("the six Jesuits riddled with bullets at the
 * Central American University"): a site whose settlement (place), admin1 and country are the table's, so that the
 * incident is placed at the site and in its city. A place name inside a site's name ("El Salvador" of "the
 * University of El Salvador") is part of the site.
 */
export const KNOWN_SITE_RULE: PlaceRule & { sites: KnownSite[] } = {
  name: 'place-known-site',
  match: /a name of KNOWN_SITE_RULE.sites/,
  then: 'a site named as written (an acronym by its full name), its place, admin1, country and coordinates the table\'s',
  examples: [
    'pos: THE SIX JESUITS RIDDLED WITH BULLETS AT THE CENTRAL AMERICAN UNIVERSITY: Central American University, San Salvador, SV',
    'pos: SOLDIERS SEARCHED THE UCA CAMPUS: Central American University, San Salvador',
    'pos: A BOMB AT THE UNIVERSITY OF EL SALVADOR: University of El Salvador, San Salvador (not the country El Salvador)',
    'neg: the uca river (an acronym in lower case is a word)',
  ],
  sites: [
    { names: /\b(?:(?:jose\s+simeon\s+canas\s+)?central\s+american\s+university)\b/i, acronym: 'UCA', name: 'Central American University', place: 'San Salvador', admin1: 'San Salvador', cc: 'SV', lat: 13.6815, lon: -89.2353 },
    { names: /\b(?:(?:national\s+)?university\s+of\s+el\s+salvador|el\s+salvador\s+university)\b/i, name: 'University of El Salvador', place: 'San Salvador', admin1: 'San Salvador', cc: 'SV', lat: 13.7186, lon: -89.2030 },
    { names: /\bjose\s+maria\s+cordoba\s+(?:international\s+)?airport\b/i, name: 'Jose Maria Cordoba Airport', place: 'Rionegro', admin1: 'Antioquia', cc: 'CO', lat: 6.1645, lon: -75.4231 },
    { names: /\bel\s+dorado\s+(?:international\s+)?airport\b/i, name: 'El Dorado International Airport', place: 'Bogotá', admin1: null, cc: 'CO', lat: 4.7016, lon: -74.1469 },
  ],
};
