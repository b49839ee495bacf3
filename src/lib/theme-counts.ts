import type { Territory } from './schema';
import { layerPractices, visiblePractices, type PracticeFilter } from './practice-filter';
import { mostFrequent, tally } from './tally';

/** For each theme id, how many territories have at least one kept practice of it. */
export function territoriesPerTheme(
  territories: readonly Territory[],
  themeIds: readonly string[],
  filter: PracticeFilter,
): Map<string, number> {
  const perTerritory = territories.map((t) => [...new Set(visiblePractices(t, filter).flatMap((p) => p.themes))]);
  const counts = tally(perTerritory);
  return new Map(themeIds.map((id) => [id, counts.get(id) ?? 0]));
}

/** How many kept practices of a territory touch the active themes. */
export function themeMatchCount(territory: Territory, themes: readonly string[], filter: PracticeFilter): number {
  return layerPractices(territory, themes, filter).length;
}

/** The theme carried by most kept practices of a territory (ties: taxonomy order), or null. */
export function mainTheme(territory: Territory, themeIds: readonly string[], filter: PracticeFilter): string | null {
  return mostFrequent(
    tally(visiblePractices(territory, filter).map((p) => p.themes)),
    themeIds,
  );
}
