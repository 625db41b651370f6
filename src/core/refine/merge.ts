// Merge the mention groups of an article into incidents: anaphoric mentions
// ("the strike at Balad airbase") join the incident they refer to; tallies
// join the article's tally; a new date, place or an "also" starts a new one.
import type { ArticleContext, Group, Incident } from './context.js';
import type { RuleFiring } from '../types.js';
import type { DateMention } from '../extract/dates/index.js';
import { bodyFoundDay, reportDay } from './attach.js';
import { dayOverPeriod, laterDay } from './when.js';
import { HABITUAL_CUE, REFERENCE_POINT } from './roles.js';
import { AGGREGATE_SENTENCE } from '../extract/events/lexicon.js';
import { combatant, ownVictim } from './scope.js';
import { within } from '../spans.js';
import { TITLES } from '../extract/actors/lexicon.js';
import { isGivenName } from '../extract/actors/names.js';
import { clauseBefore, clauseStart, holdsBefore, sentenceBefore, skippedAt, wordBefore } from '../lang/within.js';

/** A responsibility cue in a habitual statement ("are sometimes claimed by"). */
export function habitualCue(ctx: ArticleContext, c: { start: number; end: number }): boolean {
  const cue = ctx.lower.slice(c.start, c.end);
  // (tried on the sentence's text first: a word not there is not in the clause, and no layer is built)
  if (!HABITUAL_CUE.test(sentenceBefore(ctx, c.start) + cue)) {
    skippedAt(ctx, c.start);
    return false;
  }
  // the cue's clause up to the cue's end (lang/within.ts)
  return HABITUAL_CUE.test(clauseBefore(ctx, c.start) + cue);
}

/** How many sentences after an incident a claim, denial or blame may still be its own. */
export const CLAIM_REACH = 6;


const lastSentence = (inc: Incident) => inc.groups[inc.groups.length - 1]!.sentence;

/**
 * What the merge asks of an incident's groups, grown as groups join it, so that a question costs the same however many
 * groups it has (an article of one incident told in many sentences stays linear).
 */
interface IncidentFacts {
  n: number;
  /** the types of its groups */
  types: Set<string>;
  /** the first date with a value of its groups, and the first one to the day */
  date: string | null;
  day: string | null;
  /** the first date its groups tell of it (toldDate); failing that, the month of their first date (timeOf) */
  told: string | null;
  month: string | null;
}

const factsCache = new WeakMap<Incident, IncidentFacts>();

function factsOf(ctx: ArticleContext, inc: Incident): IncidentFacts {
  let c = factsCache.get(inc);
  if (!c) {
    c = { n: 0, types: new Set(), date: null, day: null, told: null, month: null };
    factsCache.set(inc, c);
  }
  for (; c.n < inc.groups.length; c.n++) {
    const g = inc.groups[c.n]!;
    c.types.add(g.type);
    c.told ??= toldDate(ctx, g)?.value ?? null;
    c.month ??= ownDate(g)?.value?.slice(0, 7) ?? null;
    for (const d of g.dates) {
      if (!d.value.value) continue;
      c.date ??= d.value.value;
      if (d.value.precision === 'day') c.day ??= d.value.value;
    }
  }
  return c;
}

/**
 * The date a group tells of its incident, as its record will take it (record.ts chooseDate): not the day
 * a report was made ("the authorities disclosed today that Lopez was kidnapped on 2 August"), a body found or a day still
 * to come; a day of the sentence within its month or year before that month or year. The merge compares these, so that
 * a report's "today" does not part a group from the incident it tells; a group or incident with no such date is placed
 * by the month of its first date (a report tells of a recent incident, not of one in another year: "hit by repeated
 * grenade attacks since 2015").
 */
const toldCache = new WeakMap<Group, DateMention | null>();

function toldDate(ctx: ArticleContext, g: Group): DateMention | null {
  const hit = toldCache.get(g);
  if (hit !== undefined) return hit;
  const told = g.dates.map((d) => d.value).filter((d) => d.value && !reportDay(ctx, d) && !bodyFoundDay(ctx, d) && !laterDay(ctx, d));
  const x = dayOverPeriod(told, (d) => d) ?? null;
  toldCache.set(g, x);
  return x;
}

/** The first date of a group with a value, and the first to the day. */
const ownDate = (g: Group) => g.dates.find((d) => d.value.value)?.value ?? null;
const ownDay = (g: Group) => g.dates.find((d) => d.value.value && d.value.precision === 'day')?.value.value ?? null;
const dateOf = (ctx: ArticleContext, inc: Incident): string | null => factsOf(ctx, inc).date;
const hasType = (ctx: ArticleContext, inc: Incident, type: string): boolean => factsOf(ctx, inc).types.has(type);

