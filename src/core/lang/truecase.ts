// Truecasing ALL-CAPS wires: a same-length copy written as a mixed-case
// wire would be, so that every extractor reads "THE FMLN LAST NIGHT BLEW UP
// THE OFFICES OF MAYOR HECTOR OQUELI" as "The FMLN last night blew up the
// offices of mayor Hector Oqueli": person and title rules, places and
// compromise's tags work as on mixed case. Offsets are unchanged.
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { foldCase, upperRatio } from '../text.js';
import { countryKeys } from '../geo/countries.js';
import { ACTORS, CAPS_NEEDS_CONTEXT } from '../extract/actors/lexicon.js';

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

/**
 * Lower case but the first letter of a sentence: after a full stop, question
 * or exclamation mark, at the start, after a blank line or at an indented
 * line (a wire's paragraph); a line broken inside a sentence stays lower.
 */
export function sentenceCase(text: string): string {
  const out = foldCase(text).split('');
  // `start`: the next letter opens a sentence; one scan, no backtracking
  let start = true;
  // a bracket's first word is capitalised ("[Text]", "(Radio Sandino)"); after it, the sentence goes on as before it
  let before = false;
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (/\p{L}/u.test(c)) {
      if (start) out[i] = c.toUpperCase().length === 1 ? c.toUpperCase() : c;
      start = false;
    } else if (c === '[' || c === '(') {
      before = start;
      start = true;
    } else if (c === ']' || c === ')') start = before;
    else if (c === '.' || c === '!' || c === '?') start = true;
    else if (c === '\n') start = start || out[i + 1] === ' ' || out[i + 1] === '\t' || out[i + 1] === '\n' || out[i + 1] === '\r';
    else if (!/[\s"'”’)\d-]/.test(c)) start = false;
  }
  return out.join('');
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

/** Tags of compromise's lexicon that make a word a name even where it is also an English word. */
const NAME_TAGS: ReadonlySet<string> = new Set(['MaleName', 'FemaleName', 'LastName', 'Person', 'City', 'Country']);

let lexicon: Record<string, string | string[]> | null = null;
/** The first tag compromise's own lexicon gives a lower-case word, if it lists it. */
function lexiconTag(word: string): string | undefined {
  lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
  const t = lexicon[word];
  return Array.isArray(t) ? t[0] : t;
}

let english: Set<string> | null = null;
/** The English word list (an-array-of-english-words, MIT): ~275,000 lower-case words, loaded once on first use. */
function englishWords(): Set<string> {
  english ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return english;
}

type Casing = 'known' | 'lower' | 'capital' | 'upper';

/** How a word (lower case) is written: a known name as it is known, a name in compromise's lexicon capitalised, an English word in lower case, any other word as a name. */
function casingOf(lower: string, known: Map<string, string>): Casing {
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
export function truecase(text: string): string {
  const known = knownCases();
  const cased = sentenceCase(text);
  const words = [...cased.matchAll(/[\p{L}](?:[\p{L}']|\.(?=\p{L}))*/gu)];
  const lowers = words.map((m) => m[0].toLowerCase());
  const how = lowers.map((w) => casingOf(w.replace(/'s$/, ''), known));
  const out = cased.split('');
  words.forEach((m, i) => {
    const w = m[0];
    const lower = lowers[i]!;
    // "PDC'S" is the possessive of "PDC": the stem is cased, the ending stays "'s"
    const stem = lower.replace(/'s$/, '');
    const ending = lower.slice(stem.length);
    const h = casingInName(lower, how, lowers, i);
    // a sentence's first word keeps its capital ('lower' leaves the word as sentence case wrote it)
    const written =
      h === 'known' ? known.get(stem)! + ending : h === 'capital' ? stem.charAt(0).toUpperCase() + stem.slice(1) + ending : h === 'upper' ? stem.toUpperCase() + ending : w;
    if (written.length !== w.length) return;
    for (let j = 0; j < w.length; j++) out[m.index! + j] = written[j]!;
  });
  return out.join('');
}
