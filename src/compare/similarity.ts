// Text similarity for comparing outlets: content-stem sets with names keyed so spelling variants meet.
import { contentStems, nameKey } from '../language/index.js';

/** The comparison set of a text: content stems, capitalised words replaced by their name key. */
export function stemSet(text: string): Set<string> {
  return new Set(contentStems(text).map((w) => (w.length > 3 ? nameKey(w) : w)));
}

/** Shared items over the smaller set: 1 when one text's content words are all in the other. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return sharedCount(a, b) / Math.min(a.size, b.size);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const shared = sharedCount(a, b);
  return shared / (a.size + b.size - shared);
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared;
}

/**
 * Groups items whose pairwise test holds, transitively (union–find). Returns groups in first-item order. With `key`, items
 * with equal keys (syndicated copies of one sentence) are compared once, through their first item, and joined directly.
 */
export function groupTransitively<T>(items: T[], same: (a: T, b: T) => boolean, key?: (item: T) => string): T[][] {
  if (key) {
    const byKey = new Map<string, T[]>();
    for (const it of items) {
      const k = key(it);
      byKey.set(k, [...(byKey.get(k) ?? []), it]);
    }
    if (byKey.size < items.length) {
      const heads = [...byKey.values()].map((g) => g[0]!);
      const grouped = groupTransitivelyAll(heads, (a, b) => sameGroup(byKey.get(key(a))!, byKey.get(key(b))!, same));
      return grouped.map((g) => g.flatMap((head) => byKey.get(key(head))!));
    }
  }
  return groupTransitivelyAll(items, same);
}

/** Two sets of identical items match when any cross pair does (identical items can differ in their article). */
function sameGroup<T>(a: T[], b: T[], same: (x: T, y: T) => boolean): boolean {
  for (const x of a.slice(0, 3)) for (const y of b.slice(0, 3)) if (same(x, y)) return true;
  return false;
}

function groupTransitivelyAll<T>(items: T[], same: (a: T, b: T) => boolean): T[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) if (find(i) !== find(j) && same(items[i]!, items[j]!)) parent[find(j)] = find(i);
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), item]);
  });
  return [...groups.values()];
}
