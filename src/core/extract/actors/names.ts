// Person names told by their given name: compromise's lexicon knows some
// thousands of given names (#FirstName, #MaleName, #FemaleName) and which
// words are ordinary English words; a given name and the name words after it
// are a person, in mixed case and in upper-case wires alike, where no title
// says so ("RICARDO ALFONSO CASTELLAR, MAYOR OF ACHI, WHO WAS KIDNAPPED").
// Pure: the lexicon is read once, on the first name to test.
import nlp from 'compromise/two';
import { IBERIAN_GIVEN_NAMES } from './given-names.js';

export interface NameRule {
  name: string;
  /** What the rule looks for, in words. */
  match: string;
  /** What it makes of it. */
  then: string;
  examples: { text: string; name: string | null }[];
}

/** The rules of this file, as data; the code below applies them and labels each person with the rule's name. */
export const NAME_RULES: NameRule[] = [
  {
    name: 'actor-given-name',
    match: 'a given name of the lexicon, then one to three name words (no ordinary English word, no title, no group or facility noun), joined by single spaces; capitalized in mixed-case text',
    then: 'a person of the kind of a title right before it (civilians when none)',
    examples: [
      { text: 'RICARDO ALFONSO CASTELLAR, MAYOR OF ACHI, WHO WAS KIDNAPPED ON 5 JANUARY', name: 'RICARDO ALFONSO CASTELLAR' },
      { text: 'gunmen shot dead Gustavo Jacome Quintero on Friday', name: 'Gustavo Jacome Quintero' },
      // negative: a given name alone, and a name that a place noun ends ("JOSE MARIA CORDOBA AIRPORT")
      { text: 'IN SAN JOSE, POLICE SAID', name: null },
      { text: 'AT THE JOSE MARIA CORDOBA AIRPORT', name: null },
      { text: 'IN THE SANTA ISABEL NEIGHBORHOOD', name: null },
    ],
  },
];

/**
 * `actor-known-surname`: a person the story named in full is named again by surname ("HECTOR OQUELI COLINDRES … OQUELI
 * COLINDRES WAS KIDNAPPED", "CASTELLAR WAS KIDNAPPED"). `match.words`: how many surnames of the name in a row (a word of
 * the name after its first that is no given name); `match.notAfter`: words after the run that make it a place's or a
 * body's name; `match.label`: brackets round the run alone make it an interview's speaker label ("[SAMAYOA] AT THE LEVEL
 * OF …"), no mention. The mention is that person: the full name, kind and cue of the nearest earlier mention, its own span.
 * Examples: `pos` the surname mentions the last sentence holds, `neg` none.
 */
export interface SurnameRule {
  name: string;
  match: { words: number; notAfter: RegExp; label: { before: RegExp; after: RegExp } };
  then: 'same-person';
  examples: { pos: { text: string; names: string[] }[]; neg: string[] };
}

export const SURNAME_RULES: SurnameRule[] = [
  {
    name: 'actor-known-surname',
    match: { words: 2, notAfter: /^(?:neighbou?rhoods?|streets?|avenues?|foundation|institute|stadium|park|airport|highway|bridge|commandos?|command|unit|front|group|movement|hospital|school|college|university|square|plaza|market|farm|estate|hacienda|ranch|family|government|administration|cabinet|regime|case)$/i, label: { before: /\[\s*$/, after: /^\s*[\])]/ } },
    then: 'same-person',
    examples: {
      pos: [
        { text: 'HECTOR OQUELI COLINDRES DISAPPEARED TODAY. A SPOKESMAN SAID THAT OQUELI COLINDRES WAS KIDNAPPED.', names: ['OQUELI COLINDRES'] },
        { text: 'RICARDO ALFONSO CASTELLAR WAS FOUND DEAD. CASTELLAR WAS KIDNAPPED ON 5 JANUARY.', names: ['CASTELLAR'] },
      ],
      neg: [
        // a surname before the full name; a given name of the name; the surname in a place's name
        'CASTELLAR WAS KIDNAPPED. RICARDO ALFONSO CASTELLAR WAS FOUND DEAD.',
        'RICARDO ALFONSO CASTELLAR WAS FOUND DEAD. ALFONSO WAS KIDNAPPED.',
        'JOSE MARIA CASTELLAR WAS FOUND DEAD. THE BODY WAS FOUND IN THE CASTELLAR NEIGHBORHOOD.',
        // an interview's speaker label
        '[INTERVIEW WITH M-19 LEADER CARLOS PIZARRO BY GLORIA ORTEGA] [TEXT] [ORTEGA] WHAT DO YOU FEEL AFTER KILLING SO MANY POLICEMEN?',
      ],
    },
  },
];

