// Language.clauseOfTerm and Language.verbWithin: the clause lookups a refiner reads (attach.ts deedKind) instead of
// walking the layer's clauses itself.
import { describe, expect, it } from 'vitest';
import { Language } from '../src/core/lang/layer.js';
import { splitSentences } from '../src/core/text.js';

const langOf = (text: string) => new Language(text, splitSentences(text), false);

describe('Language.verbWithin', () => {
  it('finds the main verb inside a trigger span, with its clause', () => {
    const text = 'Guerrillas blew up the bank and killed two guards.';
    const lang = langOf(text);
    const start = text.indexOf('blew up');
    const found = lang.verbWithin(0, start, start + 'blew up'.length);
    expect(found).not.toBeNull();
    const t = lang.layer(0).terms[found!.verb.term]!;
    expect(text.slice(t.start, t.end)).toBe('blew');
    expect(found!.clause.verbs).toContain(found!.verb);
    expect(found!.verb.tense).toBe('past');
  });
  it('gives null for a span with no verb in it', () => {
    const text = 'The attack on the farm left two peasants dead.';
    const start = text.indexOf('attack');
    expect(langOf(text).verbWithin(0, start, start + 6)).toBeNull();
  });
});

describe('Language.clauseOfTerm', () => {
  it('gives the clause that holds a term, and null past the last', () => {
    const text = 'The mayor, who was kidnapped on Sunday, was freed today.';
    const lang = langOf(text);
    const at = lang.termAt(0, text.indexOf('kidnapped'));
    const c = lang.clauseOfTerm(0, at)!;
    expect(c.from <= at && at < c.to).toBe(true);
    expect(c.kind).toBe('relative');
    expect(lang.clauseOfTerm(0, lang.layer(0).terms.length + 5)).toBeNull();
  });
});
