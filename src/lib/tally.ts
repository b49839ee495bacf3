/** Counts how often each id occurs across several id lists. */
export function tally(lists: Iterable<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const id of list) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * The most frequent id; ties go to the id listed first in `order` (the taxonomy),
 * so the answer never depends on survey order. Null when nothing was counted.
 */
export function mostFrequent(counts: ReadonlyMap<string, number>, order: readonly string[]): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const id of order) {
    const n = counts.get(id) ?? 0;
    if (n > bestCount) {
      best = id;
      bestCount = n;
    }
  }
  return best;
}