const GIVEN = new Set(['FirstName', 'MaleName', 'FemaleName']);
/** Lexicon tags a word of a name may carry: unknown words (most surnames) carry none. */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

let lexicon: Record<string, string | string[]> | null = null;

function tagsOf(lower: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const t = lexicon[lower];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/** A given name of the lexicon ("ricardo", "gilda"); not one that is also an ordinary word ("alfredo" is a pasta). */
export function isGivenName(lower: string): boolean {
  const t = tagsOf(lower);
  // the Iberian given names the lexicon lacks or tags only as a person's name (given-names.ts)
  if (IBERIAN_GIVEN_NAMES.has(lower)) return t.every((x) => NAME_TAGS.has(x));
  return t.length > 0 && t.every((x) => GIVEN.has(x));
}

/** Endings of English words the lexicon holds only in another form ("sources", "reaction", "divisions"). */
const INFLECTION = /^(.{3,}?)(?:es|s|ed|d|ing|ly)$/;
const DERIVED = /(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ists?|ism|ers|ings)$/;

/** A word that may be part of a person's name: unknown to the lexicon (most surnames) or tagged as a name there, and no inflected or derived English word. */
export function isNameWord(lower: string): boolean {
  if (!/^\p{L}[\p{L}'’.-]*$/u.test(lower) || lower.length < 2) return false;
  const tags = tagsOf(lower);
  if (tags.length > 0) return tags.every((x) => NAME_TAGS.has(x));
  if (DERIVED.test(lower)) return false;
  const m = INFLECTION.exec(lower);
  if (!m) return true;
  // "sources" → "source", "divisions" → "division": an ordinary word's form; a surname ("FLORES", "NAVAS") has no such stem
  const stems = [m[1]!, lower.replace(/s$/, ''), lower.replace(/e?d$/, '')];
  return !stems.some((x) => tagsOf(x).some((t) => !NAME_TAGS.has(t)));
}

/** A word the lexicon knows only as a town's name ("valencia", "mendoza"): a surname after a given name. */
export function isTownName(lower: string): boolean {
  const t = tagsOf(lower);
  return t.length > 0 && t.every((x) => x === 'City');
}

/** `name-after-saint`: a given name after "San", "Santa", "Santo" names a place ("SAN MARTIN STREETS", "Santa Ana"). */
export const SAINT_BEFORE = /^(?:san|santa|santo|sao|são|st|saint)$/;
/** Words after a name that make it the name of a place or a body, not a person ("GERARDO BARRIOS COMMANDO UNIT", "SANTA ISABEL NEIGHBORHOOD"). */
export const NAMED_AFTER_PERSON = /^(?:neighbou?rhoods?|streets?|avenues?|colony|canton|cantons|hamlet|barrio|parish|district|foundation|institute|stadium|park|airport|highway|bridge|commandos?|command|unit|force|faction|civic|brigade|battalion|front|group|movement|hospital|school|college|university|square|plaza|market|theater|theatre|center|centre)$/i;

/**
 * Titles that are as often ordinary words before an ordinary noun in upper-case wires ("OFFICIAL SOURCES", "GENERAL
 * TERMS", "DEPUTY DEFENSE MINISTER", "PEASANT UPRISING", "CHIEF ESCORT"): truecasing does not read a name after them.
 */
export const CAPS_AMBIGUOUS_TITLE = /^(?:official|general|chief|deputy|peasant|sister|brother)$/;
