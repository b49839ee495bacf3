import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';

// Locked-down office machines often have no GPU and WebGL switched off: the atlas must still
// answer its questions there, as a table in place of the map.

interface T {
  id: string;
  name: string;
  practices: { column: string; status: string; themes: string[] }[];
}
const dataset = JSON.parse(readFileSync('data/practices.json', 'utf8')) as { territories: T[] };
const territory = (id: string) => dataset.territories.find((t) => t.id === id)!;

describe.runIf(browserTestsEnabled())('without WebGL', () => {
  let page: Page;
  const session = chromiumSession(['--disable-gpu', '--disable-3d-apis']);
  const baseUrl = inject('baseUrl');
  const errors: string[] = [];
  const table = () => page.locator('main section[aria-labelledby="table-title"]');
  const row = (id: string) => table().locator(`tr:has(button[data-territory="${id}"])`);

  async function open(width: number, height: number, hash = '') {
    const fresh = await session.freshPage(width, height);
    page = fresh.page;
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseUrl + hash);
    await table().waitFor();
  }

  it('really has no WebGL with these switches', async () => {
    await open(1280, 800);
    const gl = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
    });
    expect(gl).toBe(false);
    await expect(page.locator('.maplibregl-canvas').count()).resolves.toBe(0);
  });

  it('says so in French and shows every territory in a table in the main area', async () => {
    const status = page.locator('main [role="status"]');
    await expect(status.textContent()).resolves.toContain("Ce navigateur ne permet pas d'afficher la carte (WebGL indisponible).");
    await expect(table().locator('tbody tr:has(button)').count()).resolves.toBe(33);
    await expect(row('pays-mellois').locator('td').first().textContent()).resolves.toBe(String(territory('pays-mellois').practices.length));
    const box = await table().boundingBox();
    expect(box!.x).toBeGreaterThan(250); // beside the sidebar, not in it
    expect(box!.width).toBeGreaterThan(600);
  });

  it('opens a territory from the table, with its practices, and closes it', async () => {
    await row('pays-mellois').locator('button').click();
    const panel = page.locator('aside');
    await expect(panel.locator('h2').textContent()).resolves.toBe(territory('pays-mellois').name);
    await expect(panel.locator('li.practice').count()).resolves.toBe(territory('pays-mellois').practices.length);
    await expect.poll(() => page.url()).toContain('t=pays-mellois');
    await panel.getByRole('button', { name: 'Fermer le panneau' }).click();
    await expect(panel.count()).resolves.toBe(0);
  });

  it('keeps the status and theme filters working on the table', async () => {
    const inPlace = (id: string) => territory(id).practices.filter((p) => p.status === 'en-place').length;
    await page.getByText('En place seulement').click();
    await expect(row('pays-mellois').locator('td').first().textContent()).resolves.toBe(String(inPlace('pays-mellois')));
    await page.getByText('En place seulement').click();

    await page.locator('input[data-theme="sig"]').check();
    const withSig = dataset.territories.filter((t) => t.practices.some((p) => p.themes.includes('sig'))).map((t) => t.id);
    await expect(table().locator('thead th').allTextContents()).resolves.toContain('Des thèmes choisis');
    const faded = await table().locator('tr.faded button').evaluateAll((els) => els.map((e) => e.getAttribute('data-territory')));
    expect(faded.sort()).toEqual(dataset.territories.map((t) => t.id).filter((id) => !withSig.includes(id)).sort());
    await expect.poll(() => page.url()).toContain('themes=sig');
    await page.locator('input[data-theme="sig"]').uncheck();
  });

  it('keeps search and exports, when the app has them', async () => {
    const search = page.locator('input[type="search"]');
    if ((await search.count()) > 0) {
      await search.fill('Thouarsais');
      await page.locator('[role="option"]').first().waitFor();
      await search.press('Enter');
      await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-thouarsais').name);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
    const exportMenu = page.locator('details.export');
    if ((await exportMenu.count()) > 0) {
      await exportMenu.locator('summary').click();
      const buttons = await exportMenu.locator('button').allTextContents();
      expect(buttons.some((b) => /CSV/.test(b))).toBe(true);
      // A picture of the map cannot be made without the map.
      expect(buttons.some((b) => /PNG/.test(b))).toBe(false);
      const download = page.waitForEvent('download');
      await exportMenu.locator('button', { hasText: 'CSV' }).click();
      expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    }
  });

  it('puts the table in the main area on a phone too, with the panel as a bottom sheet', async () => {
    await open(390, 780, '#t=pays-gatine');
    const box = await table().boundingBox();
    expect(box!.x).toBeLessThan(40);
    expect(box!.width).toBeGreaterThan(330);
    await expect(table().isVisible()).resolves.toBe(true);
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-gatine').name);
    await page.keyboard.press('Escape');
    await row('pays-thouarsais').locator('button').click();
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-thouarsais').name);
    expect(errors).toEqual([]);
  });
});
