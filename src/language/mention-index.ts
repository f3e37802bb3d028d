// An article's entity mentions in text order, for lookups by offset: built once per entity list (the claims of an
// article ask for every claim), found by binary search.
import type { Entity, Span } from '../model/analysis.js';

export interface PlacedMention {
  entity: Entity;
  start: number;
  end: number;
}

/** Every mention of an article's entities in text order, built once per entity list. */
const placed = new WeakMap<readonly Entity[], PlacedMention[]>();
export function mentionsOf(entities: readonly Entity[]): PlacedMention[] {
  let out = placed.get(entities);
  if (!out) {
    out = entities.flatMap((entity) => entity.mentions.map((m) => ({ entity, start: m.start, end: m.end }))).sort((a, b) => a.start - b.start);
    placed.set(entities, out);
  }
  return out;
}

/** Index of the last span starting at or before `at` (spans in text order), -1 when none. */
export function lastStartingBy(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) [found, lo] = [mid, mid + 1];
    else hi = mid - 1;
  }
  return found;
}

/** The longest mention looked back over for one holding an offset (characters): names and descriptions are shorter. */
const MENTION_REACH = 200;

/**
 * The entity with a mention holding offset `at` that `accept` takes, if any; the outermost when mentions nest: "Air
 * Velmar said" is the airline's saying, not the place named inside its name.
 */
export function entityAt(entities: readonly Entity[], at: number, accept: (e: Entity) => boolean = () => true): Entity | undefined {
  const mentions = mentionsOf(entities);
  let outer: PlacedMention | undefined;
  for (let k = lastStartingBy(mentions, at); k >= 0 && mentions[k]!.start > at - MENTION_REACH; k--) {
    const m = mentions[k]!;
    if (at < m.end && accept(m.entity) && (!outer || m.start < outer.start || m.end > outer.end)) outer = m;
  }
  return outer?.entity;
}

/** A mention lies inside a longer mention of an entity `accept` takes ("Velmar" in "University of Velmar"). */
export function isNestedMention(entities: readonly Entity[], m: Span, accept: (e: Entity) => boolean = () => true): boolean {
  const mentions = mentionsOf(entities);
  for (let k = lastStartingBy(mentions, m.start); k >= 0 && mentions[k]!.start > m.start - MENTION_REACH; k--) {
    const o = mentions[k]!;
    if (o.end >= m.end && o.end - o.start > m.end - m.start && accept(o.entity)) return true;
  }
  return false;
}
