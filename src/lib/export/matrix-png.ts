import type { Dataset } from '../schema';
import type { ComparisonMatrix } from '../comparison/matrix';
import { MATRIX_COLORS } from '../palette';
import { matrixLayout, type DrawItem } from './matrix-layout';

const font = (size: number, bold: boolean) => `${bold ? 700 : 400} ${size}px "Noto Sans", system-ui, sans-serif`;

function draw(ctx: CanvasRenderingContext2D, item: DrawItem) {
  if (item.kind === 'text') {
    ctx.font = font(item.size, item.bold);
    ctx.fillStyle = item.color;
    ctx.textAlign = item.align;
    ctx.fillText(item.text, item.x, item.y);
  } else if (item.kind === 'rect' || item.kind === 'mark') {
    ctx.fillStyle = item.fill;
    ctx.fillRect(item.x, item.y, item.width, item.height);
    if (item.stroke) {
      ctx.strokeStyle = item.stroke;
      ctx.lineWidth = 1;
      ctx.strokeRect(item.x + 0.5, item.y + 0.5, item.width - 1, item.height - 1);
    }
  } else {
    ctx.save();
    ctx.beginPath();
    ctx.rect(item.x, item.y, item.width, item.height);
    ctx.clip();
    ctx.strokeStyle = MATRIX_COLORS.noInformation;
    ctx.globalAlpha = 0.6;
    for (let d = -item.height; d < item.width; d += 5) {
      ctx.moveTo(item.x + d, item.y + item.height);
      ctx.lineTo(item.x + d + item.height, item.y);
    }
    ctx.stroke();
    ctx.restore();
  }
}

/** The comparison matrix with its title, key and source, as a PNG at the screen's density. */
export function matrixPng(dataset: Dataset, matrix: ComparisonMatrix, statuses: readonly string[]): Promise<Blob> {
  const ratio = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  const measure = (text: string, size: number, bold: boolean) => {
    ctx.font = font(size, bold);
    return ctx.measureText(text).width;
  };
  const picture = matrixLayout(dataset, matrix, statuses, measure);
  canvas.width = Math.ceil(picture.width * ratio);
  canvas.height = Math.ceil(picture.height * ratio);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, picture.width, picture.height);
  for (const item of picture.items) draw(ctx, item);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG'))), 'image/png'));
}
