// Date rules as data. Dates are read by chrono-node (a clone of its English
// casual parser, see chrono.ts); this file says which of chrono's parsers we
// keep, the parsers we add for news and wire text, and the refiners that turn
// chrono's calendar reading into a journalist's ("on Sunday" in a past-tense
// story is the most recent Sunday). Each record has a name, shown by
// --explain, and examples that test/dates.test.ts runs.
// Word lists used by the refiners are stated once, here.

/** Examples of a rule: `pos` are [text, expected mention text] under PUB (a Sunday); `neg` texts where the rule gives nothing. */
export interface RuleExamples {
  pos: [text: string, mention: string][];
  neg: string[];
}

/** Reference date of every example: Sunday 4 April 2021. */
export const EXAMPLE_PUB = '2021-04-04';

export const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MON = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
/** Number words of offsets ("three days ahead"). */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const NUM = `(${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,2})`;
/** Nouns a number counts, so the number is no year or day ("in 2000 homes", "4 April 10 people"). */
export const COUNTED = /^\s*(?:%|percent|troops|people|persons|soldiers|civilians|homes|houses|families|members|fighters|men|women|children|cases|refugees|votes|km|kilometres|kilometers|miles|metres|meters|dollars|pesos)\b/i;

// ---- parsers ----

/** A parser of ours: a pattern on the sentence and the date it gives, resolved against the reference day. */
export interface NewsParserRule {
  name: string;
  /** Case-insensitive; group 1 is skipped as a left boundary when `bounded`. */
  re: RegExp;
  /** Day offset from the reference, or a year, from the match. */
  then:
    | { kind: 'day-offset'; offset: (m: RegExpMatchArray) => number }
    | { kind: 'year'; group: number };
  /** No date when the text right after the match counts something ("in 2000 homes"). */
  notCounted?: true;
  examples: RuleExamples;
}

export const NEWS_PARSERS: NewsParserRule[] = [
  {
    name: 'day-by-publication',
    // "this morning", "early this morning", "this evening"; a live report: "in the past few hours", "over the past 18
    // hours", "right now": the day of publication
    re: /\b(?:(?:(?:early|late|earlier|later)\s+)?this\s+(?:morning|afternoon|evening)\b(?!-)|(?:(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:few|several|couple\s+of|1?\d|2[0-4])\s+hours|right\s+now)\b)/i,
    then: { kind: 'day-offset', offset: () => 0 },
    examples: {
      pos: [['Rodrigo Velez was assassinated early this morning in Medellin.', 'early this morning'], ['IN THE PAST FEW HOURS, THE GUERRILLAS DESTROYED 10 TOWERS.', 'IN THE PAST FEW HOURS'], ['RIGHT NOW WE ARE HEARING HEAVY SHOOTING.', 'RIGHT NOW']],
      neg: ['This morning-after pill', 'In the past 72 hours, troops arrived.', 'The rebels now control the town.'],
    },
  },
  {
    name: 'dawn',
    // "at dawn", "at daybreak today", "overnight"; a weekday or a date after it dates it instead ("at dawn on Saturday")
    re: new RegExp(
      `\\b(?:overnight|at\\s+(?:dawn|daybreak))(?:\\s+(today|yesterday))?\\b(?!\\s+(?:(?:on|last)\\s+)?${WEEKDAY}|\\s+on\\s+(?:the\\s+)?\\d|\\s+(?:today|yesterday))`,
      'i',
    ),
    then: { kind: 'day-offset', offset: (m) => (m[1] && /yesterday/i.test(m[1]) ? -1 : 0) },
    examples: { pos: [['A bomb exploded at dawn today at the union.', 'at dawn today'], ['Gunmen attacked a police post overnight.', 'overnight']], neg: ['Militants stormed the village at dawn on Saturday.'] },
  },
  {
    name: 'year-range',
    // a span of years dates what it spans by its last year: "between 2004 and 2007", "from 2002 to 2008"
    re: /\b(?:between|from)\s+(?:19|20)\d{2}\s+(?:and|to|until|through)\s+((?:19|20)\d{2})\b/i,
    then: { kind: 'year', group: 1 },
    examples: { pos: [['The army killed 96 men between 2004 and 2007.', 'between 2004 and 2007']], neg: ['Between 1 and 5 percent of the vote.'] },
  },
  {
    name: 'year',
    notCounted: true,
    re: /\b(?:in|since|from|during|until)\s+((?:19|20)\d{2})\b/i,
    then: { kind: 'year', group: 1 },
    examples: { pos: [['The ELN, founded in 1964, has 2,500 fighters.', 'in 1964']], neg: ['Aid reached families in 2000 homes.', 'The 1988 elections were peaceful.'] },
  },
];

