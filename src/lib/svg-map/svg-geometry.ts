/** The atlas's geometry as the SVG map draws it: one path per part of MapLibre's style, built once per geometry. */

import type { Feature, FeatureCollection } from 'geojson';
import type { AtlasGeometry } from '../atlas-geometry';
import type { TerritoryKind } from '../geo/types';
import type { LonLat } from '../comparison';
import { LINE_STYLE } from '../../map/style';
import { pathData, pathFrame, type PathFrame } from './paths';

export interface SvgTerritory {
  id: string;
  name: string;
  kind: TerritoryKind;
  d: string;
  /** [lng, lat] of the territory's label point, where its symbols are drawn. */
  point: LonLat;
}

export interface SvgGeometry {
  frame: PathFrame;
  land: string;
  outside: string;
  /** Agglomérations last: they lie inside pays and are drawn over them, as on the MapLibre map. */
  territories: SvgTerritory[];
  departementBorders: string;
  contextBorders: string;
  region: string;
}

/** Agglomérations after the pays they lie in, as MapLibre draws them. */
export const drawingOrder = <F extends Feature>(features: readonly F[]): F[] =>
  [...features].sort((a, b) => Number(a.properties?.kind === 'agglomeration') - Number(b.properties?.kind === 'agglomeration'));

/** Borders of the départements around the region, drawn lighter than those inside it. */
export const isContextBorder = (kind: unknown): boolean => kind === 'context';

const joined = (collection: FeatureCollection, frame: PathFrame, keep: (kind: unknown) => boolean = () => true) =>
  collection.features.filter((f) => keep(f.properties?.kind)).map((f) => pathData(f.geometry, frame)).join('');

const built = new WeakMap<AtlasGeometry, SvgGeometry>();

export function svgGeometry(geometry: AtlasGeometry): SvgGeometry {
  const known = built.get(geometry);
  if (known) return known;
  const frame = pathFrame(geometry.bounds);
  const territories = drawingOrder(geometry.territories.features).map((f) => ({
    id: String(f.id),
    name: String(f.properties?.name ?? f.id),
    kind: f.properties?.kind as TerritoryKind,
    d: pathData(f.geometry, frame),
    point: [Number(f.properties?.labelX), Number(f.properties?.labelY)] as const,
  }));
  const result: SvgGeometry = {
    frame,
    land: joined(geometry.land, frame),
    outside: joined(geometry.outside, frame),
    territories,
    departementBorders: joined(geometry.borders, frame, (kind) => !isContextBorder(kind)),
    contextBorders: joined(geometry.borders, frame, isContextBorder),
    region: joined(geometry.region, frame),
  };
  built.set(geometry, result);
  return result;
}

/** The width of the territories' borders at a zoom, px: as MapLibre interpolates it. */
export function territoryLineWidth(zoom: number): number {
  const [z0, z1] = LINE_STYLE.territory.zooms;
  const [w0, w1] = LINE_STYLE.territory.widths;
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return w0 + (w1 - w0) * t;
}
