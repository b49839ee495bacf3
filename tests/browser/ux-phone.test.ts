import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTestsEnabled, chromiumSession } from './chromium';
import { openApp, SHOT_DIR } from './app';

const dataset = JSON.parse(readFileSync('data/practices.json', 'utf8')) as { territories: { id: string; practices: { themes: string[] }[] }[] };
const withHabitat = dataset.territories.filter((t) => t.practices.some((p) => p.themes.includes('habitat'))).map((t) => t.id);
const PHONE = [390, 844] as const;
const labelShown = (page: Page, id: string) =>
  page.locator(`.map-label[data-territory="${id}"]`).evaluate((el) => (el as HTMLElement).style.visibility !== 'hidden');

describe.runIf(browserTestsEnabled())('the phone layout (390×844), in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const session = chromiumSession();

  it('the header menu reaches « Partager », « Statistiques » and « À propos / méthode »', async () => {
    const { page, errors } = await session.freshPage(...PHONE);
    await openApp(page, baseUrl);
    await page.screenshot({ path: `${SHOT_DIR}/ux-phone-home.png` });
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    for (const name of ['Partager', 'Statistiques', 'À propos / méthode']) await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOT_DIR}/ux-phone-menu.png` });
    await page.getByRole('button', { name: 'Statistiques', exact: true }).click();
    await page.waitForFunction(() => location.hash.includes('v=statistiques'));
    await expect(page.getByRole('button', { name: 'Partager', exact: true }).isVisible()).resolves.toBe(false);
    await menu.click();
    await page.getByRole('button', { name: 'Partager', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    expect(errors).toEqual([]);
  });

  it('a compact legend over the map opens and closes', async () => {
    const { page } = await session.freshPage(...PHONE);
    await openApp(page, baseUrl);
    const legend = page.locator('.phone-legend');
    await expect(legend.isVisible()).resolves.toBe(true);
    await expect(legend.getByText('Hors enquête').isVisible()).resolves.toBe(false);
    await legend.getByText('Légende').click();
    await expect(legend.getByText('Hors enquête').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOT_DIR}/ux-phone-legend.png` });
    await legend.getByText('Légende').click();
    await expect(legend.getByText('Hors enquête').isVisible()).resolves.toBe(false);
  });

  it('the bottom sheet keeps its name and × in sight, and goes to full height and back, by the keyboard too', async () => {
    const { page } = await session.freshPage(...PHONE);
    await openApp(page, baseUrl, '#t=pays-mellois');
    const slot = page.locator('.panel-slot');
    const half = (await slot.boundingBox())!;
    expect(half.height).toBeLessThan(PHONE[1] * 0.6);
    const grip = page.getByRole('button', { name: 'Agrandir le panneau' });
    await grip.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Réduire le panneau' }).getAttribute('aria-expanded')).resolves.toBe('true');
    await page.waitForTimeout(200);
    const full = (await slot.boundingBox())!;
    expect(full.height).toBeGreaterThan(PHONE[1] * 0.9);
    await page.locator('.panel').evaluate((el) => el.scrollTo(0, 800));
    await page.waitForTimeout(200);
    const close = (await page.getByRole('button', { name: 'Fermer le panneau' }).boundingBox())!;
    expect(close.y).toBeGreaterThanOrEqual(full.y);
    await expect(page.locator('.panel h2').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOT_DIR}/ux-phone-sheet-full.png` });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect((await slot.boundingBox())!.height).toBeCloseTo(half.height, 0);
    // Dragged up, the sheet takes the full height again.
    const box = (await page.locator('.sheet-handle').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y - 120, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    expect((await slot.boundingBox())!.height).toBeGreaterThan(PHONE[1] * 0.9);
  });

  it('« Filtres et liste » says how many territories a toggle keeps, without closing', async () => {
    const { page } = await session.freshPage(...PHONE);
    await openApp(page, baseUrl);
    await page.getByRole('button', { name: 'Filtres et liste' }).click();
    const count = page.locator('.filter-count');
    await expect(count.textContent()).resolves.toMatch(/33 territoires\s+sur la carte/);
    await page.getByRole('checkbox', { name: 'Charente (16)' }).check();
    await expect(count.textContent()).resolves.toMatch(/7 territoires\s+sur 33 retenus/);
    await expect(count.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Fermer les filtres' }).isVisible()).resolves.toBe(true);
  });

  it('shows every name at the opening zoom, the crowded ones as callouts, none over another', async () => {
    for (const hash of ['', '#themes=habitat']) {
      const { page } = await session.freshPage(...PHONE);
      await openApp(page, baseUrl, hash);
      await page.waitForTimeout(300);
      const labels = await page.locator('.map-label[data-territory]').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { id: el.getAttribute('data-territory')!, shown: (el as HTMLElement).style.visibility !== 'hidden', leader: (el as HTMLElement).dataset.leader, r: [r.left, r.top, r.right, r.bottom] };
        }),
      );
      expect(labels).toHaveLength(33);
      expect(labels.filter((l) => !l.shown).map((l) => l.id), hash).toEqual([]);
      for (const a of labels)
        for (const b of labels) {
          if (a.id >= b.id) continue;
          const apart = a.r[2] <= b.r[0] || b.r[2] <= a.r[0] || a.r[3] <= b.r[1] || b.r[3] <= a.r[1];
          expect(apart, `${a.id} / ${b.id}`).toBe(true);
        }
      // The opening view is crowded: some names are callouts, with their leader.
      expect(labels.filter((l) => l.leader).length).toBeGreaterThan(0);
      await page.screenshot({ path: `${SHOT_DIR}/ux-phone-labels${hash ? '-habitat' : ''}.png` });
    }
  });

  it('with Habitat on, every territory it colours has its name on the map, Vals de Saintonge included', async () => {
    const { page } = await session.freshPage(...PHONE);
    await openApp(page, baseUrl, '#themes=habitat');
    await page.waitForTimeout(300);
    expect(withHabitat).toContain('pays-vals-de-saintonge');
    for (const id of withHabitat) await expect(labelShown(page, id), id).resolves.toBe(true);
    await page.screenshot({ path: `${SHOT_DIR}/ux-phone-habitat.png` });
  });
});