/** chrono's English parsers we keep, by class name, each with the name --explain shows and what it may not match. */
export interface ChronoParserRule {
  name: string;
  chrono: string;
  /** A match whose text this pattern finds is not taken (chrono reads it, we do not). */
  reject?: RegExp;
  /**
   * A two-digit "year" at the end of the match that counts a noun, or lies after publication, is no year: it is left out
   * of the text and the year is implied ("On 4 April 10 people were killed", "ON 23 SEPTEMBER 28 BODIES"). As the
   * `year` parser's `notCounted`; once the refiner `counted-year` (cleanup-5: it fired on 2 articles of the gate).
   */
  notCounted?: true;
  /** A result another parser reads as well (a weekday before its date) is named after that parser. */
  yields?: true;
  examples: RuleExamples;
}

export const CHRONO_PARSERS: ChronoParserRule[] = [
  { name: 'day-month', chrono: 'ENMonthNameLittleEndianParser', notCounted: true, examples: { pos: [['On 2 April 10 people were killed.', 'On 2 April'], ['ON 23 MARCH 28 BODIES WERE FOUND.', 'ON 23 MARCH'], ['The bomb exploded on 16 Nov 88 in Lima.', 'on 16 Nov 88'], ['ON 12 APRIL 1989 THE FMLN ATTACKED.', 'ON 12 APRIL 1989']], neg: ['Flight 370 disappeared.'] } },
  { name: 'month-day', chrono: 'ENMonthNameMiddleEndianParser', notCounted: true, examples: { pos: [['The leader was born on November 16, 1988.', 'on November 16, 1988']], neg: ['The March 23 Movement seized the town.'] } },
  { name: 'month', chrono: 'ENMonthNameParser', examples: { pos: [['The US carried out a raid in February.', 'in February']], neg: ['Their last march ended in clashes.'] } },
  // a weekday by its full name: "SUN", "SAT" and "WED" are words of upper-case wires; a weekend has no day
  { name: 'weekday', chrono: 'ENWeekdayParser', yields: true, reject: /week(?:end|day)|^(?!.*(?:sun|mon|tues|wednes|thurs|fri|satur)day)/i, examples: { pos: [['Gunmen attacked the village on Monday.', 'on Monday']], neg: ['He told the Sunday Times.', 'Militants burned schools last weekend.'] } },
  // "now" is no date in news ("the group now controls"); "tomorrow" names what is planned, no incident
  { name: 'casual-day', chrono: 'ENCasualDateParser', reject: /^(?:now|tomorrow|tmrw?|overmorrow)$/i, examples: { pos: [['Rebels attacked the barracks yesterday.', 'yesterday'], ['TERRORISTS LAST NIGHT BURNED THE BUILDING.', 'LAST NIGHT']], neg: ['The group now controls the town.'] } },
  // weeks, months and years before or of publication; "the next day" counts from an event, not from publication; "next year" is planned
  { name: 'relative-period', chrono: 'ENRelativeDateFormatParser', reject: /(?:day|hour|minute|second|quarter|^after|^past|^next)/i, examples: { pos: [['Gunmen killed five people last week.', 'last week']], neg: ['The next day, troops arrived.'] } },
  // "two years ago", "a few minutes ago"; "two days earlier" or "a day before" count from an event; "a few days ago" has no day
  { name: 'ago', chrono: 'ENTimeUnitAgoFormatParser', reject: /(?:before|earlier)$|\b(?:few|several|some|many|couple)\b.*\b(?:days?|weeks?|months?|years?)\b/i, examples: { pos: [['Three days ago, gunmen stormed the village.', 'Three days ago'], ['TWO BOMBS EXPLODED A FEW MINUTES AGO IN BOGOTA.', 'A FEW MINUTES AGO']], neg: ['Two days earlier, gunmen stormed the village.', 'A few days ago, troops arrived.'] } },
  // "in three days"; "for three days" and "within a week" are durations
  { name: 'in-days', chrono: 'ENTimeUnitWithinFormatParser', reject: /^(?!in\s)|\b(?:the|few|several|some|many|couple)\b|(?:hour|minute|second|month|year|quarter)s?$/i, examples: { pos: [['The vote is due in three days.', 'in three days']], neg: ['The rebels held him for three days.'] } },
];

