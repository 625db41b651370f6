// Spans looked up by position. The refiners ask, sentence by sentence and
// mention by mention, for the actors, places and dates that lie in a stretch
// of text; a scan of the whole list for each question makes an article of
// many sentences quadratic. Here a list is sorted by start once (cached per
// list) and each question is a binary search, answered in list order, so the
// answer is exactly what a filter over the list would give. Pure.

export interface Spanned {
  start: number;
  end: number;
}

interface Index {
  /** the list's length when indexed: a list that grew is indexed again */
  n: number;
  /** positions in the list, by start (then position) */
  order: number[];
  starts: number[];
  /** the longest span's length: what may contain a position lies at most this far before it */
  longest: number;
}

const indexes = new WeakMap<readonly Spanned[], Index>();

/** Lists this short are scanned: an index would cost more than it saves. */
const SCAN = 16;

function indexOf(items: readonly Spanned[]): Index {
  const hit = indexes.get(items);
  if (hit && hit.n === items.length) return hit;
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const longest = items.reduce((n, x) => Math.max(n, x.end - x.start), 0);
  const ix: Index = { n: items.length, order, starts: order.map((i) => items[i]!.start), longest };
  indexes.set(items, ix);
  return ix;
}

/** The first k with starts[k] >= v. */
function lowerBound(starts: number[], v: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Positions (ascending) of the items whose start lies in [lo, hi] and that pass `keep`. */
function positions<T extends Spanned>(items: readonly T[], lo: number, hi: number, keep: (x: T) => boolean): number[] {
  const ix = indexOf(items);
  const out: number[] = [];
  for (let k = lowerBound(ix.starts, lo); k < ix.order.length && ix.starts[k]! <= hi; k++) {
    const i = ix.order[k]!;
    if (keep(items[i]!)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** The items with from <= start and end <= to, in list order: `items.filter((x) => x.start >= from && x.end <= to)`. */
export function within<T extends Spanned>(items: readonly T[], from: number, to: number): T[] {
  const inside = (x: T) => x.start >= from && x.end <= to;
  if (items.length < SCAN) return items.filter(inside);
  return positions(items, from, to, inside).map((i) => items[i]!);
}

/** The items within any of the ranges, each once, in list order: `items.filter((x) => ranges.some((r) => x within r))`. */
export function withinAny<T extends Spanned>(items: readonly T[], ranges: readonly Spanned[]): T[] {
  const inAny = (x: T) => ranges.some((r) => x.start >= r.start && x.end <= r.end);
  if (items.length < SCAN) return items.filter(inAny);
  const at = new Set<number>();
  for (const r of ranges) for (const i of positions(items, r.start, r.end, (x) => x.start >= r.start && x.end <= r.end)) at.add(i);
  return [...at].sort((a, b) => a - b).map((i) => items[i]!);
}

/** The items that contain [from, to] (start <= from and end >= to), in list order. */
export function containing<T extends Spanned>(items: readonly T[], from: number, to: number): T[] {
  const around = (x: T) => x.start <= from && x.end >= to;
  if (items.length < SCAN) return items.filter(around);
  return positions(items, to - indexOf(items).longest, from, around).map((i) => items[i]!);
}

/** Positions (ascending) of the items that overlap [from, to] or touch it (start <= to and end >= from). */
export function near(items: readonly Spanned[], from: number, to: number): number[] {
  const touches = (x: Spanned) => x.start <= to && x.end >= from;
  if (items.length < SCAN) return items.flatMap((x, i) => (touches(x) ? [i] : []));
  return positions(items, from - indexOf(items).longest, to, touches);
}

/** Whether an item overlaps [start, end) (a.start < end and start < a.end): `items.some((x) => overlaps(x, span))`. */
export function overlapsAny(items: readonly Spanned[], span: Spanned): boolean {
  return near(items, span.start, span.end).some((i) => items[i]!.start < span.end && span.start < items[i]!.end);
}

const lastIndexes = new WeakMap<readonly Spanned[], { n: number; ends: number[]; last: number[] }>();

/**
 * The item that comes last in the list among those that end by `to` (end <= to): `items.filter((x) => x.end <= to).at(-1)`.
 * By end, with the greatest list position up to each.
 */
export function lastEndingBy<T extends Spanned>(items: readonly T[], to: number): T | undefined {
  if (items.length < SCAN) return items.filter((x) => x.end <= to).at(-1);
  let ix = lastIndexes.get(items);
  if (!ix || ix.n !== items.length) {
    const order = items.map((_, i) => i).sort((a, b) => items[a]!.end - items[b]!.end || a - b);
    const last: number[] = [];
    for (const i of order) last.push(Math.max(i, last.at(-1) ?? -1));
    ix = { n: items.length, ends: order.map((i) => items[i]!.end), last };
    lastIndexes.set(items, ix);
  }
  const k = lowerBound(ix.ends, to + 1) - 1;
  return k < 0 ? undefined : items[ix.last[k]!];
}
