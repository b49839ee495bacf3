// No import: the build's policy (scripts/csp.ts) reads this file as the config loads it.

/** The shell's element, made by the script. */
export const MAP_SHELL_ID = 'map-shell';
/** The data block the script draws from. */
export const MAP_SHELL_DATA_ID = 'map-shell-data';
/** A class of the root element while the shell is on the page. */
export const MAP_SHELL_ON = 'map-shell-on';

/** One part of the drawing: filled, stroked, or both (a territory: its width follows the zoom). */
export interface MapShellPart {
  /** SVG path data, in path units. */
  d: string;
  fill?: string;
  stroke?: string;
  /** Line width, px; a territory's border has none, the zoom gives it. */
  width?: number;
  opacity?: number;
  /** The territory's id. */
  territory?: string;
}

export interface MapShellData {
  /** The region's bounds in path units, from its north-west corner. */
  size: [number, number];
  /** The bounds the view may not leave, [x0, y0, x1, y1] in path units. */
  maxBounds: [number, number, number, number];
  /** Path units are world px at this zoom. */
  unitZoom: number;
  /** The map's zoom range. */
  zooms: [number, number];
  /** Around the fitted region, px. */
  padding: number;
  sea: string;
  territoryWidth: { zooms: number[]; widths: number[] };
  parts: MapShellPart[];
}

/**
 * index.html's one inline script, run as the page is parsed (after the stylesheets, which it needs):
 * it draws the shell on a 2D canvas, as the app's first paint does (canvas-paint.ts), and for the
 * same reason: in the page's memory, where SVG paths held the software GPU back from MapLibre's start.
 * - Only at the address it was drawn for, the plain one: a view in the hash or an embed in the
 *   query waits for the app's first paint, which draws that view.
 * - Only where MapLibre would fit the region as it is: not where the zoom range or the maximal
 *   bounds would move the camera (very wide or tiny boxes).
 * It takes itself and its data off the page once read: the page keeps no inline script.
 * Its hash is in the Content Security Policy (scripts/csp.ts).
 */
export const MAP_SHELL_SCRIPT = `(() => {
  document.currentScript.remove();
  const block = document.getElementById('${MAP_SHELL_DATA_ID}');
  block.remove();
  if (location.search || location.hash.length > 1) return;
  const data = JSON.parse(block.textContent);
  const box = document.createElement('div');
  box.id = '${MAP_SHELL_ID}';
  box.setAttribute('aria-hidden', 'true');
  const canvas = document.createElement('canvas');
  box.append(canvas);
  document.body.append(box);
  const w = box.clientWidth, h = box.clientHeight, [W, H] = data.size, p = data.padding;
  const k = Math.min((w - 2 * p) / W, (h - 2 * p) / H), zoom = data.unitZoom + Math.log2(k);
  const [x0, y0, x1, y1] = data.maxBounds, dx = w / 2 / k, dy = h / 2 / k;
  if (!(k > 0) || zoom < data.zooms[0] || zoom > data.zooms[1] || W / 2 - dx < x0 || H / 2 - dy < y0 || W / 2 + dx > x1 || H / 2 + dy > y1) return box.remove();
  document.documentElement.classList.add('${MAP_SHELL_ON}');
  const r = devicePixelRatio || 1;
  canvas.width = Math.round(w * r);
  canvas.height = Math.round(h * r);
  const c = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
  c.fillStyle = data.sea;
  c.fillRect(0, 0, canvas.width, canvas.height);
  c.setTransform(r * k, 0, 0, r * k, r * (w / 2 - (k * W) / 2), r * (h / 2 - (k * H) / 2));
  const [z0, z1] = data.territoryWidth.zooms, [w0, w1] = data.territoryWidth.widths;
  const territoryWidth = w0 + (w1 - w0) * Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  let territories = 0;
  for (const part of data.parts) {
    const path = new Path2D(part.d);
    if (part.fill) {
      c.fillStyle = part.fill;
      c.fill(path);
    }
    if (part.stroke) {
      c.globalAlpha = part.opacity ?? 1;
      c.strokeStyle = part.stroke;
      c.lineWidth = (part.width ?? territoryWidth) / k;
      c.stroke(path);
      c.globalAlpha = 1;
    }
    if (part.territory) territories++;
  }
  canvas.setAttribute('data-territories', territories);
})();`;
