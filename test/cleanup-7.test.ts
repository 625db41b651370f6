// Review debts and tagger bugs (branch cleanup-7): a sentence's responsibility cues read once and shared by the
// refiners (work counted, never timed); one per-sentence cache of cues on the language layer; the title "JUDGE", "POLICE
// FORCE" and a plural's possessive ("CANTONS'") as the tagger and the truecaser read them.
import { describe, expect, it, vi } from 'vitest';
import * as actors from '../src/core/extract/actors/index.js';
import { extract } from '../src/core/index.js';
import { Language } from '../src/core/lang/layer.js';
import { truecase } from '../src/core/lang/truecase.js';
import { splitSentences } from '../src/core/text.js';
import { BACK_REFERENCE_RULES } from '../src/core/refine/back-reference.js';

// every call of findResponsibility, by its range (the module's own function, counted)
const reads: string[] = [];
vi.mock('../src/core/extract/actors/index.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../src/core/extract/actors/index.js')>();
  return {
    ...mod,
    findResponsibility: (text: string, from?: number, to?: number, scope?: Parameters<typeof mod.findResponsibility>[3]) => {
      reads.push(`${from}:${to}`);
      return mod.findResponsibility(text, from, to, scope);
    },
  };
});

describe("a sentence's responsibility cues, read once", () => {
  const story = BACK_REFERENCE_RULES[0]!.examples.pos[0]!;
  // two incidents, each asking for the cues of the sentences the other tells and of the claim after them
  const two = 'SAN SALVADOR, 11 JAN 90 -- [TEXT] GUERRILLAS KILLED A MAYOR IN USULUTAN ON MONDAY. A BOMB EXPLODED AT A BANK IN SAN MIGUEL ON TUESDAY. THE FMLN CLAIMED RESPONSIBILITY FOR THE ATTACK ON THE BANK. THE MAYOR WAS BURIED TODAY.';

  it('searches each range once, and codes the party a back-reference names', () => {
    reads.length = 0;
    const res = extract(story, { scope: 'terrorism', explain: true, published: '1990-01-11' });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.length).toBe(new Set(reads).size);
    const e = res.events[0]!;
    expect(e.attackers.map((a) => a.name.toLowerCase())).toContain('army');
    expect(e.explain?.attackers?.some((r) => r.endsWith('>claim-back-reference'))).toBe(true);
    // the trace holds each of the cue's firings once
    const fired = (res.trace ?? []).filter((f) => f.rule === 'resp-responsible-for');
    expect(fired).toHaveLength(1);
    expect(story.slice(fired[0]!.start, fired[0]!.end)).toBe(fired[0]!.text);
  });

  it('reads no range twice in a story of several incidents, and gives the same events as without a trace', () => {
    reads.length = 0;
    const traced = extract(two, { scope: 'terrorism', explain: true, published: '1990-01-11' });
    expect(reads.length).toBe(new Set(reads).size);
    const plain = extract(two, { scope: 'terrorism', published: '1990-01-11' });
    expect(plain.events.map((e) => [e.type, e.attackers.map((a) => a.name)])).toEqual(traced.events.map((e) => [e.type, e.attackers.map((a) => a.name)]));
    // (the module's own function is what the mock counts)
    expect(typeof actors.findResponsibility).toBe('function');
  });
});

describe('Language.cueAt: one cache of cues per sentence', () => {
  const text = 'The attack was not suspected, not believed, and not thought to be real. Nothing here.';
  const lang = new Language(text, splitSentences(text));

  it('gives the last match of a global cue and the first of another, -1 where none, on the text as written', () => {
    expect(lang.cueAt(0, /\bnot\b/gi)).toBe(text.lastIndexOf('not thought'));
    expect(lang.cueAt(0, /\bnot\b/i)).toBe(text.indexOf('not'));
    expect(lang.cueAt(1, /\bnot\b/gi)).toBe(-1);
    expect(lang.sentenceHas(0, /\bSUSPECTED\b/i)).toBe(true);
    expect(lang.sentenceHas(1, /\bsuspected\b/i)).toBe(false);
    expect(lang.sentenceHas(5, /\bsuspected\b/i)).toBe(false);
  });

  it('reads a cue once a sentence, however often it is asked', () => {
    const cue = /\bbelieved\b/gi;
    const exec = vi.spyOn(cue, 'exec');
    for (let i = 0; i < 5; i++) expect(lang.cueAt(0, cue)).toBe(text.indexOf('believed'));
    // (two execs: the match, then the end)
    expect(exec).toHaveBeenCalledTimes(2);
    expect(cue.lastIndex).toBe(0);
    const plain = /\bthought\b/i;
    const once = vi.spyOn(plain, 'exec');
    for (let i = 0; i < 5; i++) expect(lang.sentenceHas(0, plain)).toBe(true);
    expect(once).toHaveBeenCalledTimes(1);
  });
});

