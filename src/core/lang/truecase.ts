// Truecasing ALL-CAPS wires: a same-length copy written as a mixed-case
// wire would be, so that every extractor reads "THE FMLN LAST NIGHT BLEW UP
// THE OFFICES OF MAYOR HECTOR OQUELI" as "The FMLN last night blew up the
// offices of mayor Hector Oqueli": person and title rules, places and
// compromise's tags work as on mixed case. Offsets are unchanged.
import { createRequire } from 'node:module';
import { tagger } from './plugin.js';
import { foldCase, upperRatio } from '../text.js';
import { countryKeys } from '../geo/countries.js';
import { ACTORS, CAPS_NEEDS_CONTEXT, TITLES } from '../extract/actors/lexicon.js';
import { CAPS_AMBIGUOUS_TITLE, NAMED_AFTER_PERSON, isGivenName, isNameWord } from '../extract/actors/names.js';
import { lookup, lookupHit } from '../extract/places/gazetteer.js';
import { TENS, UNITS } from './number-words.js';

const CALENDAR = ['January', 'February', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Words of names that stay lower case ("Democratic Republic of the Congo", "Ejército de Liberación"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'in', 'for', 'on', 'at', 'to', 'by', 'a', 'an', 'de', 'del', 'la', 'el', 'los', 'las', 'al', 'y', 'da', 'do', 'dos', 'das', 'du', 'des', 'le', 'les', 'et', 'is', 'us', 'no', 'new', 'people', 'forces', 'army', 'police', 'front', 'party', 'state', 'group', 'islands', 'island', 'republic', 'united', 'national', 'liberation', 'revolutionary']);

let cases: Map<string, string> | null = null;

