import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { openApp } from './app';

const dataset = JSON.parse(readFileSync('data/practices.json', 'utf8')) as {
  themes: { id: string; label: string }[];
  territories: { practices: { themes: string[] }[] }[];
};
const territoriesWith = (theme: string) => dataset.territories.filter((t) => t.practices.some((p) => p.themes.includes(theme))).length;

// The toggles as the theme layers' legend. The symbols on the map are checked once the map draws them.
describe.runIf(browserTestsEnabled())('theme toggles in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('names the three layers users ask for as they say them, each with its pictogram and its number of territories', async () => {
    const { page, errors } = await session.freshPage();
    await openApp(page, baseUrl);
    for (const [id, name] of [
      ['sig', 'SIG et cadastre'],
      ['habitat', 'Habitat / OPAH'],
      ['lecture-publique', 'Bibliothèques / lecture publique'],
    ]) {
      const box = page.getByRole('checkbox', { name, exact: true });
      // The sidebar is built once the map has drawn.
      await box.waitFor();
      await expect(box.isVisible()).resolves.toBe(true);
      const described = await box.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent);
      expect(described).toBe(`${territoriesWith(id)} territoires`);
      // The pictogram is drawn, and left out of what a screen reader says.
      const mark = page.locator(`label:has(input[data-theme="${id}"]) svg`);
      await expect(mark.getAttribute('aria-hidden')).resolves.toBe('true');
      await mark.locator('path').waitFor({ state: 'attached' });
      await expect(mark.locator('path').getAttribute('d')).resolves.toMatch(/^M/);
    }
    expect(errors).toEqual([]);
  });

  it('keeps the other 14 themes in « Autres thèmes », opened by a link that activates one of them', async () => {
    const { page } = await session.freshPage();
    await openApp(page, baseUrl);
    const others = page.locator('details:has(summary:text("Autres thèmes"))');
    // The sidebar is built once the map has drawn.
    await others.waitFor({ state: 'attached' });
    await expect(others.locator('input[type="checkbox"]').count()).resolves.toBe(dataset.themes.length - 3);
    await expect(page.getByRole('checkbox', { name: 'Sport et randonnée' }).isVisible()).resolves.toBe(false);
    await openApp(page, baseUrl, '#themes=sport');
    await page.reload();
    await page.getByRole('checkbox', { name: 'Sport et randonnée' }).waitFor();
    await expect(page.getByRole('checkbox', { name: 'Sport et randonnée' }).isChecked()).resolves.toBe(true);
  });
});
