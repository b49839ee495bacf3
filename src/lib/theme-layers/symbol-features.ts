import type { Feature, FeatureCollection, Point } from 'geojson';
import type { LayerCounts } from './layer-counts';
import type { MapObstacle } from '../label-placement';
import { symbolLayout, type SymbolForm, type SymbolLayout } from './slots';

/** The image a symbol shows: a theme's pictogram (with its count from 2 up) or its coloured dot. */
export interface SymbolImage {
  id: string;
  theme: string;
  form: SymbolForm;
  /** Count shown on the pictogram; null below 2 and for dots. */
  badge: string | null;
}

export interface SymbolProperties {
  territory: string;
  theme: string;
  /** Practices of the theme in the territory, under the status filter. */
  count: number;
  /** Image id, as added to the map. */
  icon: string;
  /**
   * The theme's slot (its rank among the active themes): the layer turns it into an offset. Feature
   * properties stay numbers and strings, which MapLibre keeps as they are when queried.
   */
  slot: number;
}

/** From 2 practices up the pictogram carries its count; past 9 it says « 9+ » so the badge keeps its size. */
export function badgeText(count: number): string | null {
  if (count < 2) return null;
  return count > 9 ? '9+' : String(count);
}

export function symbolImage(theme: string, form: SymbolForm, count: number): SymbolImage {
  const badge = form === 'pictogram' ? badgeText(count) : null;
  return { id: `theme-${form}-${theme}${badge ? `-${badge}` : ''}`, theme, form, badge };
}

export interface ThemeSymbolsInput {
  /** Active themes, in toggle order. */
  active: readonly string[];
  /** Per territory, practices per active theme. */
  counts: Readonly<Record<string, LayerCounts>>;
  /** Label point [lon, lat] of each territory, in drawing order: later ones are drawn on top. */
  points: ReadonlyMap<string, readonly [number, number]>;
  /** Active themes shown as pictograms; more collapse into dots. */
  collapseAbove?: number;
}

/**
 * One point per territory and active theme it has at least one practice of, at the theme's slot.
 * A territory without a theme has no point in its slot: nothing is ever dropped to make room.
 */
export function themeSymbols(input: ThemeSymbolsInput): {
  data: FeatureCollection<Point, SymbolProperties>;
  images: SymbolImage[];
  layout: SymbolLayout;
} {
  const { active, counts, points } = input;
  const layout = symbolLayout(active.length, input.collapseAbove);
  const features: Feature<Point, SymbolProperties>[] = [];
  const images = new Map<string, SymbolImage>();
  for (const [territory, point] of points) {
    active.forEach((theme, slot) => {
      const count = counts[territory]?.[theme] ?? 0;
      if (count === 0) return;
      const image = symbolImage(theme, layout.form, count);
      images.set(image.id, image);
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [point[0], point[1]] },
        properties: { territory, theme, count, icon: image.id, slot },
      });
    });
  }
  return { data: { type: 'FeatureCollection', features }, images: [...images.values()], layout };
}

/**
 * The label points in the order the symbols are drawn: pays first, the agglomérations nested in them
 * last, so that an agglomération's own symbols are drawn over its pays' where the two meet.
 */
export function symbolPoints(
  territories: readonly { id: string; kind: string }[],
  labelPoint: (id: string) => readonly [number, number] | undefined,
): Map<string, readonly [number, number]> {
  const ordered = [...territories.filter((t) => t.kind !== 'agglomeration'), ...territories.filter((t) => t.kind === 'agglomeration')];
  const points = new Map<string, readonly [number, number]>();
  for (const t of ordered) {
    const point = labelPoint(t.id);
    if (point) points.set(t.id, point);
  }
  return points;
}

/** Where the symbols are drawn, so that the territories' names keep clear of them. */
export function symbolObstacles(data: FeatureCollection<Point, SymbolProperties>, layout: SymbolLayout): MapObstacle[] {
  return data.features.map((f) => ({
    owner: f.properties.territory,
    point: f.geometry.coordinates as [number, number],
    offset: layout.offsets[f.properties.slot],
    size: layout.size,
  }));
}

/** A source feature: a territory's symbol for one theme, whether that theme is active or not. */
export interface SourceSymbolProperties {
  territory: string;
  theme: string;
  /** Practices of the theme in the territory, under the status filter. */
  count: number;
  /** Image ids of its two forms: the pictogram (with its count) and the coloured dot. */
  pictogram: string;
  dot: string;
}

/**
 * Every symbol a theme layer may show: one point per territory and theme it has a kept practice of,
 * for all themes at once. The map holds them all from the start and a toggle only shows or hides a
 * layer, so that turning a theme on lays nothing out again.
 */
export function allThemeSymbols(input: {
  themes: readonly string[];
  counts: Readonly<Record<string, LayerCounts>>;
  points: ReadonlyMap<string, readonly [number, number]>;
}): { data: FeatureCollection<Point, SourceSymbolProperties>; images: SymbolImage[] } {
  const features: Feature<Point, SourceSymbolProperties>[] = [];
  const images = new Map<string, SymbolImage>();
  for (const [territory, point] of input.points) {
    for (const theme of input.themes) {
      const count = input.counts[territory]?.[theme] ?? 0;
      if (count === 0) continue;
      const pictogram = symbolImage(theme, 'pictogram', count);
      const dot = symbolImage(theme, 'dot', count);
      images.set(pictogram.id, pictogram);
      images.set(dot.id, dot);
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [point[0], point[1]] },
        properties: { territory, theme, count, pictogram: pictogram.id, dot: dot.id },
      });
    }
  }
  return { data: { type: 'FeatureCollection', features }, images: [...images.values()] };
}
