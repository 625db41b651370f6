// The end of a press release that is no part of its news: an end mark
// ("###", "-30-", "ENDS", "-ISPR-"), media contacts, an "About the ICRC"
// section. Everything from the first such line on is boilerplate: the
// pipeline codes the text with it blanked (same length, so offsets hold).
// Rules are data: {name, match, then, examples}; a line matches on its own.

export interface BoilerplateRule {
  name: string;
  /** A whole line (without its newline). */
  match: RegExp;
  then: 'cut-rest';
  examples: { pos: string[]; neg: string[] };
}

const END_MARK = /^[ \t]*(?:#{3,}|-\s?30\s?-|-?\s?ENDS\s?-?|-\s?ends\s?-|-[A-Z]{3,8}-|Signed)[ \t]*$/;
const CONTACT = /^[ \t]*(?:(?:Media|Press)\s+(?:contacts?|enquiries|inquiries)\b|For\s+(?:media|press)\s+(?:queries|enquiries|inquiries)\b|For\s+more\s+information\b|Notes?\s+to\s+editors\b|Contacts?[ \t]*:?[ \t]*$)/;
// "About the ICRC", "About UNICEF", "About CPJ: The Committee to Protect Journalists is …" (not "About 15,000 police officers were deployed")
const ABOUT = /^[ \t]*About\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,5}[ \t]*(?::.*)?$/;

export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    // a release's tail: an end mark, its press contacts, a note about the issuer
    name: 'boilerplate-tail',
    match: new RegExp([END_MARK, CONTACT, ABOUT].map((r) => `(?:${r.source})`).join('|')),
    then: 'cut-rest',
    examples: {
      pos: ['###', '-30-', 'ENDS', '-ISPR-', 'Signed', 'Media contact: AFRICOM Public Affairs', 'For media queries, contact CENTCOM Public Affairs.', 'Press contact: MSF Press Office', 'Contacts', 'For more information or to arrange an interview, please contact:',
        'About the ICRC', 'About UNICEF', 'About Kilo-Moto Resources Ltd.', 'About CPJ: The Committee to Protect Journalists is an independent organization.'],
      neg: ['Two soldiers were killed.', 'The fighting ends soon.', '- 2 -', 'Contact was lost with the patrol at dawn.', 'Media reports said three people were killed.',
        'About 15,000 police officers, soldiers and emergency workers were deployed.', 'About a quarter of the government is shut.', 'About Thirty Gunmen Attacked The Village At Dawn Today'],
    },
  },
];

export interface Boilerplate {
  rule: string;
  /** Where the boilerplate starts (the matched line's first character). */
  start: number;
  /** The matched line. */
  text: string;
}

/**
 * The first boilerplate line after the release's opening (a line in the first fifth of the text is a headline or
 * a dateline, never the end), or null.
 */
export function findBoilerplate(text: string): Boilerplate | null {
  const floor = Math.floor(text.length / 5);
  for (let at = text.indexOf('\n', floor); at >= 0 && at < text.length; at = text.indexOf('\n', at + 1)) {
    const end = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, end < 0 ? text.length : end);
    if (line.length > 400) continue;
    const rule = BOILERPLATE_RULES.find((r) => r.match.test(line));
    if (rule) return { rule: rule.name, start: at + 1, text: line };
  }
  return null;
}

/** The text with its boilerplate blanked: every character but line breaks a space (same length). */
export function blankBoilerplate(text: string, b: Boilerplate): string {
  return text.slice(0, b.start) + text.slice(b.start).replace(/[^\n]/g, ' ');
}
