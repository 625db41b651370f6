// compromise's domain plugin: words of political-violence reporting that its
// general lexicon tags wrongly ("airstrikes" as a verb, "gunmen" fine), and
// the armed groups' acronyms as organizations. Data only.
import nlp from 'compromise';
import { ACTORS, CAPS_NEEDS_CONTEXT } from '../extract/actors/lexicon.js';

/** Nouns of the domain, by the tag compromise should give them. */
export const DOMAIN_WORDS: Record<string, string> = {
  airstrike: 'Singular', airstrikes: 'Plural', 'air strike': 'Singular', 'air strikes': 'Plural', 'drone strike': 'Singular', 'drone strikes': 'Plural',
  'missile strike': 'Singular', 'missile strikes': 'Plural', shelling: 'Singular', shellings: 'Plural', bombing: 'Singular', bombings: 'Plural',
  gunmen: 'Plural', gunman: 'Singular', militiamen: 'Plural', guerrillas: 'Plural', guerrilla: 'Singular', insurgents: 'Plural', jihadists: 'Plural',
  ied: 'Singular', ieds: 'Plural', mortars: 'Plural', 'grenade launcher': 'Singular', 'grenade launchers': 'Plural', 'rocket launcher': 'Singular', 'rocket launchers': 'Plural',
  firefight: 'Singular', firefights: 'Plural', gunbattle: 'Singular', shootout: 'Singular', 'shoot-out': 'Singular', 'shoot-outs': 'Plural',
  // (read as verbs in upper-case wires: "INCLUDING TWO JUDGES AND", "THREE M-18 MINES AND CONTACT GRENADES"; muc4-dev had
  // 50 of its 79 "judges" and 5 of its 20 "mines" tagged verbs)
  judges: 'Plural', mines: 'Plural',
  // (the title before a name opens a sentence as an imperative: "JUDGE JOSE ROBERTO LOPEZ WAS KILLED"; "will judge", "to judge"
  // stay verbs by compromise's own rules)
  judge: 'Actor',
};

/**
 * Nouns of the domain whose tags compromise's sentence rules change after its lexicon (a plural noun and a verb:
 * "THE POLICE FORCE ARRIVED" read "force" as the verb, "POLICE FORCES ATTACKED" read "police"): frozen, so no rule retags them.
 */
export const DOMAIN_PHRASES: Record<string, string> = {
  'police force': 'Singular', 'police forces': 'Plural',
};

/** The dictionary's armed groups and forces written as acronyms (FMLN, ELN, PKK), tagged Organization. */
function acronyms(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of ACTORS) {
    for (const n of [a.name, ...a.aliases]) {
      if (/^[A-Z][A-Z-]{1,7}$/.test(n) && !CAPS_NEEDS_CONTEXT.has(n.toLowerCase())) out[n.toLowerCase()] = 'Organization';
    }
  }
  return out;
}

export const domainPlugin = {
  words: { ...acronyms(), ...DOMAIN_WORDS },
  frozen: DOMAIN_PHRASES,
};

let plugged = false;
/** compromise with the domain plugin, applied once: the tagger and every reader of its lexicon (truecase.ts) see the same words. */
export function tagger(): typeof nlp {
  if (!plugged) {
    nlp.plugin(domainPlugin);
    plugged = true;
  }
  return nlp;
}
