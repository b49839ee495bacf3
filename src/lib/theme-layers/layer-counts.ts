import type { Practice, Territory } from '../schema';
import type { ThemeMatch } from '../url-state';
import { keepsPractice, matchesThemes, type PracticeFilter } from '../practice-filter';
import { plural } from '../labels';

/** Kept practices of one territory per active theme, zeros included: theme id → count. */
export type LayerCounts = Readonly<Record<string, number>>;

/** Per territory, how many kept practices carry each active theme (a practice with two themes counts for both). */
export function countsPerLayer(
  territories: readonly Territory[],
  themes: readonly string[],
  filter: PracticeFilter,
): Record<string, LayerCounts> {
  const out: Record<string, LayerCounts> = {};
  for (const t of territories) {
    const counts: Record<string, number> = Object.fromEntries(themes.map((id) => [id, 0]));
    for (const p of t.practices) {
      if (!keepsPractice(filter, p)) continue;
      for (const id of p.themes) if (id in counts) counts[id]++;
    }
    out[t.id] = counts;
  }
  return out;
}

/**
 * Whether a territory shows with these layers on: « Au moins un des thèmes » (`any`) wants a kept
 * practice of one active theme, « Tous les thèmes choisis » (`all`) one of each. No theme active: none shows.
 */
export function showsWithLayers(counts: LayerCounts, themes: readonly string[], match: ThemeMatch): boolean {
  if (themes.length === 0) return false;
  const has = (id: string) => (counts[id] ?? 0) > 0;
  return match === 'all' ? themes.every(has) : themes.some(has);
}

/** One tooltip line per active theme, in toggle order: « SIG et cadastre : 2 pratiques », « … : aucune pratique ». */
export function layerTooltipLines(counts: LayerCounts, themes: readonly string[], themeLabel: Readonly<Record<string, string>>): string[] {
  return themes.map((id) => {
    const n = counts[id] ?? 0;
    return `${themeLabel[id] ?? id} : ${n === 0 ? 'aucune pratique' : plural(n, 'pratique')}`;
  });
}

/** The active layers as their legend keys them, in toggle order. */
export function layerKeys(themes: readonly string[], themeLabel: Readonly<Record<string, string>>): { id: string; label: string }[] {
  return themes.map((id) => ({ id, label: themeLabel[id] ?? id }));
}

/** The practices of the active themes first, each group in its own order: a panel shows them at the top. */
export function layerPracticesFirst(practices: readonly Practice[], themes: readonly string[]): Practice[] {
  if (themes.length === 0) return [...practices];
  return [...practices.filter((p) => matchesThemes(p, themes)), ...practices.filter((p) => !matchesThemes(p, themes))];
}