/** chrono's refiners we keep, by class name, in this order, before ours. */
export const CHRONO_REFINERS = ['OverlapRemovalRefiner', 'UnlikelyFormatFilter'];

// ---- word lists of the refiners ----

/** Words before an expression that make it name a future time ("will meet on Wednesday"). */
export const FUTURE_BEFORE = /\b(will|would|shall|next|plans?\s+to|planned|scheduled|due\s+to|is\s+to|are\s+to|expected\s+to|set\s+to|to\s+be\s+held|upcoming|ahead\s+of)\b[^.;]{0,40}$/i;
/** A day and month naming an event that may lie ahead ("the 19 March presidential elections"): the nearest such day. */
export const EVENT_AFTER = /^\s*(?:(?:presidential|general|municipal|legislative|parliamentary|local)\s+)?(?:elections?|vote|polls|referendum|summit|deadline)\b/i;
/**
 * Words after a date or weekday that make it a name ("Sunday Times", "the March 23 Movement", "THE 14 JULY NEIGHBORHOOD"); a
 * date in quotation marks with a word right after it is a name too ("THE \"9 MAY\" PEOPLE'S LIBERATION FORCES", "THE \"22
 * APRIL\" NEIGHBORHOOD CHOIR"; not "NO LATER THAN \"15 DECEMBER\" -- THE FIGHTING").
 */
