import { describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { openApp, SHOT_DIR } from './app';
import { pageCount, pagesAsImages, pdfText, popplerAvailable } from './pdf';

// Printing with a comparison open gives the matrix alone, on one landscape page.

describe.runIf(browserTestsEnabled())('printed comparison', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();
  const poppler = popplerAvailable();

  it('prints the matrix of six territories alone on one A4 landscape page', async () => {
    const { page, errors } = await session.freshPage();
    const six = 'ca-niort,pays-mellois,pays-haut-val-de-sevre,pays-gatine,pays-thouarsais,ca-poitiers';
    await openApp(page, baseUrl, `#cmp=${six}`);
    await page.locator('.print-landscape table').waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(errors).toEqual([]);
    expect(pageCount(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 84[12](\.\d+)? 59[45](\.\d+)?\s*\]/);
    if (!poppler) return;
    const printed = pdfText(pdf).lines.map((l) => l.text).join('\n');
    expect(printed).toContain('Comparaison de 6 territoires');
    expect(printed).toContain('Sport et randonnée');
    // Nothing of the map, the sidebar or the controls.
    expect(printed).not.toContain('Couches thématiques');
    expect(printed).not.toContain('CSV');
    pagesAsImages(pdf, `${SHOT_DIR}/comparaison`, { first: 1, last: 1 }, 60);
  });
});
