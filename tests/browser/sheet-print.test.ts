import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { openApp, SHOT_DIR } from './app';
import { seriousViolations } from './axe';
import { MM_TO_PT, pageCount, pagesAsImages, pdfText, popplerAvailable, type PdfText } from './pdf';

// The sheets are printed by the browser: the test opens the app's sheet views, prints them with
// Chromium and reads the PDF: its pages, and where each line of text lies on them.

/** The page margins of the sheets' @page rule, top and bottom. */
const MARGIN_MM = 11;
/** pdftotext boxes a line by its font's ascent and descent, a little outside the CSS line box. */
const SLACK_PT = 2;

/**
 * Lines drawn across the top or bottom edge of the page area: a line cut by a page break is drawn
 * on both pages, each time partly in the margin (only the page area shows it).
 */
function cutLines({ height, lines }: PdfText): string[] {
  const [top, bottom] = [MARGIN_MM * MM_TO_PT - SLACK_PT, height - MARGIN_MM * MM_TO_PT + SLACK_PT];
  return lines.filter((l) => l.yMin < top || l.yMax > bottom).map((l) => `page ${l.page}: « ${l.text} » (${l.yMin.toFixed(1)}–${l.yMax.toFixed(1)} pt)`);
}

describe.runIf(browserTestsEnabled())('printed sheets', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();
  const poppler = popplerAvailable();

  async function print(hash: string, ready: string): Promise<{ page: Page; pdf: Buffer; errors: string[] }> {
    const { page, errors } = await session.freshPage();
    await page.goto(baseUrl + hash);
    await page.waitForSelector(ready, { timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { page, pdf, errors };
  }

  it('prints the sheet of the territory with the most text on at most two A4 pages, with a vector map and nothing of the app', async () => {
    const { page, pdf, errors } = await print('#v=fiche&t=pays-thouarsais', '.sheet-view .sheet .svg-map');
    expect(errors).toEqual([]);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
    // A vector locator, never a canvas (a WebGL canvas prints blank).
    expect(await page.locator('.sheet canvas').count()).toBe(0);
    expect(await page.locator('.sheet .svg-map path[data-territory]').count()).toBe(33);
    if (!poppler) return;
    const text = pdfText(pdf);
    const printed = text.lines.map((l) => l.text).join('\n');
    expect(printed).toContain('Pays Thouarsais');
    expect(printed).toContain('Ressources humaines');
    // The app's header, buttons and sidebar stay on the screen.
    expect(printed).not.toContain('Retour à la carte');
    expect(printed).not.toContain('Couches thématiques');
    expect(cutLines(text)).toEqual([]);
    pagesAsImages(pdf, `${SHOT_DIR}/fiche-pays-thouarsais`, { first: 1, last: pages });
  });

  it('prints the whole set as a cover with the region map and contents, then every territory on fresh pages, no line cut', async () => {
    const { page, pdf, errors } = await print('#v=fiches', '.sheet-set .page:nth-child(34) .svg-map');
    expect(errors).toEqual([]);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(34);
    const tops = await page.locator('.sheet-set .page').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(tops).toHaveLength(33);
    expect(new Set(tops)).toEqual(new Set(['page']));
    const contents = await page.locator('nav ol li').allTextContents();
    expect(contents).toHaveLength(33);
    expect(contents[0]).toContain('Grand Angoulême');
    expect(await page.locator('.cover .svg-map path[data-territory]').count()).toBe(33);
    if (!poppler) return;
    const text = pdfText(pdf);
    expect(cutLines(text)).toEqual([]);
    // Each territory's title (the only text this large after the cover) opens a page of its own, in the contents' order.
    const titles = await page.locator('.sheet-set .sheet h2').allTextContents();
    const printedTitles = new Map<number, string>();
    for (const l of text.lines.filter((l) => l.page > 1 && l.yMax - l.yMin > 15)) {
      printedTitles.set(l.page, [printedTitles.get(l.page), l.text].filter(Boolean).join(' '));
    }
    expect([...printedTitles.values()]).toEqual(titles);
    pagesAsImages(pdf, `${SHOT_DIR}/fiches`, { first: 1, last: 3 });
  });

  it('opens from the panel and prints the sheet, from the header for the set, and goes back to the map', async () => {
    const { page, errors } = await session.freshPage();
    await page.addInitScript(() => {
      const w = window as unknown as { print: () => void; __printed: number };
      w.__printed = 0;
      w.print = () => void w.__printed++;
    });
    await openApp(page, baseUrl, '#t=pays-mellois');
    await page.getByRole('button', { name: 'Imprimer la fiche' }).click();
    await page.locator('.sheet-view .sheet .svg-map').waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#t=pays-mellois&v=fiche(&map=.*)?$/);
    expect(await page.getByRole('heading', { level: 2, name: 'Pays Mellois' }).count()).toBe(1);
    await page.getByRole('button', { name: '← Retour à la carte' }).click();
    await expect.poll(() => page.locator('.sheet-view').count()).toBe(0);
    expect(await page.locator('.panel-slot').getByRole('heading', { name: 'Pays Mellois' }).count()).toBe(1);

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Fiches' }).click();
    await page.getByRole('button', { name: 'Imprimer les 33 fiches' }).click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(2);
    await page.getByRole('navigation', { name: 'Sommaire' }).getByRole('link', { name: 'Pays Thouarsais' }).click();
    // The contents scroll to the sheet without leaving the view.
    await expect.poll(() => page.locator('#fiche-pays-thouarsais').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
    expect(await page.evaluate(() => location.hash)).toContain('v=fiches');
    expect(errors).toEqual([]);
  });

  it('has no serious or critical accessibility violation on a sheet', async () => {
    // axe needs a page of a context of its own.
    const { page: first } = await session.freshPage();
    const context = await first.context().browser()!.newContext({ viewport: { width: 1366, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseUrl + '#v=fiche&t=pays-thouarsais');
    await page.locator('.sheet-view .sheet .svg-map').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
