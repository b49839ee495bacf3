import type { Page } from 'playwright-core';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

/** The pixels of a PNG screenshot, decoded by the page's own image decoder. */
export async function pngPixels(page: Page, png: Buffer): Promise<Pixels> {
  const { width, height, rgba } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    // Back as base64: a plain array of millions of numbers is slow to serialise.
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: img.width, height: img.height, rgba: btoa(binary) };
  }, png.toString('base64'));
  return { width, height, data: Buffer.from(rgba, 'base64') };
}

/**
 * Share of pixels of two same-sized PNG screenshots whose colour differs by more than `tolerance`
 * (out of 255) on some channel.
 */
export async function differingShare(page: Page, a: Buffer, b: Buffer, tolerance = 32): Promise<number> {
  const [pa, pb] = [await pngPixels(page, a), await pngPixels(page, b)];
  if (pa.width !== pb.width || pa.height !== pb.height) return 1;
  let differing = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    const d = Math.max(Math.abs(pa.data[i] - pb.data[i]), Math.abs(pa.data[i + 1] - pb.data[i + 1]), Math.abs(pa.data[i + 2] - pb.data[i + 2]));
    if (d > tolerance) differing++;
  }
  return differing / (pa.width * pa.height);
}
