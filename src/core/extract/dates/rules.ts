// Date rules: datelines of the wire styles we know, and the expressions an
// event date is given by. Each rule has a name shown by --explain.

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

const MON = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_FULL = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const YEAR = "(\\d{4}|\\d{2}|'\\d{2})";

/**
 * Datelines: PLACE, DATE (AGENCY) -- , tested on the lower-cased start of the article.
 * Groups: place, then day/month/year in the order each rule names.
 */
export const DATELINES: { name: string; re: RegExp; order: 'dmy' | 'mdy' | 'none' }[] = [
  { name: 'dateline-dmy', re: new RegExp(`^\\s*([a-z\u00e0-\u024f][a-z\u00e0-\u024f .'-]{1,40}?),\\s+(\\d{1,2})\\s+${MON},?\\s+${YEAR}\\s*\\(([^)]{1,60})\\)\\s*(?:--|[-–—])`), order: 'dmy' },
  { name: 'dateline-mdy', re: new RegExp(`^\\s*([a-z\u00e0-\u024f][a-z\u00e0-\u024f .'-]{1,40}?),\\s+${MON}\\s+(\\d{1,2}),?\\s+${YEAR}\\s*\\(([^)]{1,60})\\)\\s*(?:--|[-–—])`), order: 'mdy' },
  { name: 'dateline-agency', re: /^\s*([a-z\u00e0-\u024f][a-z\u00e0-\u024f .'-]{1,40}?)(?:,\s+[a-z\u00e0-\u024f][a-z\u00e0-\u024f .'-]{1,30})?\s*\(([^)]{1,40})\)\s*(?:--|[-–—])/, order: 'none' },
];

export interface DateRule {
  name: string;
  re: RegExp;
  kind: 'dmy' | 'mdy' | 'my' | 'month' | 'year' | 'weekday' | 'relative-day' | 'relative-month' | 'offset';
}

export const DATE_RULES: DateRule[] = [
  { name: 'date-dmy', re: new RegExp(`\\b(?:on\\s+)?(\\d{1,2})\\s+${MON},?(?:\\s+${YEAR})?\\b(?!\\s*(?:%|percent|troops|people))`, 'g'), kind: 'dmy' },
  { name: 'date-mdy', re: new RegExp(`\\b(?:on\\s+)?${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'g'), kind: 'mdy' },
  { name: 'date-month-year', re: new RegExp(`\\b(?:in\\s+|since\\s+|last\\s+)?${MONTH_FULL}\\s+(\\d{4})\\b`, 'g'), kind: 'my' },
  { name: 'date-month', re: new RegExp(`\\b(?:in|since|during|early|late|mid|last|this)[\\s-]+${MONTH_FULL}\\b`, 'g'), kind: 'month' },
  { name: 'date-year', re: /\b(?:in|since|from|during)\s+((?:19|20)\d{2})\b(?!\s*(?:troops|people|%))/g, kind: 'year' },
  { name: 'date-weekday', re: /\b(?:(?:on|last|this|next|early|late)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:'s|’s)?\b(?:\s+(?:morning|afternoon|evening|night))?/g, kind: 'weekday' },
  { name: 'date-relative-day', re: /\b(yesterday|today|tonight|last\s+night|this\s+morning|this\s+afternoon|this\s+evening|overnight|at\s+dawn|early\s+today|earlier\s+today)\b/g, kind: 'relative-day' },
  { name: 'date-relative-month', re: /\b(earlier\s+this\s+month|this\s+month|last\s+month|last\s+year|this\s+year|last\s+week|this\s+week|earlier\s+this\s+week)\b/g, kind: 'relative-month' },
  { name: 'date-offset', re: /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(ago|earlier|later|ahead|before)\b/g, kind: 'offset' },
];

/** Words before an expression that make it name a future time ("will meet on Wednesday"). */
export const FUTURE_BEFORE = /\b(will|would|shall|next|plans?\s+to|planned|scheduled|due\s+to|is\s+to|are\s+to|expected\s+to|set\s+to|to\s+be\s+held|upcoming|ahead\s+of)\b[^.;]{0,40}$/;

/** Capitalized uses that are names, not dates ("Theresa May", "Sunday Times"). */
export const NOT_DATES = /^(may|march|august)$/;
export const NAME_AFTER = /^\s*(times|telegraph|mirror|express|post|herald|school|league|club|service|bloody\s+sunday)\b/;
