import type { Map as MapLibreMap } from 'maplibre-gl';
import { PICTOGRAMS, PICTOGRAM_DISC, PICTOGRAM_GRID } from '../lib/theme-layers/pictograms';
import { THEME_COLORS } from '../lib/theme-layers/theme-colors';
import { DOT_SIZE, PICTOGRAM_DISC_SIZE, PICTOGRAM_SIZE } from '../lib/theme-layers/slots';
import type { SymbolImage } from '../lib/theme-layers/symbol-features';
import type { ThemeId } from '../lib/schema';

/**
 * The theme symbols as bitmaps for `map.addImage`, drawn on a canvas from the pictograms' path data
 * at the screen's pixel ratio: no glyphs, no sprite sheet, nothing fetched.
 */

/** The count badge: a dark disc ringed in white in the symbol's top right corner, over the pictogram's rim only. */
const BADGE = 10;

function canvas2d(side: number): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D {
  const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(side, side) : Object.assign(document.createElement('canvas'), { width: side, height: side });
  // Read back at once: a canvas kept in main memory avoids a round trip through the GPU for each image.
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new Error('Dessin des symboles impossible : canevas 2D indisponible.');
  return ctx;
}

function disc(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, x: number, y: number, r: number, fill: string, ring: string, width: number) {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.lineWidth = width;
  ctx.strokeStyle = ring;
  ctx.stroke();
}

/** One symbol image, `pixelRatio` device pixels per CSS pixel. */
export function drawSymbolImage(image: SymbolImage, pixelRatio: number): ImageData {
  const size = image.form === 'dot' ? DOT_SIZE : PICTOGRAM_SIZE;
  const side = Math.ceil(size * pixelRatio);
  const ctx = canvas2d(side);
  ctx.scale(pixelRatio, pixelRatio);
  if (image.form === 'dot') {
    disc(ctx, size / 2, size / 2, size / 2 - 0.75, THEME_COLORS[image.theme as ThemeId] ?? PICTOGRAM_DISC.ink, PICTOGRAM_DISC.ink, 1);
    return ctx.getImageData(0, 0, side, side);
  }
  const d = PICTOGRAM_DISC_SIZE;
  const outline = (PICTOGRAM_DISC.outline * d) / PICTOGRAM_GRID;
  const top = size - d;
  disc(ctx, d / 2, top + d / 2, d / 2 - outline / 2, PICTOGRAM_DISC.fill, PICTOGRAM_DISC.ink, outline);
  const drawing = d * PICTOGRAM_DISC.drawing;
  ctx.save();
  ctx.translate((d - drawing) / 2, top + (d - drawing) / 2);
  ctx.scale(drawing / PICTOGRAM_GRID, drawing / PICTOGRAM_GRID);
  ctx.fillStyle = PICTOGRAM_DISC.ink;
  ctx.fill(new Path2D(PICTOGRAMS[image.theme as ThemeId] ?? ''), 'evenodd');
  ctx.restore();
  if (image.badge) {
    const r = BADGE / 2;
    disc(ctx, size - r, r, r - 0.5, PICTOGRAM_DISC.ink, PICTOGRAM_DISC.fill, 1);
    ctx.fillStyle = PICTOGRAM_DISC.fill;
    ctx.font = `bold ${image.badge.length > 1 ? 6.5 : 8}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(image.badge, size - r, r + 0.5);
  }
  return ctx.getImageData(0, 0, side, side);
}

/** Adds to the map the images it does not have yet. */
export function addSymbolImages(map: MapLibreMap, images: readonly SymbolImage[], pixelRatio = window.devicePixelRatio || 1) {
  for (const image of images) {
    if (!map.hasImage(image.id)) map.addImage(image.id, drawSymbolImage(image, pixelRatio), { pixelRatio });
  }
}