/** lower-case word → its written form, for the words of known names. */
function knownCases(): Map<string, string> {
  if (cases) return cases;
  cases = new Map();
  const add = (word: string) => {
    const lower = word.toLowerCase();
    if (lower.length < 2 || word.length !== lower.length || word === lower || cases!.has(lower) || FUNCTION_WORDS.has(lower)) return;
    if (word === word.toUpperCase() && CAPS_NEEDS_CONTEXT.has(lower)) return; // "US", "IS": English words in upper case
    cases!.set(lower, word);
  };
  const { names, demonyms } = countryKeys();
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  // the words of country names that are no English words ("peru", "salvador"; not "central", "city", "democratic")
  for (const n of names) for (const w of n.split(/[\s-]+/)) if (!englishWords().has(w)) add(capital(w));
  for (const n of [...demonyms, ...CALENDAR]) {
    const words = n.split(/[\s-]+/);
    // "Central African", "East Timorese": only the words that are no English words
    for (const w of words) if (words.length === 1 || !englishWords().has(w)) add(capital(w));
  }
  // the actor dictionary's acronyms ("FMLN") and name words that are no English words ("Farabundo", "Hezbollah")
  for (const a of ACTORS) for (const n of [a.name, ...a.aliases]) for (const w of n.split(/[\s-]+/)) if (/^[A-Z][\w'.]*$/.test(w) && (/^[A-Z]{2,}$/.test(w) || !englishWords().has(w.toLowerCase()))) add(w);
  return cases;
}

/** A letter (one UTF-16 unit); ASCII without the regular expression. */
function isLetter(c: string): boolean {
  const k = c.charCodeAt(0);
  return k < 128 ? (k >= 97 && k <= 122) || (k >= 65 && k <= 90) : /\p{L}/u.test(c);
}

/**
 * Lower case but the first letter of a sentence: after a full stop, question
 * or exclamation mark, at the start, after a blank line or at an indented
 * line (a wire's paragraph); a line broken inside a sentence stays lower.
 */
export function sentenceCase(text: string): string {
  const lower = foldCase(text);
  // the output: `out`, then lower[from…]; only a sentence's first letters differ from `lower`
  let out = '';
  let from = 0;
  // `start`: the next letter opens a sentence; one scan, no backtracking
  let start = true;
  // a bracket's first word is capitalised ("[Text]", "(Radio Sandino)"); after it, the sentence goes on as before it
  let before = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i]!;
    if (isLetter(c)) {
      const u = start ? c.toUpperCase() : c;
      if (u.length === 1 && u !== c) {
        out += lower.slice(from, i) + u;
        from = i + 1;
      }
      start = false;
    } else if (c === '[' || c === '(') {
      before = start;
      start = true;
    } else if (c === ']' || c === ')') start = before;
    else if (c === '.' || c === '!' || c === '?') start = true;
    else if (c === '\n') start = start || lower[i + 1] === ' ' || lower[i + 1] === '\t' || lower[i + 1] === '\n' || lower[i + 1] === '\r';
    else if (c !== ' ' && !/[\s"'”’)\d-]/.test(c)) start = false;
  }
  return out + lower.slice(from);
}

/** An ALL-CAPS text: most of its letters are upper case. */
export function isUpperCaseText(text: string): boolean {
  return upperRatio(text) >= 0.8;
}

/** Spanish and Portuguese name words that open a place name ("SAN MIGUEL", "PUERTO BARRIOS"). */
const NAME_OPENERS: ReadonlySet<string> = new Set(['san', 'santa', 'santo', 'puerto', 'villa', 'ciudad']);
/** Articles that belong to the name after them ("LA UNION", "EL TOMATE"), capitalised when it is. */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['la', 'el', 'los', 'las']);
/**
 * Spanish place words that are English words too ("ALTO", "BARRIO", "RIO", "MONTE"): a name's first word when a name, or
 * DE/DEL/LA and a name, follows ("ALTO DE SAN PABLO", "BARRIO ALTA", "CERRO VERDE").
 */
const PLACE_OPENERS: ReadonlySet<string> = new Set(['alto', 'alta', 'barrio', 'cerro', 'rio', 'nueva', 'nuevo', 'loma', 'monte', 'punta', 'boca', 'valle', 'playa', 'hacienda', 'finca', 'colonia', 'bajo', 'llano', 'vista', 'mesa', 'costa', 'sierra', 'lago', 'isla', 'cruz']);
/** Spanish adjectives that are English words too, capitalised after a name's capitalised first word ("RIO GRANDE", "CERRO ALTO"). */
const NAME_ADJECTIVES: ReadonlySet<string> = new Set(['grande', 'alto', 'alta', 'bajo', 'baja', 'nuevo', 'nueva', 'viejo', 'vieja', 'blanco', 'blanca', 'negro', 'negra', 'colorado', 'largo', 'seco', 'bravo']);
const NAME_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'el']);
const isName = (h: Casing | undefined) => h === 'capital' || h === 'known';

/** A word's casing in its neighbourhood: articles and place words of a Spanish name take the name's capital. */
function casingInName(lower: string, how: Casing[], words: string[], i: number): Casing {
  const h = how[i]!;
  if (h !== 'lower') return h;
  // (before a known name's word too: "EL SALVADOR", "LA PAZ")
  if (NAME_ARTICLES.has(lower) && isName(how[i + 1])) return 'capital';
  const next = words[i + 1];
  if (PLACE_OPENERS.has(lower) && (isName(how[i + 1]) || (next !== undefined && NAME_LINKS.has(next) && isName(how[i + 2])))) return 'capital';
  // (a place word and an adjective: "BARRIO ALTO", "LOMA ALTA")
  if (PLACE_OPENERS.has(lower) && next !== undefined && NAME_ADJECTIVES.has(next)) return 'capital';
  if (NAME_ADJECTIVES.has(lower) && i > 0 && (isName(how[i - 1]) || PLACE_OPENERS.has(words[i - 1]!))) return 'capital';
  return h;
}

