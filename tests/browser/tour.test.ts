import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession, enableTestHooks } from './chromium';
import { interiorPoint, openApp, SHOT_DIR, waitForMapIdle } from './app';
import { seriousViolations } from './axe';

// The guided tour as a presenter uses it: the header's button, Suivant, the browser's Back, the
// keyboard, a link to a step, and the tour inside a partner's frame.

const story = JSON.parse(readFileSync('data/story.json', 'utf8')) as { steps: { title: string; view: string }[] };
const titles = story.steps.map((s) => s.title);
const count = `/${titles.length}`;

type MapHandle = { getCenter(): { lng: number; lat: number }; getZoom(): number; project(p: [number, number]): { x: number; y: number } };
const camera = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: MapHandle }).__atlasMap;
    const { lng, lat } = map.getCenter();
    return { lng, lat, zoom: map.getZoom() };
  });
const canvasShot = (page: Page) => page.locator('.maplibregl-canvas').screenshot();
const hashStep = async (page: Page) => Number(/(?:^#|&)tour=(\d+)/.exec(await page.evaluate(() => location.hash))?.[1] ?? 0);

describe.runIf(browserTestsEnabled())('guided tour', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('opens from the header; three presses on Suivant change the map and the address; Back returns to the previous step', async () => {
    const { page, errors } = await session.freshPage();
    await openApp(page, baseUrl);
    await page.getByRole('button', { name: 'Visite guidée' }).click();
    const card = page.getByRole('region', { name: 'Visite guidée' });
    await expect.poll(() => card.getByText(`étape 1${count}`).count()).toBe(1);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('tour=1');
    await waitForMapIdle(page);
    let before = await canvasShot(page);
    for (let k = 2; k <= 4; k++) {
      await card.getByRole('button', { name: 'Suivant' }).click();
      await expect.poll(() => hashStep(page), { timeout: 5000 }).toBe(k);
      await expect(card.getByRole('heading').textContent()).resolves.toBe(titles[k - 1]);
      // The step's view is in the address, so that the slide can be linked.
      const hash = await page.evaluate(() => location.hash);
      for (const pair of story.steps[k - 1].view.replace(/^#/, '').split('&').filter(Boolean)) expect(hash).toContain(pair);
      await waitForMapIdle(page);
      const after = await canvasShot(page);
      expect(after.equals(before), `the map is redrawn for step ${k}`).toBe(false);
      before = after;
    }
    await page.screenshot({ path: `${SHOT_DIR}/tour-step-4.png` });

    await page.goBack();
    await expect.poll(() => hashStep(page)).toBe(3);
    await expect.poll(() => card.getByRole('heading').textContent()).toBe(titles[2]);
    expect(await card.getByText(`étape 3${count}`).count()).toBe(1);
    expect(await page.evaluate(() => location.hash)).toContain('themes=sig');

    // The arrow keys move between steps and Escape leaves the tour.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => hashStep(page)).toBe(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => hashStep(page)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('frames what a step is about, jumping there when the user asks for less motion', async () => {
    const { page, errors } = await session.freshPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, baseUrl, '#tour=5');
    const card = page.getByRole('region', { name: 'Visite guidée' });
    await expect.poll(() => card.getByRole('heading').textContent()).toBe(titles[4]);
    const region = await camera(page);
    await card.getByRole('button', { name: 'Suivant' }).click();
    // « Autour de Niort »: the agglomération and its neighbours fill the map, clear of the panel.
    await expect.poll(async () => (await camera(page)).zoom, { timeout: 5000 }).toBeGreaterThan(region.zoom + 0.5);
    await waitForMapIdle(page);
    const niort = await page.evaluate((p) => (window as unknown as { __atlasMap: MapHandle }).__atlasMap.project(p), interiorPoint('ca-niort'));
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    // In sight: on the map, and under neither the panel nor the comparison that lie over it.
    expect(niort.x).toBeGreaterThan(0);
    expect(niort.x).toBeLessThan(map.width);
    expect(niort.y).toBeGreaterThan(0);
    expect(niort.y).toBeLessThan(map.height);
    const point = { x: map.x + niort.x, y: map.y + niort.y };
    for (const over of ['.panel-slot', '.comparison-slot']) {
      const box = await page.locator(over).boundingBox();
      if (!box) continue;
      const covered = point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
      expect(covered, `Niort under ${over}`).toBe(false);
    }
    expect(errors).toEqual([]);
  });

  it('has no serious or critical accessibility violation with the tour open', async () => {
    // axe needs a page of a context of its own.
    const { page: first } = await session.freshPage();
    const context = await first.context().browser()!.newContext({ viewport: { width: 1366, height: 800 } });
    await enableTestHooks(context);
    const page = await context.newPage();
    await openApp(page, baseUrl, '#tour=2');
    await page.getByRole('region', { name: 'Visite guidée' }).waitFor();
    await page.locator('[aria-live="polite"] h2').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('runs in a partner’s frame from ?embed=1&tour=1', async () => {
    const { page, errors } = await session.freshPage();
    await page.setContent(`<!doctype html><title>Partenaire</title><iframe src="${baseUrl}?embed=1&tour=1" width="1000" height="640"></iframe>`);
    const frame = page.frameLocator('iframe');
    const card = frame.getByRole('region', { name: 'Visite guidée' });
    await expect.poll(() => card.getByText(`étape 1${count}`).count(), { timeout: 30_000 }).toBe(1);
    // Embedded: no header, the card over the map.
    expect(await frame.locator('header.top').count()).toBe(0);
    await card.getByRole('button', { name: 'Suivant' }).click();
    const inner = page.frames().find((f) => f !== page.mainFrame())!;
    await expect.poll(() => inner.evaluate(() => location.hash)).toContain('tour=2');
    await expect.poll(() => inner.evaluate(() => location.hash)).toContain('mode=type');
    await page.screenshot({ path: `${SHOT_DIR}/tour-embed.png` });
    expect(errors).toEqual([]);
  });
});
