import type {
  ExpressionSpecification,
  FilterSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';

/** The map's look, as data: every colour and label comes from the app's own files, nothing from a third party. */

export const FONT = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans SemiBold';

export const COLORS = {
  sea: '#cfe2ea',
  land: '#ebe8e1',
  outside: '#f1efe9',
  border: '#ffffff',
  departement: '#5c5a55',
  region: '#3a3935',
  selected: '#111111',
  hover: '#333333',
  compared: '#c0392b',
  label: '#1f1f1f',
  labelHalo: 'rgba(255,255,255,0.9)',
  noInformation: '#bdbab3',
};

/** Per-territory values that change with the view; each becomes one `match` expression. */
export interface TerritoryPaint {
  /** Fill colour by territory id. */
  fill: Record<string, string>;
  /** Territories that stand out (themes on, or a legend class isolated); null: all do. */
  emphasised: ReadonlySet<string> | null;
  /** Label text by territory id (name, plus a count when themes are on). */
  label: Record<string, string>;
  /** Territories outlined as the comparison set. */
  compared: readonly string[];
  /** Territories the survey has no information on: hatched. */
  hatched: readonly string[];
}

export interface StyleInput {
  territories: FeatureCollection;
  labelPoints: FeatureCollection;
  outside: FeatureCollection;
  departements: FeatureCollection;
  region: FeatureCollection;
  /** Font file URLs, served from the app's own origin. */
  fontUrls: { regular: string; semibold: string };
  paint: TerritoryPaint;
}

function byId(values: Record<string, string | number>, fallback: string | number): ExpressionSpecification {
  const entries = Object.entries(values);
  if (entries.length === 0) return ['literal', fallback] as unknown as ExpressionSpecification;
  return ['match', ['get', 'id'], ...entries.flat(), fallback] as unknown as ExpressionSpecification;
}

/** Territories that do not stand out turn to this neutral grey, whatever their class colour. */
export const FADED_FILL = '#dedcd6';

/** Each territory's fill for a view: its class colour, or the neutral grey when it does not stand out. */
export function territoryFills(paint: TerritoryPaint): Record<string, string> {
  return Object.fromEntries(
    Object.entries(paint.fill).map(([id, colour]) => [id, !paint.emphasised || paint.emphasised.has(id) ? colour : FADED_FILL]),
  );
}

export function fillColorExpression(paint: TerritoryPaint): ExpressionSpecification {
  return byId(territoryFills(paint), COLORS.noInformation);
}

/**
 * The fill follows the feature state `fill` once set (MapPaint), the first view's expression until then:
 * a new colouring then changes no style property, and MapLibre draws it in the next frame instead of
 * laying the territories out again in its worker first (under SwiftShader, a frame later: hundreds of ms).
 */
export function territoryFillColor(paint: TerritoryPaint): ExpressionSpecification {
  return ['to-color', ['feature-state', 'fill'], fillColorExpression(paint)] as ExpressionSpecification;
}

export function fillOpacityExpression(): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.92] as ExpressionSpecification;
}

export function labelExpression(paint: TerritoryPaint): ExpressionSpecification {
  return byId(paint.label, '');
}

export function comparedFilter(paint: TerritoryPaint): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...paint.compared]]] as FilterSpecification;
}

const isKind = (kind: string): FilterSpecification => ['==', ['get', 'kind'], kind];

/** Outline width: selection beats hover beats the plain border. */
const outlineWidth: ExpressionSpecification = [
  'case',
  ['boolean', ['feature-state', 'selected'], false],
  3.2,
  ['boolean', ['feature-state', 'hover'], false],
  2.2,
  0,
];

/** Names of the pattern images, made in code (see hatch.ts). */
export const HATCH = 'hachures';
export const DOTS = 'points';

/**
 * Fill edges are drawn over by line layers (territory borders, département and region outlines;
 * only the coast of the grey context is left bare), so MapLibre's antialiasing outline pass would
 * cost a shader program and a draw per fill layer for nothing visible: under software rendering,
 * about a fifth of the GPU time to the first complete map.
 */
const NO_OUTLINE = { 'fill-antialias': false } as const;

export const TERRITORY_FILL_LAYERS = ['territory-fill-pays', 'territory-fill-agglo'] as const;