function sameDate(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

const placeNamesCache = new WeakMap<Group, string[]>();

function placeNames(g: Group): string[] {
  const hit = placeNamesCache.get(g);
  if (hit) return hit;
  // the admin1 too: Tame (Arauca) does not conflict with "the province of Arauca"
  const names = g.places.filter((p) => p.value.kind === 'place').flatMap((p) => [p.value.name, p.value.place ?? '', p.value.admin1 ?? ''].filter(Boolean).map(norm));
  placeNamesCache.set(g, names);
  return names;
}

/**
 * `towns-of-one-region-apart`: the regions (admin1) of a group's towns and sites, not named as places of their own. Under
 * the terrorism scope two towns of one region are two places (Itagui and Medellin, both in Antioquia): a region ties a
 * group to an incident only when one of them names it ("the province of Arauca" and Tame, Arauca); a town or region whose
 * name holds another's is another place (Norte de Santander and Santander), a site is of the town it is named for
 * ("Medellin hotel"). (In all scopes a war report tells a day's strikes on the towns of a region as one, "shelled 27
 * settlements in Kherson region": press-dev fell; and a region's name inside its part's ties them, Darfur and North
 * Darfur: news-dev-1 fell.)
 */
export const TOWNS_OF_ONE_REGION = {
  name: 'towns-of-one-region-apart',
  scope: 'terrorism',
  examples: {
    pos: ['A bomb destroyed a private factory in Itagui last night. … Five pedestrians were injured when a bomb exploded outside the telephone company in Medellin.',
      'Rebels kidnapped the mayor of Sardinata, Norte de Santander, on Saturday. A rancher was kidnapped in El Carmen, Santander.'],
    neg: ['A bomb destroyed a private factory in Itagui last night. … Five pedestrians were injured when a bomb exploded outside the factory in Antioquia Department.'],
  },
};

/** The regions (admin1) of a group's places that it does not name as places of their own (TOWNS_OF_ONE_REGION). */
const regionsOnly = (g: Group): Set<string> => {
  const ps = g.places.filter((p) => p.value.kind === 'place');
  const own = new Set(ps.flatMap((p) => [p.value.name, p.value.place ?? ''].map(norm)));
  return new Set(ps.map((p) => norm(p.value.admin1 ?? '')).filter((a) => a && !own.has(a)));
};

/** `unknown-place-in-region`: the words that name a settlement around its name ("the village of Kuriga", "Tar Taing village"). */
export const SETTLEMENT_NAMED = { before: /\b(?:village|hamlet|town|township|settlement|locality)\s+of\s+(?:the\s+)?$/, after: /^\s+(?:village|hamlet|township)\b/ };

/**
 * `unknown-place-in-region`, of a town: a district the gazetteer does not know ("in the city's Dniprovskyi district", "in
 * the Kievsky district") lies in the town the incident is placed in, in the same country.
 */
export const DISTRICT_NAMED = { before: /\b(?:city|town|capital)['’]s\s+$/, after: /^\s+(?:district|neighbou?rhood|quarter|suburb)\b/ };

/** Every place proper of the group is a settlement (or, `words` DISTRICT_NAMED, a district) the gazetteer does not know (no coordinates, no region of its own). */
function unknownSettlementsOnly(ctx: ArticleContext, g: Group, words: { before: RegExp; after: RegExp } = SETTLEMENT_NAMED): boolean {
  const ps = g.places.filter((p) => p.value.kind === 'place');
  const named = (p: { start: number; end: number }) => words.before.test(ctx.lower.slice(Math.max(0, p.start - 40), p.start)) || words.after.test(ctx.lower.slice(p.end, p.end + 14));
  return ps.length > 0 && ps.every((p) => p.value.lat == null && !p.value.admin1 && p.value.precision !== 'country' && named(p.value));
}

/** The names of a group's places proper below a region: towns and sites ("Tecun Uman", "Trujillo"). */
const townNames = (g: Group) => g.places.filter((p) => p.value.kind === 'place' && (p.value.precision === 'city' || p.value.precision === 'site')).map((p) => norm(p.value.name));
/** The names of a group's sites ("Medellin hotel", "Comalapa airport"): the only names that hold another place's name and are still of it. */
const siteNames = (g: Group) => g.places.filter((p) => p.value.kind === 'place' && p.value.precision === 'site').map((p) => norm(p.value.name));

/**
 * The countries of a group's places (all, demonyms too, and those of its places proper), and whether every place
 * proper of it is a country ("in Ecuador").
 */
function countriesOf(g: Group): { all: string[]; places: string[]; countryOnly: boolean } {
  const ps = g.places.filter((p) => p.value.kind === 'place');
  return {
    all: g.places.map((p) => p.value.country_code ?? ''),
    places: ps.map((p) => p.value.country_code ?? ''),
    countryOnly: ps.length > 0 && ps.every((p) => p.value.precision === 'country'),
  };
}

interface IncidentPlaces {
  n: number;
  /** how many of its places proper are not countries, and whether each of them is placed by a reference point ("south of Baghdad") */
  own: number;
  ownByReference: boolean;
  names: Set<string>;
  /** the countries of every place of the incident, demonyms too */
  countries: Set<string>;
  /** the countries of its places proper */
  placeCountries: Set<string>;
  /** every group with places has places proper, all of them countries */
  countryOnly: boolean;
  /** the names of its places proper below a region (towns, sites), and of its sites */
  towns: Set<string>;
  sites: Set<string>;
  /** the regions of its towns (regionsOnly), and the names of its places without their regions */
  regions: Set<string>;
  ownNames: Set<string>;
}

/** The distinct place names and countries of an incident, grown as groups join it (linear in groups, not quadratic). */
const incidentPlacesCache = new WeakMap<Incident, IncidentPlaces>();

function incidentPlaces(inc: Incident): IncidentPlaces {
  let c = incidentPlacesCache.get(inc);
  if (!c) {
    c = { n: 0, own: 0, ownByReference: true, names: new Set(), countries: new Set(), placeCountries: new Set(), countryOnly: true, towns: new Set(), sites: new Set(), regions: new Set(), ownNames: new Set() };
    incidentPlacesCache.set(inc, c);
  }
  for (; c.n < inc.groups.length; c.n++) {
    const g = inc.groups[c.n]!;
    for (const x of placeNames(g)) c.names.add(x);
    for (const x of townNames(g)) c.towns.add(x);
    for (const x of siteNames(g)) c.sites.add(x);
    for (const x of regionsOnly(g)) c.regions.add(x);
    for (const p of g.places) if (p.value.kind === 'place') for (const x of [p.value.name, p.value.place ?? '']) if (x) c.ownNames.add(norm(x));
    for (const p of g.places) {
      if (p.value.kind !== 'place' || p.value.precision === 'country') continue;
      c.own++;
      c.ownByReference &&= !!p.value.relation && REFERENCE_POINT.test(p.value.relation);
    }
    if (g.places.length === 0) continue;
    const cs = countriesOf(g);
    for (const cc of cs.all) c.countries.add(cc);
    for (const cc of cs.places) c.placeCountries.add(cc);
    c.countryOnly &&= cs.countryOnly;
  }
  return c;
}

function placesConflict(inc: Incident, g: Group, ctx?: ArticleContext): boolean {
  const mine = placeNames(g);
  if (mine.length === 0) return false;
  // `reference-point-no-conflict`: an incident placed only by reference points ("south of Baghdad") does not conflict with the
  // place a later sentence names ("inside the base at Jurf al-Nasr")
  const theirPlaces = incidentPlaces(inc);
  if (theirPlaces.own > 0 && theirPlaces.ownByReference) return false;
  // a group placed only in a country ("in Ecuador") does not conflict with a town of that country, nor the other way round
  const my = countriesOf(g);
  if (my.countryOnly && my.places.every((cc) => theirPlaces.countries.has(cc))) return false;
  if (theirPlaces.countryOnly && [...theirPlaces.placeCountries].every((cc) => my.all.includes(cc))) return false;
  // `unknown-place-in-region`: a village the gazetteer does not know ("in the village of Pyin Shae") may lie in the region
  // the incident is placed in ("the western Rakhine state"), and a district it does not know in the incident's town, in the
  // same country
  const unknownWords = theirPlaces.towns.size === 0 ? SETTLEMENT_NAMED : DISTRICT_NAMED;
  if (ctx && unknownSettlementsOnly(ctx, g, unknownWords) && my.places.every((cc) => theirPlaces.placeCountries.has(cc))) return false;
  const theirs = theirPlaces.names;
  if (theirs.size === 0) return false;
  // (a region both name only as their towns' is no tie: towns-of-one-region-apart; so is, under its scope, a name inside
  // another but a town's inside its site's, "Medellin hotel" and Medellin: a town or region whose name holds another's is
  // another place, "Norte de Santander" and Santander, "San Miguel de Mercedes" and San Miguel)
  const regional = ctx?.scope === TOWNS_OF_ONE_REGION.scope;
  const mineRegions = regional ? regionsOnly(g) : new Set<string>();
  const mineSites = siteNames(g);
  const holds = (a: string, b: string) => a === b || (a.includes(b) && (!regional || mineSites.includes(a))) || (b.includes(a) && (!regional || theirPlaces.sites.has(b)));
  const tie = (a: string, b: string) => holds(a, b) && !(mineRegions.has(a) && theirPlaces.regions.has(b) && !theirPlaces.ownNames.has(b));
  for (const a of mine) for (const b of theirs) if (tie(a, b)) return false;
  return true;
}

/** `earlier-period-conflict`: "the murder of three judges earlier this year" is not the incident of this morning. */
export const EARLIER_PERIOD = /\b(earlier|last|previous|past|ago)\b/;

function datesConflict(ctx: ArticleContext, inc: Incident, g: Group): boolean {
  const d = toldDate(ctx, g);
  const mine = d?.value ?? ownDate(g)?.value?.slice(0, 7);
  const f = factsOf(ctx, inc);
  const theirs = f.told ?? f.month;
  if (!mine || !theirs) return false;
  if (!sameDate(mine, theirs)) return true;
  return !!d && d.precision !== 'day' && theirs.length === 10 && EARLIER_PERIOD.test(`${wordBefore(ctx, d!.start) ?? ''} ${ctx.lower.slice(d!.start, d!.end)}`);
}

/** Types one incident may be told with: a suicide car bomb that "exploded", a shooting that was an assassination. */
export const TYPE_FAMILIES: readonly (readonly string[])[] = [
  ['bombing', 'suicide_bombing', 'grenade'],
  ['armed_assault', 'assassination'],
  ['shelling', 'air_strike'],
  // a raid in which shots are fired on both sides ("a sixth suspect was shot dead after he opened fire on officers")
  ['raid', 'armed_clash', 'armed_assault'],
  // homes or shops set on fire by the side that attacked or clashed ("threw stones and set fire to shops and vehicles")
  ['armed_clash', 'armed_assault', 'arson'],
  // a kidnapping done by storming or firing on its victims ("blocked the road … and opened fire on the vehicle", "stormed the
  // school and took the children")
  ['abduction', 'armed_assault'],
  // a fire a drone or a shell started ("a Ukrainian drone attack set fire to a refinery … A drone struck the Ryazan refinery")
  ['air_strike', 'shelling', 'arson'],
];

/**
 * Types one incident is told with when the sentence of the later mention tells the order of its parts: an ambush sprung
 * with a bomb ("a roadside bomb first struck a vehicle … before gunmen raked the trucks", "militants then opened fire on
 * the convoy"); without such a word a bomb and a shooting are two incidents as often as one.
 */
export const SEQUENCED_FAMILIES = { families: [['bombing', 'armed_assault']] as readonly (readonly string[])[], cue: /\b(?:then|before|first)\b/ };

function typesAgree(ctx: ArticleContext, inc: Incident, g: Group): boolean {
  const kin = (a: string, b: string) => a === b || a === 'attack' || b === 'attack' || TYPE_FAMILIES.some((f) => f.includes(a) && f.includes(b));
  const types = [...factsOf(ctx, inc).types];
  if (types.some((t) => kin(t, g.type))) return true;
  const sequenced = (a: string) => SEQUENCED_FAMILIES.families.some((f) => f.includes(a) && f.includes(g.type));
  if (!types.some(sequenced)) return false;
  const s = ctx.sentences[g.sentence]!;
  return SEQUENCED_FAMILIES.cue.test(ctx.lower.slice(s.start, s.end));
}

/**
 * Rule `new-parties-new-incident`: a sentence that names its own attacker and
 * target, neither of them the incident's (which names both), reports another
 * incident ("troops killed a guerrilla in a skirmish" → "the rebels downed an
 * electric tower").
 */
const partiesCache = new WeakMap<Incident, { n: number; attackers: Set<string>; targets: Set<string>; surnames: Set<string> }>();
/** A party's names for comparing: its name and its head word ("suicide bomber" and "bomber", "military checkpoint" and "checkpoint"). */
const roleNames = (roles: { value: { name: string } }[]) =>
  roles.flatMap((r) => {
    const n = norm(r.value.name);
    const head = /(\S+)$/.exec(n)?.[1];
    return head && head !== n ? [n, head] : [n];
  });

/** The surnames of the persons a group names as targets ("Jose Antonio Rodriguez Porth": porth). */
const targetSurnames = (g: Group) => g.targets.filter((t) => PERSON_NAME.test(t.value.name) && /\s/.test(t.value.name)).map((t) => norm(/(\S+)$/.exec(t.value.name)![1]!));

/**
 * `named-victim-no-conflict`: a sentence that names the incident's victim by name ("Unidentified individuals
 * machinegunned Rodriguez Porth's car") tells the incident again, whatever parties it names.
 */
function namesTheVictim(ctx: ArticleContext, surnames: Set<string>, g: Group): boolean {
  if (surnames.size === 0) return false;
  const s = ctx.sentences[g.sentence]!;
  const words = new Set(norm(ctx.text.slice(s.start, s.end)).split(/[^\p{L}]+/u));
  return [...surnames].some((n) => words.has(n));
}

function partiesConflict(ctx: ArticleContext, inc: Incident, g: Group): boolean {
  if (g.attackers.length === 0 || g.targets.length === 0) return false;
  let c = partiesCache.get(inc);
  if (!c) {
    c = { n: 0, attackers: new Set(), targets: new Set(), surnames: new Set() };
    partiesCache.set(inc, c);
  }
  for (; c.n < inc.groups.length; c.n++) {
    for (const a of roleNames(inc.groups[c.n]!.attackers)) c.attackers.add(a);
    for (const t of roleNames(inc.groups[c.n]!.targets)) c.targets.add(t);
    for (const n of targetSurnames(inc.groups[c.n]!)) c.surnames.add(n);
  }
  if (c.targets.size === 0) return false;
  return !roleNames(g.attackers).some((a) => c!.attackers.has(a)) && !roleNames(g.targets).some((t) => c!.targets.has(t)) && !namesTheVictim(ctx, c.surnames, g);
}

/** Rule `merge-same-day-recap`: the same type, both dated to the same day, no conflicting place. */
export const RECAP = { name: 'merge-same-day-recap' };

function sameDayRecap(ctx: ArticleContext, inc: Incident, g: Group): boolean {
  const mine = ownDay(g);
  if (!mine || !hasType(ctx, inc, g.type)) return false;
  return factsOf(ctx, inc).day === mine && !placesConflict(inc, g);
}

/**
 * Rule `quoted-retelling`: a witness's or official's own account, quoted after
 * the report ("This is what Balza told the radio: [Begin recording]
 * Unidentified individuals attacked the PDC's premises …", 'A resident told
 * AFP: "Gunmen burned our houses"'), tells the incident again: with no date of
 * its own, a kindred type and no conflicting place, up to RETELL_REACH
 * sentences on, it joins the incident.
 */
export const RETELL_REACH = 8;
/** The text of a sentence before its trigger opens a quotation: a recording marker, or a quote mark at its start or after a colon, not closed. */
export const QUOTE_OPEN = /\[begin recording\]|(?:^\s*|:\s*)["“][^"”]*$/;
/** A sentence that ends by announcing the quotation that follows ("… told the radio:"). */
export const QUOTE_ANNOUNCED = /:\s*["“]?\s*$/;

function quotedRetelling(ctx: ArticleContext, inc: Incident, g: Group): boolean {
  if (g.fresh || ownDate(g) || g.sentence - lastSentence(inc) > RETELL_REACH) return false;
  const s = ctx.sentences[g.sentence];
  const prev = ctx.sentences[g.sentence - 1];
  const trig = g.mentions[0]!.trigger.start;
  if (!s || !(QUOTE_OPEN.test(ctx.lower.slice(s.start, Math.max(s.start, trig))) || (prev && QUOTE_ANNOUNCED.test(ctx.lower.slice(prev.start, prev.end))))) return false;
  // the account words the target its own way ("the PDC's premises" for "the PDC headquarters"): only another attacker conflicts
  const theirs = new Set(inc.groups.flatMap((x) => roleNames(x.attackers)));
  const attackersConflict = theirs.size > 0 && g.attackers.length > 0 && !roleNames(g.attackers).some((a) => theirs.has(a));
  return typesAgree(ctx, inc, g) && !placesConflict(inc, g, ctx) && !attackersConflict;
}

/**
 * The incidents dated to a day, by day and type, in the order they were opened: where `merge-same-day-recap` looks for
 * the incident a recap tells again (a look-up, not a scan of every incident).
 */
class RecapIndex {
  private readonly lists = new Map<string, Incident[]>();
  private readonly keys = new WeakMap<Incident, Set<string>>();
  private readonly opened = new Map<Incident, number>();

  /** Index an incident again after a group joined it (or it was opened). */
  add(ctx: ArticleContext, inc: Incident): void {
    if (!this.opened.has(inc)) this.opened.set(inc, this.opened.size);
    const f = factsOf(ctx, inc);
    if (!f.day) return;
    let mine = this.keys.get(inc);
    if (!mine) this.keys.set(inc, (mine = new Set()));
    const at = this.opened.get(inc)!;
    for (const t of f.types) {
      const k = `${f.day} ${t}`;
      if (mine.has(k)) continue;
      mine.add(k);
      const list = this.lists.get(k) ?? [];
      this.lists.set(k, list);
      let i = list.length;
      while (i > 0 && this.opened.get(list[i - 1]!)! > at) i--;
      list.splice(i, 0, inc);
    }
  }

  /** The first incident opened that `g` is a same-day recap of. */
  find(ctx: ArticleContext, g: Group): Incident | undefined {
    const day = ownDay(g);
    return day ? this.lists.get(`${day} ${g.type}`)?.find((inc) => sameDayRecap(ctx, inc, g)) : undefined;
  }
}

/** A merge decision between the incident told last and a group: `join` it, or keep it `apart` (a new incident). */
export interface MergeRule {
  name: string;
  match: (ctx: ArticleContext, inc: Incident, g: Group) => boolean;
  then: 'join' | 'apart';
  examples: { pos: string[]; neg: string[] };
}

/** The name of the rule by which a mention that points back joins an incident told before. */
const ANAPHORIC_JOIN = 'anaphoric-join';

/** Within so many sentences of the incident told last, a group of a kindred type continues it (`continuation`). */
export const CONTINUATION_REACH = 3;
/**
 * Within so many, a group whose sentence names no date continues it too (`continuation`): wires tell an incident's victims
 * or circumstances again after a few sentences of reactions ("Oqueli and his companion Gilda Flores were abducted" five
 * sentences on); a sentence with a date of its own, even one not taken ("since the start of February"), tells of another
 * time (a tally, an earlier bomb). Not in a story whose headline names one incident: a mention far down is that one's
 * (`headline-incident`), not the last one's ("The violence has killed more than 480 people").
 */
export const UNDATED_CONTINUATION_REACH = 6;

/** The group's sentence is within the reach of `continuation` of the incident told last (CONTINUATION_REACH, UNDATED_…). */
function withinContinuation(ctx: ArticleContext, inc: Incident, g: Group): boolean {
  const gap = g.sentence - lastSentence(inc);
  if (gap <= CONTINUATION_REACH) return true;
  // (not in a story whose headline names its incident: a later mention is that incident's, `headline-incident`)
  const s = ctx.sentences[g.sentence]!;
  return !ctx.headlineIncident && gap <= UNDATED_CONTINUATION_REACH && within(ctx.dates, s.start, s.end).length === 0;
}
/** Within so many sentences, a group of the incident's own type naming its place tells it again (`same-place-join`). */
export const SAME_PLACE_REACH = 4;

/**
 * Whether a group joins the incident told last, first rule that holds deciding; none holding, it opens a new incident.
 * Each decision is recorded under its rule's name (explain).
 */
export const SINGLE_MERGE_RULES: readonly MergeRule[] = [
  {
    // the kidnapping that led to the murder told: a day or a few before it, of the victim it names or of none
    name: 'kidnapped-then-killed',
    match: (ctx, inc, g) => kidnapBeforeMurder(ctx, inc, g),
    then: 'join',
    examples: {
      pos: ['Msgr Jesus Emilio Jaramillo was murdered and his body was found today. Yesterday several armed men kidnapped Jaramillo, the bishop of Arauca.'],
      neg: ['Msgr Jesus Emilio Jaramillo was murdered and his body was found today. Yesterday several armed men kidnapped the mayor of Saravena, Carlos Garcia.'],
    },
  },
  {
    name: 'date-conflict-apart',
    match: (ctx, inc, g) => datesConflict(ctx, inc, g),
    then: 'apart',
    examples: {
      pos: ['Guerrillas bombed the bank on 5 May. … Guerrillas bombed the bank again on 9 June.', 'A bomb exploded in Lima this morning. … The murder of three judges earlier this year'],
      neg: ['Guerrillas bombed the bank on 5 May. … The bombing on 5 May destroyed the building.'],
    },
  },
  {
    name: 'other-named-victim-apart',
    match: (ctx, inc, g) => otherNamedVictim(ctx, inc, g),
    then: 'apart',
    examples: {
      pos: ['The murder of Luis Carlos Galan on 18 August shocked the country. … The assassination of magistrate Carlos Valencia followed.',
        'SENATOR LUIS CARLOS GALAN\'S MURDER IN BOGOTA ON 18 AUGUST … IN PROTEST OVER THE ASSASSINATION OF JUSTICE CARLOS VALENCIA IN BOGOTA.'],
      neg: ['The murder of Luis Carlos Galan on 18 August shocked the country. … Galan\'s assassination was planned by the cartel.'],
    },
  },
  {
    // (or, of another kind than the incident told last, the last one of its kind: anaphorOfItsKind)
    name: ANAPHORIC_JOIN,
    match: (_ctx, _inc, g) => g.anaphoric && !g.fresh,
    then: 'join',
    examples: {
      pos: ['Rebels attacked a patrol in Tame. … The attack left two soldiers dead.', 'Armed men kidnapped 20 peasants in Puerto Bello. Before fleeing, they set fire to a grocery store. Nothing is known about the motive behind the kidnapping.'],
      neg: ['Rebels attacked a patrol in Tame. … Another attack was reported in Arauca.'],
    },
  },
  {
    name: 'continuation',
    match: (ctx, inc, g) => withinContinuation(ctx, inc, g) && !g.fresh && typesAgree(ctx, inc, g) && !placesConflict(inc, g, ctx) && !partiesConflict(ctx, inc, g),
    then: 'join',
    examples: {
      pos: ['A car bomb exploded outside the police station in Medellin. Two policemen were killed in the blast.',
        'Heavily armed men kidnapped Hector Oqueli Colindres in Guatemala City today. … … … … Oqueli and his companion Gilda Flores were abducted as they were heading to the airport.'],
      neg: ['Troops killed a guerrilla in a skirmish near Tame. The rebels downed an electric tower in Arauca.',
        'Heavily armed men kidnapped Hector Oqueli Colindres in Guatemala City today. … … … … In another development, armed men abducted a trader in Quetzaltenango.',
        // (terrorism, apartFromDropped: the attack of 1985 alone is dropped as history, the murder alone is not)
        'NAVARRO, WHO IN 1985 SURVIVED AN ATTACK DURING WHICH HE LOST A LEG, SWORE TO FIGHT FOR PEACE. … HE ADDED THAT PIZARRO\'S MURDER WAS USELESS.'],
    },
  },
  {
    // "also" or "meanwhile" says more is told, not that this mention is another incident, when the mention points back
    // ("the university group also condemns the assassination of four other priests"); "another", "separately",
    // "elsewhere" still do
    name: 'anaphor-despite-also',
    match: (ctx, inc, g) => g.anaphoric && g.fresh && g.sentence - lastSentence(inc) <= RETELL_REACH && onlyAddingCue(ctx, g) && typesAgree(ctx, inc, g) && !placesConflict(inc, g, ctx),
    then: 'join',
    examples: {
      pos: ['Gunmen killed six Jesuit priests at the university. In a declaration, the university group also condemns the assassination of four other priests.'],
      neg: ['Gunmen killed six Jesuit priests at the university. Meanwhile, in Santa Ana, the attack on the garrison left two dead.', 'Four persons involved in the murder of Galan were arrested. They are also connected to the car bomb attack on the newspaper El Espectador.'],
    },
  },
  {
    // more victims of the incident told ("10 other people were also injured"), told in the passive: an active verb after
    // "also" tells another deed of its subject ("the guerrillas also killed attorney general Garcia Alvarado")
    name: 'also-victims-join',
    match: (ctx, inc, g) => g.fresh && g.sentence - lastSentence(inc) <= CONTINUATION_REACH && alsoVictims(ctx, g) && onlyAddingCue(ctx, g) && typesAgree(ctx, inc, g) && !placesConflict(inc, g, ctx),
    then: 'join',
    examples: {
      pos: ['A bomb exploded beside a tourist bus in Lima, injuring a driver. The police reported that 10 other people were also injured.'],
      neg: ['A bomb exploded beside a tourist bus in Lima. Policemen were also injured in other sectors of Cuzco.', 'The guerrillas killed minister Rodriguez Porth. The guerrillas also killed attorney general Roberto Garcia Alvarado.'],
    },
  },
  {
    // the same kind of incident at the same place, a few sentences on ("the assassination … was assassinated")
    name: 'same-place-join',
    match: (ctx, inc, g) =>
      !g.fresh && g.sentence - lastSentence(inc) <= SAME_PLACE_REACH && hasType(ctx, inc, g.type) && placeNames(g).length > 0 && !placesConflict(inc, g, ctx) && incidentPlaces(inc).names.size > 0,
    then: 'join',
    examples: { pos: ['The mayor of Achi was assassinated yesterday. … He was assassinated in Achi by ELN guerrillas.'], neg: ['The mayor of Achi was assassinated yesterday. … A judge was assassinated in Cali.'] },
  },
  {
    name: 'quoted-retelling',
    match: (ctx, inc, g) => quotedRetelling(ctx, inc, g),
    then: 'join',
    examples: {
      pos: ['Gunmen attacked the PDC headquarters. This is what Balza told the radio: [Begin recording] Unidentified individuals attacked the PDC\'s premises.'],
      neg: ['Gunmen attacked the PDC headquarters. A resident told AFP: "Soldiers burned our houses in Chalatenango."'],
    },
  },
];

/** How many days before a murder the kidnapping that led to it may be told (`kidnapped-then-killed`). */
export const KIDNAP_DAYS = 3;

function kidnapBeforeMurder(ctx: ArticleContext, inc: Incident, g: Group): boolean {
  if (g.type !== 'abduction' || g.fresh || !hasType(ctx, inc, 'assassination') || g.sentence - lastSentence(inc) > RETELL_REACH) return false;
  const mine = ownDate(g);
  const theirs = factsOf(ctx, inc).day;
  if (mine && (mine.precision !== 'day' || !theirs)) return false;
  const days = mine ? dayNumber(theirs!) - dayNumber(mine.value!) : 0;
  if (days < 0 || days > KIDNAP_DAYS) return false;
  return (g.targets.length === 0 || namesTheVictim(ctx, victimsOf(ctx, inc).surnames, g)) && !placesConflict(inc, g, ctx);
}

/** The fresh cues that only add to what was told ("also", "meanwhile"), against those that name another incident. */
export const ADDING_CUE = { adds: /\b(?:also|meanwhile)\b/, other: /\b(?:another|separately|separate|elsewhere|similar|similarly|likewise|earlier)\b/ };

/** Whether the text of a group's sentence before its trigger says "also"/"meanwhile" and nothing that names another incident. */
function onlyAddingCue(ctx: ArticleContext, g: Group): boolean {
  const s = ctx.sentences[g.sentence]!;
  const before = ctx.lower.slice(s.start, Math.max(s.start, g.mentions[0]!.trigger.start));
  return ADDING_CUE.adds.test(before) && !ADDING_CUE.other.test(before);
}

/** Every mention is a passive victim verb right after "also" ("were also injured", "have also been killed"). */
function alsoVictims(ctx: ArticleContext, g: Group): boolean {
  return g.mentions.every((m) => m.victimVerb && holdsBefore(ctx, m.trigger.start, HEADLINE_INCIDENT.alsoVictims, m.sentence) && !!ctx.lang?.passiveAt(m.sentence, m.trigger.start));
}

/** The rule that would drop an incident of these groups alone (a summary, retrospective, history or scope rule), or null. */
export type DroppedAlone = (groups: Group[]) => string | null;

/**
 * Under terrorism, a group the join rules join to the incident told last is kept apart from it when that incident told
 * on its own is dropped ("NAVARRO, WHO IN 1985 SURVIVED AN ATTACK", a clash, a war toll, a retrospective) and the group
 * on its own is not, with victims of its own (ownVictims: "PIZARRO'S MURDER"): it would go with the drop. Not a mention
 * that points back ("the attack"): that one is the dropped incident told again. Traced as the join rule's reject.
 */
function apartFromDropped(single: Incident, g: Group, droppedAlone?: DroppedAlone): boolean {
  return !!droppedAlone && !single.aggregate && !g.anaphoric && ownVictims(g) && !!droppedAlone(single.groups) && !droppedAlone([g]);
}

/** Victims of its own: a person by name, or civilians or officials counted ("five university students"); no combatant. */
const ownVictims = (g: Group) =>
  g.targets.some((t) => (ownVictim(t.value) || t.value.kind === 'unknown') && (PERSON_NAME.test(t.value.name) || (ownVictim(t.value) && g.casualties.length > 0))) && !g.targets.some((t) => combatant(t.value));

/** Whether `g` joins the incident told last, first rule that holds deciding (recorded in the trace); kept `apart` from a dropped one (apartFromDropped). */
function lastJoin(ctx: ArticleContext, single: Incident, g: Group, trace?: RuleFiring[], droppedAlone?: DroppedAlone): 'join' | 'apart' | 'none' {
  const r = SINGLE_MERGE_RULES.find((x) => x.match(ctx, single, g));
  const decision = r?.then !== 'join' ? 'none' : apartFromDropped(single, g, droppedAlone) ? 'apart' : 'join';
  if (r && trace) trace.push({ rule: r.name, action: decision === 'join' ? 'accept' : 'reject', ...g.mentions[0]!.trigger });
  return decision;
}

/** Sentences still open to a scan, each passed over in near-constant time once closed (union-find, path halving). */
class OpenSentences {
  private readonly next: Int32Array;
  constructor(n: number) {
    this.next = Int32Array.from({ length: n + 1 }, (_, i) => i);
  }
  /** The first open sentence at or after i (n when none). */
  from(i: number): number {
    while (this.next[i] !== i) {
      this.next[i] = this.next[this.next[i]!]!;
      i = this.next[i]!;
    }
    return i;
  }
  close(i: number): void {
    this.next[i] = i + 1;
  }
}

/**
 * A sentence with no trigger right after an incident that gives casualty figures or a responsibility cue continues it
 * ("The Observatory reported 22 of them had died", "No group has claimed responsibility"): inside the incident's span
 * of sentences, and up to three after it for figures; a claim of responsibility up to CLAIM_REACH sentences on, as
 * wires give it a few paragraphs down (`claim-reach`). Each sentence is looked at once inside spans, whatever the
 * number of incidents whose span covers it.
 */
function attachTriggerless(ctx: ArticleContext, groups: Group[], incidents: Incident[]): void {
  const withGroup = new Set(groups.map((g) => g.sentence));
  const taken = new Set<number>();
  const open = new OpenSentences(ctx.sentences.length);
  for (const i of withGroup) open.close(i);
  const memo = (f: (i: number) => boolean) => {
    const seen = new Map<number, boolean>();
    return (i: number) => seen.get(i) ?? seen.set(i, f(i)).get(i)!;
  };
  // (`period-figure-skip`: "is accused of killing thousands of civilians over the past decade" counts a period, not the incident)
  // (`reference-figure-skip`: "the murder of three judges", a figure of a count rule marked `reference`, names another incident by its toll)
  const figuresIn = memo((i) => {
    const s = ctx.sentences[i]!;
    return !AGGREGATE_SENTENCE.test(ctx.lower.slice(s.start, s.end)) && ctx.casualties(s.start, s.end).some((c) => !c.reference);
  });
  const zerosIn = (i: number) => ctx.casualties(ctx.sentences[i]!.start, ctx.sentences[i]!.end).every((c) => c.value === 0);
  const claimsIn = memo((i) => ctx.responsibility(ctx.sentences[i]!.start, ctx.sentences[i]!.end).some((c) => !habitualCue(ctx, c)));
  const take = (inc: Incident, i: number) => {
    inc.extraSentences.push(i);
    taken.add(i);
    open.close(i);
  };
  for (const inc of incidents) {
    const last = lastSentence(inc);
    for (let i = open.from(inc.groups[0]!.sentence + 1); i <= last; i = open.from(i + 1)) {
      if (figuresIn(i) || claimsIn(i)) take(inc, i);
      open.close(i);
    }
    // figures only in the sentences right after a mention; a claim of responsibility a little later too
    let figuresRun = true;
    for (let i = last + 1; i < ctx.sentences.length && i <= last + CLAIM_REACH; i++) {
      if (withGroup.has(i)) break;
      if (taken.has(i)) continue;
      // (past one sentence without them, only a sentence saying nobody was hurt: "… THE DESTROYED UCR HEADQUARTERS IS IN
      // MORENO.  THE SPOKESMAN ADDED THAT NO ONE WAS INJURED"; any figure there, tst1 killed fell)
      const figures = (figuresRun || (i === last + 2 && zerosIn(i))) && i <= last + 3 && figuresIn(i);
      if (!figures) figuresRun = false;
      if (figures || claimsIn(i)) take(inc, i);
    }
  }
  // a lead with figures and no trigger ("… HURLED DYNAMITE STICKS …, CAUSING SERIOUS DAMAGE BUT NO CASUALTIES.  THE ATTACK TOOK
  // PLACE AT 2100"): the figures of the incident the story tells right after it
  const firstInc = incidents.reduce<Incident | null>((a, x) => (!a || x.groups[0]!.sentence < a.groups[0]!.sentence ? x : a), null);
  const lead = firstInc ? firstInc.groups[0]!.sentence - 1 : -1;
  if (firstInc && !firstInc.aggregate && lead >= 0 && !taken.has(lead) && figuresIn(lead) && zerosIn(lead)) take(firstInc, lead);
}

/**
 * Rule `headline-incident`: a story whose headline names one incident ("Mokha,
 * Yemen bomb kills photojournalist", "Indonesian security minister Wiranto
 * stabbed") tells that incident all through; a later mention of a kindred
 * type, not fresh ("another", "also"), in no other place, with no other
 * parties and dated within DAY_REACH days of it ("no fatalities have emerged
 * from the shooting", "Jamal's killing", "The local police chief and two
 * others were also injured") joins it, however far down. An ordinal member
 * ("the second blast") of it is no tally. A headline of several incidents
 * ("hit by drone attacks", "a wave of bombings") does not count.
 */
export const HEADLINE_INCIDENT = {
  name: 'headline-incident',
  several: /\b(?:attacks|raids|strikes|airstrikes|clashes|bombings|shootings|killings|wave|series|spate|string|separate|across)\b|;/,
  dayReach: 2,
  member: /\bthe\s+(?:first|second|third|last|two|twin|three)\s+$/,
  /** "were also injured": more victims of the same incident, not another one */
  alsoVictims: /\balso\s+(?:been\s+)?$/,
};

/** A fresh group that is still the head's: anaphoric ("also died in last night's attack") or more victims ("were also injured"). */
function stillTheHeads(ctx: ArticleContext, g: Group): boolean {
  return g.anaphoric || alsoVictims(ctx, g);
}

const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86400000;

/** The head's own type (its first group's) or a kindred one; a bare "attack" joins any. */
function headTypeAgrees(head: Incident, g: Group): boolean {
  const t = head.groups[0]!.type;
  return g.type === 'attack' || g.type === t || TYPE_FAMILIES.some((f) => f.includes(t) && f.includes(g.type));
}

function joinsHeadlineIncident(ctx: ArticleContext, head: Incident, g: Group): boolean {
  if ((g.fresh && !stillTheHeads(ctx, g)) || !headTypeAgrees(head, g) || placesConflict(head, g, ctx) || partiesConflict(ctx, head, g)) return false;
  const mine = ownDate(g)?.value;
  const theirs = dateOf(ctx, head);
  if (!mine) return true;
  // a date of its own: the same day, or, told with the head's own kind of word or by anaphora ("this appalling attack"),
  // within DAY_REACH days (a report the day after); a month or a year is another time
  if (!theirs || mine.length !== 10 || theirs.length !== 10) return false;
  if (mine === theirs) return true;
  return (g.type !== 'attack' || g.anaphoric) && Math.abs(dayNumber(mine) - dayNumber(theirs)) <= HEADLINE_INCIDENT.dayReach;
}

/** An aggregate group that is only an ordinal member of the headline's incident ("The second blast affected first responders"). */
function ordinalMember(ctx: ArticleContext, g: Group): boolean {
  return g.mentions.every((m) => !m.aggregate || ((m.counted === 'ordinal' || m.counted === 'counted') && holdsBefore(ctx, m.trigger.start, HEADLINE_INCIDENT.member, m.sentence)));
}

/** The incident the headline names, when `g` joins it (HEADLINE_INCIDENT). */
function headlineJoin(ctx: ArticleContext, incidents: Incident[], g: Group): Incident | undefined {
  if (!ctx.headlineIncident || (g.aggregate && !ordinalMember(ctx, g))) return undefined;
  const head = incidents.find((i) => !i.aggregate);
  return head && joinsHeadlineIncident(ctx, head, g) ? head : undefined;
}

/**
 * Rule `same-named-victim`: a later sentence that names the victim of an incident told before, by name ("the murder
 * of minister Rodriguez Porth", "Galan's assassination"), tells that incident again, however far down, even with an
 * "also" ("the chamber of commerce also condemned the murder of …"), when no date or place of its own conflicts. A
 * name is a person's: capitalised words, not a group, a force, a state or a place; titles aside ("senator Galan"),
 * the shorter is part of the longer, as whole words, its last word (the surname) included.
 */
/** The incident a group's named victim joins it to (VictimIndex), recorded under the rule's name. */
function victimJoin(ctx: ArticleContext, victims: VictimIndex, g: Group, trace?: RuleFiring[]): Incident | undefined {
  const inc = victims.find(ctx, g);
  if (inc && trace) trace.push({ rule: SAME_NAMED_VICTIM.name, action: 'accept', ...g.mentions[0]!.trigger });
  return inc;
}

export const SAME_NAMED_VICTIM = {
  name: 'same-named-victim',
  kinds: new Set(['military', 'armed_group', 'state', 'police', 'facility']),
  examples: {
    pos: ['Gunmen shot dead minister Jose Antonio Rodriguez Porth in San Salvador. … The chamber of commerce also condemned the murder of minister Rodriguez Porth.'],
    neg: ['Gunmen shot dead minister Jose Antonio Rodriguez Porth in San Salvador. … Gunmen murdered Carlos Rodriguez Porth in Santa Ana on 3 May.'],
  },
};

const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*$/u;
/** A name at a noun trigger: "Galan's assassination" (its last word), "the murder of minister Rodriguez Porth" (on the cased text). */
const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}-]{1,30}(?:\s\p{Lu}[\p{L}-]{1,30})?)['’]s?\s{1,3}(?:[a-z-]{1,20}\s{1,3})?$/u;
// (from the first blank of a run: a search from inside a long run of blanks is quadratic)
const NAME_END = /(?<!\s)\s+(?:in|on|at|and|of|the|from|to|by|for|with|near)\b/i;
const OF_AFTER = /^\s+of\s+(?:(?:the|a|an|[a-z-]+)\s+){0,2}(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/u;

const victimNamesCache = new WeakMap<Group, string[][]>();

/** The person names a group gives its victims: its targets', and a name at a noun trigger; normalized, titles aside. */
function victimNames(ctx: ArticleContext, g: Group): string[][] {
  const hit = victimNamesCache.get(g);
  if (hit) return hit;
  const names = g.targets.filter((t) => !SAME_NAMED_VICTIM.kinds.has(t.value.kind) && PERSON_NAME.test(t.value.name)).map((t) => t.value.name);
  const out = [...names.map(nameWords), ...nounVictimNames(ctx, g)].filter((ws) => ws.length > 0);
  victimNamesCache.set(g, out);
  return out;
}

const nameWords = (n: string) => norm(n).split(/\s+/).filter((w) => !TITLES.has(w) && w.length >= 3);

/** The person names at a group's noun triggers ("Galan's assassination", "the murder of minister Rodriguez Porth"). */
function nounVictimNames(ctx: ArticleContext, g: Group): string[][] {
  const names: string[] = [];
  for (const m of g.mentions) {
    if (m.pos !== 'noun') continue;
    const before = POSSESSOR_BEFORE.exec(ctx.text.slice(clauseStart(ctx, m.trigger.start, m.sentence), m.trigger.start))?.[1];
    // (a name ends at a function word: "JUSTICE CARLOS VALENCIA IN BOGOTA" in upper-case text)
    const after = OF_AFTER.exec(ctx.text.slice(m.trigger.end, m.trigger.end + 60))?.[1]?.split(NAME_END)[0];
    for (const n of [before, after]) if (n && !ctx.actors.some((a) => a.name === n && SAME_NAMED_VICTIM.kinds.has(a.kind))) names.push(n);
  }
  return names.map(nameWords).filter((ws) => ws.length > 0);
}

/**
 * `other-named-victim-apart`: a noun mention naming its victim ("the assassination of magistrate Carlos Valencia")
 * is not the incident told of other named victims only ("the murder of Luis Carlos Galan"): no word of its names is the
 * surname of theirs, nor the other way round.
 */
function otherNamedVictim(ctx: ArticleContext, inc: Incident, g: Group): boolean {
  const mine = nounVictimNames(ctx, g);
  if (mine.length === 0) return false;
  const v = victimsOf(ctx, inc);
  // the incident's sentences, not only the victims found in them: "Oqueli and Gilda Flores were kidnapped"
  // (surnames only, given names aside: "Carlos" in the incident's sentences is no tie)
  return v.named && !mine.some((ws) => ws.some((w) => v.words.has(w) && !isGivenName(w)));
}

/**
 * What the merge asks of an incident's victims, grown as groups join it (linear in groups): whether it names any, the
 * surnames of the persons it targets, and the words of its sentences.
 */
interface IncidentVictims {
  n: number;
  named: boolean;
  surnames: Set<string>;
  words: Set<string>;
  sentences: Set<number>;
}

const victimsCache = new WeakMap<Incident, IncidentVictims>();

function victimsOf(ctx: ArticleContext, inc: Incident): IncidentVictims {
  let c = victimsCache.get(inc);
  if (!c) {
    c = { n: 0, named: false, surnames: new Set(), words: new Set(), sentences: new Set() };
    victimsCache.set(inc, c);
  }
  for (; c.n < inc.groups.length; c.n++) {
    const g = inc.groups[c.n]!;
    c.named ||= victimNames(ctx, g).length > 0;
    for (const n of targetSurnames(g)) c.surnames.add(n);
    if (c.sentences.has(g.sentence)) continue;
    c.sentences.add(g.sentence);
    for (const w of sentenceWords(ctx, g.sentence)) c.words.add(w);
  }
  return c;
}

const sentenceWords = (ctx: ArticleContext, i: number) => norm(ctx.text.slice(ctx.sentences[i]!.start, ctx.sentences[i]!.end)).split(/[^\p{L}]+/u);

/** One name is the other or part of it, whole words, ending on the same surname; one of them two words or more. */
function sameVictim(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length < 2 || short[short.length - 1] !== long[long.length - 1]) return false;
  return short.every((w) => long.includes(w));
}

/** Both names the same, of two words or more ("Rodriguez Porth"): the place a later sentence names cannot make it another victim. */
const fullName = (a: string[], b: string[]) => a.length >= 2 && a.join(' ') === b.join(' ');

/** The incidents by the surnames of their named victims, in the order they were opened: where `same-named-victim` looks. */
class VictimIndex {
  private readonly bySurname = new Map<string, { inc: Incident; name: string[] }[]>();
  add(ctx: ArticleContext, inc: Incident, g: Group): void {
    for (const name of victimNames(ctx, g)) {
      const key = name[name.length - 1]!;
      const list = this.bySurname.get(key) ?? [];
      this.bySurname.set(key, list);
      if (!list.some((x) => x.inc === inc && x.name.join(' ') === name.join(' '))) list.push({ inc, name });
    }
  }
  find(ctx: ArticleContext, g: Group): Incident | undefined {
    if (g.aggregate) return undefined;
    for (const mine of victimNames(ctx, g)) {
      const hit = this.bySurname.get(mine[mine.length - 1]!)?.find((x) => !x.inc.aggregate && sameVictim(x.name, mine) && !datesConflict(ctx, x.inc, g) && (fullName(x.name, mine) || !placesConflict(x.inc, g, ctx)));
      if (hit) return hit.inc;
    }
    return undefined;
  }
}

/** Where an incident told before the last one is looked for. */
interface Told {
  incidents: Incident[];
  recaps: RecapIndex;
  victims: VictimIndex;
}

/** The incident told before that `g` joins (a same-day recap, the headline's incident, a named victim's), recorded under its rule's name. */
function earlierJoin(ctx: ArticleContext, told: Told, g: Group, trace?: RuleFiring[]): Incident | undefined {
  const note = (rule: string, inc: Incident | undefined) => {
    if (inc && trace) trace.push({ rule, action: 'accept', ...g.mentions[0]!.trigger });
    return inc;
  };
  return (
    note(RECAP.name, !g.fresh && g.type !== 'attack' ? told.recaps.find(ctx, g) : undefined) ??
    note(HEADLINE_INCIDENT.name, headlineJoin(ctx, told.incidents, g)) ??
    victimJoin(ctx, told.victims, g, trace)
  );
}

/**
 * Rule `counted-member-incident`: after a lead that counts incidents ("two bomb attacks were carried out in La Paz",
 * "three explosions rocked Guatemala City"), an ordinal member of them ("the second attack occurred at 2335", "a third
 * explosion occurred on the first floor") is one of those incidents told on its own: it opens an incident, not the
 * tally, so that the sentences after it ("a bomb was placed outside government house") continue it.
 */
export const COUNTED_MEMBER = {
  name: 'counted-member-incident',
  /** "the second", "a third" right before the trigger (a word between: "the second car bomb") */
  member: /\b(?:the|a)\s+(?:second|third|fourth|fifth)\s+(?:[a-z-]+\s+)?$/,
  /** "a second bomb exploded at …": with "a", one more incident of the story whether or not a lead counted them (no tally) */
  another: /\ban?\s+(?:second|third|fourth|fifth)\s+(?:[a-z-]+\s+)?$/,
  examples: {
    pos: ['Two bomb attacks were carried out in La Paz last night. … The second attack occurred at 2335.', 'Three explosions rocked Guatemala City today. … A third explosion occurred on the first floor of a building.',
      'Four bombs exploded in Medellin early this morning. … A second bomb exploded at the headquarters of the Social Conservative Party.'],
    neg: ['Two bomb attacks were carried out in La Paz last night. … It was the 14th attack this year.', 'Guerrillas attacked the garrison. … It was the second attack on the town this year.'],
  },
};

/** Every aggregate mention of `g` is an ordinal member of a few ("the second attack", "a third explosion"). */
function countedMember(ctx: ArticleContext, g: Group, trace?: RuleFiring[], re: RegExp = COUNTED_MEMBER.member): boolean {
  const member = g.mentions.every((m) => !m.aggregate || (m.counted === 'ordinal' && holdsBefore(ctx, m.trigger.start, re, m.sentence)));
  if (member && trace) trace.push({ rule: COUNTED_MEMBER.name, action: 'accept', ...g.mentions[0]!.trigger });
  return member;
}

/** One of the incident's types is the group's own or of its family (TYPE_FAMILIES); a bare "attack" is of no kind. */
function ofKind(ctx: ArticleContext, inc: Incident, g: Group): boolean {
  return [...factsOf(ctx, inc).types].some((t) => t === g.type || TYPE_FAMILIES.some((f) => f.includes(t) && f.includes(g.type)));
}

/**
 * `anaphoric-join`, of its kind: a mention that points back ("the kidnapping", "the murder") of a kind the incident told
 * last is not ("set fire to a grocery store"), joins the last incident told of its kind, when one was and no date of its
 * own conflicts ("… kidnapped 20 people. … set fire to a grocery store. … the motive behind the kidnapping").
 */
function anaphorOfItsKind(ctx: ArticleContext, incidents: Incident[], single: Incident | null, g: Group, trace?: RuleFiring[]): Incident | undefined {
  if (!single || !g.anaphoric || g.fresh || g.type === 'attack' || typesAgree(ctx, single, g)) return undefined;
  for (let i = incidents.length - 1; i >= 0; i--) {
    const inc = incidents[i]!;
    if (inc === single || inc.aggregate || !ofKind(ctx, inc, g)) continue;
    if (datesConflict(ctx, inc, g)) return undefined;
    if (trace) trace.push({ rule: ANAPHORIC_JOIN, action: 'accept', ...g.mentions[0]!.trigger });
    return inc;
  }
  return undefined;
}

/** The incident told last when `g` joins it, else one told before (earlierJoin), never one `g` is kept apart from. */
function lastOrEarlier(ctx: ArticleContext, single: Incident | null, g: Group, told: Told, trace?: RuleFiring[], droppedAlone?: DroppedAlone): Incident | undefined {
  const last = single ? lastJoin(ctx, single, g, trace, droppedAlone) : 'none';
  if (last === 'join') return single!;
  const earlier = earlierJoin(ctx, told, g, trace);
  return last === 'apart' && earlier === single ? undefined : earlier;
}

/** `trace` (explain) receives an accept for each group a named rule joined to an incident told before (same-named-victim). */
export function mergeGroups(ctx: ArticleContext, groups: Group[], trace?: RuleFiring[], droppedAlone?: DroppedAlone): Incident[] {
  const incidents: Incident[] = [];
  const recaps = new RecapIndex();
  const victims = new VictimIndex();
  let single: Incident | null = null;
  let tally: Incident | null = null;
  for (const g of groups) {
    const head = g.aggregate ? headlineJoin(ctx, incidents, g) : undefined;
    if (head) {
      head.groups.push(g);
      recaps.add(ctx, head);
      continue;
    }
    if (g.aggregate && !(tally ? countedMember(ctx, g, trace) : countedMember(ctx, g, trace, COUNTED_MEMBER.another))) {
      if (tally) tally.groups.push(g);
      else {
        tally = { groups: [g], aggregate: true, extraSentences: [] };
        incidents.push(tally);
      }
      continue;
    }
    // a recap later in the story: the same kind of incident on the same day ("who had been kidnapped by EPS troops on 21 August 1988")
    // (or the incident the headline names); a counted member ("the second attack") opens an incident of its own
    const found = g.aggregate ? undefined : (anaphorOfItsKind(ctx, incidents, single, g, trace) ?? lastOrEarlier(ctx, single, g, { incidents, recaps, victims }, trace, droppedAlone));
    // (a deed of another kind than the one before it in its sentence joins no incident that holds that one: KINDS_APART)
    const join = found && !(g.apart && found.groups.some((x) => x.sentence === g.sentence)) ? found : undefined;
    if (join) join.groups.push(g);
    else {
      single = { groups: [g], aggregate: false, extraSentences: [] };
      incidents.push(single);
    }
    recaps.add(ctx, join ?? single!);
    victims.add(ctx, join ?? single!, g);
  }
  attachTriggerless(ctx, groups, incidents);
  return incidents;
}
