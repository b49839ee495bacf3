import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { openApp } from './app';

const dataset = JSON.parse(readFileSync('data/practices.json', 'utf8')) as { territories: { id: string; practices: unknown[] }[] };
const total = dataset.territories.reduce((n, t) => n + t.practices.length, 0);
const listButtons = (page: Page) => page.locator('nav.list [data-territory]');

describe.runIf(browserTestsEnabled())('filters, search and exports from the interface, in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('« Charente-Maritime » chosen in the search keeps its ten territories: permalink, list and count', async () => {
    const { page, errors } = await session.freshPage();
    await openApp(page, baseUrl);
    await page.locator('input[type="search"]').fill('Charente-Maritime');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('dep=17'));
    await listButtons(page).first().waitFor();
    await expect(listButtons(page).count()).resolves.toBe(10);
    await expect(page.locator('.filter-count').textContent()).resolves.toMatch(/10 territoires\s+sur 33/);
    // The département control says the same, and adds a second one.
    const deuxSevres = page.getByRole('checkbox', { name: 'Deux-Sèvres (79)' });
    await expect(page.getByRole('checkbox', { name: 'Charente-Maritime (17)' }).isChecked()).resolves.toBe(true);
    await deuxSevres.check();
    await page.waitForFunction(() => location.hash.includes('dep=17,79'));
    await expect(listButtons(page).count()).resolves.toBe(16);
    await page.getByRole('button', { name: 'Tous les départements' }).click();
    await expect(listButtons(page).count()).resolves.toBe(33);
    expect(errors).toEqual([]);
  });

  it('an isolated legend class and a comparison both shorten the CSV, and its name says them', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl, '#cmp=pays-mellois,ca-niort,pays-gatine');
    await page.locator('.sidebar .legend button').first().waitFor();
    await page.locator('.sidebar .legend button').first().click();
    await page.waitForFunction(() => location.hash.includes('iso='));
    await page.getByText('Exporter').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Pratiques (CSV, tableur)' }).click()]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^mutualisations-2008-pratiques-classe-1-comparaison-3-\d{4}-\d\d-\d\d\.csv$/);
    const lines = readFileSync(await download.path(), 'utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^# Filtres : .*classe isolée.*comparaison : Pays Mellois/);
    const rows = lines.length - 2;
    expect(rows).toBeLessThan(total);
    expect(total).toBe(128);
  });

  it('« Melle » + Enter opens the commune of Melle, in the Pays Mellois, with its sentence', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl);
    await page.locator('input[type="search"]').fill('Melle');
    await page.getByRole('option', { name: /Melle/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /c=79174/.test(location.hash));
    await expect(page.locator('aside h2').textContent()).resolves.toBe('Pays Mellois');
    await expect(page.locator('aside .notice').textContent()).resolves.toContain('Melle');
  });

  it('« SIG » offers no commune and no word merely starting with sig', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl);
    await page.locator('input[type="search"]').fill('SIG');
    await page.getByRole('option').first().waitFor();
    const titles = await page.locator('[role="option"] .title').allTextContents();
    expect(titles.length).toBeGreaterThan(3);
    for (const t of titles) expect(t).toMatch(/\bSIG\b/i);
    await expect(page.getByRole('group', { name: 'Communes de 2008', exact: true }).count()).resolves.toBe(0);
  });

  it('after Escape the suggestions stay closed, even on coming back to the field, until the user types', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl);
    const field = page.locator('input[type="search"]');
    await field.fill('Gâtine');
    await page.getByRole('listbox').waitFor();
    await field.press('Escape');
    await expect(page.getByRole('listbox').count()).resolves.toBe(0);
    await expect(field.inputValue()).resolves.toBe('Gâtine');
    await page.keyboard.press('Tab');
    await field.focus();
    await page.waitForTimeout(200);
    await expect(page.getByRole('listbox').count()).resolves.toBe(0);
    await field.press('End');
    await page.keyboard.type('s');
    await page.getByRole('listbox').waitFor();
  });
});
