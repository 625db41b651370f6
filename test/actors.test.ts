// The actors extractor and the roles the pipeline gives actors: its corpus (one
// test per case; the backlog is not run), the AFP Balad story end to end, and
// the span invariant of actor mentions, responsibility cues and reporters on
// every real corpus file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../src/core/extract/actors/corpus.js';
import { findActors, findReporters, findResponsibility } from '../src/core/extract/actors/index.js';
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
