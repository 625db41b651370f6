// Date rules: datelines of the wire styles we know, and the expressions an
// event date is given by. Each rule has a name shown by --explain.
// All patterns run on the lower-cased text; every quantifier is bounded or
// over a class its neighbours do not share, so none backtracks badly.

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Number words of offsets ("three days ago", "a week ago"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

const MON = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_FULL = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const YEAR = "(\\d{4}|\\d{2}|'\\d{2})";
const WEEKDAY = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const PART = '(?:(?:early|late|mid)[\\s-]+)';
const NUM = `(${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,2})`;
/** Nouns a number counts, so the number is no year or day ("in 2000 homes", "4 April 10 people"). */
const COUNTED = '(?:%|percent|troops|people|persons|soldiers|civilians|homes|houses|families|members|fighters|men|women|children|cases|refugees|votes|km|kilometres|kilometers|miles|metres|meters|dollars|pesos)\\b';

/**
 * Datelines: PLACE[ (COUNTRY)][, QUALIFIER][, DATE][ (AGENCY)] -- , tested on the
 * lower-cased start of each of the first lines. Named groups: place, d, mo, y, agency.
 */
const DL_PLACE = "^\\s*(?<place>[a-z\\u00e0-\\u024f][a-z\\u00e0-\\u024f .'-]{1,40}?)(?:\\s?\\([a-z .'-]{2,30}\\))?(?:,\\s+[a-z\\u00e0-\\u024f][a-z\\u00e0-\\u024f .'-]{1,30})?";
const DL_AGENCY = '\\s*(?:\\((?<agency>[^)]{1,60})\\)\\s*)';
const DL_DASH = '(?:--|[-–—])';
export const DATELINES: { name: string; re: RegExp }[] = [
  // Lima, 20 Aug 88 (EFE) --   SAN SALVADOR, 3 JAN 90 --   Managua (Nicaragua), 27 Aug 88 (Radio Sandino) --
  { name: 'dateline-dmy', re: new RegExp(`${DL_PLACE},\\s+(?<d>\\d{1,2})\\s+${MON.replace('(', '(?<mo>')},?\\s+(?<y>${YEAR.slice(1)}${DL_AGENCY}?${DL_DASH}`, 'd') },
  // BAGHDAD, April 4, 2021 (AFP) -   KABUL, Afghanistan, March 3 (AP) —
  { name: 'dateline-mdy', re: new RegExp(`${DL_PLACE},\\s+${MON.replace('(', '(?<mo>')}\\s+(?<d>\\d{1,2})(?:,?\\s+(?<y>\\d{4}))?${DL_AGENCY}${DL_DASH}`, 'd') },
  // WASHINGTON (Reuters) -   OUAGADOUGOU, Burkina Faso (AP) —
  { name: 'dateline-agency', re: new RegExp(`${DL_PLACE}${DL_AGENCY}${DL_DASH}`, 'd') },
];

export interface DateRule {
  name: string;
  re: RegExp;
  kind: 'dmy' | 'mdy' | 'my' | 'month' | 'year' | 'weekday' | 'relative-day' | 'relative-month' | 'offset';
  /** Group of the month name, which must be capitalized in the text ("in May", not "may have"). */
  month?: number;
}

export const DATE_RULES: DateRule[] = [
  // a weekday with its date ("on Saturday, 9 October"): the date decides
  { name: 'date-weekday-dmy', re: new RegExp(`\\b(?:(?:early|late)\\s+)?(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(\\d{1,2})\\s+${MON}(?:,?\\s+${YEAR})?\\b(?!\\s*${COUNTED})`, 'gd'), kind: 'dmy', month: 2 },
  { name: 'date-weekday-mdy', re: new RegExp(`\\b(?:(?:early|late)\\s+)?(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gd'), kind: 'mdy', month: 1 },
  { name: 'date-dmy', re: new RegExp(`\\b(?:on\\s+(?:the\\s+)?)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MON},?(?:\\s+${YEAR})?\\b(?!\\s*${COUNTED})`, 'gd'), kind: 'dmy', month: 2 },
  { name: 'date-mdy', re: new RegExp(`\\b(?:on\\s+)?${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?(?!\\s*${COUNTED})`, 'gd'), kind: 'mdy', month: 1 },
  { name: 'date-month-year', re: new RegExp(`\\b(?:(?:in|since|during|by|until|from)\\s+)?${PART}?${MONTH_FULL}\\s+(\\d{4})\\b`, 'gd'), kind: 'my', month: 1 },
  { name: 'date-month', re: new RegExp(`\\b(?:(?:in|since|during|by|until)\\s+${PART}?|${PART}|(?:last|this|next)\\s+)${MONTH_FULL}\\b`, 'gd'), kind: 'month', month: 1 },
  // a span of years dates what it spans by its last year: "between 2004 and 2007", "from 2002 to 2008"
  { name: 'date-year-range', re: /\b(?:between|from)\s+(?:19|20)\d{2}\s+(?:and|to|until|through)\s+((?:19|20)\d{2})\b/g, kind: 'year' },
  { name: 'date-year', re: new RegExp(`\\b(?:in|since|from|during|by|until)\\s+((?:19|20)\\d{2})\\b(?!\\s*${COUNTED})`, 'g'), kind: 'year' },
  { name: 'date-weekday', re: new RegExp(`\\b(?:(?:early|late)\\s+)?(?:(?:on|last|this|next)\\s+)?(${WEEKDAY})\\b(?:\\s+(?:morning|afternoon|evening|night))?`, 'g'), kind: 'weekday' },
  {
    name: 'date-relative-day',
    re: new RegExp(
      `\\b((?:(?:early|late|earlier|later)\\s+)?(?:today|this\\s+(?:morning|afternoon|evening))|the\\s+day\\s+before\\s+yesterday|yesterday(?:\\s+(?:morning|afternoon|evening))?|tonight|last\\s+night|(?:overnight|at\\s+(?:dawn|daybreak))(?:\\s+(?:today|yesterday))?)\\b` +
        // a time of day before a weekday or a date is dated by it ("at dawn on Saturday")
        `(?!\\s+(?:(?:on|last)\\s+)?${WEEKDAY}|\\s+on\\s+(?:the\\s+)?\\d)`,
      'g',
    ),
    kind: 'relative-day',
  },
  { name: 'date-relative-month', re: /\b((?:earlier|later)\s+this\s+(?:week|month|year)|this\s+(?:past\s+)?(?:week|month|year)|last\s+(?:week|month|year))\b/g, kind: 'relative-month' },
  { name: 'date-offset', re: new RegExp(`\\b${NUM}\\s+(days?|weeks?|months?|years?)\\s+(ago|ahead)\\b`, 'g'), kind: 'offset' },
  { name: 'date-offset-in', re: new RegExp(`\\bin\\s+${NUM}\\s+(days?|weeks?)\\b(?:['’]\\s*time\\b)?`, 'g'), kind: 'offset' },
];

/** Words before an expression that make it name a future time ("will meet on Wednesday"). */
export const FUTURE_BEFORE = /\b(will|would|shall|next|plans?\s+to|planned|scheduled|due\s+to|is\s+to|are\s+to|expected\s+to|set\s+to|to\s+be\s+held|upcoming|ahead\s+of)\b[^.;]{0,40}$/;

/** A day and month naming an event that may lie ahead ("the 19 March presidential elections"): the nearest such day. */
export const EVENT_AFTER = /^\s*(?:(?:presidential|general|municipal|legislative|parliamentary|local)\s+)?(?:elections?|vote|polls|referendum|summit|deadline)\b/;

/** Words after a date or weekday that make it a name ("Sunday Times", "the March 23 Movement"). */
export const NAME_AFTER = /^\s*(?:times|telegraph|mirror|express|post|herald|school|league|club|service|movement|youth|brigades?|front|group|square|street|avenue|bridge|stadium|agreement|accords?)\b/;
/** Words before a weekday that make it a name ("Bloody Sunday", "Good Friday"). */
export const NAME_BEFORE = /\b(?:bloody|black|good|holy|easter|palm|ash|super|cyber)\s+$/;
/** A capitalized word before a month that is also a first name makes it a surname ("Theresa May"); tested on the original text. */
export const NAME_MONTHS = /^(?:may|june|april|august)$/;
export const NAME_BEFORE_MONTH = /\b(?!(?:On|In|Since|By|Until|From|During|Early|Late|Mid|Last|This|Next|Of|And|Or|To|The|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)[A-Z][a-z]+\s+$/;
