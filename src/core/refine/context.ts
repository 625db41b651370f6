import type { Scope } from '../types.js';
import type { Language } from '../lang/layer.js';
// What the refiners know about an article: its text, sentences and the
// mentions every extractor found. Built once per article by the pipeline.
import type { Sentence } from '../text.js';
import type { Relation } from './roles.js';
import type { Dateline, DateMention } from '../extract/dates/index.js';
import type { PlaceMention } from '../extract/places/index.js';
import type { ActorMention, ResponsibilityCue, ReporterCue } from '../extract/actors/index.js';
import type { CasualtyMention } from '../extract/counts/index.js';
import type { WeaponMention } from '../extract/weapons/index.js';
import type { EventMention } from '../extract/events/index.js';
import type { EventType, Responsibility, RuleFiring } from '../types.js';

export interface ArticleContext {
  text: string;
  lower: string;
  sentences: Sentence[];
  published: string | null;
  dateline: Dateline | null;
  dates: DateMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  casualties(from: number, to: number): CasualtyMention[];
  weapons(from: number, to: number): WeaponMention[];
  responsibility(from: number, to: number): ResponsibilityCue[];
  reporters(from: number, to: number): ReporterCue[];
  /** The headline names one incident (merge.ts HEADLINE_INCIDENT): the story is about it. */
  headlineIncident?: boolean;
  /** With explain only: where refiners record what their rules did (ArticleResult.trace). */
  trace?: RuleFiring[];
  /** The coding scope: `terrorism` codes parties as terrorism data sets do (MUC-4: the perpetrator individual beside its organization). */
  scope?: Scope;
  /** The language layer of the article's sentences (lang/layer.ts). */
  lang?: Language;
}

export interface Role<T> {
  value: T;
  /** The rule that gave the role: a label for --explain, never read as a condition. */
  rule: string;
  /** The grammatical relation the rule read (roles.ts), when it read one. */
  relation?: Relation;
  /** A fallback's guess: the actor is near the incident, but no rule read its relation to the trigger; a place guessed from the article's countries. */
  guessed?: boolean;
  /** Persons a casualty phrase only counts ("ONE PERSON WAS KILLED"): the target fallbacks still look for the victims named or hit. */
  counted?: boolean;
}

/** The mentions of one sentence, with the arguments attached to them. */
export interface Group {
  sentence: number;
  mentions: EventMention[];
  type: EventType;
  typeRule: string;
  anaphoric: boolean;
  aggregate: boolean;
  /** "also", "another": says a new incident starts. */
  fresh: boolean;
  /** A deed of another kind than the one told before it in its sentence (attach.ts KINDS_APART): an incident of its own, joining none told before. */
  apart?: boolean;
  dates: Role<DateMention>[];
  places: Role<PlaceMention>[];
  attackers: Role<ActorMention>[];
  targets: Role<ActorMention>[];
  weapons: WeaponMention[];
  casualties: CasualtyMention[];
  responsibility: ResponsibilityCue[];
  reporters: ReporterCue[];
}

/** An incident: one or more groups merged. */
export interface Incident {
  groups: Group[];
  aggregate: boolean;
  /** Sentences without a trigger whose facts (casualties, reports) continue this incident. */
  extraSentences: number[];
  responsibility?: Responsibility;
}

/** The sentences an incident is told in: its groups', then the trigger-less ones that continue it, each once. */
export function incidentSentences(inc: Incident): number[] {
  return [...new Set([...inc.groups.map((g) => g.sentence), ...inc.extraSentences])];
}
