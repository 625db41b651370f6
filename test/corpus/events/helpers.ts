// Builders for the event corpus cases (see ../corpus.ts). Data helpers only.
import type { CorpusCase } from '../types.js';
import type { EventType } from '../../../src/core/types.js';

export interface ExpectedEvent {
  type: EventType | EventType[];
  trigger: string;
  killed?: number;
  wounded?: number;
  attackers?: string[];
  targets?: string[];
  weapons?: string[];
  aggregate?: boolean;
}

export type Expect = ExpectedEvent[];

type Fields = Omit<ExpectedEvent, 'type' | 'trigger'>;

/** One expected event. */
export function ev(type: EventType | EventType[], trigger: string, fields: Fields = {}): ExpectedEvent {
  return { type, trigger, ...fields };
}

/** A positive case: the text and the events expected in it, in order of first mention. */
export function pos(published: string, text: string, expect: Expect, note?: string): CorpusCase<Expect> {
  return note ? { text, published, expect, note } : { text, published, expect };
}

/** A negative case: nothing must come out. */
export function neg(published: string, text: string, note?: string): CorpusCase<Expect> {
  return note ? { text, published, expect: [], negative: true, note } : { text, published, expect: [], negative: true };
}

/** MUC-4/MUC-3 "attack" covers several of our types; an unspecified violent attack. */
export const ASSAULT_OR_ASSASSINATION: EventType[] = ['armed_assault', 'assassination'];
