// The actors extractor and the roles the pipeline gives actors: its corpus (one
// test per case; the backlog is not run), the AFP Balad story end to end, and
// the span invariant of actor mentions, responsibility cues and reporters on
// every real corpus file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from './corpus/actors.js';
import { NAME_RULES, findActors, findReporters, findResponsibility } from '../src/core/extract/actors/index.js';
import { truecase } from '../src/core/lang/truecase.js';
import { extract } from '../src/core/index.js';

import { CORPUS, articleFiles, title } from './helpers/corpus.js';

describe(`corpus: ${corpus.kind}`, () => {
  it('has at least 90 cases, positive and negative, and a backlog with reasons', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(90);
    expect(corpus.cases.filter((c) => c.negative).length).toBeGreaterThanOrEqual(15);
    for (const c of corpus.backlog ?? []) expect(c.note, c.text).toBeTruthy();
  });
  for (const [i, c] of corpus.cases.entries()) {
    it(`${c.negative ? 'neg' : 'pos'} #${i + 1} [${c.expect.unit}]: ${title(c.text)}`, () => {
      const failure = corpus.check(c);
      expect(failure, c.note ? `${failure}\nnote: ${c.note}` : (failure ?? undefined)).toBeNull();
    });
  }
});

describe('the AFP Balad story', () => {
  const file = path.join(CORPUS, 'afp/balad-airbase.txt');
  const run = fs.existsSync(file) ? it : it.skip;
  run('attackers, targets, responsibility and reporters of its four events', () => {
    const text = fs.readFileSync(file, 'utf8');
    const { events } = extract(text, { published: '2021-04-04' });
    for (const e of events) for (const a of [...e.attackers, ...e.targets]) expect(text.slice(a.start, a.end)).toBe(a.text);
    const [rockets, tally, raid, soleimani] = events;
    expect(rockets!.attackers).toEqual([]);
    expect(rockets!.targets.map((t) => t.name)).toContain('United States');
    expect(rockets!.responsibility).toBe('unclaimed');
    expect(rockets!.reported_by).toEqual(['security source', 'AFP']);
    expect(tally!.targets.map((t) => t.name)).toContain('United States');
    expect(raid!.attackers.map((a) => a.name)).toEqual(['United States']);
    expect(raid!.targets.find((t) => t.name === 'pro-Iranian Iraqi fighters')).toMatchObject({ kind: 'armed_group', country_code: 'IQ', affiliation: 'IR' });
    expect(soleimani!.attackers.map((a) => a.name)).toEqual(['United States']);
    expect(soleimani!.targets.map((t) => t.name)).toEqual(['Qasem Soleimani']);
    // the sayers and sources are no party to any event
    for (const e of events) for (const a of [...e.attackers, ...e.targets]) expect(a.name).not.toMatch(/Biden|Observatory|Kirby|AFP/);
  });
});

describe('extra dictionary entries', () => {
  it('an --actors entry is found and normalized', () => {
    const extra = [{ name: 'Jaish al-Adl', kind: 'armed_group' as const, country_code: 'IR', aliases: ['Jaish al-Adl', 'Army of Justice'] }];
    const text = 'Army of Justice gunmen attacked a border post.';
    const m = findActors(text, extra).find((a) => a.name === 'Jaish al-Adl');
    expect(m).toMatchObject({ text: 'Army of Justice', kind: 'armed_group', country_code: 'IR' });
    expect(extract(text, { published: '2021-04-04', actors: extra }).events[0]!.attackers.map((a) => a.name)).toContain('Jaish al-Adl');
  });
});

