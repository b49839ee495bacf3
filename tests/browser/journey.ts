import type { Page } from 'playwright-core';
import { interiorPoint, pixelOf, waitForMapIdle } from './app';

/** Clicks a control if the app has it: views still being built are exercised as soon as they land. */
async function clickIfPresent(page: Page, selector: string): Promise<boolean> {
  const target = page.locator(selector).first();
  if ((await target.count()) === 0 || !(await target.isVisible())) return false;
  await target.click();
  return true;
}

/**
 * Uses every part of the app a visitor can reach, on the map build: canvas click, hover, themes,
 * mode, status filter, legend, comparison, and, when present, search, exports, sharing and pages.
 * Returns what it could exercise, so that tests can say which views they covered.
 */
export async function useEverything(page: Page): Promise<string[]> {
  const used: string[] = [];
  const [x, y] = Object.values(await pixelOf(page, interiorPoint('pays-mellois'))) as [number, number];
  await page.mouse.move(x, y);
  await page.locator('[role="tooltip"]').waitFor();
  await page.mouse.click(x, y);
  await page.locator('aside h2').waitFor();
  used.push('panel');

  await page.locator('input[data-theme="sig"]').check();
  await page.locator('label:has(input[name="mode"][value="type"])').click();
  await page.getByText('En place seulement').click();
  await page.locator('section.legend li button').first().click();
  await page.locator('section.legend li button').first().click();
  await page.getByText('En place seulement').click();
  await page.locator('label:has(input[name="mode"][value="intensite"])').click();
  used.push('filters');

  await page.getByRole('button', { name: 'Comparer avec les voisins' }).click();
  await page.locator('#matrix-title').waitFor();
  await page.getByRole('button', { name: 'Zoomer', exact: true }).click();
  await waitForMapIdle(page);
  used.push('comparison');

  const search = page.locator('input[type="search"]');
  if ((await search.count()) > 0 && (await search.isVisible())) {
    await search.fill('Gâtine');
    await page.locator('[role="option"]').first().waitFor();
    await search.press('Enter');
    await search.fill('piscine');
    await page.locator('[role="option"]').first().waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    used.push('search');
  }

  const exportMenu = page.locator('details.export, details:has(> summary:text-is("Exporter"))').first();
  if ((await exportMenu.count()) > 0) {
    const buttons = exportMenu.locator('button');
    await exportMenu.locator('summary').click();
    const labels = await buttons.allTextContents();
    for (const label of labels) {
      if (!(await exportMenu.evaluate((d) => (d as HTMLDetailsElement).open))) await exportMenu.locator('summary').click();
      const download = page.waitForEvent('download', { timeout: 20_000 });
      await buttons.filter({ hasText: label }).click();
      await download;
    }
    used.push('exports');
  }

  if (await clickIfPresent(page, 'header button:text-is("Partager")')) {
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    await dialog.locator('button:text-is("Copier")').first().click();
    await dialog.locator('button:text-is("Fermer")').click();
    await dialog.waitFor({ state: 'detached' });
    used.push('share');
  }

  for (const [name, hash, view] of [
    ['Statistiques', 'v=statistiques', 'statistics'],
    ['À propos / méthode', 'v=methode', 'method'],
  ] as const) {
    if (await clickIfPresent(page, `nav[aria-label="Pages"] button:text-is("${name}")`)) {
      await page.waitForFunction((h) => location.hash.includes(h), hash);
      // The pages are loaded on demand: wait for their chunk and their first paint.
      await page.waitForLoadState('networkidle');
      used.push(view);
    }
  }
  await clickIfPresent(page, 'nav[aria-label="Pages"] button:text-is("Carte")');

  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await waitForMapIdle(page);
  return used;
}
