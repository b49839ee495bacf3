import type { Practice, Territory } from './schema';

/** What the user has narrowed the survey down to. */
export interface PracticeFilter {
  /** Statuses kept; empty keeps every status. */
  statuses: readonly string[];
}

export function keepsPractice(filter: PracticeFilter, practice: Practice): boolean {
  return filter.statuses.length === 0 || filter.statuses.includes(practice.status);
}

/** The practices of a territory that the status filter keeps, in survey order. */
export function visiblePractices(territory: Territory, filter: PracticeFilter): Practice[] {
  return territory.practices.filter((p) => keepsPractice(filter, p));
}

/** True when a practice touches any of the active themes (none active: nothing matches). */
export function matchesThemes(practice: Practice, themes: readonly string[]): boolean {
  return practice.themes.some((id) => themes.includes(id));
}

/** The kept practices of a territory that touch at least one active theme, in survey order. */
export function layerPractices(territory: Territory, themes: readonly string[], filter: PracticeFilter): Practice[] {
  return territory.practices.filter((p) => keepsPractice(filter, p) && matchesThemes(p, themes));
}
