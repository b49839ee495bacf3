/**
 * What index.html carries of the map shell (see remove.ts): the drawing's data, read by the one
 * inline script (script.ts) that draws it, and the shell's stylesheet. Made from the same geometry,
 * paint, line widths and camera rules as the app's first paint (svg-map/canvas-paint.ts), so that the
 * first paint replaces it with no visible change.
 */
import type { FeatureCollection } from 'geojson';
import type { AtlasGeometry } from '../atlas-geometry';
import { MAP_COLORS } from '../palette';
import { PHONE_MEDIA } from '../phone-layout';
import { LINE_STYLE } from '../../map/style';
import { MAP_LIMITS, maxBoundsOf } from '../map-limits';
import { toWorld } from '../svg-map/mercator';
import { pathData, pathFrame, type PathFrame } from '../svg-map/paths';
import { drawingOrder, isContextBorder } from '../svg-map/svg-geometry';
import { MAP_SHELL_DATA_ID, MAP_SHELL_ID, MAP_SHELL_ON, type MapShellData, type MapShellPart } from './script';

/**
 * Path units of the shell: world px at this zoom. A fifth of a pixel or less at the zooms the region
 * is fitted at on a screen (about 6.5 to 8), and paths a third the length of the SVG map's.
 */
export const UNIT_ZOOM = 10;

/** The drawing's data: the overview's parts in the first paint's order and colours, in path units from the region's north-west corner. */
export function mapShellData(geometry: AtlasGeometry, fills: Readonly<Record<string, string>>): MapShellData {
  const [, south, east] = geometry.bounds;
  const frame: PathFrame = { ...pathFrame(geometry.bounds), unit: 2 ** UNIT_ZOOM };
  const units = (point: readonly [number, number]) => toWorld(point).map((v, i) => Math.round((v - frame.origin[i]) * frame.unit));
  const d = (features: FeatureCollection['features']) => features.map((f) => pathData(f.geometry, frame)).join('');
  const borders = geometry.borders.features;
  const stroke = (path: string, colour: string, width: number, opacity = 1): MapShellPart => ({ d: path, stroke: colour, width, opacity });
  const [maxWest, maxSouth, maxEast, maxNorth] = maxBoundsOf(geometry.bounds);
  return {
    size: units([east, south]) as [number, number],
    maxBounds: [...units([maxWest, maxNorth]), ...units([maxEast, maxSouth])] as [number, number, number, number],
    unitZoom: UNIT_ZOOM,
    zooms: [MAP_LIMITS.minZoom, MAP_LIMITS.maxZoom],
    padding: MAP_LIMITS.padding,
    sea: MAP_COLORS.sea,
    territoryWidth: { zooms: [...LINE_STYLE.territory.zooms], widths: [...LINE_STYLE.territory.widths] },
    parts: [
      { d: d(geometry.land.features), fill: MAP_COLORS.land },
      { d: d(geometry.outside.features), fill: MAP_COLORS.outside },
      ...drawingOrder(geometry.territories.features).map((f) => ({
        d: pathData(f.geometry, frame),
        fill: fills[String(f.id)] ?? MAP_COLORS.noInformation,
        stroke: MAP_COLORS.border,
        territory: String(f.id),
      })),
      stroke(d(borders.filter((f) => isContextBorder(f.properties?.kind))), MAP_COLORS.departement, LINE_STYLE.context, LINE_STYLE.departementOpacity),
      stroke(d(borders.filter((f) => !isContextBorder(f.properties?.kind))), MAP_COLORS.departement, LINE_STYLE.departement, LINE_STYLE.departementOpacity),
      stroke(d(geometry.region.features), MAP_COLORS.region, LINE_STYLE.region),
    ],
  };
}

/** The data as an HTML data block: JSON that no `</script>` inside a string can end early. */
export const mapShellDataBlock = (data: MapShellData): string =>
  `<script type="application/json" id="${MAP_SHELL_DATA_ID}">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

/**
 * The shell over the map's box: under the header, right of the sidebar (full width on a phone).
 * Above the app until taken off; the app's loading message, which it would half cover, is hidden
 * meanwhile.
 */
export function mapShellCss(): string {
  return [
    `#${MAP_SHELL_ID} { position: fixed; z-index: 30; top: var(--header-height); left: var(--sidebar-width); right: 0; bottom: 0; overflow: hidden; pointer-events: none; background: ${MAP_COLORS.sea}; }`,
    `@media ${PHONE_MEDIA} { #${MAP_SHELL_ID} { left: 0; } }`,
    `#${MAP_SHELL_ID} canvas { display: block; width: 100%; height: 100%; }`,
    `.${MAP_SHELL_ON} .message[aria-busy] { visibility: hidden; }`,
  ].join('\n');
}
