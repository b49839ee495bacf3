import type { Practice } from './schema';
import { mostFrequent, tally } from './tally';

/** The form a territory pools most: the form carried by the most practices (ties: taxonomy order). */
export function dominantForm(practices: readonly Practice[], formOrder: readonly string[]): string | null {
  return mostFrequent(
    tally(practices.map((p) => p.forms)),
    formOrder,
  );
}

/** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. */
export const FORM_COLORS: Record<string, string> = {
  personnel: '#E69F00',
  equipement: '#56B4E9',
  'achat-groupe': '#009E73',
  'service-commun': '#CC79A7',
  coordination: '#0072B2',
};