/**
 * Name words that are English words too ("ALFREDO" is a pasta sauce, "BUSH", "PONCE", "MERINO"), read by where they
 * stand in a name: the word is capitalised when compromise's lexicon gives it one of `match.tags` or none (`match.unknown`),
 * the word before it is `match.after` (a given name of the lexicon or of given-names.ts, capitalised; or a title that is
 * no ordinary word too: not "GENERAL", "OFFICIAL"), and the word after it `match.before` (a capitalised name word), or the
 * two before it a title and a given name (`match.titled`). Only spaces and one line break between the words. With
 * `match.nameWord`, no title is wanted before a word that is a name word (names.ts isNameWord: no ordinary word of the
 * lexicon, nor an inflected or derived one; no place's or body's noun, nor before one) after a given name that opens the
 * name: after no other name word but a given name, nor an article or a place's preposition ("SEGUNDO MONTES", "JUAN
 * CARLOS MIR"; not "FARABUNDO MARTI NATIONAL", "THE MAGDALENA RIVER").
 */
export interface TruecaseRule {
  name: string;
  match: { tags: string[]; unknown: boolean; after: ('given' | 'title')[]; before: 'name' | null; titled: boolean; nameWord: boolean };
  then: 'capital';
  examples: { pos: [string, string][]; neg: string[] };
}

export const TRUECASE_RULES: TruecaseRule[] = [
  {
    name: 'name-word-between-names',
    match: { tags: ['Noun', 'Singular'], unknown: true, after: ['given', 'title'], before: 'name', titled: false, nameWord: false },
    then: 'capital',
    examples: {
      pos: [
        ['THE DECISION OF PRESIDENT ALFREDO CRISTIANI', 'The decision of president Alfredo Cristiani'],
        ['GENERAL MIGUEL ALFREDO MAZA MARQUEZ', 'General Miguel Alfredo Maza Marquez'],
        ['GUERRILLAS KIDNAPPED CARLOS MORES GARCIA', 'Guerrillas kidnapped Carlos Mores Garcia'],
      ],
      // a verb, a function word and a title between names stay lower case; an ambiguous title opens no name
      neg: ['RAMON SAID CRISTIANI WAS THERE', 'IN SAN SALVADOR AND ZARAGOZA', 'VICE PRESIDENT ANTONIO', 'THE GENERAL STAFF INSTALLATIONS'],
    },
  },
  {
    name: 'surname-after-titled-given-name',
    match: { tags: ['Noun', 'Singular'], unknown: true, after: ['given'], before: null, titled: true, nameWord: true },
    then: 'capital',
    examples: {
      pos: [
        ["PRESIDENT GEORGE BUSH'S VISIT", "President George Bush's visit"],
        ['COLONEL RENE PONCE SAID', 'Colonel Rene Ponce said'],
        ['THE JESUIT PRIESTS IGNACIO ELLACURIA, SEGUNDO MONTES, AND', 'The jesuit priests Ignacio Ellacuria, Segundo Montes, and'],
        ['A FARM OWNED BY CARLOS OSSA WAS SET ON FIRE', 'A farm owned by Carlos Ossa was set on fire'],
      ],
      // an ordinary word, a word of a body's or a place's name (after another name word, an article, a place noun before)
      neg: ['COLONEL ISAAC SAID THAT', 'THE MINISTER JAIME DE LA', 'GEORGE BAKER ARRIVED', 'THE FARABUNDO MARTI NATIONAL LIBERATION FRONT', 'IN THE MAGDALENA RIVER', 'THE JOSE MARTI PETROLEUM DEPARTMENT', 'SIX ROMAN CATHOLIC PRIESTS'],
    },
  },
];

/**
 * Place names that are English words too ("THE TOWN OF BARRANCA", "META DEPARTMENT", "HUARPACHA, AMBO, TOMAYQUICHUA"),
 * read by where they stand: a lower-case word is capitalised when the two words before it are a place noun of `before`
 * and "of", or the word after it is an admin noun of `after`, or (`list`) a comma or "and" joins it to a capitalised
 * name with a comma, "and" or a stop on its other side; and the gazetteer has it (`gazetteer`: any entry, an admin1
 * region, or null: none needed) and compromise's lexicon gives it one of `tags` or none (`unknown`). A word so read is
 * a place name in the whole text ("IN ANTA AND PULLUHUAMAN" after "PULLUHUAMAN, ANTA, AND ROSASPATA").
 */
