// The casualty figures a text gives, as the count tests compare them: [kind, value, text, rule] each.
import { findCasualties } from '../../src/core/extract/counts/index.js';

export const figures = (text: string) => findCasualties(text).map((c) => [c.kind, c.value, c.text, c.rule]);
/** Every figure's span is its text (text.slice(start, end) === text). */
export const spansHold = (text: string) => findCasualties(text).every((c) => text.slice(c.start, c.end) === c.text);
