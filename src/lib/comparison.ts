import type { Practice, Territory } from './schema';
import { visiblePractices, type PracticeFilter } from './practice-filter';
import { tally } from './tally';
import { MAX_COMPARED } from './url-state';

export type LonLat = readonly [number, number];

/** Kilometres between two points, flat-earth approximation: ample at the scale of one region. */
export function distanceKm(a: LonLat, b: LonLat): number {
  const kmPerDegree = 111.2;
  const dx = (a[0] - b[0]) * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
  const dy = a[1] - b[1];
  return Math.hypot(dx, dy) * kmPerDegree;
}

/** How many territories stand in for neighbours when a territory (an island) has none. */
const NEAREST_WHEN_ISOLATED = 3;

/**
 * The territory and its neighbours, nearest first, within the comparison's size;
 * a territory with no land neighbour gets the nearest territories instead.
 */
export function neighbourhood(
  id: string,
  neighbours: ReadonlyMap<string, readonly string[]>,
  points: ReadonlyMap<string, LonLat>,
  max = MAX_COMPARED,
): string[] {
  const origin = points.get(id);
  const byDistance = (ids: readonly string[]) =>
    origin
      ? [...ids].sort((a, b) => distanceKm(origin, points.get(a)!) - distanceKm(origin, points.get(b)!))
      : [...ids];
  const own = (neighbours.get(id) ?? []).filter((n) => points.has(n));
  const candidates = own.length
    ? byDistance(own)
    : byDistance([...points.keys()].filter((n) => n !== id)).slice(0, NEAREST_WHEN_ISOLATED);
  return [id, ...candidates].slice(0, max);
}

/** Adds a territory to the comparison, or removes it when already there; never exceeds the maximum. */
export function toggleCompared(list: readonly string[], id: string, max = MAX_COMPARED): string[] {
  if (list.includes(id)) return list.filter((x) => x !== id);
  return list.length >= max ? [...list] : [...list, id];
}

/** One row of the comparison: a theme and, per compared territory, its practices of that theme. */
export interface ThemeRow {
  theme: string;
  cells: Practice[][];
}

/** Themes × territories, keeping only themes present somewhere in the comparison (taxonomy order). */
export function themeRows(territories: readonly Territory[], themeIds: readonly string[], filter: PracticeFilter): ThemeRow[] {
  const kept = territories.map((t) => visiblePractices(t, filter));
  return themeIds
    .map((theme) => ({ theme, cells: kept.map((ps) => ps.filter((p) => (p.themes as readonly string[]).includes(theme))) }))
    .filter((row) => row.cells.some((c) => c.length > 0));
}

/** Per territory, how many kept practices carry each value of a field (forms or status). */
export function countsByField(
  territories: readonly Territory[],
  field: 'forms' | 'status',
  filter: PracticeFilter,
): Map<string, number>[] {
  return territories.map((t) =>
    tally(visiblePractices(t, filter).map((p) => (field === 'forms' ? p.forms : [p.status]))),
  );
}

/**
 * Why a territory cannot join the comparison, in French, or null when it can (already there counts
 * as can: adding it again changes nothing).
 */
export function comparisonRefusal(list: readonly string[], name: string, id: string, max = MAX_COMPARED): string | null {
  if (list.includes(id) || list.length < max) return null;
  return `La comparaison réunit déjà ${max} territoires, son maximum : retirez-en un pour y ajouter ${name}.`;
}
