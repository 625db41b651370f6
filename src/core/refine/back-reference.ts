// Attackers named in a sentence of the story outside the incident's own, when that sentence refers back to the incident
// definitely: a claim or an attribution of "the massacre", "this crime", "the murder of the minister" (record.ts applies it
// after the responsibility cues of the incident's own sentences). Pure.
import type { EventType } from '../types.js';
import type { ActorMention, ResponsibilityCue } from '../extract/actors/index.js';
import type { ArticleContext, Incident, Role } from './context.js';
import { incidentSentences } from './context.js';
import { habitualCue } from './merge.js';

/** The deed words that name an incident of each kind again: its nouns after a determiner, its verbs' -ing forms (an accusation's). */
const KILLING = ['murders?', 'killings?', 'assassinations?', 'massacres?', 'crimes?', 'deaths?', 'attacks?', 'shootings?', 'ambush(?:es)?', 'executions?'];
const KILLING_ING = ['murdering', 'killing', 'assassinating', 'massacring', 'attacking', 'shooting', 'executing'];
const BLAST = ['bombings?', 'attacks?', 'explosions?', 'blasts?', 'crimes?', 'dynamite\\s+attacks?', 'bomb\\s+attacks?'];
const BLAST_ING = ['bombing', 'dynamiting', 'attacking', 'planting'];
const DEEDS: Partial<Record<EventType, { nouns: string[]; verbs: string[] }>> = {
  assassination: { nouns: KILLING, verbs: KILLING_ING },
  armed_assault: { nouns: KILLING, verbs: KILLING_ING },
  attack: { nouns: [...KILLING, 'bombings?', 'explosions?'], verbs: [...KILLING_ING, 'bombing'] },
  raid: { nouns: KILLING, verbs: KILLING_ING },
  bombing: { nouns: BLAST, verbs: BLAST_ING },
  grenade: { nouns: BLAST, verbs: BLAST_ING },
  abduction: { nouns: ['kidnappings?', 'abductions?', 'crimes?'], verbs: ['kidnapping', 'abducting'] },
  arson: { nouns: ['burnings?', 'fires?', 'arson', 'attacks?', 'crimes?'], verbs: ['burning'] },
};

/**
 * `claim-back-reference` (`--scope terrorism`): a claim or an attribution with its party ("THE ZARATE WILKA GROUP HAS CLAIMED
 * RESPONSIBILITY FOR THE MURDER OF THESE TWO MISSIONARIES", "MEMBERS OF THE ARMY WERE RESPONSIBLE FOR THE MASSACRE", "ACCUSED
 * THE FMLN OF KILLING THE PRIESTS") in a sentence of the story that tells no incident of its own names that incident's party,
 * when the story tells one incident and the sentence names its deed again, definitely, by a word of its kind (`deeds`):
 * "THE TWO MURDERS WERE ATTRIBUTED TO THE MEDELLIN CARTEL" in a story of a kidnapping names another incident's. The party is
 * not a dictionary's source.
 */
export const BACK_REFERENCE_RULES: {
  name: string;
  match: { scope: 'terrorism'; values: ResponsibilityCue['value'][]; definite: string; deeds: typeof DEEDS };
  then: 'attacker';
  examples: { pos: string[]; neg: string[] };
}[] = [
  {
    name: 'claim-back-reference',
    match: { scope: 'terrorism', values: ['claimed', 'attributed'], definite: "(?:the|this|that|these|those|its|their|yesterday['’]s|today['’]s|last\\s+\\w+['’]s)", deeds: DEEDS },
    then: 'attacker',
    examples: {
      // (a claim a few sentences on is the incident's own, merge.ts CLAIM_REACH: this one comes past it)
      pos: [
        'SAN SALVADOR, 11 JAN 90 -- [TEXT] SIX JESUIT PRIESTS WERE MURDERED ON 16 NOVEMBER IN SAN SALVADOR. THE PRIESTS WERE BURIED TODAY. THE ARCHBISHOP SPOKE AT THE FUNERAL. HE CALLED FOR PEACE. THE PRESIDENT WAS NOT PRESENT. THE DIALOGUE WILL RESUME IN MARCH. THE UNIVERSITY WILL REOPEN ON MONDAY. THE STUDENTS RETURNED TO THE CAMPUS. PRESIDENT CRISTIANI ACKNOWLEDGES THAT MEMBERS OF THE ARMY WERE RESPONSIBLE FOR THE CRIME.',
      ],
      neg: [
        'BOGOTA, 3 APR 90 -- [TEXT] SENATOR FEDERICO ESTRADA VELEZ WAS KIDNAPPED BY UNIDENTIFIED INDIVIDUALS IN MEDELLIN TODAY. COLONEL FRANKLIN QUINTERO AND LUIS CARLOS GALAN WERE KILLED LAST YEAR. THE TWO MURDERS WERE ATTRIBUTED TO THE MEDELLIN CARTEL.',
      ],
    },
  },
];

