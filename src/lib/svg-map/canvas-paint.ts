import type { FeatureCollection, Geometry } from 'geojson';
import type { AtlasGeometry } from '../atlas-geometry';
import { drawingOrder, isContextBorder, territoryLineWidth } from './svg-geometry';
import { screenTransform, type Camera, type Size } from './camera';
import { worldX, worldY } from './mercator';
import { forEachLine } from './paths';
import { LINE_STYLE } from '../../map/style';
import { MAP_COLORS } from '../palette';

export interface CanvasPaint {
  /** Fill colour by territory id. */
  fills: Readonly<Record<string, string>>;
  /** Compared territories, outlined. */
  compared: readonly string[];
  /** The open territory, outlined. */
  selected: string | null;
}

/** Adds a GeoJSON geometry to a path, in world px at zoom 0. */
function trace(path: Path2D, geometry: Geometry | null): void {
  forEachLine(geometry, (points, closed) => {
    points.forEach(([lng, lat], i) => (i === 0 ? path.moveTo(worldX(lng), worldY(lat)) : path.lineTo(worldX(lng), worldY(lat))));
    if (closed) path.closePath();
  });
}

const pathOf = (features: FeatureCollection['features']): Path2D => {
  const path = new Path2D();
  for (const f of features) trace(path, f.geometry);
  return path;
};

/**
 * The SVG map's drawing, part for part and in the same order, on a 2D canvas under the same camera,
 * traced straight from the coordinates: building and parsing path data first cost the first paint
 * as much as drawing it. Lines keep their width in screen px, as the SVG map's non-scaling strokes do.
 */
export function paintCanvas(ctx: CanvasRenderingContext2D, geometry: AtlasGeometry, paint: CanvasPaint, camera: Camera, size: Size, pixelRatio: number): void {
  const { scale, translate } = screenTransform(camera, size);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = MAP_COLORS.sea;
  ctx.fillRect(0, 0, size.width * pixelRatio, size.height * pixelRatio);
  ctx.setTransform(pixelRatio * scale, 0, 0, pixelRatio * scale, pixelRatio * translate[0], pixelRatio * translate[1]);
  const fill = (path: Path2D, colour: string) => {
    ctx.fillStyle = colour;
    ctx.fill(path);
  };
  const stroke = (path: Path2D | undefined, colour: string, width: number, opacity = 1) => {
    if (!path) return;
    ctx.globalAlpha = opacity;
    ctx.strokeStyle = colour;
    ctx.lineWidth = width / scale;
    ctx.stroke(path);
    ctx.globalAlpha = 1;
  };
  fill(pathOf(geometry.land.features), MAP_COLORS.land);
  fill(pathOf(geometry.outside.features), MAP_COLORS.outside);
  const territoryWidth = territoryLineWidth(camera.zoom);
  const territories = new Map(drawingOrder(geometry.territories.features).map((f) => [String(f.id), pathOf([f])]));
  for (const [id, path] of territories) {
    fill(path, paint.fills[id] ?? MAP_COLORS.noInformation);
    stroke(path, MAP_COLORS.border, territoryWidth);
  }
  const borders = geometry.borders.features;
  stroke(pathOf(borders.filter((f) => isContextBorder(f.properties?.kind))), MAP_COLORS.departement, LINE_STYLE.context, LINE_STYLE.departementOpacity);
  stroke(pathOf(borders.filter((f) => !isContextBorder(f.properties?.kind))), MAP_COLORS.departement, LINE_STYLE.departement, LINE_STYLE.departementOpacity);
  stroke(pathOf(geometry.region.features), MAP_COLORS.region, LINE_STYLE.region);
  for (const id of paint.compared) stroke(territories.get(id), MAP_COLORS.comparedCasing, LINE_STYLE.comparedCasing);
  for (const id of paint.compared) stroke(territories.get(id), MAP_COLORS.compared, LINE_STYLE.compared);
  if (paint.selected) stroke(territories.get(paint.selected), MAP_COLORS.selected, LINE_STYLE.selected);
}
