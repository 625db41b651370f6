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
import { CAPS_AMBIGUOUS_TITLE, isGivenName } from '../extract/actors/names.js';

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
  if (NAME_ADJECTIVES.has(lower) && i > 0 && isName(how[i - 1])) return 'capital';
  return h;
}

/**
 * Name words that are English words too ("ALFREDO" is a pasta sauce, "BUSH", "PONCE", "MERINO"), read by where they
 * stand in a name: the word is capitalised when compromise's lexicon gives it one of `match.tags` or none (`match.unknown`),
 * the word before it is `match.after` (a given name of the lexicon or of given-names.ts, capitalised; or a title that is
 * no ordinary word too: not "GENERAL", "OFFICIAL"), and the word after it `match.before` (a capitalised name word), or the
 * two before it a title and a given name (`match.titled`). Only spaces and one line break between the words.
 */
export interface TruecaseRule {
  name: string;
  match: { tags: string[]; unknown: boolean; after: ('given' | 'title')[]; before: 'name' | null; titled: boolean };
  then: 'capital';
  examples: { pos: [string, string][]; neg: string[] };
}

export const TRUECASE_RULES: TruecaseRule[] = [
  {
    name: 'name-word-between-names',
    match: { tags: ['Noun', 'Singular'], unknown: true, after: ['given', 'title'], before: 'name', titled: false },
    then: 'capital',
    examples: {
      pos: [
        ['THE DECISION OF PRESIDENT ALFREDO CRISTIANI', 'The decision of president Alfredo Cristiani'],
        ['GENERAL MIGUEL ALFREDO MAZA MARQUEZ', 'General Miguel Alfredo Maza Marquez'],
        ['GUERRILLAS KIDNAPPED OLINDO MANTILLA ARDILA', 'Guerrillas kidnapped Olindo Mantilla Ardila'],
      ],
      // a verb, a function word and a title between names stay lower case; an ambiguous title opens no name
      neg: ['RAMON SAID CRISTIANI WAS THERE', 'IN SAN SALVADOR AND ZARAGOZA', 'VICE PRESIDENT ANTONIO', 'THE GENERAL STAFF INSTALLATIONS'],
    },
  },
  {
    name: 'surname-after-titled-given-name',
    match: { tags: ['Noun', 'Singular'], unknown: true, after: ['given'], before: null, titled: true },
    then: 'capital',
    examples: {
      pos: [
        ["PRESIDENT GEORGE BUSH'S VISIT", "President George Bush's visit"],
        ['COLONEL RENE PONCE SAID', 'Colonel Rene Ponce said'],
      ],
      neg: ['COLONEL ISAAC SAID THAT', 'THE MINISTER JAIME DE LA', 'GEORGE BUSH ARRIVED'],
    },
  },
];

/** Only spaces and at most one line break between two words of a name. */
const NAME_SPACE = /^[ \t]*(?:\n[ \t]*)?$/;

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
  for (const r of rules) {
    if (!(tag === undefined ? r.match.unknown : r.match.tags.includes(tag)) || TITLES.has(stem) || !spaced(i)) continue;
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
export function truecase(text: string, rules: readonly TruecaseRule[] = TRUECASE_RULES): string {
  const known = knownCases();
  const cased = sentenceCase(text);
  const words = [...cased.matchAll(/[\p{L}](?:[\p{L}']|\.(?=\p{L}))*/gu)];
  const lowers = words.map((m) => m[0].toLowerCase());
  const read = lowers.map((w) => casingOnce(w.replace(/'s$/, ''), known));
  const how = read.map((r) => r.casing);
  const tags = read.map((r) => r.tag);
  // the output: `out`, then cased[at…]
  let out = '';
  let at = 0;
  const gap = (i: number) => cased.slice(words[i - 1]!.index! + words[i - 1]![0].length, words[i]!.index!);
  words.forEach((m, i) => {
    const w = m[0];
    const lower = lowers[i]!;
    // "PDC'S" is the possessive of "PDC": the stem is cased, the ending stays "'s"
    const stem = lower.replace(/'s$/, '');
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
