import type { Page } from 'playwright-core';

/**
 * Share of pixels of two same-sized PNG screenshots whose colour differs by more than `tolerance`
 * (out of 255) on some channel, compared in the page's own canvas.
 */
export function differingShare(page: Page, a: Buffer, b: Buffer, tolerance = 32): Promise<number> {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const pixels = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [pa, pb] = [await pixels(a), await pixels(b)];
      if (pa.length !== pb.length) return 1;
      let differing = 0;
      for (let i = 0; i < pa.length; i += 4) {
        const d = Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2]));
        if (d > tolerance) differing++;
      }
      return differing / (pa.length / 4);
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  );
}
