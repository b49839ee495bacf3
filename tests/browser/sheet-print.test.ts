import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';

// The sheets are printed by the browser: the test prints them with Chromium and reads the PDF's
// page boxes (one /Type /Page object per page) and text.

const HARNESS = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fiches</title></head>' +
  '<body><div id="app"></div><script type="module" src="/tests/browser/sheet-harness.ts"></script></body></html>';

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.runIf(browserTestsEnabled())('printed sheets', () => {
  let server: ViteDevServer;
  let baseUrl = '';
  const session = chromiumSession();

  beforeAll(async () => {
    server = await createServer({
      logLevel: 'warn',
      server: { port: 0, host: '127.0.0.1' },
      plugins: [
        {
          name: 'sheet-harness',
          configureServer(s) {
            s.middlewares.use('/sheets.html', async (req, res) => {
              res.setHeader('content-type', 'text/html');
              res.end(await s.transformIndexHtml(req.url ?? '/sheets.html', HARNESS));
            });
          },
        },
      ],
    });
    await server.listen();
    baseUrl = server.resolvedUrls!.local[0].replace(/\/$/, '');
  });
  afterAll(() => server?.close());

  async function print(query: string): Promise<{ page: Page; pdf: Buffer; errors: string[] }> {
    const { page, errors } = await session.freshPage();
    await page.goto(`${baseUrl}/sheets.html${query}`);
    await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { page, pdf, errors };
  }

  it('prints the sheet of the territory with the most text on at most two A4 pages', async () => {
    const { page, pdf, errors } = await print('?t=pays-thouarsais');
    expect(errors).toEqual([]);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
    // A vector locator, never a canvas (a WebGL canvas prints blank).
    expect(await page.locator('.sheet canvas').count()).toBe(0);
    expect(await page.locator('.sheet svg path').count()).toBeGreaterThan(30);
  });

  it('prints the whole set as a cover and one page or more per territory, each on a fresh page', async () => {
    const { page, pdf, errors } = await print('');
    expect(errors).toEqual([]);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(34);
    // Each sheet starts a page: its top lies at a page boundary of the printed flow.
    const tops = await page.locator('.sheet-set .page').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(tops).toHaveLength(33);
    expect(new Set(tops)).toEqual(new Set(['page']));
    const contents = await page.locator('nav ol li').allTextContents();
    expect(contents).toHaveLength(33);
    expect(contents[0]).toContain('Grand Angoulême');
  });
});
