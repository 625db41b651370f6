// The event corpus: sentences (or two) with the events a careful coder would
// extract from them, in order of first mention. Run by test/events.corpus.test.ts.
//
// Conventions for the expected trigger (compared case-insensitively, spaces
// collapsed):
// - the trigger is the first word or phrase that names the incident: a verb
//   ("attacked", "kidnapped", "blew up") or an event noun ("attack", "bomb",
//   "clashes", "raid"); with a remote weapon as subject and a generic verb
//   ("two rockets hit"), the verb;
// - compounds of weapon + event noun are one trigger ("car bomb blast",
//   "rocket attack", "mortar attack", "suicide car bomb", "terrorist attack");
// - for a passive with the victim as subject the trigger includes the form of
//   "be" right before the participle ("were killed", "was shot dead",
//   "been murdered");
// - a victim verb ("killed", "wounded") or a result verb ("destroyed") is the
//   trigger only when no incident word of the same event follows in the clause
//   ("were killed in an ambush" → "ambush");
// - one incident named by several words is one event, typed by the most
//   specific word (taxonomy.md order) and triggered by the first.
// killed/wounded/attackers/targets/weapons are given only where the sentence
// states them unambiguously; absent fields are not checked.
import type { Corpus, CorpusCase } from './types.js';
import type { Actor, EventRecord } from '../../src/core/types.js';
import { extract } from '../../src/core/index.js';
import type { Expect, ExpectedEvent } from './events/helpers.js';
import { modernBacklog, modernNegatives, modernPositives } from './events/modern.js';
import { realBacklog, realNegatives, realPositives } from './events/real.js';
import { everydayNegatives, everydayNegatives2, everydayNegatives3, everydayNegatives4, everydayPositives, everydayPositives4 } from './events/everyday.js';

export type { Expect, ExpectedEvent } from './events/helpers.js';

const DEFAULT_PUBLISHED = '2021-04-04';

/** Lower case, accents and punctuation removed, single spaces. */
function norm(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Either contains the other as whole words. */
function wordMatch(a: string, b: string): boolean {
  const x = ` ${norm(a)} `;
  const y = ` ${norm(b)} `;
  if (x.trim() === '' || y.trim() === '') return false;
  return x.includes(y) || y.includes(x);
}

function actorMatches(expected: string, actors: Actor[]): boolean {
  return actors.some((a) => wordMatch(expected, a.name) || wordMatch(expected, a.text));
}

/**
 * The trigger is anchored at the right words: one contains the other as whole
 * words ("were killed" ~ "killed", "car bomb blast" ~ "car bomb").
 */
function sameTrigger(expected: string, got: string): boolean {
  return wordMatch(expected, got);
}

function describe(e: EventRecord): string {
  return `${e.type} "${e.trigger.text}"`;
}

function checkEvent(i: number, exp: ExpectedEvent, got: EventRecord): string[] {
  const errs: string[] = [];
  const at = `event ${i + 1}`;
  const types = Array.isArray(exp.type) ? exp.type : [exp.type];
  if (!types.includes(got.type)) errs.push(`${at}: type expected ${types.join('|')}, got ${got.type}`);
  if (!sameTrigger(exp.trigger, got.trigger.text)) errs.push(`${at}: trigger expected "${exp.trigger}", got "${got.trigger.text}"`);
  if (exp.killed !== undefined && got.killed?.value !== exp.killed) {
    errs.push(`${at}: killed expected ${exp.killed}, got ${got.killed ? got.killed.value : 'null'}`);
  }
  if (exp.wounded !== undefined && got.wounded?.value !== exp.wounded) {
    errs.push(`${at}: wounded expected ${exp.wounded}, got ${got.wounded ? got.wounded.value : 'null'}`);
  }
  for (const role of ['attackers', 'targets'] as const) {
    for (const name of exp[role] ?? []) {
      if (!actorMatches(name, got[role])) {
        errs.push(`${at}: ${role} expected "${name}", got [${got[role].map((a) => `${a.name} (${a.text})`).join(', ')}]`);
      }
    }
  }
  for (const w of exp.weapons ?? []) {
    if (!got.weapons.some((g) => wordMatch(w, g.name))) {
      errs.push(`${at}: weapon expected "${w}", got [${got.weapons.map((g) => g.name).join(', ')}]`);
    }
  }
  if (exp.aggregate !== undefined && got.aggregate !== exp.aggregate) {
    errs.push(`${at}: aggregate expected ${exp.aggregate}, got ${got.aggregate}`);
  }
  return errs;
}

function check(c: CorpusCase<Expect>): string | null {
  let events: EventRecord[];
  try {
    events = extract(c.text, { published: c.published ?? DEFAULT_PUBLISHED }).events;
  } catch (err) {
    return `extract threw: ${err instanceof Error ? err.message : String(err)}`;
  }
  const expected = c.expect;
  if (events.length !== expected.length) {
    const want = expected.map((e) => `${Array.isArray(e.type) ? e.type.join('|') : e.type} "${e.trigger}"`).join('; ') || 'nothing';
    const got = events.map(describe).join('; ') || 'nothing';
    return `expected ${expected.length} event(s) [${want}], got ${events.length} [${got}]`;
  }
  const errs = expected.flatMap((exp, i) => checkEvent(i, exp, events[i]!));
  return errs.length ? errs.join('; ') : null;
}

export const corpus: Corpus<Expect> = {
  kind: 'events',
  cases: [...realPositives, ...modernPositives, ...everydayPositives, ...everydayPositives4, ...realNegatives, ...modernNegatives, ...everydayNegatives, ...everydayNegatives2, ...everydayNegatives3, ...everydayNegatives4],
  backlog: [...realBacklog, ...modernBacklog],
  check,
};