export interface TruecasePlaceRule {
  name: string;
  match: { before: string[] | null; after: string[] | null; list: boolean; gazetteer: 'any' | 'region' | null; tags: string[]; unknown: boolean };
  then: 'capital';
  examples: { pos: [string, string][]; neg: string[] };
}

/** Tags of a noun that may be a place name too ("corral", "lempira"); an adjective, verb or function word is none. */
const PLACE_NOUN_TAGS = ['Noun', 'Singular', 'ProperNoun', 'Place', 'Currency'];

export const TRUECASE_PLACE_RULES: TruecasePlaceRule[] = [
  {
    name: 'place-word-after-place-noun',
    match: { before: ['town', 'city', 'village', 'hamlet', 'municipality', 'canton', 'port', 'department', 'province', 'district', 'jurisdiction'], after: null, list: false, gazetteer: 'any', tags: PLACE_NOUN_TAGS, unknown: true },
    then: 'capital',
    examples: {
      pos: [
        ['A CAR BOMB EXPLODED IN THE TOWN OF BARRANCA, 200 KM', 'A car bomb exploded in the town of Barranca, 200 KM'],
        ['THE TOWN OF TEJUTEPEQUE IN THE DEPARTMENT OF CABANAS.', 'The town of Tejutepeque in the department of Cabanas.'],
      ],
      neg: ['THE DEPARTMENT OF STATE SECURITY', 'THE TOWN OF THE REBELS', 'THE DEPARTMENT OF WESTERN AFFAIRS'],
    },
  },
  {
    name: 'place-word-before-region-noun',
    match: { before: null, after: ['department', 'province'], list: false, gazetteer: 'region', tags: PLACE_NOUN_TAGS, unknown: true },
    then: 'capital',
    examples: {
      pos: [
        ['NEAR URIBE IN META DEPARTMENT. THE CLASHES', 'Near Uribe in Meta department. The clashes'],
        ['ON THE HIGHWAY, CABANAS DEPARTMENT.', 'On the highway, Cabanas department.'],
      ],
      neg: ['THE POLICE DEPARTMENT SAID', 'THE IMMIGRATION DEPARTMENT', 'THE NORTHERN PROVINCE'],
    },
  },
  {
    name: 'place-word-before-locality-noun',
    match: { before: null, after: ['municipality', 'canton', 'hamlet', 'jurisdiction'], list: false, gazetteer: 'any', tags: PLACE_NOUN_TAGS, unknown: true },
    then: 'capital',
    examples: {
      pos: [['THE AREA KNOWN AS EL ROSARIO, CEIBA CANTON, SOME', 'The area known as El Rosario, Ceiba canton, some']],
      neg: ['THE LOCAL MUNICIPALITY', 'IN THE RURAL CANTON OF', 'THE MUNICIPALITY OF'],
    },
  },
  {
    name: 'place-word-in-name-list',
    match: { before: null, after: null, list: true, gazetteer: 'any', tags: [], unknown: true },
    then: 'capital',
    examples: {
      pos: [
        ['ATTACKED PUBLIC FACILITIES IN HUARPACHA, AMBO, TOMAYQUICHUA, AND KICHKI. AN EXPLOSION IN AMBO.', 'Attacked public facilities in Huarpacha, Ambo, Tomayquichua, and Kichki. An explosion in Ambo.'],
        ['IN THE DEPARTMENTS OF SANTANDER AND META, RESPECTIVELY.', 'In the departments of Santander and Meta, respectively.'],
      ],
      neg: ['SANTANDER, HOWEVER, SAID', 'GOMEZ, POLICE, AND', 'IN SANTANDER AND META GROUPS'],
    },
  },
];

