import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { interiorPoint, openApp, pixelOf, waitForMapIdle } from './app';

const focusedOnMap = (page: Page) => page.locator('[data-map-focus]').getAttribute('data-map-focus');
const hoverFeatures = (page: Page) =>
  page.evaluate(() => (window as unknown as { __atlasMap: { querySourceFeatures(s: string): unknown[] } }).__atlasMap.querySourceFeatures('hover').length);

describe.runIf(browserTestsEnabled())('keyboard and screen reader, in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('on the focused map the arrows go from territory to territory, outlined and announced; Enter opens it', async () => {
    const { page, errors } = await session.freshPage();
    await openApp(page, baseUrl, '#t=pays-thouarsais');
    // The map's keyboard is set up once the page is idle after the map's first idle.
    await page.locator('[data-map-focus]').waitFor({ state: 'attached' });
    await page.locator('.maplibregl-canvas').focus();
    // The first arrow starts from the open territory, the next one moves east.
    await page.keyboard.press('ArrowRight');
    await expect(focusedOnMap(page)).resolves.toBe('pays-thouarsais');
    await page.keyboard.press('ArrowRight');
    await expect(focusedOnMap(page)).resolves.toBe('pays-loudunais');
    await expect(page.locator('[aria-live="polite"][data-map-focus]').textContent()).resolves.toMatch(/^Pays Loudunais, \d+ pratiques?/);
    await expect(page.locator('.hint', { hasText: 'Entrée pour ouvrir' }).isVisible()).resolves.toBe(true);
    await page.waitForFunction(
      () => (window as unknown as { __atlasMap: { querySourceFeatures(s: string): unknown[] } }).__atlasMap.querySourceFeatures('hover').length > 0,
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('t=pays-loudunais'));
    await expect(page.locator('aside h2').textContent()).resolves.toBe('Pays Loudunais');
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('Tab');
    await expect(focusedOnMap(page)).resolves.toBe('');
    await expect(hoverFeatures(page)).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('skip links lead to the territory list and to the map from the first Tab', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl);
    await page.locator('nav.list [data-territory]').first().waitFor();
    await page.keyboard.press('Tab');
    const first = page.getByRole('button', { name: 'Aller à la liste des territoires' });
    await expect(first.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(first.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.closest('nav.list') !== null)).resolves.toBe(true);
    await page.getByRole('button', { name: 'Aller à la carte' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).resolves.toBe(true);
  });

  it('the sidebar says its unit and explains « n.c. » where it shows', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl, '#themes=habitat');
    await page.locator('.filter-count').waitFor();
    await expect(page.locator('.filter-count').textContent()).resolves.toMatch(/\d+ territoires? sur 33 retenus par les filtres/);
    const nc = await page.locator('nav.list abbr').count();
    if (nc > 0) await expect(page.locator('nav.list .note').textContent()).resolves.toMatch(/n\.c\. : non communiqué/);
    await expect(page.locator('nav.list .n').first().textContent()).resolves.toMatch(/pratiques?|n\.c\./);
  });

  it('a shared link with an open panel frames the territory where the click had put it', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl);
    // The Vals de Gartempe et Creuse lie east, where the panel opens: the click pans them beside it.
    await page.locator('nav.list [data-territory="pays-vals-de-gartempe-et-creuse"]').click();
    await page.waitForTimeout(900);
    await waitForMapIdle(page);
    const clicked = await pixelOf(page, interiorPoint('pays-vals-de-gartempe-et-creuse'));
    await page.waitForFunction(() => location.hash.includes('map='));
    const shared = await page.evaluate(() => location.href);
    const { page: second } = await session.freshPage();
    await openApp(second, shared.replace(/#.*/, ''), shared.slice(shared.indexOf('#')));
    await second.waitForTimeout(300);
    await waitForMapIdle(second);
    const reopened = await pixelOf(second, interiorPoint('pays-vals-de-gartempe-et-creuse'));
    expect(Math.abs(reopened.x - clicked.x)).toBeLessThan(6);
    expect(Math.abs(reopened.y - clicked.y)).toBeLessThan(6);
    // Beside the panel, not behind it.
    const panel = await second.locator('.panel-slot').boundingBox();
    expect(reopened.x).toBeLessThan(panel!.x);
  });
});