describe('span invariant on the real corpora', () => {
  const files = articleFiles([path.join(CORPUS, 'afp'), path.join(CORPUS, 'muc4-tst4')]);
  it(`holds on ${files.length} files`, () => {
    let n = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const x of [...findActors(text), ...findResponsibility(text), ...findReporters(text)]) {
        n++;
        if (text.slice(x.start, x.end) !== x.text) throw new Error(`${f}: ${JSON.stringify(x)}`);
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});

describe('persons by given name and, in upper case, by title (names.ts)', () => {
  const person = (text: string) => findActors(text).filter((a) => a.rule === 'actor-given-name');
  it('each NAME_RULES example gives its person (or none), with its span and the rule that names it', () => {
    for (const r of NAME_RULES) {
      expect(r.examples.length).toBeGreaterThanOrEqual(3);
      for (const ex of r.examples) {
        const found = person(ex.text);
        if (ex.name === null) {
          expect(found, ex.text).toEqual([]);
          continue;
        }
        const p = found.find((a) => a.name === ex.name);
        expect(p, ex.text).toBeDefined();
        expect(p!.rule).toBe(r.name);
        expect(ex.text.slice(p!.start, p!.end)).toBe(ex.name);
      }
    }
  });
  it('a given name and surnames in an upper-case wire, truecased as the pipeline does; the title before one gives its kind (actor-person)', () => {
    const text = truecase('RICARDO ALFONSO CASTELLAR, MAYOR OF ACHI, WAS FOUND DEAD. TORRADO\'S SON AND BODYGUARD JAIRO ORTEGA WERE ALSO KILLED. COLONEL GUILLERMO BENAVIDES AND PRESIDENT CRISTIANI MET.');
    const ps = findActors(text).filter((a) => a.rule === 'actor-given-name' || a.rule === 'actor-person');
    expect(ps.map((a) => [a.name, a.rule, a.kind])).toEqual([
      ['Ricardo Alfonso Castellar', 'actor-given-name', 'unknown'],
      // "bodyguard" before a name is its title: the person takes the noun's kind; Jairo is a given name of given-names.ts (not of the lexicon)
      ['Jairo Ortega', 'actor-given-name', 'police'],
      ['Guillermo Benavides', 'actor-person', 'military'],
      ['Cristiani', 'actor-person', 'government'],
    ]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.name);
  });
  it('no person where the words are ordinary ones, a place after a saint, an institution, or a possessive', () => {
    for (const t of ['OFFICIAL SOURCES REPORTED THE REACTION', 'A GENERAL UPRISING', 'IN THE SAN MARTIN STREETS', "PRESIDENT VIRGILIO BARCO'S GOVERNMENT", 'THE FMLN\'S PEDRO PABLO CASTILLO URBAN COMMAND', 'Joe Biden’s administration said', 'IN SAN JOSE, POLICE SAID'])
      expect(person(t), t).toEqual([]);
  });
  it('in mixed case a title before the name is left to actor-person, which keeps the whole name', () => {
    const ps = findActors('Prime Minister Mustafa al-Kadhemi and candidate Luis Carlos Galan.');
    expect(ps.map((a) => [a.name, a.rule])).toEqual([
      ['Mustafa al-Kadhemi', 'actor-person'],
      ['Luis Carlos Galan', 'actor-person'],
    ]);
  });
  it('a named person beside an incident with no other target is its victim (fallback-victim), not one who asserts', () => {
    const text = 'SAN SALVADOR, 12 JAN 90 (RADIO) -- [TEXT] UNIDENTIFIED INDIVIDUALS MURDERED JOSE ANTONIO RODRIGUEZ PORTH YESTERDAY AT HIS HOME IN SAN SALVADOR.';
    const [e] = extract(text, { published: '1990-01-12', explain: true }).events;
    const t = e!.targets.find((x) => x.name.toUpperCase() === 'JOSE ANTONIO RODRIGUEZ PORTH');
    expect(t).toBeDefined();
    expect(text.slice(t!.start, t!.end)).toBe(t!.text);
    expect(t!.text).toBe('JOSE ANTONIO RODRIGUEZ PORTH');
    const spoken = 'A BOMB EXPLODED IN LA PAZ TODAY. FELIPE KEMPFF, SON OF THE MURDERED SCIENTIST, ASSERTS THAT THE POLICE KNOW WHO DID IT.';
    for (const ev of extract(spoken, { published: '1990-01-12', explain: true }).events) expect(ev.targets.map((x) => x.name.toUpperCase())).not.toContain('FELIPE KEMPFF');
  });
  it('a person named by a title in upper case and killed is one death (named-victims-killed)', () => {
    const text = 'SAN SALVADOR, 12 JAN 90 (RADIO) -- [TEXT] COLONEL ROBERTO ARMANDO RIVERA WAS KILLED BY GUERRILLAS TODAY IN SAN MIGUEL.';
    const [e] = extract(text, { published: '1990-01-12', explain: true }).events;
    expect(e!.targets.map((x) => x.name.toUpperCase())).toContain('ROBERTO ARMANDO RIVERA');
    expect(e!.killed).toMatchObject({ value: 1, text: 'KILLED' });
    expect(e!.explain?.killed).toContain('named-victims-killed');
  });
});

describe('victim nouns of the wires (lexicon.ts GROUP_HEADS, victim-noun-needs-count)', () => {
  const desc = (text: string) => findActors(text).filter((a) => a.rule === 'actor-descriptive').map((a) => [a.name, a.kind]);
  it('persons counted, the Jesuits and their maids, his driver, a civilian', () => {
    expect(desc('FIVE PERSONS WERE SERIOUSLY WOUNDED.')).toEqual([['PERSONS', 'unknown']]);
    expect(desc('THE JESUITS AND THEIR TWO MAIDS WERE MURDERED.')).toEqual([['JESUITS', 'civilians'], ['MAIDS', 'civilians']]);
    expect(desc('HIS DRIVER WAS KILLED')).toEqual([['DRIVER', 'civilians']]);
    expect(desc('Rebels blew up three power lines, wounding a civilian.')).toEqual([['Rebels', 'armed_group'], ['civilian', 'civilians']]);
  });
  it('a bare person noun with no count, modifier or determiner of one person is nobody', () => {
    expect(desc('PERSONS CLOSE TO THE INVESTIGATION SAID')).toEqual([]);
    expect(desc('The driver of the truck said')).toEqual([]);
  });
  it('the victims of a casualty phrase are targets, with their span and rule', () => {
    const text = 'SAN SALVADOR, 30 MAR 89 -- [TEXT] GUERRILLAS BLEW UP AT LEAST THREE POWER LINES IN USULUTAN, WOUNDING A CIVILIAN.';
    const [e] = extract(text, { published: '1989-03-30', explain: true }).events;
    const i = e!.targets.findIndex((t) => t.text === 'CIVILIAN');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(text.slice(e!.targets[i]!.start, e!.targets[i]!.end)).toBe('CIVILIAN');
    expect(e!.explain?.targets?.[i]).toBe('casualty-victims');
    // "the persons" (no count) are nobody
    const [f] = extract('SAN SALVADOR, 30 MAR 89 -- [TEXT] GUERRILLAS BLEW UP A POWER LINE. THE PERSONS WHO SAW IT FLED.', { published: '1989-03-30' }).events;
    expect(f!.targets.map((t) => t.text)).not.toContain('PERSONS');
  });
});

describe('group-beside-generic', () => {
  const run = (text: string) => extract(text, { published: '1989-03-14', explain: true }).events[0]!;
  it('the named group before generic perpetrators, its expansion between, is the attacker', () => {
    const text = 'SAN SALVADOR, 14 MAR 89 (CANAL DOCE TELEVISION) -- [TEXT] FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] URBAN COMMANDOS DESTROYED A TRUCK OWNED BY TROPICAL SODA COMPANY TODAY.';
    const e = run(text);
    // as MUC-4 codes them: the group (PERP ORGANIZATION) and its members (PERP INDIVIDUAL)
    expect(e.attackers.map((a) => a.text)).toEqual(['URBAN COMMANDOS', 'FMLN']);
    expect(e.attackers[1]!.name).toBe('FMLN');
    expect(text.slice(e.attackers[1]!.start, e.attackers[1]!.end)).toBe('FMLN');
    expect(e.explain?.attackers?.[1]).toBe('group-beside-generic');
  });
  it('generic perpetrators "of the" group', () => {
    const e = run('BOGOTA, 3 JUL 89 (AFP) -- [TEXT] THREE TANK TRUCKS WERE ATTACKED TODAY IN ARAUCA BY GUERRILLAS OF THE PRO-CASTRO ARMY OF NATIONAL LIBERATION.');
    expect(e.attackers.map((a) => a.text)).toEqual(['GUERRILLAS', 'ARMY OF NATIONAL LIBERATION']);
    expect(e.attackers[1]!.name).toBe('ELN');
    // the by-phrase's noun phrase holds both, read on the layer
    expect(e.explain?.attackers).toEqual(['by-agent', 'by-agent']);
  });
  it('a group named elsewhere in the sentence is not theirs', () => {
    const e = run('SAN SALVADOR, 14 MAR 89 -- [TEXT] URBAN COMMANDOS DESTROYED A TRUCK TODAY, ACCORDING TO A REPORT THAT ALSO MENTIONED THE FMLN.');
    expect(e.explain?.attackers ?? []).not.toContain('group-beside-generic');
  });
});

describe('facility-subject-skip', () => {
  const run = (text: string) => extract(text, { published: '1989-03-20', explain: true }).events[0]!;
  it('a facility before an active verb is no victim of it', () => {
    const e = run('SAN SALVADOR, 20 MAR 89 -- [TEXT] HIGHWAY CHECKPOINT SOLDIERS KILLED TWO PEASANTS LATE LAST NIGHT.');
    expect(e.targets.map((t) => t.text)).toEqual(['PEASANTS']);
    expect(e.explain?.targets).toEqual(['object-target']);
  });
  it('a facility after the verb stays its target', () => {
    const text = 'SAN SALVADOR, 20 MAR 89 -- [TEXT] URBAN GUERRILLAS ATTACKED A MILITARY CHECKPOINT IN SOYAPANGO LAST NIGHT.';
    const e = run(text);
    const t = e.targets.find((x) => x.kind === 'facility');
    expect(t?.text).toBe('MILITARY CHECKPOINT');
    expect(text.slice(t!.start, t!.end)).toBe('MILITARY CHECKPOINT');
  });
});

describe('coordinated-target', () => {
  const run = (text: string) => extract(text, { published: '1989-03-20', explain: true }).events[0]!;
  it('a person listed with a person targeted is a target too, with span and rule', () => {
    const text = 'BOGOTA, 20 MAR 89 -- [TEXT] IT WAS LEARNED THAT CRISTOBAL PEREZ AND RUBEN DARIO RAMIREZ WERE SHOT TO DEATH BY A GROUP OF HEAVILY ARMED MEN.';
    const e = run(text);
    const names = e.targets.map((t) => t.text);
    expect(names).toContain('RUBEN DARIO RAMIREZ');
    const i = names.indexOf('CRISTOBAL PEREZ');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(text.slice(e.targets[i]!.start, e.targets[i]!.end)).toBe('CRISTOBAL PEREZ');
    expect(e.explain?.targets?.[i]).toBe('coordinated-target');
  });
  it('not what modern wires list beside a target (a bus and its driver), nor a person who then speaks', () => {
    const e = run('APOPA, 20 MAR 89 -- [TEXT] A GRENADE WAS THROWN AT A BUS AND ITS DRIVER IN APOPA TODAY.');
    expect(e.explain?.targets ?? []).not.toContain('coordinated-target');
    const f = run('BOGOTA, 20 MAR 89 -- [TEXT] GUNMEN KILLED CRISTOBAL PEREZ, AND JOSE ANTONIO GOMEZ SAID THE POLICE WERE LATE.');
    expect(f.targets.map((t) => t.text)).not.toContain('JOSE ANTONIO GOMEZ');
  });
});

// The refiners read what kind of mention an actor is from its fields, never from its rule's name.
describe('actor mention fields', () => {
  const find = (text: string, name: string) => {
    const a = findActors(text).find((x) => x.name === name);
    expect(a, `${name} in ${text}`).toBeDefined();
    return a!;
  };
  it('a titled person carries person: title', () => {
    const a = find('Gunmen shot dead Prime Minister Mustafa al-Kadhemi on Friday.', 'Mustafa al-Kadhemi');
    expect([a.rule, a.person, a.known, a.descriptive]).toEqual(['actor-person', 'title', undefined, undefined]);
  });
  it('an upper-case given name, truecased, carries person: given-name, a titled one title', () => {
    const t = truecase('RICARDO ALFONSO CASTELLAR, WHO WAS KIDNAPPED, AND JOURNALIST ROBNERTO NAVAS WAS WOUNDED.');
    expect(find(t, 'Ricardo Alfonso Castellar').person).toBe('given-name');
    expect(find(t, 'Robnerto Navas').person).toBe('title');
  });
  it('a dictionary group is known; a descriptive noun phrase is descriptive, not a person', () => {
    const text = 'Unidentified gunmen and the FMLN attacked the town.';
    const fmln = findActors(text).find((x) => x.text === 'FMLN')!;
    expect([fmln.known, fmln.person, fmln.descriptive]).toEqual([true, undefined, undefined]);
    const gunmen = findActors(text).find((x) => /gunmen/.test(x.text))!;
    expect([gunmen.rule, gunmen.descriptive, gunmen.known, gunmen.person]).toEqual(['actor-descriptive', true, undefined, undefined]);
  });
});