/** The pattern of a rule's definite deed words for an incident type (lower-case text), built once. */
const DEED_RE = new Map<string, RegExp | null>();
function deedPattern(r: (typeof BACK_REFERENCE_RULES)[number], type: EventType): RegExp | null {
  const key = `${r.name}:${type}`;
  if (!DEED_RE.has(key)) {
    const d = r.match.deeds[type];
    DEED_RE.set(key, d ? new RegExp(`\\b(?:${r.match.definite}\\s+(?:["“]?[\\w-]+["”]?\\s+){0,2}?(?:${d.nouns.join('|')})|(?:${d.verbs.join('|')})\\s+${r.match.definite})\\b`) : null);
  }
  return DEED_RE.get(key)!;
}

/** Whether sentence `si` names one of the incident's targets (as the text gives it, of 4 letters or more). */
function namesTarget(ctx: ArticleContext, inc: Incident, si: number): boolean {
  const s = ctx.sentences[si]!;
  const words = ctx.lower.slice(s.start, s.end);
  return inc.groups.some((g) => g.targets.some((t) => t.value.end - t.value.start >= 4 && (t.value.start < s.start || t.value.start >= s.end) && words.includes(ctx.lower.slice(t.value.start, t.value.end))));
}

/**
 * BACK_REFERENCE_RULES: for incident `inc` (of `type`) of the story's `incidents`, the parties of the claims and
 * attributions in the sentences no incident tells (`groupSentences`: those that hold a group) that name its deed again,
 * pushed on `attackers`: in a story of one incident, any such sentence; in a story of several, one that names one of its
 * targets and none of the others'.
 */
export function backReferenceAttackers(ctx: ArticleContext, inc: Incident, type: EventType, incidents: readonly Incident[], groupSentences: ReadonlySet<number>, attackers: Role<ActorMention>[]): void {
  const rules = BACK_REFERENCE_RULES.filter((r) => r.match.scope === ctx.scope);
  if (rules.length === 0 || inc.aggregate) return;
  const own = new Set(incidentSentences(inc));
  const others = incidents.filter((x) => x !== inc && !x.aggregate);
  const known = new Set(attackers.map((a) => a.value.name.toLowerCase()));
  for (let si = 0; si < ctx.sentences.length; si++) {
    if (own.has(si) || groupSentences.has(si)) continue;
    if (others.length > 0 && (!namesTarget(ctx, inc, si) || others.some((x) => namesTarget(ctx, x, si)))) continue;
    const s = ctx.sentences[si]!;
    for (const c of ctx.responsibility(s.start, s.end)) {
      const r = rules.find((x) => x.match.values.includes(c.value));
      const deed = r && c.actor && !c.actor.source && !known.has(c.actor.name.toLowerCase()) ? deedPattern(r, type) : null;
      if (!deed || !deed.test(ctx.lower.slice(s.start, s.end)) || habitualCue(ctx, c)) continue;
      ctx.trace?.push({ rule: r!.name, action: 'accept', text: ctx.text.slice(c.actor!.start, c.actor!.end), start: c.actor!.start, end: c.actor!.end });
      attackers.push({ value: c.value === 'attributed' ? { ...c.actor! } : c.actor!, rule: `${c.rule}>${r!.name}` });
      known.add(c.actor!.name.toLowerCase());
    }
  }
}
