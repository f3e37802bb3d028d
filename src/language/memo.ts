// A cache for pure functions of a string (name keys, statements): texts recur within an article and across a story.

/**
 * `compute` with its results kept by input, up to `limit` inputs; past that the cache starts over, so memory stays
 * bounded however many texts go through. Only for pure functions whose results are never changed by callers.
 */
export function memoized<T>(compute: (input: string) => T, limit: number): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    const hit = known.get(input);
    if (hit !== undefined) return hit;
    const made = compute(input);
    if (known.size >= limit) known.clear();
    known.set(input, made);
    return made;
  };
}
