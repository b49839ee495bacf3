import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LegendItem } from '../territory-paint';
import { INK, MAP_COLORS } from '../palette';
import { LAYER_COUNT_NOTE, LAYER_LEGEND_TITLE, OUTSIDE_LABEL, OUTSIDE_NOTE } from '../labels';
import { MAX_PICTOGRAMS } from '../theme-layers/slots';
import { symbolImage } from '../theme-layers/symbol-features';
import { drawSymbolImage } from '../../map/theme-images';
import { metresPerPixel, scaleBar } from '../scale-bar';

export interface PngCaption {
  title: string;
  subtitle: string;
  legendTitle: string;
  legend: readonly LegendItem[];
  source: string;
  /** Active theme layers, in toggle order: their symbols are keyed under the classes. */
  layers?: readonly { id: string; label: string }[];
}

/** The map canvas as drawn on the next frame: WebGL keeps its buffer only until the frame ends. */
function grabCanvas(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The labels shown over the map (HTML, so not in its canvas): lines and centre, in CSS px of the map. */
function shownLabels(map: MapLibreMap): { lines: string[]; x: number; y: number }[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>('[data-territory]')]
    .filter((el) => el.style.visibility !== 'hidden')
    .map((el) => {
      const r = el.getBoundingClientRect();
      const lines = [...el.children].map((c) => c.textContent ?? '');
      return { lines, x: r.left - origin.left + r.width / 2, y: r.top - origin.top + r.height / 2 };
    });
}

/** A scale bar in the bottom left corner of the map, true at the map's centre latitude. */
function drawScaleBar(
  ctx: CanvasRenderingContext2D,
  map: MapLibreMap,
  ratio: number,
  bottom: number,
  font: (size: number, weight?: number) => string,
) {
  const bar = scaleBar(metresPerPixel(map.getZoom(), map.getCenter().lat), 120);
  const [x, y, w] = [16 * ratio, bottom - 14 * ratio, bar.px * ratio];
  ctx.fillStyle = 'rgba(255,255,255,0.8)';
  ctx.fillRect(x - 6 * ratio, y - 22 * ratio, w + 12 * ratio, 30 * ratio);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5 * ratio;
  ctx.beginPath();
  ctx.moveTo(x, y - 5 * ratio);
  ctx.lineTo(x, y);
  ctx.lineTo(x + w, y);
  ctx.lineTo(x + w, y - 5 * ratio);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = font(11);
  ctx.fillText(bar.label, x, y - 8 * ratio);
}

/** A text cut into lines no wider than `width` in the context's current font. */
function wrapped(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The active layers' symbols, drawn as the map draws them, each with its theme's name. */
async function drawLayerKey(
  ctx: CanvasRenderingContext2D,
  layers: readonly { id: string; label: string }[],
  at: { x: number; y: number; width: number; ratio: number; font: (size: number, weight?: number) => string },
) {
  if (layers.length === 0) return;
  const { x, ratio, font } = at;
  const form = layers.length > MAX_PICTOGRAMS ? 'dot' : 'pictogram';
  let y = at.y + 14 * ratio;
  ctx.fillStyle = INK;
  ctx.font = font(13, 700);
  ctx.fillText(LAYER_LEGEND_TITLE[form], x, y, at.width);
  ctx.font = font(12);
  const row = (form === 'dot' ? 18 : 24) * ratio;
  for (const layer of layers) {
    const image = await createImageBitmap(drawSymbolImage(symbolImage(layer.id, form, 1), ratio));
    y += row;
    // Centred on the row like the swatches: the bitmap is already at the output's pixel ratio.
    ctx.drawImage(image, x + (22 * ratio - image.width) / 2, y - 5 * ratio - image.height / 2);
    ctx.fillStyle = INK;
    ctx.fillText(layer.label, x + 30 * ratio, y, at.width - 30 * ratio);
  }
  if (form === 'pictogram') {
    ctx.font = font(11);
    ctx.fillStyle = '#555';
    wrapped(ctx, LAYER_COUNT_NOTE, at.width).forEach((line, i) => ctx.fillText(line, x, y + (22 + 14 * i) * ratio));
  }
}

/** The current view with its title, legend and source line, as a PNG a user can paste into a report. */
export async function mapPng(map: MapLibreMap, caption: PngCaption): Promise<Blob> {
  const shot = await grabCanvas(map);
  const ratio = shot.width / map.getContainer().clientWidth || 1;
  const header = 64 * ratio;
  const footer = 34 * ratio;
  const legendWidth = 230 * ratio;
  const out = document.createElement('canvas');
  out.width = shot.width + legendWidth;
  out.height = shot.height + header + footer;
  const ctx = out.getContext('2d')!;
  const font = (size: number, weight = 400) => `${weight} ${size * ratio}px "Noto Sans", system-ui, sans-serif`;

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = INK;
  ctx.font = font(20, 700);
  ctx.fillText(caption.title, 16 * ratio, 30 * ratio);
  ctx.font = font(13);
  ctx.fillStyle = '#444';
  ctx.fillText(caption.subtitle, 16 * ratio, 52 * ratio);
  // The canvas is transparent over the sea: the map's container paints it.
  ctx.fillStyle = MAP_COLORS.sea;
  ctx.fillRect(0, header, shot.width, shot.height);
  ctx.drawImage(shot, 0, header);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 3 * ratio;
  for (const label of shownLabels(map)) {
    label.lines.forEach((line, i) => {
      const y = header + (label.y + (i - (label.lines.length - 1) / 2) * 14) * ratio;
      ctx.font = font(i === 0 ? 12 : 11, i === 0 ? 600 : 400);
      ctx.strokeText(line, label.x * ratio, y);
      ctx.fillStyle = INK;
      ctx.fillText(line, label.x * ratio, y);
    });
  }
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  drawScaleBar(ctx, map, ratio, header + shot.height, font);

  let y = header + 24 * ratio;
  const x = shot.width + 16 * ratio;
  ctx.fillStyle = INK;
  ctx.font = font(13, 700);
  ctx.fillText(caption.legendTitle, x, y, legendWidth - 24 * ratio);
  ctx.font = font(13);
  const swatch = (color: string) => {
    ctx.fillStyle = color;
    ctx.fillRect(x, y - 12 * ratio, 22 * ratio, 14 * ratio);
    ctx.strokeStyle = 'rgba(0,0,0,0.3)';
    ctx.strokeRect(x, y - 12 * ratio, 22 * ratio, 14 * ratio);
    ctx.fillStyle = INK;
  };
  for (const item of caption.legend) {
    y += 24 * ratio;
    swatch(item.color);
    ctx.fillText(`${item.label} (${item.ids.length})`, x + 30 * ratio, y, legendWidth - 50 * ratio);
  }
  y += 24 * ratio;
  swatch(MAP_COLORS.outside);
  ctx.fillText(OUTSIDE_LABEL, x + 30 * ratio, y, legendWidth - 50 * ratio);
  ctx.font = font(11);
  ctx.fillStyle = '#555';
  ctx.fillText(OUTSIDE_NOTE, x + 30 * ratio, y + 15 * ratio, legendWidth - 58 * ratio);
  await drawLayerKey(ctx, caption.layers ?? [], { x, y: y + 26 * ratio, width: legendWidth - 24 * ratio, ratio, font });

  ctx.fillStyle = '#555';
  ctx.font = font(11);
  ctx.fillText(caption.source, 16 * ratio, out.height - 12 * ratio, out.width - 32 * ratio);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
}
