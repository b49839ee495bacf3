import { stem, words } from './tokenize';

/** What the ranking reads of a hit: its title, the indexed terms it matched, its engine score. */
export interface RankedHit {
  title: string;
  terms: readonly string[];
  score: number;
}

/**
 * How well a hit answers the query, best first:
 * 0, its name is the query itself (« Melle » is the commune of Melle, before the Pays Mellois);
 * 1, every word of the query is a whole word of it (« SIG » in a practice, before the start of a name);
 * 2, the rest (prefixes, typos).
 */
export function matchTier(query: string, hit: RankedHit): 0 | 1 | 2 {
  const asked = words(query);
  if (asked.length && words(hit.title).join(' ') === asked.join(' ')) return 0;
  const wanted = asked.map(stem);
  const joined = wanted.join('');
  return wanted.every((w) => hit.terms.includes(w)) || hit.terms.includes(joined) ? 1 : 2;
}

/** Hits ordered by tier, then by the engine's score; stable for equal ones. */
export function rankHits<T extends Omit<RankedHit, 'title'>>(query: string, hits: readonly T[], titleOf: (hit: T) => string): T[] {
  return hits
    .map((hit, i) => ({ hit, i, tier: matchTier(query, { ...hit, title: titleOf(hit) }) }))
    .sort((a, b) => a.tier - b.tier || b.hit.score - a.hit.score || a.i - b.i)
    .map((r) => r.hit);
}

/** Below this length a query word matches whole words only: « SIG » is not the start of « signalisation ». */
export const MIN_PREFIX_LENGTH = 4;

