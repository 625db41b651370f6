// Actors: dictionary actors (states and their metonyms, forces, armed groups,
// sources), descriptive actors built from the text ("pro-Iranian Iraqi
// fighters", "unidentified gunmen"), facilities ("an Iraqi airbase"), and
// titled people ("top Iranian general Qasem Soleimani"); plus the cues of
// responsibility and the sources the text credits. Pure.
import type { Actor, ActorEntry, ActorKind, Responsibility, Scope } from '../../types.js';
import { ABBREVIATIONS, foldCase, upperRatio } from '../../text.js';
import { countryByDemonym, countryByName } from '../../geo/countries.js';
import {
  ACTORS,
  APPOSITIVE_TITLE,
  APPOSITIVE_TITLE_OF,
  BARE_TITLE_BEFORE,
  CAPS_NEEDS_CONTEXT,
  CLAIMANT_APPOSITION,
  CLAIMANT_NAMED,
  CASE_SENSITIVE,
  FACILITY_COMPOUND_AFTER,
  ORGANIZATION_AFTER_PEOPLE,
  FACILITY_HEADS,
  GROUP_HEADS,
  GROUP_MODIFIERS,
  GROUP_NOUN_MODIFIERS,
  MEMBER_HEADS,
  NOT_NAME_END,
  NOT_FACILITY_MODIFIERS,
  FORCE_OWNER,
  FORCE_UNIT_HEADS,
  ONE_PERSON_DETERMINER,
  ONE_PERSON_HEADS,
  POSTMODIFIED_PERSON,
  REPORTER_RULES,
  RESPONSIBILITY_RULES,
  TITLES,
  ADJECTIVE_TITLES,
  AFTER_PERSON_TITLE,
} from './lexicon.js';
import { NAMED_AFTER_PERSON, SAINT_BEFORE, SURNAME_RULES, isGivenName, isNameWord, isTownName } from './names.js';
import { numberWords } from '../../lang/number-words.js';

export { ACTORS } from './lexicon.js';
export { NAME_RULES, SURNAME_RULES } from './names.js';

/** How a named person was recognised; a field the refiners read, so that no code tests a rule's name. */
export type PersonCue = 'title' | 'appositive' | 'given-name';

export interface ActorMention extends Actor {
  /** The rule that found the mention: a label for --explain, never read as a condition. */
  rule: string;
  source: boolean;
  /** A named person, and the cue that named it. */
  person?: PersonCue;
  /** An entry of the actor dictionary (a named group, state or force). */
  known?: boolean;
  /** A descriptive noun phrase with no name: "gunmen", "a group of terrorists". */
  descriptive?: boolean;
  /** "members of X", "X's urban commandos": a group's members, made by the refiners. */
  members?: boolean;
  /** A person named again by surname (`actor-known-surname`): the target fallbacks leave such a mention to the rules of its clause. */
  again?: boolean;
}

export interface ResponsibilityCue {
  value: Responsibility;
  text: string;
  start: number;
  end: number;
  rule: string;
  actor: ActorMention | null;
  /** The parties joined to the actor after the cue ("BLAMED THE GOVERNMENT AND THE MILITARY"): blamed with it. */
  also?: ActorMention[];
}

export interface ReporterCue {
  name: string;
  text: string;
  start: number;
  end: number;
  rule: string;
}

interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let w = m[0];
    // keep the dots of U.S. / U.N., drop a sentence's final dot and trailing quotes
    if (!/^(?:\p{L}\.){2,}$/u.test(w)) while (/[.'’-]$/.test(w)) w = w.slice(0, -1);
    if (!w) continue;
    if (/['’]s$/.test(w) && w.length > 2) w = w.slice(0, -2);
    out.push({ start: m.index, end: m.index + w.length, text: w, lower: w.toLowerCase() });
  }
  return out;
}

interface AliasIndex {
  byFirst: Map<string, { words: string[]; alias: string; entry: ActorEntry }[]>;
}

const aliasCache = new WeakMap<ActorEntry[], AliasIndex>();
let builtIn: AliasIndex | null = null;

function buildIndex(entries: ActorEntry[]): AliasIndex {
  const byFirst = new Map<string, { words: string[]; alias: string; entry: ActorEntry }[]>();
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const words = tokenize(alias).map((t) => t.lower);
      if (words.length === 0) continue;
      const list = byFirst.get(words[0]!) ?? [];
      list.push({ words, alias, entry });
      byFirst.set(words[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

function indexFor(extra?: ActorEntry[]): AliasIndex[] {
  builtIn ??= buildIndex(ACTORS);
  if (!extra || extra.length === 0) return [builtIn];
  let idx = aliasCache.get(extra);
  if (!idx) {
    idx = buildIndex(extra);
    aliasCache.set(extra, idx);
  }
  return [idx, builtIn];
}

function affiliationOf(word: string): string | null {
  const m = /^(?:pro-)?([\p{L}]+?)(?:-(?:linked|backed|aligned|affiliated|allied|sponsored|supported))?$/u.exec(word);
  if (!m || !(word.startsWith('pro-') || /-(linked|backed|aligned|affiliated|allied|sponsored|supported)$/.test(word))) return null;
  const c = countryByDemonym(m[1]!) ?? countryByName(m[1]!);
  return c?.code ?? null;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'by', 'for', 'with', 'from', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'be', 'been', 'that', 'which', 'who', 'its', 'his', 'her', 'their', 'said', 'also', 'as', 'it', 'this', 'these', 'those', 'against', 'near', 'into', 'when', 'after', 'before', 'while', 'but', 'not', 'no']);
/** A count of several: a group head after it is a party though no modifier names it ("two soldiers"). */
const SEVERAL = new RegExp(String.raw`^(\d+|${numberWords('two', 'ten')}|several|dozens|hundreds)$`);
const DETERMINER = new RegExp(String.raw`^(a|an|the|${numberWords('two', 'ten')}|\d+|several|some|many|dozens|hundreds|group|of|approximately|about|at|least|more|than|its|their|his|her)$`);
const NEEDS_MODIFIER = new Set(['men', 'individuals', 'people', 'workers', 'women', 'children', 'officials', 'official', 'guards', 'students', 'civilian', 'persons', 'youths', 'relatives', 'girls', 'boys', 'leaders', 'members', 'minors', 'watchmen', 'column', 'commands', ...ONE_PERSON_HEADS]);

let cache: { text: string; extra?: ActorEntry[]; result: ActorMention[] } | null = null;

/** Pronouns and number words are no part of a victim group's name ("most of them civilians", "twelve people"). */
const NOT_GROUP_MODIFIER = /^(them|those|these|us|you|all|both|each|most|some|many|few|other|others|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozen|dozens|scores|million)$/;

/** The text as the actor passes see it: its tokens, the tokens an actor already has, and the actors found. */
interface ActorScan {
  text: string;
  caps: boolean;
  toks: Tok[];
  taken: Uint8Array;
  indexes: AliasIndex[];
  out: ActorMention[];
}

/** One pass over the text: it adds actors to `out` and marks their tokens taken. */
type ActorPass = (s: ActorScan) => void;

/** All actor mentions of the text, in order, without overlaps (longest first). */
export function findActors(text: string, extra?: ActorEntry[]): ActorMention[] {
  if (cache && cache.text === text && cache.extra === extra) return cache.result;
  const toks = tokenize(text);
  const s: ActorScan = { text, caps: upperRatio(text) > 0.8, toks, taken: new Uint8Array(toks.length), indexes: indexFor(extra), out: [] };
  for (const pass of ACTOR_PASSES) pass(s);
  cache = { text, extra, result: s.out };
  return s.out;
}

function take(s: ActorScan, from: number, to: number): void {
  for (let k = from; k < to; k++) s.taken[k] = 1;
}

/** 1. dictionary actors, the longest alias at each token. */
const dictionaryPass: ActorPass = (s) => {
  const { text, toks } = s;
  for (let i = 0; i < toks.length; i++) {
    const hit = dictionaryHit(s, i);
    if (!hit || longerHitInside(s, i, hit.n) || forceBeforeTitle(s, i + hit.n, hit.entry)) continue;
    const a = toks[i]!;
    const b = toks[i + hit.n - 1]!;
    const e = hit.entry;
    s.out.push({ name: e.name, text: text.slice(a.start, b.end), start: a.start, end: b.end, kind: /forces|troops|soldiers|military|army|warplanes|jets|air force/i.test(hit.alias) && e.kind === 'state' ? 'military' : e.kind, country_code: e.country_code, affiliation: null, rule: `actor-dict:${e.name}`, source: !!e.source, known: true });
    take(s, i, i + hit.n);
    i += hit.n - 1;
  }
};

/**
 * `actor-dict`: a police or military force right before a person's title and a name is that person's modifier, no
 * party of its own ("SHOT DEAD PERUVIAN NATIONAL POLICE SERGEANT LUIS CACERES TAVARA"): the named person is the victim.
 * Before a bare title the force stands for the person ("A POLICE COMMANDER, A JUDGE", "AN ARMY CAPTAIN WAS WOUNDED":
 * the keys' "A Police Commander"), as before the words of AFTER_PERSON_TITLE.
 */
function forceBeforeTitle(s: ActorScan, k: number, e: ActorEntry): boolean {
  const { toks } = s;
  const title = toks[k];
  const name = toks[k + 1];
  if ((e.kind !== 'police' && e.kind !== 'military') || !title || !name) return false;
  const spaced = title.start - toks[k - 1]!.end === 1 && name.start - title.end === 1;
  return spaced && TITLES.has(title.lower) && !ADJECTIVE_TITLES.test(title.lower) && /^\p{Lu}/u.test(name.text) && !AFTER_PERSON_TITLE.test(name.lower);
}

/**
 * `dict-longer-overlap`: a hit that a longer alias starting inside it runs past is no actor of its own ("THE ARMY OF
 * NATIONAL LIBERATION" is the ELN, not "the army" and a stray "of national liberation").
 */
function longerHitInside(s: ActorScan, i: number, n: number): boolean {
  for (let j = i + 1; j < i + n; j++) {
    const h = dictionaryHit(s, j);
    if (h && j + h.n > i + n) return true;
  }
  return false;
}

/** The longest dictionary alias starting at token `i` (the first of each index that fits the case), or null. */
function dictionaryHit(s: ActorScan, i: number): { n: number; alias: string; entry: ActorEntry } | null {
  const { text, toks, caps } = s;
  let hit: { n: number; alias: string; entry: ActorEntry } | null = null;
  for (const idx of s.indexes) {
    for (const cand of idx.byFirst.get(toks[i]!.lower) ?? []) {
      const n = cand.words.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let j = 0; j < n && ok; j++) ok = toks[i + j]!.lower === cand.words[j] && (j === 0 || toks[i + j]!.start - toks[i + j - 1]!.end <= 2);
      if (!ok) continue;
      const surface = text.slice(toks[i]!.start, toks[i + n - 1]!.end);
      if (n === 1 && CASE_SENSITIVE.has(cand.alias)) {
        // a lower-case alias may be capitalized as a sentence's first word ("Soldiers killed...")
        const initial = /^\p{Ll}/u.test(cand.alias) && surface === cand.alias[0]!.toUpperCase() + cand.alias.slice(1) && /(^|[.!?]["”’]?|\n\s*\n)\s*$/.test(text.slice(Math.max(0, toks[i]!.start - 4), toks[i]!.start));
        if (caps ? CAPS_NEEDS_CONTEXT.has(cand.words[0]!) : surface !== cand.alias && !initial) continue;
      }
      if (n === 1 && caps && CAPS_NEEDS_CONTEXT.has(cand.words[0]!)) continue;
      if (!hit || n > hit.n) hit = { n, alias: cand.alias, entry: cand.entry };
      break;
    }
  }
  return hit;
}

/** 1b. persons by their given name or, in upper-case text, by their title (names.ts). */
const personPass: ActorPass = (s) => {
  const { text, toks } = s;
  for (let i = 0; i < toks.length; i++) {
    const p = s.taken[i] ? null : personAt(text, toks, s.taken, i, s.caps);
    if (!p) continue;
    const a = toks[i]!;
    const b = toks[p.end - 1]!;
    const name = text.slice(a.start, b.end);
    s.out.push({ name, text: name, start: a.start, end: b.end, kind: p.kind, country_code: null, affiliation: null, rule: p.rule, source: false, person: p.person });
    take(s, i, p.end);
    i = p.end - 1;
  }
};

/** 2. descriptive groups and facilities by their head noun, else titled people. */
const descriptivePass: ActorPass = (s) => {
  const { toks } = s;
  for (let i = 0; i < toks.length; i++) {
    if (s.taken[i]) continue;
    const t = toks[i]!;
    const twoWord = i > 0 ? `${toks[i - 1]!.lower} ${t.lower}` : '';
    const groupKind = groupKindOf(t.lower);
    if (groupKind && modifiesGroupAfter(s.text, toks, i)) continue;
    const facility = FACILITY_HEADS.test(t.lower) || (!!twoWord && FACILITY_HEADS.test(twoWord));
    if (groupKind || facility) groupAt(s, i, groupKind, facility);
    else i = titledPersonAt(s, i, twoWord);
  }
};

/** `actor-descriptive`, `actor-facility`: the head noun at token `i` with the modifiers before it and a facility's "of X" tail. */
function groupAt(s: ActorScan, i: number, groupKind: string | undefined, facility: boolean): void {
  const { text, toks } = s;
  const t = toks[i]!;
  // a facility word before a person noun is a modifier: "university professor", "embassy officials"
  const next = toks[i + 1];
  if (facility && !groupKind && next && next.start - t.end <= 1 && (TITLES.has(next.lower) || GROUP_HEADS.has(next.lower) || FACILITY_COMPOUND_AFTER.test(next.lower))) return;
  // …and before another facility noun: the last noun of the compound is the facility, the rest modifies ("PATROL CAR", "BANK BRANCHES")
  if (facility && !groupKind && facilityHeadAt(s, i + 1)) return;
  if (groupKind === 'civilians' && organizationAfter(s, i)) return;
  // a person noun right before a named person is that person's title, no other party: "BODYGUARD JAIRO ORTEGA", "POLICEMAN LUIS CASTRO ROMAN"
  const titled = groupKind && next && /^ $/.test(text.slice(t.end, next.start)) ? namedPersonAt(s, next.start) : undefined;
  if (titled) {
    // (the title gives the person its kind where its own is unknown)
    if (titled.kind === 'unknown') titled.kind = groupKind as ActorKind;
    return;
  }
  // "members of a Yazidi armed group", "the leaders of the union": the group's own, read by the refiners (`group-members-attacker`)
  if (groupKind && MEMBER_HEADS.test(t.lower) && next?.lower === 'of') return;
  const { j, cc: modCc, aff, mods } = modifiersBefore(s, i, groupKind);
  // (`actor-descriptive`: a state named right before a group of people is their nationality, no party of its own:
  // "ATTACKED TODAY BY U.S. EMBASSY EMPLOYEES", "U.S. EMBASSY OFFICIALS HAD DENIED" (its facility stays: forceOwnerBefore))
  const nation = groupKind === 'civilians' ? stateBefore(s, j) : -1;
  const cc = nation >= 0 ? s.out.splice(nation, 1)[0]!.country_code : modCc;
  // (one person: after a determiner or a possessor, "A WOMAN", "HIS DRIVER", "DELGADO'S DRIVER")
  const one = j >= 0 && ONE_PERSON_HEADS.has(t.lower) && (ONE_PERSON_DETERMINER.test(toks[j]!.lower) || /^['’]s\s$/i.test(text.slice(toks[j]!.end, toks[j + 1]!.start)));
  const bare = groupKind && NEEDS_MODIFIER.has(t.lower) && mods === 0 && !(j >= 0 && (SEVERAL.test(toks[j]!.lower) || one));
  // (a named group right before its members: "FARC 12TH FRONT MEMBERS" are the FARC)
  if (groupKind && MEMBER_HEADS.test(t.lower) && j >= 0 && s.taken[j]) return;
  const postmodified = bare && POSTMODIFIED_PERSON.heads.has(t.lower) && POSTMODIFIED_PERSON.after.test(text.slice(t.end, t.end + 60));
  if (bare && !postmodified) return;
  const owner = groupKind || FORCE_UNIT_HEADS.test(t.lower) ? -1 : forceOwnerBefore(s, j);
  const start = owner >= 0 ? s.out[owner]!.start + (/^the\s+/i.exec(s.out[owner]!.text)?.[0].length ?? 0) : toks[j + 1]!.start;
  const end = facility ? facilityEnd(s, i) : t.end;
  const name = text.slice(start, end);
  const kind = (groupKind ?? 'facility') as ActorKind;
  const rule = postmodified ? POSTMODIFIED_PERSON.name : groupKind ? 'actor-descriptive' : 'actor-facility';
  s.out.push({ name, text: name, start, end, kind, country_code: cc, affiliation: aff, rule, source: false, ...(groupKind ? { descriptive: true } : {}) });
  take(s, j + 1, i + 1);
}

/** The named person found at `start`, if any. */
function namedPersonAt(s: ActorScan, start: number): ActorMention | undefined {
  return s.out.find((a) => a.start === start && a.person);
}

/** ORGANIZATION_AFTER_PEOPLE: an organisation's head within three words after the people noun at `i`, nothing but a possessive between. */
function organizationAfter(s: ActorScan, i: number): boolean {
  const { text, toks } = s;
  for (let k = i + 1; k <= i + 3 && k < toks.length; k++) {
    const gap = text.slice(toks[k - 1]!.end, toks[k]!.start);
    if (!NAME_GAP.test(gap) && !(k === i + 1 && /^['’]s\s+$/i.test(gap))) return false;
    if (ORGANIZATION_AFTER_PEOPLE.test(toks[k]!.lower)) return true;
    if (/^(?:and|or|of|in|at|on|to|for|the|a|an)$/.test(toks[k]!.lower)) return false;
  }
  return false;
}

/** Whether a facility noun (one word or two) starts at token `k`, right after the token before it. */
function facilityHeadAt(s: ActorScan, k: number): boolean {
  const { toks } = s;
  const t = toks[k];
  if (!t || t.start - toks[k - 1]!.end > 1) return false;
  const after = toks[k + 1];
  return FACILITY_HEADS.test(t.lower) || (!!after && after.start - t.end <= 1 && FACILITY_HEADS.test(`${t.lower} ${after.lower}`));
}

/**
 * A police or military force named right before a facility's modifiers owns it and is part of its name ("A POLICE PATROL
 * CAR", "THE NATIONAL POLICE HEADQUARTERS", "THE MILITARY HOSPITAL"; not a patrol or convoy, the force's own men:
 * FORCE_UNIT_HEADS). The force stays an actor, as a state before its embassy does (an attack on a police station is one on
 * the police to ACLED; MUC-4 keys name the facility: `target-named-once`). Returns the index
 * in `s.out` of the force's mention ending at token `j`, or -1.
 */
function forceOwnerBefore(s: ActorScan, j: number): number {
  const { text, toks, out } = s;
  if (j < 0 || !s.taken[j] || !/^\s$/.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) return -1;
  const k = out.findIndex((m) => m.end === toks[j]!.end && m.known && !m.source && (m.kind === 'police' || m.kind === 'military'));
  return k;
}

/** The index in `s.out` of a known state's mention ending at token `j`, a single space before the next token, or -1. */
function stateBefore(s: ActorScan, j: number): number {
  const { text, toks, out } = s;
  if (j < 0 || !s.taken[j] || !/^\s$/.test(text.slice(toks[j]!.end, toks[j + 1]!.start))) return -1;
  return out.findIndex((m) => m.end === toks[j]!.end && m.known && !m.source && m.kind === 'state');
}

/** The modifiers before the head noun at token `i`: `j` is the token before the first, with the country and affiliation they name. */
function modifiersBefore(s: ActorScan, i: number, groupKind: string | undefined): { j: number; cc: string | null; aff: string | null; mods: number } {
  const { text, toks, taken, caps } = s;
  let j = i - 1;
  let cc: string | null = null;
  let aff: string | null = null;
  let mods = 0;
  while (j >= 0 && i - j <= 4 && !taken[j] && toks[j + 1]!.start - toks[j]!.end <= 2 && !/[,;.()]/.test(text.slice(toks[j]!.end, toks[j + 1]!.start)) && !openBracketAfter(s, j)) {
    const w = toks[j]!.lower;
    const dem = countryByDemonym(w);
    const af = affiliationOf(w);
    const known = GROUP_MODIFIERS.test(w) || !!dem || !!af;
    const plain = !STOP.has(w) && !DETERMINER.test(w) && !NOT_FACILITY_MODIFIERS.test(w) && !/(ed|ing|ly)$/.test(w) && !(caps && groupKind) && !(groupKind && NOT_GROUP_MODIFIER.test(w));
    // armed groups take known modifiers; civilians and facilities any plain word ("foreign aid workers", "truffle hunters"); a group's members too ("union members", "cabinet members")
    const ok = groupKind && groupKind !== 'civilians' ? known || (MEMBER_HEADS.test(toks[i]!.lower) && plain && !/^(?:our|my|your|whose)$/.test(w)) : plain || !!dem;
    if (!ok) break;
    if (dem && !cc) cc = dem.code;
    if (af) aff = af;
    mods++;
    j--;
  }
  return { j, cc, aff, mods };
}

/** A bracket between token `j` and the next that does not close around one token: "FENASTRAS [SALVADORAN WORKERS", not "PARTY [PDC] HEADQUARTERS". */
function openBracketAfter(s: ActorScan, j: number): boolean {
  const { text, toks } = s;
  const gap = (k: number): string => (k >= 0 && k + 1 < toks.length ? text.slice(toks[k]!.end, toks[k + 1]!.start) : '');
  const g = gap(j);
  if (g.includes('[')) return !(/^\s\[$/.test(g) && /^\]\s$/.test(gap(j + 1)));
  if (g.includes(']')) return !(/^\]\s$/.test(g) && /^\s\[$/.test(gap(j - 1)));
  return false;
}

/** Where a facility named at token `i` ends: with its "of X" tail, "headquarters of the Shoe Industry Workers Union". */
function facilityEnd(s: ActorScan, i: number): number {
  const { text, toks, caps } = s;
  if (toks[i + 1]?.lower !== 'of') return toks[i]!.end;
  let k = i + 2;
  if (toks[k]?.lower === 'the') k++;
  let last = -1;
  // the tail is one run of words: it stops at punctuation ("… Forces (SDF)")
  while (k < toks.length && k - i < 9 && !caps && /^\p{Lu}/u.test(toks[k]!.text) && (last < 0 || /^\s+$/.test(text.slice(toks[k - 1]!.end, toks[k]!.start)))) last = k++;
  // …or an armed force, in any case: "the installations of the battalion", "THE HEADQUARTERS OF THE ARMY"
  if (last < 0 && k < toks.length && FORCE_OWNER.test(toks[k]!.lower)) last = k;
  return last > 0 ? toks[last]!.end : toks[i]!.end;
}

const titleKind = (w: string) => TITLES.get(w);
const groupKindOf = (w: string) => GROUP_HEADS.get(w);

/** `actor-person`, titled people: "General Rolando Cabezas Alarcon", "top Iranian general Qasem Soleimani". Returns the last token taken. */
function titledPersonAt(s: ActorScan, i: number, twoWord: string): number {
  const { text, toks, taken } = s;
  const t = toks[i]!;
  const title = titleKind(t.lower) ? t.lower : twoWord && titleKind(twoWord) ? twoWord : null;
  if (!title || s.caps) return i;
  let k = i + 1;
  // (a bracketed title is a wire's speaker tag before its words, no title of a name: "[REPORTER] TONIGHT, …"; a name
  // past a bracket stays whole: "[NICARAGUAN PRESIDENT DANIEL] ORTEGA")
  while (k < toks.length && k - i <= 4 && !toks[k]!.text.includes('--') && (/^\p{Lu}/u.test(toks[k]!.text) || (k > i + 1 && /^(?:al|el|ad|as|ash|at|az)-\p{L}/u.test(toks[k]!.text))) && !taken[k] && toks[k]!.start - toks[k - 1]!.end <= 2 && !(k === i + 1 && /[[\]]/.test(text.slice(t.end, toks[k]!.start)))) k++;
  if (k <= i + 1) return i;
  const a = toks[i + 1]!;
  const b = toks[k - 1]!;
  const prev = toks[i - 1];
  const dem = prev ? countryByDemonym(prev.lower) : null;
  s.out.push({ name: text.slice(a.start, b.end), text: text.slice(a.start, b.end), start: a.start, end: b.end, kind: TITLES.get(title) as ActorKind, country_code: dem?.code ?? null, affiliation: null, rule: 'actor-person', source: false, person: 'title' });
  take(s, i + 1, k);
  return k - 1;
}

/** `actor-bare-title`: "shot dead the mayor of a small town", "killed a university professor": a person named by title only. */
const bareTitlePass: ActorPass = (s) => {
  const { text, toks, taken } = s;
  if (s.caps) return;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const kind = titleKind(t.lower);
    // (a window: this finder reads every sentence, the layer is built for 5,183 of muc4-dev's 19,139)
    if (taken[i] || !kind || kind === 'unknown' || !BARE_TITLE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) continue;
    const next = toks[i + 1];
    // "the mayor Carlos Ruiz", "DR.  FRANCISCO JOSE GUERRERO" (an abbreviation's period, not "the mayor. Police"): a titled name
    if (next && /^\p{Lu}/u.test(next.text) && (next.start - t.end <= 1 || (ABBREVIATIONS.has(t.lower) && /^\.\s{1,2}$/.test(text.slice(t.end, next.start))))) continue;
    // "a general strike", "a major offensive": an adjective, no person
    if (next && ADJECTIVE_TITLES.test(t.lower) && /^\p{Ll}/u.test(next.text) && next.start - t.end <= 1 && !AFTER_PERSON_TITLE.test(next.lower)) continue;
    s.out.push({ name: t.text.toLowerCase(), text: t.text, start: t.start, end: t.end, kind: kind as ActorKind, country_code: null, affiliation: null, rule: 'actor-bare-title', source: false });
    taken[i] = 1;
  }
};

/** Prepositions that open a place's name, not a person's ("In San Salvador, president of …"). */
const PLACE_PREPOSITION = /^(?:in|at|from|near|on|into|to|of|outside|inside|across|through|toward|towards)$/;

/** `actor-person-appositive`: "Héctor Mendoza Loor, the 51-year-old mayor of Jama". */
const appositivePass: ActorPass = (s) => {
  const { text, toks, taken } = s;
  if (s.caps) return;
  for (let i = 0; i < toks.length; i++) {
    if (taken[i] || !/^\p{Lu}\p{Ll}/u.test(toks[i]!.text)) continue;
    let k = i;
    while (k + 1 < toks.length && k - i < 3 && !taken[k + 1] && /^\p{Lu}\p{Ll}/u.test(toks[k + 1]!.text) && /^ $/.test(text.slice(toks[k]!.end, toks[k + 1]!.start))) k++;
    const last = toks[k]!;
    const prep = i > 0 && PLACE_PREPOSITION.test(toks[i - 1]!.lower);
    const m = k > i ? (APPOSITIVE_TITLE.exec(text.slice(last.end, last.end + 60)) ?? (prep ? null : APPOSITIVE_TITLE_OF.exec(text.slice(last.end, last.end + 60)))) : null;
    if (m && !NOT_NAME_END.test(last.text) && !STOP.has(toks[i]!.lower) && !countryByName(toks[i]!.lower)) {
      const a = toks[i]!;
      s.out.push({ name: text.slice(a.start, last.end), text: text.slice(a.start, last.end), start: a.start, end: last.end, kind: TITLES.get(m[1]!.toLowerCase()) as ActorKind, country_code: null, affiliation: null, rule: 'actor-person-appositive', source: false, person: 'appositive' });
      take(s, i, k + 1);
    }
    i = k;
  }
};

const byStart: ActorPass = (s) => {
  s.out.sort((x, y) => x.start - y.start);
};

/** The surnames of a person named in full (names.ts SURNAME_RULES): the words of the name after its first that are no given name. */
function surnamesOf(s: ActorScan, p: ActorMention): string[] | null {
  const words = s.toks.filter((t) => t.start >= p.start && t.end <= p.end).map((t) => t.lower);
  if (words.length < 2) return null;
  return words.map((w, k) => (k > 0 && !isGivenName(w) && !STOP.has(w) && !TITLES.has(w) ? w : ''));
}

/** `actor-known-surname` (names.ts SURNAME_RULES): a person named in full before is named again by surname. */
const knownSurnamePass: ActorPass = (s) => {
  const rule = SURNAME_RULES[0]!;
  const persons = s.out.filter((a) => !!a.person).map((p) => ({ p, names: surnamesOf(s, p) })).filter((x) => !!x.names);
  if (persons.length === 0) return;
  const { text, toks, taken } = s;
  const adjacent = (k: number) => k > 0 && k < toks.length && NAME_GAP.test(text.slice(toks[k - 1]!.end, toks[k]!.start));
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (taken[i] || !nameToken(t, s.caps) || (adjacent(i) && !taken[i - 1] && nameToken(toks[i - 1], s.caps))) continue;
    const known = lastEndingBefore(persons, t.start, (x) => x.names!.includes(t.lower));
    if (!known) continue;
    let k = known.names!.indexOf(t.lower);
    let end = i + 1;
    while (end - i < rule.match.words && adjacent(end) && !taken[end] && known.names![k + 1] && known.names![k + 1] === toks[end]!.lower) (end++, k++);
    const next = adjacent(end) ? toks[end] : undefined;
    if (next && (nameToken(next, s.caps) || FACILITY_HEADS.test(next.lower) || rule.match.notAfter.test(next.lower))) continue;
    if (rule.match.label.before.test(text.slice(Math.max(0, t.start - 3), t.start)) && rule.match.label.after.test(text.slice(toks[end - 1]!.end, toks[end - 1]!.end + 3))) continue;
    const p = known.p;
    const span = text.slice(t.start, toks[end - 1]!.end);
    s.out.push({ name: p.name, text: span, start: t.start, end: toks[end - 1]!.end, kind: p.kind, country_code: p.country_code, affiliation: null, rule: rule.name, source: false, person: p.person, again: true });
    take(s, i, end);
    i = end - 1;
  }
};

/** The person mention nearest before `at` that passes `ok`. */
function lastEndingBefore<T extends { p: ActorMention }>(xs: T[], at: number, ok: (x: T) => boolean): T | null {
  let best: T | null = null;
  for (const x of xs) if (x.p.end <= at && ok(x) && (!best || x.p.end > best.p.end)) best = x;
  return best;
}

/**
 * `actor-state-facility`: "the US embassy", "US bases" are a facility of that state (the state stays: an attack on
 * the US embassy is an attack on the United States too), not a bare "embassy". Runs on the sorted actors.
 */
const stateFacilityPass: ActorPass = (s) => {
  const { text, out } = s;
  for (let i = 1; i < out.length; i++) {
    const f = out[i]!;
    const st = out[i - 1]!;
    if (f.kind !== 'facility' || st.kind !== 'state' || st.source || !/^\s$/.test(text.slice(st.end, f.start)) || f.start - st.end !== 1) continue;
    // an institution named by its "of" tail is no installation of the state: "the U.S. House of Representatives"
    if (/\sof\s/i.test(f.text)) continue;
    const from = st.start + (/^the\s+/i.exec(st.text)?.[0].length ?? 0); // "the US embassy" is the "US embassy"
    const name = text.slice(from, f.end);
    out[i] = { ...f, name, text: name, start: from, country_code: st.country_code, rule: 'actor-state-facility' };
  }
};

/** The actor passes, in order: earlier passes take their tokens first. */
/**
 * The labels the passes above write in code (`rule` of a mention; the dictionary's, `actor-dict:NAME`, under
 * `actor-dict`), for the inventory of rules (rules/registry.ts) beside the records of names.ts and lexicon.ts.
 */
export const MENTION_LABELS: { name: string }[] = ['actor-dict', 'actor-descriptive', 'actor-facility', 'actor-person', 'actor-bare-title', 'actor-person-appositive', 'actor-state-facility'].map((name) => ({ name }));

/**
 * `actor-claimant-named`, its shape anywhere: up to four words no other actor took and a group's head noun, two of them
 * insurgent's words (CLAIMANT_NAMED.insurgent) or one and a proper name: "the \"patriotic liberation front\"", "the Tupac
 * Amary revolutionary movement". (An upper-case wire is read truecased: its proper names keep their capitals; in upper
 * case as such no word tells a proper name.)
 */
const namedGroupPass: ActorPass = (s) => {
  const { text, toks, taken } = s;
  for (let i = 1; i < toks.length; i++) {
    if (taken[i] || !CLAIMANT_NAMED.heads.test(toks[i]!.lower)) continue;
    let k = i;
    while (k > 0 && i - k < 4 && !taken[k - 1] && /^["“]?\s["“]?$|^ $/.test(text.slice(toks[k - 1]!.end, toks[k]!.start)) && !STOP.has(toks[k - 1]!.lower) && !DETERMINER.test(toks[k - 1]!.lower)) k--;
    const words = toks.slice(k, i);
    const insurgent = words.filter((t) => CLAIMANT_NAMED.insurgent.test(t.lower)).length;
    if (insurgent === 0 || (insurgent < 2 && (s.caps || !words.some((t) => /^\p{Lu}/u.test(t.text) && !CLAIMANT_NAMED.insurgent.test(t.lower))))) continue;
    const name = text.slice(toks[k]!.start, toks[i]!.end);
    s.out.push({ name, text: name, start: toks[k]!.start, end: toks[i]!.end, kind: 'unknown', country_code: null, affiliation: null, rule: CLAIMANT_NAMED.name, source: false });
    take(s, k, i + 1);
  }
};

const ACTOR_PASSES: ActorPass[] = [dictionaryPass, personPass, namedGroupPass, descriptivePass, bareTitlePass, appositivePass, byStart, knownSurnamePass, byStart, stateFacilityPass];

/**
 * `group-noun-modifier`: a singular group noun before the head of a group ("ALLEGED GUERRILLA URBAN COMMANDOS", "URBAN
 * GUERRILLA COMMANDOS") modifies it: the phrase is one party, named by its last head.
 */
function modifiesGroupAfter(text: string, toks: Tok[], i: number): boolean {
  if (!GROUP_NOUN_MODIFIERS.test(toks[i]!.lower)) return false;
  let k = i + 1;
  const adjacent = (j: number) => !!toks[j] && NAME_GAP.test(text.slice(toks[j - 1]!.end, toks[j]!.start));
  while (k < i + 3 && adjacent(k) && GROUP_MODIFIERS.test(toks[k]!.lower)) k++;
  return adjacent(k) && GROUP_HEADS.get(toks[k]!.lower) === 'armed_group';
}

/** Whether a token may be a word of a person's name here: a name word of the lexicon, capitalized in mixed case, and no title, group, facility or place noun. */
function nameToken(t: Tok | undefined, caps: boolean): boolean {
  // (in mixed case the capital first: most words have none)
  if (!t || !(caps || /^\p{Lu}\p{Ll}/u.test(t.text))) return false;
  if (STOP.has(t.lower) || titleKind(t.lower) || groupKindOf(t.lower) || FACILITY_HEADS.test(t.lower) || NOT_NAME_END.test(t.text)) return false;
  return isNameWord(t.lower);
}

/** A surname the lexicon knows only as a town's name (names.ts `isTownName`), capitalized in mixed case. */
function isTownSurname(t: Tok | undefined, caps: boolean): boolean {
  return !!t && !STOP.has(t.lower) && (caps || /^\p{Lu}\p{Ll}/u.test(t.text)) && isTownName(t.lower);
}

/** The kind of a person no title describes: who they are the clause says (an attacker or a victim). */
const UNTITLED_KIND: ActorKind = 'unknown';

/** Only spaces and at most one line break between two words of a name. */
const NAME_GAP = /^[ \t]*(?:\n[ \t]*)?$/;

/**
 * `actor-given-name` (a given name and one to three name words: "RICARDO ALFONSO CASTELLAR"): the person's tokens
 * [i, end). (An upper-case wire is truecased before it is read, pipeline.ts: a title before a name is `actor-person`'s.)
 */
function personAt(text: string, toks: Tok[], taken: Uint8Array, i: number, caps: boolean): { end: number; kind: ActorKind; rule: string; person: PersonCue } | null {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const titled = !!prev && !taken[i - 1] && !!titleKind(prev.lower) && NAME_GAP.test(text.slice(prev.end, t.start));
  const given = (caps || /^\p{Lu}\p{Ll}/u.test(t.text)) && isGivenName(t.lower);
  // a title before the name is the title rule's (`actor-person`: "Prime Minister Mustafa al-Kadhemi")
  if (!given || titled) return null;
  // a name starts where its run of name words starts ("Luis Carlos Galan" is not "Carlos Galan" after "Luis")
  const inRun = !!prev && NAME_GAP.test(text.slice(prev.end, t.start)) && nameToken(prev, caps);
  if (inRun || !nameToken(t, caps) || (prev && SAINT_BEFORE.test(prev.lower))) return null;
  let end = i + 1;
  // after a given name, a surname that is also a town's name ("CARLOS VALENCIA GARCIA", "CARLOS MENDOZA"; `name-town-surname`)
  const next = (k: number) => nameToken(toks[k], caps) || (given && isTownSurname(toks[k], caps));
  while (end < toks.length && end - i < 4 && !taken[end] && NAME_GAP.test(text.slice(toks[end - 1]!.end, toks[end]!.start)) && next(end)) end++;
  if (end - i < 2) return null;
  // a place or an institution named after a person: "JOSE MARIA CORDOBA AIRPORT", "Simon Bolivar University"
  // (or one word later: "the FMLN's Pedro Pablo Castillo Urban Command")
  for (let k = end; k < end + 2 && k < toks.length && NAME_GAP.test(text.slice(toks[k - 1]!.end, toks[k]!.start)); k++) {
    if (FACILITY_HEADS.test(toks[k]!.lower) || NOT_NAME_END.test(toks[k]!.text) || NAMED_AFTER_PERSON.test(toks[k]!.text)) return null;
  }
  const after = text.slice(toks[end - 1]!.end, toks[end - 1]!.end + 60);
  // `name-possessive-skip`: a name that modifies a noun ("Joe Biden's administration") is no party
  if (/^['’]s\b/i.test(after) || /['’]s$/i.test(toks[end - 1]!.text)) return null;
  // a title in apposition gives the kind, as `actor-person-appositive` does ("Fernando Villavicencio, a presidential candidate")
  const appositive = APPOSITIVE_TITLE.exec(after);
  if (appositive) return { end, kind: TITLES.get(appositive[1]!.toLowerCase()) as ActorKind, rule: 'actor-person-appositive', person: 'appositive' };
  return { end, kind: UNTITLED_KIND, rule: 'actor-given-name', person: 'given-name' };
}

/** Cues of responsibility in text[from, to). */
/**
 * `actor-claimant-named` (CLAIMANT_APPOSITION): a group named before an apposition that describes it ("Ittehad-ul-Mujahideen
 * Pakistan, an alliance of militant factions formed last year, claimed the bombing"): the name, not a word of the
 * description, is the claimant.
 */
function claimantBefore(text: string, from: number, to: number): ActorMention | null {
  const m = CLAIMANT_APPOSITION.exec(text.slice(from, to));
  if (!m) return null;
  const name = m[1]!;
  const start = from + m.index + m[0].indexOf(name);
  const known = findActors(text).find((a) => a.start <= start && a.end >= start + name.length && !a.source);
  return known ?? { name, text: name, start, end: start + name.length, kind: 'armed_group', country_code: null, affiliation: null, rule: CLAIMANT_NAMED.name, source: false };
}

/** `actor-claimant-named` (lexicon CLAIMANT_NAMED): a group named by capitalized words and a group noun right before a claim. */
function namedClaimant(text: string, from: number, to: number): ActorMention | null {
  const m = CLAIMANT_NAMED.re.exec(text.slice(from, to));
  if (!m || !CLAIMANT_NAMED.heads.test(m[2]!.toLowerCase())) return null;
  const name = m[1]!.trim();
  const start = from + m.index + m[0].indexOf(m[1]!);
  return { name, text: name, start, end: start + name.length, kind: 'armed_group', country_code: null, affiliation: null, rule: CLAIMANT_NAMED.name, source: false };
}

/** The actors that may be responsible (no source, facility or civilians), filtered once per list of actors. */
const RESPONSIBLE = new WeakMap<ActorMention[], ActorMention[]>();
function responsibleActors(all: ActorMention[]): ActorMention[] {
  let out = RESPONSIBLE.get(all);
  if (!out) RESPONSIBLE.set(all, (out = all.filter((a) => !a.source && a.kind !== 'facility' && a.kind !== 'civilians')));
  return out;
}

/** Between two parties of one list: a comma or "and", past a bracketed expansion ("ARENA [NATIONALIST REPUBLICAN ALLIANCE], AND ITS ARMED FORCES"). */
const PARTY_LIST_GAP = /^(?:\s*[[(][^\])[(]{0,80}[\])])?(?:\s*,\s+(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?$/i;

/**
 * The parties listed right after `first`, each joined by a comma or "and", ending by `to`: a list joins three or
 * ends with "and" ("A, B, AND C"; "A, B, C, D, AND E" whose last name is not read); one comma alone ends a clause
 * ("ATTRIBUTED TO THE MAFIAS, SEVERAL MEN LAST NIGHT WOUNDED").
 */
function conjoinedAfter(text: string, actors: ActorMention[], first: ActorMention, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  let prev = first;
  let last = 0;
  for (const a of actors) {
    if (a.start < prev.end || a.end > to) continue;
    const gap = text.slice(prev.end, a.start);
    if (!PARTY_LIST_GAP.test(gap)) break;
    out.push(a);
    if (/\band\s/i.test(gap)) last = out.length;
    prev = a;
  }
  return out.length > 1 ? out : out.slice(0, last);
}

export function findResponsibility(text: string, from = 0, to = text.length, scope: Scope = 'all'): ResponsibilityCue[] {
  const lower = foldCase(text.slice(from, to));
  const actors = responsibleActors(findActors(text));
  const out: ResponsibilityCue[] = [];
  for (const r of RESPONSIBILITY_RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(lower); m; m = r.re.exec(lower)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      let actor: ActorMention | null = null;
      if (r.actor === 'before') actor = claimantBefore(text, Math.max(from, start - 160), start) ?? [...actors].reverse().find((a) => a.end <= start && start - a.end < 80 && a.start >= from) ?? null;
      // (a group named right before its claim is the claimant, not an actor farther back: "THE ATTACK AGAINST ATTORNEY
      // GENERAL ROBERTO GARCIA ALVARADO, A GROUP CALLING ITSELF THE GERARDO BARRIOS COMMANDO UNIT TONIGHT CLAIMED")
      const named = r.actor === 'before' && r.value === 'claimed' && scope === CLAIMANT_NAMED.scope ? namedClaimant(text, Math.max(from, start - 200), start) : null;
      if (named && (!actor || named.start >= actor.end)) actor = named;
      if (actor && r.gap && !r.gap.test(foldCase(text.slice(actor.end, start)))) actor = null;
      const until = r.partyIn ? from + (m.indices?.[r.partyIn]?.[1] ?? m.index) : to;
      if (r.actor === 'after') actor = actors.find((a) => a.start >= end && a.start - end < (r.reach ?? 60) && a.end <= Math.min(to, until)) ?? null;
      if (r.value === 'attributed' && !actor) continue;
      if (r.actorKinds && !(actor && r.actorKinds.includes(actor.kind))) continue;
      const also = r.actor === 'after' && actor && !r.notAuthor ? conjoinedAfter(text, actors, actor, Math.min(to, until)) : [];
      out.push({ value: r.value, text: text.slice(start, end), start, end, rule: r.name, actor: r.notAuthor ? null : actor, ...(also.length ? { also } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const SOURCE_NAMES = new Map(ACTORS.filter((a) => a.source).flatMap((a) => a.aliases.map((x) => [x.toLowerCase(), a.name] as const)));

function reporterName(s: string): string {
  const bare = s.replace(/^(the|a|an)\s+/i, '').replace(/\s+war\s+monitor$/i, '').trim();
  return SOURCE_NAMES.get(bare.toLowerCase()) ?? SOURCE_NAMES.get(s.toLowerCase()) ?? bare;
}

/** Sources the text credits in text[from, to). */
export function findReporters(text: string, from = 0, to = text.length): ReporterCue[] {
  const slice = text.slice(from, to);
  const out: ReporterCue[] = [];
  for (const r of REPORTER_RULES) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(slice); m; m = r.re.exec(slice)) {
      const who = m[1]!;
      const start = from + m.index + m[0].indexOf(who);
      const end = start + who.length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ name: reporterName(who), text: who, start, end, rule: r.name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
