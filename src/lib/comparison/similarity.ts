import type { Dataset, Territory } from '../schema';
import { visiblePractices, type PracticeFilter } from '../practice-filter';
import { MAX_COMPARED } from '../url-state';

/** How many practices of each theme a territory has (theme order), counting only kept practices. */
export function themeVector(territory: Territory, themeIds: readonly string[], filter: PracticeFilter): number[] {
  const kept = visiblePractices(territory, filter);
  return themeIds.map((id) => kept.filter((p) => (p.themes as readonly string[]).includes(id)).length);
}

/**
 * Cosine of two theme-count vectors: 1 for the same proportions of themes, 0 for no theme in
 * common. A territory with no practice has no profile: its similarity to any territory is 0.
 */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export interface ProfileTwin {
  id: string;
  similarity: number;
  /** Themes both territories have, in theme order. */
  shared: string[];
}

/** Most profile twins shown in a panel. */
export const MAX_TWINS = 5;

/**
 * The territories whose theme profiles are closest to `id` (cosine, highest first; ties keep the
 * dataset's order), without the territory itself and without territories sharing no theme.
 */
export function profileTwins(dataset: Dataset, id: string, filter: PracticeFilter, max = MAX_TWINS): ProfileTwin[] {
  const themeIds = dataset.themes.map((t) => t.id);
  const self = dataset.territories.find((t) => t.id === id);
  if (!self) return [];
  const own = themeVector(self, themeIds, filter);
  return dataset.territories
    .filter((t) => t.id !== id)
    .map((t) => {
      const other = themeVector(t, themeIds, filter);
      return {
        id: t.id,
        similarity: cosineSimilarity(own, other),
        shared: themeIds.filter((_, i) => own[i] > 0 && other[i] > 0),
      };
    })
    .filter((twin) => twin.similarity > 0)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, max);
}

/** A theme label inside a sentence: « Commande publique » → « commande publique », « SIG et cadastre » kept. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** « partagent : SIG et cadastre, commande publique, tourisme et communication ». */
export function sharedSentence(shared: readonly string[], themeLabel: Readonly<Record<string, string>>): string {
  return `partagent : ${shared.map((id) => inSentence(themeLabel[id] ?? id)).join(', ')}`;
}

/** The comparison « Comparer avec les profils proches » opens: the territory, then its twins. */
export function twinsComparison(id: string, twins: readonly ProfileTwin[], max = MAX_COMPARED): string[] {
  return [id, ...twins.map((t) => t.id)].slice(0, max);
}
