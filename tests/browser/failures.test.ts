import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Route } from 'playwright-core';
import { browserTestsEnabled, enableTestHooks, launchChromium } from './chromium';

// A file that does not arrive, or arrives broken, must leave the visitor with an explanation and a
// way out, never a blank page; and retrying must not lose the view their link described. Every
// failure's wording is checked in tests/data-files.test.ts; here, one of each kind, end to end.

const HASH = '#t=pays-gatine&themes=sig&cmp=pays-gatine,ca-niort';
// The map opens on the overview geometry: the detailed one loads only once zoomed in.
const topology = readFileSync('geo/overview.topojson', 'utf8');

const cases: { what: string; pattern: string; fail: (route: Route) => Promise<void>; message: RegExp }[] = [
  {
    what: 'the survey data is missing (404)',
    pattern: '**/practices-*.json',
    fail: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    message: /data\/practices\.json.*introuvable.*404/,
  },
  {
    what: 'the geometry is truncated',
    pattern: '**/overview-*.topojson',
    fail: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: topology.slice(0, 4000) }),
    message: /geo\/overview\.topojson.*illisible/,
  },
  {
    what: 'the composition file cannot be fetched (network error)',
    pattern: '**/composition-*.json',
    fail: (route) => route.abort('internetdisconnected'),
    message: /geo\/composition\.json.*n'a pas pu être téléchargé/,
  },
];

describe.runIf(browserTestsEnabled())('a data or geometry file that fails to load', () => {
  let browser: Browser;
  let page: Page;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    // Loading and retrying do not depend on the map: without WebGL the app skips drawing it,
    // which saves a CPU-rendered map per case.
    browser = await launchChromium(['--disable-gpu', '--disable-3d-apis']);
  });
  afterAll(async () => browser?.close());

  for (const c of cases) {
    it(`says so in French with a retry when ${c.what}, and the retry restores the linked view`, async () => {
      await page?.close();
      page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
      await enableTestHooks(page);
      const uncaught: string[] = [];
      page.on('pageerror', (e) => uncaught.push(e.message));
      await page.route(c.pattern, c.fail);
      await page.goto(baseUrl + HASH);

      const alert = page.locator('main[role="alert"]');
      await alert.waitFor({ timeout: 20_000 });
      await expect(alert.locator('h1').textContent()).resolves.toContain('Atlas des mutualisations');
      await expect(alert.textContent()).resolves.toMatch(c.message);
      await expect(alert.textContent()).resolves.toContain('Vérifiez votre connexion');
      const retry = alert.getByRole('button', { name: 'Réessayer' });
      await expect(retry.isVisible()).resolves.toBe(true);
      expect(new URL(page.url()).hash).toBe(HASH);

      // The file comes back: one click and the atlas opens on the view of the link.
      await page.unroute(c.pattern);
      await retry.click();
      await page.locator('aside h2').waitFor({ timeout: 20_000 });
      await expect(page.locator('aside h2').textContent()).resolves.toBe('Pays de Gâtine');
      // The SVG map (no WebGL here) and the comparison load on first use.
      await page.locator('main .svg-map path.territory').first().waitFor();
      await page.locator('section[aria-labelledby="matrix-title"]').waitFor();
      await expect(page.locator('main .svg-map path.territory').count()).resolves.toBe(33);
      await expect(page.locator('input[data-theme="sig"]').isChecked()).resolves.toBe(true);
      await expect(page.locator('section[aria-labelledby="matrix-title"]').count()).resolves.toBe(1);
      // MapLibre adds its own `map=` position; the user's choices are untouched.
      expect(new URL(page.url()).hash.replace(/&map=[^&]*$/, '')).toBe(HASH);
      expect(uncaught).toEqual([]);
    });
  }
});
