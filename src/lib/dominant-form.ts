import type { Practice } from './schema';
import { mostFrequent, tally } from './tally';

/** The form a territory pools most: the form carried by the most practices (ties: taxonomy order). */
export function dominantForm(practices: readonly Practice[], formOrder: readonly string[]): string | null {
  return mostFrequent(
    tally(practices.map((p) => p.forms)),
    formOrder,
  );
}