export function buildStyle(input: StyleInput): StyleSpecification {
  const { paint } = input;
  return {
    version: 8,
    name: 'Atlas des mutualisations 2008',
    'font-faces': {
      [FONT]: [{ url: input.fontUrls.regular }],
      [FONT_BOLD]: [{ url: input.fontUrls.semibold }],
    },
    sources: {
      departements: { type: 'geojson', data: input.departements },
      outside: { type: 'geojson', data: input.outside },
      territories: { type: 'geojson', data: input.territories, promoteId: 'id' },
      labels: { type: 'geojson', data: input.labelPoints },
      region: { type: 'geojson', data: input.region },
      commune: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      { id: 'land', type: 'fill', source: 'departements', paint: { ...NO_OUTLINE, 'fill-color': COLORS.land } },
      { id: 'outside', type: 'fill', source: 'outside', paint: { ...NO_OUTLINE, 'fill-color': COLORS.outside } },
      { id: 'outside-dots', type: 'fill', source: 'outside', paint: { ...NO_OUTLINE, 'fill-pattern': DOTS } },
      {
        id: 'territory-fill-pays',
        type: 'fill',
        source: 'territories',
        filter: isKind('pays'),
        paint: { ...NO_OUTLINE, 'fill-color': territoryFillColor(paint), 'fill-opacity': fillOpacityExpression() },
      },
      {
        id: 'territory-hatch',
        type: 'fill',
        source: 'territories',
        filter: ['in', ['get', 'id'], ['literal', [...paint.hatched]]],
        paint: { ...NO_OUTLINE, 'fill-pattern': HATCH, 'fill-opacity': 0.6 },
      },
      {
        id: 'territory-line-pays',
        type: 'line',
        source: 'territories',
        filter: isKind('pays'),
        paint: { 'line-color': COLORS.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 11, 2] },
      },
      {
        id: 'territory-fill-agglo',
        type: 'fill',
        source: 'territories',
        filter: isKind('agglomeration'),
        paint: { ...NO_OUTLINE, 'fill-color': territoryFillColor(paint), 'fill-opacity': fillOpacityExpression() },
      },
      {
        id: 'territory-line-agglo',
        type: 'line',
        source: 'territories',
        filter: isKind('agglomeration'),
        paint: {
          'line-color': COLORS.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1, 11, 2.5],
          'line-dasharray': [2, 1],
        },
      },
      {
        id: 'departement-line',
        type: 'line',
        source: 'departements',
        paint: {
          'line-color': COLORS.departement,
          'line-width': ['case', ['boolean', ['get', 'context'], false], 0.6, 1.1],
          'line-opacity': 0.7,
        },
      },
      { id: 'region-line', type: 'line', source: 'region', paint: { 'line-color': COLORS.region, 'line-width': 1.6 } },
      {
        id: 'compared-line',
        type: 'line',
        source: 'territories',
        filter: comparedFilter(paint),
        paint: { 'line-color': COLORS.compared, 'line-width': 2.6, 'line-dasharray': [2, 1.2] },
      },
      {
        id: 'territory-outline-state',
        type: 'line',
        source: 'territories',
        paint: {
          'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], COLORS.selected, COLORS.hover],
          'line-width': outlineWidth,
        },
      },
      {
        id: 'territory-label',
        type: 'symbol',
        source: 'labels',
        layout: {
          'text-field': labelExpression(paint),
          'text-font': [FONT_BOLD],
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10.5, 10, 14],
          'text-max-width': 8,
          'text-line-height': 1.15,
          'text-padding': 1,
          'symbol-sort-key': ['case', ['==', ['get', 'kind'], 'agglomeration'], 0, 1],
        },
        paint: { 'text-color': COLORS.label, 'text-halo-color': COLORS.labelHalo, 'text-halo-width': 1.4 },
      },
      {
        id: 'commune-point',
        type: 'circle',
        source: 'commune',
        paint: { 'circle-radius': 6, 'circle-color': COLORS.compared, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
      },
      {
        id: 'commune-label',
        type: 'symbol',
        source: 'commune',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT_BOLD],
          'text-size': 13,
          'text-offset': [0, 1.1],
          'text-anchor': 'top',
          'text-allow-overlap': true,
        },
        paint: { 'text-color': '#7a1d12', 'text-halo-color': '#fff', 'text-halo-width': 1.6 },
      },
    ],
  };
}