describe('tagger and truecaser: titles, police forces, plural possessives', () => {
  const termOf = (text: string, word: string) => {
    const lang = new Language(text, splitSentences(text));
    const start = text.indexOf(word);
    const t = lang.layer(0).terms.find((x) => x.start === start);
    expect(t?.text).toBe(word);
    return t!;
  };

  it('reads the title JUDGE before a name as a noun, in upper case and mixed case', () => {
    expect(termOf('JUDGE SOFIA DE ROLDAN WAS SHOT TO DEATH BY HIRED ASSASSINS.', 'JUDGE').tags.has('Verb')).toBe(false);
    expect(termOf('JUDGE SOFIA DE ROLDAN WAS SHOT TO DEATH BY HIRED ASSASSINS.', 'JUDGE').tags.has('Noun')).toBe(true);
    expect(termOf('Judge Sofia de Roldan was shot to death by hired assassins.', 'Judge').tags.has('Noun')).toBe(true);
    // the verb stays a verb
    expect(termOf('THE COURT WILL JUDGE THE THREE OFFICERS IN MAY.', 'JUDGE').tags.has('Verb')).toBe(true);
    expect(termOf('It is too early to judge the outcome.', 'judge').tags.has('Verb')).toBe(true);
  });

  it('reads POLICE FORCE and POLICE FORCES as nouns, the verb after them a verb', () => {
    const text = 'THE NATIONAL POLICE FORCE ARRIVED IN THE TOWN.';
    expect(termOf(text, 'FORCE').tags.has('Verb')).toBe(false);
    expect(termOf(text, 'ARRIVED').tags.has('Verb')).toBe(true);
    const plural = 'POLICE FORCES ATTACKED THE REBEL CAMP.';
    expect(termOf(plural, 'POLICE').tags.has('Verb')).toBe(false);
    expect(termOf(plural, 'ATTACKED').tags.has('Verb')).toBe(true);
    const lang = new Language(plural, splitSentences(plural));
    const c = lang.layer(0).clauses.find((x) => x.verb?.lemma === 'attack')!;
    expect(plural.slice(c.subject!.start, c.subject!.end)).toBe('POLICE FORCES');
  });

  it("keeps a plural's possessive lower case, a name's capitalised, the length unchanged", () => {
    const text = "THE PEASANTS OF THE CANTONS' FARMS AND GOMEZ' CAR WERE ATTACKED.";
    const cased = truecase(text);
    expect(cased).toHaveLength(text.length);
    expect(cased).toContain("the cantons' farms");
    expect(cased).toContain("Gomez' car");
    expect(truecase("THE REBELS' 33D ATTACK")).toMatch(/^The rebels' /);
  });
});

describe('responsibility rules: the party blamed or accused, not one in the thing blamed or the deed', () => {
  const cues = (t: string) => actors.findResponsibility(t, 0, t.length, 'terrorism').map((c) => [c.rule, c.text, c.actor?.text ?? null]);

  it('resp-blamed: a bare "blamed" takes its object, not a party in what is blamed on another', () => {
    expect(cues('THE STATEMENT BLAMED A THREATENED LOSS OF U.S. MILITARY AID ON A FEW CORRUPT OFFICERS.')).toEqual([]);
    expect(cues('POLICE BLAMED THE FMLN FOR THE ATTACK ON THE BANK.')).toEqual([['resp-blamed', 'BLAMED', 'FMLN']]);
    expect(cues('Officials blamed the Pakistani Taliban for the bombing.')).toEqual([['resp-blamed', 'blamed', 'the Pakistani Taliban']]);
    // (a deed blamed on a party: the party after "on")
    const on = 'INTERIOR MINISTER EDUARDO PEREZ BELTRAN HAS BLAMED THE MURDER OF TWO U.S. MORMON MISSIONARIES ON THE FMLN.';
    expect(cues(on).map((c) => c[0])).toEqual(['resp-blamed']);
    expect(cues(on)[0]![2]).toBe('FMLN');
  });

  it('resp-accused-of: the accused stands between the verb and the deed, never a name in the deed', () => {
    expect(cues('THE 19 APRIL MOVEMENT TODAY ACCUSED THE COLOMBIAN INTELLIGENCE SERVICES OF ASSASSINATING M-19 PRESIDENTIAL CANDIDATE CARLOS PIZARRO.')).toEqual([['resp-accused-other', 'ACCUSED', null]]);
    expect(cues('THE CHURCH IS ACCUSING MEMBERS OF THE ARMED FORCES OF KILLING THE PRIESTS.')).toEqual([['resp-accused-of', 'ACCUSING', 'THE ARMED FORCES']]);
    expect(cues('INFORMATION SECRETARY MAURICIO SANDOVAL OPENLY ACCUSED THE FMLN OF MURDERING ANA ISABEL CASANOVA.')).toEqual([['resp-accused-of', 'ACCUSED', 'FMLN']]);
  });
});

describe('Peace Brigades International: civilians, no brigade of an army', () => {
  it('reads the NGO as civilians in upper and mixed case, an army brigade still a brigade', () => {
    const caps = 'THREE MEMBERS OF THE INTERNATIONAL PEACE BRIGADES ASSIGNED TO GUATEMALA WERE ATTACKED.';
    const a = actors.findActors(caps).find((x) => x.text === 'INTERNATIONAL PEACE BRIGADES');
    expect(a?.kind).toBe('civilians');
    expect(caps.slice(a!.start, a!.end)).toBe(a!.text);
    expect(actors.findActors('Members of Peace Brigades International were threatened.').find((x) => x.name === 'Peace Brigades International')?.kind).toBe('civilians');
    expect(actors.findActors('THE 5TH INFANTRY BRIGADE ATTACKED THE REBELS.').some((x) => x.name === 'Peace Brigades International')).toBe(false);
  });
});
