import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserTestsEnabled, enableTestHooks, launchChromium } from './chromium';
import { interiorPoint, openApp, pixelOf, waitForMapIdle } from './app';

// Survey text is data: a name or a practice holding markup must be printed, never parsed. The
// dataset is swapped on the wire, so the test goes through the real loading, list, panel,
// tooltip, comparison and search.

const PAYLOADS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];
const TARGET = 'pays-mellois';
const NAME = `Pays Mellois ${PAYLOADS[1]} ${PAYLOADS[2]}`;

interface RawTerritory {
  id: string;
  name: string;
  practices: { text: string }[];
}
function hostileDataset(): string {
  const data = JSON.parse(readFileSync('data/practices.json', 'utf8')) as { territories: RawTerritory[] };
  const t = data.territories.find((x) => x.id === TARGET)!;
  t.name = NAME;
  PAYLOADS.forEach((p, i) => (t.practices[i].text = `${p} ${t.practices[i].text}`));
  return JSON.stringify(data);
}

/** Elements or attributes a payload would have created had it been parsed as HTML. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    inlineScripts: [...document.querySelectorAll('script:not([src])')].length,
    images: [...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x').length,
    svgs: [...document.querySelectorAll('svg')].filter((s) => s.hasAttribute('onload')).length,
    fired: (window as unknown as { __alerted?: number }).__alerted ?? 0,
  }));

describe.runIf(browserTestsEnabled())('survey text with HTML/script payloads in the UI', () => {
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const baseUrl = inject('baseUrl');
  const clean = { handlers: 0, inlineScripts: 0, images: 0, svgs: 0, fired: 0 };

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await enableTestHooks(page);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Counts calls even if a dialog were suppressed.
    await page.addInitScript(() => {
      const w = window as unknown as { __alerted: number };
      w.__alerted = 0;
      window.alert = () => void w.__alerted++;
    });
    const body = hostileDataset();
    await page.route('**/practices-*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await openApp(page, baseUrl);
  });
  afterAll(async () => browser?.close());

  it('prints the name in the list and the panel, and the practices in the panel, literally', async () => {
    const item = page.locator(`button[data-territory="${TARGET}"]`);
    await expect(item.locator('.name').textContent()).resolves.toBe(NAME);
    await item.click();
    await expect(page.locator('aside h2').textContent()).resolves.toBe(NAME);
    const panelText = (await page.locator('aside').textContent())!;
    for (const p of PAYLOADS) expect(panelText).toContain(p);
    await expect(page.locator('aside li.practice p.text').first().textContent()).resolves.toMatch(/^<script>alert\(1\)<\/script> /);
    expect(await injected(page)).toEqual(clean);
  });

  it('prints them literally in the tooltip and the comparison', async () => {
    // Opening the territory may pan the map to it: aim once it has settled.
    await waitForMapIdle(page);
    const p = await pixelOf(page, interiorPoint(TARGET));
    await page.mouse.move(p.x, p.y);
    await expect(page.locator('[role="tooltip"] strong').textContent()).resolves.toBe(NAME);
    await page.getByRole('button', { name: 'Ajouter à la comparaison' }).click();
    const comparison = page.locator('section[aria-labelledby="matrix-title"]');
    // The practices' text is in the matrix's detail table, and its cells' popovers.
    await comparison.getByText('Détail des pratiques').click();
    await comparison.locator('details[open] table').first().waitFor();
    const text = (await comparison.textContent())!;
    for (const p of PAYLOADS) expect(text).toContain(p);
    expect(await injected(page)).toEqual(clean);
  });

  it('prints them literally in search results, when the app has a search', async () => {
    const search = page.locator('input[type="search"]');
    if ((await search.count()) === 0) return;
    await search.fill('onerror');
    await page.locator('[role="option"]').first().waitFor();
    const results = (await page.locator('[role="listbox"]').textContent())!;
    expect(results).toContain('onerror=alert(1)');
    await search.fill('Mellois');
    await page.locator('[role="option"]').first().waitFor();
    expect(await page.locator('[role="listbox"]').textContent()).toContain(PAYLOADS[2]);
    expect(await injected(page)).toEqual(clean);
    await search.fill('');
  });

  it('never ran any of them', () => {
    expect(dialogs).toEqual([]);
  });
});
