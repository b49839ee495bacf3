import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { browserTestsEnabled, enableTestHooks, launchChromium } from './chromium';
import { seriousViolations } from './axe';

// RGAA, which binds French public-sector sites, follows WCAG 2.1 AA: that is the bar, checked by
// axe-core on every view, plus what axe cannot check: keyboard reach and a visible focus.

const mapReady = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __atlasMap?: { loaded(): boolean } }).__atlasMap?.loaded(), undefined, {
    timeout: 30_000,
  });

/** Whether the focused element shows where focus is: an outline or a focus ring of its own or its label's. */
const focusIndicator = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', visible: false };
    const shows = (e: Element) => {
      const s = getComputedStyle(e);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      if (!outline && s.boxShadow === 'none') return false;
      // A ring drawn outside the box is lost when an ancestor clips all around it (the map clips its canvas).
      const reach = outline ? parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset) : 2;
      if (reach <= 0) return true;
      const r = e.getBoundingClientRect();
      for (let a = e.parentElement; a; a = a.parentElement) {
        const as = getComputedStyle(a);
        if (as.overflowX === 'visible' && as.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        if (r.left - reach < c.left && r.top - reach < c.top && r.right + reach > c.right && r.bottom + reach > c.bottom) return false;
      }
      return true;
    };
    // Visually hidden radios (the mode switch) show focus on their label, via :focus-within.
    const hidden = getComputedStyle(el).opacity === '0';
    const label = el.closest('label');
    const name = el.getAttribute('aria-label') ?? (el instanceof HTMLInputElement && label ? label.textContent : el.textContent) ?? '';
    const what = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} « ${name.replace(/\s+/g, ' ').trim().slice(0, 50)} »`;
    return { what, visible: hidden ? Boolean(label && shows(label)) : shows(el) };
  });

describe.runIf(browserTestsEnabled())('accessibility', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const baseUrl = inject('baseUrl');

  // One page for the whole file, moved between views through the hash and the viewport size:
  // the map is loaded once, which is most of the cost on a CPU renderer.
  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    await enableTestHooks(context);
    page = await context.newPage();
  });
  afterAll(async () => browser?.close());
  /** Changes the view through the URL hash, as a shared link or Back would, without reloading. */
  const go = async (hash: string) => {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.waitForTimeout(150);
  };

  describe('axe-core finds no serious or critical violation', () => {
    it('on the map, with the panel, the theme layers and the comparison', async () => {
      await page.goto(baseUrl);
      await mapReady(page);
      // Everything open at once (faded list items, highlighted practices, the comparison matrix): one audit,
      // each audit costing seconds on a page this size.
      await go('#t=pays-gatine&themes=sig,habitat&mode=type&cmp=pays-gatine,ca-niort,pays-mellois&statuts=en-place');
      await page.locator('#matrix-title').waitFor();
      await page.locator('aside h2').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('on the other views, when the app has them: statistics, exports, search, method, sharing', async () => {
      const covered: string[] = [];
      const present = async (selector: string) => (await page.locator(selector).count()) > 0;
      const openPage = async (name: string) => {
        await page.locator(`nav[aria-label="Pages"] button:text-is("${name}")`).click();
        await page.waitForLoadState('networkidle');
      };
      const search = page.locator('input[type="search"]');
      // Views that can be open together are audited together.
      if (await present('nav[aria-label="Pages"] button:text-is("Statistiques")')) {
        await openPage('Statistiques');
        covered.push('statistics');
      }
      if (await present('details.export')) {
        await page.locator('details.export summary').click();
        covered.push('exports');
      }
      if (await present('input[type="search"]')) {
        await search.fill('piscine');
        await page.locator('[role="option"]').first().waitFor();
        covered.push('search');
      }
      if (covered.length) expect(await seriousViolations(page)).toEqual([]);
      if (covered.includes('search')) await search.fill('');
      if (covered.includes('exports')) await page.locator('details.export summary').click();

      const before = covered.length;
      if (await present('nav[aria-label="Pages"] button:text-is("À propos / méthode")')) {
        await openPage('À propos / méthode');
        covered.push('method');
      }
      if (await present('header button:text-is("Partager")')) {
        await page.locator('header button:text-is("Partager")').click();
        await page.locator('dialog[open]').waitFor();
        covered.push('share');
      }
      if (covered.length > before) expect(await seriousViolations(page)).toEqual([]);
      if (covered.includes('share')) {
        await page.keyboard.press('Escape');
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
      }
      console.info(`axe also covered: ${covered.join(', ') || 'nothing more'}`);
    });

    it('on a phone, with the panel as a bottom sheet', async () => {
      await page.setViewportSize({ width: 390, height: 780 });
      await go('#t=pays-gatine');
      await page.locator('aside h2').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 1366, height: 800 });
      await go('');
    });
  });

  describe('keyboard', () => {
    it('reaches the controls with Tab, each showing where focus is', async () => {
      if (!page.url().startsWith(baseUrl)) {
        await page.goto(baseUrl);
        await mapReady(page);
      }
      // Start from the top of the page, as on arrival.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const seen: { what: string; visible: boolean }[] = [];
      // Past the header, the mode switch, legend, filters and themes, into the territory list.
      const lastItem = page.locator('nav[aria-label="Liste des territoires enquêtés"] button').last();
      for (let i = 0; i < 80 && !(await lastItem.evaluate((e) => e === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
        seen.push(await focusIndicator(page));
      }
      // Then past the list: the map canvas and its controls.
      await page.locator('nav[aria-label="Liste des territoires enquêtés"] button').last().focus();
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        seen.push(await focusIndicator(page));
      }
      expect(seen.filter((s) => !s.visible)).toEqual([]);
      const reached = seen.map((s) => s.what).join('\n');
      expect(reached).toMatch(/canvas.*\n.*Zoomer/);
      for (const control of ['Intensité', '1 à 3', 'En place seulement', 'SIG et cadastre', 'Grand Angoulême']) expect(reached).toContain(control);
    });

    it('opens a territory with Enter on its list item and closes it with Escape, focus coming back', async () => {
      const list = page.locator('nav[aria-label="Liste des territoires enquêtés"]');
      const item = list.locator('button[data-territory="pays-mellois"]');
      // Tab to it from the previous item, as a keyboard user would.
      await list.locator('button[data-territory="pays-haut-val-de-sevre"]').focus();
      for (let i = 0; i < 5 && !(await item.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(item.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
      await page.keyboard.press('Enter');
      const heading = page.locator('aside h2');
      await expect(heading.textContent()).resolves.toBe('Pays Mellois');
      // Focus follows the panel's first frame (it forces a layout); it must get there on its own.
      await page.waitForFunction(() => document.activeElement?.id === 'panel-title', undefined, { timeout: 2000 });
      await expect.poll(() => page.url()).toContain('t=pays-mellois');
      // The panel's own controls are next in the tab order.
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Fermer le panneau');
      await page.keyboard.press('Escape');
      await expect(page.locator('aside').count()).resolves.toBe(0);
      await expect(item.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
      await expect.poll(() => page.url()).not.toContain('t=pays-mellois');
    });
  });

  describe('axe-core on the fallbacks', () => {
    it('finds nothing serious on the SVG map and the table that replace the map without WebGL', async () => {
      const noGl = await launchChromium(['--disable-gpu', '--disable-3d-apis']);
      try {
        const p = await (await noGl.newContext({ viewport: { width: 1366, height: 800 } })).newPage();
        await p.goto(`${baseUrl}#t=pays-mellois&themes=sig`);
        await p.locator('main .svg-map path.territory').first().waitFor();
        expect(await seriousViolations(p)).toEqual([]);
        await p.getByRole('button', { name: 'Tableau' }).click();
        await p.locator('#table-title').waitFor();
        expect(await seriousViolations(p)).toEqual([]);
      } finally {
        await noGl.close();
      }
    });

    it('finds nothing serious on the loading-error page', async () => {
      await page.route('**/practices-*.json', (r) => r.fulfill({ status: 404, body: '' }));
      await page.goto(baseUrl);
      await page.locator('main[role="alert"]').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});
