import type { Page } from 'playwright-core';

/** What the measurement needs from the bench's driver. */
export interface CompareDriver {
  /** Waits until the map is idle, its frames drawn and the page's deferred work done. */
  settle: (page: Page) => Promise<void>;
  /** Page coordinates of a geographic point on the map. */
  pixelOf: (page: Page, lngLat: [number, number]) => Promise<{ x: number; y: number }>;
}

/**
 * In the page: from the click's own timestamp to the frame that shows the comparison matrix's
 * table, the matrix code being loaded on demand (fetched and run once off-screen after a panel opened).
 * Plain JavaScript in a string, over the helpers of in-page.js: the page gets it as is, without
 * what the TypeScript loader adds.
 */
const ARM_MATRIX = `(() => {
  const { afterPaint, firstInput } = window.__bench;
  const input = firstInput(['click']);
  const drawn = () => document.querySelector('section[aria-labelledby="matrix-title"] table tbody tr') !== null;
  window.__bench.pending = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout: comparison matrix')), 10000);
    const observer = new MutationObserver(() => {
      if (input.get() === null || !drawn()) return;
      observer.disconnect();
      clearTimeout(timer);
      afterPaint().then((t1) => resolve(t1 - input.get()));
    });
    observer.observe(document.body, { subtree: true, childList: true });
  }).finally(() => input.stop());
})()`;

/**
 * For each territory: opens its panel, then times the click on « Comparer avec les voisins » until
 * the matrix is drawn; closes the comparison and the panel before the next one.
 */
export async function compareWithNeighbours(
  page: Page,
  targets: readonly { id: string; point: [number, number] }[],
  driver: CompareDriver,
): Promise<number[]> {
  const times: number[] = [];
  for (const { point } of targets) {
    const p = await driver.pixelOf(page, point);
    await page.mouse.click(p.x, p.y);
    const button = page.getByRole('button', { name: 'Comparer avec les voisins' });
    await button.waitFor();
    const box = (await button.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await driver.settle(page);
    await page.evaluate(ARM_MATRIX);
    await page.mouse.down();
    await page.mouse.up();
    times.push(await page.evaluate('window.__bench.pending'));
    // Escape closes the panel, then the comparison.
    await page.keyboard.press('Escape');
    await page.locator('aside').waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.locator('section[aria-labelledby="matrix-title"]').waitFor({ state: 'detached' });
    await driver.settle(page);
  }
  return times;
}