/** Whether the words before and after word i make it a place name as the rule says (the gazetteer and tags aside). */
function placeContext(r: TruecasePlaceRule, words: string[], how: Casing[], gap: (i: number) => string, i: number): boolean {
  const m = r.match;
  const spaced = (k: number) => k > 0 && k < words.length && NAME_SPACE.test(gap(k));
  if (m.before && !(i >= 2 && words[i - 1] === 'of' && m.before.includes(words[i - 2]!.replace(/s$/, '')) && spaced(i) && spaced(i - 1))) return false;
  if (m.after && !(i + 1 < words.length && m.after.includes(words[i + 1]!) && spaced(i + 1))) return false;
  if (!m.list) return true;
  // a comma or "and" between word i and a name on one side, a comma, "and" or a stop on the other
  const name = (k: number) => k >= 0 && k < words.length && how[k] === 'capital';
  const comma = (k: number) => k > 0 && k < words.length && /^\s*,\s*$/.test(gap(k));
  const and = (k: number) => k >= 0 && k < words.length && words[k] === 'and' && /^,?\s+$/.test(gap(k));
  const end = (k: number) => k >= words.length || comma(k) || and(k) || /^\s*[.;:]/.test(gap(k));
  const left = (comma(i) && name(i - 1)) || (and(i - 1) && spaced(i) && name(i - 2));
  const right = (comma(i + 1) && name(i + 1)) || (and(i + 1) && spaced(i + 2) && name(i + 2));
  if (!((left && end(i + 1)) || (right && (comma(i) || and(i - 1) || (PLACE_PREPOSITIONS.has(words[i - 1] ?? '') && spaced(i)))))) return false;
  // the list opens after "in", "near", "of" … ("IN HUARPACHA, AMBO"; not "DICTATORSHIPS, AND WALLS, BUSTILLO")
  let k = i - 1;
  while (k >= 0 && i - k < 16 && (and(k) || (k !== i && (name(k) || how[k] === 'known' || PHRASE_LINKS.has(words[k]!) || NAME_ARTICLES.has(words[k]!))))) k--;
  return k >= 0 && PLACE_PREPOSITIONS.has(words[k]!);
}

/** The nouns of the rules' contexts, never names themselves ("DEPARTMENT", "TOWNS"). */
const PLACE_NOUNS = /^(?:town|city|village|hamlet|municipality|canton|port|department|province|district|jurisdiction|region|area|zone|sector)s?$/;

/** Words that are no place's name in the rules' contexts: compass adjectives ("THE NORTHEASTERN DEPARTMENT OF") and months ("OF 21 MARCH, SEINELDIN"). */
const NOT_PLACE_WORD = /^(?:(?:north|south)?(?:east|west)?(?:ern|erly)?|north|south|central|upper|lower|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Words before a list of places ("IN HUARPACHA, AMBO, TOMAYQUICHUA"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'of', 'from', 'to', 'through', 'between', 'around', 'toward', 'towards']);

