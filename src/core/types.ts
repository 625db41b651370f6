// The record contract (docs/records.md, version 1) as TypeScript types,
// plus the internal shapes the extractors exchange. Pure: no I/O here.

/** Evidence: `text.slice(start, end) === span.text` always holds. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type EventType =
  | 'air_strike'
  | 'shelling'
  | 'bombing'
  | 'suicide_bombing'
  | 'grenade'
  | 'armed_clash'
  | 'armed_assault'
  | 'assassination'
  | 'abduction'
  | 'arson'
  | 'raid'
  | 'attack';

export type DatePrecision = 'day' | 'month' | 'year' | 'unknown';

export interface DateValue {
  value: string | null;
  precision: DatePrecision;
  text: string | null;
  start: number | null;
  end: number | null;
}

export type PlacePrecision = 'site' | 'city' | 'admin1' | 'country';

export interface Place {
  name: string;
  place: string | null;
  admin1: string | null;
  country: string | null;
  country_code: string | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
  relation: string | null;
  text: string;
  start: number;
  end: number;
}

export type ActorKind =
  | 'state'
  | 'military'
  | 'police'
  | 'government'
  | 'armed_group'
  | 'civilians'
  | 'facility'
  | 'unknown';

export interface Actor {
  name: string;
  text: string;
  start: number;
  end: number;
  kind: ActorKind;
  country_code: string | null;
  affiliation: string | null;
  /** true when the text only attributes (blames, suspects) rather than asserts. */
  attributed?: boolean;
  /** ACLED's name for the actor ("Military Forces of Yemen", "Civilians (Mali)"); null for property. Set on every record's attackers and targets (src/core/acled). */
  acled_actor?: string | null;
  /** ACLED's inter code: 1 state forces … 8 external/other forces; null for property. */
  inter?: number | null;
}

export interface Weapon {
  name: string;
  count: number | null;
  text: string;
  start: number;
  end: number;
}

export interface CountReport {
  value: number;
  by: string | null;
}

export interface Count {
  value: number;
  low: number;
  high: number;
  approximate: boolean;
  text: string;
  start: number;
  end: number;
  reports: CountReport[];
}

export type Responsibility = 'claimed' | 'attributed' | 'denied' | 'unclaimed' | 'unknown';

export interface EventRecord {
  id: string;
  type: EventType;
  acled_event_type: string;
  acled_sub_event_type: string;
  cameo: string;
  trigger: Span;
  sentence: number;
  date: DateValue;
  location: Place | null;
  attackers: Actor[];
  targets: Actor[];
  weapons: Weapon[];
  killed: Count | null;
  wounded: Count | null;
  responsibility: Responsibility;
  reported_by: string[];
  aggregate: boolean;
  evidence: Span[];
  /** Present only with `explain: true`: field → rule names that produced it. */
  explain?: Record<string, string[]>;
}

/** The coding scope (src/core/refine/scope.ts has its rules). */
export type Scope = 'all' | 'terrorism';

export type PublishedFrom = 'flag' | 'metadata' | 'dateline' | null;

export interface ArticleMeta {
  id: string;
  source: string;
  headline: string | null;
  published: string | null;
  published_from: PublishedFrom;
  url?: string | null;
}

/** One rule's decision on a piece of text, kept with `explain: true` (accepts are in each event's `explain`). */
export interface RuleFiring {
  rule: string;
  /** What the rule decided: a reading accepted (beyond the events' own `explain`), a trigger rejected, an event dropped. */
  action: 'accept' | 'reject' | 'drop';
  text: string;
  start: number;
  end: number;
}

export interface ArticleResult {
  article: ArticleMeta;
  events: EventRecord[];
  warnings: string[];
  /** Present only with `explain: true`: every reject and drop of a rule, and accepts not shown in the events' `explain`. */
  trace?: RuleFiring[];
}

/** Options of the pure core. The reference date is passed in, never read from the clock. */
export interface ExtractOptions {
  /** Article id used in event ids. Default `article`. */
  id?: string;
  /** Where the text came from (path, `stdin`, NDJSON line). Default `id`. */
  source?: string;
  /** ISO date `YYYY-MM-DD` of publication, if known from a flag. */
  published?: string | null;
  /** Where `published` came from when given. Default `flag`. */
  publishedFrom?: PublishedFrom;
  /** Headline if known from metadata. */
  headline?: string | null;
  /** Attach rule names to each event (`explain`). */
  explain?: boolean;
  /** Extra actor dictionary entries (from `--actors FILE`). */
  actors?: ActorEntry[];
  /** Coding scope: `all` political violence (default), or `terrorism` (no combat between armed sides; src/core/refine/scope.ts). */
  scope?: Scope;
}

/** An entry of the actor dictionary (src/core/extract/actors/lexicon). */
export interface ActorEntry {
  name: string;
  kind: ActorKind;
  country_code: string | null;
  aliases: string[];
  /** true for sources such as monitors and news agencies: credited reporters, not parties. */
  source?: boolean;
}
