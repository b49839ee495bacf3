import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession, launchChromium } from './chromium';
import { SHOT_DIR, openApp, waitForMapIdle } from './app';

interface Practice {
  id: string;
  text: string;
  themes: string[];
}
const dataset = JSON.parse(readFileSync('data/practices.json', 'utf8')) as {
  themes: { id: string; label: string }[];
  territories: { id: string; name: string; practices: Practice[] }[];
};
const territory = (id: string) => dataset.territories.find((t) => t.id === id)!;

const FIVE = ['pays-civraisien', 'pays-mellois', 'pays-montmorillonnais', 'pays-ruffecois', 'pays-charente-limousine'];
const FIVE_LINK = `#t=pays-civraisien&cmp=${FIVE.join(',')}`;

const matrix = (page: Page) => page.locator('section[aria-labelledby="matrix-title"]');
/** The theme labels of the matrix's rows, top to bottom. */
const rowLabels = (page: Page) => matrix(page).locator('tbody th[scope="row"]').allTextContents();
const compared = (page: Page) => decodeURIComponent(new URL(page.url()).hash).match(/cmp=([^&]+)/)?.[1].split(',') ?? [];

describe.runIf(browserTestsEnabled())('comparison matrix in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('shows the five territories of the link and the region as 5 + 1 columns of 17 themes, beside a map that keeps half the window', async () => {
    const { page, errors } = await session.freshPage(1440, 900);
    await openApp(page, baseUrl, FIVE_LINK);
    await matrix(page).locator('table').waitFor();
    const heads = matrix(page).locator('thead th[scope="col"]:not(.corner)');
    await expect(heads.count()).resolves.toBe(5 + 1);
    await expect(heads.last().textContent()).resolves.toContain('Poitou-Charentes');
    // Each territory's column says its letter, which its label on the map carries too.
    for (const [i, id] of FIVE.entries()) {
      const letter = 'ABCDE'[i];
      await expect(heads.nth(i).locator('.key').textContent()).resolves.toBe(letter);
      await expect(heads.nth(i).locator('button.name').getAttribute('title')).resolves.toBe(territory(id).name);
      await expect(page.locator(`.map-label[data-territory="${id}"] .map-label-key`).textContent()).resolves.toBe(letter);
    }
    await expect(page.locator('.map-label[data-territory="ca-niort"] .map-label-key').count()).resolves.toBe(0);
    await expect(matrix(page).locator('tbody tr').count()).resolves.toBe(dataset.themes.length);
    expect(dataset.themes).toHaveLength(17);

    await waitForMapIdle(page);
    const layout = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().toJSON() ?? null;
      return {
        canvas: rect('.maplibregl-canvas'),
        matrix: rect('.comparison-slot'),
        panel: rect('.panel-slot'),
        pageWidth: document.documentElement.scrollWidth,
      };
    });
    // What is left of the map between the panel (in the sidebar's place) and the matrix.
    const left = Math.max(layout.canvas.left, layout.panel!.right);
    const right = Math.min(layout.canvas.right, layout.matrix!.left);
    expect((right - left) / 1440).toBeGreaterThanOrEqual(0.5);
    expect(layout.canvas.height / 900).toBeGreaterThanOrEqual(0.5);
    expect(layout.pageWidth).toBeLessThanOrEqual(1440);
    // The panel stays usable beside them.
    await expect(page.getByRole('button', { name: 'Comparer avec les voisins' }).isVisible()).resolves.toBe(true);

    // The map frames the compared set in the part the matrix leaves.
    const labels = await page.evaluate(
      (ids) => ids.map((id) => document.querySelector(`.map-label[data-territory="${id}"]`)!.getBoundingClientRect().toJSON()),
      FIVE,
    );
    for (const box of labels) {
      expect(box.left).toBeGreaterThanOrEqual(left);
      expect(box.right).toBeLessThanOrEqual(right);
    }
    // The others fade, on the map as in the territory list that stands for it.
    const faded = await page
      .locator('nav[aria-label="Liste des territoires enquêtés"] li.faded button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-territory')));
    expect(faded.sort()).toEqual(dataset.territories.map((t) => t.id).filter((id) => !FIVE.includes(id)).sort());
    await page.screenshot({ path: `${SHOT_DIR}/comparison-matrix.png` });
    expect(errors).toEqual([]);
  });

  it('reorders the rows, keeps the order in the link, and after a reload', async () => {
    const { page } = await session.freshPage(1440, 900);
    await openApp(page, baseUrl, `#cmp=${FIVE.join(',')}`);
    await matrix(page).locator('table').waitFor();
    const themeOrder = await rowLabels(page);
    expect(themeOrder).toEqual(dataset.themes.map((t) => t.label));
    await matrix(page).getByLabel('Lignes').selectOption('diff');
    const differences = await rowLabels(page);
    expect(differences).not.toEqual(themeOrder);
    expect([...differences].sort()).toEqual([...themeOrder].sort());
    await expect.poll(() => page.url()).toContain('lignes=diff');
    await page.reload();
    await matrix(page).locator('table').waitFor();
    await expect(rowLabels(page)).resolves.toEqual(differences);
    await expect(matrix(page).getByLabel('Lignes').inputValue()).resolves.toBe('diff');
  });

  it('lists the practices behind a cell in its popover, and opens the panel at them', async () => {
    const { page } = await session.freshPage(1440, 900);
    await openApp(page, baseUrl, `#cmp=${FIVE.join(',')}`);
    await matrix(page).locator('table').waitFor();
    const theme = dataset.themes.find((t) => t.id === 'commande-publique')!;
    const expected = territory('pays-mellois').practices.filter((p) => p.themes.includes(theme.id));
    expect(expected.length).toBeGreaterThan(1);
    // Mellois is the second territory added: the second cell of the row.
    const cell = matrix(page).locator(`tbody tr:has(th:text-is("${theme.label}")) td`).nth(1).locator('button');
    await cell.hover();
    const popover = page.locator('.cell-popover');
    await expect(popover.locator('.title').textContent()).resolves.toBe(`${territory('pays-mellois').name} · ${theme.label}`);
    const items = await popover.locator('li').allTextContents();
    expect(items).toHaveLength(expected.length);
    for (const [i, p] of expected.entries()) expect(items[i]).toContain(p.text);
    await cell.click();
    await expect(page.locator('aside h2').textContent()).resolves.toBe(territory('pays-mellois').name);
    const outlined = await page.locator('aside li.practice.focused').evaluateAll((els) => els.map((e) => e.getAttribute('data-practice')));
    expect(outlined.sort()).toEqual(expected.map((p) => p.id).sort());
  });

  it('names the Pays Mellois\u2019s closest profiles, and adds one to the matrix and the link', async () => {
    const { page } = await session.freshPage(1440, 900);
    await openApp(page, baseUrl, '#t=pays-mellois&cmp=pays-mellois,ca-niort');
    const twins = page.locator('section[aria-labelledby="twins-title"]');
    await twins.locator('li').first().waitFor();
    const names = await twins.locator('li .name').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.length).toBeLessThanOrEqual(5);
    const known = new Set(dataset.territories.map((t) => t.name));
    for (const name of names) expect(known.has(name)).toBe(true);
    expect(names).not.toContain('Pays Mellois');
    await expect(twins.locator('li .shared').first().textContent()).resolves.toMatch(/^partagent : /);

    const adding = names.find((n) => n !== territory('ca-niort').name)!;
    const id = dataset.territories.find((t) => t.name === adding)!.id;
    await twins.getByRole('button', { name: `Ajouter ${adding} à la comparaison` }).click();
    await expect.poll(() => compared(page)).toEqual(['pays-mellois', 'ca-niort', id]);
    await expect(matrix(page).locator('thead button.name').evaluateAll((els) => els.map((e) => e.getAttribute('title')))).resolves.toEqual([
      'Pays Mellois',
      territory('ca-niort').name,
      adding,
    ]);

    // The panel's button compares the territory with all its closest profiles at once.
    await page.getByRole('button', { name: 'Comparer avec les profils proches' }).click();
    await expect.poll(() => compared(page)).toEqual(['pays-mellois', ...names.map((n) => dataset.territories.find((t) => t.name === n)!.id)]);
  });

  it('refuses a 7th territory in words, and keeps the six', async () => {
    const { page } = await session.freshPage(1440, 900);
    const six = [...FIVE, 'ca-poitiers'];
    await openApp(page, baseUrl, `#t=ca-niort&cmp=${six.join(',')}`);
    await page.getByRole('button', { name: 'Ajouter à la comparaison' }).click();
    const status = page.locator('aside p[role="status"]').filter({ hasText: 'maximum' });
    await expect(status.textContent()).resolves.toContain(territory('ca-niort').name);
    await expect(status.isVisible()).resolves.toBe(true);
    await page.waitForTimeout(200);
    expect(compared(page)).toEqual(six);
  });

  it('downloads the comparison as CSV and PNG, named like the other exports', async () => {
    const { page } = await session.freshPage(1440, 900);
    await openApp(page, baseUrl, `#cmp=${FIVE.join(',')}`);
    await matrix(page).locator('table').waitFor();
    for (const kind of ['CSV', 'PNG']) {
      const [file] = await Promise.all([page.waitForEvent('download'), matrix(page).getByRole('button', { name: kind, exact: true }).click()]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`^mutualisations-2008-comparaison-5-territoires-\\d{4}-\\d\\d-\\d\\d\\.${kind.toLowerCase()}$`));
    }
  });

  it('on a phone, keeps the map on top and the matrix in the bottom sheet, scrolling sideways under a fixed theme column', async () => {
    const { page } = await session.freshPage(390, 844);
    await openApp(page, baseUrl, `#cmp=${[...FIVE, 'ca-poitiers'].join(',')}`);
    await matrix(page).locator('table').waitFor();
    await waitForMapIdle(page);
    await page.screenshot({ path: `${SHOT_DIR}/comparison-phone.png` });
    const scroller = matrix(page).locator('.scroll').first();
    const before = await page.evaluate(() => ({
      sheet: document.querySelector('.comparison-slot')!.getBoundingClientRect().toJSON(),
      canvas: document.querySelector('.maplibregl-canvas')!.getBoundingClientRect().toJSON(),
      pageWidth: document.documentElement.scrollWidth,
    }));
    expect(before.sheet.bottom).toBeCloseTo(844, 0);
    expect(before.sheet.top).toBeGreaterThan(before.canvas.top + 200);
    expect(before.pageWidth).toBeLessThanOrEqual(390);
    const firstColumn = async () => (await matrix(page).locator('tbody th').first().boundingBox())!.x;
    const firstKey = async () => (await matrix(page).locator('thead th .key').first().boundingBox())!.x;
    const [x, key] = [await firstColumn(), await firstKey()];
    const scrolled = await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth - el.clientWidth));
    expect(scrolled).toBeGreaterThan(0);
    // The territories slide under the theme names, which stay.
    await expect(firstColumn()).resolves.toBe(x);
    await expect(firstKey()).resolves.toBeCloseTo(key - scrolled, 0);
  });

  it('has no serious or critical axe violation on the comparison', async () => {
    // axe-core opens a page of its own in the context: one made for this test.
    const browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openApp(page, baseUrl, FIVE_LINK);
    await matrix(page).locator('table').waitFor();
    await page.locator('section[aria-labelledby="twins-title"] li').first().waitFor();
    await matrix(page).locator('summary').click();
    const { violations } = await new AxeBuilder({ page })
      .include('section[aria-labelledby="matrix-title"]')
      .include('aside')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .options({ resultTypes: ['violations'] })
      .analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1).join(' ')}`));
    await browser.close();
    expect(serious).toEqual([]);
  });
});
