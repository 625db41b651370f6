// Truecasing ALL-CAPS wires before tagging: a same-length copy in sentence
// case, with the words of known names (countries, demonyms, the actor
// dictionary's names, months but May and March, weekdays) capitalised and the dictionary's
// acronyms kept upper case, so compromise tags "THE FMLN LAST NIGHT BLEW UP"
// as it tags "The FMLN last night blew up". Offsets are unchanged.
import { normalizeCase, upperRatio } from '../text.js';
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
  for (const n of [...names, ...demonyms, ...CALENDAR]) for (const w of n.split(/[\s-]+/)) add(capital(w));
  for (const a of ACTORS) for (const n of [a.name, ...a.aliases]) for (const w of n.split(/[\s-]+/)) if (/^[A-Z][\w'.]*$/.test(w)) add(w);
  return cases;
}

/** An ALL-CAPS text: most of its letters are upper case. */
export function isUpperCaseText(text: string): boolean {
  return upperRatio(text) >= 0.8;
}

/** Sentence case, known names capitalised, known acronyms upper case; the same length as `text`. */
export function truecase(text: string): string {
  const known = knownCases();
  return normalizeCase(text).replace(/[\p{L}](?:[\p{L}']|\.(?=\p{L}))*/gu, (w) => {
    const k = known.get(w.toLowerCase());
    return k && k.length === w.length ? k : w;
  });
}
