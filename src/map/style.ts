import type { ExpressionSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { outlinesData, shapesById } from './outline';
import { APP_TITLE, FADED_COLOR, MAP_COLORS } from '../lib/palette';

/** The map's look, as data: every colour and label comes from the app's own files, nothing from a third party. */

/** Line widths (px) and opacity; the territories' borders widen from one zoom to the other, linearly. */
export const LINE_STYLE = {
  territory: { zooms: [7, 11], widths: [0.9, 2.2] },
  departement: 1.1,
  context: 0.6,
  departementOpacity: 0.7,
  region: 1.6,
  compared: 2.6,
  comparedCasing: 5,
  hover: 2.2,
  selected: 3.2,
} as const;

/** Per-territory values that change with the view. */
export interface TerritoryPaint {
  /** Fill colour by territory id. */
  fill: Record<string, string>;
  /** Territories that stand out (themes on, or a legend class isolated); null: all do. */
  emphasised: ReadonlySet<string> | null;
  /** Label text by territory id (name, then a second line when there is one); drawn by MapLabels. */
  label: Record<string, string>;
  /** Territories outlined as the comparison set. */
  compared: readonly string[];
}

export interface StyleInput {
  territories: FeatureCollection;
  outside: FeatureCollection;
  /** The land around the region (and under it, covered by the territories). */
  land: FeatureCollection;
  /** Département borders as lines (kind 'departement' or 'context'). */
  borders: FeatureCollection;
  region: FeatureCollection;
  paint: TerritoryPaint;
}

/** The one source every layer draws from: each feature says which part of the map it is. */
export const ATLAS_SOURCE = 'atlas';
/** The one fill layer: the land, « hors enquête » and the territories, agglomérations on top. */
export const FILL_LAYER = 'fill';

export type AtlasPart = 'territory' | 'outside' | 'land' | 'border' | 'region';

/**
 * The hovered, the selected and the compared territories are outlined from sources of their own,
 * holding just those: a change then re-tiles a polygon or a few in MapLibre's worker. An outline
 * layer over all the territories, its width from feature state, cost every frame the line vertices of
 * every border, drawn at width 0; a filter on the one geometry source re-tiled all of it at each comparison.
 */
export const HOVER_SOURCE = 'hover';
export const SELECTION_SOURCE = 'selection';
export const COMPARED_SOURCE = 'compared';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const isPart = (part: AtlasPart): ExpressionSpecification => ['==', ['get', 'layer'], part];

function byId(values: Record<string, string | number>, fallback: string | number): ExpressionSpecification {
  const entries = Object.entries(values);
  if (entries.length === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
  return ['match', ['get', 'id'], ...entries.flat(), fallback] as unknown as ExpressionSpecification;
}

/** Each territory's fill for a view: its class colour, or the neutral grey when it does not stand out. */
export function territoryFills(paint: TerritoryPaint): Record<string, string> {
  return Object.fromEntries(
    Object.entries(paint.fill).map(([id, colour]) => [id, !paint.emphasised || paint.emphasised.has(id) ? colour : FADED_COLOR]),
  );
}

export function fillColorExpression(paint: TerritoryPaint): ExpressionSpecification {
  return byId(territoryFills(paint), MAP_COLORS.noInformation);
}

/**
 * The fill follows the feature state `fill` once set (MapPaint), the first view's expression until then:
 * a new colouring then changes no style property, and MapLibre draws it in the next frame instead of
 * laying the territories out again in its worker first (under software rendering, a frame later).
 */
export function territoryFillColor(paint: TerritoryPaint): ExpressionSpecification {
  return [
    'to-color',
    ['feature-state', 'fill'],
    ['match', ['get', 'layer'], 'outside', MAP_COLORS.outside, 'land', MAP_COLORS.land, fillColorExpression(paint)],
  ] as ExpressionSpecification;
}


/**
 * All the map's geometry as one GeoJSON collection. One source is parsed and tiled once in MapLibre's
 * worker, where one source per part cost a worker round trip and a tile set each before the first frame.
 */
export function atlasFeatures(input: Omit<StyleInput, 'paint'>): FeatureCollection {
  const tag = (collection: FeatureCollection, layer: AtlasPart) =>
    collection.features.map((f) => ({ ...f, properties: { ...f.properties, layer } }));
  return {
    type: 'FeatureCollection',
    features: [
      ...tag(input.land, 'land'),
      ...tag(input.borders, 'border'),
      ...tag(input.outside, 'outside'),
      ...tag(input.territories, 'territory'),
      ...tag(input.region, 'region'),
    ],
  };
}

/**
 * Under software rendering every shader variant costs a compile and every layer a pass over the
 * canvas, before the first complete map: the style keeps to one fill layer and lines whose colour
 * never depends on the feature (two line variants: constant width, and width from data).
 * No symbol layer: labels are HTML (MapLabels), which also updates them without a worker relayout.
 */
export function buildStyle(input: StyleInput): StyleSpecification {
  const { paint } = input;
  return {
    version: 8,
    name: `${APP_TITLE} 2008`,
    sources: {
      [ATLAS_SOURCE]: { type: 'geojson', data: atlasFeatures(input), promoteId: 'id' },
      [HOVER_SOURCE]: { type: 'geojson', data: EMPTY },
      [SELECTION_SOURCE]: { type: 'geojson', data: EMPTY },
      [COMPARED_SOURCE]: { type: 'geojson', data: outlinesData(shapesById(input.territories), paint.compared) },
    },
    layers: [
      {
        id: FILL_LAYER,
        type: 'fill',
        source: ATLAS_SOURCE,
        // The land first, then « hors enquête » and the territories over it (source order).
        filter: ['any', isPart('territory'), isPart('outside'), isPart('land')],
        layout: { 'fill-sort-key': ['match', ['get', 'kind'], 'agglomeration', 1, 0] },
        // Fill edges are drawn over by the borders: MapLibre's antialiasing pass would cost a draw for nothing visible.
        paint: { 'fill-antialias': false, 'fill-color': territoryFillColor(paint) },
      },
      {
        id: 'territory-line',
        type: 'line',
        source: ATLAS_SOURCE,
        filter: isPart('territory'),
        paint: { 'line-color': MAP_COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], LINE_STYLE.territory.zooms[0], LINE_STYLE.territory.widths[0], LINE_STYLE.territory.zooms[1], LINE_STYLE.territory.widths[1]] },
      },
      {
        id: 'departement-line',
        type: 'line',
        source: ATLAS_SOURCE,
        filter: isPart('border'),
        paint: {
          'line-color': MAP_COLORS.departement,
          'line-width': ['match', ['get', 'kind'], 'context', LINE_STYLE.context, LINE_STYLE.departement],
          'line-opacity': LINE_STYLE.departementOpacity,
        },
      },
      { id: 'region-line', type: 'line', source: ATLAS_SOURCE, filter: isPart('region'), paint: { 'line-color': MAP_COLORS.region, 'line-width': LINE_STYLE.region } },
      // Solid, over a white casing: a dashed line needs a shader program of its own, which MapLibre
      // compiles at its first use, the frame of the first comparison (see the README).
      { id: 'compared-casing', type: 'line', source: COMPARED_SOURCE, paint: { 'line-color': MAP_COLORS.comparedCasing, 'line-width': LINE_STYLE.comparedCasing } },
      { id: 'compared-line', type: 'line', source: COMPARED_SOURCE, paint: { 'line-color': MAP_COLORS.compared, 'line-width': LINE_STYLE.compared } },
      { id: 'hover-line', type: 'line', source: HOVER_SOURCE, paint: { 'line-color': MAP_COLORS.selected, 'line-width': LINE_STYLE.hover } },
      { id: 'selection-line', type: 'line', source: SELECTION_SOURCE, paint: { 'line-color': MAP_COLORS.selected, 'line-width': LINE_STYLE.selected } },
    ],
  };
}