export const NAME_AFTER = /^(?:\s*(?:times|telegraph|mirror|express|post|herald|school|league|club|service|movement|youth|brigades?|front|group|square|street|avenue|bridge|stadium|agreement|accords?|neighbou?rhood)\b|["”]\s*[a-z])/i;
/** Words before a weekday that make it a name ("Bloody Sunday", "Good Friday"). */
export const NAME_BEFORE = /\b(?:bloody|black|good|holy|easter|palm|ash|super|cyber)\s+$/i;
/** Month words that are also common words ("may have", "march on", "Theresa May"). */
export const WORD_MONTHS = /^(?:may|march|june|april|august)$/i;
/** A capitalized word before a month that is also a first name makes it a surname ("Theresa May"); tested on mixed-case text. */
export const NAME_BEFORE_MONTH = /\b(?!(?:On|In|Since|By|Until|From|During|Early|Late|Mid|Last|This|Next|Of|And|Or|To|The|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)[A-Z][a-z]+\s+$/;
/** In upper-case text a bare MAY or MARCH is a month only after one of these ("IN MAY", "SINCE MARCH", "LATE MAY"). */
export const MONTH_LEAD = /\b(?:in|since|by|until|during|of|early|late|mid|last|this|next|from|through|to|and|between|before|after|or)[\s-]+$/i;
/** Before a lower-case month word that is also a common word, what makes it a month ("in may" of a truecased wire; not "last march", "to march"). */
export const LOWER_MONTH_LEAD = /\b(?:in|since|during|until|by|early|late|mid)[\s-]+$/i;
/** After "3 MAY", words that make MAY a modal verb ("UP TO 3 MAY HAVE DIED"). */
export const MODAL_AFTER = /^\s+(?:have|has|be|been|not|also|still|never|well|only|even|already|soon|now|become|take|help|need|lose|face|die|return|come|go)\b/i;
/** Words before a day that belong to its text ("late on Saturday", "on the 12th of October", "Earlier today"). */
export const LEAD_IN_DAY = /(?:^|[^\w-])((?:(?:early|late|earlier|later)\s+)?(?:on\s+(?:the\s+)?)?)$/i;
/** Words before a month or year that belong to its text ("since early March", "in mid-March", "earlier this month", "during the 2d week of December"); "since" marks a period's start (refine/roles.ts PERIOD_START). */
export const LEAD_IN_PERIOD = /(?:^|[^\w-])((?:(?:earlier|later)\s+)?(?:(?:in|since|during|until|from|last|this|next)\s+)?(?:(?:the\s+)?(?:start|beginning|end|middle|(?:first|second)\s+half|(?:first|second|third|fourth|last|\d(?:st|nd|rd|th|d))\s+(?:week|days|fortnight))\s+(?:of|in)\s+)?(?:(?:early|late|mid)[\s-]+)?)$/i;
/** A clock time in GMT right before a day ("[0230 GMT ON 12 JANUARY]", "(0050 GMT 18 OCTOBER)"): the day is Greenwich's; group 1 the time. */
export const GMT_BEFORE = /\b(\d{4})\s*(?:gmt|utc)[\s,]*(?:on\s+)?$/i;
/** The local clock time the GMT one converts, right before its bracket ("AT 2230 [0230 GMT", "AT 1845 (LOCAL TIME) (2345 GMT"); group 1 the time. */
export const LOCAL_BEFORE_GMT = /\b(\d{4})(?:\s*(?:local(?:\s+time)?|hours?|\(local(?:\s+time)?\)))?\s*[[(]\s*$/i;
/** A part of the day after a day, part of its text ("yesterday morning", "on Saturday night"). */
export const PART_OF_DAY_AFTER = /^\s+(?:morning|afternoon|evening|night)\b/i;

// ---- refiners ----

export interface RefinerRule {
  name: string;
  /** What the refiner does, for the reader. */
  does: string;
  /** A filter: it drops mentions (its `neg` examples leave nothing; its `pos` are kept untouched). */
  drops?: true;
  /** It reads the whole list of results at once (neighbours), not one result at a time. */
  whole?: true;
  examples: RuleExamples;
}

/** Our refiners, in the order they run after chrono's; each is applied in chrono.ts under its name. */
export const REFINERS: RefinerRule[] = [
  { name: 'name-not-date', drops: true, does: 'drop a weekday or date that is part of a name (Sunday Times, Bloody Sunday, the March 23 Movement)',
    examples: { pos: [['THE FMLN ASKED FOR A TRUCE NO LATER THAN "15 DECEMBER" -- THE DAY OF THE TALKS.', '15 DECEMBER']], neg: ['He told the Sunday Times that the group was behind it.', 'Bloody Sunday is remembered in Derry.', 'The April 6 Youth Movement called a strike.', 'THE "9 MAY" PEOPLE\'S LIBERATION FORCES PLANTED THE BOMBS.', 'RESIDENTS OF THE 14 JULY NEIGHBORHOOD FLED.'] } },
  { name: 'month-word', drops: true, does: 'drop a month word that is also a verb or a name (may, march, june, april, august): in lower case (as written, or in the truecased copy of a wire) unless beside its day or after in/since/during…; "Theresa May"; "3 MAY HAVE"',
    examples: { pos: [['THE TOWN WAS ATTACKED ON 3 MAY.', 'ON 3 MAY'], ['The town was attacked in may by the FMLN.', 'in may'], ['On 12 march the FMLN attacked.', 'On 12 march']], neg: ['Theresa May said the attack was barbaric.', 'Up to 3 may have died.', 'UP TO 3 MAY HAVE DIED IN THE FIRE.', 'The protesters began to march on the capital.', 'Their last march ended in clashes.'] } },
  { name: 'month-alone', drops: true, does: 'a month with neither day nor year is a date only after a time word ("in May", "since early March", "last October", "the start of February"); otherwise it is a verb or part of a name ("THEY MAY MARCH", "LA MAR")',
    examples: { pos: [['THE TOWN WAS ATTACKED IN MAY.', 'IN MAY'], ['Landmines killed 20 people since the start of February.', 'since the start of February']], neg: ['THE STUDENTS MAY MARCH TO THE CAPITAL.', 'PEASANTS ARRIVED FROM THE LA MAR AREA.', 'MARCH MADNESS BEGAN.'] } },
  { name: 'lead-in', does: 'the preposition or part word before a date is part of its text: "on" and "early"/"late" before a day ("late on Saturday", "Earlier today"), "in"/"since"/"during"/"until"/"from" and "early"/"mid"/"late" before a month or year ("since early March")',
    examples: { pos: [['Fighting has displaced thousands since early March.', 'since early March'], ['A car bomb exploded late on Saturday.', 'late on Saturday']], neg: [] } },
  { name: 'part-of-day', does: 'a part of the day after a day is part of its text ("yesterday morning", "on Saturday night")',
    examples: { pos: [['A car bomb exploded yesterday morning.', 'yesterday morning']], neg: [] } },
  { name: 'weekday-with-date', whole: true, does: 'a weekday followed by its date is one mention, and the date decides ("on Saturday night, 1 October")',
    examples: { pos: [['The blackout occurred on Saturday night, 1 October.', 'on Saturday night, 1 October']], neg: [] } },
  { name: 'casual-day-with-date', whole: true, does: 'a day told by publication ("today", "yesterday", "tonight", "this morning") with a day and month in apposition is one mention, and the date decides ("TODAY, 30 JUNE" in a wire dated 1 JUL: a broadcast of the day before)',
    examples: { pos: [['SAN SALVADOR, 1 JUL 89 -- [TEXT] THE FMLN TODAY, 30 JUNE, KILLED THE MAYOR.', 'TODAY, 30 JUNE'], ['Rebels attacked the post yesterday, 13 November.', 'yesterday, 13 November']], neg: [] } },
  { name: 'weekday-most-recent', does: 'a bare weekday is the most recent such day on or before publication ("last Sunday" on a Sunday: a week before); after future words ("will", "next"), the next one',
    examples: { pos: [['Washington on Wednesday extended the exemption.', 'on Wednesday'], ['The two sides will meet on Tuesday.', 'on Tuesday']], neg: [] } },
  { name: 'day-month-most-recent', does: 'a date without a year takes the year that makes it the most recent: a day and month, the most recent on or before publication (a day of slack), after future words or before an election or summit the nearest; a month alone, the latest not after publication, after future words the next not before it',
    examples: { pos: [['The blast occurred on 16 November.', 'on 16 November'], ['The talks will resume on May 10.', 'on May 10'], ['He will be tried for the murder on 20 March.', 'on 20 March'], ['The town was attacked in May.', 'in May']], neg: [] } },
  { name: 'gmt-day', drops: true, does: 'a day told with a GMT time ("0400 GMT ON 10 SEPTEMBER", "AS OF 0500 GMT TODAY") is Greenwich\'s, not the local day: after a local time ("AT 2230 [0230 GMT ON 12 JANUARY]") the local day (the day before when the local clock is more than 12 hours ahead of GMT\'s, the day after when behind); without one, no date',
    examples: { pos: [['THE BOMB EXPLODED AT 2230 [0230 GMT ON 2 APRIL] IN LA PAZ.', 'ON 2 APRIL'], ['THE MAYOR WAS KILLED AT 1100 (1700 GMT) ON 2 APRIL.', 'ON 2 APRIL']], neg: ['THE BOMBS WENT OFF AT 0400 GMT ON 3 APRIL IN THE CAPITAL.'] } },
  { name: 'period-as-month', does: 'a period told from publication keeps the month it lies in, no day: "last week" and "this week", the month of a week before publication or of publication; "two years ago", that month years back (as precise as "ago" is)',
    examples: { pos: [['Gunmen killed five people last week.', 'last week'], ['Two years ago, gunmen killed 50 people.', 'Two years ago']], neg: [] } },
];

// ---- datelines ----

/**
 * Datelines: PLACE[ (COUNTRY)][, QUALIFIER][, DATE][ (AGENCY)] -- , on the lower-cased
 * start of each of the first lines; chrono parsers of their own (chrono.ts). Named
 * groups: place, d, mo, y, agency.
 */
const DL_NAME = "[a-z\\u00e0-\\u024f][a-z\\u00e0-\\u024f .'-]{1,40}?";
// a release's "NEW YORK / PORT SUDAN, …": the last place is the dateline's
const DL_PLACE = `^\\s*(?:${DL_NAME}\\s*/\\s*)?(?<place>${DL_NAME})(?:\\s?\\([a-z .'-]{2,30}\\))?(?:,\\s+[a-z\\u00e0-\\u024f][a-z\\u00e0-\\u024f .'-]{1,30})?`;
// "(AFP)", or a press service between slashes: "/Press Service of the Kherson Regional Military Administration/"
const DL_AGENCY = '\\s*(?:(?<agency>\\([^)]{1,60}\\)|/[^/\\n]{1,80}/)\\s*)';
const DL_DASH = '(?:--|[-–—])';
const DL_MON = MON.replace('(?:', '(?<mo>');
const DL_YEAR = "(?<y>\\d{4}|\\d{2}|'\\d{2})";
/** A full date either way round: "9 October 2025", "Aug. 14, 2024" (the day in d or dd). */
const DL_FULL = `(?=\\d|[a-z]+\\.?\\s+\\d{1,2}\\b)(?:(?<d>\\d{1,2})\\s+)?${DL_MON}(?:\\s+(?<dd>\\d{1,2}),?)?,?\\s+(?<y>\\d{4})`;
const DL_EOL = '[ \\t]*(?=\\r?\\n)';
export interface DatelineRule {
  name: string;
  re: RegExp;
  examples: string[];
}
// one name, `dateline-date`, for a place and its date either way round (day-month-year, month-day-year, day-month)
export const DATELINES: DatelineRule[] = [
  { name: 'dateline-date', re: new RegExp(`${DL_PLACE},\\s+(?<d>\\d{1,2})\\s+${DL_MON},?\\s+${DL_YEAR}${DL_AGENCY}?${DL_DASH}`, 'd'),
    examples: ['Lima, 20 Aug 88 (EFE) --', 'SAN SALVADOR, 3 JAN 90 --', 'Managua (Nicaragua), 27 Aug 88 (Radio Sandino) --', 'KYIV, 12 May 2024 /Press Service of the Regional Military Administration/ —', 'NEW YORK / PORT SUDAN, 25 June 2024 —'] },
  // a year-less month-day needs its agency ("KABUL, Afghanistan, March 3 (AP) —"); with a year it stands alone
  { name: 'dateline-date', re: new RegExp(`${DL_PLACE},\\s+${DL_MON}\\s+(?<d>\\d{1,2})(?:,?\\s+(?<y>\\d{4}))?(?:${DL_AGENCY}|(?<=\\d{4})\\s*)${DL_DASH}`, 'd'),
    examples: ['BAGHDAD, April 4, 2021 (AFP) -', 'KABUL, Afghanistan, March 3 (AP) —', 'STUTTGART, Germany, March 22, 2023 —'] },
  // year-less wire datelines: the day and month are no publication date, but the line is the dateline, not an event date
  { name: 'dateline-date', re: new RegExp(`${DL_PLACE},\\s+(?<d>\\d{1,2})\\s+${DL_MON}${DL_AGENCY}?${DL_DASH}`, 'd'),
    examples: ['TEGUCIGALPA, 7 FEB (REUTER) --', 'SAN SALVADOR, 9 OCT (AFP) --'] },
  { name: 'dateline-agency', re: new RegExp(`${DL_PLACE}${DL_AGENCY}${DL_DASH}`, 'd'),
    examples: ['WASHINGTON (Reuters) -', 'OUAGADOUGOU, Burkina Faso (AP) —'] },
  // a release's dateline: a full date with or without its place ("TAMPA, Fla. — Aug. 14, 2024", a date on a line of its
  // own), alone on its line, or in brackets before a dash (Human Rights Watch: "(Nairobi, April 25, 2024) –")
  { name: 'dateline-release', re: new RegExp(`^\\s*\\(?(?:${DL_PLACE.slice(4)}(?:,|\\s+${DL_DASH})\\s+)?${DL_FULL}(?:${DL_EOL}|\\)\\s*${DL_DASH})`, 'd'),
    examples: ['TAMPA, Fla. — Aug. 14, 2024\n', 'WASHINGTON — July 27, 2023\n', 'OUAGADOUGOU, September 15, 2020\n', 'November 20, 2023\n', '(Nairobi, April 25, 2024) –'] },
];