/** The TRUECASE_PLACE_RULES record that makes word i (lower case as read) a place name, if any. */
function placeWordRule(rules: readonly TruecasePlaceRule[], words: string[], how: Casing[], tags: (string | undefined)[], gap: (i: number) => string, i: number): TruecasePlaceRule | null {
  const w = words[i]!;
  if (how[i] !== 'lower' || w.length < 3 || FUNCTION_WORDS.has(w) || TITLES.has(w) || CAPS_NEEDS_CONTEXT.has(w) || /'/.test(w) || PLACE_NOUNS.test(w) || NOT_PLACE_WORD.test(w)) return null;
  const tag = tags[i];
  for (const r of rules) {
    if (!(tag === undefined ? r.match.unknown : r.match.tags.includes(tag))) continue;
    if (!placeContext(r, words, how, gap, i)) continue;
    if (r.match.gazetteer === 'any' && !lookupHit(w)) continue;
    if (r.match.gazetteer === 'region' && lookup(w).regions.length === 0) continue;
    return r;
  }
  return null;
}

/** The words Spanish place names open with or join by: a name of them the gazetteer has whole is capitalised ("LA CEIBA", "VINA DEL MAR"). */
const PHRASE_LINKS: ReadonlySet<string> = new Set(['de', 'del']);

/**
 * Names of two to four words that the gazetteer has whole, after "in", "near", "of" …, that open with SAN/PUERTO/CIUDAD…
 * or a Spanish place word, or join by DE/DEL ("CIUDAD BARRIOS", "VINA DEL MAR", "CORRAL DE PIEDRA"): their words are
 * capitalised but DE/DEL (and LA after DE).
 */
function namePhrases(words: string[], how: Casing[], gap: (i: number) => string): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    const opens = NAME_OPENERS.has(w) || PLACE_OPENERS.has(w);
    // (one that opens with an article only after "in", "near", "of" … and before a stop, comma or bracket, "IN LA CEIBA.";
    // anywhere, "LA AURORA AIRPORT", "ALIAS EL NEGRO": tst1 fell 0.528 -> 0.522; before "and" or a place noun too, "IN LA
    // UNION DEPARTMENT": tst1 0.554 -> 0.545)
    const article = NAME_ARTICLES.has(w);
    if (article && !(i > 0 && PLACE_PREPOSITIONS.has(words[i - 1]!) && NAME_SPACE.test(gap(i)))) continue;
    for (let n = Math.min(4, words.length - i); n >= 2; n--) {
      const seq = words.slice(i, i + n);
      if (!(opens || article || PHRASE_LINKS.has(seq[1]!) || (n > 2 && PHRASE_LINKS.has(seq[n - 2]!)))) continue;
      if (PHRASE_LINKS.has(seq[n - 1]!) || NAME_ARTICLES.has(seq[n - 1]!) || (FUNCTION_WORDS.has(seq[0]!) && !article)) continue;
      if (article && !phraseEnds(words, gap, i + n)) continue;
      // (a region's key with its admin noun, "San Miguel Department": the noun stays lower case, as a name's run ends before it)
      if (PLACE_NOUNS.test(seq[n - 1]!) || !seq.some((x, j) => how[i + j] === 'lower' && !PHRASE_LINKS.has(x) && !NAME_ARTICLES.has(x))) continue;
      let k = 1;
      while (k < n && NAME_SPACE.test(gap(i + k))) k++;
      if (k < n || !lookupHit(seq.join(' '))) continue;
      seq.forEach((x, j) => {
        if (how[i + j] === 'lower' && !PHRASE_LINKS.has(x) && !(j > 0 && NAME_ARTICLES.has(x))) how[i + j] = 'capital';
      });
      i += n - 1;
      break;
    }
  }
}

/** What follows a name phrase that opens with an article: the text's end, a stop, comma or bracket. */
function phraseEnds(words: string[], gap: (i: number) => string, k: number): boolean {
  return k >= words.length || /^\s*[.,;:)]/.test(gap(k));
}

/** Each word's casing with the place rules and name phrases read: a word a place rule capitalises is capitalised everywhere. */
function placeCasings(rules: readonly TruecasePlaceRule[], words: string[], read: Casing[], tags: (string | undefined)[], gap: (i: number) => string): Casing[] {
  const how = read.slice();
  namePhrases(words, how, gap);
  const places = new Set<string>();
  for (let i = 0; i < words.length; i++) if (placeWordRule(rules, words, how, tags, gap, i)) places.add(words[i]!);
  if (places.size > 0) for (let i = 0; i < words.length; i++) if (how[i] === 'lower' && places.has(words[i]!)) how[i] = 'capital';
  return how;
}

/** Only spaces and at most one line break between two words of a name. */
const NAME_SPACE = /^[ \t]*(?:\n[ \t]*)?$/;

/** Words before a given name that make it a place's or a body's, or a word's ("THE MAGDALENA RIVER", "IN SALVADOR", "SIX ROMAN CATHOLIC PRIESTS"). */
const NOT_BEFORE_PERSON: ReadonlySet<string> = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'near', ...NAME_ARTICLES]);

/** Whether the given name at k opens a name: after a stop or comma, or no name word but a given name, and no article or place preposition. */
function opensName(words: string[], how: Casing[], gap: (i: number) => string, k: number): boolean {
  if (k === 0 || !NAME_SPACE.test(gap(k))) return true;
  const w = words[k - 1]!.replace(/'s$/, '');
  return isName(how[k - 1]) ? isGivenName(w) : !NOT_BEFORE_PERSON.has(w) && !Object.hasOwn(UNITS, w) && !Object.hasOwn(TENS, w);
}

/** Word i is a name word (names.ts) and neither it nor the word after it a place's or body's noun ("BARRIOS COMMANDO"). */
function plainNameWord(words: string[], i: number): boolean {
  const w = words[i]!.replace(/'s$/, '');
  const next = words[i + 1] ?? '';
  return isNameWord(w) && !NAMED_AFTER_PERSON.test(w) && !PLACE_NOUNS.test(w) && !NAMED_AFTER_PERSON.test(next) && !PLACE_NOUNS.test(next);
}

/** Whether a word stands in a name as a TRUECASE_RULES record says: words[i] lower case, `how` their casings, `gap(i)` the text before word i. */
function nameWordRule(rules: readonly TruecaseRule[], words: string[], how: Casing[], tags: (string | undefined)[], gap: (i: number) => string, i: number): TruecaseRule | null {
  if (how[i] !== 'lower' || i === 0) return null;
  const stem = words[i]!.replace(/'s$/, '');
  const tag = tags[i];
  // (most words have a tag no rule takes: "the", "said")
  if (!rules.some((r) => (tag === undefined ? r.match.unknown : r.match.tags.includes(tag)))) return null;
  const given = (k: number) => k >= 0 && isName(how[k]) && isGivenName(words[k]!.replace(/'s$/, ''));
  const title = (k: number) => k >= 0 && TITLES.has(words[k]!) && !CAPS_AMBIGUOUS_TITLE.test(words[k]!);
  const spaced = (k: number) => k > 0 && NAME_SPACE.test(gap(k));
  // (no title wanted: a name word after a given name that opens the name, or after it and one surname, "BERNARDO JARAMILLO OSSA")
  const untitled = () =>
    plainNameWord(words, i) && ((given(i - 1) && opensName(words, how, gap, i - 1)) || (how[i - 1] === 'capital' && spaced(i - 1) && given(i - 2) && opensName(words, how, gap, i - 2)));
  for (const r of rules) {
    if (!(tag === undefined ? r.match.unknown : r.match.tags.includes(tag)) || TITLES.has(stem) || !spaced(i)) continue;
    if (r.match.nameWord && untitled()) return r;
    if (!r.match.after.some((a) => (a === 'given' ? given(i - 1) : title(i - 1)))) continue;
    if (r.match.before === 'name' && !(i + 1 < words.length && isName(how[i + 1]) && spaced(i + 1) && !TITLES.has(words[i + 1]!))) continue;
    if (r.match.titled && !(title(i - 2) && spaced(i - 1))) continue;
    return r;
  }
  return null;
}

/** Tags of compromise's lexicon that make a word a name even where it is also an English word. */
const NAME_TAGS: ReadonlySet<string> = new Set(['MaleName', 'FemaleName', 'LastName', 'Person', 'City', 'Country']);

let lexicon: Record<string, string | string[]> | null = null;
/** The first tag compromise's own lexicon gives a lower-case word, if it lists it. */
function lexiconTag(word: string): string | undefined {
  lexicon ??= (tagger().world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const t = lexicon[word];
  return Array.isArray(t) ? t[0] : t;
}

let english: Set<string> | null = null;
/** The English word list (an-array-of-english-words, MIT): ~275,000 lower-case words, loaded once on first use. */
function englishWords(): Set<string> {
  english ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return english;
}

export type Casing = 'known' | 'lower' | 'capital' | 'upper';

/**
 * Each word's casing, read once: the known names, compromise's lexicon (plugged before it is first read, plugin.ts) and
 * the word list are fixed. Emptied past `CASINGS_MAX` words, so a long batch holds no more than that.
 */
const CASINGS = new Map<string, { casing: Casing; tag: string | undefined }>();
const CASINGS_MAX = 100_000;
function casingOnce(lower: string, known: Map<string, string>): { casing: Casing; tag: string | undefined } {
  let h = CASINGS.get(lower);
  if (h === undefined) {
    if (CASINGS.size >= CASINGS_MAX) CASINGS.clear();
    CASINGS.set(lower, (h = { casing: casingOf(lower, known), tag: lexiconTag(lower) }));
  }
  return h;
}

/** A word's casing as truecase reads it (memoized; the same as `casingOf`). */
export const wordCasing = (lower: string): Casing => casingOnce(lower, knownCases()).casing;

/** How a word (lower case) is written: a known name as it is known, a name in compromise's lexicon capitalised, an English word in lower case, any other word as a name. */
export function casingOf(lower: string, known: Map<string, string> = knownCases()): Casing {
  if (known.has(lower)) return 'known';
  if (NAME_OPENERS.has(lower)) return 'capital';
  // compromise's lexicon knows names: "hector", "miguel", "garcia", "lima" (but "mark", "grace" are words first)
  const tag = lexiconTag(lower);
  if (tag && NAME_TAGS.has(tag)) return 'capital';
  if (englishWords().has(lower)) return 'lower';
  if (tag === 'FirstName') return 'capital';
  // an unknown word with no vowel is an acronym ("PDC", "CNT")
  return /[aeiouy]/.test(lower) ? 'capital' : 'upper';
}

/**
 * Truecasing of an ALL-CAPS text, the same length: sentence case; words of
 * known names as they are written; English words in lower case; any other
 * word is taken for a name ("MENDOZA", "TALCAHUANO") and capitalised, and
 * an article before such a name with it ("LA UNION").
 */
export function truecase(text: string, rules: readonly TruecaseRule[] = TRUECASE_RULES, placeRules: readonly TruecasePlaceRule[] = TRUECASE_PLACE_RULES): string {
  const known = knownCases();
  const cased = sentenceCase(text);
  const words = [...cased.matchAll(/[\p{L}](?:[\p{L}']|\.(?=\p{L}))*/gu)];
  const lowers = words.map((m) => m[0].toLowerCase());
  // (the possessive's ending, "'s" or a plural's "'", is no part of the word: "CANTONS'" is "cantons'")
  const read = lowers.map((w) => casingOnce(w.replace(/'s?$/, ''), known));
  const tags = read.map((r) => r.tag);
  const gap = (i: number) => cased.slice(words[i - 1]!.index! + words[i - 1]![0].length, words[i]!.index!);
  const how = placeCasings(placeRules, lowers, read.map((r) => r.casing), tags, gap);
  // the output: `out`, then cased[at…]
  let out = '';
  let at = 0;
  words.forEach((m, i) => {
    const w = m[0];
    const lower = lowers[i]!;
    // "PDC'S" is the possessive of "PDC": the stem is cased, the ending stays "'s" ("'" of a plural's)
    const stem = lower.replace(/'s?$/, '');
    const ending = lower.slice(stem.length);
    const h = nameWordRule(rules, lowers, how, tags, gap, i) ? 'capital' : casingInName(lower, how, lowers, i);
    // a sentence's first word keeps its capital ('lower' leaves the word as sentence case wrote it)
    const written =
      h === 'known' ? known.get(stem)! + ending : h === 'capital' ? stem.charAt(0).toUpperCase() + stem.slice(1) + ending : h === 'upper' ? stem.toUpperCase() + ending : w;
    out += cased.slice(at, m.index!) + (written.length === w.length ? written : w);
    at = m.index! + w.length;
  });
  return out + cased.slice(at);
}
